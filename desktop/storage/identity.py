"""Which register is this? Recognised before anything is written, and told apart from every other.

A Kelisim SQLite file carries ``application_id`` = "KLSM" in its header; every register (SQLite or
PostgreSQL) carries one row in ``register_info`` with a random id, written when it is created. A file
or database that is another program's, or a non-empty one without the mark, is refused before a single
byte of it changes: the SQLite header is read from the file itself, before any connection switches it to
WAL, and a PostgreSQL database is only read.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal
from urllib.parse import quote
from uuid import uuid4

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import SQLAlchemyError

from desktop.domain.errors import StorageError
from desktop.domain.messages import Message
from desktop.storage.engine import APPLICATION_ID, has_table, table_names
from desktop.storage.marks import SQLITE_HEADER as SQLITE_HEADER

log = logging.getLogger(__name__)

# Tables every Kelisim register has had since the first schema: a PostgreSQL database holding them
# and an alembic_version row is a register made before the identity row existed.
KELISIM_TABLES = {"alembic_version", "agreement", "body", "commitment", "party", "status_change"}


@dataclass(frozen=True)
class RegisterIdentity:
    register_id: str
    name: str
    location: str

    @property
    def short_id(self) -> str:
        return self.register_id.replace("-", "")[:8]

    def __str__(self) -> str:
        where = f", at {self.location}" if self.location else ""
        return f"“{self.name or '?'}” (register id {self.short_id}{where})"


def new_identity(name: str, location: str) -> RegisterIdentity:
    return RegisterIdentity(register_id=str(uuid4()), name=name[:200], location=location[:2000])


# --- recognising a SQLite file without writing to it -------------------------------------------


def recognise_sqlite_file(path: Path) -> Literal["new", "ours"]:
    """'new' for a missing or zero-length file, 'ours' for a Kelisim register; raise for anything else.

    Reads the file's header with an ordinary read: no SQLite connection, so no -wal/-shm file appears
    beside another program's database and nothing in it changes.
    """
    if path.is_dir():
        raise StorageError(Message("{0} is a folder, not a database file", path))
    if not path.parent.exists():
        raise StorageError(Message("the folder {0} does not exist", path.parent))
    wal = path.with_name(path.name + "-wal")
    try:
        if not path.exists():
            if wal.exists() and wal.stat().st_size > 0:
                raise StorageError(
                    Message("{0} is missing but its -wal file is not: another program's database; left alone", path)
                )
            return "new"
        size = path.stat().st_size
        with open(path, "rb") as handle:  # before any connection exists
            header = handle.read(100)
        wal_size = wal.stat().st_size if wal.exists() else 0
    except OSError as exc:  # unreadable (permissions, I/O error): a message, not a traceback
        raise StorageError(Message("cannot read {0}: {1}", path, exc.strerror or exc)) from exc
    if size == 0 and wal_size == 0:
        return "new"
    if size and not header.startswith(SQLITE_HEADER):
        raise StorageError(Message("{0} is not a Kelisim database (not a SQLite file); it was left unchanged", path))
    if size and not _header_is_sound(header):
        raise StorageError(
            Message("the database {0} is damaged (its SQLite header is broken); restore it from a backup", path)
        )
    app_id = int.from_bytes(header[68:72], "big") if len(header) >= 72 else 0
    if app_id == 0 and wal_size:
        app_id = _application_id_through_wal(path)  # a register whose mark still sits in its -wal
    if app_id == APPLICATION_ID:
        return "ours"
    if app_id != 0:
        raise StorageError(
            Message(
                "{0} belongs to another program, not Kelisim (its SQLite application id is {1}); it was left unchanged",
                path,
                f"{app_id:#x}",
            )
        )
    raise StorageError(
        Message(
            "{0} is a SQLite database without Kelisim's mark: it belongs to another program, not "
            "Kelisim. It was left unchanged; give --db a new file name to start a register.",
            path,
        )
    )


def _header_is_sound(header: bytes) -> bool:
    """The fixed fields of a SQLite header (sqlite.org/fileformat.html#the_database_header)."""
    if len(header) < 100:
        return False
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    power_of_two = page_size >= 512 and page_size & (page_size - 1) == 0
    return power_of_two and header[21:24] == b"\x40\x20\x20"


def _application_id_through_wal(path: Path) -> int:
    try:
        with closing(sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True)) as conn:
            return int(conn.execute("PRAGMA application_id").fetchone()[0])
    except sqlite3.Error:
        return 0


def create_marked_file(path: Path) -> None:
    """Create a new register file already carrying Kelisim's mark (rollback journal: all or nothing)."""
    old_umask = os.umask(0o077)
    try:
        with closing(sqlite3.connect(path)) as conn:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.commit()
    except sqlite3.Error as exc:
        raise StorageError(Message("cannot create {0}: {1}", path, exc)) from exc
    finally:
        os.umask(old_umask)


# --- recognising a PostgreSQL database (read only) ---------------------------------------------


def recognise_postgres(engine: Engine, label: str) -> Literal["new", "ours"]:
    with engine.connect() as conn:
        tables = table_names(conn)
    if not tables:
        return "new"
    if "register_info" in tables or KELISIM_TABLES <= tables:
        return "ours"
    shown = ", ".join(sorted(tables)[:5]) + (", …" if len(tables) > 5 else "")
    raise StorageError(
        Message(
            "the database {0} is not a Kelisim register: it holds {1} tables of another program ({2}) "
            "and no Kelisim mark. Nothing was changed; give --db an empty database.",
            label,
            len(tables),
            shown,
        )
    )


