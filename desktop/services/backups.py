"""Backups, restores and checks of a register: one door for the window and the command line.

Every answer is about the register's own backups only: a backup of another register in the same
folder is never counted as this one's daily backup, never pruned on this one's account, never
offered for recovery, and restoring it is refused unless the caller passes ``allow_other_register``
(the user chose exactly that). Backups made before Kelisim recorded whose backup each is are listed
as "unknown register" and never offered automatically.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop.domain.errors import KelisimError, StorageError
from desktop.domain.messages import Message
from desktop.domain.roles import Action
from desktop.services import access, changes
from desktop.services.register_file import register_file as register_file
from desktop.services.register_file import try_lock as try_lock
from desktop.storage import backup, identity
from desktop.storage.backup import OtherRegisterError
from desktop.storage.database import Database, make_daily_backup, open_database
from desktop.storage.identity import RegisterIdentity
from desktop.storage.location import describe, register_target, server_location
from desktop.storage.lock import Holder, RegisterLock
from desktop.storage.paths import backups_dir_for

__all__ = [
    "BackupRow",
    "CandidateCheck",
    "CheckResult",
    "Holder",
    "Listing",
    "OtherRegisterError",
    "RegisterLock",
    "RestoreResult",
    "backup_now",
    "backups_folder",
    "check",
    "check_candidate",
    "daily_backup",
    "file_state",
    "listing",
    "recovery_offer",
    "register_file",
    "register_identity",
    "restore",
    "restore_open",
    "try_lock",
]


@dataclass(frozen=True)
class BackupRow:
    path: Path
    pool: str  # daily, before-migration, before-restore, manual, older
    pool_label: str
    taken_at: datetime | None
    whose: str  # "own" or "unknown"


@dataclass(frozen=True)
class Listing:
    register: str  # the register, as people read it
    folder: Path
    rows: list[BackupRow]
    others: int  # backups of other registers in the same folder (not listed)
    identity: str = ""  # the register's name and id, as its backups' names carry them


@dataclass(frozen=True)
class CheckResult:
    target: str
    ok: bool
    detail: Any  # the schema revision (str) when ok, else what is wrong (a Message)
    newest_good: Path | None
    unknown: int  # backups of an unknown register in the folder (never offered)
    server: bool = False


@dataclass(frozen=True)
class CandidateCheck:
    """What restoring ``candidate`` would do: whether it is this register's backup, naming both."""

    candidate: Path
    same_register: bool
    mine: Message
    theirs: Message  # the backup's register, or "an unknown register"


@dataclass(frozen=True)
class RestoreResult:
    target: str
    candidate: Path
    kept: Path | None  # where the replaced register is kept (None: there was none)


def register_identity(db: Database) -> RegisterIdentity | None:
    return identity.engine_identity(db.engine)


def backups_folder(db: Database) -> Path:
    return backup.folder_for(db.engine)


def backup_now(db: Database, output: Path | None = None) -> Path:
    """``output`` given: the user's own file, never pruned. Without it: the register's 'manual' pool."""
    if output is not None:
        return backup.backup_to(db.engine, output)
    return backup.automatic_backup(db.engine, "manual")


def daily_backup(db: Database) -> Message | None:
    """Today's backup of this register unless it has one; a warning when it could not be made."""
    return make_daily_backup(db.engine)


def _owner_text(who: RegisterIdentity | None) -> Message:
    if who is not None:
        return Message.verbatim(str(who))
    return Message("an unknown register (a backup made before Kelisim recorded whose it is)")


def check_candidate(db: Database, candidate: Path) -> CandidateCheck:
    """Inspect a backup before restoring it into the open register (raises StorageError for a bad file)."""
    info = backup.inspect(candidate)
    mine = identity.engine_identity(db.engine)
    same = info.identity is not None and mine is not None and info.identity.register_id == mine.register_id
    return CandidateCheck(candidate, same, _owner_text(mine), _owner_text(info.identity))


def restore_open(db: Database, candidate: Path, *, allow_other_register: bool = False) -> Path:
    """Restore into the register the caller has open (and locked: the window); returns the kept copy."""
    access.require(db, Action.RESTORE)
    kept = backup.restore_into(db.engine, candidate, allow_other_register=allow_other_register)
    changes.whole_register_replaced()
    return kept


def restore(
    target: str | Path,
    candidate: Path,
    *,
    allow_other_register: bool = False,
    held: RegisterLock | None = None,
) -> RestoreResult:
    """Restore ``candidate`` over the register at ``target`` (a file, even a damaged one, or a server URL).

    Refused while a window or another process has the register open, naming it (``held``: the lock
    the caller itself holds, as the window does during its start-up recovery).
    """
    found = register_target(target)
    candidate = candidate.expanduser().resolve()
    if isinstance(found, Path):
        kept = backup.restore_file(found, candidate, allow_other_register=allow_other_register, held=held)
        return RestoreResult(str(found), candidate, kept)
    db = open_database(found, auto_backup=False)
    try:
        access.require(db, Action.RESTORE)
        kept_copy = backup.restore_into(db.engine, candidate, allow_other_register=allow_other_register)
    finally:
        db.close()
    return RestoreResult(server_location(found), candidate, kept_copy)


def _me_and_location(path: Path) -> tuple[RegisterIdentity | None, str]:
    return identity.file_identity(path), str(path)


def listing(target: str | Path) -> Listing:
    """The register's own backups and those of an unknown register, newest first; others only counted."""
    found = register_target(target)
    if isinstance(found, Path):
        me, location = _me_and_location(found)
        folder = backups_dir_for(found)
        label = str(found)
    else:
        db = open_database(found, auto_backup=False)
        try:
            me, location, folder = register_identity(db), backup.location_of(db.engine), backups_folder(db)
        finally:
            db.close()
        label = server_location(found)
    rows: list[BackupRow] = []
    others = 0
    for entry in backup.entries_in(folder):
        whose = backup.whose(entry, me, location)
        if whose == "other":
            others += 1
            continue
        rows.append(BackupRow(entry.path, entry.pool, backup.describe_pool(entry.pool), entry.taken_at, whose))
    return Listing(label, folder, rows, others, str(me) if me is not None else "")


def recovery_offer(target: str | Path) -> Path | None:
    """For a damaged register file: its own newest sound backup (never another register's or an unknown one)."""
    found = register_target(target)
    if not isinstance(found, Path):
        return None
    return backup.newest_good_backup(found)


def check(target: str | Path) -> CheckResult:
    """Integrity and references of a register file, or the schema and identity of a server register."""
    found = register_target(target)
    if not isinstance(found, Path):
        try:
            db = open_database(found, auto_backup=False)
        except KelisimError as exc:
            return CheckResult(server_location(found), False, exc.describe(), None, 0, server=True)
        try:
            from desktop.storage.migrate import current_revision

            revision = current_revision(db.engine) or "?"
        finally:
            db.close()
        return CheckResult(server_location(found), True, revision, None, 0, server=True)
    if not found.exists():
        raise StorageError(Message("{0} does not exist", found))
    unknown = sum(1 for row in listing(found).rows if row.whose == "unknown")
    try:
        revision = backup.inspect_backup(found)
    except StorageError as exc:
        return CheckResult(str(found), False, exc.describe(), backup.newest_good_backup(found), unknown)
    return CheckResult(str(found), True, revision, None, unknown)


def describe_target(target: str | Path) -> str:
    return describe(target)


def file_state(path: Path) -> str:
    """A register file's state, read without a connection: 'missing', 'ok', 'foreign' or 'damaged'."""
    return backup.file_state(path)
