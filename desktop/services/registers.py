"""Opening a register for the window: where it is by default, opening it quickly, the demo on first start.

The window reaches storage only through the database handle this returns (and the log's location,
which it names when something unexpected happens).
"""

from __future__ import annotations

from pathlib import Path

from desktop.services.register_file import default_target as default_target
from desktop.storage.database import Database, open_database
from desktop.storage.paths import log_path

__all__ = ["Database", "default_target", "log_file", "open_for_window"]


def log_file() -> Path:
    return log_path()


def open_for_window(target: str, *, load_demo: bool) -> Database:
    """Open and migrate ``target``; the demo register on first start when asked.

    The integrity check, the read-back of the records' text and the daily backup wait until the list is
    painted (the window runs them after its first paint); ``Database.write`` runs the check first if a
    save comes sooner.
    """
    db = open_database(target, daily_backup=False, defer_check=True, defer_scan=True)
    if load_demo:
        from desktop.services import demo  # only on a first start: the demo data stays off the start-up path

        if demo.is_empty(db):
            demo.load_demo(db)
    return db
