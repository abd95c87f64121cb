"""Python's cyclic garbage collector, paused while the program starts.

Starting imports SQLAlchemy, SQLModel and pydantic, then defines the tables (and, for the window, Qt's modules
and the pages): a few hundred thousand objects that all live as long as the process. The collector, run every
700 new objects, walks them again and again and frees almost nothing (some 600 objects) — a tenth of the command
line's instructions at start-up, and a third of its time (the walks touch memory the cache no longer holds).
So ``main.py`` pauses it first thing, and start-up ends with ``start_up_done``: the objects made so far are
frozen (moved where the collector never walks them again; they are still freed by reference counting) and the
collector runs as usual for the work itself — an export or import of 100,000 rows must collect its cycles.

While a window is open the collector does not run by itself at all: ``take_over`` turns it off and the window's
GUI thread calls ``collect_due`` on a timer (``desktop/ui/gui_collector.py``). Python runs a collection in whichever
thread passes a threshold, and with the window's reads on worker threads that is often a worker: a cycle holding a
Qt object's wrapper (a closed dialog, a page's closure, an error's traceback) is then freed there, and Qt deletes
a GUI-thread object from another thread — a crash at some later paint.
"""

from __future__ import annotations

import gc

_paused_here = False
_takers = 0  # owners collecting on their own thread (the windows' contexts)
_enable_when_given_back = False


def pause_for_start_up() -> None:
    """Pause the collector until ``start_up_done`` (nothing is changed when something else paused it)."""
    global _paused_here
    # Taken over by a window, it would run by itself but for that: the same as running.
    if gc.isenabled() or (_takers and _enable_when_given_back):
        gc.disable()
        _paused_here = True


def start_up_done() -> None:
    """Freeze what start-up made and let the collector run again; does nothing unless this module paused it
    (a test calling the command line in-process keeps its own collector as it was)."""
    global _paused_here, _enable_when_given_back
    if _paused_here:
        _paused_here = False
        gc.freeze()
        if _takers:  # a window collects on its own thread: the collector runs by itself once it is closed
            _enable_when_given_back = True
        else:
            gc.enable()


def take_over() -> None:
    """Stop automatic collection until every ``take_over`` is matched by ``give_back``: the caller collects with
    ``collect_due`` on its own thread."""
    global _takers, _enable_when_given_back
    if _takers == 0:
        _enable_when_given_back = gc.isenabled()
    gc.disable()
    _takers += 1


def give_back() -> None:
    """End one ``take_over``; after the last, the collector runs by itself again if it did before."""
    global _takers, _enable_when_given_back
    if _takers == 0:
        return
    _takers -= 1
    if _takers == 0 and _enable_when_given_back:
        _enable_when_given_back = False
        gc.enable()


def taken_over() -> bool:
    return _takers > 0


def collect_due() -> int:
    """The collection Python would have run by now on its own, by the same thresholds (a younger generation
    every ``threshold0`` new objects, an older one every so many younger ones); the number of objects freed.
    Nothing while start-up pauses the collector."""
    global _enable_when_given_back
    if _paused_here or not _takers:
        return 0
    if gc.isenabled():  # someone's pause ended with gc.enable() (a report, an index) while a window collects here
        gc.disable()
        _enable_when_given_back = True
    threshold0, threshold1, threshold2 = gc.get_threshold()
    count0, count1, count2 = gc.get_count()
    if threshold0 <= 0 or count0 < threshold0:
        return 0
    generation = 0
    if count1 + 1 >= threshold1:  # this would be the threshold1-th collection of generation 0
        generation = 2 if count2 + 1 >= threshold2 else 1
    return gc.collect(generation)
