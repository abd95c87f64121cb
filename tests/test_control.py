"""Closure on evidence: an execution report with its outgoing letter puts a commitment "for acceptance"; the
controller accepts it (completed on the report's date, judged on time or late against the original deadline) or
returns it with a reason; the direct completion paths stay allowed; the Dashboard counts "on control" and
"waiting for acceptance"; the same on the command line."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from desktop.domain.enums import HistoryEntity
from desktop.domain.errors import KelisimError, ValidationError
from desktop.services import commitment_list, commitments, control, dashboard, deadlines, history, people, trash
from desktop.services.people import TeamChoice
from desktop.services.records import CommitmentData
from desktop.storage.database import Database
from tests.test_cli_register import run

LETTER = {"text": "Consular agreement signed", "letter_number": "12-3/456", "letter_date": date(2026, 4, 10)}


def add(db: Database, ref: str, due: date | None = None) -> int:
    return commitments.save(db, CommitmentData(ref=ref, title=f"Commitment {ref}", due_date=due, status="in_progress"))


def test_report_waits_then_accepted_completes_on_the_report_date(db: Database) -> None:
    target = add(db, "C/01", date(2026, 3, 31))
    deadlines.move_deadline(db, target, date(2026, 5, 31), "partner's ratification")
    people.assign(db, target, TeamChoice(controller_id=people.add_person(db, "Nurlan Abenov")))
    control.submit_report(db, target, report_date=date(2026, 4, 15), **LETTER)
    assert commitments.get(db, target).status == "in_progress"  # the status vocabulary is unchanged
    [report] = control.reports(db, target)
    assert report.waiting and report.submitted_by == "test-clerk" and report.letter_number == "12-3/456"
    figures = dashboard.load(db, date(2026, 4, 20))
    assert (figures.on_control, figures.waiting_acceptance) == (1, 1)
    # One report at a time.
    with pytest.raises(KelisimError, match="already waits"):
        control.submit_report(db, target, report_date=date(2026, 4, 15), **LETTER)
    control.accept(db, target)
    data = commitments.get(db, target)
    assert (data.status, data.progress, data.completed_on) == ("completed", 100, date(2026, 4, 15))
    [report] = control.reports(db, target)
    assert report.decision == "accepted" and report.decided_by == "test-clerk" and report.decided_at is not None
    [latest, *_] = history.for_record(db, HistoryEntity.COMMITMENT, target)
    assert (latest.to_status, latest.note) == ("completed", "№ 12-3/456 (2026-04-10)")
    figures = dashboard.load(db, date(2026, 4, 20))
    assert (figures.on_control, figures.waiting_acceptance) == (0, 0)
    assert figures.executed_late == 1  # after 31 March, the original deadline, though within the moved one
    with pytest.raises(KelisimError, match="closed"):
        control.submit_report(db, target, report_date=date(2026, 4, 15), **LETTER)


def test_return_needs_a_reason_and_leaves_it_with_the_executor(db: Database) -> None:
    target = commitments.save(db, CommitmentData(ref="C/02", title="Not started yet"))
    control.submit_report(db, target, report_date=date(2026, 4, 15), **LETTER)
    with pytest.raises(ValidationError) as caught:
        control.return_report(db, target, "  ")
    assert [p.field for p in caught.value.problems] == ["reason"]
    assert control.reports(db, target)[0].waiting
    control.return_report(db, target, "The letter is not signed")
    [report] = control.reports(db, target)
    assert (report.decision, report.reason) == ("returned", "The letter is not signed")
    assert commitments.get(db, target).status == "in_progress"  # work was reported: under way
    with pytest.raises(KelisimError, match="no execution report waits"):
        control.accept(db, target)
    # A new report after the return.
    control.submit_report(db, target, report_date=date(2026, 4, 20), **LETTER)
    control.accept(db, target)
    assert commitments.get(db, target).completed_on == date(2026, 4, 20)


def test_a_report_without_its_evidence_is_refused_and_writes_nothing(db: Database) -> None:
    target = add(db, "C/03")
    tomorrow = date.today() + timedelta(days=1)
    with pytest.raises(ValidationError) as caught:
        control.submit_report(db, target, text=" ", letter_number="", letter_date=None, report_date=tomorrow)
    assert [p.field for p in caught.value.problems] == ["report_text", "letter_number", "letter_date", "report_date"]
    assert control.reports(db, target) == []


def test_the_lead_executor_cannot_accept_their_own_report(db: Database) -> None:
    target = add(db, "C/04")
    me = people.add_person(db, "Test Clerk", login="test-clerk")
    people.assign(db, target, TeamChoice(lead_id=me))
    control.submit_report(db, target, report_date=date(2026, 4, 15), **LETTER)
    for decide in (lambda: control.accept(db, target), lambda: control.return_report(db, target, "no")):
        with pytest.raises(KelisimError, match="controller decides"):
            decide()
    assert control.reports(db, target)[0].waiting


def test_direct_completion_needs_evidence_and_is_recorded(demo_db: Database) -> None:
    """A manager's status change completes directly only with the letter as evidence, kept as an accepted report;
    the history records who and why."""
    target = commitment_list.id_for_ref(demo_db, "KZ-CN-2024/02")
    with pytest.raises(ValidationError) as info:
        commitments.change_status(demo_db, target, "completed", "closed by the manager", completed_on=date(2026, 5, 1))
    assert info.value.for_field("letter_number")
    assert commitments.get(demo_db, target).status != "completed"
    commitments.change_status(
        demo_db,
        target,
        "completed",
        "closed by the manager",
        completed_on=date(2026, 5, 1),
        letter_number="12-3/900",
        letter_date=date(2026, 5, 1),
    )
    [latest, *_] = history.for_record(demo_db, HistoryEntity.COMMITMENT, target)
    assert (latest.to_status, latest.note, latest.changed_by) == ("completed", "closed by the manager", "test-clerk")
    [report] = control.reports(demo_db, target)
    assert (report.letter_number, report.letter_date, report.decision) == ("12-3/900", date(2026, 5, 1), "accepted")


def test_trash_keeps_the_reports(db: Database) -> None:
    target = add(db, "C/05")
    control.submit_report(db, target, report_date=date(2026, 4, 15), **LETTER)
    entry = trash.move_to_trash(db, entity="commitment", record_id=target)
    trash.restore(db, entry)
    assert control.reports(db, target)[0].letter_number == "12-3/456"


@pytest.mark.slow
def test_cli_report_accept_and_return(db_target: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--db", db_target, "demo")[0] == 0
    ref = "KZ-CN-2024/09"
    code, out, err = run(capsys, "--db", db_target, "report", ref, "--text", "Signed", "--letter-no", "12/3")
    assert code != 0 and "Letter date" in err
    code, out, err = run(
        capsys,
        "--db",
        db_target,
        "report",
        ref,
        "--text",
        "Signed",
        "--letter-no",
        "12/3",
        "--letter-date",
        "2026-04-10",
    )
    assert (code, err) == (0, ""), err
    assert out == f"{ref}: execution report submitted; it waits for acceptance\n"
    code, out, err = run(capsys, "--db", db_target, "return", ref)
    assert code != 0 and "Reason" in err
    code, out, err = run(capsys, "--db", db_target, "return", ref, "--reason", "unsigned")
    assert (code, out) == (0, f"{ref}: returned to the executor\n")
    run(
        capsys,
        "--db",
        db_target,
        "report",
        ref,
        "--text",
        "Signed",
        "--letter-no",
        "12/4",
        "--letter-date",
        "2026-04-12",
    )
    code, out, err = run(capsys, "--db", db_target, "--lang", "ru", "accept", ref)
    assert code == 0 and "2026-04-12" in out and ref in out and "accepted" not in out
    code, out, err = run(capsys, "--db", db_target, "list", "--status", "completed", "--text", ref)
    assert out.startswith(f"{ref}\tcompleted\t100%")


def test_interim_reports_note_progress_and_never_complete(db: Database) -> None:
    target = add(db, "I/01")
    control.add_interim(db, target, text="Draft agreed", report_date=date(2026, 3, 1), progress=40)
    control.add_interim(db, target, text="Sent for signature", report_date=date(2026, 3, 20))
    notes = control.interims(db, target)
    assert [(n.report_date, n.text, n.progress) for n in notes] == [
        (date(2026, 3, 20), "Sent for signature", None),
        (date(2026, 3, 1), "Draft agreed", 40),
    ]
    assert notes[0].reported_by == "test-clerk"
    data = commitments.get(db, target)
    assert (data.status, data.progress) == ("in_progress", 40)
    with pytest.raises(ValidationError) as caught:
        control.add_interim(db, target, text=" ", report_date=None, progress=100)
    assert [p.field for p in caught.value.problems] == ["report_text", "report_date", "progress"]
    assert len(control.interims(db, target)) == 2 and commitments.get(db, target).status == "in_progress"
    commitments.change_status(db, target, "cancelled", "superseded by the 2027 protocol")
    with pytest.raises(ValidationError) as caught:
        control.add_interim(db, target, text="late news", report_date=date(2026, 3, 21))
    assert [p.field for p in caught.value.problems] == ["status"]


@pytest.mark.slow
def test_cli_interim(db_target: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--db", db_target, "demo")[0] == 0
    code, out, err = run(
        capsys, "--db", db_target, "interim", "KZ-CN-2024/09", "--text", "Draft agreed", "--date", "2026-03-01"
    )
    assert (code, out, err) == (0, "KZ-CN-2024/09: interim report of 2026-03-01 added\n", "")
    code, out, err = run(capsys, "--db", db_target, "interim", "KZ-CN-2024/09", "--text", "x", "--percent", "100")
    assert code != 0 and "0–99" in err


@pytest.mark.slow
def test_backup_and_restore_keep_people_and_reports(
    db_target: str, tmp_path: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.storage.database import open_database

    assert run(capsys, "--db", db_target, "demo")[0] == 0
    ref = "KZ-CN-2024/09"
    for argv in (
        ("set", ref, "executor=Aigerim Seitkali", "controller=Nurlan Abenov"),
        ("interim", ref, "--text", "Draft agreed", "--date", "2026-03-01", "--percent", "40"),
        ("report", ref, "--text", "Signed", "--letter-no", "12/3", "--letter-date", "2026-04-10"),
    ):
        code, _out, err = run(capsys, "--db", db_target, *argv)
        assert code == 0, err
    archive = tmp_path / ("office.dump" if db_target.startswith("postgresql") else "office.sqlite3")
    assert run(capsys, "--db", db_target, "backup", "-o", str(archive))[0] == 0
    assert run(capsys, "--db", db_target, "accept", ref)[0] == 0
    assert run(capsys, "--db", db_target, "set", ref, "controller=")[0] == 0
    # (The PostgreSQL test registers are copies of one template, so the archive names another register.)
    code, _out, err = run(capsys, "--db", db_target, "restore", str(archive), "--replace-with-other-register")
    assert code == 0, err
    db = open_database(db_target)
    try:
        target = commitment_list.id_for_ref(db, ref)
        team = people.team(db, target)
        assert team.lead is not None and team.controller is not None and team.controller.name == "Nurlan Abenov"
        assert [r.waiting for r in control.reports(db, target)] == [True]
        assert [(n.text, n.progress) for n in control.interims(db, target)] == [("Draft agreed", 40)]
        assert commitments.get(db, target).status == "in_progress"
    finally:
        db.close()
