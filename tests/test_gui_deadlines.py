"""Deadlines on record through the real window: move a deadline (reason required), complete after the original
deadline but within the moved one, and see it counted as executed late on the page, the dashboard and both reports."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QTableWidget, QWidget

from desktop.domain.filters import CommitmentFilter
from desktop.reports.excel import write_workbook
from desktop.reports.pdf import write_pdf
from desktop.services import commitment_list, commitments, deadlines
from desktop.services.commitment_list import Col
from desktop.services.reporting import dataset
from desktop.storage.database import Database
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.commitments import CommitmentsPage
from tests.gui_helpers import click_save, open_main_window, type_into, wait_for_dialog

pytestmark = pytest.mark.gui

REF = "KZ-CN-2024/09"  # demo: in progress, due 2026-03-31


@pytest.fixture
def window(qtbot: Any, qapp: Any, demo_db: Database) -> Iterator[MainWindow]:
    w = open_main_window(qtbot, qapp, demo_db)
    yield w
    w.close()


def due_text(page: CommitmentsPage, record_id: int) -> str:
    row = page.model.row_for_id(record_id)
    column = next(i for i, c in enumerate(page.model.columns) if c.key == "due_date")
    return str(page.model.index(row, column).data())


def test_move_deadline_then_complete_late_against_the_original(
    window: MainWindow, demo_db: Database, qtbot: Any, tmp_path: Path
) -> None:
    page = window.pages["commitments"]
    assert isinstance(page, CommitmentsPage)
    target = commitment_list.id_for_ref(demo_db, REF)
    assert page.select_id(target)
    page.act_move_deadline.trigger()
    dialog = wait_for_dialog(qtbot, page, "move_deadline")
    assert "31" in dialog.findChild(QWidget, "current_deadline").text()
    type_into(qtbot, dialog, "new_date", "2026-05-31")
    # No reason yet: the save is refused, and the field says why once the clerk tries.
    assert not dialog.findChild(QPushButton, "save").isEnabled()
    qtbot.keyClick(dialog.findChild(QWidget, "new_date").edit, Qt.Key.Key_Return)
    assert dialog.findChild(QWidget, "reason_error").text() == "Reason is required"
    type_into(qtbot, dialog, "reason", "Консульское соглашение ещё не ратифицировано")
    type_into(qtbot, dialog, "requested_by", "Consular Service")
    click_save(qtbot, dialog)
    stored = deadlines.for_commitment(demo_db, target)
    assert (stored.original, stored.current, stored.moves) == (date(2026, 3, 31), date(2026, 5, 31), 1)
    assert stored.extensions[0].reason == "Консульское соглашение ещё не ратифицировано"
    assert stored.extensions[0].requested_by == "Consular Service"
    qtbot.waitUntil(lambda: "moved ×1" in due_text(page, target), timeout=5000)
    assert page.model.row(page.model.row_for_id(target))[Col.MOVES] == 1

    # The commitment's page lists the move and completes the commitment after the original deadline.
    page.open_selected()
    card = wait_for_dialog(qtbot, page, "commitment_page")
    qtbot.waitUntil(lambda: card.findChild(QPushButton, "change_status").isEnabled(), timeout=5000)
    moves = card.findChild(QTableWidget, "extensions")
    assert moves.rowCount() == 1 and moves.item(0, 3).text() == "Консульское соглашение ещё не ратифицировано"
    assert moves.item(0, 4).text() == "Consular Service" and moves.item(0, 5).text() == "test-clerk"
    assert "originally" in card.findChild(QWidget, "due_date").text()
    qtbot.mouseClick(card.findChild(QPushButton, "change_status"), Qt.MouseButton.LeftButton)
    status = wait_for_dialog(qtbot, card, "commitment_status")
    assert status.findChild(QWidget, "status").value() == "completed"
    status.findChild(QWidget, "completed_on").edit.clear()
    type_into(qtbot, status, "completed_on", "2026-04-15")  # after 31 March, within 31 May
    type_into(qtbot, status, "letter_number", "17-4/102")  # the evidence: the outgoing letter
    type_into(qtbot, status, "letter_date", "2026-04-15")
    click_save(qtbot, status)
    data = commitments.get(demo_db, target)
    assert (data.status, data.completed_on) == ("completed", date(2026, 4, 15))
    qtbot.waitUntil(lambda: "executed late" in card.findChild(QWidget, "completed_on").text(), timeout=5000)
    card.close()

    # The dashboard: the demo's Year of Tourism (done after its original deadline) and this one are late.
    dash = window.pages["dashboard"]
    window.show_page("dashboard")  # read again on being shown: it was off screen during the edits
    qtbot.waitUntil(lambda: dash.control_cards["executed_late"].value.text() == "2", timeout=5000)
    assert dash.control_cards["executed_on_time"].value.text() == "1"
    assert dash.control_cards["moved_deadlines"].value.text() == "2"

    report = dataset.build(demo_db, CommitmentFilter(), date.today())
    pdf = tmp_path / "report.pdf"
    write_pdf(report, pdf)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    for caption, figure in (("Executed on time", 1), ("Executed late", 2), ("Deadlines moved", 2)):
        # "Executed late" is marked ▲ in print (it must survive greyscale), like the overdue row.
        assert re.search(rf"^(?:▲ )?{caption}\s+{figure}\b", text, re.MULTILINE), caption
    xlsx = tmp_path / "report.xlsx"
    write_workbook(report, xlsx)
    summary = openpyxl.load_workbook(xlsx)["Summary"]
    values = {row[0].value: row[1].value for row in summary.iter_rows() if row[0].value}
    assert (values["Executed on time"], values["Executed late"], values["Deadlines moved"]) == (1, 2, 2)


def test_a_moved_deadline_is_not_changed_in_the_editor(window: MainWindow, demo_db: Database, qtbot: Any) -> None:
    target = commitment_list.id_for_ref(demo_db, "KZ-CN-2024/10")  # the demo's moved one
    page = window.pages["commitments"]
    assert isinstance(page, CommitmentsPage)
    assert page.select_id(target)
    assert "moved ×1" in due_text(page, target)
    page.edit_selected()
    editor = wait_for_dialog(qtbot, page)
    editor.findChild(QWidget, "due_date").edit.clear()
    type_into(qtbot, editor, "due_date", "2026-12-31")
    qtbot.mouseClick(editor.findChild(QPushButton, "save"), Qt.MouseButton.LeftButton)
    error = editor.findChild(QWidget, "due_date_error")
    qtbot.waitUntil(lambda: "Move deadline" in error.text(), timeout=5000)
    assert commitments.get(demo_db, target).due_date == date(2025, 12, 31)
