"""Backups: automatic ones kept to ten, backup/restore/check on the command line, damaged registers."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.cli import main as cli_main
from desktop.domain.errors import StorageError
from desktop.services import commitment_list, commitments, demo, parties
from desktop.services.records import CommitmentData, PartyData
from desktop.storage import backup
from desktop.storage.database import Database, open_database


def refs(db: Database) -> set[str]:
    return {r[commitment_list.Col.REF] for r in commitment_list.list_rows(db)}


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(4096, min(len(data), 4096 * 8)):
        data[offset] = 0x5A
    path.write_bytes(bytes(data))


@pytest.mark.slow
def test_daily_backup_once_and_ten_kept(db_path: Path) -> None:
    db = open_database(db_path)
    parties.save(db, PartyData(name="Mongolia", country_code="MN"))
    db.close()
    open_database(db_path).close()  # an existing register: today's backup is made
    assert len(backup.list_backups(db_path)) == 1
    assert "daily" in backup.list_backups(db_path)[0].name
    open_database(db_path).close()  # the same day: no second one
    assert len(backup.list_backups(db_path)) == 1
    db = open_database(db_path)
    for _ in range(12):
        backup.automatic_backup(db.engine, "manual")
    db.close()
    kept = backup.list_backups(db_path)
    assert len(kept) == backup.KEEP_AUTOMATIC + 1  # the manual pool's ten, and the daily one of its own pool
    assert sum("-daily." in p.name for p in kept) == 1
    assert backup.inspect_backup(kept[0])  # a sound Kelisim database with its schema revision
    assert oct(kept[0].stat().st_mode & 0o777) == "0o600"


@pytest.mark.slow
def test_backup_and_restore_on_the_command_line(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert demo_db.path is not None
    target = tmp_path / "copy.sqlite3"
    assert cli_main(["--db", str(demo_db.path), "backup", "-o", str(target)]) == 0
    assert "Backup written" in capsys.readouterr().out
    original = refs(demo_db)
    commitments.save(demo_db, CommitmentData(title="Added after the backup", ref="AFTER-1"))
    demo_db.close()
    assert cli_main(["--db", str(demo_db.path), "restore", str(target)]) == 0
    out = capsys.readouterr().out
    assert "Restored" in out and "kept in" in out
    reopened = open_database(demo_db.path)
    try:
        assert refs(reopened) == original
    finally:
        reopened.close()
    kept = Path(out.split("kept in ")[1].strip())
    with sqlite3.connect(kept) as conn:  # the replaced register, with the later commitment, is kept
        assert conn.execute("SELECT count(*) FROM commitment WHERE ref = 'AFTER-1'").fetchone()[0] == 1


def test_restore_refuses_what_is_not_a_sound_kelisim_database(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert demo_db.path is not None
    foreign = tmp_path / "other.sqlite3"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE t (x)")
    text = tmp_path / "notes.sqlite3"
    text.write_text("hello")
    broken = tmp_path / "broken.sqlite3"
    backup.backup_to(demo_db.engine, broken)
    damage(broken)
    before = refs(demo_db)
    for candidate, reason in ((foreign, "is not a Kelisim database"), (text, "is not a SQLite database"), (broken, "")):
        assert cli_main(["--db", str(demo_db.path), "restore", str(candidate)]) == 1
        assert reason in capsys.readouterr().err
        with pytest.raises(StorageError):
            backup.restore_into(demo_db.engine, candidate)
    assert refs(demo_db) == before


def test_restore_refuses_a_newer_schema(demo_db: Database, tmp_path: Path) -> None:
    newer = tmp_path / "newer.sqlite3"
    backup.backup_to(demo_db.engine, newer)
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    with pytest.raises(StorageError, match="newer Kelisim"):
        backup.restore_into(demo_db.engine, newer)


@pytest.mark.slow
def test_check_and_restore_a_damaged_register(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = open_database(db_path)
    demo.load_demo(db)
    good = refs(db)
    saved = backup.automatic_backup(db.engine, "manual")
    assert saved is not None
    db.close()
    assert cli_main(["--db", str(db_path), "check"]) == 0
    assert ": ok" in capsys.readouterr().out
    damage(db_path)
    assert cli_main(["--db", str(db_path), "check"]) == 1
    out = capsys.readouterr().out
    assert "DAMAGED" in out and saved.name in out
    assert cli_main(["--db", str(db_path), "list"]) == 2
    assert "damaged" in capsys.readouterr().err
    assert cli_main(["--db", str(db_path), "restore", str(saved)]) == 0
    out = capsys.readouterr().out
    aside = Path(out.split("kept in ")[1].strip())
    assert aside.exists() and "damaged" in aside.name
    reopened = open_database(db_path)
    try:
        assert refs(reopened) == good
    finally:
        reopened.close()


@pytest.mark.slow
def test_a_clerks_own_backups_are_neither_pruned_nor_offered_before_newer_automatic_ones(demo_db: Database) -> None:
    assert demo_db.path is not None
    folder = backup.backups_dir_for(demo_db.path)
    own = [
        backup.backup_to(demo_db.engine, folder / f"kelisim-backup-2026-01-{day:02d}.sqlite3") for day in range(1, 12)
    ]
    for _ in range(3):
        backup.automatic_backup(demo_db.engine, "daily")
    assert all(path.exists() for path in own)  # pruning counts automatic backups only
    automatic = backup.list_backups(demo_db.path)
    assert len(automatic) == 3 and not any(p.name.startswith("kelisim-backup") for p in automatic)
    assert backup.newest_good_backup(demo_db.path) == automatic[0]


@pytest.mark.slow
def test_restoring_the_oldest_of_ten_automatic_backups(demo_db: Database) -> None:
    assert demo_db.path is not None
    for _ in range(backup.KEEP_AUTOMATIC):
        backup.automatic_backup(demo_db.engine, "daily")
    oldest = backup.list_backups(demo_db.path)[-1]
    commitments.delete(demo_db, commitment_list.id_for_ref(demo_db, "KZ-CN-2024/01"))
    safety = backup.restore_into(demo_db.engine, oldest)
    assert "KZ-CN-2024/01" in refs(demo_db)  # the chosen backup was read, not pruned away first
    assert safety.exists()
    kept = backup.list_backups(demo_db.path)
    assert sum("-daily." in p.name for p in kept) == backup.KEEP_AUTOMATIC and safety in kept


def test_a_backup_never_replaces_the_open_register(demo_db: Database) -> None:
    assert demo_db.path is not None
    before = refs(demo_db)
    for target in (demo_db.path, demo_db.path.with_name(demo_db.path.name + "-wal")):
        with pytest.raises(StorageError, match="the register itself"):
            backup.backup_to(demo_db.engine, target)
    with pytest.raises(StorageError, match="the register itself"):
        backup.restore_into(demo_db.engine, demo_db.path)
    assert refs(demo_db) == before


@pytest.fixture
def engine_name() -> str:
    """SQLite only, explicitly: these are the backups of a register file (PostgreSQL's own tools are separate)."""
    return "sqlite"
