"""Database failures the user can act on, turned into plain messages."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm.exc import StaleDataError

from desktop.domain.errors import ConflictError, PermissionDenied, StorageError
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
    first_line = str(getattr(exc, "orig", exc)).strip().splitlines()[0] if str(exc).strip() else ""
    if "does not exist" in text and "database" in text:  # PostgreSQL: the register's database is not there
        return Message(
            "The PostgreSQL server has no such database ({0}): "
            "ask its administrator to create it (README: the office register).",
            first_line.split("failed:")[-1].strip(),
        )
    if "connection failed" in text or "could not connect" in text or "connection refused" in text:
        return Message(
            "The PostgreSQL server cannot be reached ({0}): check the address in --db and that the server is running.",
            first_line.split("failed:")[-1].strip(),
        )
    if "password authentication failed" in text or "no password supplied" in text:
        return Message("The PostgreSQL server refused the login: check the user name and password in --db.")
    # One line, whatever the driver's message looks like.
    return Message("Database error{0}: {1}", where, " ".join(str(getattr(exc, "orig", exc)).split()))


@contextmanager
def translate_operational_error() -> Iterator[None]:
    try:
        yield
    except StaleDataError as exc:
        # Two saves from the same version at once: the other one committed between this save's version
        # check and its UPDATE (… WHERE version = the one read), which then matched no row.
        raise ConflictError(
            Message(
                "This record was changed by someone else while you were saving it. "
                "Your changes were not saved; reopen it to see the other change."
            )
        ) from exc
    except (OperationalError, DatabaseError) as exc:
        if getattr(exc.orig, "sqlstate", None) == "42501":  # PostgreSQL: the login's role may not do this
            detail = " ".join(str(exc.orig).strip().splitlines()[0].split()) if str(exc.orig).strip() else ""
            raise PermissionDenied(Message("The server refused this to your login: {0}", detail)) from exc
        if isinstance(exc, OperationalError) or "malformed" in str(exc).lower():
            raise StorageError(storage_message(exc)) from exc
        raise
