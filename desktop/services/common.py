"""Helpers shared by the services: who is acting, loading for update, version checks."""

from __future__ import annotations

from datetime import date
from typing import Any, TypeVar

from sqlalchemy import select
from sqlmodel import Session, SQLModel

from desktop.domain.errors import ConflictError, NotFoundError
from desktop.domain.messages import Message
from desktop.domain.rules import reference_digits, reference_key, similar_references
from desktop.storage import audit

T = TypeVar("T", bound=SQLModel)


def current_user(session: Session) -> str:
    """Who is acting, as the audit trail names them: on PostgreSQL the server login of this session's
    connection (the identity there, whatever the client machine's login is), on SQLite the operating
    system's login."""
    if session.get_bind().dialect.name != "postgresql":
        return audit.actor()
    conn = session.connection()
    login = conn.info.get("kelisim_login")  # kept with the pooled connection: its login never changes
    if login is None:
        login = conn.info["kelisim_login"] = str(conn.exec_driver_sql("SELECT session_user").scalar())
    return str(login)


RECORD_WORDS: dict[str, Message] = {
    "agreement": Message("agreement"),
    "body": Message("body"),
    "commitment": Message("commitment"),
    "party": Message("party"),
}


def record_word(what: str) -> Message:
    return RECORD_WORDS.get(what) or Message.verbatim(what)


def load(session: Session, model: type[T], record_id: int | None, what: str) -> T:
    obj = session.get(model, record_id) if record_id is not None else None
    if obj is None:
        raise NotFoundError(
            Message("{0} #{1} no longer exists (deleted by someone else?)", record_word(what), record_id)
        )
    return obj


def check_version(obj: SQLModel, form_version: int | None, what: str, describe: str = "") -> None:
    """Refuse a save made from a form loaded before someone else's save."""
    current = obj.version  # type: ignore[attr-defined]
    if form_version is not None and form_version != current:
        message = Message(
            "This record ({0}) was changed by someone else after you opened it (version {1} → {2}). "
            "Your changes were not saved; reopen it to see the other change.",
            record_word(what),
            form_version,
            current,
        )
        if describe:
            message = Message("{0} It now reads: {1}.", message, describe)
        raise ConflictError(message, current=current)


def check_undo(obj: SQLModel, version_after: int, what: str, label: str) -> None:
    """Refuse to undo an edit when someone changed the record after it (its version moved on)."""
    current = obj.version  # type: ignore[attr-defined]
    if current != version_after:
        raise ConflictError(
            Message("Cannot undo: {0} {1} was changed since your edit by someone else.", record_word(what), label),
            current=current,
        )


def clean(text: str | None) -> str:
    return (text or "").strip()


def similar_in(session: Session, column: Any, id_column: Any, wanted: str, own_id: int | None) -> list[str]:
    """Values of ``column`` (a reference or registration number) that are ``wanted`` written differently
    (``rules.similar_references``), on records other than ``own_id``. The candidates are narrowed in SQL by
    the reference's last run of digits, so a 100,000-row register is not read whole."""
    wanted = clean(wanted)
    if not reference_key(wanted):
        return []
    query = select(column).where(id_column != (own_id if own_id is not None else -1))
    digits = reference_digits(wanted)
    if digits:
        query = query.where(column.contains(digits, autoescape=True))
    return similar_references(wanted, (v for v in session.scalars(query) if v))


def stored_day(value: date | str | None) -> date | None:
    """A stored date (SQLite through raw paths may hand back text)."""
    return date.fromisoformat(value) if isinstance(value, str) else value
