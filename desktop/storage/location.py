"""What ``--db`` names: a register file (any file name, ``?`` and ``#`` included) or a server URL.

A text is a URL only when it starts with a scheme Kelisim knows; everything else is a path.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.domain.errors import StorageError
from desktop.domain.messages import Message

if TYPE_CHECKING:  # a file's path is told without SQLAlchemy (the window's first paint comes before it)
    from sqlalchemy.engine import URL

SQLITE_SCHEMES = ("sqlite", "sqlite+pysqlite")
POSTGRES_SCHEMES = ("postgresql", "postgresql+psycopg", "postgresql+psycopg2", "postgres")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*)://")


def scheme_of(text: str) -> str | None:
    match = _SCHEME.match(text)
    if match is None:
        return None
    scheme = match.group(1).lower()
    return scheme if scheme in SQLITE_SCHEMES + POSTGRES_SCHEMES else None


def register_target(target: str | Path | URL) -> Path | URL:
    """The register's file (resolved) or its server URL (PostgreSQL, psycopg driver)."""
    if isinstance(target, Path):
        return target.expanduser().resolve()
    if not isinstance(target, str):
        return target  # already a URL
    scheme = scheme_of(target)
    if scheme is None:
        return Path(target).expanduser().resolve()
    from sqlalchemy.engine import make_url

    if scheme in SQLITE_SCHEMES:
        url = make_url(target)
        if not url.database or url.database == ":memory:":
            raise StorageError(Message("{0}: a register needs a file, not an in-memory database", target))
        return Path(url.database).expanduser().resolve()
    url = make_url("postgresql" + target[len(scheme) :])
    return url.set(drivername="postgresql+psycopg")


def register_path(target: str | Path | URL) -> Path | None:
    """The register's file, or None for a server URL."""
    found = register_target(target)
    return found if isinstance(found, Path) else None


def server_location(url: URL) -> str:
    """A server register's address for people and for the identity row: never its password."""
    return url.set(drivername="postgresql", password=None).render_as_string(hide_password=False)


def describe(target: str | Path | URL) -> str:
    found = register_target(target)
    return str(found) if isinstance(found, Path) else server_location(found)
