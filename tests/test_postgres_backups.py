"""Backups of a register on PostgreSQL with PostgreSQL's own tools, its identity, and refusing what is
not a Kelisim register — on a throw-away server the tests start themselves."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import inspect
from sqlalchemy.engine import make_url

from desktop.cli import main as cli_main
from desktop.domain.catalogue import render
from desktop.domain.errors import StorageError
from desktop.services import backups, commitment_list, commitments, demo
from desktop.services.records import CommitmentData
from desktop.storage import backup, identity, migrate, pgtools
from desktop.storage.database import Database, open_database
from desktop.storage.engine import make_engine
from tests.legacy import fill_with_demo, upgrade_to
from tests.postgres_server import SUPERUSER, TempPostgres

pytestmark = pytest.mark.postgres


@pytest.fixture
def server(pg_server: TempPostgres) -> TempPostgres:
    """The session's one throw-away server (tests/conftest.py)."""
    return pg_server


@pytest.fixture
def url(server: TempPostgres, request: pytest.FixtureRequest) -> str:
    return server.create_database(f"kb_{request.node.name.lower()}"[:60])


@pytest.fixture
def other_url(server: TempPostgres, request: pytest.FixtureRequest) -> str:
    return server.create_database(f"kb_other_{request.node.name.lower()}"[:60])


def _connect(server: TempPostgres, database: str) -> psycopg.Connection:
    return psycopg.connect(host=str(server.root), port=server.port, user=SUPERUSER, dbname=database, autocommit=True)


def refs(db: Database) -> set[str]:
    return {r[commitment_list.Col.REF] for r in commitment_list.list_rows(db)}


def demo_register(url: str) -> None:
    db = open_database(url)
    demo.load_demo(db)
    db.close()


