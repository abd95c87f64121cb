"""Live refresh: a watcher on the register that answers which tables other connections changed
(desktop/storage/live.py: LISTEN/NOTIFY on PostgreSQL, the change counter on SQLite)."""

from __future__ import annotations

from desktop.storage.database import Database
from desktop.storage.live import ANY_TABLE, Watcher

__all__ = ["ANY_TABLE", "Watcher", "watch"]


def watch(db: Database) -> Watcher:
    """A watcher with a connection of its own; ``close()`` it when done."""
    return Watcher(db.engine)
