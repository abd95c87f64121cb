"""The Excel workbook, read back with openpyxl: sheets, real types, hostile text kept as text, safe writing."""

from __future__ import annotations

import os
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils import get_column_letter

from desktop.domain import sheet_layout as layout
from desktop.domain.filters import CommitmentFilter
from desktop.reports.excel import write_workbook
from desktop.reports.files import ExportError
from desktop.services import commitments, lookups
from desktop.services.progress import Cancelled
from desktop.services.records import CommitmentData
from desktop.services.reporting import dataset
from desktop.storage.database import Database
from tests.test_reports_dataset import HOSTILE, TODAY, add_commitments


def export(
    db: Database, path: Path, flt: CommitmentFilter | None = None, *, with_history: bool = True
) -> openpyxl.Workbook:
    write_workbook(dataset.build(db, flt or CommitmentFilter(), TODAY), path, with_history=with_history)
    return openpyxl.load_workbook(path)


def rows_of(ws: openpyxl.worksheet.worksheet.Worksheet) -> list[tuple]:
    return [tuple(c.value for c in row) for row in ws.iter_rows()]


def test_sheets_summary_and_chart(demo_db: Database, tmp_path: Path) -> None:
    wb = export(demo_db, tmp_path / "r.xlsx")
    assert wb.sheetnames == ["Summary", "Commitments", "Agreements", "Bodies", "Parties", "People", "History"]
    summary = wb["Summary"]
    assert summary["A1"].value == dataset.DEFAULT_TITLE
    assert isinstance(summary["B2"].value, datetime)
    assert summary["A4"].value == "Filter" and summary["B4"].value == "All commitments"
    values = {row[0]: row[1:3] for row in rows_of(summary) if row and row[0]}
    assert values["In progress"][0] == 6 and values["Total"][0] == 10
    assert values["Overdue"][0] == 3  # as of 1 June 2026
    assert abs(values["In progress"][1] - 0.6) < 1e-9
    assert summary["C7"].number_format == "0%"
    assert len(summary._charts) == 1  # the native bar chart of commitments by status
    with zipfile.ZipFile(tmp_path / "r.xlsx") as archive:
        charts = [name for name in archive.namelist() if name.startswith("xl/charts/chart")]
        chart_xml = archive.read(charts[0]).decode()
    # Value labels only: LibreOffice adds series and category names unless told not to.
    assert '<showVal val="1"/>' in chart_xml and '<showSerName val="0"/>' in chart_xml
    assert '<showCatName val="0"/>' in chart_xml
    assert values["    Subcommittee on Agricultural Cooperation"][:2] == (1, 1)  # not started, in progress
    assert wb.properties.title == dataset.DEFAULT_TITLE and wb.properties.creator == "Kelisim"
    assert wb.properties.created is not None


def test_printed_pages_show_the_managers_columns(demo_db: Database, tmp_path: Path) -> None:
    wb = export(demo_db, tmp_path / "r.xlsx")
    commitments_sheet = wb["Commitments"]
    assert commitments_sheet.print_area == "'Commitments'!$A$1:$R$11"  # up to "Note made"
    assert commitments_sheet["R1"].value == "Note made" and commitments_sheet["S1"].value == "Description"
    assert commitments_sheet.print_title_rows == "$1:$1"
    assert not wb["History"].print_area  # every column of the history is printed


def test_commitment_cells_have_real_types(demo_db: Database, tmp_path: Path) -> None:
    ws = export(demo_db, tmp_path / "r.xlsx")["Commitments"]
    header = [c.value for c in ws[1]]
    assert header[:9] == [
        "Reference",
        "Agreement",
        "Body",
        "Responsible party",
        "Agency",
        "Executor",
        "Controller",
        "Sector",
        "Commitment",
    ]
    assert all(c.font.b for c in ws[1])
    last = get_column_letter(len(layout.COMMITMENT_SHEET.columns))  # "W", "Last interim report", or a column added
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == f"A1:{last}11"
    assert ws.print_title_rows == "$1:$1"
    assert ws.page_setup.orientation == "landscape" and ws.sheet_properties.pageSetUpPr.fitToPage
    assert "&P" in ws.oddFooter.center.text and "&N" in ws.oddFooter.center.text
    row = {
        header[i]: cell
        for i, cell in enumerate(next(r for r in ws.iter_rows(min_row=2) if r[0].value == "KZ-CN-2024/02"))
    }
    assert row["Due date"].is_date and row["Due date"].value.date() == date(2026, 6, 30)
    assert row["Progress"].value == 0.45 and row["Progress"].number_format == "0%"
    assert row["Overdue"].value == "No"  # due 30 June 2026, the report is as of 1 June
    assert row["Status"].value == "In progress" and row["Status"].fill.fgColor.rgb == "FF90CAF9"
    assert row["Commitment"].value == "Увеличить несырьевой экспорт Казахстана в Китай"
    assert row["Commitment"].alignment.wrap_text
    assert row["Note made"].is_date
    late = next(r for r in ws.iter_rows(min_row=2) if r[0].value == "KZ-CN-2024/05")
    assert late[14].value == "Yes" and late[14].font.b
    widths = {letter: ws.column_dimensions[letter].width for letter in "ABCDEFG"}
    assert all(8 <= w <= 60 for w in widths.values())
    chinese = next(r for r in ws.iter_rows(min_row=2) if r[0].value == "KZ-CN-2024/04")
    assert chinese[4].value.startswith("中华人民共和国海关总署")
    assert chinese[8].value.startswith("Ауыл шаруашылығы өнімдерін Қытай")


