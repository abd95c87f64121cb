"""Engine factory: SQLite with durable pragmas, or a PostgreSQL URL for a shared server."""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL

log = logging.getLogger(__name__)

# "KLSM": marks our files so restore and open can refuse foreign databases.
APPLICATION_ID = 0x4B4C534D
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


def _on_sqlite_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    # Our own BEGIN below; pysqlite's implicit transactions would defeat BEGIN IMMEDIATE.
    dbapi_conn.isolation_level = None
    cursor = dbapi_conn.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        # WAL + FULL: a committed record survives a power cut (shared/notes/data-safety.md).
        cursor.execute("PRAGMA synchronous = FULL")
    finally:
        cursor.close()


def _on_sqlite_begin(conn: object) -> None:
    # A write transaction takes the write lock up front, so busy_timeout applies instead of
    # an immediate SQLITE_BUSY when a read transaction later tries to write.
    write = conn.get_execution_options().get(WRITE_OPTION, False)  # type: ignore[attr-defined]
    conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")  # type: ignore[attr-defined]


def make_engine(target: str | Path | URL, *, echo: bool = False) -> Engine:
    url = url_for(target)
    if url.get_backend_name() == "sqlite":
        old_umask = os.umask(0o077)
        try:
            engine = create_engine(
                url,
                echo=echo,
                connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
            )
            event.listen(engine, "connect", _on_sqlite_connect)
            event.listen(engine, "begin", _on_sqlite_begin)
            with engine.connect() as conn:  # creates the file with the private umask
                conn.exec_driver_sql("SELECT 1")
        finally:
            os.umask(old_umask)
        return engine
    connect_args = {} if "application_name" in url.query else {"application_name": "Kelisim"}
    return create_engine(url, echo=echo, pool_pre_ping=True, connect_args=connect_args)


def writer(engine: Engine) -> Engine:
    """The same engine, but its transactions start as write transactions."""
    return engine.execution_options(**{WRITE_OPTION: True})
