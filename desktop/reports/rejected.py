"""The rejected rows of an import as a workbook: each sheet's header, the refused rows as the file had them,
and a last column saying why — for the clerk to fix and import again."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from desktop.reports.xlsx_cells import clean, is_risky


def _safe(ws: Any, value: Any) -> Any:
    """A cell value that stays what the file said: text never becomes a formula or an error code."""
    from openpyxl.cell import WriteOnlyCell

    if value is None or isinstance(value, bool | int | float | date | datetime):
        return value
    text = clean(str(value))
    if not is_risky(text):
        return text
    cell = WriteOnlyCell(ws, value=None)
    cell._value = text  # set as text: openpyxl would read "=…" as a formula
    cell.data_type = "s"
    cell.quotePrefix = True  # Excel keeps it text when the cell is edited
    return cell


def write_rejected_rows(
    source: Path,
    target: Path,
    rejected: Sequence[tuple[str, int, str]],
    header_rows: Mapping[str, int],
    reason_header: str,
) -> int:
    """Copy the rows ``rejected`` names (sheet, Excel row, reason) from ``source`` to ``target``; returns how
    many rows were written. Several reasons for one row are joined in its reason cell."""
    from openpyxl import Workbook

    from desktop.services.importing.workbook import read_workbook

    book = read_workbook(source)
    sheets = {sheet.name: sheet for sheet in book.sheets}
    reasons: dict[str, dict[int, list[str]]] = {}
    for sheet_name, row, reason in rejected:
        found = reasons.setdefault(sheet_name, {}).setdefault(row, [])
        if reason not in found:
            found.append(reason)
    out = Workbook(write_only=True)
    written = 0
    for sheet_name, rows in reasons.items():
        data = sheets.get(sheet_name)
        values = dict(data.rows) if data is not None else {}
        ws = out.create_sheet(title=sheet_name[:31] or "Sheet")
        header = list(values.get(header_rows.get(sheet_name, 0), ()))
        width = max([len(header)] + [len(values.get(r, ())) for r in rows])
        ws.append([_safe(ws, v) for v in header] + [None] * (width - len(header)) + [_safe(ws, reason_header)])
        for row in sorted(rows):
            cells = list(values.get(row, ()))
            ws.append([_safe(ws, v) for v in cells] + [None] * (width - len(cells)) + [_safe(ws, "\n".join(rows[row]))])
            written += 1
    out.save(target)
    return written