# --- reading and writing the identity row -----------------------------------------------------


def read_identity(conn: Connection) -> RegisterIdentity | None:
    if not has_table(conn, "register_info"):
        return None
    row = conn.execute(text("SELECT register_id, name, location FROM register_info ORDER BY created_at")).first()
    return RegisterIdentity(str(row[0]), str(row[1]), str(row[2])) if row else None


def engine_identity(engine: Engine) -> RegisterIdentity | None:
    with engine.connect() as conn:
        return read_identity(conn)


def header_of(path: Path) -> bytes:
    with open(path, "rb") as handle:
        return handle.read(100)


def open_for_reading(path: Path) -> sqlite3.Connection:
    """A connection that reads a Kelisim SQLite file and leaves nothing beside it.

    A backup (rollback journal) is opened read-only. A read-only connection to a WAL register cannot
    checkpoint, so it would leave -wal/-shm files behind: a register in WAL mode — already recognised
    as Kelisim's by the caller — is opened normally, reads only, and its close tidies up as every
    Kelisim close does. Falls back to read-only where the file cannot be written.
    """
    header = header_of(path)
    wal_mode = len(header) >= 20 and header[18] == 2 and header[19] == 2
    if wal_mode:
        try:
            return sqlite3.connect(f"file:{quote(str(path))}?mode=rw", uri=True)
        except sqlite3.Error:
            pass
    return sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True)


def is_marked(header: bytes, path: Path) -> bool:
    app_id = int.from_bytes(header[68:72], "big") if len(header) >= 72 else 0
    if app_id == 0 and path.with_name(path.name + "-wal").exists():
        app_id = _application_id_through_wal(path)
    return app_id == APPLICATION_ID


def file_identity(path: Path) -> RegisterIdentity | None:
    """The identity inside a SQLite register or backup, read without writing; None when it has none
    or cannot be read (a damaged file, or another program's, which is not even opened)."""
    try:
        header = header_of(path)
        if not header.startswith(SQLITE_HEADER) or not is_marked(header, path):
            return None
    except OSError:
        return None
    try:
        with closing(open_for_reading(path)) as conn:
            if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'register_info'").fetchone():
                return None
            row = conn.execute("SELECT register_id, name, location FROM register_info ORDER BY created_at").fetchone()
    except sqlite3.Error:
        return None
    return RegisterIdentity(str(row[0]), str(row[1]), str(row[2])) if row else None


def write_identity(conn: Connection, identity: RegisterIdentity) -> None:
    """Make ``identity`` the register's one identity row (inside the caller's transaction)."""
    conn.execute(text("DELETE FROM register_info"))
    conn.execute(
        text("INSERT INTO register_info (register_id, name, location, created_at) VALUES (:rid, :name, :loc, :at)"),
        {"rid": identity.register_id, "name": identity.name, "loc": identity.location, "at": _now_text(conn)},
    )


def _now_text(conn: Connection) -> object:
    now = datetime.now(UTC)
    return now.strftime("%Y-%m-%d %H:%M:%S.%f") if conn.dialect.name == "sqlite" else now


def stamp_sqlite_copy(copy: sqlite3.Connection, identity: RegisterIdentity) -> None:
    """Write the source register's identity into a backup copy (the copy only; never the register)."""
    copy.execute(
        "CREATE TABLE IF NOT EXISTS register_info (register_id VARCHAR(36) NOT NULL, name VARCHAR(200) NOT NULL, "
        "location VARCHAR(2000) NOT NULL, created_at DATETIME NOT NULL, "
        "CONSTRAINT pk_register_info PRIMARY KEY (register_id))"
    )
    copy.execute("DELETE FROM register_info")
    copy.execute(
        "INSERT INTO register_info (register_id, name, location, created_at) VALUES (?, ?, ?, ?)",
        (identity.register_id, identity.name, identity.location, datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")),
    )
    copy.commit()


def settle(engine: Engine, name: str, location: str, path: Path | None) -> RegisterIdentity | None:
    """After opening: keep the identity row's location current, and give a copy of a register its own id.

    A register file copied by hand carries the original's id; when the original still sits where the
    row says, with the same id, this one is a copy and gets a new id (else it was moved, and keeps it).
    Returns the identity (None only when a read-only register could not be given one).
    """
    with engine.connect() as conn:
        current = read_identity(conn)
    if current is not None and (current.location == location or path is None):
        return current  # a server register is reached by many URLs (one per clerk): its row is not rewritten
    if current is None:
        fresh = new_identity(name, location)
    elif path is not None and _is_original_elsewhere(current, path):
        fresh = new_identity(name, location)
        log.warning("%s is a copy of the register at %s: it gets its own id %s", path, current.location, fresh)
    else:
        fresh = RegisterIdentity(current.register_id, current.name or name, location)
    try:
        from desktop.storage.engine import writer

        with writer(engine).begin() as conn:
            write_identity(conn, fresh)
    except SQLAlchemyError as exc:  # a read-only register still opens; it keeps its row as is
        log.warning("could not update the register's identity row: %s", exc)
        return current
    return fresh


def _is_original_elsewhere(current: RegisterIdentity, path: Path) -> bool:
    if not current.location or "://" in current.location:
        return False
    original = Path(current.location)
    if original == path or not original.is_file():
        return False
    theirs = file_identity(original)
    return theirs is not None and theirs.register_id == current.register_id
