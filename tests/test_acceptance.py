"""Who takes a commitment off control (issue 13): its controller or a manager accepts or returns the execution
report, or completes it on evidence given with the change — never its lead executor, never another clerk. The
services refuse with the reason; on a shared register the server refuses the same to any login, psql included."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

import psycopg
import pytest

from desktop.domain.errors import KelisimError, PermissionDenied, ValidationError
from desktop.services import access, bulk, commitment_list, commitments, control, demo, people
from desktop.services.people import TeamChoice
from desktop.storage.database import Database, open_database
from tests import os_login
from tests.conftest import PostgresTemplates
from tests.postgres_server import SUPERUSER

LETTER = {"text": "Executed: the plan was signed", "letter_number": "12-3/456", "letter_date": date(2026, 4, 10)}
EVIDENCE = {"letter_number": "17-4/9", "letter_date": date(2026, 4, 20)}


def _as(db: Database, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    os_login.act_as(monkeypatch, name)
    access.forget(db)


def _team(db: Database, ref: str) -> int:
    """The commitment with yerlan as its lead executor and aigerim as its controller."""
    target = commitment_list.id_for_ref(db, ref)
    lead = people.add_person(db, f"Ерлан Ахметов {ref}", login="yerlan")
    controller = people.add_person(db, f"Айгерим Сәтбаева {ref}", login="aigerim")
    people.assign(db, target, TeamChoice(lead_id=lead, controller_id=controller))
    return target


@pytest.mark.slow
def test_only_the_controller_or_a_manager_takes_it_off_control(
    sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = sqlite_db
    demo.load_demo(db)
    access.setup(db)  # the test's login is the file's admin
    for name, role in (("yerlan", "clerk"), ("aigerim", "clerk"), ("dana", "clerk"), ("boss", "manager")):
        access.add_user(db, name=name, role=role)
    reported = _team(db, "KZ-CN-2024/03")
    direct = _team(db, "KZ-CN-2024/04")
    _as(db, monkeypatch, "yerlan")
    control.submit_report(db, reported, report_date=date(2026, 4, 15), **LETTER)
    # Another clerk: neither accepts nor returns it; the lead executor cannot decide their own report.
    for who, reason in (("dana", "controller or a manager"), ("yerlan", "lead executor")):
        _as(db, monkeypatch, who)
        for decide in (lambda: control.accept(db, reported), lambda: control.return_report(db, reported, "no")):
            with pytest.raises(PermissionDenied, match=reason):
                decide()
    assert control.reports(db, reported)[0].waiting
    # Its controller accepts (a clerk by role): completed on the report's date.
    _as(db, monkeypatch, "aigerim")
    control.accept(db, reported)
    assert commitments.get(db, reported).status == "completed"
    # Completing on evidence given with the change: the same rule.
    _as(db, monkeypatch, "dana")
    with pytest.raises(PermissionDenied, match="controller or a manager"):
        commitments.change_status(db, direct, "completed", "session protocol", **EVIDENCE)
    result = bulk.change_status(db, ids=[direct], to_status="completed", note="session protocol", **EVIDENCE)
    assert not result.changed and "controller or a manager" in result.refused[0].reason
    assert commitments.get(db, direct).status != "completed"  # nothing half-written
    _as(db, monkeypatch, "boss")  # a manager, not in the team
    commitments.change_status(db, direct, "completed", "session protocol", **EVIDENCE)
    assert commitments.get(db, direct).status == "completed"


@pytest.mark.postgres
def test_the_server_refuses_acceptance_to_any_other_login(pg_templates: PostgresTemplates) -> None:
    name, url = pg_templates.fresh()
    owner = open_database(url)
    try:
        demo.load_demo(owner)
        access.setup(owner)
        tag = uuid.uuid4().hex[:6]
        clerk, controller = f"dana_{tag}", f"aigerim_{tag}"
        for login in (clerk, controller):
            access.add_user(owner, name=login, role="clerk", password="clerk-password-1")
        target = commitment_list.id_for_ref(owner, "KZ-CN-2024/03")
        who = people.add_person(owner, "Айгерим Сәтбаева", login=controller)
        people.assign(owner, target, TeamChoice(controller_id=who))
        report_id = control.submit_report(owner, target, report_date=date(2026, 4, 15), **LETTER)
        # The services refuse the clerk first, with the reason.
        as_clerk = open_database(url.replace(f"{SUPERUSER}@", f"{clerk}:clerk-password-1@", 1))
        try:
            with pytest.raises(KelisimError, match="controller or a manager"):
                control.accept(as_clerk, target)
        finally:
            as_clerk.close()
        server: Any = pg_templates.server

        def raw(login: str) -> psycopg.Connection[Any]:
            return psycopg.connect(host=str(server.root), port=server.port, user=login, dbname=name, autocommit=True)

        # psql with the clerk's login: the server itself refuses deciding or writing an accepted report.
        with raw(clerk) as conn:
            for statement in (
                f"UPDATE execution_report SET decision = 'accepted', decided_by = 'x' WHERE id = {report_id}",
                f"UPDATE execution_report SET decision = 'returned', reason = 'x' WHERE id = {report_id}",
                "INSERT INTO execution_report (commitment_id, text, letter_number, report_date, submitted_by, "
                f"submitted_at, decision) VALUES ({target}, 'x', '1', '2026-04-15', 'x', now(), 'accepted')",
            ):
                with pytest.raises(psycopg.errors.InsufficientPrivilege, match="controller of the commitment"):
                    conn.execute(statement)
        # The controller's own login may.
        with raw(controller) as conn:
            conn.execute(f"UPDATE execution_report SET decision = 'accepted' WHERE id = {report_id}")
    finally:
        owner.close()
        pg_templates.drop(name)


def test_a_commitment_with_a_waiting_report_is_completed_by_deciding_it(demo_db: Database) -> None:
    """Completing beside a waiting report would leave that report waiting on a completed commitment: refused,
    naming what to do; accepting the report completes it."""
    target = commitment_list.id_for_ref(demo_db, "KZ-CN-2024/03")
    control.submit_report(demo_db, target, report_date=date(2026, 4, 15), **LETTER)
    with pytest.raises(ValidationError, match="accept or return it instead"):
        commitments.change_status(demo_db, target, "completed", "closed", **EVIDENCE)
    assert control.reports(demo_db, target)[0].waiting
    control.accept(demo_db, target)
    assert commitments.get(demo_db, target).status == "completed" and not control.reports(demo_db, target)[0].waiting
