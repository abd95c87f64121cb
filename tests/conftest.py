"""Shared fixtures: every test gets its own data dir, settings and database.

One suite, two engines: ``db`` and ``demo_db`` (and ``db_target``/``demo_target``, the ``--db`` value of a
fresh register for command-line tests) run each test on SQLite and on PostgreSQL. The PostgreSQL runs carry
the ``postgres`` marker (``-m postgres`` / ``-m "not postgres"``) and share ONE throw-away server per test
session (tests/postgres_server.py), started on the first PostgreSQL test. Each test gets its own database,
copied by the server from a template migrated once (``CREATE DATABASE … TEMPLATE …``), with a second
template holding the demo register for ``demo_db``.

Tests that genuinely need a file (the file's bytes, SQLite pragmas, SQLite-only faults) use ``sqlite_db`` /
``sqlite_demo_db`` / ``db_path``: SQLite-only, explicitly.
"""

from __future__ import annotations

import itertools
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
from tests.postgres_server import TempPostgres  # noqa: E402

SQLITE = "sqlite"
POSTGRES = "postgres"
ENGINES = [SQLITE, pytest.param(POSTGRES, marks=pytest.mark.postgres, id=POSTGRES)]


class PostgresTemplates:
    """The session's server with two migrated templates: an empty register and the demo register."""

    EMPTY = "kelisim_template_empty"
    DEMO = "kelisim_template_demo"

    def __init__(self, server: TempPostgres) -> None:
        self.server = server
        self._serial = itertools.count(1)
        self._made: set[str] = set()

    def _template(self, name: str, *, with_demo: bool) -> str:
        if name not in self._made:
            database = open_database(self.server.create_database(name))
            try:
                if with_demo:
                    demo.load_demo(database)
            finally:
                database.close()  # a template must have no connections when it is copied
            self._made.add(name)
        return name

    def fresh(self, *, with_demo: bool = False) -> tuple[str, str]:
        """(name, URL) of a new database copied from the migrated (demo) template."""
        template = self._template(self.DEMO if with_demo else self.EMPTY, with_demo=with_demo)
        name = f"kelisim_test_{next(self._serial)}"
        return name, self.server.create_database(name, template=template)

    def drop(self, name: str) -> None:
        self.server.drop_database(name)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[TempPostgres]:
    """One throw-away PostgreSQL server for the whole session, started on first use."""
    server = TempPostgres()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def pg_templates(pg_server: TempPostgres) -> PostgresTemplates:
    return PostgresTemplates(pg_server)


@pytest.fixture(params=ENGINES)
def engine_name(request: pytest.FixtureRequest) -> str:
    """'sqlite' or 'postgres': the engine this run of the test uses."""
    return str(request.param)


def _target(engine_name: str, tmp_path: Path, request: pytest.FixtureRequest, *, with_demo: bool) -> Iterator[str]:
    if engine_name == SQLITE:
        path = tmp_path / "register.sqlite3"
        if with_demo:
            database = open_database(path)
            demo.load_demo(database)
            database.close()
        yield str(path)
        return
    templates: PostgresTemplates = request.getfixturevalue("pg_templates")
    name, url = templates.fresh(with_demo=with_demo)
    yield url
    templates.drop(name)


@pytest.fixture
def db_target(engine_name: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """The ``--db`` value of a new empty register: a file path on SQLite, the URL on PostgreSQL.

    On SQLite the file does not exist yet (the first open creates it); on PostgreSQL the database exists,
    migrated.
    """
    yield from _target(engine_name, tmp_path, request, with_demo=False)


@pytest.fixture
def demo_target(engine_name: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """The ``--db`` value of a register holding the demo: a file path on SQLite, the URL on PostgreSQL."""
    yield from _target(engine_name, tmp_path, request, with_demo=True)


@pytest.fixture
def db(engine_name: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Database]:
    """An open, migrated register on each engine; with ``demo_db`` in the test, the demo is loaded."""
    with_demo = "demo_db" in request.fixturenames
    targets = _target(engine_name, tmp_path, request, with_demo=with_demo and engine_name == POSTGRES)
    database = open_database(next(targets))
    if with_demo and engine_name == SQLITE:
        demo.load_demo(database)
    yield database
    database.close()
    next(targets, None)  # drops the PostgreSQL database


@pytest.fixture
def another_db(engine_name: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Database]:
    """A second, empty register on the same engine as ``db`` (a copy to import into, a second office)."""
    folder = tmp_path / "another"
    folder.mkdir()
    targets = _target(engine_name, folder, request, with_demo=False)
    database = open_database(next(targets))
    yield database
    database.close()
    next(targets, None)


@pytest.fixture
def demo_db(db: Database) -> Database:
    """``db`` holding the demo register (Kazakhstan–China protocol, ten commitments)."""
    return db


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A SQLite file path (not yet created): for tests of the file itself."""
    return tmp_path / "register.sqlite3"


@pytest.fixture
def sqlite_db(db_path: Path) -> Iterator[Database]:
    """SQLite only, explicitly: for tests that need the register's file (bytes, pragmas, file faults)."""
    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture
def sqlite_demo_db(sqlite_db: Database) -> Database:
    demo.load_demo(sqlite_db)
    return sqlite_db
