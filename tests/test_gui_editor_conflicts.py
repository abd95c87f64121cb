"""Editors that help, in the real window: errors after touch, a conflict named and merged, Ctrl+Z for every
editor — each read back from the database, on both engines."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from desktop.services import agreements, audit, bodies, lookups, parties
from desktop.storage.database import Database
from desktop.ui.main_window import MainWindow
from tests.gui_helpers import click_save, open_main_window, type_into, wait_for_dialog

pytestmark = pytest.mark.gui

REG = "KZ-CN-2024-05-20/1"


@pytest.fixture
def window(qtbot: Any, qapp: Any, demo_db: Database) -> Iterator[MainWindow]:
    w = open_main_window(qtbot, qapp, demo_db, "agreements")
    yield w
    w.ctx.wait_idle()  # no answer may arrive after the window is gone
    w.close()


def edit(qtbot: Any, window: MainWindow, page_name: str, record_id: int, editor: str) -> Any:
    window.show_page(page_name)
    page = window.pages[page_name]
    assert page.select_id(record_id)  # type: ignore[attr-defined]
    page.edit_selected()
    return wait_for_dialog(qtbot, page, editor)


def retype(qtbot: Any, dialog: Any, name: str, text: str) -> None:
    dialog.findChild(QWidget, name).selectAll()
    type_into(qtbot, dialog, name, text)


def test_new_party_errors_wait_for_touch_or_save(window: MainWindow, qtbot: Any) -> None:
    db = window.ctx.db
    window.show_page("parties")
    page = window.pages["parties"]
    page.new_record()
    dialog = wait_for_dialog(qtbot, page, "party_editor")
    name_error = dialog.findChild(QWidget, "name_error")
    save = dialog.findChild(QPushButton, "save")
    assert name_error.text() == "" and name_error.isVisible()  # not red on opening, its line kept
    assert not save.isEnabled() and "Name" in save.toolTip()  # disabled, with the reason
    type_into(qtbot, dialog, "name", "Kyrgyz Republic")
    dialog.findChild(QWidget, "name").clear()  # touched, then emptied: the message shows at once
    assert name_error.text() != ""
    type_into(qtbot, dialog, "name", "Kyrgyz Republic")
    assert name_error.text() == "" and not save.isEnabled()
    assert save.toolTip() == "To save, fix: ISO code"  # the untouched field is named, not painted red
    assert dialog.findChild(QWidget, "country_code_error").text() == ""
    type_into(qtbot, dialog, "country_code", "KG")
    assert save.isEnabled(), save.toolTip()
    click_save(qtbot, dialog)
    assert any(row.name == "Kyrgyz Republic" for row in parties.list_rows(db))


def test_conflict_names_who_when_and_fields_then_merges(
    window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = window.ctx.db
    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: boxes.append(text))
    agreement_id = lookups.agreement_id_by_reg(db, REG)
    dialog = edit(qtbot, window, "agreements", agreement_id, "agreement_editor")
    opened_at = agreements.get(db, agreement_id)
    # Another clerk saves first: a new title and place.
    other = agreements.get(db, agreement_id)
    other.title = "Title as the colleague wrote it"
    other.place = "Beijing"
    agreements.save(db, other)
    # This clerk changes the title too, and the source (which the colleague did not touch).
    retype(qtbot, dialog, "title", "Title as I wrote it")
    retype(qtbot, dialog, "source_ref", "Archive file 12/7")
    qtbot.mouseClick(dialog.findChild(QPushButton, "save"), Qt.MouseButton.LeftButton)
    panel = dialog.findChild(QWidget, "conflict")
    merge = dialog.findChild(QPushButton, "merge")
    qtbot.waitUntil(lambda: panel.isVisible() and merge.isEnabled(), timeout=10_000)
    said = dialog.findChild(QWidget, "conflict_text").text()
    last = audit.last_change(db, "agreement", agreement_id)
    assert last is not None and last.who and last.who in said  # who
    assert f"{last.at.astimezone():%H:%M}" in said  # when
    assert "Title: theirs “Title as the colleague wrote it”, yours “Title as I wrote it”" in said
    assert "Place: now “Beijing”" in said
    assert "Source" in said  # the clerk's edit that can be kept
    assert not dialog.findChild(QPushButton, "save").isEnabled()  # a lost save stays disabled
    assert not boxes
    qtbot.mouseClick(merge, Qt.MouseButton.LeftButton)
    assert not panel.isVisible()
    assert dialog.findChild(QWidget, "title").text() == "Title as the colleague wrote it"
    assert dialog.findChild(QWidget, "source_ref").text() == "Archive file 12/7"
    click_save(qtbot, dialog)
    stored = agreements.get(db, agreement_id)
    assert (stored.title, stored.place, stored.source_ref) == (
        "Title as the colleague wrote it",
        "Beijing",
        "Archive file 12/7",
    )
    assert stored.version == (opened_at.version or 0) + 2  # two saves, one version each


def test_ctrl_z_undoes_agreement_body_and_party_edits(
    window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = window.ctx.db
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: warnings.append(text))
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a, **k: warnings.append(text))
    agreement_id = lookups.agreement_id_by_reg(db, REG)
    place = agreements.get(db, agreement_id).place
    dialog = edit(qtbot, window, "agreements", agreement_id, "agreement_editor")
    retype(qtbot, dialog, "place", "Almaty")
    click_save(qtbot, dialog)
    assert agreements.get(db, agreement_id).place == "Almaty"
    assert window.ctx.undo_stack.undoText() == f"Edit of {REG}"
    window.activateWindow()  # the editor closed: the clerk is back in the window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: agreements.get(db, agreement_id).place == place or bool(warnings), timeout=5000)
    assert not warnings, warnings

    body_id = bodies.list_rows(db)[0].id
    name = bodies.get(db, body_id).name
    dialog = edit(qtbot, window, "bodies", body_id, "body_editor")
    retype(qtbot, dialog, "name", "Renamed body")
    click_save(qtbot, dialog)
    assert bodies.get(db, body_id).name == "Renamed body"
    window.act_undo.trigger()
    qtbot.waitUntil(lambda: bodies.get(db, body_id).name == name or bool(warnings), timeout=5000)
    assert not warnings, warnings

    party_id = lookups.party_id_by_name(db, "China")
    party_name = parties.get(db, party_id).name
    dialog = edit(qtbot, window, "parties", party_id, "party_editor")
    retype(qtbot, dialog, "short_name", "PRC")
    click_save(qtbot, dialog)
    # Another clerk changes the party after this edit: Ctrl+Z refuses and changes nothing.
    other = parties.get(db, party_id)
    other.name_ru = "Китайская Народная Республика (изм.)"
    parties.save(db, other)
    window.act_undo.trigger()
    qtbot.waitUntil(lambda: bool(warnings), timeout=5000)
    assert "Cannot undo" in warnings[0] and party_name in warnings[0]
    stored = parties.get(db, party_id)
    assert stored.short_name == "PRC" and stored.name_ru == "Китайская Народная Республика (изм.)"


def test_delete_disabled_in_advance_with_the_reason(window: MainWindow, qtbot: Any) -> None:
    db = window.ctx.db
    window.show_page("bodies")
    page = window.pages["bodies"]
    rows = bodies.list_rows(db)
    parent_ids = {row.parent_id for row in rows if row.parent_id is not None}
    top = next(row.id for row in rows if row.id in parent_ids)
    leaf = next(row.id for row in rows if row.id not in parent_ids)
    assert page.select_id(top)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not window.act_delete.isEnabled(), timeout=5000)
    assert "sub-bodies" in window.act_delete.toolTip()
    assert not page.act_delete.isEnabled() and "sub-bodies" in page.act_delete.toolTip()  # type: ignore[attr-defined]
    assert page.select_id(leaf)  # type: ignore[attr-defined]
    qtbot.waitUntil(window.act_delete.isEnabled, timeout=5000)
    assert bodies.get(db, top).name  # nothing was deleted


def test_cross_record_warnings_are_confirmed(window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.services import commitments

    db = window.ctx.db
    target = commitments.get(db, 7)
    assert target.agreement_id is not None
    signed = agreements.get(db, target.agreement_id).signed_on
    assert signed is not None
    sibling = commitments.get(db, 3)
    assert sibling.agreement_id == target.agreement_id
    asked: list[str] = []
    answer = ["Go back and correct"]

    def reply(box: QMessageBox) -> int:
        asked.append(box.text())
        next(b for b in box.buttons() if b.text() == answer[0]).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", reply)
    dialog = edit(qtbot, window, "commitments", 7, "commitment_editor")
    dialog.findChild(QWidget, "due_date").edit.clear()
    type_into(qtbot, dialog, "due_date", f"{signed.year - 1}-01-15")
    retype(qtbot, dialog, "title", sibling.title)
    qtbot.mouseClick(dialog.findChild(QPushButton, "save"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    assert "is before its agreement was signed" in asked[0]
    assert f"commitment {sibling.ref} under the same agreement has this title" in asked[0]
    assert dialog.isVisible() and commitments.get(db, 7).title == target.title  # went back: nothing saved
    answer[0] = "Save anyway"
    click_save(qtbot, dialog)
    stored = commitments.get(db, 7)
    assert stored.title == sibling.title and stored.due_date is not None and stored.due_date.year == signed.year - 1
