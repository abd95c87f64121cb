"""Backups of a register and putting one back, each backup belonging to exactly one register.

SQLite registers are copied through SQLite's backup API (never by copying the live file); PostgreSQL
registers with ``pg_dump -Fc`` / ``pg_restore``. Every backup carries the register's identity row
(``register_info``) and its file name says whose it is::

    kelisim-<register name>-<first 8 of the register id>-<UTC stamp>-<pool>.sqlite3   (.dump on PostgreSQL)

Pools, each pruned on its own and only among one register's backups: ``daily`` keeps the last ten
days, ``before-migration``, ``before-restore`` and ``manual`` (``backup`` without ``-o``) the last
ten each. A file written with ``backup -o FILE`` is the user's and never pruned. Backups named the old
way (``kelisim-<stamp>-<reason>.sqlite3``, before identities existed) belong to an unknown register:
listed as such, never pruned, never offered automatically.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import time
from collections.abc import Iterable
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal
from urllib.parse import quote

from sqlalchemy import Engine, text

from desktop.domain.errors import StorageError
from desktop.domain.messages import Message, joined
from desktop.storage import identity as ids
from desktop.storage import pgtools
from desktop.storage.engine import APPLICATION_ID, own_backends, sqlite_path, writer
from desktop.storage.identity import RegisterIdentity
from desktop.storage.location import server_location
from desktop.storage.lock import RegisterLock
from desktop.storage.paths import backups_dir_for, data_dir

log = logging.getLogger(__name__)
KEEP_AUTOMATIC = 10
POOLS = ("daily", "before-migration", "before-restore", "manual")
SQLITE_EXT = ".sqlite3"
PG_EXT = ".dump"
_STAMP = "%Y%m%d-%H%M%S-%f"
_NAME = re.compile(
    r"^kelisim-(?P<name>.*)-(?P<rid>[0-9a-f]{8})-(?P<stamp>\d{8}-\d{6}-\d{6})-"
    r"(?P<pool>daily|before-migration|before-restore|manual)(?P<ext>\.sqlite3|\.dump)$"
)
_LEGACY = re.compile(r"^kelisim-(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<pool>.+)\.sqlite3$")
Whose = Literal["own", "other", "unknown"]


class OtherRegisterError(StorageError):
    """The backup is another register's (or an unknown one's): restoring it needs the user's explicit choice."""

    def __init__(self, candidate: Path, mine: RegisterIdentity | None, theirs: RegisterIdentity | None) -> None:
        self.candidate = candidate
        self.mine = mine
        self.theirs = theirs
        this = str(mine) if mine else "this register"
        if theirs is None:
            text_ = (
                f"{candidate.name} was made before Kelisim recorded whose backup each is: it may belong to another "
                f"register. Restoring it replaces {this} with whatever register it holds"
            )
        else:
            text_ = (
                f"{candidate.name} is a backup of another register, {theirs}, not of {this}. "
                f"Restoring it replaces this register with that one"
            )
        super().__init__(text_)


# --- where and how backups are named -----------------------------------------------------------


def folder_for(engine: Engine) -> Path:
    """A SQLite register's backups sit in ``backups/`` beside it; a server register's in the data dir."""
    path = sqlite_path(engine)
    return backups_dir_for(path) if path is not None else data_dir() / "backups"


def location_of(engine: Engine) -> str:
    path = sqlite_path(engine)
    return str(path) if path is not None else server_location(engine.url)


def name_of(engine: Engine) -> str:
    path = sqlite_path(engine)
    return path.stem if path is not None else str(engine.url.database or "postgresql")


def _safe(name: str) -> str:
    cleaned = re.sub(r"[^\w.\-]+", "_", name, flags=re.UNICODE).strip("._") or "register"
    return cleaned[:40]


@dataclass(frozen=True)
class BackupEntry:
    path: Path
    pool: str  # one of POOLS, or "older" for a backup named before identities existed
    taken_at: datetime | None
    short_id: str | None  # from the file name; None for the older kind
    register_name: str | None

    @property
    def is_server_archive(self) -> bool:
        return self.path.suffix == PG_EXT


def parse_name(path: Path) -> BackupEntry | None:
    match = _NAME.match(path.name)
    if match:
        stamp = datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=UTC)
        return BackupEntry(path, match["pool"], stamp, match["rid"], match["name"])
    match = _LEGACY.match(path.name)
    if match:
        stamp = datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=UTC)
        return BackupEntry(path, "older", stamp, None, None)
    return None


