"""Status changes and the commitment's page, driven through the real widgets."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton, QWidget

from desktop.domain.enums import HistoryEntity
from desktop.services import agreements, commitments, history, lookups
from desktop.storage.database import Database
from desktop.ui.application import prepare_app
from desktop.ui.editors import change_agreement_status, change_commitment_status, edit_commitment, show_commitment
from desktop.ui.operations import AppContext
from tests.gui_helpers import type_text
from tests.test_gui_editors import commitments_by_title, opened

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qapp: QApplication, qtbot: Any) -> QWidget:
    prepare_app(qapp)
    parent = QWidget()
    parent.resize(1200, 800)
    qtbot.addWidget(parent)
    parent.show()
    return parent


def commitment_id(db: Database, title: str) -> int:
    found = commitments_by_title(db, title)[0].id
    assert found is not None
    return found


def history_rows(page: QWidget) -> list[list[str]]:
    table = page.findChild(QWidget, "history")
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_complete_from_the_page_and_see_it_in_the_history(window: QWidget, demo_db: Database, qtbot: Any) -> None:
    ctx = AppContext(demo_db)
    target = commitment_id(demo_db, "Expand trade, investment and transit-transport cooperation")
    page = show_commitment(window, ctx, target)
    qtbot.waitUntil(lambda: page.findChild(QPushButton, "change_status").isEnabled(), timeout=5000)
    before = history_rows(page)
    assert len(before) == 2 and before[0][3] == "In progress"  # newest first
    qtbot.mouseClick(page.findChild(QPushButton, "change_status"), Qt.MouseButton.LeftButton)
    dialog = page.findChild(QDialog, "commitment_status")
    opened(qtbot, dialog)
    status = dialog.findChild(QWidget, "status")
    assert [status.itemData(i) for i in range(status.count())] == ["completed", "on_hold", "not_started", "cancelled"]
    assert status.value() == "completed"  # the likeliest step is offered first
    assert dialog.findChild(QWidget, "completed_on").date_or_none() == date.today()
    assert not dialog.findChild(QWidget, "progress").isVisible()  # completed means 100 %
    note = dialog.findChild(QWidget, "note")
    note.setFocus()
    type_text(qtbot, note, "Сауда жоспары орындалды — 贸易计划已完成")
    # The evidence: the outgoing letter's number and date.
    letter = dialog.findChild(QWidget, "letter_number")
    letter.setFocus()
    type_text(qtbot, letter, "13-2/777")
    letter_date = dialog.findChild(QWidget, "letter_date").edit
    letter_date.setFocus()
    type_text(qtbot, letter_date, date.today().isoformat())
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        qtbot.keyClick(note, Qt.Key.Key_Return)  # pick, type, Enter

    stored = commitments.get(demo_db, target)
    assert (stored.status, stored.progress, stored.completed_on) == ("completed", 100, date.today())
    qtbot.waitUntil(lambda: len(history_rows(page)) == 3, timeout=5000)
    newest = history_rows(page)[0]
    assert newest[1:] == ["test-clerk", "In progress", "Completed", "Сауда жоспары орындалды — 贸易计划已完成"]
    assert page.findChild(QWidget, "status").text() == "Completed"
    assert page.findChild(QWidget, "progress").value() == 100
    page.grab().save(str(_shot_dir() / "page.png"))


def _shot_dir() -> Any:
    from pathlib import Path

    folder = Path(__import__("tempfile").gettempdir()) / "kelisim-shots"
    folder.mkdir(exist_ok=True)
    return folder


def test_cancel_needs_a_note_before_it_is_saved(window: QWidget, demo_db: Database, qtbot: Any) -> None:
    ctx = AppContext(demo_db)
    target = commitment_id(demo_db, "Develop cooperation in high technologies")
    dialog = opened(qtbot, change_commitment_status(window, ctx, target))
    status = dialog.findChild(QWidget, "status")
    status.setFocus()
    status.set_value("cancelled")
    save_button = dialog.findChild(QPushButton, "save")
    note_error = dialog.findChild(QWidget, "note_error")
    assert note_error.text() == "a note is required to move to 'Cancelled'" and note_error.isVisible()
    assert (
        dialog.content.layout()
        .itemAt(1)
        .layout()
        .labelForField(dialog.findChild(QWidget, "note").parentWidget())
        .text()
        == "N&ote (required):"
    )
    assert not save_button.isEnabled()
    qtbot.keyClick(dialog.findChild(QWidget, "note"), Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert commitments.get(demo_db, target).status == "on_hold"
    dialog.findChild(QWidget, "progress").setValue(20)
    type_text(qtbot, dialog.findChild(QWidget, "note"), "Superseded by the 2025 roadmap")
    assert save_button.isEnabled() and note_error.text() == ""
    dialog.grab().save(str(_shot_dir() / "status.png"))
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        qtbot.mouseClick(save_button, Qt.MouseButton.LeftButton)
    assert commitments.get(demo_db, target).status == "cancelled"
    latest = history.for_record(demo_db, HistoryEntity.COMMITMENT, target)[0]
    assert (latest.from_status, latest.to_status, latest.note) == (
        "on_hold",
        "cancelled",
        "Superseded by the 2025 roadmap",
    )


def test_reopening_a_completed_commitment_needs_a_note(window: QWidget, demo_db: Database, qtbot: Any) -> None:
    ctx = AppContext(demo_db)
    target = commitment_id(demo_db, "Hold the Year of Tourism of Kazakhstan in China")
    dialog = opened(qtbot, change_commitment_status(window, ctx, target))
    status = dialog.findChild(QWidget, "status")
    assert [status.itemData(i) for i in range(status.count())] == ["in_progress"]
    progress = dialog.findChild(QWidget, "progress")
    assert progress.isVisible() and progress.maximum() == 99
    assert not dialog.findChild(QPushButton, "save").isEnabled()
    type_text(qtbot, dialog.findChild(QWidget, "note"), "Closing report returned for corrections")
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        qtbot.keyClick(dialog.findChild(QWidget, "note"), Qt.Key.Key_Return)
    stored = commitments.get(demo_db, target)
    assert (stored.status, stored.progress, stored.completed_on) == ("in_progress", 99, None)


def test_status_change_after_someone_elses_is_a_conflict(
    window: QWidget, demo_db: Database, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: warnings.append(text))
    ctx = AppContext(demo_db)
    target = commitment_id(demo_db, "Develop cooperation in high technologies")
    dialog = opened(qtbot, change_commitment_status(window, ctx, target))
    commitments.change_status(demo_db, target, "in_progress", "colleague resumed it")
    dialog.findChild(QWidget, "status").set_value("completed")
    type_text(qtbot, dialog.findChild(QWidget, "note"), "done")
    qtbot.mouseClick(dialog.findChild(QPushButton, "save"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(warnings), timeout=5000)
    assert "changed by someone else" in warnings[0] and dialog.isVisible()
    assert commitments.get(demo_db, target).status == "in_progress"


def test_editor_points_to_the_status_dialog(window: QWidget, demo_db: Database, qtbot: Any) -> None:
    ctx = AppContext(demo_db)
    target = commitment_id(demo_db, "Увеличить несырьевой экспорт Казахстана в Китай")
    editor = opened(qtbot, edit_commitment(window, ctx, target))
    assert not editor.findChild(QWidget, "status").isEnabled()  # status changes go through their own dialog
    button = editor.findChild(QPushButton, "change_status")
    assert button.isVisible()
    with qtbot.waitSignal(editor.finished, timeout=5000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(QDialog, "commitment_status")
    opened(qtbot, dialog)
    assert dialog.findChild(QWidget, "current_status").text() == "In progress · 45 %"


def test_agreement_suspension_needs_a_note(window: QWidget, demo_db: Database, qtbot: Any) -> None:
    ctx = AppContext(demo_db)
    agreement = lookups.agreement_id_by_reg(demo_db, "KZ-CN-2024-05-20/1")
    dialog = opened(qtbot, change_agreement_status(window, ctx, agreement))
    status = dialog.findChild(QWidget, "status")
    assert [status.itemData(i) for i in range(status.count())] == ["suspended", "expired", "terminated"]
    status.set_value("suspended")
    assert not dialog.findChild(QPushButton, "save").isEnabled()
    assert dialog.findChild(QWidget, "note_error").text() == ""  # not red before the clerk tried
    qtbot.keyClick(dialog.findChild(QWidget, "note"), Qt.Key.Key_Return)
    assert "a note is required" in dialog.findChild(QWidget, "note_error").text()
    type_text(qtbot, dialog.findChild(QWidget, "note"), "Приостановлено по ноте МИД КНР")
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        qtbot.keyClick(dialog.findChild(QWidget, "note"), Qt.Key.Key_Return)
    assert agreements.get(demo_db, agreement).status == "suspended"
    latest = history.for_record(demo_db, HistoryEntity.AGREEMENT, agreement)[0]
    assert (latest.to_status, latest.note) == ("suspended", "Приостановлено по ноте МИД КНР")
