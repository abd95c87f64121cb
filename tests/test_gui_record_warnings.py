"""Cross-record warnings the clerk confirms, through the real editors: a reference or registration number
written differently, an agreement's dates against its commitments and bodies, a body's name, parent and
dissolution — asked only for the fields the edit changed; each read back from the database, on both engines."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from desktop.services import agreements, bodies, commitments
from desktop.storage.database import Database
from desktop.ui.main_window import MainWindow
from desktop.ui.operations import run_op
from tests.gui_helpers import click_save, open_main_window, type_into, wait_for_dialog

pytestmark = pytest.mark.gui

REG = "KZ-CN-2024-05-20/1"
COMMITTEE, AGRICULTURE, INNOVATION = 1, 2, 3  # the demo's bodies


@pytest.fixture
def window(qtbot: Any, qapp: Any, demo_db: Database) -> Iterator[MainWindow]:
    w = open_main_window(qtbot, qapp, demo_db, "agreements")
    yield w
    w.ctx.wait_idle()  # no answer may arrive after the window is gone
    w.close()


class Answers:
    """Answers the "Save anyway?" box as the clerk would, keeping what it asked."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.asked: list[str] = []
        self.answer = "Go back and correct"
        monkeypatch.setattr(QMessageBox, "exec", lambda box: self.reply(box))

    def reply(self, box: QMessageBox) -> int:
        self.asked.append(box.text())
        next(b for b in box.buttons() if b.text() == self.answer).click()
        return 0


def edit(qtbot: Any, window: MainWindow, page_name: str, record_id: int, editor: str) -> Any:
    window.show_page(page_name)
    page = window.pages[page_name]
    qtbot.waitUntil(lambda: page.select_id(record_id), timeout=5000)  # type: ignore[attr-defined]
    page.edit_selected()
    return wait_for_dialog(qtbot, page, editor)


def retype(qtbot: Any, dialog: Any, name: str, text: str) -> None:
    widget = dialog.findChild(QWidget, name)
    getattr(widget, "edit", widget).clear()
    type_into(qtbot, dialog, name, text)


