"""A register is recognised before anything is written; `?` in paths; restore vs an open window;
separate backup pools (issue 9, the storage side, on SQLite)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import quote

import pytest

from desktop.cli import main as cli_main
from desktop.domain.errors import StorageError
from desktop.services import backups, commitment_list, commitments, demo
from desktop.services.records import CommitmentData
from desktop.storage import backup
from desktop.storage.database import open_database
from desktop.storage.engine import APPLICATION_ID
from desktop.storage.lock import RegisterLock, holder_of

ROOT = Path(__file__).resolve().parents[1]


def side_files(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name != path.name and p.name.startswith(path.name))


def _songs(path: Path, *, wal: bool, app_id: int = 0) -> None:
    with closing(sqlite3.connect(path)) as conn:
        if wal:
            conn.execute("PRAGMA journal_mode = WAL")
        if app_id:
            conn.execute(f"PRAGMA application_id = {app_id}")
        conn.execute("CREATE TABLE songs (id INTEGER PRIMARY KEY, title TEXT)")
        conn.execute("INSERT INTO songs (title) VALUES ('Атамекен')")
        conn.commit()
        if wal:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for side in ("-wal", "-shm"):
        path.with_name(path.name + side).unlink(missing_ok=True)


def _empty_sqlite(path: Path, *, wal: bool, app_id: int = 0) -> None:
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA user_version = 7")  # writes the header: a SQLite file with no tables
        if wal:
            conn.execute("PRAGMA journal_mode = WAL")
        if app_id:
            conn.execute(f"PRAGMA application_id = {app_id}")
        conn.commit()
    for side in ("-wal", "-shm"):
        path.with_name(path.name + side).unlink(missing_ok=True)


CASES = {
    "another program's tables (rollback journal)": lambda p: _songs(p, wal=False),
    "another program's tables (WAL)": lambda p: _songs(p, wal=True),
    "another program's application id": lambda p: _songs(p, wal=True, app_id=0x1234),
    "an empty SQLite database without the mark": lambda p: _empty_sqlite(p, wal=False),
    "an empty WAL database without the mark": lambda p: _empty_sqlite(p, wal=True),
    "an empty database with another application id": lambda p: _empty_sqlite(p, wal=False, app_id=99),
}


@pytest.mark.parametrize("make", CASES.values(), ids=CASES.keys())
def test_a_file_that_is_not_a_kelisim_register_is_refused_unchanged(
    tmp_path: Path, make, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "other.db"
    make(path)
    before = path.read_bytes()
    stat_before = path.stat()
    with pytest.raises(StorageError) as caught:
        open_database(path)
    assert "another program" in str(caught.value) and "left unchanged" in str(caught.value)
    for command in (["list"], ["demo"], ["backup"], ["export", "xlsx", "-o", str(tmp_path / "x.xlsx")]):
        assert cli_main(["--db", str(path), *command]) == 2
        assert "another program" in capsys.readouterr().err
    assert path.read_bytes() == before  # not one byte changed
    assert path.stat().st_mtime_ns == stat_before.st_mtime_ns
    assert side_files(path) == []  # no -wal, -shm or -journal left beside it
    assert not (tmp_path / "backups").exists()


@pytest.mark.slow
def test_a_kelisim_register_whose_mark_still_sits_in_its_wal_opens(tmp_path: Path) -> None:
    path = tmp_path / "register.sqlite3"
    db = open_database(path)
    demo.load_demo(db)
    db.close()
    # A crash after the mark was written to the -wal but before the checkpoint: the header says 0.
    keep = sqlite3.connect(path)
    keep.execute("PRAGMA wal_autocheckpoint = 0")
    keep.execute("PRAGMA application_id = 0")
    keep.commit()
    keep.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    keep.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    keep.commit()
    with open(path, "rb") as handle:
        assert int.from_bytes(handle.read(100)[68:72], "big") == 0
    reopened = open_database(path)
    try:
        assert len(commitment_list.list_rows(reopened)) == 10
    finally:
        reopened.close()
        keep.close()


@pytest.mark.slow
def test_a_new_or_zero_length_file_is_set_up_as_a_register(tmp_path: Path) -> None:
    for path in (tmp_path / "new.sqlite3", tmp_path / "empty.sqlite3"):
        if path.name == "empty.sqlite3":
            path.touch()
        db = open_database(path)
        try:
            assert demo.is_empty(db)
        finally:
            db.close()
        with closing(sqlite3.connect(path)) as conn:
            assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
            assert conn.execute("SELECT count(*) FROM register_info").fetchone()[0] == 1


@pytest.mark.slow
@pytest.mark.parametrize("name", ["reg?x=1.sqlite3", "reg#1.sqlite3", "mode=ro&x.sqlite3", "a%20b.sqlite3"])
def test_any_file_name_is_a_path(
    tmp_path: Path, name: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # restored afterwards: later tests run main.py from the project folder
    assert cli_main(["--db", name, "demo"]) == 0
    assert cli_main(["--db", name, "backup", "-o", "copy.sqlite3"]) == 0
    capsys.readouterr()
    assert (tmp_path / name).is_file()
    made = {p.name for p in tmp_path.iterdir() if p.is_file() and not p.name.startswith(name)}
    assert made == {"copy.sqlite3"}  # no register written to "reg" or "a b.sqlite3"
    with closing(sqlite3.connect(f"file:{quote(str(tmp_path / name))}?mode=ro", uri=True)) as c:
        assert c.execute("SELECT count(*) FROM commitment").fetchone()[0] == 10
    assert cli_main(["--db", name, "list"]) == 0
    assert "10 commitments" in capsys.readouterr().out


def test_a_url_is_recognised_only_by_its_scheme(tmp_path: Path) -> None:
    from sqlalchemy.engine import URL

    from desktop.storage.location import register_target

    assert register_target(f"sqlite:///{tmp_path}/r.sqlite3") == tmp_path / "r.sqlite3"
    assert isinstance(register_target("postgresql://clerk@db.mfa.local/kelisim"), URL)
    assert register_target("postgresql://clerk@db/kelisim").drivername == "postgresql+psycopg"  # type: ignore[union-attr]
    assert isinstance(register_target("postgresql+psycopg://clerk@db/kelisim"), URL)
    odd = "notes://x.sqlite3"
    assert register_target(odd) == Path(odd).resolve()  # not a scheme Kelisim knows: a path


@pytest.fixture
def register(tmp_path: Path) -> Path:
    path = tmp_path / "register.sqlite3"
    db = open_database(path)
    demo.load_demo(db)
    db.close()
    return path


@pytest.fixture
def window_elsewhere(register: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process holding the register the way an open window does (the same lock)."""
    script = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from desktop.ui.application import acquire_lock
        lock = acquire_lock(Path({str(register)!r}))
        print("locked" if lock else "refused", flush=True)
        sys.stdin.read()
    """)
    proc = subprocess.Popen(
        [sys.executable, "-c", script], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
    yield proc
    proc.communicate("", timeout=30)


@pytest.mark.slow
def test_restore_refuses_while_a_window_has_the_register_open(
    register: Path, window_elsewhere: subprocess.Popen[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "copy.sqlite3"
    assert cli_main(["--db", str(register), "backup", "-o", str(copy)]) == 0
    db = open_database(register)
    commitments.save(db, CommitmentData(title="Typed in the window", ref="WIN-1"))
    db.close()
    capsys.readouterr()
    before = register.read_bytes()
    assert cli_main(["--db", str(register), "restore", str(copy)]) == 1
    err = capsys.readouterr().err
    assert f"process {window_elsewhere.pid}" in err and "open in Kelisim" in err and "close that window" in err
    assert register.read_bytes() == before
    holder = holder_of(register)
    assert holder is not None and holder.pid == str(window_elsewhere.pid)


def test_a_window_cannot_open_while_a_restore_holds_the_register(register: Path) -> None:
    from desktop.ui.application import acquire_lock

    with RegisterLock.acquire(register, "restore"):
        assert acquire_lock(register) is None
    lock = acquire_lock(register)  # released: a crashed holder's lock would be free too
    assert lock is not None
    lock.release()
    assert not register.with_name(register.name + ".lock").exists()


@pytest.mark.slow
def test_a_lock_left_by_a_killed_process_is_free(register: Path) -> None:
    db = open_database(register)
    saved = backup.automatic_backup(db.engine, "manual")
    db.close()
    script = (
        "from pathlib import Path; from desktop.storage.lock import RegisterLock; import os, sys; "
        f"RegisterLock.acquire(Path({str(register)!r}), 'test'); os._exit(0)"
    )
    subprocess.run([sys.executable, "-c", script], cwd=ROOT, check=True, timeout=60)
    assert register.with_name(register.name + ".lock").exists()  # left behind
    assert holder_of(register) is None
    assert backups.restore(register, saved).kept is not None


def _dated(path: Path, days_ago: int) -> Path:
    """Move a backup's stamp ``days_ago`` days back (the name carries the date)."""
    entry = backup.parse_name(path)
    assert entry is not None and entry.taken_at is not None
    stamp = (entry.taken_at - timedelta(days=days_ago)).strftime("%Y%m%d-%H%M%S-%f")
    target = path.with_name(path.name.replace(entry.taken_at.strftime("%Y%m%d-%H%M%S-%f"), stamp))
    path.rename(target)
    return target


