"""Database failures the user can act on, turned into plain messages."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.exc import DatabaseError, OperationalError

from desktop.domain.errors import StorageError


def storage_message(exc: BaseException, path: Path | None = None) -> str:
    text = str(getattr(exc, "orig", exc)).lower()
    where = f" ({path})" if path else ""
    if "locked" in text or "busy" in text:
        return (
            "The database is busy: another program or window is writing to it. "
            "Wait a moment and try again; nothing was changed."
        )
    if "readonly" in text or "read-only" in text or "attempt to write" in text:
        return f"The database file is read-only{where}: nothing could be saved."
    if "disk is full" in text or "disk i/o error" in text or "database or disk is full" in text:
        return f"The disk is full or failing{where}: nothing was saved. Free some space and try again."
    if "unable to open" in text:
        return f"The database cannot be opened{where}: check the path and its permissions."
    if "malformed" in text or "not a database" in text:
        return f"The database is damaged{where}: restore it from a backup."
    first_line = str(getattr(exc, "orig", exc)).strip().splitlines()[0] if str(exc).strip() else ""
    if "does not exist" in text and "database" in text:  # PostgreSQL: the register's database is not there
        return (
            f"The PostgreSQL server has no such database ({first_line.split('failed:')[-1].strip()}): "
            "ask its administrator to create it (README: the office register)."
        )
    if "connection failed" in text or "could not connect" in text or "connection refused" in text:
        return (
            "The PostgreSQL server cannot be reached "
            f"({first_line.split('failed:')[-1].strip()}): check the address in --db and that the server is running."
        )
    if "password authentication failed" in text or "no password supplied" in text:
        return "The PostgreSQL server refused the login: check the user name and password in --db."
    # One line, whatever the driver's message looks like.
    return f"Database error{where}: {' '.join(str(getattr(exc, 'orig', exc)).split())}"


@contextmanager
def translate_operational_error() -> Iterator[None]:
    try:
        yield
    except (OperationalError, DatabaseError) as exc:
        if isinstance(exc, OperationalError) or "malformed" in str(exc).lower():
            raise StorageError(storage_message(exc)) from exc
        raise
