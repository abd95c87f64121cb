"""Closure on evidence through the real window: report execution with the outgoing letter (refused without it),
return with a reason (back to the executor), report again, accept → completed on the report's date and counted on
the Dashboard — read back from the database."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QTableWidget, QWidget

from desktop.services import commitment_list, commitments, control, people
from desktop.services.people import TeamChoice
from desktop.storage.database import Database
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.commitments import CommitmentsPage
from tests.gui_helpers import click_save, open_main_window, type_into, wait_for_dialog

pytestmark = pytest.mark.gui

REF = "KZ-CN-2024/09"  # demo: in progress, due 2026-03-31


@pytest.fixture
def window(qtbot: Any, qapp: Any, demo_db: Database) -> Iterator[MainWindow]:
    target = commitment_list.id_for_ref(demo_db, REF)
    people.assign(demo_db, target, TeamChoice(controller_id=people.add_person(demo_db, "Nurlan Abenov")))
    w = open_main_window(qtbot, qapp, demo_db)
    yield w
    w.close()


def button(card: QWidget, name: str) -> QPushButton:
    found = card.findChild(QPushButton, name)
    assert found is not None
    return found


def report(qtbot: Any, card: QWidget, number: str) -> None:
    qtbot.waitUntil(lambda: button(card, "report_execution").isEnabled(), timeout=5000)
    qtbot.mouseClick(button(card, "report_execution"), Qt.MouseButton.LeftButton)
    dialog = wait_for_dialog(qtbot, card, "execution_report")
    type_into(qtbot, dialog, "report_text", "Консульское соглашение подписано")
    # No letter yet: the evidence is required, and Save waits.
    assert not dialog.findChild(QPushButton, "save").isEnabled()
    # Enter is a save attempt: it shows every problem at once (the form does not open red).
    qtbot.keyClick(dialog.findChild(QWidget, "letter_number"), Qt.Key.Key_Return)
    assert dialog.findChild(QWidget, "letter_number_error").text() == (
        "Outgoing letter number is required, or attach a document as the evidence"
    )
    type_into(qtbot, dialog, "letter_number", number)
    type_into(qtbot, dialog, "letter_date", "2026-04-10")
    dialog.findChild(QWidget, "report_date").edit.clear()
    type_into(qtbot, dialog, "report_date", "2026-04-15")
    click_save(qtbot, dialog)


def test_report_return_report_accept(window: MainWindow, demo_db: Database, qtbot: Any) -> None:
    page = window.pages["commitments"]
    assert isinstance(page, CommitmentsPage)
    target = commitment_list.id_for_ref(demo_db, REF)
    dash = window.pages["dashboard"]
    qtbot.waitUntil(lambda: dash.control_cards["on_control"].value.text() == "1", timeout=5000)
    assert page.select_id(target)
    page.open_selected()
    card = wait_for_dialog(qtbot, page, "commitment_page")
    assert not button(card, "accept_report").isEnabled()
    # An interim report first: a dated note with a percentage; the status stays open.
    qtbot.waitUntil(lambda: button(card, "add_interim").isEnabled(), timeout=5000)
    qtbot.mouseClick(button(card, "add_interim"), Qt.MouseButton.LeftButton)
    interim = wait_for_dialog(qtbot, card, "interim_report")
    type_into(qtbot, interim, "report_text", "Проект согласован")
    interim.findChild(QWidget, "progress").setValue(60)
    click_save(qtbot, interim)
    [note] = control.interims(demo_db, target)
    assert (note.text, note.progress) == ("Проект согласован", 60)
    assert commitments.get(demo_db, target).status == "in_progress"
    qtbot.waitUntil(lambda: card.findChild(QTableWidget, "interims").rowCount() == 1, timeout=5000)
    assert card.findChild(QTableWidget, "interims").item(0, 2).text() == "60 %"
    report(qtbot, card, "12-3/456")
    [stored] = control.reports(demo_db, target)
    assert stored.waiting and (stored.letter_number, stored.report_date) == ("12-3/456", date(2026, 4, 15))
    qtbot.waitUntil(lambda: button(card, "accept_report").isEnabled(), timeout=5000)
    assert "waiting for acceptance" in card.findChild(QWidget, "status").text()
    assert not button(card, "report_execution").isEnabled()
    window.show_page("dashboard")  # a page off screen reads what changed when it is shown
    qtbot.waitUntil(lambda: dash.control_cards["waiting_acceptance"].value.text() == "1", timeout=5000)

    # Returned with a reason: back to the executor.
    qtbot.mouseClick(button(card, "return_report"), Qt.MouseButton.LeftButton)
    back = wait_for_dialog(qtbot, card, "return_report")
    assert not back.findChild(QPushButton, "save").isEnabled()
    type_into(qtbot, back, "reason", "Письмо не подписано")
    click_save(qtbot, back)
    assert control.reports(demo_db, target)[0].reason == "Письмо не подписано"
    assert commitments.get(demo_db, target).status == "in_progress"
    qtbot.waitUntil(lambda: button(card, "report_execution").isEnabled(), timeout=5000)
    table = card.findChild(QTableWidget, "reports")
    assert "Письмо не подписано" in table.item(0, 5).text()

    # Reported again, then accepted: completed on the report's date, executed late against 31 March.
    report(qtbot, card, "12-3/457")
    qtbot.waitUntil(lambda: button(card, "accept_report").isEnabled(), timeout=5000)
    qtbot.mouseClick(button(card, "accept_report"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: commitments.get(demo_db, target).status == "completed", timeout=5000)
    data = commitments.get(demo_db, target)
    assert data.completed_on == date(2026, 4, 15)
    qtbot.waitUntil(lambda: "executed late" in card.findChild(QWidget, "completed_on").text(), timeout=5000)
    assert table.rowCount() == 2 and table.item(1, 5).text().startswith("Accepted by test-clerk")
    assert not button(card, "report_execution").isEnabled() and not button(card, "accept_report").isEnabled()
    card.close()
    qtbot.waitUntil(lambda: dash.control_cards["waiting_acceptance"].value.text() == "0", timeout=5000)
    assert dash.control_cards["on_control"].value.text() == "0"
    assert dash.control_cards["executed_late"].value.text() == "2"  # this one and the demo's Year of Tourism
