"""File → Import… in the real window: pick, map an unknown column, preview with reasons, confirm."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtWidgets import QFileDialog

from desktop.services import commitment_list
from desktop.storage.database import Database
from desktop.ui.application import prepare_app
from desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.gui
REG = "KZ-CN-2024-05-20/1"


@pytest.fixture
def window(qtbot, qapp, demo_db: Database) -> Iterator[MainWindow]:
    prepare_app(qapp)
    w = MainWindow(demo_db)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: all(p.is_loaded for p in w.pages.values()), timeout=60_000)
    yield w
    w.ctx.wait_idle()
    w.close()


def register(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Реестр"
    ws.append(["Код", "Обязательство", "Соглашение", "Срок исполнения", "Кто делает (Минсельхоз)"])
    ws.append(["GUI-1", "Поставки пшеницы 小麦", REG, "20.05.2026", "Министерство сельского хозяйства"])
    ws.append(["GUI-2", "Совместная лаборатория", REG, "31/02/2024", "Министерство науки"])
    ws.append(["GUI-3", "Қазақ-қытай инновациялық орталығы", REG, "2026-09-01", "Министерство цифрового развития"])
    wb.save(path)
    return path


def test_import_through_the_window(
    window: MainWindow, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, demo_db: Database
) -> None:
    path = register(tmp_path / "реестр.xlsx")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    actions = window.import_actions
    assert actions.act_import in window.file_menu.actions()
    actions.act_import.trigger()
    qtbot.waitUntil(lambda: actions.dialog is not None and actions.dialog.isVisible(), timeout=60_000)
    dialog = actions.dialog
    # The agency column's header is unusual: the clerk maps it with its combo box and checks again.
    assert len(dialog.combos) == 1
    mapping, index, combo = dialog.combos[0]
    assert mapping.headers[index].startswith("Кто делает")
    combo.setCurrentIndex(combo.findData("agency"))
    dialog.recheck.click()
    qtbot.waitUntil(lambda: mapping.columns.get(index) == "agency", timeout=60_000)
    qtbot.waitUntil(lambda: not window.ctx.busy, timeout=60_000)
    # The preview explains the rejected row with its row number, column and reason.
    table = dialog.table
    cells = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]
    rejected = [row for row in cells if row[2] == "3"]
    assert rejected and "'Срок исполнения'" in rejected[0][4] and "is not a date" in rejected[0][4]
    assert sum(1 for row in cells if row[3] in ("GUI-1", "GUI-3")) == 2
    assert "Commitments: 2 to add, 0 to update, 0 unchanged, 1 rejected" in dialog.summary.text()
    before = {r[commitment_list.Col.REF] for r in commitment_list.list_rows(demo_db)}
    assert "GUI-1" not in before  # nothing written before the clerk confirms
    assert dialog.import_button.isEnabled() and "skip 1 rejected" in dialog.import_button.text()
    dialog.grab().save(str(tmp_path / "import-dialog.png"))
    dialog.import_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=60_000)
    rows = {r[commitment_list.Col.REF]: r for r in commitment_list.list_rows(demo_db)}
    assert rows["GUI-1"][commitment_list.Col.AGENCY] == "Министерство сельского хозяйства"
    assert rows["GUI-3"][commitment_list.Col.TITLE] == "Қазақ-қытай инновациялық орталығы"
    assert "GUI-2" not in rows
    assert "2 added" in actions.last_message


def big_register(path: Path, rows: int = 6000) -> Path:
    """Enough rows that the reading reports progress (every 5,000 rows), so a Cancel is seen mid-read."""
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Commitments")
    ws.append(["Ref", "Title", "Agreement"])
    for index in range(rows):
        ws.append([f"BIG-{index:05d}", f"Міндеттеме {index} 承诺", REG])
    wb.save(path)
    return path


def progress_cancel(window: MainWindow, qtbot) -> None:
    """Press Cancel on the progress dialog the job just opened (it belongs to the window or the import dialog)."""
    from PySide6.QtWidgets import QProgressDialog, QPushButton

    dialogs = [d for d in window.findChildren(QProgressDialog) if not d.wasCanceled()]
    assert len(dialogs) == 1
    dialogs[0].findChild(QPushButton).click()


def test_cancel_while_reading_shows_no_damage(
    window: MainWindow, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, demo_db: Database
) -> None:
    shown: list[str] = []
    monkeypatch.setattr("desktop.ui.process_jobs.show_error", lambda _p, error, _t=None: shown.append(str(error)))
    path = big_register(tmp_path / "big.xlsx")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.import_actions.act_import.trigger()
    assert window.ctx.busy
    progress_cancel(window, qtbot)
    qtbot.waitUntil(lambda: not window.ctx.busy, timeout=30_000)
    assert window.import_actions.dialog is None and shown == []  # a Cancel, not "the file is damaged"


def test_cancel_while_importing_writes_nothing(
    window: MainWindow, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, demo_db: Database
) -> None:
    path = big_register(tmp_path / "big.xlsx")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    actions = window.import_actions
    actions.act_import.trigger()
    qtbot.waitUntil(lambda: actions.dialog is not None and actions.dialog.isVisible(), timeout=60_000)
    dialog = actions.dialog
    assert "Commitments: 6000 to add" in dialog.summary.text() and dialog.table.rowCount() == 2000
    before = len(commitment_list.list_rows(demo_db))
    dialog.import_button.click()
    from PySide6.QtWidgets import QProgressDialog, QPushButton

    progress = [d for d in dialog.findChildren(QProgressDialog) if not d.wasCanceled()]
    progress[0].findChild(QPushButton).click()
    qtbot.waitUntil(lambda: not window.ctx.busy, timeout=60_000)
    assert len(commitment_list.list_rows(demo_db)) == before
    assert dialog.isVisible() and dialog.import_button.isEnabled()  # the clerk may try again
    dialog.import_button.click()  # and this time it goes through, in the child process
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=60_000)
    assert len(commitment_list.list_rows(demo_db)) == before + 6000
    assert "6000 added" in actions.last_message


def test_unreadable_file_shows_why(window: MainWindow, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr("desktop.ui.process_jobs.show_error", lambda _p, error, _t=None: shown.append(str(error)))
    path = tmp_path / "notes.xlsx"
    path.write_text("not a workbook", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.import_actions.act_import.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    assert shown == ["notes.xlsx is not an Excel workbook (.xlsx); save it from Excel as .xlsx and try again"]


def test_old_export_reimported_after_edits_in_the_window(
    window: MainWindow, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, demo_db: Database
) -> None:
    """Export → edit in the window → re-import the old file: the newer edits survive, the conflict is shown."""
    from datetime import date

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    from desktop.domain.enums import HistoryEntity
    from desktop.reports.excel import write_workbook
    from desktop.services import commitments, history
    from desktop.services.reporting import dataset
    from desktop.ui.editors import edit_commitment
    from tests.gui_helpers import click_save, type_text

    old = write_workbook(dataset.build(demo_db, today=date(2026, 11, 30)), tmp_path / "monday.xlsx")
    agency_id = commitment_list.id_for_ref(demo_db, "KZ-CN-2024/03")
    title_id = commitment_list.id_for_ref(demo_db, "KZ-CN-2024/05")
    notes_id = commitment_list.id_for_ref(demo_db, "KZ-CN-2024/06")
    edits = (
        (agency_id, "agency", "Минсельхоз (правка в окне)"),
        (title_id, "title", "Заголовок из окна"),
        (notes_id, "notes", "Из окна"),
    )
    for record_id, name, text in edits:
        dialog = edit_commitment(window, window.ctx, record_id)
        qtbot.waitUntil(lambda dialog=dialog: dialog.content.isEnabled(), timeout=5000)
        field = dialog.findChild(QWidget, name)
        field.selectAll()
        field.setFocus()
        type_text(qtbot, field, text)
        click_save(qtbot, dialog)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(old), ""))
    actions = window.import_actions
    actions.act_import.trigger()
    qtbot.waitUntil(lambda: actions.dialog is not None and actions.dialog.isVisible(), timeout=60_000)
    dialog = actions.dialog
    assert dialog.conflict_box.isVisible()
    table = dialog.conflicts
    shown = {table.item(r, 1).text(): table.item(r, 3).text() for r in range(table.rowCount())}
    assert set(shown) == {"Commitments KZ-CN-2024/03", "Commitments KZ-CN-2024/05"}
    assert (
        "register “Минсельхоз (правка в окне)” ↔ file “Министерство сельского хозяйства"
        in shown["Commitments KZ-CN-2024/03"]
    )
    assert "register “Заголовок из окна” ↔ file" in shown["Commitments KZ-CN-2024/05"]
    # The clerk takes the file's value for one record, keeps the register's for the other.
    row = next(r for r in range(table.rowCount()) if table.item(r, 1).text().endswith("KZ-CN-2024/03"))
    assert "keep the register for 2 conflicts" in dialog.import_button.text()
    table.item(row, 0).setCheckState(Qt.CheckState.Checked)
    assert "keep the register for 1 conflicts" in dialog.import_button.text()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)
    assert "were kept" in actions.last_message
    assert commitments.get(demo_db, notes_id).notes == "Из окна"  # a blank cell in the old file keeps it
    assert commitments.get(demo_db, title_id).title == "Заголовок из окна"  # the register kept, as chosen
    taken = commitments.get(demo_db, agency_id)
    assert taken.agency == "Министерство сельского хозяйства Республики Казахстан"
    latest = history.for_record(demo_db, HistoryEntity.COMMITMENT, agency_id)[0]
    assert latest.note.startswith("imported from monday.xlsx:") and "Минсельхоз (правка в окне)" in latest.note


def test_two_columns_for_one_field_are_asked_in_the_window(
    window: MainWindow, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, demo_db: Database
) -> None:
    monkeypatch.setenv("KELISIM_DATA_DIR", str(tmp_path / "data"))
    wb = Workbook()
    ws = wb.active
    ws.title = "2026"
    ws.append(["№ п/п", "Наименование обязательства", "Срок исполнения", "Контрольный срок", "Примечание"])
    ws.append([1, "Согласовать график визитов", "01.06.2026", "15.06.2026", "по письму МИД"])
    hidden = wb.create_sheet("Черновик")
    hidden.append(["Наименование обязательства"])
    hidden.append(["Не импортировать"])
    hidden.sheet_state = "hidden"
    path = tmp_path / "два срока.xlsx"
    wb.save(path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    actions = window.import_actions
    actions.act_import.trigger()
    qtbot.waitUntil(lambda: actions.dialog is not None and actions.dialog.isVisible(), timeout=60_000)
    dialog = actions.dialog
    assert "Sheet “Черновик”: hidden: skipped" in dialog.sheets.text()
    assert not dialog.import_button.isEnabled()  # the clerk must say which date is the due date
    asked = {m.headers[i]: combo for m, i, combo in dialog.combos}
    assert set(asked) == {"Срок исполнения", "Контрольный срок"}
    asked["Контрольный срок"].setCurrentIndex(asked["Контрольный срок"].findData("due_date"))
    dialog.recheck.click()
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=60_000)
    assert "Sheet “2026”: read as commitments (as you mapped it)" in dialog.sheets.text()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)
    row = next(
        r for r in commitment_list.list_rows(demo_db) if r[commitment_list.Col.TITLE] == "Согласовать график визитов"
    )
    assert row[commitment_list.Col.DUE_DATE] == "2026-06-15" and row[commitment_list.Col.NOTES] == "по письму МИД"
    assert all(r[commitment_list.Col.TITLE] != "Не импортировать" for r in commitment_list.list_rows(demo_db))
    # The confirmed mapping is remembered for the next file with the same headers.
    from desktop.services.importing.mapping import auto_map
    from desktop.services.importing.workbook import read_workbook

    again = auto_map(read_workbook(path))
    assert again[0].remembered and again[0].column_of("due_date") == 3


def test_missing_title_is_asked_in_the_window(
    window: MainWindow, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, demo_db: Database
) -> None:
    monkeypatch.setenv("KELISIM_DATA_DIR", str(tmp_path / "data"))
    wb = Workbook()
    ws = wb.active
    ws.append(["Описание", "Срок исполнения"])  # the clerk's titles sit under «Описание»
    ws.append(["Открыть визовый центр", "01.09.2026"])
    path = tmp_path / "без названия.xlsx"
    wb.save(path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    actions = window.import_actions
    actions.act_import.trigger()
    qtbot.waitUntil(lambda: actions.dialog is not None and actions.dialog.isVisible(), timeout=60_000)
    dialog = actions.dialog
    assert not dialog.import_button.isEnabled()
    asked = {m.headers[i]: combo for m, i, combo in dialog.combos}
    assert asked["Описание"].currentData() == "description"  # offered although matched: Title is missing
    asked["Описание"].setCurrentIndex(asked["Описание"].findData("title"))
    dialog.recheck.click()
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=60_000)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)
    titles = {r[commitment_list.Col.TITLE]: r for r in commitment_list.list_rows(demo_db)}
    assert titles["Открыть визовый центр"][commitment_list.Col.DUE_DATE] == "2026-09-01"


def test_rejected_rows_shown_in_full_and_saved_as_a_workbook(
    window: MainWindow, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, demo_db: Database
) -> None:
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QApplication, QMessageBox

    path = tmp_path / "register.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Реестр"
    ws.append(["Код", "Обязательство", "Соглашение", "Срок исполнения"])
    ws.append(["R-1", "Поставки пшеницы", REG, "20.05.2026"])
    ws.append(["R-2", "text", REG, "31/02/2024"])
    ws["B3"].value, ws["B3"].data_type = "=1+2 (written as text)", "s"  # a title that looks like a formula
    ws.append(["R-3", "Лаборатория", REG, "not a day at all, and a rather long text " * 3])
    wb.save(path)
    target = tmp_path / "rejected.xlsx"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a, **k: told.append(text))
    actions = window.import_actions
    actions.act_import.trigger()
    qtbot.waitUntil(lambda: actions.dialog is not None and actions.dialog.isVisible(), timeout=10_000)
    dialog = actions.dialog
    qtbot.waitUntil(lambda: not window.ctx.busy, timeout=10_000)
    table = dialog.table
    long_row = next(r for r in range(table.rowCount()) if table.item(r, 2).text() == "4")
    detail = table.item(long_row, 4)
    assert "rather long text" in detail.toolTip() and detail.toolTip() == detail.text()  # the reason in full
    table.selectRow(long_row)
    dialog.copy_rows()
    assert "rather long text" in QApplication.clipboard().text()
    assert dialog.save_rejected.isEnabled()
    dialog.save_rejected.click()
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    sheet = load_workbook(target)["Реестр"]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[0] == ["Код", "Обязательство", "Соглашение", "Срок исполнения", "Problems"]
    assert [r[0] for r in rows[1:]] == ["R-2", "R-3"]
    assert rows[1][1] == "=1+2 (written as text)" and sheet["B2"].data_type == "s"  # text, not a formula
    assert "is not a date" in rows[1][4] and "is not a date" in rows[2][4]
    dialog.reject()
    assert {r[commitment_list.Col.REF] for r in commitment_list.list_rows(demo_db)}.isdisjoint({"R-1", "R-2"})


def test_a_notes_sheet_is_left_out_and_the_button_says_so(
    window: MainWindow, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, demo_db: Database
) -> None:
    from tests.test_import_clerk import register_with_a_notes_sheet

    monkeypatch.setenv("KELISIM_DATA_DIR", str(tmp_path / "data"))
    path = register_with_a_notes_sheet(tmp_path / "контроль.xlsx")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    before = len(commitment_list.list_rows(demo_db))
    actions = window.import_actions
    actions.act_import.trigger()
    qtbot.waitUntil(lambda: actions.dialog is not None and actions.dialog.isVisible(), timeout=60_000)
    dialog = actions.dialog
    # The notes sheet's columns are offered (one might hold the titles), and the rows of the other sheet can come in.
    assert {m.sheet for m, _i, _combo in dialog.combos} == {"Справочно"}
    assert dialog.import_button.isEnabled()
    assert dialog.import_button.text() == "Import 2 rows, leave out “Справочно”"
    dialog.import_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=60_000)
    titles = {r[commitment_list.Col.TITLE] for r in commitment_list.list_rows(demo_db)}
    assert len(titles) == before + 2 and "Согласовать график поставок зерна" in titles