def entries_in(folder: Path) -> list[BackupEntry]:
    """Every automatic backup in ``folder`` (all registers'), newest first."""
    if not folder.is_dir():
        return []
    found = [entry for p in folder.iterdir() if p.is_file() and (entry := parse_name(p)) is not None]
    return sorted(found, key=lambda e: (e.taken_at or datetime.min.replace(tzinfo=UTC), e.path.name), reverse=True)


def content_identity(path: Path) -> RegisterIdentity | None:
    """The identity recorded inside a backup (None for one made before identities existed)."""
    if path.suffix == PG_EXT:
        try:
            return pgtools.inspect_archive(path).identity
        except StorageError:
            return None
    return ids.file_identity(path)


def whose(entry: BackupEntry, me: RegisterIdentity | None, location: str) -> Whose:
    """Own, another register's, or unknown. With the register's identity the name decides; without it
    (a register too damaged to read) the source path recorded inside the backup does."""
    if entry.short_id is not None and me is not None:
        return "own" if entry.short_id == me.short_id else "other"
    recorded = content_identity(entry.path)
    if recorded is None:
        return "unknown"
    if me is not None:
        return "own" if recorded.register_id == me.register_id else "other"
    return "own" if recorded.location == location else "other"


def own_entries(folder: Path, me: RegisterIdentity | None, location: str) -> list[BackupEntry]:
    return [e for e in entries_in(folder) if whose(e, me, location) == "own"]


# --- writing backups ---------------------------------------------------------------------------


def _identity_for_backup(engine: Engine, given: RegisterIdentity | None) -> RegisterIdentity:
    found = given or ids.engine_identity(engine)
    if found is None:
        raise StorageError(Message("the register has no identity yet; open it once with this Kelisim first"))
    return RegisterIdentity(found.register_id, found.name or name_of(engine), location_of(engine))


def backup_to(engine: Engine, destination: Path, identity: RegisterIdentity | None = None) -> Path:
    """Write a consistent copy of the open register to ``destination``; the copy records whose it is."""
    destination = destination.expanduser().resolve()
    if _is_live_file(engine, destination):
        # Replacing the open file under its connections would send every later write to an unlinked inode.
        raise StorageError(Message("{0} is the register itself: choose another name for the backup", destination.name))
    if destination.is_dir():
        raise StorageError(Message("{0} is a folder: give the backup a file name", destination))
    who = _identity_for_backup(engine, identity)
    try:
        destination.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise StorageError(Message("could not create the backup folder {0}: {1}", destination.parent, exc)) from exc
    if sqlite_path(engine) is None:
        pgtools.dump(engine.url, destination)
    else:
        _sqlite_copy(engine, destination, who)
    log.info("backup of %s written to %s", who, destination)
    return destination


def _sqlite_copy(engine: Engine, destination: Path, who: RegisterIdentity) -> None:
    partial = destination.with_name(destination.name + ".partial")
    old_umask = os.umask(0o077)
    pooled = engine.raw_connection()
    try:
        source: sqlite3.Connection = pooled.driver_connection  # type: ignore[assignment]
        with closing(sqlite3.connect(partial)) as target:
            source.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")
            ids.stamp_sqlite_copy(target, who)
        os.replace(partial, destination)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        raise StorageError(Message("could not write the backup {0}: {1}", destination.name, exc)) from exc
    finally:
        pooled.close()
        os.umask(old_umask)


def automatic_backup(
    engine: Engine, pool: str, *, identity: RegisterIdentity | None = None, prune_old: bool = True
) -> Path:
    """A backup into the register's backups folder, in ``pool``; the pool is then pruned."""
    if pool not in POOLS:
        raise ValueError(f"unknown backup pool {pool!r}")
    who = _identity_for_backup(engine, identity)
    folder = folder_for(engine)
    stamp = datetime.now(UTC).strftime(_STAMP)
    ext = SQLITE_EXT if sqlite_path(engine) is not None else PG_EXT
    path = backup_to(engine, folder / f"kelisim-{_safe(who.name)}-{who.short_id}-{stamp}-{pool}{ext}", who)
    if prune_old:
        prune(folder, who)
    return path


def _is_live_file(engine: Engine, path: Path) -> bool:
    """True for the open register itself or one of its -wal/-shm/.lock companions."""
    live = sqlite_path(engine)
    if live is None:
        return False
    live = live.resolve()
    target = path.expanduser().resolve()
    return target in {live, *(live.with_name(live.name + suffix) for suffix in ("-wal", "-shm", "-journal", ".lock"))}


