"""The rest of issue 13's control of execution, through the services on both engines: a commitment is completed only
on evidence (an accepted execution report, or the letter given with the change — dialog, bulk, command line), a
cancelled commitment may be superseded by another (linked, shown in Excel, PDF and on the command line), the
Summary counts what is on control and waiting for acceptance, people go to and come from Excel, and undoing an edit
puts its people back."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest

from desktop.domain.enums import HistoryEntity
from desktop.domain.errors import KelisimError, ValidationError
from desktop.domain.rules import completion_evidence_problems, supersede_problems
from desktop.reports.excel import write_workbook
from desktop.reports.jobs import export_workbook
from desktop.services import bulk, commitment_list, commitments, control, history, people
from desktop.services.importing.apply import import_workbook
from desktop.services.people import TeamChoice
from desktop.services.records import CommitmentData
from desktop.services.reporting import dataset
from desktop.storage.database import Database
from tests.test_cli_register import run

TODAY = date.today()
LETTER = {"letter_number": "13-2/1045", "letter_date": TODAY - timedelta(days=1)}


def add(db: Database, ref: str, status: str = "in_progress") -> int:
    return commitments.save(db, CommitmentData(ref=ref, title=f"Commitment {ref}", status=status, progress=10))


def reports_of(db: Database, commitment_id: int) -> list[control.Report]:
    return control.reports(db, commitment_id)


# --- completion on evidence -------------------------------------------------------------------------------------


def test_the_rule_names_both_fields_and_checks_a_half_given_letter() -> None:
    [missing] = completion_evidence_problems("", None, TODAY)
    assert missing.field == "letter_number"
    said = str(missing.described())
    assert "Outgoing letter number" in said and "Letter date" in said and "execution report" in said
    assert completion_evidence_problems("", None, TODAY, accepted_report=True) == []
    assert [p.field for p in completion_evidence_problems("12/1", None, TODAY)] == ["letter_date"]
    assert [p.field for p in completion_evidence_problems(" ", TODAY, TODAY)] == ["letter_number"]
    assert [p.field for p in completion_evidence_problems("12/1", TODAY + timedelta(days=1), TODAY)] == ["letter_date"]
    assert completion_evidence_problems("12/1", TODAY, TODAY) == []


def test_completing_without_evidence_is_refused_and_changes_nothing(db: Database) -> None:
    target = add(db, "E/01")
    before = commitments.get(db, target)
    with pytest.raises(ValidationError) as info:
        commitments.change_status(db, target, "completed", "done")
    assert info.value.for_field("letter_number")
    after = commitments.get(db, target)
    assert (after.status, after.version) == ("in_progress", before.version)
    assert reports_of(db, target) == []
    assert [e.to_status for e in history.for_record(db, HistoryEntity.COMMITMENT, target)] == ["in_progress"]
    # Half the letter: the missing date is named.
    with pytest.raises(ValidationError) as info:
        commitments.change_status(db, target, "completed", "done", letter_number="13-2/1")
    assert [p.field for p in info.value.problems] == ["letter_date"]


def test_evidence_given_with_the_change_is_kept_as_an_accepted_report(db: Database) -> None:
    target = add(db, "E/02")
    commitments.change_status(db, target, "completed", "", completed_on=TODAY, **LETTER)  # type: ignore[arg-type]
    got = commitments.get(db, target)
    assert (got.status, got.progress, got.completed_on) == ("completed", 100, TODAY)
    [report] = reports_of(db, target)
    assert (report.letter_number, report.letter_date, report.report_date) == ("13-2/1045", LETTER["letter_date"], TODAY)
    assert (report.decision, report.decided_by, report.submitted_by) == ("accepted", "test-clerk", "test-clerk")
    [latest, *_] = history.for_record(db, HistoryEntity.COMMITMENT, target)
    # Without a note the history says what closed it: the letter, language-neutral.
    assert latest.note == f"№ 13-2/1045 ({LETTER['letter_date'].isoformat()})"  # type: ignore[union-attr]
    # Reopened, then completed again: the accepted report is on record, no new letter is asked.
    commitments.change_status(db, target, "in_progress", "one more step")
    commitments.change_status(db, target, "completed", "step done")
    assert commitments.get(db, target).status == "completed" and len(reports_of(db, target)) == 1


def test_an_accepted_execution_report_completes_without_a_letter_on_the_change(db: Database) -> None:
    target = add(db, "E/03")
    control.submit_report(db, target, text="Signed", report_date=TODAY, **LETTER)  # type: ignore[arg-type]
    control.accept(db, target)
    assert commitments.get(db, target).status == "completed"


def test_a_commitment_entered_completed_needs_its_evidence_too(db: Database) -> None:
    done = CommitmentData(ref="E/04", title="Entered done", status="completed", progress=100, completed_on=TODAY)
    with pytest.raises(ValidationError) as info:
        commitments.save(db, done)
    assert info.value.for_field("letter_number")
    assert commitment_list.list_rows(db) == []
    new_id = commitments.save(db, done, **LETTER)  # type: ignore[arg-type]
    assert commitments.get(db, new_id).status == "completed"
    assert reports_of(db, new_id)[0].decision == "accepted"


def test_bulk_completion_takes_one_letter_for_every_row(db: Database) -> None:
    """After a committee session a clerk marks the rows done with one note and the session's protocol."""
    ids = [add(db, f"B/{n:02d}") for n in range(1, 4)]
    refused = bulk.change_status(db, ids=ids, to_status="completed", note="Session 5")
    assert refused.changed == [] and len(refused.refused) == 3
    assert all("Outgoing letter number" in r.reason for r in refused.refused)
    result = bulk.change_status(
        db, ids=ids, to_status="completed", note="Session 5", letter_number="Protocol 5", letter_date=TODAY
    )
    assert sorted(result.changed) == sorted(ids) and result.refused == []
    for record_id in ids:
        assert commitments.get(db, record_id).status == "completed"
        assert [r.letter_number for r in reports_of(db, record_id)] == ["Protocol 5"]
    # Undone: back as they were (the undo restores a recorded state and asks no evidence).
    bulk.restore(db, snapshots=result.before)
    assert {commitments.get(db, i).status for i in ids} == {"in_progress"}


