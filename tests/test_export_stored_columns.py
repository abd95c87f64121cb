"""Every column of the Commitments sheet that is stored in the register is written by the Excel export.

Driven by the layout and the model, not a list: a field added to commitments (its column in
``sheet_layout.COMMITMENT_SHEET``, a column of ``Commitment``) fails here until the export writes it.
Both writers (the built dataset and the streamed one) are read back with openpyxl on both engines.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import select

from desktop.domain import sheet_layout as layout
from desktop.domain.models import Commitment
from desktop.reports.excel import write_streamed, write_workbook
from desktop.services import commitment_list, commitments
from desktop.services.reporting import dataset
from desktop.services.reporting.dataset_stream import open_stream
from desktop.storage.database import Database

TODAY = date(2026, 6, 1)
LANGUAGE = "ru"
TABLE = Commitment.__table__  # type: ignore[attr-defined]
STORED = tuple(c for c in layout.COMMITMENT_SHEET.columns if not c.derived and c.key in TABLE.c)


def _mark_plain_columns(db: Database) -> None:
    """Give the columns the report carries by name (a field added to commitments) a value to find."""
    cid = commitment_list.id_for_ref(db, "KZ-CN-2024/01")
    data = commitments.get(db, cid)
    marks: dict[str, Any] = {
        name: date(2027, 3, 4) if name in dataset.MORE_DATES else f"=mark {name}" for name in dataset.MORE_COLUMNS
    }
    if marks:
        commitments.save(db, replace(data, **marks))


def _shown(value: Any) -> Any:
    return value.date() if isinstance(value, datetime) else value


def _matches(stored: Any, cell: Any) -> bool:
    cell = _shown(cell)
    if isinstance(stored, str):
        return (cell or "") == stored or cell == dataset.label(stored, LANGUAGE)  # words (priority, status) translated
    if isinstance(stored, int) and isinstance(cell, int | float) and cell != stored:
        return round(cell * 100) == stored  # progress as a percentage
    return bool(cell == stored)


@pytest.mark.parametrize("streamed", [False, True], ids=["built", "streamed"])
def test_every_stored_commitment_column_is_exported(demo_db: Database, tmp_path: Path, streamed: bool) -> None:
    _mark_plain_columns(demo_db)
    target = tmp_path / "register.xlsx"
    if streamed:
        with open_stream(demo_db, today=TODAY, language=LANGUAGE) as report:
            write_streamed(report, target)
    else:
        write_workbook(dataset.build(demo_db, today=TODAY, language=LANGUAGE), target)
    with demo_db.read() as session:
        stored = {r.ref: r for r in session.execute(select(*(TABLE.c[c.key] for c in STORED)))}
    assert len(stored) == 10

    wb = openpyxl.load_workbook(target, read_only=True)
    try:
        rows = list(wb[layout.COMMITMENT_SHEET.name_in(LANGUAGE)].iter_rows(values_only=True))
    finally:
        wb.close()
    headers = rows[0]
    at = {}
    for column in STORED:
        header = column.header_in(LANGUAGE)
        assert header in headers, f"the stored column {column.key!r} ({header}) is not in the exported sheet"
        at[column.key] = headers.index(header)
    pad = (None,) * len(headers)  # a row read back ends at its last filled cell
    written = {row[at["ref"]]: row + pad[len(row) :] for row in rows[1:]}
    assert set(written) == set(stored)
    for ref, record in stored.items():
        for column in STORED:
            value = getattr(record, column.key)
            cell = written[ref][at[column.key]]
            assert _matches(value, cell), f"{ref}: {column.key} stored {value!r}, exported {cell!r}"
    for name in dataset.MORE_COLUMNS:  # the marked one is there, typed as stored (text stays text)
        cell = _shown(written["KZ-CN-2024/01"][at[name]])
        assert cell == (date(2027, 3, 4) if name in dataset.MORE_DATES else f"=mark {name}")
