"""The garbage collector runs on the GUI thread while the window runs (desktop/collector.py says why).

Python collects in whichever thread passes a threshold; a worker thread of the window freeing a cycle that held a
Qt object's wrapper deleted a GUI-thread object off its thread and crashed test workers. These tests watch every
collection's thread (``gc.callbacks``) while a worker reads through the window's own path (``run_query``).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from desktop import collector
from desktop.storage.database import Database
from desktop.ui.gui_collector import collect_here, stop_collecting_here
from desktop.ui.operations import AppContext, run_query

pytestmark = pytest.mark.gui


class Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the collector frees it


def make_cycles(_db: Database) -> int:
    """A worker's read making garbage only the collector frees: many thresholds' worth."""
    for _ in range(50_000):
        Node()
    return 1


@pytest.fixture
def collections() -> Iterator[list[str]]:
    """The name of the thread each collection ran on, from now until the test ends."""
    seen: list[str] = []

    def noted(phase: str, _info: dict[str, Any]) -> None:
        if phase == "start":
            seen.append(threading.current_thread().name)

    gc.callbacks.append(noted)
    try:
        yield seen
    finally:
        gc.callbacks.remove(noted)


def _read_on_a_worker(qapp: QApplication, db: Database) -> None:
    ctx = AppContext(db)
    results: list[int] = []
    run_query(ctx, make_cycles, results.append)
    while not results:
        qapp.processEvents()
    assert ctx.wait_idle(10_000)


def test_without_it_a_worker_collects(qapp: QApplication, db: Database, collections: list[str]) -> None:
    """The hazard is real: with the collector running by itself, the worker's garbage is collected on the worker."""
    assert gc.isenabled() and not collector.taken_over()
    _read_on_a_worker(qapp, db)
    assert any(name != threading.main_thread().name for name in collections), collections


def test_while_the_window_runs_only_the_gui_thread_collects(
    qapp: QApplication, db: Database, collections: list[str]
) -> None:
    before = gc.get_count()
    collect_here()
    try:
        assert not gc.isenabled()
        _read_on_a_worker(qapp, db)
        assert gc.get_count()[0] > gc.get_threshold()[0]  # the worker's garbage waits for the GUI thread
        while gc.get_count()[0] > gc.get_threshold()[0]:  # the timer's next turn collects it
            qapp.processEvents()
    finally:
        stop_collecting_here()
    assert collections and set(collections) == {threading.main_thread().name}, (before, collections)
    assert gc.isenabled()


def test_collect_due_follows_pythons_thresholds() -> None:
    """Generation 0 each time the threshold is passed; older generations as often as Python would collect them;
    nothing below the threshold, nothing while start-up pauses the collector."""
    generations: list[int] = []

    def noted(phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            generations.append(info["generation"])

    threshold0, threshold1, _ = gc.get_threshold()
    gc.collect()
    collector.take_over()
    gc.callbacks.append(noted)
    try:
        assert collector.collect_due() == 0 and generations == []  # nothing new yet
        for _ in range(threshold1):
            garbage = [Node() for _ in range(threshold0 + 1)]
            del garbage
            assert collector.collect_due() >= threshold0  # the cycles made since the last turn, freed
        assert generations == [0] * (threshold1 - 1) + [1]
    finally:
        gc.callbacks.remove(noted)
        collector.give_back()
    assert gc.isenabled()


def test_take_over_nests_and_keeps_what_was_there(monkeypatch: pytest.MonkeyPatch) -> None:
    frozen: list[bool] = []
    monkeypatch.setattr(collector.gc, "freeze", lambda: frozen.append(True))
    collector.take_over()
    collector.take_over()
    collector.give_back()
    assert not gc.isenabled() and collector.taken_over()
    gc.enable()  # someone's pause ends while the window collects (a PDF written in this process)
    collector.collect_due()
    assert not gc.isenabled()  # taken back
    collector.give_back()
    assert gc.isenabled() and not collector.taken_over()
    collector.give_back()  # one too many: nothing happens
    assert gc.isenabled()
    # Start-up's pause (main.py) ended while the window collects: frozen, and running by itself once it closes.
    collector.pause_for_start_up()
    collector.take_over()
    assert collector.collect_due() == 0  # still starting: no collection at all
    collector.start_up_done()
    assert frozen == [True] and not gc.isenabled()
    collector.give_back()
    assert gc.isenabled()
    # A pause that is not ours (gc disabled by someone else when the window opened) stays theirs.
    gc.disable()
    try:
        collector.take_over()
        collector.give_back()
        assert not gc.isenabled()
    finally:
        gc.enable()