def test_undoing_an_edit_back_to_completed_asks_no_new_evidence(db: Database, tmp_path: Path) -> None:
    """A commitment that came in completed (an import: no report) reopened by an edit; Ctrl+Z puts back a state that
    was on record, so it asks no letter."""
    wb = openpyxl.Workbook()
    wb.active.append(["Ref", "Commitment", "Status", "Completed on"])
    wb.active.append(["E-5", "Came in done", "completed", date(2025, 3, 15)])
    wb.save(tmp_path / "done.xlsx")
    import_workbook(db, tmp_path / "done.xlsx")
    target = commitment_list.id_for_ref(db, "E-5")
    before = commitments.get(db, target)
    reopened = commitments.get(db, target)
    reopened.status, reopened.progress, reopened.completed_on = "in_progress", 90, None
    commitments.save(db, reopened, "one more step")
    with pytest.raises(ValidationError):  # completing it again as such needs the letter
        commitments.change_status(db, target, "completed", "again")
    commitments.undo_edit(db, before, commitments.get(db, target).version)
    assert commitments.get(db, target).status == "completed" and reports_of(db, target) == []


def test_the_demo_closes_its_completed_commitments_on_evidence(demo_db: Database) -> None:
    done = [r for r in commitment_list.list_rows(demo_db) if r[commitment_list.Col.STATUS] == "completed"]
    assert done
    for row in done:
        [report] = reports_of(demo_db, row[commitment_list.Col.ID])
        assert report.decision == "accepted" and report.letter_number


