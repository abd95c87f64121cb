"""Helpers shared by the services: who is acting, loading for update, version checks."""

from __future__ import annotations

import getpass
import os
from typing import TypeVar

from sqlmodel import Session, SQLModel

from desktop.domain.errors import ConflictError, NotFoundError

T = TypeVar("T", bound=SQLModel)


def current_user() -> str:
    """The operating-system user, until Kelisim has accounts of its own."""
    override = os.environ.get("KELISIM_USER")
    if override:
        return override
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def load(session: Session, model: type[T], record_id: int | None, what: str) -> T:
    obj = session.get(model, record_id) if record_id is not None else None
    if obj is None:
        raise NotFoundError(f"{what} #{record_id} no longer exists (deleted by someone else?)")
    return obj


def check_version(obj: SQLModel, form_version: int | None, what: str, describe: str = "") -> None:
    """Refuse a save made from a form loaded before someone else's save."""
    current = obj.version  # type: ignore[attr-defined]
    if form_version is not None and form_version != current:
        detail = f" It now reads: {describe}." if describe else ""
        raise ConflictError(
            f"This {what} was changed by someone else after you opened it (version {form_version} → "
            f"{current}). Your changes were not saved; reopen it to see the other change.{detail}",
            current=current,
        )


def clean(text: str | None) -> str:
    return (text or "").strip()
