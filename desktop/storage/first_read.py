"""A register file read before SQLAlchemy is imported, for the window's first screenful only.

The window's start-up paints the Commitments list's first rows straight from the file (``services.first_screen``)
and opens the register properly — SQLAlchemy, the checks, migrations — once they are on screen. Only a file that
is plainly a current Kelisim register is read here: its header marked as Kelisim's, no rollback journal waiting to
be replayed (reading would write), no write-ahead log holding pages (a crash, or another process at work), its
schema at the migration files' head. For anything else ``connect`` gives None and the window opens the register
first, as before, where every refusal has its message. Nothing here writes (``query_only``), and the connection is
closed before the register is opened.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path
from urllib.parse import quote

from desktop.storage.marks import APPLICATION_ID, SQLITE_HEADER
from desktop.storage.migrate import is_current


def connect(path: Path) -> sqlite3.Connection | None:
    """A read-only connection to ``path`` when it is a current Kelisim register, else None."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
        if path.with_name(path.name + "-journal").exists():
            return None
        wal = path.with_name(path.name + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            return None  # written since its last checkpoint (a crash, or another process at work): the open decides
    except OSError:
        return None
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        return None
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        return None
    try:
        # Read-write mode, but query_only: a read-only connection to a WAL register leaves its -wal and -shm files
        # behind (it may not remove them), where the last connection closing removes them. The file is a Kelisim
        # register (its header says so) and this window holds its lock.
        # timeout 0: a register busy being written is read after its open, not waited for before the first paint.
        conn = sqlite3.connect(f"file:{quote(str(path))}?mode=rw", uri=True, timeout=0)
    except sqlite3.Error:
        return None
    try:
        conn.execute("PRAGMA query_only = ON")
        stored = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.Error:
        conn.close()
        return None
    if not is_current([row[0] for row in stored]):
        conn.close()
        return None
    return conn


def read(path: Path, statements: dict[str, str]) -> dict[str, list[tuple[object, ...]]] | None:
    """Every statement's rows, read in one transaction from ``path`` when ``connect`` takes it; None when it
    does not, or when the file cannot be read as expected (the register's own open then says why)."""
    conn = connect(path)
    if conn is None:
        return None
    with closing(conn):
        try:
            conn.execute("BEGIN")
            return {name: conn.execute(sql).fetchall() for name, sql in statements.items()}
        except sqlite3.Error:
            return None
