"""Noticing changes other connections commit, so every open window on a register shows them.

PostgreSQL: a statement trigger on each register table sends ``NOTIFY kelisim_changes, '<table>'`` (delivered
at commit, once per table and transaction); a watcher holds its own connection that LISTENs. SQLite:
``PRAGMA data_version`` on the watcher's own connection changes when any other connection commits (the
file's change counter); the audit trail then names the tables written. ``Watcher.changes()`` never blocks: it
answers what arrived since the last call."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Engine, event

CHANNEL = "kelisim_changes"
ANY_TABLE = "*"  # SQLite says only that something changed


def notify_sql(tables: Sequence[str]) -> list[str]:
    """PostgreSQL: the NOTIFY function and one statement trigger per table."""
    statements = [
        "CREATE OR REPLACE FUNCTION kelisim_notify() RETURNS trigger LANGUAGE plpgsql AS $fn$ "
        f"BEGIN PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME); RETURN NULL; END $fn$"
    ]
    for table in tables:
        statements += [
            f"DROP TRIGGER IF EXISTS kelisim_notify ON {table}",
            f"CREATE TRIGGER kelisim_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION kelisim_notify()",
        ]
    return statements


def create_notify_triggers(conn: Connection, tables: Sequence[str]) -> None:
    if conn.dialect.name != "postgresql":
        return
    for statement in notify_sql(tables):
        conn.exec_driver_sql(statement)


def drop_notify_triggers(conn: Connection, tables: Sequence[str]) -> None:
    if conn.dialect.name != "postgresql":
        return
    for table in tables:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS kelisim_notify ON {table}")
    conn.exec_driver_sql("DROP FUNCTION IF EXISTS kelisim_notify()")


class Watcher:
    """A connection of its own that notices other connections' commits."""

    def __init__(self, engine: Engine) -> None:
        self._raw: Any = engine.raw_connection()
        self._postgres = engine.dialect.name == "postgresql"
        self._version: int | None = None
        self._seen = 0  # SQLite: the last audit entry looked at
        self._engine = engine
        # The server processes of this window's own connections: their notices are the window's own changes,
        # which it has already shown (every connection it uses is checked out of this pool first).
        self._own: set[int] = set()
        driver: Any = self._raw.driver_connection
        if self._postgres:
            event.listen(engine, "checkout", self._checked_out)
            driver.autocommit = True
            driver.execute(f"LISTEN {CHANNEL}")
        else:
            self._version = self._data_version()
            self._seen = self._last_entry()

    def _checked_out(self, dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        self._own.add(int(dbapi_connection.info.backend_pid))

    def _data_version(self) -> int:
        cursor = self._raw.cursor()
        try:
            cursor.execute("PRAGMA data_version")
            return int(cursor.fetchone()[0])
        finally:
            cursor.close()

    def changes(self) -> set[str]:
        """Tables other connections changed since the last call. On SQLite this program's own other
        connections count too, and ``{"*"}`` means some table (see ``_tables_written``)."""
        if self._postgres:
            notices = self._raw.driver_connection.notifies(timeout=0)
            return {n.payload for n in notices if n.pid not in self._own}
        version = self._data_version()
        if version == self._version:
            return set()
        self._version = version
        return self._tables_written()

    def _last_entry(self) -> int:
        cursor = self._raw.cursor()
        try:
            cursor.execute("SELECT coalesce(max(id), 0) FROM audit_log")
            return int(cursor.fetchone()[0])
        except sqlite3.OperationalError:  # no trail: every change is "some table"
            return 0
        finally:
            cursor.close()

    def _tables_written(self) -> set[str]:
        """SQLite: the tables the audit trail names since the last look (every write leaves an entry), so a
        window reads again only what changed. Some table (``*``) when the trail cannot say: it ends before
        the last look (the file was replaced by a restore) or there is none."""
        seen = self._seen
        cursor = self._raw.cursor()
        try:
            cursor.execute("SELECT coalesce(max(id), 0) FROM audit_log")
            self._seen = int(cursor.fetchone()[0])
            if self._seen < seen:
                return {ANY_TABLE}
            cursor.execute("SELECT DISTINCT table_name FROM audit_log WHERE id > ?", (seen,))
            return {str(row[0]) for row in cursor.fetchall()}
        except sqlite3.OperationalError:  # no trail (a register older than the audit): anything may have changed
            return {ANY_TABLE}
        finally:
            cursor.close()

    def close(self) -> None:
        """The connection is discarded, not returned to the pool (it LISTENs, or holds a counter)."""
        if self._postgres and event.contains(self._engine, "checkout", self._checked_out):
            event.remove(self._engine, "checkout", self._checked_out)
        self._raw.invalidate()
