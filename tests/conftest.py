"""Shared fixtures: every test gets its own data dir, settings and database.

One suite, two engines: ``db`` and ``demo_db`` (and ``db_target``/``demo_target``, the ``--db`` value of a
fresh register for command-line tests) run each test on SQLite and on PostgreSQL. The PostgreSQL runs carry
the ``postgres`` marker (``-m postgres`` / ``-m "not postgres"``) and share ONE throw-away server per test
session (tests/postgres_server.py), started on the first PostgreSQL test. The migrations run once, into a
template; each test then gets the shared test database reset to an empty register or to the demo register
(truncate, then refill from a snapshot: a tenth of the time of copying a database per test); ``another_db``
is a copy of the template (``CREATE DATABASE … TEMPLATE …``).

Tests that genuinely need a file (the file's bytes, SQLite pragmas, SQLite-only faults) use ``sqlite_db`` /
``sqlite_demo_db`` / ``db_path``: SQLite-only, explicitly.
"""

from __future__ import annotations

import itertools
import os
import sqlite3
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

# Before Qt loads: no display, and settings/logs never touch the developer's real ones.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_SANDBOX = Path(tempfile.mkdtemp(prefix="kelisim-tests-"))
os.environ["XDG_CONFIG_HOME"] = str(_SANDBOX / "config")
os.environ["KELISIM_DATA_DIR"] = str(_SANDBOX / "data")

import pytest  # noqa: E402

from desktop.services import demo  # noqa: E402
from desktop.storage.database import Database, open_database  # noqa: E402
from tests import os_login  # noqa: E402
from tests.postgres_server import TempPostgres  # noqa: E402

os_login.install()  # every test acts as the login test-clerk on SQLite (tests/os_login.py)

SQLITE = "sqlite"
POSTGRES = "postgres"
ENGINES = [SQLITE, pytest.param(POSTGRES, marks=pytest.mark.postgres, id=POSTGRES)]


class PostgresTemplates:
    """The session's server: a migrated template (for extra registers) and one shared test database.

    Copying a database per test (``CREATE DATABASE … TEMPLATE``) costs a few tenths of a second; the shared
    database is instead reset between tests: connections left over are ended, every table is truncated (its
    ids restarted) and, for the demo, refilled from a snapshot schema taken once. A reset that fails (a test
    dropped a table) rebuilds the shared database from the template.
    """

    TEMPLATE = "kelisim_template"
    SHARED = "kelisim_test"
    SNAPSHOT = "kelisim_demo_snapshot"

    def __init__(self, server: TempPostgres) -> None:
        self.server = server
        self._serial = itertools.count(1)
        self._template_made = False
        self._tables: list[str] = []  # the shared database's tables, alembic_version aside
        self._sequences: list[str] = []  # tables with an id sequence
        self._revision = ""

    def _template(self) -> str:
        if not self._template_made:
            open_database(self.server.create_database(self.TEMPLATE)).close()  # no connection left: copyable
            self._template_made = True
        return self.TEMPLATE

    def fresh(self) -> tuple[str, str]:
        """(name, URL) of a new empty register copied from the migrated template; ``drop`` it after."""
        name = f"kelisim_extra_{next(self._serial)}"
        return name, self.server.create_database(name, template=self._template())

    def drop(self, name: str) -> None:
        self.server.drop_database(name)

    def shared(self, *, with_demo: bool) -> str:
        """The URL of the shared test database, reset to an empty register or to the demo register."""
        if not self._tables:
            self._build_shared()
        try:
            self._reset(with_demo=with_demo)
        except Exception:  # noqa: BLE001  whatever a test did to it, start again from the template
            self.server.drop_database(self.SHARED)
            self._build_shared()
            self._reset(with_demo=with_demo)
        return self.server.url(self.SHARED)

    def _build_shared(self) -> None:
        database = open_database(self.server.create_database(self.SHARED, template=self._template()))
        try:
            demo.load_demo(database)
        finally:
            database.close()
        with self.server.connect(self.SHARED) as conn:
            self._revision = str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])
            self._tables = [
                str(r[0])
                for r in conn.execute(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
                    "AND table_type = 'BASE TABLE' AND table_name <> 'alembic_version' ORDER BY table_name"
                )
            ]
            self._sequences = [
                str(r[0])
                for r in conn.execute(
                    "SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' "
                    "AND column_name = 'id' AND column_default LIKE 'nextval%%'"
                )
            ]
            conn.execute(f'CREATE SCHEMA "{self.SNAPSHOT}"')
            for table in self._tables:
                conn.execute(f'CREATE TABLE "{self.SNAPSHOT}"."{table}" AS TABLE public."{table}"')

    def _reset(self, *, with_demo: bool) -> None:
        with self.server.connect(self.SHARED) as conn:
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
            with conn.transaction():
                # DELETE, not TRUNCATE: on a few hundred rows it is several times faster (no new files).
                conn.execute("SET LOCAL session_replication_role = replica")  # no foreign key triggers: any order
                statements = [f'DELETE FROM public."{t}"' for t in self._tables]
                statements += [
                    "DELETE FROM alembic_version",
                    f"INSERT INTO alembic_version VALUES ('{self._revision}')",
                ]
                if with_demo:
                    statements += [
                        f'INSERT INTO public."{t}" SELECT * FROM "{self.SNAPSHOT}"."{t}"' for t in self._tables
                    ]
                statements += [
                    f"SELECT setval(pg_get_serial_sequence('public.\"{t}\"', 'id'), "
                    f'coalesce((SELECT max(id) FROM public."{t}"), 0) + 1, false)'
                    for t in self._sequences
                ]
                conn.execute("; ".join(statements))  # one round trip


