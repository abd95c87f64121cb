"""Online backups through SQLite's backup API, never by copying the live file."""

from __future__ import annotations

import logging
import os
import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine

from desktop.domain.errors import StorageError
from desktop.domain.messages import Message
from desktop.storage.engine import APPLICATION_ID, sqlite_path
from desktop.storage.paths import backups_dir_for

log = logging.getLogger(__name__)
KEEP_AUTOMATIC = 10
AUTO_PREFIX = "kelisim-"
# Automatic backups are named kelisim-YYYYMMDD-…: the digit keeps a clerk's own "kelisim-backup-…"
# file out of pruning and out of the recovery offer.
AUTO_GLOB = f"{AUTO_PREFIX}[0-9]*.sqlite3"


def _raw(engine: Engine) -> sqlite3.Connection:
    connection = engine.raw_connection()
    return connection.driver_connection  # type: ignore[return-value]


def backup_to(engine: Engine, destination: Path) -> Path:
    """Write a consistent copy of the open database to ``destination``."""
    if sqlite_path(engine) is None:
        raise StorageError(Message("backups are made by the server's own tools for a PostgreSQL database"))
    destination = destination.expanduser().resolve()
    if _is_live_file(engine, destination):
        # Replacing the open file under its connections would send every later write to an unlinked inode.
        raise StorageError(Message("{0} is the register itself: choose another name for the backup", destination.name))
    try:
        destination.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise StorageError(Message("could not create the backup folder {0}: {1}", destination.parent, exc)) from exc
    partial = destination.with_name(destination.name + ".partial")
    old_umask = os.umask(0o077)
    pooled = engine.raw_connection()
    try:
        source: sqlite3.Connection = pooled.driver_connection  # type: ignore[assignment]
        with closing(sqlite3.connect(partial)) as target:
            source.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")
        os.replace(partial, destination)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        raise StorageError(Message("could not write the backup {0}: {1}", destination.name, exc)) from exc
    finally:
        pooled.close()
        os.umask(old_umask)
    log.info("backup written to %s", destination)
    return destination


def automatic_backup(engine: Engine, reason: str, *, prune_old: bool = True) -> Path | None:
    """A timestamped backup beside the database; keeps the newest ``KEEP_AUTOMATIC``."""
    db_file = sqlite_path(engine)
    if db_file is None:
        return None
    folder = backups_dir_for(db_file)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    path = backup_to(engine, folder / f"{AUTO_PREFIX}{stamp}-{reason}.sqlite3")
    if prune_old:
        prune(folder)
    return path


def _is_live_file(engine: Engine, path: Path) -> bool:
    """True for the open register itself or one of its -wal/-shm/.lock companions."""
    live = sqlite_path(engine)
    if live is None:
        return False
    live = live.resolve()
    target = path.expanduser().resolve()
    return target in {live, *(live.with_name(live.name + suffix) for suffix in ("-wal", "-shm", "-journal", ".lock"))}


def list_backups(db_file: Path) -> list[Path]:
    folder = backups_dir_for(db_file)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(AUTO_GLOB), reverse=True)


def latest_backup_today(db_file: Path) -> Path | None:
    today = datetime.now(UTC).strftime("%Y%m%d")
    return next((p for p in list_backups(db_file) if p.name.startswith(f"{AUTO_PREFIX}{today}")), None)


def prune(folder: Path, keep: int = KEEP_AUTOMATIC) -> None:
    """Delete all but the newest ``keep`` automatic backups."""
    for old in sorted(folder.glob(AUTO_GLOB), reverse=True)[keep:]:
        old.unlink(missing_ok=True)


