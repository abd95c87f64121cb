"""Opening a register: checks, backup before migration, migrations, session factories."""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import URL
from sqlalchemy.exc import DatabaseError
from sqlmodel import Session

from desktop.domain.errors import KelisimError, StorageError
from desktop.domain.messages import Message
from desktop.storage import identity, migrate, record_check
from desktop.storage.engine import APPLICATION_ID, make_engine, sqlite_path, writer
from desktop.storage.errors import translate_operational_error
from desktop.storage.location import register_target, server_location

log = logging.getLogger(__name__)

# The start-up read-back of every text value stops after this long; `kelisim check` reads everything.
STARTUP_RECORD_SCAN_S = 0.1
NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "sshfs", "fuse.sshfs", "9p", "afs", "davfs"}


@dataclass
class Database:
    engine: Engine
    path: Path | None
    warnings: list[Message]
    # True while the integrity check of an opened file is still owed (``open_database(defer_check=True)``).
    check_pending: bool = False
    # True while the read-back of every record's text is still owed (``open_database(defer_scan=True)``).
    scan_pending: bool = False
    _check_lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with translate_operational_error(), Session(self.engine, expire_on_commit=False) as session:
            yield session

    def verify(self) -> None:
        """The integrity check (``PRAGMA quick_check``) a deferred open still owes; raises StorageError when
        the file is damaged. Runs once: later calls return at once (or wait for the running one). A failed
        check is not remembered as done, so after a restore the next write checks the file again."""
        if not self.check_pending:
            return
        with self._check_lock:
            if not self.check_pending:
                return
            with translate_operational_error():
                _quick_check(self.engine)
            self.check_pending = False

    def scan_records(self) -> Message | None:
        """The start-up read-back of the records' text a deferred open still owes (``defer_scan``): a
        warning naming the damaged records, or None. Runs once; off the GUI thread in the window."""
        if not self.scan_pending or self.path is None:
            return None
        self.scan_pending = False
        return damaged_records_warning(self.engine, budget_s=STARTUP_RECORD_SCAN_S)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: everything inside lands, or nothing does. Never before the integrity check."""
        self.verify()
        with translate_operational_error(), Session(writer(self.engine), expire_on_commit=False) as session:
            with session.begin():
                yield session

    @property
    def target(self) -> str:
        """What another process passes to ``open_database`` to reach this register (a PostgreSQL URL keeps its
        password: it is handed to a child process, never shown)."""
        if self.path is not None:
            return str(self.path)
        return self.engine.url.render_as_string(hide_password=False)

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


def _check_sqlite_contents(engine: Engine, *, check: bool = True) -> bool:
    """True for a new register without tables yet; with ``check``, raise for a damaged one (header already
    recognised)."""
    with engine.connect() as conn:
        tables = conn.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ).scalar()
    if check and tables:
        _quick_check(engine)
    return not tables


def _quick_check(engine: Engine) -> None:
    """``PRAGMA quick_check`` reads every page of the file: ~0.2 s per 20,000 commitments."""
    if sqlite_path(engine) is None:
        return  # PostgreSQL checks its own pages
    with engine.connect() as conn:
        check = conn.exec_driver_sql("PRAGMA quick_check").scalar()
    if check != "ok":
        raise StorageError(Message("the database is damaged ({0}); restore it from a backup", check))


def open_database(
    target: str | Path | URL,
    *,
    auto_backup: bool = True,
    daily_backup: bool = True,
    defer_check: bool = False,
    defer_scan: bool = False,
) -> Database:
    """Open (creating if needed) and migrate a register.

    The file or database is recognised before anything is written to it: another program's, or a
    non-empty one without Kelisim's mark, is refused unchanged. ``auto_backup`` backs up before a
    migration and, with ``daily_backup``, once a day; the window passes ``daily_backup=False`` and makes
    the daily copy off the GUI thread once it is showing. ``defer_check`` leaves the integrity check of
    an existing, current file to ``Database.verify``, which ``write`` calls first: the window checks after
    its first paint, a read-only command never waits for it. Anything this open itself writes (a
    migration, the identity row, the daily backup) waits for the check. ``defer_scan`` leaves the read-back
    of the records' text (its warning) to ``Database.scan_records``: the window runs it after its first
    paint. Raises StorageError with a message for the user when the register cannot be used.
    """
    found = register_target(target)
    path = found if isinstance(found, Path) else None
    label = str(path) if path is not None else server_location(found)  # type: ignore[arg-type]
    warnings: list[Message] = []
    if path is not None:
        state = identity.recognise_sqlite_file(path)  # reads the header only: nothing written yet
        if (filesystem_type(path.parent) or "") in NETWORK_FILESYSTEMS:
            warnings.append(
                Message(
                    "The database is on a network drive. SQLite can be corrupted there when several "
                    "people use it: keep it on a local disk, or use a PostgreSQL server for a department."
                )
            )
        if state == "new":
            # Marked as ours before any table exists: a crash mid-migration leaves a file the next
            # open recognises, not one it must refuse as foreign.
            identity.create_marked_file(path)
    engine: Engine | None = None
    check_pending = False
    scan_pending = False
    try:
        engine = make_engine(found)
        if path is not None:
            fresh = _check_sqlite_contents(engine, check=not defer_check)
            check_pending = defer_check and not fresh
        else:
            fresh = identity.recognise_postgres(engine, label) == "new"
        name = path.stem if path is not None else str(found.database or "postgresql")  # type: ignore[union-attr]
        existing = identity.engine_identity(engine)
        seed = existing or identity.new_identity(name, label)
        upgrade = migrate.needs_upgrade(engine)
        settles = path is not None and (existing is None or existing.location != label)
        if check_pending and (upgrade or settles or (auto_backup and daily_backup)):
            # A damaged file is never migrated, re-stamped or copied over the sound backups.
            _quick_check(engine)
            check_pending = False
        if upgrade:
            if not fresh and auto_backup:
                from desktop.storage import backup

                # No migration without a way back: a failed backup keeps the register closed.
                backup.automatic_backup(engine, "before-migration", identity=seed)
            migrate.upgrade(engine, seed=seed)
        if path is not None:
            _mark_as_kelisim(engine)
            if not fresh and defer_scan:
                scan_pending = True
            elif not fresh:
                warning = damaged_records_warning(engine, budget_s=STARTUP_RECORD_SCAN_S)
                if warning:
                    warnings.append(warning)
        identity.settle(engine, name, label, path)
        if auto_backup and daily_backup and not fresh and path is not None:
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
        raise StorageError(Message("cannot open {0}: {1}", label, exc)) from exc
    except KelisimError:
        _dispose(engine)  # refused (foreign, damaged, newer schema): release the file
        raise
    if path is not None and not os.access(path, os.W_OK):
        warnings.append(Message("The database file is read-only: changes cannot be saved."))
    return Database(engine=engine, path=path, warnings=warnings, check_pending=check_pending, scan_pending=scan_pending)


def make_daily_backup(engine: Engine) -> Message | None:
    """Today's automatic backup of this register, unless it has one; a warning when it could not be made.

    Only the register's own backups count: another register's daily backup in the same folder does
    not stand in for this one's. The register itself is fine either way: a failed copy must not keep
    it closed. (A server register is backed up by the department's own schedule, not at each start.)
    """
    from desktop.storage import backup  # loaded by the opens that make the daily copy (`list` reads only)

    if sqlite_path(engine) is None or backup.latest_daily(engine) is not None:
        return None
    try:
        backup.automatic_backup(engine, "daily")
    except StorageError as exc:
        log.warning("daily backup failed: %s", exc)
        return Message("Today's automatic backup could not be made: {0}", exc.describe())
    return None


def damaged_records_warning(engine: Engine, *, budget_s: float | None = None) -> Message | None:
    """A warning naming the records whose text cannot be decoded in the open register, or None when none were
    found (read through the register's own connections: ``record_check.scan_engine`` says why)."""
    try:
        scan = record_check.scan_engine(engine, budget_s=budget_s)
    except sqlite3.Error as exc:  # a read-only folder without the WAL index, say: the open goes on
        log.warning("records not read back at start-up: %s", exc)
        return None
    if not scan.damaged:
        return None
    shown = Message.verbatim("; ".join(str(d) for d in scan.damaged[:5]))
    if len(scan.damaged) > 5:
        shown = Message("{0} and %n more", shown, n=len(scan.damaged) - 5)
    return Message(
        "Damaged records: {0}. They are shown with replacement characters (�); "
        "run {1} to find the newest backup without this damage.",
        shown,
        "kelisim check",
    )


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
