"""Backups belong to the register they were taken from (issue 17): two registers in one folder."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.cli import main as cli_main
from desktop.domain.errors import StorageError
from desktop.services import backups, commitment_list, commitments, demo
from desktop.services.records import CommitmentData
from desktop.storage import backup, identity, migrate
from desktop.storage.database import Database, open_database
from desktop.storage.engine import make_engine
from tests.legacy import fill_with_demo, upgrade_to


def refs(db: Database) -> set[str]:
    return {r[commitment_list.Col.REF] for r in commitment_list.list_rows(db)}


def file_refs(path: Path) -> set[str]:
    with closing(sqlite3.connect(path)) as conn:
        return {r[0] for r in conn.execute("SELECT ref FROM commitment")}


def register_id(path: Path) -> str:
    with closing(sqlite3.connect(path)) as conn:
        rows = conn.execute("SELECT register_id FROM register_info").fetchall()
    assert len(rows) == 1
    return str(rows[0][0])


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(4096, min(len(data), 4096 * 8)):
        data[offset] = 0x5A
    path.write_bytes(bytes(data))


@pytest.fixture
def two_registers(tmp_path: Path) -> tuple[Path, Path]:
    """The clerk's own register (the demo) and a committee's register, side by side in one folder."""
    own = tmp_path / "clerk.sqlite3"
    committee = tmp_path / "committee.sqlite3"
    db = open_database(own)
    demo.load_demo(db)
    db.close()
    db = open_database(committee)
    commitments.save(db, CommitmentData(title="Committee minutes circulated", ref="COM-1"))
    db.close()
    return own, committee


@pytest.mark.slow
def test_every_register_gets_its_own_identity_at_creation(two_registers: tuple[Path, Path]) -> None:
    own, committee = two_registers
    assert register_id(own) != register_id(committee)
    for path in (own, committee):
        with closing(sqlite3.connect(path)) as conn:
            name, location = conn.execute("SELECT name, location FROM register_info").fetchone()
        assert (name, location) == (path.stem, str(path))


@pytest.mark.slow
def test_each_register_gets_its_own_daily_backup(two_registers: tuple[Path, Path]) -> None:
    own, committee = two_registers
    open_database(own).close()
    open_database(committee).close()  # the clerk's daily backup of today does not count for this one
    own_backups = backup.list_backups(own)
    committee_backups = backup.list_backups(committee)
    assert len(own_backups) == 1 and len(committee_backups) == 1
    assert own_backups[0].name.startswith(f"kelisim-clerk-{register_id(own).replace('-', '')[:8]}-")
    assert committee_backups[0].name.startswith("kelisim-committee-")
    assert register_id(own_backups[0]) == register_id(own)  # the identity is inside the backup too
    assert register_id(committee_backups[0]) == register_id(committee)
    assert file_refs(committee_backups[0]) == {"COM-1"}


@pytest.mark.slow
def test_a_damaged_register_is_offered_only_its_own_backup(
    two_registers: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    own, committee = two_registers
    open_database(own).close()
    mine = backup.list_backups(own)[0]
    db = open_database(committee)
    theirs = backup.automatic_backup(db.engine, "manual")  # newer than the clerk's backup
    db.close()
    damage(own)
    assert cli_main(["--db", str(own), "check"]) == 1
    out = capsys.readouterr().out
    assert "DAMAGED" in out and mine.name in out and theirs.name not in out
    assert backups.recovery_offer(own) == mine


@pytest.mark.slow
def test_start_up_recovery_offers_only_the_registers_own_backup(
    two_registers: tuple[Path, Path], qapp, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.ui.recovery import offer_recovery

    own, committee = two_registers
    db = open_database(committee)
    committee_backup = backup.automatic_backup(db.engine, "manual")
    db.close()
    damage(committee)
    with pytest.raises(StorageError) as caught:
        open_database(committee)
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda _p, _t, text, *a: asked.append(text) or QMessageBox.StandardButton.Yes
    )
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    # The clerk's register has newer backups in the same folder: they must not be offered.
    db = open_database(own)
    backup.automatic_backup(db.engine, "manual")
    db.close()
    reopened = offer_recovery(str(committee), caught.value)
    assert reopened is not None
    try:
        assert refs(reopened) == {"COM-1"}  # the committee's register, not the clerk's
    finally:
        reopened.close()
    assert committee_backup.name in asked[0]
    assert register_id(committee) == register_id(committee_backup)


@pytest.mark.slow
def test_a_register_whose_every_backup_is_anothers_is_offered_nothing(
    two_registers: tuple[Path, Path], qapp, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.ui.recovery import offer_recovery

    own, committee = two_registers
    db = open_database(own)
    backup.automatic_backup(db.engine, "manual")
    db.close()
    damage(committee)
    assert backups.recovery_offer(committee) is None
    with pytest.raises(StorageError) as caught:
        open_database(committee)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: pytest.fail("another register's backup was offered"))
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: shown.append(text))
    assert offer_recovery(str(committee), caught.value) is None
    assert "No sound backup" in shown[0]


@pytest.mark.slow
def test_restoring_the_other_registers_backup_needs_the_explicit_choice(
    two_registers: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    own, committee = two_registers
    db = open_database(committee)
    theirs = backup.automatic_backup(db.engine, "manual")
    db.close()
    own_id = register_id(own)
    before = file_refs(own)
    assert cli_main(["--db", str(own), "restore", str(theirs)]) == 1
    err = capsys.readouterr().err
    assert "another register" in err and "“committee”" in err and "“clerk”" in err
    assert "--replace-with-other-register" in err
    assert file_refs(own) == before
    assert not any("before-restore" in p.name for p in backup.list_backups(own))  # refused before any copy
    assert cli_main(["--db", str(own), "restore", str(theirs), "--replace-with-other-register"]) == 0
    assert "kept in" in capsys.readouterr().out
    assert file_refs(own) == {"COM-1"}
    assert register_id(own) == own_id  # the register keeps its identity: its own backups stay its own
    kept = [p for p in backup.list_backups(own) if "before-restore" in p.name]
    assert len(kept) == 1 and file_refs(kept[0]) == before


def test_restore_into_an_open_register_refuses_anothers_backup(two_registers: tuple[Path, Path]) -> None:
    own, committee = two_registers
    db = open_database(committee)
    theirs = backup.automatic_backup(db.engine, "manual")
    db.close()
    db = open_database(own)
    try:
        before = refs(db)
        with pytest.raises(backups.OtherRegisterError) as caught:
            backups.restore_open(db, theirs)
        assert caught.value.theirs is not None and caught.value.theirs.name == "committee"
        assert refs(db) == before
        found = backups.check_candidate(db, theirs)
        assert not found.same_register and "committee" in found.theirs and "clerk" in found.mine
    finally:
        db.close()


@pytest.mark.slow
def test_pruning_one_register_never_removes_the_others(two_registers: tuple[Path, Path]) -> None:
    own, committee = two_registers
    db = open_database(committee)
    theirs = [backup.automatic_backup(db.engine, "manual") for _ in range(3)]
    db.close()
    db = open_database(own)
    for _ in range(backup.KEEP_AUTOMATIC + 5):
        backup.automatic_backup(db.engine, "manual")
    db.close()
    assert all(p.exists() for p in theirs)
    assert sum("-manual." in p.name for p in backup.list_backups(own)) == backup.KEEP_AUTOMATIC
    assert len(backup.list_backups(committee)) == 3 + 1  # its three and its daily backup


def _legacy_backup(source: Path, folder: Path, name: str) -> Path:
    """A backup as Kelisim wrote them before identities: the old name, no register_info inside."""
    folder.mkdir(exist_ok=True)
    target = folder / name
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)
        dst.execute("DROP TABLE register_info")
        # The rest of what came after 0001 too (0003's notes column, 0007's trash, 0009's audit trail and its
        # triggers), so 0001 is what it holds.
        for (trigger,) in dst.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
            dst.execute(f'DROP TRIGGER "{trigger}"')
        dst.execute("DROP TABLE audit_log")
        dst.execute("ALTER TABLE commitment DROP COLUMN notes")
        dst.execute("DROP TABLE trash")
        dst.execute("DROP TABLE deadline_extension")  # 0008's
        dst.execute("DROP TABLE account")  # 0011's
        dst.execute("ALTER TABLE status_change DROP COLUMN imported_by")  # 0013's
        dst.execute("ALTER TABLE status_change DROP COLUMN imported_at")  # 0013's
        dst.execute("DROP INDEX ix_commitment_dashboard")  # 0016's
        dst.execute("DROP INDEX ix_commitment_superseded_by_id")  # 0015's
        dst.execute("ALTER TABLE commitment DROP COLUMN superseded_by_id")  # 0015's
        dst.execute("DROP INDEX ix_commitment_rollup")  # 0012's
        dst.execute("DROP INDEX ix_commitment_created_at")  # 0012's
        dst.execute("DROP INDEX ix_status_change_changed_at")  # 0012's
        dst.execute("DROP TABLE attachment")  # 0014's
        dst.execute("DROP TABLE attachment_content")  # 0014's
        dst.execute("DROP TABLE commitment_person")  # 0010's
        dst.execute("DROP TABLE execution_report")  # 0010's
        dst.execute("DROP TABLE interim_report")  # 0010's
        dst.execute("DROP TABLE person")  # 0010's
        dst.execute("UPDATE alembic_version SET version_num = '0001'")
        dst.execute("PRAGMA journal_mode = DELETE")
        dst.commit()
    return target


@pytest.mark.slow
def test_old_backups_without_identity_are_unknown_and_never_offered(
    two_registers: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    own, committee = two_registers
    db = open_database(committee)
    committee_backup = backup.automatic_backup(db.engine, "manual")
    db.close()
    # Newer than every other backup, and of the committee's content: exactly the trap of the issue.
    legacy = _legacy_backup(committee, own.parent / "backups", "kelisim-20991231-235959-000000-daily.sqlite3")
    assert cli_main(["--db", str(own), "backups"]) == 0
    out = capsys.readouterr().out
    assert str(legacy) in out and "[unknown register]" in out and committee_backup.name not in out
    damage(own)
    assert backups.recovery_offer(own) is None  # the unknown one is not offered; the committee's is not its own
    assert cli_main(["--db", str(own), "check"]) == 1
    out = capsys.readouterr().out
    assert legacy.name not in out.split("\n")[1] and "1 older backup" in out
    for _ in range(2):
        db = open_database(committee)
        for _ in range(backup.KEEP_AUTOMATIC + 1):
            backup.automatic_backup(db.engine, "daily")
        db.close()
    assert legacy.exists()  # never pruned on anyone's account


@pytest.mark.slow
def test_an_old_backup_restored_by_choice_keeps_the_registers_identity(
    two_registers: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    own, _committee = two_registers
    own_id = register_id(own)
    legacy = _legacy_backup(own, own.parent / "backups", "kelisim-20250101-101010-000000-daily.sqlite3")
    assert cli_main(["--db", str(own), "restore", str(legacy)]) == 1
    assert "made before Kelisim recorded" in capsys.readouterr().err
    assert cli_main(["--db", str(own), "restore", str(legacy), "--replace-with-other-register"]) == 0
    assert register_id(own) == own_id  # migrated from 0001 again, but the same register
    db = open_database(own)
    try:
        assert migrate.current_revision(db.engine) == migrate.head_revision(db.engine)
    finally:
        db.close()


@pytest.mark.slow
def test_a_copy_of_a_register_file_gets_its_own_identity(two_registers: tuple[Path, Path]) -> None:
    own, _committee = two_registers
    copy = own.with_name("clerk-copy.sqlite3")
    shutil.copyfile(own, copy)
    open_database(copy).close()
    assert register_id(copy) != register_id(own)
    moved = own.with_name("clerk-moved.sqlite3")
    original_id = register_id(own)
    own.rename(moved)
    open_database(moved).close()
    assert register_id(moved) == original_id  # moved, not copied: the same register


@pytest.mark.slow
def test_migration_0002_gives_an_existing_register_an_identity_kept_in_its_backup(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    identity.create_marked_file(path)
    engine = make_engine(path)
    upgrade_to(engine, "0001")
    fill_with_demo(engine, tmp_path / "current.sqlite3")
    engine.dispose()
    db = open_database(path)
    try:
        assert migrate.current_revision(db.engine) == migrate.head_revision(db.engine)
        assert len(refs(db)) == 10
    finally:
        db.close()
    rid = register_id(path)
    before_migration = [p for p in backup.list_backups(path) if "before-migration" in p.name]
    assert len(before_migration) == 1
    assert register_id(before_migration[0]) == rid  # the identity was chosen before the copy was taken
    with closing(sqlite3.connect(before_migration[0])) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    open_database(path).close()
    assert register_id(path) == rid  # stable across opens


@pytest.mark.slow
def test_start_up_recovery_restores_under_the_windows_own_lock(
    two_registers: tuple[Path, Path], qapp, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.ui.application import acquire_lock
    from desktop.ui.recovery import offer_recovery

    own, _committee = two_registers
    open_database(own).close()  # its daily backup
    damage(own)
    with pytest.raises(StorageError) as caught:
        open_database(own)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    lock = acquire_lock(own)  # as application.run holds it before opening
    assert lock is not None
    try:
        reopened = offer_recovery(str(own), caught.value, held=lock)
        assert reopened is not None
        reopened.close()
    finally:
        lock.release()
