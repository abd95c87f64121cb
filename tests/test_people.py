"""People and responsibility: persons, the lead executor, co-executors and controller of a commitment, and the
filters that find "my commitments" and commitments by executor or controller — in the services, lists, reports
and on the command line."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.domain.errors import NotFoundError, ValidationError
from desktop.domain.filters import CommitmentFilter
from desktop.domain.models import CommitmentPerson
from desktop.services import commitment_list, commitments, people, trash
from desktop.services.commitment_list import Col
from desktop.services.people import TeamChoice
from desktop.services.records import CommitmentData
from desktop.services.reporting import dataset
from desktop.storage.database import Database, open_database
from tests.test_cli_register import run


def add(db: Database, ref: str, agency: str = "") -> int:
    return commitments.save(db, CommitmentData(ref=ref, title=f"Commitment {ref}", agency=agency))


def links(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(CommitmentPerson)) or 0)


def test_a_team_is_stored_and_read_back(db: Database) -> None:
    target = add(db, "P/01")
    lead = people.add_person(db, " Aigerim Seitkali ", agency="Ministry of Trade", login="aseitkali")
    co = people.add_person(db, "Li Wei", agency="MOFCOM")
    boss = people.add_person(db, "Nurlan Abenov", agency="MFA")
    people.assign(db, target, TeamChoice(lead, [co, co], boss))
    team = people.team(db, target)
    assert team.lead is not None and team.lead.name == "Aigerim Seitkali"
    assert team.lead.label == "Aigerim Seitkali (Ministry of Trade)"
    assert [p.name for p in team.co] == ["Li Wei"]
    assert team.controller is not None and team.controller.id == boss
    # Changing the team keeps unchanged rows and drops the ones no longer wanted.
    people.assign(db, target, TeamChoice(lead, [], boss))
    assert people.team(db, target).co == ()
    assert links(db) == 2
    labels = [c.label for c in people.choices(db)]
    assert labels == ["Aigerim Seitkali (Ministry of Trade)", "Li Wei (MOFCOM)", "Nurlan Abenov (MFA)"]


def test_invalid_teams_are_refused_naming_the_field_and_write_nothing(db: Database) -> None:
    target = add(db, "P/02")
    a = people.add_person(db, "A")
    b = people.add_person(db, "B")
    cases = [
        (TeamChoice(None, [a], None), "executor"),
        (TeamChoice(a, [a, b], None), "co_executors"),
        (TeamChoice(a, [b], a), "controller"),
    ]
    for choice, field in cases:
        with pytest.raises(ValidationError) as caught:
            people.assign(db, target, choice)
        assert [p.field for p in caught.value.problems] == [field]
    assert links(db) == 0
    with pytest.raises(ValidationError) as caught:
        people.add_person(db, "   ")
    assert caught.value.problems[0].field == "person_name"


def test_the_editor_save_is_one_transaction(db: Database) -> None:
    a = people.add_person(db, "A")
    data = CommitmentData(ref="P/03", title="Built together")
    # A refused team leaves no commitment behind.
    with pytest.raises(ValidationError):
        people.save_with_team(db, data, TeamChoice(None, [a], None))
    assert commitment_list.list_rows(db) == []
    record_id = people.save_with_team(db, data, TeamChoice(a, [], None))
    assert people.team(db, record_id).lead is not None


def test_filters_by_executor_controller_and_me_agree_in_sql_and_in_memory(db: Database) -> None:
    one, two, three = add(db, "F/01"), add(db, "F/02"), add(db, "F/03")
    me = people.add_person(db, "Test Clerk", login="TEST-CLERK")  # conftest signs in as test-clerk
    other = people.add_person(db, "Other")
    people.assign(db, one, TeamChoice(me, [], other))
    people.assign(db, two, TeamChoice(other, [me], None))
    people.assign(db, three, TeamChoice(other, [], me))
    assert people.me(db) == me
    rows = commitment_list.list_rows(db)
    assert {r[Col.REF]: r[Col.EXECUTOR] for r in rows} == {"F/01": "Test Clerk", "F/02": "Other", "F/03": "Other"}
    cases = {
        "": {"F/01", "F/02", "F/03"},
        "executor": {"F/01", "F/02"},
        "controller": {"F/03"},
    }
    for role, wanted in cases.items():
        flt = CommitmentFilter(person_id=me, person_role=role)
        assert {r[Col.REF] for r in commitment_list.list_rows(db, flt)} == wanted
        predicate = commitment_list.row_predicate(commitment_list.predicate_for(db, flt))
        assert {r[Col.REF] for r in rows if predicate(r)} == wanted
        positions = predicate.narrow_base(rows, list(range(len(rows))))
        assert {rows[i][Col.REF] for i in positions} == wanted
    flt = CommitmentFilter(person_id=other, person_role="controller")
    assert [r[Col.REF] for r in commitment_list.list_rows(db, flt)] == ["F/01"]


def test_the_report_dataset_carries_executor_and_controller(demo_db: Database) -> None:
    first = commitment_list.list_rows(demo_db)[0]
    lead = people.add_person(demo_db, "Aigerim Seitkali", agency="Ministry of Trade")
    boss = people.add_person(demo_db, "Nurlan Abenov")
    people.assign(demo_db, first[Col.ID], TeamChoice(lead, [], boss))
    flt = CommitmentFilter(person_id=lead, person_role="executor")
    # Both routes: the streamed one (PDF and workbook) and the one "as the register stood" on a day.
    for data in (
        dataset.build(demo_db, flt, today=date(2026, 6, 1)),
        dataset.build(demo_db, flt, as_of=date.today()),
    ):
        lines = data.commitments
        assert [line.ref for line in lines] == [first[Col.REF]]
        assert lines[0].executor == "Aigerim Seitkali (Ministry of Trade)"
        assert lines[0].controller == "Nurlan Abenov"
        assert "Executor: Aigerim Seitkali" in data.filter_text


def test_trash_keeps_and_restores_the_team(db: Database) -> None:
    target = add(db, "T/01")
    a, b = people.add_person(db, "A"), people.add_person(db, "B")
    people.assign(db, target, TeamChoice(a, [], b))
    entry = trash.move_to_trash(db, entity="commitment", record_id=target)
    assert links(db) == 0
    trash.restore(db, entry)
    team = people.team(db, target)
    assert (team.lead and team.lead.id, team.controller and team.controller.id) == (a, b)


@pytest.mark.slow
def test_cli_sets_people_lists_by_executor_and_mine(db_target: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--db", db_target, "demo")[0] == 0
    code, out, err = run(
        capsys, "--db", db_target, "person", "add", "Test Clerk", "--agency", "MFA", "--login", "test-clerk"
    )
    assert (code, err) == (0, ""), err
    code, out, err = run(
        capsys,
        "--db",
        db_target,
        "set",
        "KZ-CN-2024/01",
        "executor=Aigerim Seitkali",
        "co_executors=Li Wei; Bolat Nurov",
        "controller=Test Clerk",
        "progress=40",
    )
    assert (code, err) == (0, ""), err
    code, out, err = run(capsys, "--db", db_target, "list", "--executor", "aigerim seitkali")
    assert code == 0 and out.splitlines()[0].startswith("KZ-CN-2024/01\t")
    assert "(executor: Aigerim Seitkali)" in out and out.splitlines()[-1] == "1 commitment"
    code, out, err = run(capsys, "--db", db_target, "list", "--mine")
    assert out.splitlines()[0].startswith("KZ-CN-2024/01\t") and "\t40%\t" in out
    code, out, err = run(capsys, "--db", db_target, "list", "--controller", "Nobody")
    assert code != 0 and "Nobody" in err and "Test Clerk" in err
    code, out, err = run(capsys, "--db", db_target, "person", "list")
    assert "Li Wei" in out and "Bolat Nurov" in out and out.splitlines()[-1] == "4 persons"
    # A refused team writes nothing: not the progress, not the new person.
    code, out, err = run(
        capsys, "--db", db_target, "set", "KZ-CN-2024/01", "controller=Aigerim Seitkali", "progress=50"
    )
    assert code != 0 and "Controller" in err
    code, out, err = run(capsys, "--db", db_target, "list", "--mine")
    assert "\t40%\t" in out
    code, out, err = run(capsys, "--db", db_target, "--lang", "ru", "list", "--executor", "Li Wei")
    assert code == 0 and "(исполнитель: Aigerim Seitkali)" in out
    code, out, err = run(capsys, "--db", db_target, "set", "KZ-CN-2024/01", "executor=", "co_executors=")
    assert code == 0, err
    code, out, err = run(capsys, "--db", db_target, "list", "--executor", "Aigerim Seitkali")
    assert out.splitlines()[-1] == "0 commitments"


@pytest.mark.slow
def test_cli_mine_without_a_person_says_so(db_target: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--db", db_target, "demo")[0] == 0
    code, _out, err = run(capsys, "--db", db_target, "list", "--mine")
    assert code != 0 and "test-clerk" in err
    with pytest.raises(NotFoundError):
        people.person_id_by_name(open_database(db_target), "Nobody")


@pytest.mark.slow
def test_excel_and_pdf_show_executor_controller_and_moves(demo_db: Database, tmp_path: Path) -> None:
    from tests.test_excel_export import export
    from tests.test_pdf_report import pdftotext, report, squeeze

    target = commitment_list.id_for_ref(demo_db, "KZ-CN-2024/02")
    lead = people.add_person(demo_db, "Aigerim Seitkali", agency="Ministry of Trade")
    co = people.add_person(demo_db, "Li Wei")
    boss = people.add_person(demo_db, '=HYPERLINK("http://x","y")')  # user text stays text
    people.assign(demo_db, target, TeamChoice(lead, [co], boss))
    flt = CommitmentFilter(person_id=lead, person_role="executor")
    ws = export(demo_db, tmp_path / "r.xlsx", flt)["Commitments"]
    header = [c.value for c in ws[1]]
    row = {header[i]: cell for i, cell in enumerate(next(ws.iter_rows(min_row=2)))}
    assert row["Reference"].value == "KZ-CN-2024/02"
    assert row["Executor"].value == "Aigerim Seitkali (Ministry of Trade) + Li Wei"
    assert row["Controller"].value == '=HYPERLINK("http://x","y")' and row["Controller"].data_type == "s"
    assert row["Deadline moved"].value is None
    # The demo's KZ-CN-2024/10 had its deadline moved once: "×1" on the sheet and "moved ×1" on the PDF line.
    everything = export(demo_db, tmp_path / "all.xlsx")["Commitments"]
    moved_column = header.index("Deadline moved")
    moved = {r[0].value: r[moved_column].value for r in everything.iter_rows(min_row=2)}
    assert moved["KZ-CN-2024/10"] == "×1" and moved["KZ-CN-2024/02"] is None
    text = squeeze(pdftotext(report(demo_db, tmp_path / "r.pdf")))
    assert "Executor: Aigerim Seitkali (Ministry of Trade) + Li Wei" in text
    assert "Controller: =HYPERLINK" in text and "moved ×1" in text


@pytest.mark.slow
def test_upgrade_of_a_populated_0009_register(engine_name: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    from desktop.storage import migrate
    from desktop.storage.database import open_database
    from desktop.storage.engine import APPLICATION_ID, make_engine
    from tests.legacy import fill_with_demo, upgrade_to

    if engine_name == "postgres":
        target = request.getfixturevalue("pg_server").create_database(f"kc_ppl_{uuid.uuid4().hex[:12]}")
    else:
        target = str(tmp_path / "old.sqlite3")
    engine = make_engine(target)  # the register as Kelisim 0009 left it, holding the demo's rows
    try:
        # The demo's rows go in at 0008 (a copy into 0009 would clash with the audit rows its triggers write),
        # then 0009 audits them: a populated register as Kelisim 0009 left it.
        upgrade_to(engine, "0008")
        fill_with_demo(engine, tmp_path / "current.sqlite3")
        upgrade_to(engine, "0009")
        if engine_name == "sqlite":
            with engine.begin() as conn:
                conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    finally:
        engine.dispose()
    upgraded = open_database(target)
    try:
        assert migrate.current_revision(upgraded.engine) == migrate.head_revision(upgraded.engine)
        rows = commitment_list.list_rows(upgraded)
        assert len(rows) == 10 and {r[Col.EXECUTOR] for r in rows} == {None}
        target_id = commitment_list.id_for_ref(upgraded, "KZ-CN-2024/02")
        lead = people.add_person(upgraded, "Aigerim Seitkali")
        people.assign(upgraded, target_id, TeamChoice(lead, [], None))
        flt = CommitmentFilter(person_id=lead, person_role="executor")
        assert [r[Col.REF] for r in commitment_list.list_rows(upgraded, flt)] == ["KZ-CN-2024/02"]
        # The new tables are audited like the others, and the chain still holds.
        from desktop.services import audit

        [link] = audit.trail(upgraded, tables=("commitment_person",))
        assert (link.action, link.reference) == ("insert", "KZ-CN-2024/02 lead: Aigerim Seitkali")
        assert [r.reference for r in audit.trail(upgraded, tables=("person",))] == ["Aigerim Seitkali"]
        assert audit.check(upgraded).first_broken is None
    finally:
        upgraded.close()


def test_report_team_words_are_names_of_worded(db: Database) -> None:
    """The stream's team words (one query, each person's label made once per report) are what ``names_of`` and
    ``team_texts`` make: the first lead, co-executors in their order after " + ", the controller; co-executors
    of one rank by name, a team stored with co-executors only (older registers), a person without an agency,
    Cyrillic and Chinese names."""
    records = [add(db, f"T/{n:02}") for n in range(6)]
    lead = people.add_person(db, "Айгерим Сейткали", agency="Министерство торговли")
    co_a = people.add_person(db, "李伟", agency="商务部")
    co_b = people.add_person(db, "Nurlan Abenov")
    boss = people.add_person(db, "Zhanna Ospanova", agency="MFA")
    people.assign(db, records[0], TeamChoice(lead, [co_b, co_a], boss))
    with db.write() as session:  # as rows stored before the rules, both co-executors of the same rank
        for person in (co_a, co_b):
            session.add(CommitmentPerson(commitment_id=records[1], role="co", person_id=person, sort_order=0))
    people.assign(db, records[2], TeamChoice(co_b, [], None))
    people.assign(db, records[3], TeamChoice(None, [], boss))
    people.assign(db, records[4], TeamChoice(boss, [lead], co_a))
    with db.read() as session:
        labels: dict[tuple[str, str], str] = {}
        words = dataset.team_texts_in(session, records[:3], labels)
        words |= dataset.team_texts_in(session, records[3:], labels)  # the labels carried to the next chunk
        expected = {cid: dataset.team_texts(team) for cid, team in people.names_of(session, records).items()}
    assert words == expected
    assert words[records[0]] == (
        "Айгерим Сейткали (Министерство торговли) + Nurlan Abenov, 李伟 (商务部)",
        "Zhanna Ospanova (MFA)",
    )
    assert words[records[1]] == (" + Nurlan Abenov, 李伟 (商务部)", "")
    assert records[5] not in words  # no team: the line's executor and controller stay empty
