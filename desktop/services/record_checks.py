"""Damage inside a record, for `check`: every stored text value read back (storage/record_check.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from desktop.storage import record_check
from desktop.storage.database import open_database
from desktop.storage.location import register_path
from desktop.storage.record_check import DamagedField

__all__ = ["DamagedField", "RecordsReport", "check_records"]


@dataclass
class RecordsReport:
    damaged: list[DamagedField] = field(default_factory=list)
    newest_clean: Path | None = None  # the newest own backup without the damage (a file register)
    rows_read: int = 0  # a server register: rows read back


def check_records(target: str | Path) -> RecordsReport:
    """Read every record of the register back: a file's undecodable text values by table, reference and
    field, with the newest backup without them; a server register's rows (PostgreSQL validates text when
    it is stored, so there reading back proves each row can be read)."""
    path = register_path(target)
    if path is not None:
        scan = record_check.scan_file(path)
        clean = record_check.newest_backup_without_damage(path) if scan.damaged else None
        return RecordsReport(scan.damaged, clean)
    db = open_database(str(target), auto_backup=False)
    try:
        return RecordsReport(rows_read=record_check.read_back_server(db.engine))
    finally:
        db.close()