def test_import_keeps_history_read_from_a_workbook_as_a_record_of_the_past(db: Database, tmp_path: Path) -> None:
    """A clerk's register arrives completed: no letter is asked, the import file is named as the source."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Ref", "Commitment", "Status", "Completed on"])
    ws.append(["W-1", "Trade mission held", "completed", date(2025, 3, 15)])
    path = tmp_path / "register 2025.xlsx"
    wb.save(path)
    import_workbook(db, path)
    target = commitment_list.id_for_ref(db, "W-1")
    assert commitments.get(db, target).status == "completed"
    [created] = history.for_record(db, HistoryEntity.COMMITMENT, target)
    assert created.to_status == "completed" and "register 2025.xlsx" in created.note


def test_cli_status_completed_asks_for_the_letter(demo_target: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "--db", demo_target, "status", "KZ-CN-2024/04", "completed", "--note", "done")
    assert code == 1 and "Outgoing letter number" in err and "--letter-no" in err and "--letter-date" in err
    code, out, err = run(
        capsys,
        "--db",
        demo_target,
        "status",
        "KZ-CN-2024/04",
        "completed",
        "--letter-no",
        "13-2/55",
        "--letter-date",
        TODAY.isoformat(),
    )
    assert (code, err) == (0, "") and out == "KZ-CN-2024/04: now Completed\n"
    code, _out, err = run(
        capsys, "--db", demo_target, "--lang", "ru", "status", "KZ-CN-2024/05", "completed", "--note", "x"
    )
    assert code == 1 and "Номер исходящего письма" in err and "--letter-no" in err, err


# --- superseded ---------------------------------------------------------------------------------------------------


def test_supersede_rules() -> None:
    assert supersede_problems(1, "cancelled", None, None) == []
    assert supersede_problems(1, "cancelled", 2, "in_progress") == []
    assert [p.field for p in supersede_problems(1, "on_hold", 2, "in_progress")] == ["superseded_by"]
    assert [p.field for p in supersede_problems(1, "cancelled", 1, "cancelled")] == ["superseded_by"]
    assert [p.field for p in supersede_problems(1, "cancelled", 2, "cancelled")] == ["superseded_by"]


def test_superseding_needs_a_reason_and_links_the_replacement(db: Database) -> None:
    old, new = add(db, "S/01"), add(db, "S/02")
    with pytest.raises(ValidationError) as info:
        commitments.change_status(db, old, "cancelled", "", superseded_by=new)
    assert info.value.for_field("note")
    with pytest.raises(ValidationError) as info:
        commitments.change_status(db, old, "cancelled", "replaced", superseded_by=old)
    assert info.value.for_field("superseded_by")
    commitments.change_status(db, old, "cancelled", "replaced by the 2026 roadmap", superseded_by=new)
    assert commitments.replacement(db, old) == (new, "S/02", "Commitment S/02")
    assert commitments.superseded_refs(db) == {old: "S/02"}
    # A cancelled commitment is not a replacement.
    third = add(db, "S/03")
    with pytest.raises(ValidationError) as info:
        commitments.change_status(db, third, "cancelled", "also replaced", superseded_by=old)
    assert info.value.for_field("superseded_by")
    # Reopened, it is no longer superseded.
    commitments.change_status(db, old, "in_progress", "the roadmap fell through")
    assert commitments.replacement(db, old) is None


@pytest.mark.slow
def test_superseded_in_excel_pdf_and_the_command_line(
    demo_target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(
        capsys,
        "--db",
        demo_target,
        "status",
        "KZ-CN-2024/08",
        "cancelled",
        "--note",
        "replaced by the new roadmap",
        "--superseded-by",
        "KZ-CN-2024/01",
    )
    assert (code, err) == (0, ""), err
    assert out == "KZ-CN-2024/08: now Cancelled, superseded by KZ-CN-2024/01\n"
    code, out, _err = run(capsys, "--db", demo_target, "list", "--text", "KZ-CN-2024/08")
    assert "(superseded by KZ-CN-2024/01)" in out
    from desktop.storage.database import open_database

    db = open_database(demo_target)
    try:
        workbook = tmp_path / "register.xlsx"
        export_workbook(db, workbook)
        wb = openpyxl.load_workbook(workbook, read_only=True)
        rows = list(wb["Commitments"].iter_rows(values_only=True))
        wb.close()
        column = rows[0].index("Superseded by")
        found = {r[0]: r[column] if len(r) > column else None for r in rows[1:]}
        assert found["KZ-CN-2024/08"] == "KZ-CN-2024/01" and found["KZ-CN-2024/02"] in (None, "")
        report = dataset.build(db, today=TODAY)
        [line] = [c for c in report.commitments if c.ref == "KZ-CN-2024/08"]
        assert line.superseded_by == "KZ-CN-2024/01"
        from desktop.reports.pdf import write_pdf

        pdf = write_pdf(report, tmp_path / "register.pdf")
        # The status cell says it under the status word (its column wraps the reference onto the next line).
        assert pdf_text(pdf).count("superseded by") == 1
    finally:
        db.close()


def pdf_text(path: Path) -> str:
    import subprocess

    done = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(done.stdout.split())


# --- the Summary's control figures --------------------------------------------------------------------------------


@pytest.mark.slow
def test_summary_counts_on_control_and_waiting_like_the_dashboard(db: Database, tmp_path: Path) -> None:
    from desktop.services import dashboard

    boss = people.add_person(db, "Nurlan Abenov")
    controlled = [add(db, f"K/{n}") for n in range(1, 4)]
    for target in controlled:
        people.assign(db, target, TeamChoice(controller_id=boss))
    add(db, "K/9")
    control.submit_report(db, controlled[0], text="Done", report_date=TODAY, **LETTER)  # type: ignore[arg-type]
    control.submit_report(db, controlled[1], text="Done", report_date=TODAY, **LETTER)  # type: ignore[arg-type]
    control.accept(db, controlled[1])  # completed: off control
    board = dashboard.load(db, TODAY)
    report = dataset.build(db, today=TODAY)
    assert (report.on_control, report.waiting) == (board.on_control, board.waiting_acceptance) == (2, 1)
    path = write_workbook(report, tmp_path / "summary.xlsx")
    wb = openpyxl.load_workbook(path, read_only=True)
    summary = {r[0]: r[1] for r in wb["Summary"].iter_rows(values_only=True) if len(r) > 1 and r[0]}
    wb.close()
    assert (summary["On control"], summary["Waiting for acceptance"]) == (2, 1)
    from desktop.reports.pdf import write_pdf

    text = pdf_text(write_pdf(report, tmp_path / "summary.pdf"))
    assert "On control 2" in text and "Waiting for acceptance 1" in text


# --- people in Excel ------------------------------------------------------------------------------------------------


def test_people_go_to_excel_and_come_back(db: Database, another_db: Database, tmp_path: Path) -> None:
    people.add_person(db, "Айгерім Сейтқали", agency="МИД РК", position="Советник", contact="+7 717 272", login="aseit")
    people.add_person(db, "Wang Lei", agency="MOFCOM")
    path = write_workbook(dataset.build(db, today=TODAY), tmp_path / "people.xlsx")
    wb = openpyxl.load_workbook(path, read_only=True)
    rows = [tuple(r) + (None,) * (5 - len(r)) for r in wb["People"].iter_rows(values_only=True)]  # empty tails
    wb.close()
    assert rows[0] == ("Name", "Agency", "Position", "Contact", "Login")
    assert rows[1:] == [
        ("Wang Lei", "MOFCOM", None, None, None),
        ("Айгерім Сейтқали", "МИД РК", "Советник", "+7 717 272", "aseit"),
    ]
    result = import_workbook(another_db, path)
    assert result.plan.counts["people"].add == 2
    assert sorted((p.name, p.agency, p.position, p.contact, p.login) for p in people.rows(another_db)) == sorted(
        (p.name, p.agency, p.position, p.contact, p.login) for p in people.rows(db)
    )
    again = import_workbook(another_db, path)
    assert again.plan.counts["people"].unchanged == 2 and not again.written


def test_people_from_a_sheet_with_people_headers(db: Database, tmp_path: Path) -> None:
    people.add_person(db, "Нурлан Абенов", agency="МИД РК")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Лист1"
    ws.append(["ФИО", "Ведомство", "Должность", "Телефон"])
    ws.append(["нурлан абенов", "", "Директор департамента", "+7 717 200"])  # known: blank keeps the agency
    ws.append(["Ли Вэй", "МИД КНР", "Советник", ""])
    ws.append(["", "МИД КНР", "Атташе", ""])  # no name: rejected, naming the column
    path = tmp_path / "исполнители.xlsx"
    wb.save(path)
    plan = import_workbook(db, path, dry_run=True).plan
    assert (plan.counts["people"].add, plan.counts["people"].update, plan.counts["people"].reject) == (1, 1, 1)
    assert "ФИО" in str(plan.rejections[0].describe())
    import_workbook(db, path, skip_invalid=True)
    found = {p.name: (p.agency, p.position, p.contact) for p in people.rows(db)}
    assert found == {
        "Нурлан Абенов": ("МИД РК", "Директор департамента", "+7 717 200"),
        "Ли Вэй": ("МИД КНР", "Советник", ""),
    }


def test_person_edit_through_the_service(db: Database) -> None:
    person = people.add_person(db, "Aigerim S.", agency="MFA")
    people.update_person(db, person, name="Aigerim Seitkali", position="Counsellor")
    row = people.get_person(db, person)
    assert (row.name, row.agency, row.position) == ("Aigerim Seitkali", "MFA", "Counsellor")
    with pytest.raises(ValidationError) as info:
        people.update_person(db, person, name="  ")
    assert info.value.for_field("person_name")
    with pytest.raises(KelisimError):
        people.get_person(db, 404)


# --- undo restores the people -----------------------------------------------------------------------------------


def test_undoing_an_edit_puts_the_people_back(db: Database) -> None:
    lead, other, boss = (people.add_person(db, n) for n in ("Lead One", "Lead Two", "Controller"))
    target = add(db, "U/01")
    people.assign(db, target, TeamChoice(lead, [], boss))
    before = commitments.get(db, target)
    edited = commitments.get(db, target)
    edited.title = "Changed with its people"
    people.save_with_team(db, edited, TeamChoice(other, [lead], None))
    team = people.team(db, target)
    assert (team.lead.id if team.lead else None, team.controller) == (other, None)
    people.undo_edit(db, before, commitments.get(db, target).version, TeamChoice(lead, [], boss))
    team = people.team(db, target)
    assert team.lead is not None and team.lead.id == lead and not team.co
    assert team.controller is not None and team.controller.id == boss
    assert commitments.get(db, target).title == before.title
