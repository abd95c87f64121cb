"""The window's hold on its SQLite register survives its own checks.

In WAL mode every connection keeps a shared lock on the register file; a process closing its last connection
takes the file for unused only when it can lock it exclusively, and then check-points and deletes the WAL and
its index. Closing *any* descriptor of the file drops every POSIX lock the closing process holds on it, so a
check that opened the live register with an ordinary ``open()`` (to read its header) left the window without
its lock: the next import or export job to finish deleted the WAL under the window's connections, and the
register was damaged ("database disk image is malformed"). SQLite file only: these are the file's locks.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.storage.database import Database, open_database
from tests.conftest import copy_register

# Another process (an export job, say) opens the register, reads, and closes its only connection.
OTHER_PROCESS = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
conn.execute("PRAGMA journal_mode = WAL")
conn.execute("SELECT count(*) FROM commitment").fetchone()
conn.close()
"""


def _another_process_reads_and_leaves(path: Path) -> None:
    subprocess.run([sys.executable, "-c", OTHER_PROCESS, str(path)], check=True, timeout=60)


@pytest.mark.parametrize("scan", ["at open", "after the first paint"])
def test_the_record_scan_keeps_this_processs_lock_on_the_register(
    demo_register: Path, tmp_path: Path, scan: str
) -> None:
    path = tmp_path / "register.sqlite3"
    copy_register(demo_register, path).close()  # an existing register: its records are read back on opening
    db: Database = open_database(path, daily_backup=False, defer_scan=scan != "at open")
    try:
        if scan != "at open":
            assert db.scan_pending
            assert db.scan_records() is None  # the window's read-back after its first paint: nothing damaged
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM commitment")).scalar() == 10
            _another_process_reads_and_leaves(path)
            # This process still holds the register: the other one did not take it for unused.
            assert path.with_name(path.name + "-wal").exists()
            assert path.with_name(path.name + "-shm").exists()
            assert conn.execute(text("SELECT count(*) FROM commitment")).scalar() == 10
    finally:
        db.close()
