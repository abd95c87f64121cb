"""The window's door to the services: what a job holds is let go on the GUI thread, and what changed is announced.

A Python object wrapping a Qt one that is freed on a worker thread can crash the process; the relay
keeps a job's work, result and error until the GUI thread has delivered them.
"""

from __future__ import annotations

import gc
import threading
from typing import Any, ClassVar

import pytest

from desktop.domain.errors import KelisimError
from desktop.domain.messages import Message
from desktop.services import commitments, parties
from desktop.services.records import PartyData
from desktop.storage.database import Database
from desktop.ui.operations import AppContext, Change, run_op, run_query


class Freed:
    """Notes the thread it was freed on."""

    threads: ClassVar[list[str]] = []

    def __del__(self) -> None:
        Freed.threads.append(threading.current_thread().name)


def settle(qtbot: Any, ctx: AppContext) -> None:
    qtbot.waitUntil(lambda: not ctx.busy, timeout=60_000)
    gc.collect()


def test_what_a_job_holds_is_freed_on_the_gui_thread(qtbot: Any, demo_db: Database) -> None:
    ctx = AppContext(demo_db)
    Freed.threads = []
    for _ in range(20):
        held = Freed()
        run_query(ctx, lambda db, held=held: (held, commitments.get(db, 1))[1], lambda _data: None)
        run_query(ctx, lambda db: Freed(), lambda _result: None)  # a result nobody keeps
        del held
    settle(qtbot, ctx)
    assert len(Freed.threads) == 40
    assert set(Freed.threads) == {threading.main_thread().name}


@pytest.mark.slow
def test_an_error_and_its_traceback_are_freed_on_the_gui_thread(qtbot: Any, demo_db: Database) -> None:
    ctx = AppContext(demo_db)
    Freed.threads = []
    failures: list[BaseException] = []

    def fails(_db: Database) -> None:
        here = Freed()  # a local of the failing frame: kept alive by the traceback
        raise KelisimError(Message("refused {0}", id(here)))

    for _ in range(10):
        run_op(ctx, fails, on_failure=failures.append)
    settle(qtbot, ctx)
    assert len(failures) == 10
    failures.clear()
    gc.collect()
    assert len(Freed.threads) == 10 and set(Freed.threads) == {threading.main_thread().name}


def test_the_notice_is_what_the_op_wrote(qtbot: Any, db: Database) -> None:
    ctx = AppContext(db)
    heard: list[Change] = []
    ctx.changed.connect(heard.append)
    run_op(ctx, lambda d: parties.save(d, PartyData(name="Republic of Tajikistan", kind="state", country_code="TJ")))
    run_query(ctx, lambda d: parties.list_rows(d), lambda _rows: None)  # a read announces nothing
    settle(qtbot, ctx)
    assert heard == [Change.PARTIES]
