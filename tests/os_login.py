"""Test-only hook for the identity Kelisim records: the operating-system login (``getpass.getuser``) on
SQLite, the server login (``session_user``) on PostgreSQL.

tests/conftest.py signs every test in as ``test-clerk`` — the SQLite login, and the owner of the throw-away
PostgreSQL server (tests/postgres_server.py), so the same person is named on both engines. A test that needs
another person patches the login through ``act_as`` (pytest's monkeypatch) or ``acting_as`` (a context
manager); on PostgreSQL each connection then switches to that login as it is checked out of the pool
(``SET SESSION AUTHORIZATION``, the owner's right; the login is made, as a superuser, on first use). Nothing
outside the tests can do this: the application has no variable or setting that overrides the login.
"""

from __future__ import annotations

import getpass
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from unittest import mock

import pytest
from sqlalchemy import event
from sqlalchemy.pool import Pool

TEST_LOGIN = "test-clerk"
REAL_GETUSER = getpass.getuser
_acting: str | None = None  # the login a test acts as on PostgreSQL; None: the server's owner
_this = sys.modules[__name__]


def install() -> None:
    """The whole test session's default login (conftest calls this before anything opens a register)."""
    getpass.getuser = lambda: TEST_LOGIN
    event.listen(Pool, "checkout", _follow_on_checkout)


def act_as(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    monkeypatch.setattr(getpass, "getuser", lambda: name)
    monkeypatch.setattr(_this, "_acting", name)


@contextmanager
def acting_as(name: str) -> Iterator[None]:
    with mock.patch.object(getpass, "getuser", lambda: name), mock.patch.object(_this, "_acting", name):
        yield


def _follow_on_checkout(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
    """A PostgreSQL connection leaves the pool as the login the test acts as (or as the owner again)."""
    if not type(dbapi_connection).__module__.startswith("psycopg"):
        return
    wanted = _acting
    if record.info.get("acting") == wanted:
        return
    from psycopg import sql

    record.info.pop("kelisim_login", None)  # the login services.common.current_user cached for it
    with dbapi_connection.cursor() as cursor:
        cursor.execute("RESET SESSION AUTHORIZATION")
        if wanted is not None:
            cursor.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (wanted,))
            if cursor.fetchone() is None:
                cursor.execute(sql.SQL("CREATE ROLE {} SUPERUSER").format(sql.Identifier(wanted)))
            cursor.execute(sql.SQL("SET SESSION AUTHORIZATION {}").format(sql.Identifier(wanted)))
    dbapi_connection.commit()  # kept past any later rollback of the connection's work
    record.info["acting"] = wanted