def prune(folder: Path, me: RegisterIdentity, keep: int = KEEP_AUTOMATIC) -> list[Path]:
    """Delete the register's own automatic backups beyond each pool's allowance; return what went.

    Daily backups: those of the last ``keep`` days that have one. Other pools: the newest ``keep``.
    Another register's backups, the older unnamed kind and a user's own files are never touched.
    """
    removed: list[Path] = []
    mine = [e for e in entries_in(folder) if e.short_id == me.short_id]
    for pool in POOLS:
        in_pool = [e for e in mine if e.pool == pool]
        if pool == "daily":
            days: list[str] = []
            doomed = []
            for entry in in_pool:
                day = entry.taken_at.date().isoformat() if entry.taken_at else ""
                if day not in days:
                    days.append(day)
                if len(days) > keep:
                    doomed.append(entry)
        else:
            doomed = in_pool[keep:]
        for entry in doomed:
            entry.path.unlink(missing_ok=True)
            removed.append(entry.path)
    return removed


def list_backups(db_file: Path, me: RegisterIdentity | None = None) -> list[Path]:
    """The register's own automatic backups (every pool), newest first."""
    me = me or ids.file_identity(db_file)
    return [e.path for e in own_entries(backups_dir_for(db_file), me, str(db_file))]


def latest_daily(engine: Engine, day: str | None = None) -> Path | None:
    """The register's own daily backup of ``day`` (UTC, YYYYMMDD; today by default)."""
    me = ids.engine_identity(engine)
    if me is None:
        return None
    day = day or datetime.now(UTC).strftime("%Y%m%d")
    for entry in entries_in(folder_for(engine)):
        taken = entry.taken_at.strftime("%Y%m%d") if entry.taken_at else ""
        if entry.short_id == me.short_id and entry.pool == "daily" and taken == day:
            return entry.path
    return None


def latest_backup_today(db_file: Path) -> Path | None:
    me = ids.file_identity(db_file)
    if me is None:
        return None
    today = datetime.now(UTC).strftime("%Y%m%d")
    for entry in entries_in(backups_dir_for(db_file)):
        taken = entry.taken_at.strftime("%Y%m%d") if entry.taken_at else ""
        if entry.short_id == me.short_id and entry.pool == "daily" and taken == today:
            return entry.path
    return None


# --- checking a backup -------------------------------------------------------------------------


@dataclass(frozen=True)
class BackupInfo:
    revision: str
    identity: RegisterIdentity | None
    server_archive: bool


def inspect(candidate: Path) -> BackupInfo:
    """Check a file is a sound Kelisim backup (SQLite file or pg_dump archive); say what it holds."""
    candidate = candidate.expanduser()
    if not candidate.is_file():
        raise StorageError(Message("{0} does not exist", candidate))
    with open(candidate, "rb") as handle:
        head = handle.read(16)
    if head.startswith(pgtools.ARCHIVE_MAGIC):
        archive = pgtools.inspect_archive(candidate)
        return BackupInfo(archive.revision, archive.identity, True)
    return BackupInfo(inspect_backup(candidate), ids.file_identity(candidate), False)


def inspect_backup(candidate: Path) -> str:
    """Check a file is a sound Kelisim SQLite database; return its schema revision."""
    if not candidate.is_file():
        raise StorageError(Message("{0} does not exist", candidate))
    header = ids.header_of(candidate)
    if not header.startswith(ids.SQLITE_HEADER):
        raise StorageError(Message("{0} is not a SQLite database", candidate.name))
    if not ids.is_marked(header, candidate):  # judged from the header: another program's file is not even opened
        raise StorageError(Message("{0} is not a Kelisim database", candidate.name))
    try:
        with closing(ids.open_for_reading(candidate)) as conn:
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


def check_ownership(
    candidate: Path, info: BackupInfo, mine: RegisterIdentity | None, location: str, allow_other_register: bool
) -> None:
    """Refuse another register's backup (or one of unknown origin) unless the user chose exactly that."""
    if allow_other_register:
        return
    theirs = info.identity
    if theirs is not None and mine is not None and theirs.register_id == mine.register_id:
        return
    if theirs is not None and mine is None and theirs.location == location:
        return  # a register too damaged to read: its own backups say where they were taken
    raise OtherRegisterError(candidate, mine, theirs)


# --- restoring ---------------------------------------------------------------------------------


# A connection this program closed a moment ago, or one it is opening, may be listed for a moment longer (or
# before the pool says it is ours): the restore asks again rather than take it for someone else.
SETTLING_S = 5.0
_JUST_STARTED_S = 2


