"""Deadlines on record: a move is an extension, the original deadline is kept, and completion is judged against it."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.domain.errors import ValidationError
from desktop.domain.models import Commitment, DeadlineExtension
from desktop.domain.rules import executed_on_time, original_deadline
from desktop.services import bulk, commitment_list, commitments, dashboard, deadlines, trash
from desktop.services.commitment_list import Col
from desktop.services.records import CommitmentData
from desktop.services.reporting import dataset
from desktop.storage.database import Database, open_database
from tests.test_cli_register import run

TODAY = date(2026, 6, 1)


def add(db: Database, ref: str, due: date | None) -> int:
    return commitments.save(db, CommitmentData(ref=ref, title=f"Commitment {ref}", due_date=due))


def extensions(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(DeadlineExtension)) or 0)


def test_rules_judge_against_the_original_deadline() -> None:
    assert original_deadline(date(2025, 3, 31), date(2025, 1, 31), 2) == date(2025, 1, 31)
    assert original_deadline(date(2025, 3, 31), None, 0) == date(2025, 3, 31)
    assert executed_on_time("completed", date(2025, 1, 31), date(2025, 1, 31)) is True
    assert executed_on_time("completed", date(2025, 2, 1), date(2025, 1, 31)) is False
    assert executed_on_time("in_progress", None, date(2025, 1, 31)) is None
    assert executed_on_time("completed", None, date(2025, 1, 31)) is None  # done on an unknown day
    assert executed_on_time("completed", date(2025, 2, 1), None) is None  # no deadline to judge by


def test_move_keeps_the_original_and_records_who_why_and_when(db: Database) -> None:
    target = add(db, "T/01", date(2025, 1, 31))
    version = commitments.get(db, target).version
    deadlines.move_deadline(
        db,
        target,
        date(2025, 2, 28),
        "  Partner asked for a month  ",
        requested_by="Ministry of Trade",
        version=version,
    )
    deadlines.move_deadline(db, target, date(2025, 3, 31), "Second round of talks")
    found = deadlines.for_commitment(db, target)
    assert (found.original, found.current, found.moves) == (date(2025, 1, 31), date(2025, 3, 31), 2)
    first, second = found.extensions
    assert (first.previous_date, first.new_date, first.reason) == (
        date(2025, 1, 31),
        date(2025, 2, 28),
        "Partner asked for a month",
    )
    assert (first.requested_by, first.approved_by) == ("Ministry of Trade", "test-clerk")
    assert (second.previous_date, second.requested_by) == (date(2025, 2, 28), "test-clerk")
    assert first.moved_at.tzinfo is not None
    [row] = commitment_list.list_rows(db)
    assert (row[Col.DUE_DATE], row[Col.MOVES]) == ("2025-03-31", 2)


@pytest.mark.parametrize(
    ("new_date", "reason", "field"),
    [(date(2025, 2, 28), "   ", "reason"), (None, "why", "new_date"), (date(2025, 1, 31), "why", "new_date")],
)
def test_move_without_reason_or_date_is_refused_and_writes_nothing(
    db: Database, new_date: date | None, reason: str, field: str
) -> None:
    target = add(db, "T/01", date(2025, 1, 31))
    before = commitments.get(db, target)
    with pytest.raises(ValidationError) as info:
        deadlines.move_deadline(db, target, new_date, reason)
    assert info.value.for_field(field)
    assert extensions(db) == 0
    after = commitments.get(db, target)
    assert (after.due_date, after.version) == (before.due_date, before.version)


def test_a_moved_deadline_changes_only_by_another_move(db: Database) -> None:
    target = add(db, "T/01", date(2025, 1, 31))
    other = add(db, "T/02", date(2025, 1, 31))
    deadlines.move_deadline(db, target, date(2025, 2, 28), "Partner asked")
    data = commitments.get(db, target)
    data.due_date = date(2025, 12, 31)
    with pytest.raises(ValidationError) as info:
        commitments.save(db, data)
    assert "Move deadline" in info.value.for_field("due_date")
    data.due_date = date(2025, 2, 28)
    data.title = "Renamed"
    commitments.save(db, data)  # other fields still save
    result = bulk.set_fields(db, ids=[target, other], due_date=date(2025, 6, 30))
    assert result.changed == [other] and [r.id for r in result.refused] == [target]
    assert commitments.get(db, target).due_date == date(2025, 2, 28)


@pytest.mark.slow
def test_completed_within_the_moved_deadline_is_late(db: Database) -> None:
    late = add(db, "T/01", date(2025, 1, 31))
    on_time = add(db, "T/02", date(2025, 1, 31))
    moved_on_time = add(db, "T/03", date(2025, 1, 31))
    add(db, "T/04", date(2025, 1, 31))  # open: neither
    deadlines.move_deadline(db, late, date(2025, 3, 31), "Partner asked")
    deadlines.move_deadline(db, moved_on_time, date(2025, 3, 31), "Partner asked")
    commitments.change_status(
        db, late, "completed", "", completed_on=date(2025, 2, 15), letter_number="1", letter_date=date(2025, 2, 15)
    )
    commitments.change_status(
        db, on_time, "completed", "", completed_on=date(2025, 1, 31), letter_number="1", letter_date=date(2025, 1, 31)
    )
    commitments.change_status(
        db,
        moved_on_time,
        "completed",
        "",
        completed_on=date(2025, 1, 20),
        letter_number="1",
        letter_date=date(2025, 1, 20),
    )
    figures = dashboard.load(db, TODAY)
    assert (figures.executed_on_time, figures.executed_late, figures.moved_deadlines) == (2, 1, 2)
    with db.read() as session:  # the dashboard's route: counted by the due date, corrected for the moved ones only
        by_due = session.execute(select(*deadlines.judged_by_due_sums())).one()
        assert by_due == (0, 3)  # by their current (moved) deadlines all three were on time
        corrected = deadlines.control_figures(session, (int(by_due[0]), int(by_due[1])))
        assert corrected == deadlines.control_figures(session) == deadlines.ControlFigures(2, 1, 2)
    for lean in (False, True):  # the streamed route (PDF, Excel) and the briefing's
        report = dataset.build(db, None, TODAY, lean=lean)
        assert (report.executed_on_time, report.executed_late, report.moved_deadlines) == (2, 1, 2)
    rebuilt = dataset.build(db, None, as_of=date.today())  # statuses rebuilt from the history
    assert (rebuilt.executed_on_time, rebuilt.executed_late) == (2, 1)


def test_trash_keeps_and_restores_the_extensions(db: Database) -> None:
    target = add(db, "T/01", date(2025, 1, 31))
    deadlines.move_deadline(db, target, date(2025, 2, 28), "Partner asked")
    entry = trash.move_to_trash(db, entity="commitment", record_id=target)
    assert extensions(db) == 0
    trash.restore(db, entry)
    assert deadlines.for_commitment(db, target).original == date(2025, 1, 31)


@pytest.mark.slow
def test_command_line_moves_and_lists(db_target: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--db", db_target, "demo")[0] == 0
    code, out, err = run(
        capsys,
        "--db",
        db_target,
        "move-deadline",
        "KZ-CN-2024/02",
        "2026-09-30",
        "--reason",
        "Partner's ratification delayed",
        "--requested-by",
        "Ministry of Trade",
    )
    assert (code, err) == (0, ""), err
    assert out == "KZ-CN-2024/02: deadline moved to 2026-09-30 (originally 2026-06-30; moved ×1)\n"
    code, out, err = run(capsys, "--db", db_target, "move-deadline", "KZ-CN-2024/02", "2026-10-31")
    assert code == 1 and "Reason" in err and "required" in err
    code, out, err = run(capsys, "--db", db_target, "move-deadline", "KZ-CN-2024/02", "31.13.2026", "--reason", "x")
    assert code == 1 and "New deadline" in err and "YYYY-MM-DD" in err
    code, out, err = run(capsys, "--db", db_target, "list", "--text", "KZ-CN-2024/02")
    assert code == 0
    [line] = [x for x in out.splitlines() if x.startswith("KZ-CN-2024/02")]
    assert "\t2026-09-30\t" in line and line.endswith("(deadline moved ×1)")
    demo_moved = [x for x in out.splitlines() if x.startswith("KZ-CN-2024/10")]
    assert demo_moved == []  # filtered out by the text
    code, out, err = run(capsys, "--lang", "ru", "--db", db_target, "list", "--text", "KZ-CN-2024/10")
    assert code == 0 and "(срок перенесён ×1)" in out


@pytest.mark.slow
def test_upgrade_of_a_populated_0007_register(engine_name: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    from desktop.storage import migrate
    from desktop.storage.engine import APPLICATION_ID, make_engine
    from tests.legacy import fill_with_demo, upgrade_to

    if engine_name == "postgres":
        target = request.getfixturevalue("pg_server").create_database(f"kc_ext_{uuid.uuid4().hex[:12]}")
    else:
        target = str(tmp_path / "old.sqlite3")
    engine = make_engine(target)  # the register as Kelisim 0007 left it, holding the demo's rows
    try:
        upgrade_to(engine, "0007")
        fill_with_demo(engine, tmp_path / "current.sqlite3")
        if engine_name == "sqlite":
            with engine.begin() as conn:
                conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    finally:
        engine.dispose()
    upgraded = open_database(target)
    try:
        assert migrate.current_revision(upgraded.engine) == migrate.head_revision(upgraded.engine)
        with upgraded.read() as session:
            assert session.scalar(select(func.count()).select_from(Commitment)) == 10
        ref = commitment_list.id_for_ref(upgraded, "KZ-CN-2024/02")
        deadlines.move_deadline(upgraded, ref, date(2026, 9, 30), "after the upgrade")
        assert deadlines.for_commitment(upgraded, ref).original == date(2026, 6, 30)
        assert dashboard.load(upgraded, TODAY).moved_deadlines == 1
    finally:
        upgraded.close()
