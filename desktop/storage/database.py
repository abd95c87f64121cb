"""Opening a register: checks, backup before migration, migrations, session factories."""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, inspect
from sqlalchemy.exc import DatabaseError
from sqlmodel import Session

from desktop.domain.errors import KelisimError, StorageError
from desktop.domain.messages import Message
from desktop.storage import backup, migrate
from desktop.storage.engine import APPLICATION_ID, make_engine, sqlite_path, writer
from desktop.storage.errors import translate_operational_error

log = logging.getLogger(__name__)

NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "sshfs", "fuse.sshfs", "9p", "afs", "davfs"}


@dataclass
class Database:
    engine: Engine
    path: Path | None
    warnings: list[Message]

    @contextmanager
    def read(self) -> Iterator[Session]:
        with translate_operational_error(), Session(self.engine, expire_on_commit=False) as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: everything inside lands, or nothing does."""
        with translate_operational_error(), Session(writer(self.engine), expire_on_commit=False) as session:
            with session.begin():
                yield session

    @property
    def label(self) -> str:
        return str(self.path) if self.path else self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()


def filesystem_type(path: Path) -> str | None:
    """The mount's filesystem type on Linux; None where it cannot be told."""
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return None
    best, fstype = "", None
    resolved = str(path.resolve())
    for line in mounts:
        fields = line.split()
        if len(fields) >= 3 and resolved.startswith(fields[1]) and len(fields[1]) > len(best):
            best, fstype = fields[1], fields[2]
    return fstype


def _check_sqlite_file(path: Path) -> None:
    if path.is_dir():
        raise StorageError(Message("{0} is a folder, not a database file", path))
    if not path.parent.exists():
        raise StorageError(Message("the folder {0} does not exist", path.parent))
    try:
        if path.exists() and path.stat().st_size > 0:
            with open(path, "rb") as handle:  # read before any connection exists
                header = handle.read(16)
            if header != b"SQLite format 3\x00":
                raise StorageError(Message("{0} is not a Kelisim database (not a SQLite file)", path))
    except OSError as exc:  # unreadable (permissions, I/O error): a message, not a traceback
        raise StorageError(Message("cannot read {0}: {1}", path, exc.strerror or exc)) from exc


def _check_identity(engine: Engine) -> bool:
    """True for a new empty file; raise for a SQLite file that is not ours or is damaged."""
    with engine.connect() as conn:
        app_id = conn.exec_driver_sql("PRAGMA application_id").scalar()
        tables = set(inspect(conn).get_table_names())
        if app_id not in (0, APPLICATION_ID) or (app_id == 0 and tables):
            raise StorageError(Message("this SQLite file belongs to another program, not Kelisim"))
        check = conn.exec_driver_sql("PRAGMA quick_check").scalar()
        if check != "ok":
            raise StorageError(Message("the database is damaged ({0}); restore it from a backup", check))
        return not tables


def open_database(target: str | Path, *, auto_backup: bool = True, daily_backup: bool = True) -> Database:
    """Open (creating if needed) and migrate a register.

    ``auto_backup`` backs up before a migration and, with ``daily_backup``, once a day; the window
    passes ``daily_backup=False`` and makes the daily copy off the GUI thread once it is showing.
    Raises StorageError with a message for the user when the file cannot be used.
    """
    text = str(target)
    path = None if "://" in text else Path(text).expanduser().resolve()
    warnings: list[Message] = []
    if path is not None:
        _check_sqlite_file(path)
        if (filesystem_type(path.parent) or "") in NETWORK_FILESYSTEMS:
            warnings.append(
                Message(
                    "The database is on a network drive. SQLite can be corrupted there when several "
                    "people use it: keep it on a local disk, or use a PostgreSQL server for a department."
                )
            )
    engine: Engine | None = None
    try:
        engine = make_engine(path if path is not None else text)
        if sqlite_path(engine) is not None:
            fresh = _check_identity(engine)
            if fresh:
                # Mark a new file as ours before building it: a crash mid-migration must not
                # leave tables without the mark, which the next open would refuse as foreign.
                _mark_as_kelisim(engine)
        else:
            fresh = migrate.current_revision(engine) is None
        if migrate.needs_upgrade(engine):
            if not fresh and auto_backup:
                backup.automatic_backup(engine, "before-migration")
            migrate.upgrade(engine)
        if sqlite_path(engine) is not None:
            _mark_as_kelisim(engine)
            if auto_backup and daily_backup and not fresh:
                warning = make_daily_backup(engine)
                if warning:
                    warnings.append(warning)
    except DatabaseError as exc:
        # DatabaseError, not only OperationalError: a damaged file ("file is not a database")
        # must give the user a message, not a traceback.
        _dispose(engine)
        raise StorageError(translate_message(exc, path)) from exc
    except (sqlite3.Error, OSError) as exc:
        _dispose(engine)
        raise StorageError(Message("cannot open {0}: {1}", path or text, exc)) from exc
    except KelisimError:
        _dispose(engine)  # refused (foreign, damaged, newer schema): release the file
        raise
    if path is not None and not os.access(path, os.W_OK):
        warnings.append(Message("The database file is read-only: changes cannot be saved."))
    return Database(engine=engine, path=path, warnings=warnings)


def make_daily_backup(engine: Engine) -> Message | None:
    """Today's automatic backup, unless one exists; returns a warning when it could not be made.

    The register itself is fine either way: a failed copy must not keep it closed.
    """
    path = sqlite_path(engine)
    if path is None or backup.latest_backup_today(path) is not None:
        return None
    try:
        backup.automatic_backup(engine, "daily")
    except StorageError as exc:
        log.warning("daily backup failed: %s", exc)
        return Message("Today's automatic backup could not be made: {0}", exc.describe())
    return None


def _mark_as_kelisim(engine: Engine) -> None:
    with engine.connect() as conn:
        if conn.exec_driver_sql("PRAGMA application_id").scalar() == APPLICATION_ID:
            return  # already ours: no write, so a read-only register still opens
        conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.commit()


def _dispose(engine: Engine | None) -> None:
    if engine is not None:
        engine.dispose()


def translate_message(exc: Exception, path: Path | None) -> Message:
    from desktop.storage.errors import storage_message

    return storage_message(exc, path)
