"""Damage inside a record: stored text that no longer decodes (flipped bytes in a SQLite file).

``PRAGMA integrity_check`` checks pages and indexes, not whether the text inside a record is still UTF-8:
four flipped bytes inside a title pass it. This reads every text value of a SQLite register back and names
each record that cannot be decoded by table, reference and field. PostgreSQL validates UTF-8 when a value
is stored, so a PostgreSQL register cannot hold such a value and needs no scan.
"""

from __future__ import annotations

import sqlite3
import time
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, select, text
from sqlalchemy import table as table_clause

from desktop.storage.engine import table_names

# The column a clerk knows a record by; other tables are named by their id.
REFERENCE_COLUMNS = {
    "commitment": "ref",
    "agreement": "reg_number",
    "party": "name",
    "body": "name",
}
SEPARATOR = b"\x1f"
CHUNK = 2000


@dataclass(frozen=True)
class DamagedField:
    table: str
    reference: str
    field: str

    def __str__(self) -> str:
        return f"{self.table} {self.reference}: field '{self.field}' cannot be read (not UTF-8 text)"


@dataclass
class RecordScan:
    damaged: list[DamagedField] = field(default_factory=list)
    complete: bool = True  # False when the time budget ran out before every record was read


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _text_columns(conn: sqlite3.Connection, table: str) -> list[str]:
    # Every column but the numeric ones and the binary ones (attached files' bytes, checked by their SHA-256):
    # text, dates stored as text, and columns without a declared type.
    numeric = ("INT", "REAL", "FLOA", "DOUB", "NUM", "DEC", "BOOL", "BLOB")
    return [
        row[1]
        for row in conn.execute(f"PRAGMA table_info({_quote(table)})")
        if not any(kind in str(row[2]).upper() for kind in numeric)
    ]


def _decodes(value: object) -> bool:
    if not isinstance(value, bytes):
        return True
    try:
        value.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def scan_connection(conn: sqlite3.Connection, *, budget_s: float | None = None) -> RecordScan:
    """Read every text value back through ``conn`` (its text factory is switched to bytes meanwhile)."""
    started = time.monotonic()
    result = RecordScan()
    tables = {
        str(r[0]): _text_columns(conn, str(r[0]))
        for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        if not str(r[0]).startswith("sqlite_") and r[0] != "alembic_version"
    }
    previous = conn.text_factory
    conn.text_factory = bytes  # the stored bytes, to be decoded here
    try:
        for table, columns in tables.items():
            if not columns:
                continue
            reference = REFERENCE_COLUMNS.get(table)
            # One value per row (its text columns joined) keeps the scan to one decode per record;
            # only a row that fails is looked at field by field.
            joined = " || char(31) || ".join(f"coalesce(CAST({_quote(c)} AS TEXT), '')" for c in columns)
            ref_sql = f"CAST({_quote(reference)} AS TEXT)" if reference else "NULL"
            cursor = conn.execute(f"SELECT rowid, {ref_sql}, {joined} FROM {_quote(table)} ORDER BY rowid")
            while rows := cursor.fetchmany(CHUNK):
                for rowid, ref, text in rows:
                    if _decodes(text):
                        continue
                    values = conn.execute(
                        f"SELECT {', '.join(_quote(c) for c in columns)} FROM {_quote(table)} WHERE rowid = ?",
                        (rowid,),
                    ).fetchone()
                    name = ref.decode("utf-8", "replace") if isinstance(ref, bytes) and ref else f"id {rowid}"
                    for column, value in zip(columns, values, strict=True):
                        if not _decodes(value):
                            result.damaged.append(DamagedField(table, name, column))
                if budget_s is not None and time.monotonic() - started > budget_s:
                    result.complete = False
                    return result
    finally:
        conn.text_factory = previous
    return result


def scan_engine(engine: Engine, *, budget_s: float | None = None) -> RecordScan:
    """Scan the register this process has open, through one of its own connections.

    Never through a second handle on the file: closing any descriptor of a file drops every POSIX lock this
    process holds on it, the shared lock each of its WAL connections keeps on the register included. The next
    process to close its last connection (an import or export job) would then take the file for unused,
    check-point and delete the WAL and its index under this process's open connections: a damaged register.
    """
    pooled = engine.raw_connection()
    try:
        conn: sqlite3.Connection = pooled.driver_connection  # type: ignore[assignment]
        return scan_connection(conn, budget_s=budget_s)
    finally:
        pooled.close()


def scan_file(path: Path, *, budget_s: float | None = None) -> RecordScan:
    """Scan a register or backup file; it only reads, and leaves nothing beside the file (any file name)."""
    from desktop.storage.identity import open_for_reading

    with closing(open_for_reading(path)) as conn:
        return scan_connection(conn, budget_s=budget_s)


def read_back_server(engine: Engine) -> int:
    """Read every row of every table of a server register back (PostgreSQL); returns the number of rows.

    The server validates text as it stores it, so a record whose text cannot be decoded cannot exist there;
    reading everything back still proves each row can be read (a damaged page fails the read).
    """
    total = 0
    with engine.connect() as conn:
        for table in sorted(table_names(conn)):
            for _row in conn.execute(select(text("*")).select_from(table_clause(table))):
                total += 1
    return total


def newest_backup_without_damage(db_file: Path) -> Path | None:
    """The newest automatic backup that passes its checks and whose every text value decodes."""
    from desktop.domain.errors import StorageError
    from desktop.storage import backup

    for candidate in backup.list_backups(db_file):
        try:
            backup.inspect_backup(candidate)
        except StorageError:
            continue
        if not scan_file(candidate).damaged:
            return candidate
    return None
