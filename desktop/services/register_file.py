"""Which register the window opens and its one-window lock, told without SQLAlchemy.

The window's start-up takes the lock and paints the list's first rows before SQLAlchemy is imported
(``ui/application.py``); ``services.backups`` and ``services.registers`` give the same functions to the rest.
"""

from __future__ import annotations

from pathlib import Path

from desktop.storage.location import register_path
from desktop.storage.lock import Holder as Holder
from desktop.storage.lock import RegisterLock as RegisterLock
from desktop.storage.paths import default_db_path


def default_target() -> str:
    """The clerk's own register when none is named."""
    return str(default_db_path())


def register_file(target: str | Path) -> Path | None:
    """The register's file for ``--db`` text (any file name), or None for a server URL."""
    return register_path(target)


def try_lock(register: Path) -> RegisterLock | Holder:
    """The one-Kelisim-per-register lock (the window holds it while open), or who holds it."""
    return RegisterLock.try_acquire(register)
