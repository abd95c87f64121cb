"""Attached files through the real window: add on the commitment page, the list shows name, size, who and when,
Save as… writes the same bytes, Open hands a private copy to the system's viewer (never a program), Remove; an
execution report with an attached document as its only evidence → accept; an agreement's signed scans in its editor —
each read back from the database, on both engines."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QTableWidget, QTabWidget, QWidget

from desktop.domain.enums import AttachmentOwner
from desktop.services import attachments, commitment_list, commitments, control, lookups, people
from desktop.services.attachments import Owner
from desktop.services.people import TeamChoice
from desktop.storage.database import Database
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.commitments import CommitmentsPage
from tests.gui_helpers import click_save, open_main_window, type_into, wait_for_dialog

pytestmark = pytest.mark.gui

REF = "KZ-CN-2024/09"
REG = "KZ-CN-2024-05-20/1"
CONTENT = b"%PDF-1.4\n" + bytes(range(256)) * 8 + "Письмо МИД РК № 12-3/456".encode()


@pytest.fixture
def window(qtbot: Any, qapp: Any, demo_db: Database) -> Iterator[MainWindow]:
    target = commitment_list.id_for_ref(demo_db, REF)
    people.assign(demo_db, target, TeamChoice(controller_id=people.add_person(demo_db, "Nurlan Abenov")))
    w = open_main_window(qtbot, qapp, demo_db)
    yield w
    w.ctx.wait_idle()
    w.close()


def button(parent: QWidget, name: str) -> QPushButton:
    found = parent.findChild(QPushButton, name)
    assert found is not None, name
    return found


def click(qtbot: Any, parent: QWidget, name: str) -> None:
    qtbot.waitUntil(lambda: button(parent, name).isEnabled(), timeout=5000)
    qtbot.mouseClick(button(parent, name), Qt.MouseButton.LeftButton)


def open_card(qtbot: Any, window: MainWindow, target: int) -> Any:
    page = window.pages["commitments"]
    assert isinstance(page, CommitmentsPage)
    assert page.select_id(target)
    page.open_selected()
    return wait_for_dialog(qtbot, page, "commitment_page")


def test_attach_list_save_open_remove_on_the_commitment_page(
    window: MainWindow, demo_db: Database, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = commitment_list.id_for_ref(demo_db, REF)
    letter = tmp_path / "письмо 12-3.pdf"
    letter.write_bytes(CONTENT)
    program = tmp_path / "setup.exe"
    program.write_bytes(b"MZ not to be run")
    card = open_card(qtbot, window, target)
    tabs = card.findChild(QTabWidget, "tabs")
    panel = card.findChild(QWidget, "attachments_panel")
    tabs.setCurrentWidget(panel)
    table = panel.findChild(QTableWidget, "attachments")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(letter), str(program)], ""))
    click(qtbot, panel, "add_attachment")
    qtbot.waitUntil(lambda: len(attachments.list_for(demo_db, Owner(AttachmentOwner.COMMITMENT, target))) == 2)
    qtbot.waitUntil(lambda: table.rowCount() == 2, timeout=5000)
    cells = [table.item(0, c).text() for c in range(5)]
    assert cells[:4] == ["письмо 12-3.pdf", "2 KB", "Commitment", "test-clerk"] and cells[4]
    assert tabs.tabText(tabs.indexOf(panel)) == "Attachments (2)"

    # Save as… writes the stored bytes where the clerk chose.
    saved = tmp_path / "out" / "copy.pdf"
    saved.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))
    table.selectRow(0)
    click(qtbot, panel, "save_attachment")
    qtbot.waitUntil(saved.exists, timeout=5000)
    assert saved.read_bytes() == CONTENT

    # Open: a private copy to the system's viewer; a program is never handed over.
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    click(qtbot, panel, "open_attachment")
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    copy = Path(opened[0].toLocalFile())
    assert copy.read_bytes() == CONTENT and copy.parent != letter.parent
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a, **k: told.append(text))
    table.selectRow(1)
    click(qtbot, panel, "open_attachment")
    assert len(opened) == 1 and told and "setup.exe" in told[0]

    # Remove (asks first).
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    click(qtbot, panel, "remove_attachment")
    qtbot.waitUntil(
        lambda: (
            [r.name for r in attachments.list_for(demo_db, Owner(AttachmentOwner.COMMITMENT, target))]
            == ["письмо 12-3.pdf"]
        ),
        timeout=5000,
    )
    qtbot.waitUntil(lambda: table.rowCount() == 1, timeout=5000)
    card.close()


def test_execution_report_with_an_attached_document_then_accept(
    window: MainWindow, demo_db: Database, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = commitment_list.id_for_ref(demo_db, REF)
    letter = tmp_path / "акт исполнения.pdf"
    letter.write_bytes(CONTENT)
    card = open_card(qtbot, window, target)
    click(qtbot, card, "report_execution")
    dialog = wait_for_dialog(qtbot, card, "execution_report")
    type_into(qtbot, dialog, "report_text", "Консульское соглашение подписано")
    dialog.findChild(QWidget, "report_date").edit.clear()
    type_into(qtbot, dialog, "report_date", "2026-04-15")
    assert not button(dialog, "save").isEnabled()  # no evidence yet
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(letter)], ""))
    click(qtbot, dialog, "attach_document")
    assert dialog.findChild(QWidget, "documents").count() == 1
    qtbot.waitUntil(lambda: button(dialog, "save").isEnabled(), timeout=5000)  # the document is the evidence
    click_save(qtbot, dialog)
    [report] = control.reports(demo_db, target)
    assert report.waiting and report.letter_number == "" and report.documents == ("акт исполнения.pdf",)
    table = card.findChild(QTableWidget, "reports")
    qtbot.waitUntil(lambda: table.rowCount() == 1 and "акт исполнения.pdf" in table.item(0, 3).text(), timeout=5000)
    panel = card.findChild(QWidget, "attachments_panel")
    listed = panel.findChild(QTableWidget, "attachments")
    qtbot.waitUntil(lambda: listed.rowCount() == 1, timeout=5000)
    assert listed.item(0, 2).text() == "Execution report"
    click(qtbot, card, "accept_report")
    qtbot.waitUntil(lambda: commitments.get(demo_db, target).status == "completed", timeout=5000)
    assert commitments.get(demo_db, target).completed_on == date(2026, 4, 15)
    card.close()


def test_interim_report_with_a_document(
    window: MainWindow, demo_db: Database, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = commitment_list.id_for_ref(demo_db, REF)
    draft = tmp_path / "проект.docx"
    draft.write_bytes(CONTENT)
    card = open_card(qtbot, window, target)
    click(qtbot, card, "add_interim")
    dialog = wait_for_dialog(qtbot, card, "interim_report")
    type_into(qtbot, dialog, "report_text", "Проект согласован")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(draft)], ""))
    click(qtbot, dialog, "attach_document")
    click_save(qtbot, dialog)
    [row] = attachments.list_for(demo_db, Owner(AttachmentOwner.COMMITMENT, target))
    assert (row.name, row.owner) == ("проект.docx", AttachmentOwner.INTERIM_REPORT)
    card.close()


def test_agreement_signed_scans_in_its_editor(
    window: MainWindow, demo_db: Database, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    agreement_id = lookups.agreement_id_by_reg(demo_db, REG)
    scan = tmp_path / "protocol signed.pdf"
    scan.write_bytes(CONTENT)
    window.show_page("agreements")
    page = window.pages["agreements"]
    assert page.select_id(agreement_id)  # type: ignore[attr-defined]
    page.edit_selected()  # type: ignore[attr-defined]
    dialog = wait_for_dialog(qtbot, page, "agreement_editor")
    panel = dialog.findChild(QWidget, "attachments_panel")
    assert panel.isVisible()
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(scan)], ""))
    click(qtbot, panel, "add_attachment")
    qtbot.waitUntil(
        lambda: (
            [r.name for r in attachments.list_for(demo_db, Owner(AttachmentOwner.AGREEMENT, agreement_id))]
            == ["protocol signed.pdf"]
        ),
        timeout=5000,
    )
    table = panel.findChild(QTableWidget, "attachments")
    qtbot.waitUntil(lambda: table.rowCount() == 1, timeout=5000)
    assert table.isColumnHidden(2)  # "On": an agreement's files are all its own
    dialog.reject()
