"""A plain table (rows as the clerk sees them) written to a workbook: the export of a selection.

Texts are written as text: a title starting with "=" never becomes a formula.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from desktop.reports.xlsx_cells import clean, display_width, is_risky


def write_table(path: Path, headers: Sequence[str], rows: Sequence[Sequence[Any]], title: str = "Selection") -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = title[:31]
    ws.append([clean(str(h)) for h in headers])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in rows:
        ws.append([None] * len(headers))
        r = ws.max_row
        for col, value in enumerate(row, 1):
            cell = ws.cell(row=r, column=col)
            if isinstance(value, str):
                text = clean(value)
                cell.value = text
                cell.data_type = "s"
                if is_risky(text):
                    cell.quotePrefix = True
            else:
                cell.value = value
    for col, header in enumerate(headers, 1):
        widest = max([display_width(header), *(display_width(r[col - 1]) for r in rows[:200] if col <= len(r))])
        ws.column_dimensions[get_column_letter(col)].width = min(max(widest + 2, 8), 60)
    ws.freeze_panes = "A2"
    tmp = path.with_name(path.name + ".part")
    wb.save(tmp)
    tmp.replace(path)
