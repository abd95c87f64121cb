"""Test-only hook for the identity Kelisim records on SQLite: the operating-system login (``getpass.getuser``).

tests/conftest.py signs every test in as ``test-clerk``; a test that needs another person patches the login
through ``act_as`` (pytest's monkeypatch) or ``acting_as`` (a context manager). Nothing outside the tests can do
this: the application has no variable or setting that overrides the login.
"""

from __future__ import annotations

import getpass
from collections.abc import Iterator
from contextlib import contextmanager
from unittest import mock

import pytest

TEST_LOGIN = "test-clerk"
REAL_GETUSER = getpass.getuser


def install() -> None:
    """The whole test session's default login (conftest calls this before anything opens a register)."""
    getpass.getuser = lambda: TEST_LOGIN


def act_as(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    monkeypatch.setattr(getpass, "getuser", lambda: name)


@contextmanager
def acting_as(name: str) -> Iterator[None]:
    with mock.patch.object(getpass, "getuser", lambda: name):
        yield
