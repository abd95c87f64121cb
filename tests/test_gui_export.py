"""The report actions in the real main window: menu, toolbar, save dialog, progress, Cancel, Open."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton

from desktop.storage.database import Database
from desktop.ui import settings
from desktop.ui.application import prepare_app
from tests.test_reports_dataset import add_commitments

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qapp: QApplication, qtbot: Any, demo_db: Database) -> Any:
    from desktop.ui.main_window import MainWindow

    prepare_app(qapp)
    win = MainWindow(demo_db)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.ctx.wait_idle()


@pytest.fixture(autouse=True)
def accept_report_dialog(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """The export dialog answers OK with what it shows (the register's last choices)."""
    from PySide6.QtWidgets import QDialog

    from desktop.ui.report_dialog import ReportDialog

    shown: list[Any] = []
    monkeypatch.setattr(ReportDialog, "exec", lambda self: shown.append(self) or QDialog.DialogCode.Accepted)
    return shown


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url.toLocalFile()) or True)
    return urls


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    asked: list[str] = []

    def fake_dialog(_parent: Any, _title: str, suggested: str, *_filters: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_dialog)
    return asked


def test_menu_and_toolbar_entries(window: Any) -> None:
    texts = [a.text() for a in window.file_menu.actions()]
    assert "Export to &Excel…" in texts and "&PDF report…" in texts
    assert texts[-1] == "&Quit"
    actions = window.report_actions
    assert actions.act_excel.shortcut().toString() == "Ctrl+E"
    assert actions.act_pdf.shortcut().toString() == "Ctrl+P"
    assert window.toolbar.widgetForAction(actions.act_excel) is not None
    assert window.toolbar.widgetForAction(actions.act_pdf) is not None


def test_excel_export_of_the_filtered_list(
    window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, opened: list[str]
) -> None:
    settings.OPEN_AFTER_EXPORT.set(False)
    window.show_page("commitments")
    bar = window.commitments.filter_bar
    qtbot.waitUntil(lambda: bar.status.findData("on_hold") >= 0, timeout=5000)
    bar.status.setCurrentIndex(bar.status.findData("on_hold"))  # as the clerk picks it
    target = tmp_path / "on hold"
    asked = choose_file(monkeypatch, target)
    button = window.toolbar.widgetForAction(window.report_actions.act_excel)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    actions = window.report_actions
    qtbot.waitUntil(lambda: actions.last_message is not None and actions.last_message.isVisible(), timeout=15000)
    assert asked[0].endswith(".xlsx") and Path(asked[0]).name.startswith("Kelisim status ")
    written = tmp_path / "on hold.xlsx"
    wb = openpyxl.load_workbook(written)
    assert wb["Summary"]["B4"].value == "Status: On hold"
    assert [r[0].value for r in wb["Commitments"].iter_rows(min_row=2)] == ["KZ-CN-2024/05"]
    assert settings.LAST_EXPORT_DIR.get() == str(tmp_path)
    open_button = next(b for b in actions.last_message.buttons() if b.text() == "Open")
    qtbot.mouseClick(open_button, Qt.MouseButton.LeftButton)
    assert opened == [str(written)]
    # The next export suggests the folder used last.
    choose_file(monkeypatch, tmp_path / "again.pdf")
    asked_again = choose_file(monkeypatch, tmp_path / "again.pdf")
    window.report_actions.act_pdf.trigger()
    qtbot.waitUntil(lambda: (tmp_path / "again.pdf").exists() and actions.progress_dialog is None, timeout=15000)
    assert Path(asked_again[0]).parent == tmp_path and asked_again[0].endswith(".pdf")


def test_pdf_opens_when_done_by_preference(
    window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, opened: list[str]
) -> None:
    settings.OPEN_AFTER_EXPORT.set(True)
    choose_file(monkeypatch, tmp_path / "report.pdf")
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: opened == [str(tmp_path / "report.pdf")], timeout=15000)
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
    assert "report.pdf" in window.statusBar().currentMessage()


def test_cancel_leaves_no_file(
    window: Any, qtbot: Any, demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, opened: list[str]
) -> None:
    add_commitments(demo_db, 300)  # Cancel is pressed at once, while the job starts: its first report sees it
    out = tmp_path / "out"
    out.mkdir()
    choose_file(monkeypatch, out / "big.xlsx")
    actions = window.report_actions
    actions.act_excel.trigger()
    assert not actions.act_excel.isEnabled()  # one export at a time
    cancel = actions.progress_dialog.findChild(QPushButton)
    assert cancel.text() == "Cancel"
    cancel.click()  # the progress dialog's Cancel button
    qtbot.waitUntil(lambda: actions.progress_dialog is None, timeout=15000)
    assert "cancelled" in window.statusBar().currentMessage()
    assert list(out.iterdir()) == [] and opened == []
    assert actions.act_excel.isEnabled()


