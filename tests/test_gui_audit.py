"""The commitment page's Changes tab shows a window edit from the audit trail (both engines)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from desktop.services import audit
from desktop.storage.database import Database
from desktop.ui.editors.page import show_commitment
from desktop.ui.main_window import MainWindow
from tests.gui_helpers import click_save, open_main_window, type_into, wait_for_dialog


@pytest.fixture
def window(qtbot: Any, qapp: Any, demo_db: Database) -> Iterator[MainWindow]:
    w = open_main_window(qtbot, qapp, demo_db)
    yield w
    w.close()


def _cells(table: Any) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


@pytest.mark.slow
def test_a_window_edit_appears_on_the_changes_tab(window: MainWindow, qtbot: Any) -> None:
    page = show_commitment(window, window.ctx, 1)
    qtbot.waitUntil(lambda: page.page is not None, timeout=5000)
    old_agency = page.page.data.agency  # type: ignore[union-attr]
    page.edit_button.click()
    editor = wait_for_dialog(qtbot, page, "commitment_editor")
    editor.agency.clear()  # type: ignore[attr-defined]
    type_into(qtbot, editor, "agency", "Ministry of Trade and Integration")
    click_save(qtbot, editor)
    # The page refreshes on the change notice: the edit is the newest line of the Changes tab.
    qtbot.waitUntil(
        lambda: page.changes.rowCount() > 0 and page.changes.item(0, 4).text() == "Ministry of Trade and Integration",
        timeout=5000,
    )
    who, field, old = page.changes.item(0, 1).text(), page.changes.item(0, 2).text(), page.changes.item(0, 3).text()
    assert field == "Agency" and old == (old_agency or "—")
    row = audit.record_changes(window.ctx.db, "commitment", 1)[0]
    assert who == row.who and row.who  # the author the database recorded
    page.tabs.setCurrentWidget(page.changes)
    assert any(line[2] == "(created)" for line in _cells(page.changes))  # the demo's creation, oldest last
    page.close()
