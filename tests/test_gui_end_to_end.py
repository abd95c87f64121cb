"""The issue's "done when", as a clerk does it in the real window: log a new protocol with a
subcommittee and two commitments, complete one commitment, and find it again by filtering."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from desktop.domain.enums import HistoryEntity
from desktop.domain.filters import CommitmentFilter
from desktop.services import agreements, bodies, commitment_list, commitments, history, lookups
from desktop.services.commitment_list import Col
from desktop.storage.database import Database
from desktop.ui.application import prepare_app
from desktop.ui.main_window import MainWindow
from tests.gui_helpers import choose, click_save, type_into, type_text, wait_for_dialog

pytestmark = pytest.mark.gui

REG = "KZ-CN-2026-11/7"
SUBCOMMITTEE = "Подкомитет по транзитным перевозкам"
FIRST = "Открыть новый железнодорожный пункт пропуска Бахты — Чугучак"
SECOND = "Жаңа көлік дәлізі бойынша жол картасын дайындау"


@pytest.fixture
def window(qtbot: Any, qapp: QApplication, demo_db: Database) -> Iterator[MainWindow]:
    prepare_app(qapp)
    win = MainWindow(demo_db)
    win.resize(1300, 800)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: all(page.is_loaded for page in win.pages.values()), timeout=10_000)
    yield win
    win.ctx.wait_idle()


def activate(qtbot: Any, window: MainWindow) -> None:
    """Give the window the focus back, as the window manager does when a dialog closes."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)


def new_record(qtbot: Any, window: MainWindow, page: str) -> QWidget:
    window.show_page(page)
    activate(qtbot, window)
    window.pages[page].view.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    return wait_for_dialog(qtbot, window)


def test_a_clerk_logs_a_protocol_and_tracks_it(window: MainWindow, demo_db: Database, qtbot: Any) -> None:
    # 1. A new protocol between Kazakhstan and China.
    dialog = new_record(qtbot, window, "agreements")
    type_into(qtbot, dialog, "reg_number", REG)
    type_into(qtbot, dialog, "title", "Протокол о развитии транзитных перевозок / 过境运输议定书")
    choose(dialog, "kind", "Protocol")
    parties_list = dialog.findChild(QWidget, "parties")
    for row in range(parties_list.count()):
        parties_list.item(row).setCheckState(Qt.CheckState.Checked)
    type_into(qtbot, dialog, "signed_on", "20.11.2026")
    type_into(qtbot, dialog, "place", "Астана")
    click_save(qtbot, dialog)
    agreement_id = lookups.agreement_id_by_reg(demo_db, REG)
    saved = agreements.get(demo_db, agreement_id)
    assert saved.signed_on == date(2026, 11, 20) and len(saved.party_ids) == 2

    # 2. A subcommittee under the Kazakh-Chinese Cooperation Committee, from the Bodies tree.
    committee_id = lookups.body_id_by_name(demo_db, "Kazakh-Chinese Cooperation Committee")
    window.show_page("bodies")
    bodies_page = window.pages["bodies"]
    assert bodies_page.select_id(committee_id)
    bodies_page.act_new_child.trigger()
    dialog = wait_for_dialog(qtbot, window)
    type_into(qtbot, dialog, "name", SUBCOMMITTEE)
    choose(dialog, "established_by_id", REG)
    click_save(qtbot, dialog)
    sub_id = lookups.body_id_by_name(demo_db, SUBCOMMITTEE)
    sub = bodies.get(demo_db, sub_id)
    assert sub.parent_id == committee_id and sub.kind == "subcommittee"

    # 3. Two commitments under the new protocol and subcommittee; the second is already overdue.
    overdue_due = (date.today() - timedelta(days=3)).strftime("%d.%m.%Y")
    for title, due in ((FIRST, "31.12.2027"), (SECOND, overdue_due)):
        dialog = new_record(qtbot, window, "commitments")
        type_into(qtbot, dialog, "title", title)
        choose(dialog, "agreement_id", REG)
        choose(dialog, "body_id", SUBCOMMITTEE)
        choose(dialog, "party_id", "Kazakhstan")
        type_into(qtbot, dialog, "due_date", due)
        click_save(qtbot, dialog)
    rows = commitment_list.list_rows(demo_db, CommitmentFilter(agreement_id=agreement_id))
    by_title = {r[Col.TITLE]: r for r in rows}
    assert set(by_title) == {FIRST, SECOND}
    assert all(r[Col.BODY_ID] == sub_id for r in rows)
    first_id = by_title[FIRST][Col.ID]

    # 4. Move the first commitment to completed with a note (Ctrl+Shift+S on the list).
    page = window.pages["commitments"]
    activate(qtbot, window)
    qtbot.waitUntil(lambda: page.select_id(first_id), timeout=5000)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = wait_for_dialog(qtbot, window, "commitment_status")
    choose(dialog, "status", "Completed")
    type_into(qtbot, dialog, "note", "Пункт пропуска открыт")
    type_into(qtbot, dialog, "letter_number", "17-1/204")  # the evidence: the outgoing letter
    type_into(qtbot, dialog, "letter_date", date.today().isoformat())
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        qtbot.keyClick(dialog.findChild(QWidget, "note"), Qt.Key.Key_Return)
    done = commitments.get(demo_db, first_id)
    assert (done.status, done.progress, done.completed_on) == ("completed", 100, date.today())
    latest = history.for_record(demo_db, HistoryEntity.COMMITMENT, first_id)[0]
    assert (latest.from_status, latest.to_status, latest.note) == ("not_started", "completed", "Пункт пропуска открыт")

    # 5. Find it again: type part of its title in lower case, then narrow to completed ones.
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    type_text(qtbot, page.search, "бахты")
    qtbot.waitUntil(lambda: [page.model.row_id(r) for r in range(page.model.rowCount())] == [first_id], timeout=5000)
    assert window.current_commitment_filter().text == "бахты"

    # 6. The overdue one stands out in the list.
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 12, timeout=5000)
    second_row = next(r for r in range(page.model.rowCount()) if page.model.row_id(r) == by_title[SECOND][Col.ID])
    due_column = next(
        c for c in range(page.model.columnCount()) if page.model.headerData(c, Qt.Orientation.Horizontal) == "Due"
    )
    due_text = page.model.index(second_row, due_column).data()
    assert "overdue" in due_text.lower()
    assert page.model.index(second_row, due_column).data(Qt.ItemDataRole.BackgroundRole) is not None