@pytest.fixture(scope="session")
def pg_server() -> Iterator[TempPostgres]:
    """One throw-away PostgreSQL server for the whole session, started on first use."""
    server = TempPostgres()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def pg_templates(pg_server: TempPostgres) -> PostgresTemplates:
    return PostgresTemplates(pg_server)


@pytest.fixture(autouse=True)
def _nothing_remembered(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts with no remembered window settings or import mappings: one engine's run of a test
    must not leave the clerk's choices (a column shown, a mapping confirmed) to the other engine's run."""
    monkeypatch.setenv("KELISIM_DATA_DIR", str(tmp_path_factory.mktemp("data")))
    if "desktop.ui.settings" in sys.modules:
        store = sys.modules["desktop.ui.settings"].app_settings()
        store.clear()
        store.sync()


@pytest.fixture(autouse=True)
def _collected_on_the_gui_thread(request: pytest.FixtureRequest) -> Iterator[None]:
    """A test with Qt's event loop collects garbage on the GUI thread only, as the window does while it runs
    (desktop/collector.py says why: a collection on a worker thread freeing a Qt object crashed test workers)."""
    if "qtbot" not in request.fixturenames:
        yield
        return
    from desktop.ui.gui_collector import collect_here, stop_collecting_here

    request.getfixturevalue("qapp")
    collect_here()
    try:
        yield
    finally:
        stop_collecting_here()


@pytest.fixture(params=ENGINES)
def engine_name(request: pytest.FixtureRequest) -> str:
    """'sqlite' or 'postgres': the engine this run of the test uses."""
    return str(request.param)


def _target(engine_name: str, tmp_path: Path, request: pytest.FixtureRequest, *, with_demo: bool) -> Iterator[str]:
    if engine_name == SQLITE:
        path = tmp_path / "register.sqlite3"
        if with_demo:
            copy_register(request.getfixturevalue("demo_register"), path).close()
        yield str(path)
        return
    templates: PostgresTemplates = request.getfixturevalue("pg_templates")
    yield templates.shared(with_demo=with_demo)


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
    if engine_name == SQLITE:
        # A copy of a register migrated (and demo loaded) once per run: a copy costs a file.
        template = request.getfixturevalue("demo_register" if with_demo else "empty_register")
        database = copy_register(template, tmp_path / "register.sqlite3")
        yield database
        database.close()
        return
    targets = _target(engine_name, tmp_path, request, with_demo=with_demo)
    database = open_database(next(targets))
    yield database
    database.close()
    next(targets, None)


@pytest.fixture
def another_db(engine_name: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Database]:
    """A second, empty register on the same engine as ``db`` (a copy to import into, a second office)."""
    if engine_name == SQLITE:
        folder = tmp_path / "another"
        folder.mkdir()
        # A copy of the migrated empty register: opened at its own path, it takes its own identity.
        database = copy_register(request.getfixturevalue("empty_register"), folder / "register.sqlite3")
        yield database
        database.close()
        return
    templates: PostgresTemplates = request.getfixturevalue("pg_templates")
    name, url = templates.fresh()
    database = open_database(url)
    yield database
    database.close()
    templates.drop(name)


@pytest.fixture
def demo_db(db: Database) -> Database:
    """``db`` holding the demo register (Kazakhstan–China protocol, ten commitments)."""
    return db


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A SQLite file path (not yet created): for tests of the file itself."""
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
def sqlite_db(db_path: Path, empty_register: Path) -> Iterator[Database]:
    """SQLite only, explicitly: for tests that need the register's file (bytes, pragmas, file faults)."""
    database = copy_register(empty_register, db_path)
    yield database
    database.close()


@pytest.fixture
def sqlite_demo_db(db_path: Path, demo_register: Path) -> Iterator[Database]:
    """The demo register on SQLite only, explicitly."""
    database = copy_register(demo_register, db_path)
    yield database
    database.close()
