"""A restore counts none of this program's own connections as "others connected": the window's pooled
connections (a background read still holding one), its live-refresh watcher, and connections it closed a
moment ago that the server is still ending. A genuinely different client still makes it refuse, in the
clerk's language. (It once hung CI: the window's own read was taken for another clerk and the refusal's
message box waited for a click.)"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import Engine

from desktop.domain.catalogue import render
from desktop.domain.errors import StorageError
from desktop.services import backups, commitment_list, commitments, live
from desktop.services.records import CommitmentData
from desktop.storage import backup
from desktop.storage.database import Database


def refs(db: Database) -> set[str]:
    return {r[commitment_list.Col.REF] for r in commitment_list.list_rows(db)}


def backup_file(db: Database, tmp_path: Path) -> Path:
    return backups.backup_now(db, tmp_path / ("office.sqlite3" if db.path is not None else "office.dump"))


@pytest.fixture
def stranger(db: Database) -> Iterator[Any]:
    """A genuinely different client of the server register: a connection this program's engines did not open."""
    url = db.engine.url
    with psycopg.connect(
        host=str(url.query["host"]), port=int(str(url.query["port"])), user=url.username, dbname=url.database
    ) as conn:
        conn.execute("SET application_name = 'Kelisim of another clerk'")
        conn.commit()
        yield conn


def test_restore_beside_the_programs_own_read_and_watcher(demo_db: Database, tmp_path: Path) -> None:
    archive = backup_file(demo_db, tmp_path)
    commitments.save(demo_db, CommitmentData(title="Typed after the backup", ref="LATE-1"))
    watcher = live.watch(demo_db)  # the window's live refresh
    reading = demo_db.engine.connect()  # a background read's connection, still checked out of the pool
    reading.exec_driver_sql("SELECT 1")
    reading.commit()
    try:
        assert backup.other_sessions(demo_db.engine) == []
        kept = backups.restore_open(demo_db, archive)
    finally:
        reading.close()
        watcher.close()
    assert kept.is_file()
    assert "LATE-1" not in refs(demo_db) and len(refs(demo_db)) == 10


@pytest.mark.gui
def test_the_clerk_restores_while_a_read_of_the_window_holds_a_connection(
    demo_db: Database, tmp_path: Path, qtbot, qapp, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from desktop.ui.application import prepare_app
    from desktop.ui.main_window import MainWindow
    from desktop.ui.operations import run_query

    prepare_app(qapp)
    refused: list[str] = []  # a refusal's message box would wait for a click: recorded instead
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: refused.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    window.show()
    release = threading.Event()
    holding = threading.Event()
    try:
        qtbot.waitUntil(lambda: all(p.is_loaded for p in window.pages.values()), timeout=20_000)
        assert window.live_refresh.watcher is not None  # type: ignore[attr-defined]
        archive = backup_file(demo_db, tmp_path)
        commitments.save(demo_db, CommitmentData(title="Typed after the backup", ref="LATE-1"))

        def slow_read(db: Database) -> int:
            with db.engine.connect() as conn:  # the window's own pool, as every page's reload
                conn.exec_driver_sql("SELECT 1")
                holding.set()
                release.wait(60)
            return 1

        run_query(window.ctx, slow_read, lambda _n: None)
        assert holding.wait(20)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(archive), ""))
        actions = window.backup_actions
        actions.act_restore.trigger()
        qtbot.waitUntil(lambda: "Restored from" in actions.last_message or bool(refused), timeout=60_000)
        assert not refused, refused
        assert "LATE-1" not in refs(demo_db) and len(refs(demo_db)) == 10
    finally:
        release.set()
        window.ctx.wait_idle()
        window.close()


