"""My work and reminders: what a person executes or controls that is overdue, due soon, waiting for their
acceptance or returned to them — in the service, the ``reminders`` command and the window's My work dialog."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtWidgets import QTableWidget

from desktop.services import commitment_list, commitments, control, people, reminders
from desktop.services.people import TeamChoice
from desktop.services.records import CommitmentData
from desktop.storage.database import Database
from desktop.ui.main_window import MainWindow
from tests import os_login
from tests.gui_helpers import open_main_window, wait_for_dialog
from tests.test_cli_register import run

TODAY = date.today()
LETTER = {"text": "Done", "letter_number": "1/1", "letter_date": TODAY, "report_date": TODAY}


def add(db: Database, ref: str, due: date | None) -> int:
    return commitments.save(db, CommitmentData(ref=ref, title=f"Commitment {ref}", due_date=due, status="in_progress"))


def signed_in(login: str) -> AbstractContextManager[None]:
    return os_login.acting_as(login)


def fill(db: Database) -> tuple[int, int]:
    me = people.add_person(db, "Test Clerk", login="test-clerk")
    boss = people.add_person(db, "Nurlan Abenov")
    overdue = add(db, "R/01", TODAY - timedelta(days=5))
    soon = add(db, "R/02", TODAY + timedelta(days=7))
    later = add(db, "R/03", TODAY + timedelta(days=60))
    mine_to_accept = add(db, "R/04", TODAY + timedelta(days=90))
    returned = add(db, "R/05", None)
    reported = add(db, "R/06", TODAY - timedelta(days=1))
    done = add(db, "R/07", TODAY - timedelta(days=9))
    for target in (overdue, soon, later, returned, reported, done):
        people.assign(db, target, TeamChoice(me, [], boss))
    people.assign(db, mine_to_accept, TeamChoice(boss, [], me))
    control.submit_report(db, mine_to_accept, **LETTER)
    control.submit_report(db, returned, **LETTER)
    with signed_in("nabenov"):  # the controller returns it, not its lead executor
        control.return_report(db, returned, "unsigned")
    control.submit_report(db, reported, **LETTER)
    with signed_in("nabenov"):  # completed on evidence: by its controller or a manager, not its lead executor
        commitments.change_status(db, done, "completed", "done", letter_number="5", letter_date=date.today())
    return me, boss


def test_my_work_lists_what_needs_the_person(db: Database) -> None:
    me, boss = fill(db)
    found = [(r.kind, r.ref, r.days, r.role) for r in reminders.my_work(db, me, TODAY)]
    assert found == [
        ("to_accept", "R/04", None, "controller"),
        ("returned", "R/05", None, "executor"),
        ("overdue", "R/01", 5, "executor"),
        ("due_soon", "R/02", 7, "executor"),
    ]
    assert [r.ref for r in reminders.my_work(db, me, TODAY, days=3)] == ["R/04", "R/05", "R/01"]
    # The controller of R/06 sees its report waiting; nothing of R/04 (they execute it, and it is reported).
    assert [(r.kind, r.ref) for r in reminders.my_work(db, boss, TODAY) if r.kind == "to_accept"] == [
        ("to_accept", "R/06")
    ]


@pytest.mark.slow
def test_cli_reminders(db_target: str, capsys: pytest.CaptureFixture[str]) -> None:
    from desktop.storage.database import open_database

    code, out, err = run(capsys, "--db", db_target, "reminders")
    assert code != 0 and "person add NAME --login test-clerk" in err
    db = open_database(db_target)
    try:
        fill(db)
    finally:
        db.close()
    code, out, err = run(capsys, "--db", db_target, "reminders", "--days", "10")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].startswith("TO ACCEPT\tR/04\t")
    assert lines[2].startswith("OVERDUE\tR/01\t") and lines[2].endswith("5 days overdue")
    assert lines[3].startswith("DUE SOON\tR/02\t") and lines[3].endswith("due in 7 days")
    assert lines[-1] == "4 reminders"
    code, out, err = run(capsys, "--db", db_target, "--lang", "ru", "reminders", "--person", "Nurlan Abenov")
    assert code == 0 and "R/06" in out and "напоминани" in out.splitlines()[-1]


@pytest.fixture
def window(qtbot: Any, qapp: Any, db: Database) -> Iterator[MainWindow]:
    fill(db)
    w = open_main_window(qtbot, qapp, db)
    yield w
    w.close()


@pytest.mark.gui
def test_my_work_dialog_lists_and_opens(window: MainWindow, db: Database, qtbot: Any) -> None:
    window.act_my_work.trigger()
    dialog = wait_for_dialog(qtbot, window, "my_work")
    table = dialog.findChild(QTableWidget, "items")
    qtbot.waitUntil(lambda: table.rowCount() == 4, timeout=5000)
    assert [table.item(r, 1).text() for r in range(4)] == ["R/04", "R/05", "R/01", "R/02"]
    assert table.item(0, 0).text() == "Waiting for your acceptance" and table.item(2, 0).text() == "Overdue by 5 days"
    # Accepting R/04 from its page takes it off My work.
    table.cellDoubleClicked.emit(0, 0)
    card = wait_for_dialog(qtbot, dialog, "commitment_page")
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    accept = card.findChild(QPushButton, "accept_report")
    qtbot.waitUntil(accept.isEnabled, timeout=5000)
    qtbot.mouseClick(accept, Qt.MouseButton.LeftButton)
    target = commitment_list.id_for_ref(db, "R/04")
    qtbot.waitUntil(lambda: commitments.get(db, target).status == "completed", timeout=5000)
    qtbot.waitUntil(lambda: table.rowCount() == 3, timeout=5000)
    card.close()
    dialog.close()


def test_export_ics_one_event_per_open_deadline_with_alarms(
    demo_target: str, tmp_path: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    from icalendar import Calendar

    from desktop.storage.database import open_database

    db = open_database(demo_target)
    try:
        wanted = {
            r[1]: r[11] for r in commitment_list.list_rows(db) if r[11] and r[13] not in ("completed", "cancelled")
        }
        target = commitment_list.id_for_ref(db, "KZ-CN-2024/02")
        people.assign(db, target, TeamChoice(people.add_person(db, "Aigerim Seitkali"), [], None))
    finally:
        db.close()
    out_file = tmp_path / "deadlines"
    code, out, err = run(capsys, "--db", demo_target, "export", "ics", "-o", str(out_file))
    assert (code, err) == (0, ""), err
    written = tmp_path / "deadlines.ics"
    assert out == f"Wrote {written}: {len(wanted)} deadlines.\n"
    cal = Calendar.from_ical(written.read_bytes())
    events = cal.walk("VEVENT")
    assert len(events) == len(wanted) > 0
    by_ref = {str(e["summary"]).split(" — ")[0]: e for e in events}
    assert set(by_ref) == set(wanted)
    for ref, due in wanted.items():
        event = by_ref[ref]
        assert event.decoded("dtstart") == date.fromisoformat(due)
        triggers = sorted(a.decoded("trigger") for a in event.walk("VALARM"))
        assert triggers == [timedelta(days=-30), timedelta(days=-7), timedelta(days=-1)]
    assert "Executor: Aigerim Seitkali" in str(by_ref["KZ-CN-2024/02"]["description"])
    # The filters of the list apply: one person's deadlines.
    code, out, err = run(
        capsys, "--db", demo_target, "export", "ics", "-o", str(written), "--executor", "Aigerim Seitkali"
    )
    assert code == 0 and len(Calendar.from_ical(written.read_bytes()).walk("VEVENT")) == 1
