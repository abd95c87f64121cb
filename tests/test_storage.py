"""Storage: one transaction per write, bad paths refused with a message, backups and restore."""

from __future__ import annotations

import sqlite3
import stat
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from desktop.domain.errors import StorageError
from desktop.domain.models import Commitment, Party
from desktop.services import commitment_list, commitments, demo
from desktop.services.records import CommitmentData
from desktop.storage import backup, migrate
from desktop.storage.database import Database, open_database
from desktop.storage.errors import storage_message, translate_operational_error


def party_count(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(Party)) or 0


def test_a_write_lands_whole_or_not_at_all(db: Database) -> None:
    with pytest.raises(RuntimeError), db.write() as session:
        session.add(Party(name="Kazakhstan", country_code="KZ"))
        session.flush()
        session.add(Party(name="China", country_code="CN"))
        raise RuntimeError("power cut in the middle")
    assert party_count(db) == 0
    with db.write() as session:
        session.add(Party(name="Kazakhstan", country_code="KZ"))
    assert party_count(db) == 1


def test_database_file_and_its_backups_are_private(sqlite_demo_db: Database) -> None:
    demo_db = sqlite_demo_db  # SQLite only: the test needs the register's file
    assert demo_db.path is not None
    assert stat.S_IMODE(demo_db.path.stat().st_mode) & 0o077 == 0
    made = backup.backup_to(demo_db.engine, demo_db.path.parent / "manual" / "copy.sqlite3")
    assert stat.S_IMODE(made.stat().st_mode) & 0o077 == 0


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StorageError) as info:
        open_database(tmp_path)
    assert str(info.value) == f"{tmp_path} is a folder, not a database file"


def test_a_missing_folder_is_refused_and_not_created(tmp_path: Path) -> None:
    target = tmp_path / "no" / "such" / "register.sqlite3"
    with pytest.raises(StorageError) as info:
        open_database(target)
    assert "does not exist" in str(info.value)
    assert not (tmp_path / "no").exists()


def test_an_empty_file_becomes_a_new_register(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    path.touch()
    database = open_database(path)
    try:
        assert demo.is_empty(database)
        assert database.warnings == []
        assert database.label == str(path)
    finally:
        database.close()


def test_backup_inspect_and_restore_round_trip(sqlite_demo_db: Database, tmp_path: Path) -> None:
    demo_db = sqlite_demo_db  # SQLite only: the test needs the register's file
    copy = backup.backup_to(demo_db.engine, tmp_path / "backups-by-hand" / "before.sqlite3")
    assert backup.inspect_backup(copy) == migrate.head_revision(demo_db.engine)
    first = commitment_list.id_for_ref(demo_db, "KZ-CN-2024/01")
    commitments.delete(demo_db, first)
    commitments.save(demo_db, CommitmentData(title="Written after the backup"))
    safety = backup.restore_into(demo_db.engine, copy)
    assert safety.exists() and "before-restore" in safety.name
    refs = {r[commitment_list.Col.REF] for r in commitment_list.list_rows(demo_db)}
    assert "KZ-CN-2024/01" in refs and len(refs) == 10
    # The safety copy holds the state the restore replaced.
    with closing(sqlite3.connect(safety)) as conn:
        titles = {r[0] for r in conn.execute("SELECT title FROM commitment")}
    assert "Written after the backup" in titles


def test_inspect_refuses_foreign_and_broken_files(tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("not a database", encoding="utf-8")
    with pytest.raises(StorageError, match="not a SQLite database"):
        backup.inspect_backup(text)
    foreign = tmp_path / "foreign.sqlite3"
    with closing(sqlite3.connect(foreign)) as conn:
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
    with pytest.raises(StorageError, match="not a Kelisim database"):
        backup.inspect_backup(foreign)
    with pytest.raises(StorageError, match="does not exist"):
        backup.inspect_backup(tmp_path / "missing.sqlite3")


def test_restore_refuses_a_foreign_file_and_keeps_the_data(demo_db: Database, tmp_path: Path) -> None:
    foreign = tmp_path / "foreign.sqlite3"
    with closing(sqlite3.connect(foreign)) as conn:
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
    with pytest.raises(StorageError):
        backup.restore_into(demo_db.engine, foreign)
    assert len(commitment_list.list_rows(demo_db)) == 10


@pytest.mark.slow
def test_automatic_backups_are_pruned_to_the_newest(sqlite_demo_db: Database) -> None:
    demo_db = sqlite_demo_db  # SQLite only: the test needs the register's file
    assert demo_db.path is not None
    for _ in range(backup.KEEP_AUTOMATIC + 3):
        backup.automatic_backup(demo_db.engine, "manual")
    kept = backup.list_backups(demo_db.path)
    assert len(kept) == backup.KEEP_AUTOMATIC
    assert kept == sorted(kept, reverse=True)
    assert backup.inspect_backup(kept[0]) == migrate.head_revision(demo_db.engine)


def test_reopening_an_existing_register_makes_a_daily_backup(sqlite_demo_db: Database) -> None:
    demo_db = sqlite_demo_db  # SQLite only: the test needs the register's file
    path = demo_db.path
    assert path is not None
    demo_db.close()
    assert backup.latest_backup_today(path) is None
    again = open_database(path)
    again.close()
    daily = backup.latest_backup_today(path)
    assert daily is not None and daily.name.endswith("-daily.sqlite3")
    with closing(sqlite3.connect(daily)) as conn:
        assert conn.execute("SELECT count(*) FROM commitment").fetchone()[0] == 10


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        ("database is locked", "The database is busy"),
        ("attempt to write a readonly database", "read-only"),
        ("database or disk is full", "The disk is full"),
        ("disk I/O error", "The disk is full or failing"),
        ("unable to open database file", "cannot be opened"),
        ("database disk image is malformed", "damaged"),
    ],
)
def test_sqlite_errors_become_plain_messages(error: str, expected: str) -> None:
    exc = OperationalError("SELECT 1", {}, sqlite3.OperationalError(error))
    assert expected in storage_message(exc, Path("/data/register.sqlite3"))
    with pytest.raises(StorageError, match=expected), translate_operational_error():
        raise exc


def test_a_locked_database_gives_the_busy_message(sqlite_db: Database) -> None:
    db = sqlite_db  # SQLite only: the test needs the register's file
    from sqlalchemy import event

    assert db.path is not None

    @event.listens_for(db.engine, "connect")
    def short_timeout(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.execute("PRAGMA busy_timeout = 50")  # keep the test fast; runs after the 5 s default

    db.engine.dispose()
    holder = sqlite3.connect(db.path, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")  # another program holds the write lock
        with pytest.raises(StorageError, match="The database is busy"):
            commitments.save(db, CommitmentData(title="Blocked"))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    commitments.save(db, CommitmentData(title="Free again"))
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Commitment)) == 1


@pytest.mark.slow
def test_a_failed_daily_backup_opens_the_register_with_a_warning(tmp_path: Path) -> None:
    from desktop.services import demo as demo_service

    path = tmp_path / "register.sqlite3"
    first = open_database(path, auto_backup=False)
    demo_service.load_demo(first)
    first.close()
    (tmp_path / "backups").write_text("a file where the backup folder should be")
    reopened = open_database(path)
    try:
        assert any("backup could not be made" in w for w in reopened.warnings), reopened.warnings
        assert demo_service.is_empty(reopened) is False
    finally:
        reopened.close()