@pytest.mark.postgres
@pytest.mark.parametrize("engine_name", ["postgres"])
def test_a_connection_closed_a_moment_ago_is_not_someone_else(demo_db: Database) -> None:
    engine: Engine = demo_db.engine
    raw = engine.raw_connection()
    driver: Any = raw.driver_connection
    pid = int(driver.info.backend_pid)
    # The server goes on listing a process it has not ended yet: one busy for a second when its client left.
    driver.pgconn.send_query(b"SELECT pg_sleep(1)")
    raw.invalidate()  # closed: the server notices when the sleep is over
    with engine.connect() as conn:
        listed = conn.exec_driver_sql("SELECT count(*) FROM pg_stat_activity WHERE pid = %s", (pid,)).scalar()
    assert listed == 1  # still there when the restore asks
    assert backup.other_sessions(engine) == []


@pytest.mark.postgres
@pytest.mark.parametrize("engine_name", ["postgres"])
def test_restore_still_refuses_beside_another_client_in_the_clerks_language(
    demo_db: Database, tmp_path: Path, stranger: Any
) -> None:
    archive = backup_file(demo_db, tmp_path)
    commitments.save(demo_db, CommitmentData(title="Typed after the backup", ref="LATE-1"))
    watcher = live.watch(demo_db)
    try:
        with pytest.raises(StorageError) as caught:
            backups.restore_open(demo_db, archive)
    finally:
        watcher.close()
    english = render(caught.value.message, "en")
    assert "others are connected" in english and "Kelisim of another clerk" in english
    assert "nothing was changed" in english and english.count("Kelisim of another clerk") == 1
    for language in ("ru", "kk"):
        words = render(caught.value.message, language)
        assert "Kelisim of another clerk" in words  # the program's own name for itself, as it is
        assert "others are connected" not in words and "own computer" not in words and " from " not in words
        assert f" of {demo_db.engine.url.username}" not in words
    assert "LATE-1" in refs(demo_db)  # nothing was changed


@pytest.mark.postgres
@pytest.mark.parametrize("engine_name", ["postgres"])
def test_a_read_of_this_program_keeping_its_tables_makes_the_restore_give_up_not_wait(
    demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup, "OWN_READS_WAIT_S", 1)
    archive = backup_file(demo_db, tmp_path)
    commitments.save(demo_db, CommitmentData(title="Typed after the backup", ref="LATE-1"))
    with demo_db.engine.connect() as reading:  # ours, so not "someone else"; its transaction keeps the table
        reading.exec_driver_sql("SELECT count(*) FROM commitment")
        with pytest.raises(StorageError) as caught:
            backups.restore_open(demo_db, archive)
    english = render(caught.value.message, "en")
    assert "still reading the register (waited 1 seconds)" in english and "nothing was changed" in english
    for language in ("ru", "kk"):
        assert "still reading" not in render(caught.value.message, language)
    assert "LATE-1" in refs(demo_db)
    backups.restore_open(demo_db, archive)  # the read done, the restore goes through
    assert "LATE-1" not in refs(demo_db) and len(refs(demo_db)) == 10


@pytest.mark.gui
@pytest.mark.postgres
@pytest.mark.parametrize("engine_name", ["postgres"])
def test_the_clerk_is_told_who_else_is_connected_and_nothing_changes(
    demo_db: Database, tmp_path: Path, stranger: Any, qtbot, qapp, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from desktop.ui.application import prepare_app
    from desktop.ui.main_window import MainWindow

    prepare_app(qapp)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: shown.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    window.show()
    try:
        archive = backup_file(demo_db, tmp_path)
        commitments.save(demo_db, CommitmentData(title="Typed after the backup", ref="LATE-1"))
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(archive), ""))
        window.backup_actions.act_restore.trigger()
        qtbot.waitUntil(lambda: bool(shown), timeout=60_000)
        assert len(shown) == 1 and "others are connected" in shown[0] and "Kelisim of another clerk" in shown[0]
        assert "Restored from" not in window.backup_actions.last_message
        assert "LATE-1" in refs(demo_db)
    finally:
        window.ctx.wait_idle()
        window.close()
