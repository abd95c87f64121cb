"""Clerks see each other's work (issue 12): a change committed through another connection is noticed
(PostgreSQL LISTEN/NOTIFY, SQLite's change counter) and reaches an open window without Refresh, keeping the
clerk's selection. Both engines."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest

from desktop.services import commitment_list, commitments, live, parties
from desktop.storage.database import Database, open_database
from desktop.ui.main_window import MainWindow
from tests.gui_helpers import open_main_window


@pytest.fixture
def other(demo_db: Database) -> Iterator[Database]:
    """A second connection to the same register: another clerk's window."""
    target = demo_db.path if demo_db.path is not None else demo_db.engine.url.render_as_string(hide_password=False)
    second = open_database(target, auto_backup=False)
    yield second
    second.close()


def _wait_for_changes(watcher: live.Watcher, polls: int = 100) -> set[str]:
    for _ in range(polls):  # at most ~5 s: a timeout, not a measurement
        found = watcher.changes()
        if found:
            return found
        time.sleep(0.05)
    return set()


def test_a_watcher_notices_another_connections_commit(demo_db: Database, other: Database) -> None:
    watcher = live.watch(demo_db)
    try:
        assert watcher.changes() == set()
        commitments.set_fields(other, 1, {"agency": "Seen from afar"})
        found = _wait_for_changes(watcher)
        assert "commitment" in found and live.ANY_TABLE not in found  # the tables written, on both engines
        assert watcher.changes() == set()  # answered once
        if demo_db.engine.dialect.name == "postgresql":
            # This window's own change (already shown) is not passed on again; another's is.
            parties.save(demo_db, parties.get(demo_db, 1))
            commitments.set_fields(other, 2, {"agency": "Another clerk's"})
            assert _wait_for_changes(watcher) == {"commitment"}
    finally:
        watcher.close()


@pytest.fixture
def window(qtbot: Any, qapp: Any, demo_db: Database) -> Iterator[MainWindow]:
    w = open_main_window(qtbot, qapp, demo_db, page="commitments")
    yield w
    w.close()


def test_another_clerks_change_appears_in_the_window(window: MainWindow, other: Database, qtbot: Any) -> None:
    page = window.commitments
    assert page.select_id(2)
    loads = page.load_count
    commitments.set_fields(other, 1, {"agency": "Changed in the other window"})

    def shown_agency() -> str:
        row = page.model.row_for_id(1)
        return str(page.model.row(row)[commitment_list.Col.AGENCY]) if row >= 0 else ""

    qtbot.waitUntil(lambda: shown_agency() == "Changed in the other window", timeout=5000)
    assert page.load_count > loads and window.live_refresh.noticed >= 1  # type: ignore[attr-defined]
    assert page.current_id() == 2  # the clerk's selection kept


@pytest.mark.slow
def test_an_open_editor_says_at_once_that_someone_else_changed_its_record(
    window: MainWindow, other: Database, qtbot: Any
) -> None:
    from desktop.ui.editors.commitment import edit_commitment
    from tests.gui_helpers import wait_for_dialog

    edit_commitment(window, window.ctx, 1)
    editor = wait_for_dialog(qtbot, window, "commitment_editor")
    assert not editor.banner.isVisible()  # type: ignore[attr-defined]
    commitments.set_fields(other, 1, {"agency": "Changed while the editor is open"})
    qtbot.waitUntil(lambda: editor.banner.isVisible(), timeout=5000)  # type: ignore[attr-defined]
    assert "Someone else has just changed this record" in editor.banner.text()  # type: ignore[attr-defined]
    editor.dirty = False  # type: ignore[attr-defined]
    editor.reject()
