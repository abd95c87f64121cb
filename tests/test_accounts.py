"""Accounts and roles (issue 12): clerk, manager, admin — refused by the services and the command line with
the reason on both engines, and on PostgreSQL by the server itself for a clerk's own login."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest

from desktop import cli
from desktop.domain.errors import PermissionDenied
from desktop.domain.roles import Role
from desktop.services import access, agreements, audit, commitments, demo, parties, trash
from desktop.storage.database import Database, open_database
from tests import os_login
from tests.conftest import PostgresTemplates
from tests.postgres_server import SUPERUSER


def _as(db: Database, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """SQLite: act as another operating-system login."""
    os_login.act_as(monkeypatch, name)
    access.forget(db)


def test_the_owner_is_admin_and_may_manage(db: Database) -> None:
    me = access.signed_in(db)
    assert me.role is Role.ADMIN and me.name
    access.setup(db)  # idempotent
    assert access.setup(db).role is Role.ADMIN


@pytest.mark.slow
def test_sqlite_roles_refuse_by_the_reason(sqlite_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    db = sqlite_db
    demo.load_demo(db)
    access.setup(db)  # the test's login recorded as the file's admin
    access.add_user(db, name="aigerim", role="clerk")
    names = {u.name: u for u in access.list_users(db)}
    assert names["aigerim"].role is Role.CLERK and names["aigerim"].active
    _as(db, monkeypatch, "aigerim")
    assert access.signed_in(db) == access.SignedIn("aigerim", Role.CLERK)
    commitments.set_fields(db, 1, {"agency": "Clerk's edit"})  # a clerk edits
    with pytest.raises(PermissionDenied, match="Only a manager or an admin may delete records"):
        trash.move_to_trash(db, entity="commitment", record_id=1)
    with pytest.raises(PermissionDenied, match="cancel commitments"):
        commitments.change_status(db, 1, "cancelled", "no longer needed")
    with pytest.raises(PermissionDenied, match="Only an admin may edit the parties"):
        parties.save(db, parties.get(db, 1))
    with pytest.raises(PermissionDenied, match="read the whole audit trail"):
        audit.record_trail(db)
    assert audit.record_trail(db, table="commitment", record_id=1)  # one record's Changes: open to all
    with pytest.raises(PermissionDenied):
        access.add_user(db, name="someone", role="admin")
    # The admin makes her a manager: she deletes; then disables her: nothing is allowed.
    _as(db, monkeypatch, "test-clerk")
    access.set_role(db, name="aigerim", role="manager")
    _as(db, monkeypatch, "aigerim")
    trash.move_to_trash(db, entity="commitment", record_id=1)
    _as(db, monkeypatch, "test-clerk")
    access.disable_user(db, name="aigerim")
    _as(db, monkeypatch, "aigerim")
    assert access.signed_in(db).role is None
    with pytest.raises(PermissionDenied, match="no role"):
        commitments.set_fields(db, 2, {"agency": "x"})
    # A stranger on a file with an admin has no role either.
    _as(db, monkeypatch, "stranger")
    with pytest.raises(PermissionDenied):
        agreements.save(db, agreements.get(db, 1))
    assert {r.entry.table for r in audit.lines(audit.trail(db, kind="", tables=("account",)))} == {"account"}


@pytest.mark.slow
def test_cli_admin_commands(
    db_target: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], engine_name: str
) -> None:
    name = f"u{uuid.uuid4().hex[:10]}"
    answers = iter(["correct horse battery", "correct horse battery"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    assert cli.main(["--db", db_target, "--lang", "en", "admin", "setup"]) == 0
    assert "Signed in as" in capsys.readouterr().out
    assert cli.main(["--db", db_target, "--lang", "en", "admin", "user", "add", name, "--role", "clerk"]) == 0
    assert f"User {name} added as clerk." in capsys.readouterr().out
    assert cli.main(["--db", db_target, "--lang", "ru", "admin", "user", "role", name, "manager"]) == 0
    assert "менеджер" in capsys.readouterr().out
    assert cli.main(["--db", db_target, "--lang", "en", "admin", "user", "list"]) == 0
    assert f"{name}\tmanager\tactive" in capsys.readouterr().out
    assert cli.main(["--db", db_target, "--lang", "en", "admin", "user", "disable", name]) == 0
    assert cli.main(["--db", db_target, "--lang", "en", "admin", "user", "list"]) == 0
    assert f"{name}\tmanager\tdisabled" in capsys.readouterr().out
    # Bad input: named, nothing written.
    assert cli.main(["--db", db_target, "--lang", "en", "admin", "user", "role", "nobody-here", "clerk"]) == 1
    assert "no user named nobody-here" in capsys.readouterr().err
    if engine_name == "sqlite":  # the clerk's refusal, translated, from the command line
        assert cli.main(["--db", db_target, "--lang", "en", "admin", "user", "add", "dana", "--role", "clerk"]) == 0
        os_login.act_as(monkeypatch, "dana")
        capsys.readouterr()
        assert cli.main(["--db", db_target, "--lang", "ru", "audit"]) == 1
        assert "Только менеджер или администратор" in capsys.readouterr().err


# --- PostgreSQL: the server refuses a clerk's own login ------------------------------------------------------


@pytest.fixture
def pg_register(pg_templates: PostgresTemplates) -> Iterator[tuple[Database, str, str]]:
    """A register of its own (grants and triggers stay in it), with the demo, set up for roles."""
    name, url = pg_templates.fresh()
    db = open_database(url)
    demo.load_demo(db)
    access.setup(db)
    yield db, url, name
    db.close()
    pg_templates.drop(name)


def _login_url(url: str, user: str) -> str:
    return url.replace(f"{SUPERUSER}@", f"{user}@", 1)


@pytest.mark.postgres
def test_postgres_server_refuses_a_clerk(
    pg_register: tuple[Database, str, str], pg_templates: PostgresTemplates
) -> None:
    admin_db, url, dbname = pg_register
    clerk, manager = f"clerk_{uuid.uuid4().hex[:8]}", f"manager_{uuid.uuid4().hex[:8]}"
    access.add_user(admin_db, name=clerk, role="clerk", password="clerk-password-1")
    access.add_user(admin_db, name=manager, role="manager", password="manager-password-1")
    assert {u.name: u.role for u in access.list_users(admin_db)}[clerk] is Role.CLERK
    # Through the services, as the clerk's own login.
    db = open_database(_login_url(url, clerk))
    try:
        assert access.signed_in(db) == access.SignedIn(clerk, Role.CLERK)
        commitments.set_fields(db, 1, {"agency": "Edited by the clerk"})
        with pytest.raises(PermissionDenied):
            trash.move_to_trash(db, entity="commitment", record_id=1)
        last = audit.trail(admin_db, tables=("commitment",), record_id="1")[0]
        assert last.who == clerk  # the server login is the author
    finally:
        db.close()
    # Through a raw psql-style connection with the clerk's login: the server itself refuses.
    server: Any = pg_templates.server
    raw = psycopg.connect(host=str(server.root), port=server.port, user=clerk, dbname=dbname, autocommit=True)
    try:
        raw.execute("UPDATE commitment SET agency = 'psql edit' WHERE id = 2")  # a clerk may edit
        for statement in (
            "DELETE FROM commitment WHERE id = 2",
            "UPDATE commitment SET status = 'cancelled' WHERE id = 2",
            "UPDATE party SET name = 'Renamed' WHERE id = 1",
            "INSERT INTO trash (entity, record_id, label, payload, deleted_at, deleted_by) "
            "VALUES ('commitment', 2, 'x', '', now(), 'x')",
            "UPDATE audit_log SET who = 'someone else'",
            "DELETE FROM audit_log",
            "INSERT INTO audit_log (at, who, table_name, record_id, reference, action, changes) "
            "VALUES (now(), 'Wang Yi', 'commitment', '2', '', 'update', '{}')",
            "TRUNCATE audit_log",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                raw.execute(statement)
    finally:
        raw.close()
    # The manager's login may delete and cancel.
    raw = psycopg.connect(host=str(server.root), port=server.port, user=manager, dbname=dbname, autocommit=True)
    try:
        raw.execute("UPDATE commitment SET status = 'cancelled' WHERE id = 2")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            raw.execute("UPDATE party SET name = 'Renamed' WHERE id = 1")
    finally:
        raw.close()
    assert audit.check(admin_db).first_broken is None
    who = {r.who for r in audit.trail(admin_db, limit=5)}
    assert {clerk, manager} <= who


@pytest.mark.slow
def test_upgrade_of_a_populated_register_gets_accounts(
    engine_name: str, tmp_path: Path, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.storage import migrate
    from desktop.storage.engine import APPLICATION_ID, make_engine
    from tests.legacy import fill_with_demo, upgrade_to

    if engine_name == "postgres":
        target = request.getfixturevalue("pg_server").create_database(f"ka_{uuid.uuid4().hex[:12]}")
    else:
        target = str(tmp_path / "old.sqlite3")
    engine = make_engine(target)  # the register as 0008 left it, with the demo: upgraded through 0009 and 0011
    try:
        upgrade_to(engine, "0008")
        fill_with_demo(engine, tmp_path / "current.sqlite3")
        if engine_name == "sqlite":
            with engine.begin() as conn:
                conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    finally:
        engine.dispose()
    upgraded = open_database(target)
    try:
        assert migrate.current_revision(upgraded.engine) == migrate.head_revision(upgraded.engine)
        assert access.signed_in(upgraded).role is Role.ADMIN  # nobody administers it yet: its owner does
        assert commitments.get(upgraded, 1).ref == "KZ-CN-2024/01"
        if engine_name == "sqlite":
            access.setup(upgraded)
            access.add_user(upgraded, name="erlan", role="manager")
            assert {u.name: u.role for u in access.list_users(upgraded)}["erlan"] is Role.MANAGER
            # The accounts are audited like every register table.
            assert audit.trail(upgraded, tables=("account",), text="erlan")
        else:
            access.setup(upgraded)  # roles and grants on an existing register
            assert access.signed_in(upgraded).role is Role.ADMIN
        assert audit.check(upgraded).first_broken is None
    finally:
        upgraded.close()


def test_backup_and_restore_keep_the_accounts(sqlite_db: Database, tmp_path: Path) -> None:
    from desktop.services import backups

    access.setup(sqlite_db)
    access.add_user(sqlite_db, name="gulnar", role="clerk")
    copy = backups.backup_now(sqlite_db, tmp_path / "copy.sqlite3")
    access.set_role(sqlite_db, name="gulnar", role="admin")
    backups.restore_open(sqlite_db, copy)
    access.forget(sqlite_db)
    assert {u.name: u.role for u in access.list_users(sqlite_db)}["gulnar"] is Role.CLERK
