"""The audit trail (issue 12): written by the database's triggers on both engines, append-only, hash-chained,
checked by ``check``, shown by ``audit`` and on the commitment page."""

from __future__ import annotations

import getpass
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from desktop import cli
from desktop.domain.enums import HistoryEntity
from desktop.services import access, audit, commitments, history, trash
from desktop.services.importing.apply import import_workbook
from desktop.storage import audit as storage_audit
from desktop.storage.database import Database, open_database
from tests import os_login

REF = "KZ-CN-2024/01"


def _author(db: Database) -> str:
    """SQLite: the operating-system login (test-clerk in the tests, tests/os_login.py); PostgreSQL: the server login."""
    if db.engine.dialect.name == "sqlite":
        return "test-clerk"
    with db.engine.connect() as conn:
        return str(conn.exec_driver_sql("SELECT session_user").scalar())


def _commitment_id(db: Database, ref: str = REF) -> int:
    with db.read() as session:
        found = session.exec(text("SELECT id FROM commitment WHERE ref = :r").bindparams(r=ref)).scalar()  # type: ignore[call-overload]
    assert found is not None
    return int(found)


def _fields(row: audit.TrailRow) -> dict[str, tuple[object, object]]:
    return {c.field: (c.old, c.new) for c in row.changes}


def test_service_change_is_in_the_trail_with_who_and_old_and_new(demo_db: Database) -> None:
    cid = _commitment_id(demo_db)
    before = commitments.get(demo_db, cid)
    commitments.set_fields(demo_db, cid, {"agency": "Ministry of Trade"})
    commitments.change_status(demo_db, cid, "on_hold" if before.status != "on_hold" else "in_progress", "waiting")
    rows = audit.record_changes(demo_db, "commitment", cid)
    agency = next(r for r in rows if "agency" in _fields(r))
    assert agency.who == _author(demo_db)
    assert agency.reference == REF and agency.action == "update" and agency.table == "commitment"
    assert _fields(agency)["agency"] == (before.agency, "Ministry of Trade")
    status_rows = [r for r in rows if r.table == "status_change"]
    assert status_rows and status_rows[0].action == "insert" and status_rows[0].reference == REF
    assert [r.id for r in rows] == sorted((r.id for r in rows), reverse=True)  # newest first
    assert audit.check(demo_db).first_broken is None


def test_raw_sql_and_delete_are_caught(demo_db: Database) -> None:
    cid = _commitment_id(demo_db)
    with demo_db.engine.begin() as conn:
        conn.exec_driver_sql(f"UPDATE commitment SET title = 'Rewritten behind the window' WHERE id = {cid}")
        conn.exec_driver_sql("UPDATE status_change SET changed_by = 'Wang Yi'")
    row = audit.trail(demo_db, tables=("commitment",), record_id=str(cid))[0]
    assert _fields(row)["title"][1] == "Rewritten behind the window" and row.who == _author(demo_db)
    forged = audit.trail(demo_db, kind="status_change", text="Wang Yi")
    assert forged and all(r.action == "update" and _fields(r)["changed_by"][1] == "Wang Yi" for r in forged)
    trash.move_to_trash(demo_db, entity="commitment", record_id=cid)
    deleted = audit.trail(demo_db, tables=("commitment",), record_id=str(cid))[0]
    assert deleted.action == "delete" and deleted.reference == REF
    assert _fields(deleted)["title"] == ("Rewritten behind the window", None)
    assert audit.trail(demo_db, kind="trash", text=REF)  # the deleted record went to the trash: recorded too
    assert audit.check(demo_db).first_broken is None