def test_backup_and_restore_with_pg_dump_on_the_command_line(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    demo_register(url)
    archive = tmp_path / "office.dump"
    assert cli_main(["--db", url, "backup", "-o", str(archive)]) == 0
    assert capsys.readouterr().out.strip() == f"Backup written to {archive}"
    assert archive.read_bytes()[:5] == b"PGDMP"  # pg_dump's custom format
    assert cli_main(["--db", url, "backup"]) == 0
    pooled = Path(capsys.readouterr().out.split("Backup written to ", 1)[1].strip())
    assert pooled.is_file() and pooled.suffix == ".dump" and "-manual." in pooled.name
    db = open_database(url)
    rid = backups.register_identity(db)
    commitments.save(db, CommitmentData(title="Written after the backup", ref="LATE-1"))
    commitments.delete(db, commitment_list.id_for_ref(db, "KZ-CN-2024/01"))
    db.close()
    assert cli_main(["--db", url, "restore", str(archive)]) == 0
    out = capsys.readouterr().out
    kept = Path(out.split("kept in ", 1)[1].strip())
    assert kept.suffix == ".dump" and "-before-restore." in kept.name
    db = open_database(url)
    try:
        assert "KZ-CN-2024/01" in refs(db) and "LATE-1" not in refs(db) and len(refs(db)) == 10
        assert backups.register_identity(db) == rid  # the same register, its identity kept
    finally:
        db.close()
    info = backup.inspect(kept)  # the replaced register, as it was, is kept
    assert info.server_archive and info.identity is not None and info.identity.register_id == rid.register_id  # type: ignore[union-attr]
    assert cli_main(["--db", url, "backups"]) == 0
    out = capsys.readouterr().out
    assert pooled.name in out and kept.name in out and "before a restore" in out and "manual" in out
    assert str(archive) not in out  # -o files are the user's: not in the pools


def test_restoring_another_registers_archive_needs_the_explicit_choice(
    url: str, other_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    demo_register(url)
    other = open_database(other_url)
    commitments.save(other, CommitmentData(title="Committee register", ref="COM-1"))
    other.close()
    theirs = tmp_path / "theirs.dump"
    assert cli_main(["--db", other_url, "backup", "-o", str(theirs)]) == 0
    capsys.readouterr()
    assert cli_main(["--db", url, "restore", str(theirs)]) == 1
    err = capsys.readouterr().err
    assert "another register" in err and "--replace-with-other-register" in err
    db = open_database(url)
    mine = backups.register_identity(db)
    assert len(refs(db)) == 10
    db.close()
    assert cli_main(["--db", url, "restore", str(theirs), "--replace-with-other-register"]) == 0
    db = open_database(url)
    try:
        assert refs(db) == {"COM-1"}
        assert backups.register_identity(db) == mine
    finally:
        db.close()


def test_restore_refuses_while_someone_else_is_connected(
    server: TempPostgres, url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    demo_register(url)
    archive = tmp_path / "office.dump"
    assert cli_main(["--db", url, "backup", "-o", str(archive)]) == 0
    database = make_url(url).database
    assert database is not None
    with _connect(server, database) as clerk:
        clerk.execute("SET application_name = 'Kelisim of another clerk'")
        assert cli_main(["--db", url, "restore", str(archive)]) == 1
        err = capsys.readouterr().err
        assert "others are connected" in err and "Kelisim of another clerk" in err and "nothing was changed" in err


def test_a_database_of_another_program_is_refused_unchanged(server: TempPostgres, url: str) -> None:
    database = make_url(url).database
    assert database is not None
    with _connect(server, database) as conn:
        conn.execute("CREATE TABLE invoices (id serial PRIMARY KEY, total numeric)")
        conn.execute("INSERT INTO invoices (total) VALUES (42)")
    with pytest.raises(StorageError) as caught:
        open_database(url)
    assert "not a Kelisim register" in str(caught.value) and "invoices" in str(caught.value)
    assert cli_main(["--db", url, "list"]) == 2
    with _connect(server, database) as conn:
        tables = {r[0] for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}
        assert tables == {"invoices"}
        assert conn.execute("SELECT total FROM invoices").fetchone()[0] == 42


def test_an_empty_database_becomes_a_marked_register(url: str) -> None:
    db = open_database(url)
    try:
        assert demo.is_empty(db)
        who = backups.register_identity(db)
        assert who is not None and who.name == make_url(url).database and "password" not in who.location
    finally:
        db.close()


def test_a_migration_on_postgres_takes_a_pg_dump_first(url: str, tmp_path: Path) -> None:
    engine = make_engine(url)
    upgrade_to(engine, "0001")
    fill_with_demo(engine, tmp_path / "current.sqlite3")
    assert "register_info" not in inspect(engine).get_table_names()
    engine.dispose()
    db = open_database(url)
    try:
        who = backups.register_identity(db)
        assert who is not None and migrate.current_revision(db.engine) == migrate.head_revision(db.engine)
        folder = backups.backups_folder(db)
    finally:
        db.close()
    made = [p for p in folder.iterdir() if who.short_id in p.name and "-before-migration." in p.name]
    assert len(made) == 1 and made[0].read_bytes()[:5] == b"PGDMP"
    assert backup.inspect(made[0]).revision == "0001"


def test_missing_client_tools_give_a_message_naming_the_package(
    url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    demo_register(url)
    monkeypatch.setattr(pgtools, "PG_LIB", tmp_path / "no-postgresql")
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))
    target = tmp_path / "office.dump"
    assert cli_main(["--db", url, "backup", "-o", str(target)]) == 1
    captured = capsys.readouterr()
    assert "pg_dump was not found" in captured.err and "postgresql-client" in captured.err
    assert "Backup written" not in captured.out and not target.exists()


def test_the_password_reaches_the_tools_through_the_environment_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[list[str], dict[str, str]]] = []

    def fake_run(argv: list[str], **kwargs: object) -> subprocess.CompletedProcess[bytes]:
        seen.append((argv, kwargs["env"]))  # type: ignore[arg-type]
        Path(argv[-1].split("=", 1)[1]).write_bytes(b"PGDMP")
        return subprocess.CompletedProcess(argv, 0, b"", b"")

    monkeypatch.setattr(pgtools.subprocess, "run", fake_run)
    url = make_url("postgresql+psycopg://clerk:s3cr%40t@db.mfa.local:5433/kelisim?sslmode=require")
    pgtools.dump(url, tmp_path / "x.dump")
    argv, env = seen[0]
    assert not any("s3cr" in part for part in argv)
    assert env["PGPASSWORD"] == "s3cr@t" and env["PGHOST"] == "db.mfa.local" and env["PGPORT"] == "5433"
    assert env["PGUSER"] == "clerk" and env["PGDATABASE"] == "kelisim" and env["PGSSLMODE"] == "require"


def test_a_backup_of_the_wrong_kind_is_refused(url: str, tmp_path: Path) -> None:
    demo_register(url)
    sqlite_db = open_database(tmp_path / "register.sqlite3")
    pg_db = open_database(url)
    try:
        sqlite_copy = backup.backup_to(sqlite_db.engine, tmp_path / "copy.sqlite3")
        pg_copy = backup.backup_to(pg_db.engine, tmp_path / "copy.dump")
        with pytest.raises(StorageError, match="SQLite backup") as into_server:
            backup.restore_into(pg_db.engine, sqlite_copy, allow_other_register=True)
        with pytest.raises(StorageError, match="PostgreSQL backup") as into_file:
            backup.restore_into(sqlite_db.engine, pg_copy, allow_other_register=True)
        # The whole refusal in the clerk's language: no English words left inside the sentence.
        assert render(into_server.value.message, "ru").endswith(
            "этот реестр — на сервере PostgreSQL. Восстанавливайте её в реестр того же вида"
        )
        assert "файл SQLite" in render(into_file.value.message, "ru")
        for refusal in (into_server.value.message, into_file.value.message):
            for language in ("ru", "kk"):
                assert not re.search(r"\b(on|a|server|file)\b", render(refusal, language)), render(refusal, language)
        text = tmp_path / "notes.dump"
        text.write_text("not an archive")
        with pytest.raises(StorageError, match="not a SQLite database"):
            backup.restore_into(pg_db.engine, text)
        assert len(refs(pg_db)) == 10
    finally:
        sqlite_db.close()
        pg_db.close()


def test_identity_survives_reopening_and_names_the_database(url: str) -> None:
    demo_register(url)
    first = open_database(url)
    one = identity.engine_identity(first.engine)
    first.close()
    second = open_database(url)
    try:
        assert identity.engine_identity(second.engine) == one
    finally:
        second.close()


@pytest.mark.gui
def test_file_back_up_and_restore_work_in_the_window_on_postgres(
    url: str, tmp_path: Path, qtbot, qapp, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from desktop.ui.application import prepare_app
    from desktop.ui.main_window import MainWindow

    demo_register(url)
    db = open_database(url)
    prepare_app(qapp)
    # A refusal would open a message box no one closes: it is recorded and fails the test with its words.
    refused: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: refused.append(text))
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    try:
        actions = window.backup_actions
        assert actions.act_backup.isEnabled() and actions.act_restore.isEnabled()
        target = tmp_path / "office backup.dump"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
        actions.act_backup.trigger()
        qtbot.waitUntil(lambda: "Backup written" in actions.last_message or bool(refused), timeout=30_000)
        assert not refused, refused
        assert target.read_bytes()[:5] == b"PGDMP"
        commitments.save(db, CommitmentData(title="Typed after the backup", ref="LATE-1"))
        asked: list[str] = []
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
        monkeypatch.setattr(
            QMessageBox, "question", lambda _p, _t, text, *a: asked.append(text) or QMessageBox.StandardButton.Yes
        )
        actions.act_restore.trigger()
        qtbot.waitUntil(lambda: "Restored from" in actions.last_message or bool(refused), timeout=30_000)
        assert not refused, refused
        assert asked and "kept as a backup" in asked[0]
        assert "LATE-1" not in refs(db) and len(refs(db)) == 10
    finally:
        window.ctx.wait_idle()
        window.close()
        db.close()


def test_check_on_postgres_says_what_it_checked(
    server: TempPostgres, url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    demo_register(url)
    assert cli_main(["--db", url, "check"]) == 0
    out = capsys.readouterr().out
    assert "ok (a Kelisim register, schema" in out and "integrity and references checked" not in out
    foreign = server.create_database("kb_check_foreign")
    with _connect(server, "kb_check_foreign") as conn:
        conn.execute("CREATE TABLE ledger (id int)")
    assert cli_main(["--db", foreign, "check"]) == 1
    assert "CANNOT BE USED" in capsys.readouterr().out