def test_unwritable_target_shows_the_reason(
    window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        "desktop.ui.report_actions.show_error", lambda _parent, error, _title=None: shown.append(str(error))
    )
    choose_file(monkeypatch, tmp_path / "missing" / "r.xlsx")
    window.report_actions.act_excel.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=15000)
    missing = tmp_path / "missing"
    assert shown[0] == f"Cannot write {missing / 'r.xlsx'}: the folder {missing} does not exist"


def test_briefing_from_the_dialog_remembered_and_shown_in_folder_when_nothing_opens_it(
    window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, accept_report_dialog: list[Any]
) -> None:
    from pypdf import PdfReader

    from desktop.ui.report_dialog import ReportDialog

    asked_urls: list[str] = []
    # Nothing on this machine opens a PDF; the file manager opens folders.
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: asked_urls.append(url.toLocalFile()) or url.toLocalFile().endswith("s")
    )

    def answer(dialog: ReportDialog) -> Any:
        from PySide6.QtWidgets import QDialog

        accept_report_dialog.append(dialog)
        if len(accept_report_dialog) == 1:  # the manager's first choices
            dialog.edition.setCurrentIndex(dialog.edition.findData("briefing"))
            dialog.title.setText("Weekly briefing")
            dialog.prepared_by.setText("A. Clerk")
            dialog.open_when_done.setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ReportDialog, "exec", answer)
    folder = tmp_path / "reports"
    folder.mkdir()
    choose_file(monkeypatch, folder / "briefing.pdf")
    actions = window.report_actions
    actions.export("pdf")
    qtbot.waitUntil(lambda: actions.last_message is not None and actions.last_message.isVisible(), timeout=20000)
    written = folder / "briefing.pdf"
    assert asked_urls == [str(written)]  # tried to open it, could not: the message says where it is
    assert str(written) in actions.last_message.text()
    text = " ".join(page.extract_text() for page in PdfReader(written).pages)
    assert "Weekly briefing" in text and "BRIEFING" in text and len(PdfReader(written).pages) <= 3
    show = next(b for b in actions.last_message.buttons() if b.text() == "Show in folder")
    qtbot.mouseClick(show, Qt.MouseButton.LeftButton)
    assert asked_urls[-1] == str(folder)
    actions.last_message.close()
    # The next export of this register opens the dialog with the same answers.
    choose_file(monkeypatch, folder / "again.pdf")
    actions.export("pdf")
    qtbot.waitUntil(lambda: (folder / "again.pdf").exists(), timeout=20000)
    second = accept_report_dialog[1]
    assert second.edition.currentData() == "briefing" and second.title.text() == "Weekly briefing"
    assert second.prepared_by.text() == "A. Clerk" and second.open_when_done.isChecked()


def test_excel_export_follows_the_lists_sort(
    window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, opened: list[str]
) -> None:
    settings.OPEN_AFTER_EXPORT.set(False)
    window.show_page("commitments")
    page = window.commitments
    qtbot.waitUntil(lambda: page.is_loaded, timeout=5000)
    page.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # by reference, Z to A, as the clerk clicked
    shown = [page.model.row(r)[1] for r in range(page.model.rowCount())]  # Col.REF
    assert shown == sorted(shown, reverse=True)
    choose_file(monkeypatch, tmp_path / "sorted")
    window.report_actions.act_excel.trigger()
    actions = window.report_actions
    qtbot.waitUntil(lambda: actions.last_message is not None and actions.last_message.isVisible(), timeout=15000)
    sheet = openpyxl.load_workbook(tmp_path / "sorted.xlsx")["Commitments"]
    headers = [c.value for c in next(sheet.iter_rows(max_row=1))]
    body_column = headers.index("Body")
    groups: dict[Any, list[str]] = {}
    for row in sheet.iter_rows(min_row=2):
        groups.setdefault(row[body_column].value, []).append(str(row[0].value))
    assert max(len(refs) for refs in groups.values()) >= 2
    for refs in groups.values():  # within each body the workbook reads as the list did
        assert refs == sorted(refs, reverse=True), refs
