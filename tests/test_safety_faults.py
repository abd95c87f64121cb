"""Faults that must lose nothing: a killed process, two clerks, a read-only file, a lock, a full disk."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event

from desktop.domain.errors import ConflictError, StorageError
from desktop.services import commitment_list, commitments, parties
from desktop.services.records import CommitmentData, PartyData
from desktop.storage import engine as engine_module
from desktop.storage.database import Database, open_database
from tests.engines import db_arg

ROOT = Path(__file__).resolve().parents[1]


def dump(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return list(conn.iterdump())


def integrity(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


@pytest.mark.slow
def test_sigkill_during_writes_loses_no_committed_record(db_path: Path) -> None:
    open_database(db_path).close()
    script = textwrap.dedent(f"""
        import sys
        from desktop.services import commitments
        from desktop.services.records import CommitmentData
        from desktop.storage.database import open_database
        db = open_database({str(db_path)!r})
        n = 0
        while True:
            n += 1
            ref = f"K-{{n:06d}}"
            commitments.save(db, CommitmentData(title=f"Written before the kill {{n}} — қазақ 中文", ref=ref))
            print(ref, flush=True)
    """)
    proc = subprocess.Popen(
        [sys.executable, "-c", script], cwd=ROOT, stdout=subprocess.PIPE, text=True, env=os.environ.copy()
    )
    assert proc.stdout is not None
    committed: list[str] = []
    deadline = time.monotonic() + 60
    while len(committed) < 40 and time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        committed.append(line.strip())
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    committed += [line.strip() for line in proc.stdout.read().splitlines() if line.strip()]
    assert len(committed) >= 40, "the writer did not get going"
    db = open_database(db_path)
    try:
        refs = {r[commitment_list.Col.REF] for r in commitment_list.list_rows(db)}
    finally:
        db.close()
    assert set(committed) <= refs
    assert integrity(db_path) == "ok"


def test_second_save_of_one_commitment_is_refused(demo_db: Database) -> None:
    other = open_database(db_arg(demo_db))  # a second window, on the same file or server database
    try:
        row = commitment_list.list_rows(demo_db)[0]
        mine = commitments.get(demo_db, row[commitment_list.Col.ID])
        theirs = commitments.get(other, row[commitment_list.Col.ID])
        theirs.agency = "Changed in the other window"
        commitments.save(other, theirs)
        mine.agency = "Changed in this window"
        with pytest.raises(ConflictError) as caught:
            commitments.save(demo_db, mine)
        assert "changed by someone else" in str(caught.value)
        assert "Your changes were not saved" in str(caught.value)
        stored = commitments.get(demo_db, row[commitment_list.Col.ID])
        assert stored.agency == "Changed in the other window"
    finally:
        other.close()


def _unmount(point: Path) -> None:
    import gc

    gc.collect()  # a kept traceback may still hold a connection to a file on the mount
    if subprocess.run(["umount", str(point)], check=False).returncode != 0:
        subprocess.run(["umount", "-l", str(point)], check=True)


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """(writable folder, the same folder seen read-only). Root ignores file modes: use a read-only mount."""
    source = tmp_path / "rw"
    view = tmp_path / "ro"
    source.mkdir()
    view.mkdir()
    if os.geteuid() == 0:
        subprocess.run(["mount", "--bind", str(source), str(view)], check=True)
        subprocess.run(["mount", "-o", "remount,ro,bind", str(view)], check=True)
        try:
            yield source, view
        finally:
            _unmount(view)
    else:
        view.rmdir()
        view.symlink_to(source)
        yield source, view
        for item in source.iterdir():
            item.chmod(0o600)
        source.chmod(0o700)


@pytest.mark.slow
def test_read_only_database_gives_a_clear_message(read_only_folder: tuple[Path, Path]) -> None:
    source, view = read_only_folder
    db = open_database(source / "register.sqlite3")
    parties.save(db, PartyData(name="Republic of Kazakhstan", short_name="Kazakhstan", country_code="KZ"))
    db.close()
    before = dump(source / "register.sqlite3")
    if os.geteuid() != 0:
        (source / "register.sqlite3").chmod(0o400)
        source.chmod(0o500)
    with pytest.raises(StorageError) as caught:
        ro = open_database(view / "register.sqlite3")
        try:
            parties.save(ro, PartyData(name="Mongolia", country_code="MN"))
        finally:
            ro.close()
    message = str(caught.value)
    assert "read-only" in message or "cannot be opened" in message
    assert dump(source / "register.sqlite3") == before


def test_locked_database_gives_a_clear_message(sqlite_demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    demo_db = sqlite_demo_db  # SQLite only: the test needs the register's file
    assert demo_db.path is not None
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 300)
    db = open_database(demo_db.path)
    before = dump(demo_db.path)
    statements: list[str] = []
    event.listen(db.engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    blocker = sqlite3.connect(demo_db.path, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StorageError) as caught:
            parties.save(db, PartyData(name="Mongolia", country_code="MN"))
        # The mechanism, not the clock: the write asked for the lock up front (BEGIN IMMEDIATE, so SQLite waits
        # instead of answering BUSY at once) on a connection that waits the configured busy timeout, then gave up.
        assert "BEGIN IMMEDIATE" in statements
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 300
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
        db.close()
    assert "busy" in str(caught.value) and "nothing was changed" in str(caught.value)
    assert dump(demo_db.path) == before


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path | None]:
    """A 1 MB tmpfs when we may mount one (root); otherwise None and the test caps the page count."""
    mount_point = tmp_path / "tiny"
    mount_point.mkdir()
    if (
        os.geteuid() == 0
        and subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount_point)], check=False).returncode
        == 0
    ):
        try:
            yield mount_point
        finally:
            _unmount(mount_point)
    else:
        yield None


@pytest.mark.slow
def test_full_disk_gives_a_clear_message_and_keeps_saved_records(tiny_disk: Path | None, tmp_path: Path) -> None:
    from sqlalchemy import event

    path = (tiny_disk or tmp_path) / "register.sqlite3"
    db = open_database(path, auto_backup=False)
    if tiny_disk is None:
        with db.engine.connect() as conn:
            limit = conn.exec_driver_sql("PRAGMA page_count").scalar() + 40
        event.listen(db.engine, "connect", lambda c, _r: c.execute(f"PRAGMA max_page_count = {limit}"))
        db.engine.dispose()
    saved: list[str] = []
    with pytest.raises(StorageError) as caught:
        for n in range(100_000):
            ref = f"FULL-{n:05d}"
            commitments.save(db, CommitmentData(title=f"Filling the disk {n} " + "ж" * 400, ref=ref))
            saved.append(ref)
    assert "disk is full" in str(caught.value) and "nothing was saved" in str(caught.value)
    assert len(saved) >= 5  # several records fit before the disk fills (each also writes its audit-trail row)
    db.close()
    if tiny_disk is not None:
        # Space freed (say the clerk deleted something): the register opens with every saved record.
        subprocess.run(["mount", "-o", "remount,size=8m", str(tiny_disk)], check=True)
    reopened = open_database(path, auto_backup=False)
    try:
        refs = {r[commitment_list.Col.REF] for r in commitment_list.list_rows(reopened)}
    finally:
        reopened.close()
    assert set(saved) <= refs
    assert integrity(path) == "ok"
