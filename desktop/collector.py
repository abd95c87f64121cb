"""Python's cyclic garbage collector, paused while the program starts.

Starting imports SQLAlchemy, SQLModel and pydantic, then defines the tables (and, for the window, Qt's modules
and the pages): a few hundred thousand objects that all live as long as the process. The collector, run every
700 new objects, walks them again and again and frees almost nothing (some 600 objects) — a tenth of the command
line's instructions at start-up, and a third of its time (the walks touch memory the cache no longer holds).
So ``main.py`` pauses it first thing, and start-up ends with ``start_up_done``: the objects made so far are
frozen (moved where the collector never walks them again; they are still freed by reference counting) and the
collector runs as usual for the work itself — an export or import of 100,000 rows must collect its cycles.
"""

from __future__ import annotations

import gc

_paused_here = False


def pause_for_start_up() -> None:
    """Pause the collector until ``start_up_done`` (nothing is changed when something else paused it)."""
    global _paused_here
    if gc.isenabled():
        gc.disable()
        _paused_here = True


def start_up_done() -> None:
    """Freeze what start-up made and let the collector run again; does nothing unless this module paused it
    (a test calling the command line in-process keeps its own collector as it was)."""
    global _paused_here
    if _paused_here:
        _paused_here = False
        gc.freeze()
        gc.enable()
