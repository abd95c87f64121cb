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


def copy_register(template: Path, target: Path) -> Database:
    """A copy of a closed template register, opened as a freshly made one (no daily backup yet).

    Through SQLite's backup API, private to the user as the app creates its files. Building a register costs
    its migrations (and the demo its services); a copy costs a file.
    """
    old_umask = os.umask(0o077)
    try:
        with sqlite3.connect(template) as source, sqlite3.connect(target) as copy:
            source.backup(copy)
        source.close()
        copy.close()
    finally:
        os.umask(old_umask)
    return open_database(target, daily_backup=False)


@pytest.fixture(scope="session")
def empty_register(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty register with every migration applied, made once per run: ``db`` hands out copies of it."""
    path = tmp_path_factory.mktemp("empty") / "register.sqlite3"
    open_database(path).close()
    return path


@pytest.fixture(scope="session")
def demo_register(empty_register: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo register, loaded once per run (1.5 s each time): ``demo_db`` hands out copies of it."""
    path = tmp_path_factory.mktemp("demo") / "register.sqlite3"
    database = copy_register(empty_register, path)
    try:
        demo.load_demo(database)
    finally:
        database.close()
    return path


@pytest.fixture
def db(db_path: Path, empty_register: Path) -> Iterator[Database]:
    database = copy_register(empty_register, db_path)
    yield database
    database.close()


@pytest.fixture
def demo_db(db_path: Path, demo_register: Path) -> Iterator[Database]:
    database = copy_register(demo_register, db_path)
    yield database
    database.close()
