"""Shared fixtures: every test gets its own data dir, settings and database."""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

# Before Qt loads: no display, and settings/logs never touch the developer's real ones.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_SANDBOX = Path(tempfile.mkdtemp(prefix="kelisim-tests-"))
os.environ["XDG_CONFIG_HOME"] = str(_SANDBOX / "config")
os.environ["KELISIM_DATA_DIR"] = str(_SANDBOX / "data")
os.environ["KELISIM_USER"] = "test-clerk"

import pytest  # noqa: E402

from desktop.services import demo  # noqa: E402
from desktop.storage.database import Database, open_database  # noqa: E402


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "register.sqlite3"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture(scope="session")
def demo_register(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo register, loaded once per run (1.5 s each time): ``demo_db`` hands out copies of it."""
    path = tmp_path_factory.mktemp("demo") / "register.sqlite3"
    database = open_database(path)
    try:
        demo.load_demo(database)
    finally:
        database.close()
    return path


@pytest.fixture
def demo_db(db_path: Path, demo_register: Path) -> Iterator[Database]:
    # A fresh copy per test, through SQLite's backup API (the template is closed; nothing else has it open).
    with sqlite3.connect(demo_register) as source, sqlite3.connect(db_path) as target:
        source.backup(target)
    source.close()
    target.close()
    database = open_database(db_path, daily_backup=False)  # as a freshly loaded register: no backup yet
    yield database
    database.close()
