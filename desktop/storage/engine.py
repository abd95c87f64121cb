"""Engine factory: SQLite with durable pragmas, or a PostgreSQL URL for a shared server."""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import time
import weakref
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL

from desktop.storage import written
from desktop.storage.audit import register_sqlite_functions
from desktop.storage.marks import APPLICATION_ID as APPLICATION_ID  # marks our files: restore and open refuse others

written.install()  # every engine's writes are seen by services.changes.recorded

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000
WRITE_OPTION = "kelisim_write"


def url_for(target: str | Path | URL) -> URL:
    """A path becomes a SQLite URL (whatever characters its name holds); a URL is recognised by its scheme."""
    if isinstance(target, URL):
        return target
    from desktop.storage.location import register_target

    found = register_target(target)
    if isinstance(found, Path):
        return URL.create("sqlite", database=str(found))
    return found


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def sqlite_path(engine: Engine) -> Path | None:
    if not is_sqlite(engine):
        return None
    database = engine.url.database
    if not database or database == ":memory:":
        return None
    return Path(database)


DECODE_ERROR = "Could not decode to UTF-8"


def lenient_text(raw: bytes) -> str:
    """Stored text that is not valid UTF-8 (damage inside a record) read with replacement characters."""
    return raw.decode("utf-8", "replace")


class _LenientCursor(sqlite3.Cursor):
    """A cursor that reads a damaged record with replacement characters instead of failing the whole read.

    Reading stays on sqlite3's fast path (its own UTF-8 decoding) until a fetch meets text that is not
    UTF-8; then this connection switches to ``lenient_text``, the statement runs again (the same read
    transaction, so the same rows) and the rows already handed out are skipped.
    """

    _statement: tuple[str, Any] | None = None
    _returned = 0

    def execute(self, sql: str, parameters: Any = (), /) -> _LenientCursor:
        self._statement, self._returned = (sql, parameters), 0
        try:
            super().execute(sql, parameters)
        except sqlite3.OperationalError as exc:
            self._recover(exc)
        return self

    def executemany(self, sql: str, seq_of_parameters: Any, /) -> _LenientCursor:
        self._statement, self._returned = None, 0  # writes: nothing to read again
        super().executemany(sql, seq_of_parameters)
        return self

    def _recover(self, exc: sqlite3.OperationalError) -> None:
        if DECODE_ERROR not in str(exc) or self._statement is None:
            raise exc
        log.warning("a record holds text that is not UTF-8; read with replacement characters (run 'check')")
        self.connection.text_factory = lenient_text
        super().execute(*self._statement)
        for _ in range(self._returned):
            super().fetchone()

    def fetchone(self) -> Any:
        try:
            row = super().fetchone()
        except sqlite3.OperationalError as exc:
            self._recover(exc)
            row = super().fetchone()
        if row is not None:
            self._returned += 1
        return row

    def fetchmany(self, size: int | None = None) -> list[Any]:
        size = self.arraysize if size is None else size
        try:
            rows = super().fetchmany(size)
        except sqlite3.OperationalError as exc:
            self._recover(exc)
            rows = super().fetchmany(size)
        self._returned += len(rows)
        return rows

    def fetchall(self) -> list[Any]:
        try:
            rows = super().fetchall()
        except sqlite3.OperationalError as exc:
            self._recover(exc)
            rows = super().fetchall()
        self._returned += len(rows)
        return rows


class _Connection(sqlite3.Connection):
    def cursor(self, factory: Any = _LenientCursor) -> Any:
        return super().cursor(factory)


def _on_sqlite_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    # Our own BEGIN below; pysqlite's implicit transactions would defeat BEGIN IMMEDIATE.
    dbapi_conn.isolation_level = None
    # The audit triggers' author and hash (desktop/storage/audit.py).
    register_sqlite_functions(dbapi_conn)
    cursor = dbapi_conn.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        # WAL + FULL: a committed record survives a power cut (shared/notes/data-safety.md).
        cursor.execute("PRAGMA synchronous = FULL")
    finally:
        cursor.close()