def inspect_backup(candidate: Path) -> str:
    """Check a file is a sound Kelisim database; return its schema revision."""
    if not candidate.is_file():
        raise StorageError(Message("{0} does not exist", candidate))
    with open(candidate, "rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            raise StorageError(Message("{0} is not a SQLite database", candidate.name))
    try:
        with closing(sqlite3.connect(f"file:{candidate}?mode=ro", uri=True)) as conn:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            if app_id != APPLICATION_ID:
                raise StorageError(Message("{0} is not a Kelisim database", candidate.name))
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
            if result != "ok":
                raise StorageError(Message("{0} is damaged: {1}", candidate.name, result))
            if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
                raise StorageError(Message("{0} has broken references", candidate.name))
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error as exc:
        raise StorageError(Message("{0} cannot be read: {1}", candidate.name, exc)) from exc
    if row is None:
        raise StorageError(Message("{0} has no schema version", candidate.name))
    return str(row[0])


def restore_into(engine: Engine, candidate: Path) -> Path:
    """Replace the open database's content with ``candidate``; return the safety backup.

    Goes through the backup API into the live connection, so readers stay valid and no
    stale -wal/-shm file is left behind.
    """
    from desktop.storage.migrate import check_known_revision, upgrade

    if _is_live_file(engine, candidate):
        raise StorageError(Message("{0} is the register itself, not a backup", candidate.name))
    revision = inspect_backup(candidate)
    check_known_revision(engine, revision)
    # Pruning waits until the restore is done: it could delete the very backup being restored.
    safety = automatic_backup(engine, "before-restore", prune_old=False)
    pooled = engine.raw_connection()
    try:
        target: sqlite3.Connection = pooled.driver_connection  # type: ignore[assignment]
        with closing(sqlite3.connect(f"file:{candidate}?mode=ro", uri=True)) as source:
            source.backup(target)
        target.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        problems = target.execute("PRAGMA integrity_check").fetchone()[0]
        if problems != "ok":
            raise StorageError(
                Message(
                    "the restored database failed its integrity check: {0}; the previous database is kept in {1}",
                    problems,
                    safety,
                )
            )
    except sqlite3.Error as exc:
        raise StorageError(Message("restore failed: {0}; the previous database is kept in {1}", exc, safety)) from exc
    finally:
        pooled.close()
    engine.dispose()
    upgrade(engine)  # an older backup is brought up to the current schema
    assert safety is not None
    prune(safety.parent)  # only now: the chosen backup may have been the oldest
    return safety


def newest_good_backup(db_file: Path) -> Path | None:
    """The newest automatic backup that passes every check of ``inspect_backup``."""
    for candidate in list_backups(db_file):
        try:
            inspect_backup(candidate)
        except StorageError:
            log.warning("backup %s failed its check; trying an older one", candidate)
            continue
        return candidate
    return None


def file_state(path: Path) -> str:
    """'missing', 'ok', 'foreign' (not a Kelisim register) or 'damaged'."""
    if not path.exists() or path.stat().st_size == 0:
        return "missing"
    with open(path, "rb") as handle:  # only ever called while no connection to it is open
        header = handle.read(100)
    if not header.startswith(b"SQLite format 3\x00"):
        return "damaged" if path.suffix in (".sqlite3", ".db", ".sqlite") else "foreign"
    if int.from_bytes(header[68:72], "big") not in (0, APPLICATION_ID):
        return "foreign"
    try:
        inspect_backup(path)
    except StorageError:
        return "damaged"
    return "ok"


def set_aside(path: Path) -> Path:
    """Rename a damaged register (and its -wal/-shm) out of the way; return its new name."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.stem}-damaged-{stamp}{path.suffix}")
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            os.replace(side, aside.with_name(aside.name + suffix))
    os.replace(path, aside)
    log.warning("damaged register %s kept as %s", path, aside)
    return aside


def _copy_into_new(candidate: Path, target: Path) -> None:
    old_umask = os.umask(0o077)
    partial = target.with_name(target.name + ".partial")
    try:
        with (
            closing(sqlite3.connect(f"file:{candidate}?mode=ro", uri=True)) as source,
            closing(sqlite3.connect(partial)) as dest,
        ):
            source.backup(dest)
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        raise StorageError(Message("could not restore {0}: {1}", candidate.name, exc)) from exc
    finally:
        os.umask(old_umask)


def restore_file(target: Path, candidate: Path) -> Path | None:
    """Restore ``candidate`` over the register at ``target``, whatever state the register is in.

    A sound register is replaced through ``restore_into`` (a safety backup first); a damaged one
    is renamed aside and kept. Returns where the replaced register is kept (None if there was none).
    Refuses a candidate that is not a sound Kelisim database of a known schema, and a target that
    is some other program's file.
    """
    from sqlalchemy import create_engine

    from desktop.storage.database import open_database
    from desktop.storage.migrate import check_known_revision

    candidate = candidate.expanduser().resolve()
    target = target.expanduser().resolve()
    revision = inspect_backup(candidate)
    probe = create_engine(f"sqlite:///{candidate}")
    try:
        check_known_revision(probe, revision)
    finally:
        probe.dispose()
    state = file_state(target)
    if state == "foreign":
        raise StorageError(Message("{0} is not a Kelisim register; it was left alone", target))
    if state == "ok":
        db = open_database(target, auto_backup=False)
        try:
            return restore_into(db.engine, candidate)
        finally:
            db.close()
    kept = set_aside(target) if state == "damaged" else None
    _copy_into_new(candidate, target)
    open_database(target, auto_backup=False).close()  # brings an older backup up to the current schema
    return kept