def press_save(qtbot: Any, dialog: Any, answers: Answers, asked_before: int) -> None:
    qtbot.mouseClick(dialog.findChild(QPushButton, "save"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(answers.asked) > asked_before, timeout=5000)


def test_a_reference_written_differently_is_asked_about(
    window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = window.ctx.db
    answers = Answers(monkeypatch)
    dialog = edit(qtbot, window, "commitments", 7, "commitment_editor")
    retype(qtbot, dialog, "ref", "kz cn 2024 01")  # KZ-CN-2024/01 typed again another way
    press_save(qtbot, dialog, answers, 0)
    assert "commitment KZ-CN-2024/01 has the same reference written differently" in answers.asked[0]
    assert dialog.isVisible() and commitments.get(db, 7).ref == "KZ-CN-2024/07"  # went back: nothing saved
    retype(qtbot, dialog, "ref", "KZ-CN-2024/77")
    click_save(qtbot, dialog)  # a new reference of its own: nothing to ask
    assert len(answers.asked) == 1 and commitments.get(db, 7).ref == "KZ-CN-2024/77"


def test_agreement_dates_against_its_commitments_and_bodies(
    window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = window.ctx.db
    answers = Answers(monkeypatch)
    agreement_id = next(r.id for r in agreements.list_rows(db) if r.reg_number == REG)
    dialog = edit(qtbot, window, "agreements", agreement_id, "agreement_editor")
    retype(qtbot, dialog, "signed_on", "2025-07-01")
    retype(qtbot, dialog, "entry_into_force", "2025-07-01")
    retype(qtbot, dialog, "expiry", "2026-01-01")
    press_save(qtbot, dialog, answers, 0)
    asked = answers.asked[0]
    # Due before the new signing date: /05 (30 Jun 2025) and /06 (31 Dec 2024).
    assert "of its commitments fall due before this date: KZ-CN-2024/05, KZ-CN-2024/06" in asked
    # Both subcommittees it established date from 20 May 2024.
    assert "bodies it established were established before this date: " in asked
    assert "Subcommittee on Agricultural Cooperation" in asked and "Subcommittee on Innovation Cooperation" in asked
    # Open and due after the new expiry: /01, /02, /03, /07, /08 and /09 — three named, "and 3 more".
    assert "of its open commitments fall due after this date: KZ-CN-2024/01, KZ-CN-2024/02, KZ-CN-2024/03" in asked
    assert "and 3 more" in asked
    assert "KZ-CN-2024/10" not in asked  # completed: not asked about
    assert agreements.get(db, agreement_id).signed_on == date(2024, 5, 20)  # went back: nothing saved
    answers.answer = "Save anyway"
    press_save(qtbot, dialog, answers, 1)
    qtbot.waitUntil(lambda: agreements.get(db, agreement_id).signed_on == date(2025, 7, 1), timeout=5000)
    assert agreements.get(db, agreement_id).expiry == date(2026, 1, 1)

    # The next edit changes only the title: the dates stay as they are and nothing is asked again.
    dialog = edit(qtbot, window, "agreements", agreement_id, "agreement_editor")
    retype(qtbot, dialog, "title", "Protocol, as amended")
    click_save(qtbot, dialog)
    assert len(answers.asked) == 2 and agreements.get(db, agreement_id).title == "Protocol, as amended"


def test_a_registration_number_written_differently_is_asked_about(
    window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = window.ctx.db
    answers = Answers(monkeypatch)
    first = agreements.get(db, next(r.id for r in agreements.list_rows(db) if r.reg_number == REG))
    created: list[int] = []
    # Through the window's door, so the Agreements page hears of it as of any save.
    run_op(
        window.ctx,
        lambda db: agreements.save(
            db, replace(first, id=None, version=None, reg_number="KZ-CN-2025/9", signatories=[])
        ),
        on_success=created.append,
    )
    qtbot.waitUntil(lambda: bool(created), timeout=5000)
    other_id = created[0]
    dialog = edit(qtbot, window, "agreements", other_id, "agreement_editor")
    retype(qtbot, dialog, "reg_number", "kz cn 2024 05 20 1")
    press_save(qtbot, dialog, answers, 0)
    assert f"agreement {REG} has the same registration number written differently" in answers.asked[0]
    assert agreements.get(db, other_id).reg_number == "KZ-CN-2025/9"
    answers.answer = "Save anyway"
    press_save(qtbot, dialog, answers, 1)
    qtbot.waitUntil(lambda: agreements.get(db, other_id).reg_number == "kz cn 2024 05 20 1", timeout=5000)


def test_body_name_parent_and_dissolution_are_asked_about(
    window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = window.ctx.db
    answers = Answers(monkeypatch)
    # The committee was established on 1 Jun 2024 (the demo does not say).
    committee = bodies.get(db, COMMITTEE)
    bodies.save(db, replace(committee, established_on=date(2024, 6, 1)))

    dialog = edit(qtbot, window, "bodies", INNOVATION, "body_editor")
    retype(qtbot, dialog, "name", "subcommittee on agricultural  cooperation")
    dialog.findChild(QWidget, "active").setChecked(False)
    type_into(qtbot, dialog, "dissolved_on", "2026-01-10")
    press_save(qtbot, dialog, answers, 0)
    asked = answers.asked[0]
    assert "another body has this name: Subcommittee on Agricultural Cooperation" in asked
    assert "of its commitments" in asked and "still open" in asked  # KZ-CN-2024/05, on hold
    assert "is before its parent body" not in asked  # its dates were not touched
    stored = bodies.get(db, INNOVATION)
    assert stored.active and stored.name == "Subcommittee on Innovation Cooperation"  # went back: nothing saved
    retype(qtbot, dialog, "name", "Subcommittee on Innovation (closed)")
    answers.answer = "Save anyway"
    press_save(qtbot, dialog, answers, 1)
    assert "another body has this name" not in answers.asked[1] and "still open" in answers.asked[1]
    qtbot.waitUntil(lambda: not bodies.get(db, INNOVATION).active, timeout=5000)
    assert bodies.get(db, INNOVATION).dissolved_on == date(2026, 1, 10)

    # Established before its parent was; then placed under the dissolved subcommittee.
    dialog = edit(qtbot, window, "bodies", AGRICULTURE, "body_editor")
    retype(qtbot, dialog, "established_on", "2024-05-25")
    press_save(qtbot, dialog, answers, 2)
    assert "is before its parent body Kazakh-Chinese Cooperation Committee was established" in answers.asked[2]
    qtbot.waitUntil(lambda: bodies.get(db, AGRICULTURE).established_on == date(2024, 5, 25), timeout=5000)
    dialog = edit(qtbot, window, "bodies", AGRICULTURE, "body_editor")
    dialog.parent_id.set_value(INNOVATION)
    press_save(qtbot, dialog, answers, 3)
    assert "Subcommittee on Innovation (closed) is dissolved" in answers.asked[3]
    assert "is before its parent body" not in answers.asked[3]  # 25 May 2024 is after the new parent's 20 May
    qtbot.waitUntil(lambda: bodies.get(db, AGRICULTURE).parent_id == INNOVATION, timeout=5000)

    # Notes only: nothing is asked, though the dates above still hold.
    dialog = edit(qtbot, window, "bodies", AGRICULTURE, "body_editor")
    dialog.findChild(QWidget, "notes").setFocus()
    qtbot.keyClicks(dialog.findChild(QWidget, "notes"), "Met twice.")
    click_save(qtbot, dialog)
    assert len(answers.asked) == 4 and bodies.get(db, AGRICULTURE).notes == "Met twice."
