"""The rest of issue 13's control of execution through the real window, read back from the database: completing
asks for the evidence (status dialog and bulk dialog), cancelling links the replacement (the page's link opens it),
the title bar counts My work and the day's notification is shown once, People ▸ Edit person, and Ctrl+Z after an
edit puts its people back."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QTableWidget, QWidget

from desktop.services import commitment_list, commitments, control, people
from desktop.services.people import TeamChoice
from desktop.storage.database import Database
from desktop.ui import reminders_ui
from desktop.ui.editors.page import show_commitment
from desktop.ui.main_window import MainWindow
from desktop.ui.operations import Change
from tests.gui_helpers import choose, click_save, open_main_window, type_into, wait_for_dialog

pytestmark = pytest.mark.gui

TODAY = date.today()


@pytest.fixture
def window(qtbot: Any, qapp: Any, demo_db: Database) -> Iterator[MainWindow]:
    w = open_main_window(qtbot, qapp, demo_db)
    yield w
    w.close()


def ref_id(db: Database, ref: str) -> int:
    return commitment_list.id_for_ref(db, ref)


def test_completing_in_the_status_dialog_asks_for_the_evidence(
    window: MainWindow, demo_db: Database, qtbot: Any
) -> None:
    target = ref_id(demo_db, "KZ-CN-2024/01")
    page = show_commitment(window, window.ctx, target)
    qtbot.waitUntil(lambda: page.findChild(QPushButton, "change_status").isEnabled(), timeout=5000)
    qtbot.mouseClick(page.findChild(QPushButton, "change_status"), Qt.MouseButton.LeftButton)
    dialog = wait_for_dialog(qtbot, page, "commitment_status")
    qtbot.waitUntil(lambda: dialog.content.isEnabled(), timeout=5000)  # type: ignore[attr-defined]
    choose(dialog, "status", "Completed")
    assert dialog.findChild(QWidget, "letter_number").isVisible()
    assert not dialog.findChild(QWidget, "superseded_by").isVisible()
    type_into(qtbot, dialog, "note", "Committee session 5")
    qtbot.keyClick(dialog.findChild(QWidget, "note"), Qt.Key.Key_Return)
    error = dialog.findChild(QLabel, "letter_number_error")
    qtbot.waitUntil(lambda: "Letter date" in error.text(), timeout=5000)
    assert "Outgoing letter number" in error.text()
    assert dialog.isVisible() and commitments.get(demo_db, target).status != "completed"
    type_into(qtbot, dialog, "letter_number", "Protocol No. 5")
    type_into(qtbot, dialog, "letter_date", TODAY.isoformat())
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        qtbot.keyClick(dialog.findChild(QWidget, "note"), Qt.Key.Key_Return)
    assert commitments.get(demo_db, target).status == "completed"
    [report] = control.reports(demo_db, target)
    assert (report.letter_number, report.letter_date, report.decision) == ("Protocol No. 5", TODAY, "accepted")
    table = page.findChild(QTableWidget, "reports")
    qtbot.waitUntil(lambda: table.rowCount() == 1, timeout=5000)
    assert "Protocol No. 5" in table.item(0, 3).text() and table.item(0, 5).text().startswith("Accepted by")
    page.close()


def test_the_bulk_dialog_takes_the_evidence_once(window: MainWindow, demo_db: Database, qtbot: Any) -> None:
    from desktop.ui.bulk_actions import BulkDialog

    dialog = BulkDialog(window, window.ctx, "status", 2)
    qtbot.addWidget(dialog)
    dialog.show()
    choose(dialog, "status", "In progress")
    assert not dialog.letter_number.isVisible()
    choose(dialog, "status", "Completed")
    assert dialog.letter_number.isVisible() and dialog.letter_date.isVisible()
    qtbot.mouseClick(dialog.findChild(QPushButton, "save"), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "Outgoing letter number" in dialog.problem.text()
    type_into(qtbot, dialog, "letter_number", "Protocol 5")
    type_into(qtbot, dialog, "letter_date", TODAY.isoformat())
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.mouseClick(dialog.findChild(QPushButton, "save"), Qt.MouseButton.LeftButton)
    assert dialog.evidence() == ("Protocol 5", TODAY)


def test_superseding_in_the_dialog_links_the_replacement(window: MainWindow, demo_db: Database, qtbot: Any) -> None:
    old, new = ref_id(demo_db, "KZ-CN-2024/08"), ref_id(demo_db, "KZ-CN-2024/01")
    page = show_commitment(window, window.ctx, old)
    qtbot.waitUntil(lambda: page.findChild(QPushButton, "change_status").isEnabled(), timeout=5000)
    assert not page.findChild(QLabel, "superseded_by").isVisible()
    qtbot.mouseClick(page.findChild(QPushButton, "change_status"), Qt.MouseButton.LeftButton)
    dialog = wait_for_dialog(qtbot, page, "commitment_status")
    qtbot.waitUntil(lambda: dialog.content.isEnabled(), timeout=5000)  # type: ignore[attr-defined]
    choose(dialog, "status", "Cancelled")
    picker = dialog.findChild(QWidget, "superseded_by")
    assert picker.isVisible() and not dialog.findChild(QWidget, "letter_number").isVisible()
    qtbot.waitUntil(lambda: picker.findData(new) >= 0, timeout=5000)
    assert picker.findData(old) < 0  # not itself
    picker.set_value(new)
    type_into(qtbot, dialog, "note", "Replaced by the 2026 roadmap")
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        qtbot.keyClick(dialog.findChild(QWidget, "note"), Qt.Key.Key_Return)
    assert commitments.replacement(demo_db, old) == (new, "KZ-CN-2024/01", commitments.get(demo_db, new).title)
    link = page.findChild(QLabel, "superseded_by")
    qtbot.waitUntil(link.isVisible, timeout=5000)
    assert "KZ-CN-2024/01" in link.text() and "(superseded)" in page.findChild(QLabel, "status").text()
    link.linkActivated.emit(str(new))  # the link opens the replacement's page
    qtbot.waitUntil(
        lambda: any(
            d.isVisible() and d.windowTitle() == "Commitment KZ-CN-2024/01"
            for d in window.findChildren(QDialog, "commitment_page")
        ),
        timeout=5000,
    )
    page.close()


def test_reminders_in_the_title_and_once_a_day(qtbot: Any, qapp: Any, demo_db: Database) -> None:
    me = people.add_person(demo_db, "Test Clerk", login="test-clerk")
    for ref in ("KZ-CN-2024/09", "KZ-CN-2024/03"):  # demo: overdue or due soon, executed by the signed-in clerk
        people.assign(demo_db, ref_id(demo_db, ref), TeamChoice(lead_id=me))
    from desktop.services import reminders as reminder_service

    count = len(reminder_service.my_work(demo_db, me, days=30))
    assert count >= 1
    window = open_main_window(qtbot, qapp, demo_db)
    shown: Any = window.reminders  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: shown.count == count, timeout=5000)
    assert window.windowTitle().endswith(f"My work: {count} item" + ("s" if count != 1 else ""))
    assert shown.notified and str(count) in shown.notified  # the day's notification (tray or status bar)
    option = reminders_ui.shown_option(str(demo_db.label))
    assert option.get() == TODAY.isoformat()
    assert not shown.at_start_up(count, TODAY)  # once a day: the same day says nothing again
    assert reminders_ui.should_notify(option.get(), date.fromordinal(TODAY.toordinal() + 1), count)
    assert not reminders_ui.should_notify("", TODAY, 0)  # nothing needs them: nothing to say
    # The count follows the register: the work done, the title says so.
    target = ref_id(demo_db, "KZ-CN-2024/09")
    people.assign(demo_db, target, TeamChoice())
    window.ctx.notify(Change.COMMITMENTS)
    qtbot.waitUntil(lambda: shown.count == count - 1, timeout=5000)
    window.close()


def test_people_window_edits_a_person(window: MainWindow, demo_db: Database, qtbot: Any) -> None:
    person = people.add_person(demo_db, "Aigerim S.", agency="MFA")
    window.act_people.trigger()  # type: ignore[attr-defined]
    dialog = wait_for_dialog(qtbot, window, "people")
    table = dialog.findChild(QTableWidget, "persons")
    qtbot.waitUntil(lambda: table.rowCount() == 1, timeout=5000)
    table.cellDoubleClicked.emit(0, 0)
    editor = wait_for_dialog(qtbot, dialog, "person_editor")
    qtbot.waitUntil(lambda: editor.findChild(QWidget, "person_name").text() == "Aigerim S.", timeout=5000)
    assert editor.windowTitle() == "Edit person"
    editor.findChild(QWidget, "person_name").selectAll()
    type_into(qtbot, editor, "person_name", "Aigerim Seitkali")
    type_into(qtbot, editor, "position", "Counsellor")
    click_save(qtbot, editor)
    row = people.get_person(demo_db, person)
    assert (row.name, row.agency, row.position) == ("Aigerim Seitkali", "MFA", "Counsellor")
    qtbot.waitUntil(lambda: table.item(0, 0).text() == "Aigerim Seitkali", timeout=5000)
    dialog.close()


def test_undo_of_an_edit_puts_the_people_back(window: MainWindow, demo_db: Database, qtbot: Any) -> None:
    lead, other = people.add_person(demo_db, "Lead One"), people.add_person(demo_db, "Lead Two")
    target = ref_id(demo_db, "KZ-CN-2024/02")
    people.assign(demo_db, target, TeamChoice(lead_id=lead))
    page = window.commitments
    qtbot.waitUntil(lambda: page.select_id(target), timeout=5000)
    page.edit_selected()
    dialog = wait_for_dialog(qtbot, page, "commitment_editor")
    qtbot.waitUntil(lambda: dialog.findChild(QWidget, "executor").value() == lead, timeout=5000)
    dialog.findChild(QWidget, "executor").set_value(other)
    click_save(qtbot, dialog)
    team = people.team(demo_db, target)
    assert team.lead is not None and team.lead.id == other
    qtbot.waitUntil(lambda: window.act_undo.isEnabled(), timeout=5000)
    window.act_undo.trigger()
    qtbot.waitUntil(lambda: (people.team(demo_db, target).lead or team.lead).id == lead, timeout=5000)