def other_sessions(engine: Engine) -> list[Message]:
    """Other connections to a server register (who, from where), for refusing a restore under them.

    None of this program's own connections is someone else: the window's pooled ones (idle, or held by a
    background read), its change watcher, and those it has just closed (the server ends their processes a
    moment later) or is just opening. A connection of another program or process is always named.
    """
    if sqlite_path(engine) is not None:
        return []
    deadline = time.monotonic() + SETTLING_S
    while True:
        with engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT pid, usename, coalesce(application_name, ''), host(client_addr), "
                    f"backend_start > now() - interval '{_JUST_STARTED_S} seconds' "
                    "FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() "
                    "AND backend_type = 'client backend'"
                )
            ).all()
        mine = own_backends(engine)  # after the listing: a connection opened meanwhile is known by now
        others = [row for row in rows if row[0] not in mine.open]
        settling = [row for row in others if row[0] in mine.closed or row[4]]
        if not settling or time.monotonic() >= deadline:
            return [_who(app, user, addr) for _pid, user, app, addr, _new in others]
        time.sleep(0.05)


def _who(app: str, user: str, addr: str | None) -> Message:
    program: Message | str = app or Message("a program")
    if addr is None:  # a local socket: a program on the server's own computer
        return Message("{0} of {1} on the server's own computer", program, user)
    return Message("{0} of {1} from {2}", program, user, addr)


# A read of this program's own still holding a table of the register when pg_restore comes to replace it: the
# restore waits for it this long, then gives up (pg_restore itself would wait without end: its script sets
# lock_timeout = 0).
OWN_READS_WAIT_S = 120


def _wait_for_own_reads(engine: Engine) -> None:
    deadline = time.monotonic() + OWN_READS_WAIT_S
    while True:
        with engine.connect() as conn:
            holders = set(
                conn.execute(
                    text(
                        "SELECT DISTINCT pid FROM pg_locks WHERE locktype = 'relation' AND pid <> pg_backend_pid() "
                        "AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"
                    )
                ).scalars()
            )
        if not holders & own_backends(engine).open:
            return
        if time.monotonic() >= deadline:
            raise StorageError(
                Message(
                    "cannot restore while a task of this window is still reading the register (waited {0} seconds); "
                    "try again when it has finished; nothing was changed",
                    OWN_READS_WAIT_S,
                )
            )
        time.sleep(0.1)


def restore_into(engine: Engine, candidate: Path, *, allow_other_register: bool = False) -> Path:
    """Replace the open register's content with ``candidate``; return the before-restore backup.

    Checks first: a sound Kelisim backup of a schema this Kelisim knows, of this register (or the user
    chose another's), the right kind for the engine, and on a server nobody else connected. The register
    keeps its own identity whatever it is restored from.
    """
    from desktop.storage.migrate import check_known_revision, upgrade

    if _is_live_file(engine, candidate):
        raise StorageError(Message("{0} is the register itself, not a backup", candidate.name))
    info = inspect(candidate)
    server = sqlite_path(engine) is None
    if info.server_archive != server:
        raise StorageError(
            Message(
                "{0} is a {1} backup; this register is {2}. Restore it into a register of its kind",
                candidate.name,
                "PostgreSQL" if info.server_archive else "SQLite",
                # Its own message, so the whole sentence reaches the clerk in their language.
                Message("on a PostgreSQL server") if server else Message("a SQLite file"),
            )
        )
    check_known_revision(engine, info.revision)
    mine = ids.engine_identity(engine)
    check_ownership(candidate, info, mine, location_of(engine), allow_other_register)
    if server:
        engine.dispose()  # our idle pooled connections closed (ours either way: other_sessions knows them)
        others = other_sessions(engine)
        if others:
            raise StorageError(
                Message(
                    "cannot restore while others are connected to the register: {0}. Ask them to close Kelisim "
                    "first; nothing was changed",
                    joined(others),
                )
            )
        _wait_for_own_reads(engine)
    # Pruning waits until the restore is done: it could delete the very backup being restored.
    safety = automatic_backup(engine, "before-restore", prune_old=False)
    if server:
        engine.dispose()
        try:
            pgtools.restore(engine.url, candidate)
        except StorageError as exc:
            raise StorageError(
                Message("{0}; nothing was changed (the register is also kept in {1})", exc, safety)
            ) from exc
    else:
        _sqlite_restore(engine, candidate, safety)
    engine.dispose()
    upgrade(engine, seed=mine)  # an older backup is brought up to the current schema
    if mine is not None:
        with writer(engine).begin() as conn:
            ids.write_identity(conn, RegisterIdentity(mine.register_id, mine.name, location_of(engine)))
    me = ids.engine_identity(engine)
    if me is not None:
        prune(safety.parent, me)  # only now: the chosen backup may have been the oldest
    return safety


