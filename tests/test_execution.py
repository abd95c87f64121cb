"""Closure on evidence: submit an execution report with its letter, accept it or return it; no other way to complete."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from desktop.domain.enums import HistoryEntity
from desktop.domain.errors import FieldError, ValidationError
from desktop.domain.models import ExecutionReport
from desktop.domain.rules import COMMITMENT_TRANSITIONS, EVIDENCE_REQUIRED, status_change_problems
from desktop.services import bulk, commitments, deadlines, history, reports, trash
from desktop.services.records import CommitmentData
from desktop.storage.database import Database
from tests.test_cli_register import run


def add(db: Database, due: date | None = date(2025, 1, 31)) -> int:
    return commitments.save(db, CommitmentData(title="Open the consulate", status="in_progress", due_date=due))


def report_count(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(ExecutionReport)) or 0)


def submit(db: Database, target: int, **changes: object) -> int:
    values: dict[str, object] = {
        "text": "Consulate opened",
        "executed_on": date(2025, 2, 10),
        "letter_number": "12-3/2207",
        "letter_date": date(2025, 2, 12),
    }
    values.update(changes)
    return reports.submit(db, target, **values)  # type: ignore[arg-type]


def test_the_rules_reach_completed_only_through_acceptance() -> None:
    for from_status, allowed in COMMITMENT_TRANSITIONS.items():
        if from_status != "for_acceptance":
            assert "completed" not in allowed
    assert COMMITMENT_TRANSITIONS["for_acceptance"] == {"completed", "in_progress"}
    [problem] = status_change_problems("in_progress", "completed", "")
    assert problem.field == "execution_report"
    [problem] = status_change_problems("in_progress", "for_acceptance", "")
    assert problem.field == "execution_report"
    assert status_change_problems("in_progress", "for_acceptance", "", evidence=True) == []
    [problem] = status_change_problems("for_acceptance", "in_progress", " ")  # returning says why
    assert problem.field == "note"
    assert "for_acceptance" in EVIDENCE_REQUIRED


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"letter_number": " "}, "letter_number"),
        ({"letter_date": None}, "letter_date"),
        ({"text": ""}, "report_text"),
        ({"executed_on": None}, "executed_on"),
        ({"executed_on": date(2999, 1, 1)}, "executed_on"),
    ],
)
def test_a_report_without_its_evidence_is_refused_and_writes_nothing(
    db: Database, changes: dict[str, object], field: str
) -> None:
    target = add(db)
    with pytest.raises(ValidationError) as info:
        submit(db, target, **changes)
    assert info.value.for_field(field)
    assert report_count(db) == 0 and commitments.get(db, target).status == "in_progress"


def test_submit_then_accept_completes_on_the_execution_date_judged_against_the_original(db: Database) -> None:
    target = add(db)
    deadlines.move_deadline(db, target, date(2025, 3, 31), "Partner asked")
    submit(db, target)
    got = commitments.get(db, target)
    assert (got.status, got.completed_on) == ("for_acceptance", None)
    [pending] = reports.for_commitment(db, target)
    assert (pending.outcome, pending.letter_number, pending.submitted_by) == ("pending", "12-3/2207", "test-clerk")
    reports.accept(db, target)
    got = commitments.get(db, target)
    assert (got.status, got.progress, got.completed_on) == ("completed", 100, date(2025, 2, 10))
    [accepted] = reports.for_commitment(db, target)
    assert (accepted.outcome, accepted.decided_by) == ("accepted", "test-clerk") and accepted.decided_at is not None
    from desktop.services import dashboard

    figures = dashboard.load(db)
    assert (figures.executed_late, figures.executed_on_time) == (1, 0)  # 10 Feb is after the original 31 Jan


def test_return_needs_a_reason_and_a_new_report_can_follow(db: Database) -> None:
    target = add(db)
    submit(db, target)
    with pytest.raises(FieldError) as info:
        reports.return_(db, target, "  ")
    assert info.value.field == "reason"
    reports.return_(db, target, "Letter does not confirm the opening")
    assert commitments.get(db, target).status == "in_progress"
    [returned] = reports.for_commitment(db, target)
    assert (returned.outcome, returned.return_reason) == ("returned", "Letter does not confirm the opening")
    with pytest.raises(ValidationError):
        reports.accept(db, target)  # nothing waits for acceptance any more
    submit(db, target, letter_number="12-3/2301")
    reports.accept(db, target)
    assert [r.outcome for r in reports.for_commitment(db, target)] == ["accepted", "returned"]
    notes = [e.note for e in history.for_record(db, HistoryEntity.COMMITMENT, target)]
    assert "Letter does not confirm the opening" in notes


def test_every_other_path_to_completed_is_refused(db: Database) -> None:
    target = add(db)
    with pytest.raises(ValidationError) as info:
        commitments.change_status(db, target, "completed", "done")
    assert info.value.for_field("execution_report")
    with pytest.raises(ValidationError):
        commitments.change_status(db, target, "for_acceptance", "done")
    data = commitments.get(db, target)
    data.status, data.progress, data.completed_on = "completed", 100, date(2025, 1, 1)
    with pytest.raises(ValidationError) as info:
        commitments.save(db, data)  # the edit form
    assert info.value.for_field("execution_report")
    result = bulk.change_status(db, ids=[target], to_status="completed", note="all done")
    assert result.changed == [] and "execution report" in result.refused[0].reason
    assert commitments.get(db, target).status == "in_progress" and report_count(db) == 0


def test_trash_keeps_the_execution_reports(db: Database) -> None:
    target = add(db)
    submit(db, target)
    entry = trash.move_to_trash(db, entity="commitment", record_id=target)
    assert report_count(db) == 0
    trash.restore(db, entry)
    assert [r.letter_number for r in reports.for_commitment(db, target)] == ["12-3/2207"]


def test_command_line_submit_accept_return(db_target: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--db", db_target, "demo")[0] == 0
    code, out, err = run(capsys, "--db", db_target, "status", "KZ-CN-2024/02", "completed")
    assert code == 1 and "Execution report" in err and "letter" in err
    code, out, err = run(capsys, "--db", db_target, "submit", "KZ-CN-2024/02", "--text", "Plan done")
    assert code == 1 and "Outgoing letter number" in err and "required" in err
    code, out, err = run(
        capsys,
        "--db",
        db_target,
        "submit",
        "KZ-CN-2024/02",
        "--text",
        "Trade plan carried out",
        "--date",
        "2026-07-15",
        "--letter-number",
        "13-2/5001",
        "--letter-date",
        "2026-07-20",
    )
    assert (code, err) == (0, ""), err
    assert out == "KZ-CN-2024/02: execution submitted; now For acceptance\n"
    code, out, err = run(capsys, "--db", db_target, "return", "KZ-CN-2024/02")
    assert code == 1 and "Reason" in err
    code, out, err = run(capsys, "--db", db_target, "accept", "KZ-CN-2024/02")
    assert (code, err) == (0, "")
    assert out == "KZ-CN-2024/02: accepted, now Completed (executed late)\n"  # due 30 June 2026
    code, out, err = run(capsys, "--db", db_target, "list", "--status", "completed")
    assert "KZ-CN-2024/02\tcompleted" in out