@pytest.mark.slow
def test_routine_backups_and_restores_never_push_out_the_daily_ones(
    register: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = open_database(register)
    dailies = [_dated(backup.automatic_backup(db.engine, "daily"), days) for days in range(1, 13)]
    db.close()
    mine = tmp_path / "backups" / "my own copy.sqlite3"
    assert cli_main(["--db", str(register), "backup", "-o", str(mine)]) == 0
    for _ in range(12):
        assert cli_main(["--db", str(register), "backup"]) == 0
    for _ in range(10):
        assert cli_main(["--db", str(register), "restore", str(mine)]) == 0
    capsys.readouterr()
    kept = backup.list_backups(register)
    pools = {pool: [p for p in kept if f"-{pool}." in p.name] for pool in backup.POOLS}
    # Today's daily backup (made at the first command) plus the nine newest older days: ten days.
    assert len(pools["daily"]) == backup.KEEP_AUTOMATIC
    assert set(dailies[:9]) <= set(pools["daily"]) and not dailies[10].exists() and not dailies[11].exists()
    assert len(pools["manual"]) == backup.KEEP_AUTOMATIC
    assert len(pools["before-restore"]) == backup.KEEP_AUTOMATIC
    assert mine.exists()  # the user's own file is never pruned
    assert cli_main(["--db", str(register), "backups"]) == 0
    out = capsys.readouterr().out
    lines = [line for line in out.splitlines() if "UTC  " in line]
    assert len(lines) == 3 * backup.KEEP_AUTOMATIC
    assert all(("daily" in line) == ("-daily." in line) for line in lines)
    assert all(("before a restore" in line) == ("-before-restore." in line) for line in lines)
    assert all(("manual (backup without -o)" in line) == ("-manual." in line) for line in lines)


def test_backup_never_reports_success_for_nothing(register: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main(["--db", str(register), "backup"]) == 0
    out = capsys.readouterr().out
    written = Path(out.split("Backup written to ", 1)[1].strip())
    assert written.is_file() and backup.inspect_backup(written)
    assert cli_main(["--db", str(register), "backup", "-o", str(register.parent)]) == 1
    assert "is a folder" in capsys.readouterr().err


def test_a_daily_stamp_is_the_utc_day(register: Path) -> None:
    db = open_database(register)
    try:
        made = backup.latest_daily(db.engine)
        assert made is not None and datetime.now(UTC).strftime("%Y%m%d") in made.name
    finally:
        db.close()


@pytest.mark.slow
def test_reading_commands_leave_nothing_beside_the_register(register: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert side_files(register) == []
    for command in (["backups"], ["check"], ["list"], ["backup"]):
        assert cli_main(["--db", str(register), *command]) == 0
        assert side_files(register) == [], command
    capsys.readouterr()


def test_a_foreign_file_offered_as_a_backup_is_not_even_opened(
    register: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    foreign = tmp_path / "songs.sqlite3"
    _songs(foreign, wal=True)
    before = foreign.read_bytes()
    assert cli_main(["--db", str(register), "restore", str(foreign)]) == 1
    assert "not a Kelisim database" in capsys.readouterr().err
    assert foreign.read_bytes() == before and side_files(foreign) == []