def test_hostile_text_stays_text(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.write() as session:
        for index, text in enumerate(HOSTILE):
            commitments.save_in(
                session, CommitmentData(title=text, agency=text, ref=f"H-{index}", sector="Hostile"), "note " + text
            )
    path = tmp_path / "hostile.xlsx"
    ws = export(demo_db, path, CommitmentFilter(sector="hostile"))["Commitments"]
    titles = {r[0].value: r for r in ws.iter_rows(min_row=2)}
    for index, text in enumerate(HOSTILE):
        row = titles[f"H-{index}"]
        expected = text.replace("\x07", " ")  # a control character becomes a space (words never run together)
        assert row[8].value == expected and row[8].data_type == "s"
        assert row[4].value == expected and row[4].data_type == "s"
    assert titles["H-0"][8].quotePrefix  # Excel will not revive it as a formula when edited
    with zipfile.ZipFile(path) as archive:
        sheets = "".join(archive.read(n).decode() for n in archive.namelist() if n.startswith("xl/worksheets/"))
    assert "<f>" not in sheets and 't="e"' not in sheets


def test_filter_in_words_and_only_matching_rows(demo_db: Database, tmp_path: Path) -> None:
    agri = lookups.body_id_by_name(demo_db, "Subcommittee on Agricultural Cooperation")
    wb = export(demo_db, tmp_path / "f.xlsx", CommitmentFilter(body_id=agri, overdue=True))
    assert wb["Summary"]["B4"].value == "Overdue only; Body: Subcommittee on Agricultural Cooperation (with sub-bodies)"
    refs = [r[0] for r in rows_of(wb["Commitments"])[1:]]
    assert refs == ["KZ-CN-2024/04"]
    assert [r[0].strip() for r in rows_of(wb["Bodies"])[1:]] == [
        "Kazakh-Chinese Cooperation Committee",
        "Subcommittee on Agricultural Cooperation",
    ]


def test_history_sheet(demo_db: Database, tmp_path: Path) -> None:
    ws = export(demo_db, tmp_path / "h.xlsx")["History"]
    rows = rows_of(ws)
    assert rows[0] == ("Record", "Reference", "Title", "From", "To", "When", "By", "Note", "Imported by / on")
    trade = [r for r in rows[1:] if r[1] == "KZ-CN-2024/01"]
    assert [r[4] for r in trade] == ["Not started", "In progress"]
    assert trade[-1][7] == "Joint action plan on trade agreed at the committee session"
    assert isinstance(trade[-1][5], datetime) and trade[-1][6] == "test-clerk"
    assert all(len(r) < 9 or r[8] is None for r in rows[1:])  # native history: no import marker


@pytest.mark.slow
def test_cancel_leaves_no_file_and_keeps_the_old_one(demo_db: Database, tmp_path: Path) -> None:
    add_commitments(demo_db, 1200)
    target = tmp_path / "out" / "report.xlsx"
    target.parent.mkdir()
    target.write_bytes(b"previous report")
    calls = []

    def cancel_midway(done: int, total: int | None = None, message: str = "") -> None:
        calls.append(done)
        if done >= 500:
            raise Cancelled()

    with pytest.raises(Cancelled):
        write_workbook(dataset.build(demo_db, CommitmentFilter(), TODAY), target, cancel_midway)
    assert target.read_bytes() == b"previous report"
    assert sorted(p.name for p in target.parent.iterdir()) == ["report.xlsx"]
    assert calls[-1] == 500


def test_read_only_folder_gives_a_clear_message(
    demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The tests may run as root, who writes anywhere: the refusals are simulated where the OS gives them.
    data = dataset.build(demo_db, CommitmentFilter(), TODAY)
    folder = tmp_path / "locked"
    folder.mkdir()
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if Path(p) == folder else real_access(p, mode))
    with pytest.raises(ExportError, match="read-only") as caught:
        write_workbook(data, folder / "r.xlsx")
    assert str(folder / "r.xlsx") in str(caught.value)
    monkeypatch.setattr(os, "access", real_access)

    def refused(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("tempfile.mkstemp", refused)
    with pytest.raises(ExportError, match="permission denied") as caught:
        write_workbook(data, folder / "r.xlsx")
    assert str(folder / "r.xlsx") in str(caught.value)
    assert list(folder.iterdir()) == []


def test_locked_target_gives_a_clear_message(
    demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows refuses to replace a workbook open in Excel: the rename fails, the message says why."""
    target = tmp_path / "out" / "open-in-excel.xlsx"
    target.parent.mkdir()
    target.write_bytes(b"the report Excel has open")

    def locked(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(13, "The process cannot access the file because it is being used by another process")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(ExportError, match="open in another program"):
        write_workbook(dataset.build(demo_db, CommitmentFilter(), TODAY), target)
    assert target.read_bytes() == b"the report Excel has open"
    assert [p.name for p in target.parent.iterdir()] == ["open-in-excel.xlsx"]


@pytest.mark.slow
def test_missing_folder_and_folder_named_like_the_file(demo_db: Database, tmp_path: Path) -> None:
    data = dataset.build(demo_db, CommitmentFilter(), TODAY)
    with pytest.raises(ExportError, match="does not exist"):
        write_workbook(data, tmp_path / "nowhere" / "r.xlsx")
    (tmp_path / "taken.xlsx").mkdir()
    with pytest.raises(ExportError, match="a folder has that name"):
        write_workbook(data, tmp_path / "taken.xlsx")


def test_a_write_error_removes_the_partial_file(
    demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    (tmp_path / "out").mkdir()
    monkeypatch.setattr(openpyxl.Workbook, "save", disk_full)
    with pytest.raises(ExportError, match="the disk is full"):
        write_workbook(dataset.build(demo_db, CommitmentFilter(), TODAY), tmp_path / "out" / "r.xlsx")
    assert list((tmp_path / "out").iterdir()) == []


def _sheet_xml(path: Path) -> bytes:
    """The first sheet's XML in canonical form (``<c/>`` and ``<c></c>`` are the same element)."""
    from lxml import etree

    with zipfile.ZipFile(path) as book:
        return etree.tostring(etree.fromstring(book.read("xl/worksheets/sheet1.xml")), method="c14n")


def test_fast_row_writer_writes_what_openpyxl_writes(tmp_path: Path) -> None:
    """The export's row writer (rows serialised to XML text, written into the sheet's part as UTF-8) and openpyxl's
    own cell writer make the same sheet: values, types, styles, escaping, formulas kept as text, row heights."""
    from openpyxl import Workbook

    from desktop.reports.xlsx_cells import SheetCells, forget_row_height, set_row_height

    def rows(cells: SheetCells) -> list[list[object]]:
        return [
            cells.header(("Ref.", "Title", "Due", "Share"), numbers=(4,)),
            [
                cells.text("KC-1"),
                cells.wrapped(" leading & <tags> \r\n and a trailing space "),
                cells.date(date(2026, 1, 2)),
                cells.percent(0.5),
                cells.datetime(datetime(2026, 1, 2, 3, 4)),
                cells.status("completed"),
                cells.text('=HYPERLINK("http://x","y")'),
                cells.text("#N/A"),
                cells.empty(),
                cells.styled("Total", "bold"),
            ],
            [42, 3.25, True, "", "#N/A", "=1+1", date(2026, 3, 4), datetime(2026, 3, 4, 5, 6), None, "Қазақ 中文"],
            [None, None, cells.text("   "), 10**17, -0.0],
        ]

    made = []
    for fast in (True, False):
        wb = Workbook(write_only=True)
        ws = wb.create_sheet("S")
        cells = SheetCells(ws, "ru")
        if not fast:  # openpyxl's own row loop and row dimensions
            del ws._get_writer
            del ws._write_rows
            del ws._heights
        for index, row in enumerate(rows(cells), 1):
            set_row_height(ws, index, 30.0 if index == 2 else None)
            ws.append(row)
            forget_row_height(ws, index)
        path = tmp_path / f"{'fast' if fast else 'openpyxl'}.xlsx"
        wb.save(path)
        made.append(path)
    fast_xml, openpyxl_xml = (_sheet_xml(p) for p in made)
    assert b'customHeight="1" ht="30"' in fast_xml  # the stored height (attributes in canonical order)
    assert fast_xml == openpyxl_xml
    sheet = openpyxl.load_workbook(made[0])["S"]
    assert sheet["G2"].value == '=HYPERLINK("http://x","y")' and sheet["G2"].data_type == "s"
    assert sheet["B2"].value.startswith(" leading & <tags> ") and sheet["B2"].value.endswith(" trailing space ")
    assert sheet["F3"].data_type == "f"  # a raw "=…" string the code appends is openpyxl's formula, as before


def test_sheet_part_is_utf8_text_that_reads_back(tmp_path: Path) -> None:
    """The sheet's part is written as UTF-8 text (no XML library between the rows and the file): it parses
    strictly, carries Kazakh, Russian and Chinese as UTF-8 (not as character references), keeps formulas typed
    by a clerk as text, carries nothing XML forbids, and openpyxl reads back the values, styles and heights."""
    from lxml import etree
    from openpyxl import Workbook

    from desktop.reports.xlsx_cells import SheetCells, set_row_height

    typed = [
        "Қазақ тілі: ә ғ қ ң ө ұ ү һ і",
        "Сельское хозяйство",
        "农业农村部",
        "=SUM(A1:A2)",
        "+7 701 555 0101",
        "bell\x07 and\x0bbreak",
        "not\ufffeXML\uffff",
        "lone \ud800 surrogate",
        "_x000D_ is text",
        "  spaced & <b>tagged</b>  ",
    ]
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Тексты")
    cells = SheetCells(ws, "kk")
    ws.append(cells.header(("Text", "Wrapped", "Day")))
    for index, text in enumerate(typed, 2):
        set_row_height(ws, index, 45.0 if index == 2 else None)
        ws.append([cells.text(text), cells.wrapped(text), cells.date(date(2026, 12, index))])
    SheetCells(wb.create_sheet("Empty"), "kk")  # a sheet never appended to still closes into a valid part
    path = tmp_path / "text.xlsx"
    wb.save(path)

    with zipfile.ZipFile(path) as archive:
        part = archive.read("xl/worksheets/sheet1.xml")
        empty = archive.read("xl/worksheets/sheet2.xml")
    assert part.startswith(b'<?xml version="1.0" encoding="UTF-8"?>')
    assert "Қазақ тілі".encode() in part and "农业农村部".encode() in part and b"&#1" not in part
    for xml in (part, empty):
        etree.fromstring(xml)  # strict: any character XML forbids or any broken markup raises
    expected = [
        "Қазақ тілі: ә ғ қ ң ө ұ ү һ і",
        "Сельское хозяйство",
        "农业农村部",
        "=SUM(A1:A2)",
        "+7 701 555 0101",
        "bell  and\nbreak",
        "not\ufffdXML\ufffd",
        "lone \ufffd surrogate",
        "_x005F_x000D_ is text",  # as Excel writes a literal "_x000D_": Excel and our import decode it back
        "  spaced & <b>tagged</b>  ",
    ]
    for read_only in (False, True):
        book = openpyxl.load_workbook(path, read_only=read_only)
        sheet = book["Тексты"]
        rows = [tuple(c.value for c in row) for row in sheet.iter_rows(min_row=2)]
        assert [r[0] for r in rows] == expected and [r[1] for r in rows] == expected
        assert [r[2] for r in rows] == [datetime(2026, 12, day) for day in range(2, 12)]
        if read_only:
            assert list(book["Empty"].iter_rows()) == []
            book.close()
    sheet = openpyxl.load_workbook(path)["Тексты"]
    assert sheet["A5"].data_type == "s" and sheet["A5"].quotePrefix  # "=SUM(…)": text, never revived
    assert sheet["A6"].data_type == "s" and sheet["A6"].quotePrefix
    assert not sheet["A2"].quotePrefix and sheet["B2"].alignment.wrap_text and sheet["C2"].number_format == "dd.mm.yyyy"
    assert sheet.row_dimensions[2].height == 45.0 and sheet.row_dimensions[3].height is None
    assert sheet["A1"].font.b and sheet.freeze_panes is None