def test_import_is_in_the_trail(demo_db: Database, tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Наименование обязательства", "Ответственная сторона"])
    ws.append(["Imported through a workbook", "Қазақстан Республикасы"])
    path = tmp_path / "import.xlsx"
    wb.save(path)
    result = import_workbook(demo_db, path)
    assert result.written
    rows = audit.trail(demo_db, kind="commitment", text="Imported through a workbook")
    assert len(rows) == 1 and rows[0].action == "insert" and rows[0].who == _author(demo_db)
    assert _fields(rows[0])["title"] == (None, "Imported through a workbook")


def test_cli_change_and_audit_command(demo_target: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--db", demo_target, "--lang", "en", "set", REF, "agency=Ministry of Energy"]) == 0
    capsys.readouterr()
    assert cli.main(["--db", demo_target, "--lang", "en", "audit", "--ref", REF, "--table", "commitment"]) == 0
    out = capsys.readouterr().out
    assert "Ministry of Energy" in out and "Agency:" in out and "changed" in out
    assert cli.main(["--db", demo_target, "--lang", "en", "audit", "--who", "nobody-like-this"]) == 0
    assert "0 changes shown" in capsys.readouterr().out


def test_the_trail_refuses_update_and_delete(demo_db: Database) -> None:
    for statement in ("UPDATE audit_log SET who = 'someone else'", "DELETE FROM audit_log"):
        with pytest.raises(DBAPIError, match="append-only"), demo_db.engine.begin() as conn:
            conn.exec_driver_sql(statement)
    assert audit.trail(demo_db, limit=1)


def _tamper(db: Database, row_id: int) -> None:
    """What someone with the file or a superuser could do: switch the guard off and edit a row."""
    with db.engine.begin() as conn:
        if db.engine.dialect.name == "sqlite":
            conn.exec_driver_sql("DROP TRIGGER audit_log_no_update")
        else:
            conn.exec_driver_sql("ALTER TABLE audit_log DISABLE TRIGGER audit_log_guard")
        conn.exec_driver_sql(f"UPDATE audit_log SET who = 'nobody' WHERE id = {row_id}")


def test_tampering_is_named_by_check(demo_target: str, capsys: pytest.CaptureFixture[str]) -> None:
    db = open_database(demo_target, auto_backup=False)
    try:
        cid = _commitment_id(db)
        commitments.set_fields(db, cid, {"agency": "A"})
        commitments.set_fields(db, cid, {"agency": "B"})
        assert audit.check(db).first_broken is None
        target = audit.trail(db, limit=3)[1].id
        _tamper(db, target)
        assert audit.check(db).first_broken == target
    finally:
        db.close()
    assert cli.main(["--db", demo_target, "--lang", "en", "check"]) == 1
    assert f"row {target} does not match" in capsys.readouterr().out


def test_raw_sqlite_session_without_kelisim_is_refused(sqlite_demo: Path) -> None:
    """A plain sqlite3 session has no ``kelisim_user()``: its write to an audited table is refused, not unrecorded."""
    with closing(sqlite3.connect(sqlite_demo)) as conn, pytest.raises(sqlite3.OperationalError, match="kelisim_"):
        conn.execute("UPDATE commitment SET title = 'unrecorded'")
    db = open_database(sqlite_demo, auto_backup=False)
    try:
        with db.read() as session:
            assert all(c.title != "unrecorded" for c in session.exec(text("SELECT * FROM commitment")).all())  # type: ignore[call-overload]
        assert audit.check(db).first_broken is None
    finally:
        db.close()


@pytest.fixture
def sqlite_demo(tmp_path: Path, demo_register: Path) -> Path:
    from tests.conftest import copy_register

    path = tmp_path / "demo.sqlite3"
    copy_register(demo_register, path).close()
    return path


def test_backup_and_restore_keep_the_trail(demo_db: Database, tmp_path: Path) -> None:
    from desktop.services import backups

    cid = _commitment_id(demo_db)
    commitments.set_fields(demo_db, cid, {"agency": "Before the backup"})
    kept = [(r.id, r.who, r.changes) for r in audit.trail(demo_db)]
    copy = backups.backup_now(
        demo_db, tmp_path / ("copy.dump" if demo_db.engine.dialect.name != "sqlite" else "copy.sqlite3")
    )
    commitments.set_fields(demo_db, cid, {"agency": "After the backup"})
    backups.restore_open(demo_db, copy)
    assert [(r.id, r.who, r.changes) for r in audit.trail(demo_db)] == kept
    assert audit.check(demo_db).first_broken is None
    # The restored register is audited as before: a new change lands on the restored chain.
    commitments.set_fields(demo_db, cid, {"agency": "After the restore"})
    newest = audit.trail(demo_db, limit=1)[0]
    assert newest.id == kept[0][0] + 1 or demo_db.engine.dialect.name != "sqlite"
    assert _fields(newest)["agency"] == ("Before the backup", "After the restore")
    assert audit.check(demo_db).first_broken is None


MINISTER = "Murat Nurtleu (Minister)"


def test_kelisim_user_in_the_environment_changes_nobody(demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """The variable that once named the author is gone: the services and the signed-in name keep the
    operating-system login (SQLite) or the server login (PostgreSQL)."""
    monkeypatch.setenv("KELISIM_USER", MINISTER)
    access.forget(demo_db)
    assert access.signed_in(demo_db).name == _author(demo_db)
    cid = _commitment_id(demo_db)
    before = commitments.get(demo_db, cid)
    commitments.set_fields(demo_db, cid, {"agency": "Ministry of Trade"})
    commitments.change_status(demo_db, cid, "on_hold" if before.status != "on_hold" else "in_progress", "waiting")
    latest = history.for_record(demo_db, HistoryEntity.COMMITMENT, cid)[0]
    # The history's own author column is written by the application: the operating-system login on both
    # engines (on PostgreSQL the trail's author is the server login).
    assert latest.changed_by == storage_audit.actor() == os_login.TEST_LOGIN != MINISTER
    rows = audit.record_changes(demo_db, "commitment", cid)
    assert rows and {r.who for r in rows if r.action == "update"} == {_author(demo_db)}
    assert not audit.trail(demo_db, who="Nurtleu")


def test_kelisim_user_in_the_environment_changes_nobody_on_the_command_line(
    demo_target: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("KELISIM_USER", MINISTER)
    assert cli.main(["--db", demo_target, "--lang", "en", "set", REF, "agency=Ministry of Energy"]) == 0
    capsys.readouterr()
    db = open_database(demo_target)
    try:
        rows = audit.record_changes(db, "commitment", _commitment_id(db))
        assert rows[0].who == _author(db) != MINISTER and "agency" in _fields(rows[0])
        assert not audit.trail(db, who="Nurtleu")
    finally:
        db.close()


def test_sqlite_identity_is_the_real_os_login(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the tests' hook: the operating system's login, whatever KELISIM_USER says."""
    monkeypatch.setattr(getpass, "getuser", os_login.REAL_GETUSER)
    monkeypatch.setenv("KELISIM_USER", MINISTER)
    assert storage_audit.actor() == os_login.REAL_GETUSER() != MINISTER