def _sqlite_restore(engine: Engine, candidate: Path, safety: Path) -> None:
    pooled = engine.raw_connection()
    try:
        target: sqlite3.Connection = pooled.driver_connection  # type: ignore[assignment]
        with closing(sqlite3.connect(f"file:{quote(str(candidate))}?mode=ro", uri=True)) as source:
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


def newest_good_backup(db_file: Path, me: RegisterIdentity | None = None) -> Path | None:
    """The register's own newest automatic backup that passes every check (another register's never)."""
    me = me or ids.file_identity(db_file)
    for entry in own_entries(backups_dir_for(db_file), me, str(db_file)):
        if entry.is_server_archive:
            continue
        try:
            info = inspect(entry.path)
            check_ownership(entry.path, info, me, str(db_file), allow_other_register=False)
        except StorageError:
            log.warning("backup %s failed its check; trying an older one", entry.path)
            continue
        return entry.path
    return None


def file_state(path: Path) -> str:
    """'missing', 'ok', 'foreign' (not a Kelisim register) or 'damaged'."""
    if not path.exists() or path.stat().st_size == 0:
        return "missing"
    with open(path, "rb") as handle:  # only ever called while no connection to it is open
        header = handle.read(100)
    if not header.startswith(b"SQLite format 3\x00"):
        return "damaged" if path.suffix in (".sqlite3", ".db", ".sqlite") else "foreign"
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
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
            closing(sqlite3.connect(f"file:{quote(str(candidate))}?mode=ro", uri=True)) as source,
            closing(sqlite3.connect(partial)) as dest,
        ):
            source.backup(dest)
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        raise StorageError(Message("could not restore {0}: {1}", candidate.name, exc)) from exc
    finally:
        os.umask(old_umask)


def restore_file(
    target: Path, candidate: Path, *, allow_other_register: bool = False, held: RegisterLock | None = None
) -> Path | None:
    """Restore ``candidate`` over the SQLite register at ``target``, whatever state the register is in.

    Refused while a window (or another command) holds the register's lock, naming it. A sound register
    is replaced through ``restore_into`` (a before-restore backup first); a damaged one is renamed aside
    and kept. Returns where the replaced register is kept (None if there was none). Refuses a candidate
    that is not a sound Kelisim database of a known schema, another register's backup unless
    ``allow_other_register``, and a target that is some other program's file. ``held``: the register's
    lock when the caller (the window's start-up recovery) already holds it.
    """
    candidate = candidate.expanduser().resolve()
    target = target.expanduser().resolve()
    if held is not None and held.register == target:
        return _restore_file_locked(target, candidate, allow_other_register)
    with RegisterLock.acquire(target, Message("restore")):
        return _restore_file_locked(target, candidate, allow_other_register)


def _restore_file_locked(target: Path, candidate: Path, allow_other_register: bool) -> Path | None:
    from sqlalchemy import create_engine
    from sqlalchemy.engine import URL

    from desktop.storage.database import open_database
    from desktop.storage.migrate import check_known_revision

    info = inspect(candidate)
    if info.server_archive:
        raise StorageError(
            Message("{0} is a PostgreSQL backup; restore it with --db pointing at the server", candidate.name)
        )
    probe = create_engine(URL.create("sqlite", database=str(candidate)))
    try:
        check_known_revision(probe, info.revision)
    finally:
        probe.dispose()
    state = file_state(target)
    if state == "foreign":
        raise StorageError(Message("{0} is not a Kelisim register; it was left alone", target))
    if state == "ok":
        db = open_database(target, auto_backup=False)
        try:
            return restore_into(db.engine, candidate, allow_other_register=allow_other_register)
        finally:
            db.close()
    mine = ids.file_identity(target) if state == "damaged" else None
    if state == "damaged":
        check_ownership(candidate, info, mine, str(target), allow_other_register)
    kept = set_aside(target) if state == "damaged" else None
    _copy_into_new(candidate, target)
    db = open_database(target, auto_backup=False)  # brings an older backup up to the current schema
    try:
        if mine is not None:
            with writer(db.engine).begin() as conn:
                ids.write_identity(conn, RegisterIdentity(mine.register_id, mine.name, str(target)))
    finally:
        db.close()
    return kept


def describe_pool(pool: str) -> str:
    return {
        "daily": "daily",
        "before-migration": "before a schema upgrade",
        "before-restore": "before a restore",
        "manual": "manual (backup without -o)",
        "older": "older (made before backups recorded their register)",
    }.get(pool, pool)


def short_ids(entries: Iterable[BackupEntry]) -> set[str]:
    return {e.short_id for e in entries if e.short_id}
