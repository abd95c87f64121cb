"""The import's fast paths give the same results as the plain ones."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import select

from desktop.domain.models import Commitment, StatusChange
from desktop.services.importing.apply import import_workbook
from desktop.services.importing.workbook import read_workbook
from desktop.storage.database import Database

HEADER = ["Ref", "Title", "Due date", "Status", "Progress"]
ROWS = [
    ["IMP-1", "Жоспар қағазы 农业", date(2031, 5, 20), "in progress", 40],
    ["IMP-2", "Второе обязательство", date(2032, 1, 2), "not started", 0],
]


def _save(path: Path, write_only: bool) -> Path:
    book = Workbook(write_only=write_only)
    sheet = book.create_sheet("Commitments") if write_only else book.active
    sheet.title = "Commitments"
    for row in [HEADER, *ROWS]:
        sheet.append(row)
    book.save(path)
    return path


def test_sheets_with_and_without_a_dimension_tag_read_every_row(tmp_path: Path) -> None:
    # A write-only workbook (like Kelisim's own export) has no <dimension>; Excel's files have one.
    for write_only in (True, False):
        path = _save(tmp_path / f"book-{write_only}.xlsx", write_only)
        has_tag = b"<dimension" in zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml")
        assert has_tag is not write_only
        sheet = read_workbook(path).sheets[0]
        assert [values[:2] for _n, values in sheet.rows] == [tuple(HEADER[:2]), *(tuple(r[:2]) for r in ROWS)]
        assert sheet.rows[1][1][2].date() == date(2031, 5, 20)


def test_driver_level_inserts_store_what_the_editor_stores(db: Database, tmp_path: Path) -> None:
    result = import_workbook(db, _save(tmp_path / "book.xlsx", True))
    assert result.written and not result.plan.rejections
    with db.read() as session:
        rows = session.execute(
            select(
                Commitment.ref,
                Commitment.title,
                Commitment.due_date,
                Commitment.status,
                Commitment.progress,
                Commitment.created_at,
                Commitment.version,
            ).order_by(Commitment.ref)
        ).all()
        changes = session.execute(
            select(StatusChange.to_status, StatusChange.changed_at).where(StatusChange.commitment_id.is_not(None))
        ).all()
    assert [(r.ref, r.title, r.due_date, r.status, r.progress, r.version) for r in rows] == [
        ("IMP-1", "Жоспар қағазы 农业", date(2031, 5, 20), "in_progress", 40, 1),
        ("IMP-2", "Второе обязательство", date(2032, 1, 2), "not_started", 0, 1),
    ]
    # Timestamps come back as aware UTC datetimes through the model's column type.
    assert all(r.created_at.tzinfo is not None for r in rows)
    assert sorted(c.to_status for c in changes) == ["in_progress", "not_started"]
    assert all(c.changed_at.tzinfo is not None for c in changes)
