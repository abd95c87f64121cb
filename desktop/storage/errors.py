"""Database failures the user can act on, turned into plain messages."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.exc import DatabaseError, OperationalError

from desktop.domain.errors import StorageError
from desktop.domain.messages import Message


def storage_message(exc: BaseException, path: Path | None = None) -> Message:
    text = str(getattr(exc, "orig", exc)).lower()
    where = Message(" ({0})", path) if path else Message.verbatim("")
    if "locked" in text or "busy" in text:
        return Message(
            "The database is busy: another program or window is writing to it. "
            "Wait a moment and try again; nothing was changed."
        )
    if "readonly" in text or "read-only" in text or "attempt to write" in text:
        return Message("The database file is read-only{0}: nothing could be saved.", where)
    if "disk is full" in text or "disk i/o error" in text or "database or disk is full" in text:
        return Message("The disk is full or failing{0}: nothing was saved. Free some space and try again.", where)
    if "unable to open" in text:
        return Message("The database cannot be opened{0}: check the path and its permissions.", where)
    if "malformed" in text or "not a database" in text:
        return Message("The database is damaged{0}: restore it from a backup.", where)
    return Message("Database error{0}: {1}", where, str(getattr(exc, "orig", exc)))


@contextmanager
def translate_operational_error() -> Iterator[None]:
    try:
        yield
    except (OperationalError, DatabaseError) as exc:
        if isinstance(exc, OperationalError) or "malformed" in str(exc).lower():
            raise StorageError(storage_message(exc)) from exc
        raise
