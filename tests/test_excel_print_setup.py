"""Every sheet of every kind of workbook prints as people print: landscape A4, one page wide at a readable scale,
the header row repeated on every page, the report's title above and "Page X of Y" below — read back with openpyxl
from the streamed export, the briefing edition, a workbook with History, and one rebuilt --as-of."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils import column_index_from_string, get_column_letter

from desktop.reports.jobs import export_report
from desktop.storage.database import Database

A4_LANDSCAPE_INCHES = 297 / 25.4
TABLE_SHEETS = {"Commitments", "Agreements", "Bodies", "Parties", "People", "History"}
READABLE = 0.55  # Calibri 11 printed at 55 % is 6 pt; a third of full size (the fault) was about 4 pt


def _printed_columns(ws: openpyxl.worksheet.worksheet.Worksheet) -> int:
    area = ws.print_area
    if not area:
        return ws.max_column
    last = area.split("!")[-1].split(":")[1]
    return column_index_from_string("".join(ch for ch in last if ch.isalpha()))


def _scale(ws: openpyxl.worksheet.worksheet.Worksheet) -> float:
    """The scale "fit to one page wide" prints at: the printable width over the printed columns' width (pixels
    at 96 dpi; a column of width w characters is w·7 + 5 pixels in Calibri 11)."""
    pixels = sum(
        (ws.column_dimensions[get_column_letter(c)].width or 8.43) * 7 + 5 for c in range(1, _printed_columns(ws) + 1)
    )
    printable = (A4_LANDSCAPE_INCHES - ws.page_margins.left - ws.page_margins.right) * 96
    return min(1.0, printable / pixels)


@pytest.mark.parametrize(
    ("name", "options"),
    [
        ("streamed", {}),
        ("history", {"with_history": True}),
        ("briefing", {"edition": "briefing", "since": date.today() - timedelta(days=30)}),
        ("as_of", {"as_of": date.today()}),
        ("russian", {"language": "ru", "with_history": True}),
    ],
)
@pytest.mark.slow
def test_every_sheet_prints_landscape_one_page_wide_with_its_titles(
    demo_db: Database, tmp_path: Path, name: str, options: dict[str, object]
) -> None:
    out = tmp_path / f"{name}.xlsx"
    export_report(demo_db, lambda *a: None, kind="xlsx", target=str(out), **options)  # type: ignore[arg-type]
    wb = openpyxl.load_workbook(out)
    english = options.get("language", "en") == "en"
    if english:
        assert ("History" in wb.sheetnames) == bool(options.get("with_history"))
        assert ("Briefing" in wb.sheetnames) == (options.get("edition") == "briefing")
    for index, ws in enumerate(wb.worksheets):
        ps = ws.page_setup
        assert ps.orientation == "landscape" and int(ps.paperSize) == 9, ws.title  # A4
        assert ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
        assert int(ps.fitToWidth) == 1 and int(ps.fitToHeight) == 0, ws.title  # one page wide, as many long
        assert _scale(ws) >= READABLE, (ws.title, round(_scale(ws), 2))
        assert ws.oddHeader.left.text, ws.title  # the report's title on every page
        assert "&P" in ws.oddFooter.center.text and "&N" in ws.oddFooter.center.text, ws.title
        if not english:
            continue
        if ws.title in TABLE_SHEETS:
            assert ws.print_title_rows == "$1:$1", ws.title  # the header row repeated on every printed page
            assert ws.freeze_panes == "A2", ws.title
            headers = [ws.cell(1, c).value for c in range(1, _printed_columns(ws) + 1)]
            assert all(headers), (ws.title, headers)  # the print area ends at a headed column
        else:
            assert index < 2 and ws.title in ("Summary", "Briefing")