def _on_sqlite_begin(conn: Connection) -> None:
    # A write transaction takes the write lock up front, so busy_timeout applies instead of
    # an immediate SQLITE_BUSY when a read transaction later tries to write.
    write = conn.get_execution_options().get(WRITE_OPTION, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def make_engine(target: str | Path | URL, *, echo: bool = False) -> Engine:
    url = url_for(target)
    if url.get_backend_name() == "sqlite":
        old_umask = os.umask(0o077)
        try:
            engine = create_engine(
                url,
                echo=echo,
                connect_args={
                    "check_same_thread": False,
                    "timeout": BUSY_TIMEOUT_MS / 1000,
                    "factory": _Connection,
                },
            )
            event.listen(engine, "connect", _on_sqlite_connect)
            event.listen(engine, "begin", _on_sqlite_begin)
            with engine.connect() as conn:  # creates the file with the private umask
                conn.exec_driver_sql("SELECT 1")
        finally:
            os.umask(old_umask)
        return engine
    connect_args = {} if "application_name" in url.query else {"application_name": "Kelisim"}
    engine = create_engine(url, echo=echo, pool_pre_ping=True, connect_args=connect_args)
    key = _server_key(url)
    event.listen(engine, "connect", _OWN.remembering(key))  # pool events outlive dispose()
    for closing in ("close", "close_detached"):
        event.listen(engine, closing, _OWN.forgetting(key))
    return engine


# --- this program's own server processes ------------------------------------------------------------------
# A restore on a server refuses while others are connected (backup.other_sessions). This program's own
# connections are not others: every one comes out of the pool of an engine made here, which says when it
# connects and closes.
FORGET_CLOSED_S = 60.0  # a closed connection's server process has long ended by then


@dataclass(frozen=True)
class OwnBackends:
    open: frozenset[int]  # server processes of the connections this program has open (pooled, checked out, a watcher)
    closed: frozenset[int]  # of those it closed in the last minute: the server may still be ending them


def _server_key(url: URL) -> str:
    return url.render_as_string(hide_password=True)


class _OwnBackends:
    """Per register URL: backend pid → its driver connection, weakly (one dropped unclosed is no longer open)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()  # the pools' events come from the window's worker threads
        self.opened: dict[str, dict[int, weakref.ref[Any]]] = {}
        self.closed: dict[str, dict[int, float]] = {}

    def remembering(self, key: str) -> Any:
        def connected(dbapi_connection: Any, _record: object) -> None:
            pid = int(dbapi_connection.info.backend_pid)
            with self.lock:
                self.opened.setdefault(key, {})[pid] = weakref.ref(dbapi_connection)
                self.closed.get(key, {}).pop(pid, None)

        return connected

    def forgetting(self, key: str) -> Any:
        def closing(dbapi_connection: Any, *_record: object) -> None:
            now = time.monotonic()
            with self.lock:
                opened = self.opened.get(key, {})
                for pid, ref in list(opened.items()):
                    if ref() is dbapi_connection:
                        del opened[pid]
                        self.closed.setdefault(key, {})[pid] = now

        return closing

    def of(self, key: str) -> OwnBackends:
        now = time.monotonic()
        with self.lock:
            opened = self.opened.setdefault(key, {})
            closed = self.closed.setdefault(key, {})
            for pid, ref in list(opened.items()):
                connection = ref()
                if connection is None or connection.closed:  # closed without the pool, or garbage collected
                    del opened[pid]
                    closed[pid] = now
            for pid, when in list(closed.items()):
                if now - when > FORGET_CLOSED_S:
                    del closed[pid]
            return OwnBackends(frozenset(opened), frozenset(closed))


_OWN = _OwnBackends()


def own_backends(engine: Engine) -> OwnBackends:
    """The server processes of this program's own connections to ``engine``'s register (none on SQLite)."""
    if is_sqlite(engine):
        return OwnBackends(frozenset(), frozenset())
    return _OWN.of(_server_key(engine.url))


def writer(engine: Engine) -> Engine:
    """The same engine, but its transactions start as write transactions."""
    return engine.execution_options(**{WRITE_OPTION: True})


# The register's tables, asked of the catalogue directly: SQLAlchemy's inspector builds and compiles its
# reflection query afresh for every engine, and every open of a register asks (recognition, identity,
# migrations) — about ten milliseconds an open on PostgreSQL.
_TABLE_NAMES = {
    "sqlite": "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite~_%' ESCAPE '~'",
    "postgresql": "SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema()",
}


def table_names(conn: Connection) -> set[str]:
    """The names of the tables of the register ``conn`` is connected to (its default schema on a server)."""
    return {str(row[0]) for row in conn.exec_driver_sql(_TABLE_NAMES[conn.dialect.name])}


def has_table(conn: Connection, name: str) -> bool:
    return name in table_names(conn)
