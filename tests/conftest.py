"""Shared fixtures: every test gets its own data dir, settings and database."""

from __future__ import annotations

import os
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


@pytest.fixture
def demo_db(db: Database) -> Database:
    demo.load_demo(db)
    return db
