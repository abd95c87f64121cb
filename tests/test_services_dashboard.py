"""Dashboard figures on crafted data with a fixed today, and on the demo register."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop.services import bodies, commitments, dashboard
from desktop.services.records import BodyData, CommitmentData
from desktop.storage.database import Database

TODAY = date(2026, 1, 15)


def add(
    db: Database,
    title: str,
    due: date | None,
    status: str = "not_started",
    progress: int = 0,
    body_id: int | None = None,
) -> int:
    completed_on = date(2025, 12, 1) if status == "completed" else None
    return commitments.save(
        db,
        CommitmentData(
            title=title, due_date=due, status=status, progress=progress, completed_on=completed_on, body_id=body_id
        ),
        letter_number="11" if completed_on else "",
        letter_date=completed_on,
    )


def test_empty_register(db: Database) -> None:
    data = dashboard.load(db, TODAY)
    assert data.total == 0 and data.overdue == 0 and data.due_soon == 0
    assert data.by_status == dict.fromkeys(["not_started", "in_progress", "completed", "on_hold", "cancelled"], 0)
    assert data.per_body == [] and data.overdue_items == [] and data.due_soon_items == []


@pytest.fixture
def crafted(db: Database) -> dict[str, int]:
    committee = bodies.save(db, BodyData(name="Committee"))
    agri = bodies.save(db, BodyData(name="Agri", kind="subcommittee", parent_id=committee))
    ids = {
        "committee": committee,
        "agri": agri,
        "late": add(db, "Late", TODAY - timedelta(days=1), "in_progress", 40, agri),
        "late_hold": add(db, "Late on hold", TODAY - timedelta(days=90), "on_hold", 10, agri),
        "late_done": add(db, "Late but done", TODAY - timedelta(days=30), "completed", 100, agri),
        "today": add(db, "Due today", TODAY, "in_progress", 50, committee),
        "in_30": add(db, "Due in 30 days", TODAY + timedelta(days=30), body_id=committee),
        "in_31": add(db, "Due in 31 days", TODAY + timedelta(days=31), body_id=committee),
        "undated": add(db, "No date", None, "in_progress", 20),
    }
    cancelled = add(db, "Cancelled late", TODAY - timedelta(days=5), "in_progress", 30, committee)
    commitments.change_status(db, cancelled, "cancelled", "Superseded", today=TODAY)
    ids["cancelled"] = cancelled
    return ids


def test_counts_by_status_overdue_and_due_soon(db: Database, crafted: dict[str, int]) -> None:
    data = dashboard.load(db, TODAY)
    assert data.total == 8
    assert data.by_status == {"not_started": 2, "in_progress": 3, "completed": 1, "on_hold": 1, "cancelled": 1}
    assert data.overdue == 2
    assert [i.id for i in data.overdue_items] == [crafted["late_hold"], crafted["late"]]  # oldest first
    assert data.due_soon == 2  # today up to today + 30, open only
    assert [i.id for i in data.due_soon_items] == [crafted["today"], crafted["in_30"]]
    item = data.due_soon_items[0]
    assert (item.title, item.body, item.due_date, item.status) == (
        "Due today",
        "Committee",
        "2026-01-15",
        "in_progress",
    )
    assert data.bodies == 2 and data.agreements == 0


def test_per_body_progress(db: Database, crafted: dict[str, int]) -> None:
    per_body = {p.body: p for p in dashboard.load(db, TODAY).per_body}
    assert set(per_body) == {"", "Agri", "Committee"}
    agri = per_body["Agri"]
    assert (agri.body_id, agri.commitments, agri.completed, agri.overdue) == (crafted["agri"], 3, 1, 2)
    assert agri.average_progress == pytest.approx(50.0)  # (40 + 10 + 100) / 3
    committee = per_body["Committee"]
    assert (committee.commitments, committee.completed, committee.overdue) == (4, 0, 0)
    assert committee.average_progress == pytest.approx((50 + 0 + 0 + 30) / 4)
    assert per_body[""].body_id is None and per_body[""].commitments == 1


def test_list_limit(db: Database, crafted: dict[str, int]) -> None:
    data = dashboard.load(db, TODAY, list_limit=1)
    assert data.overdue == 2 and len(data.overdue_items) == 1


def test_overdue_follows_today(db: Database, crafted: dict[str, int]) -> None:
    assert dashboard.load(db, TODAY + timedelta(days=1)).overdue == 3  # "Due today" is late tomorrow
    assert dashboard.load(db, TODAY - timedelta(days=1)).overdue == 1


def test_demo_dashboard(demo_db: Database) -> None:
    data = dashboard.load(demo_db, date(2025, 1, 1))
    assert data.total == 10 and data.agreements == 1 and data.bodies == 3
    assert data.by_status == {"not_started": 1, "in_progress": 6, "completed": 2, "on_hold": 1, "cancelled": 0}
    assert data.overdue == 0
    later = dashboard.load(demo_db, date(2026, 7, 1))
    # Open and due before 1 July 2026: 2025-06-30 (on hold), 2025-12-31, 2026-03-31, 2026-06-30.
    assert later.overdue == 4
    assert [i.due_date for i in later.overdue_items] == ["2025-06-30", "2025-12-31", "2026-03-31", "2026-06-30"]
    names = {p.body for p in later.per_body}
    assert {
        "Kazakh-Chinese Cooperation Committee",
        "Subcommittee on Agricultural Cooperation",
        "Subcommittee on Innovation Cooperation",
    } <= names
    assert sum(p.commitments for p in later.per_body) == 10


def test_the_figures_per_body_read_the_narrow_index_not_the_rows(sqlite_demo_db: Database) -> None:
    # SQLite only: its query plan says which index answers (PostgreSQL plans by its own statistics).
    from sqlalchemy import event

    statements: list[tuple[str, object]] = []

    @event.listens_for(sqlite_demo_db.engine, "before_cursor_execute")
    def record(_conn, _cursor, statement, parameters, *_args) -> None:  # type: ignore[no-untyped-def]
        statements.append((statement, parameters))

    dashboard.load(sqlite_demo_db, TODAY)
    per_body = [(s, p) for s, p in statements if "GROUP BY commitment.body_id" in s]
    assert len(per_body) == 1
    # Every completed commitment is judged in that one pass: no separate read of the completed rows.
    assert not [s for s, _ in statements if s.rstrip().endswith("WHERE commitment.status = ?")]
    with sqlite_demo_db.engine.connect() as conn:
        plan = " ".join(str(r[3]) for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + per_body[0][0], per_body[0][1]))
    assert "COVERING INDEX ix_commitment_dashboard" in plan, plan


def test_on_control_counts_each_open_commitment_with_a_controller(db: Database) -> None:
    from desktop.domain.rules import is_open
    from desktop.services import control, people
    from desktop.services.people import TeamChoice

    controller = people.add_person(db, "Controller")
    lead = people.add_person(db, "Lead executor")
    controlled = {
        add(db, "Open, controlled", TODAY, "in_progress"): "in_progress",
        add(db, "On hold, controlled", TODAY - timedelta(days=3), "on_hold"): "on_hold",
        add(db, "Not started, controlled", None): "not_started",
        add(db, "Done, controlled", TODAY - timedelta(days=1), "completed", 100): "completed",
    }
    for commitment in controlled:
        people.assign(db, commitment, TeamChoice(lead_id=lead, controller_id=controller))
    people.assign(db, add(db, "Open, a lead only", TODAY), TeamChoice(lead_id=lead))
    add(db, "Open, nobody", TODAY)
    data = dashboard.load(db, TODAY)
    with db.read() as session:
        ids, _waiting = control.control_sets(session)
    # The services' rule: open (rules.is_open) and with a controller.
    assert ids == set(controlled)
    assert data.on_control == sum(1 for status in controlled.values() if is_open(status)) == 3
    assert data.total == 6 and data.by_status["completed"] == 1


def test_on_control_merges_the_controllers_index_with_the_open_commitments(sqlite_demo_db: Database) -> None:
    # SQLite only: its query plan says how the ids meet (PostgreSQL plans by its own statistics).
    from sqlalchemy import event

    statements: list[tuple[str, object]] = []

    @event.listens_for(sqlite_demo_db.engine, "before_cursor_execute")
    def record(_conn, _cursor, statement, parameters, *_args) -> None:  # type: ignore[no-untyped-def]
        statements.append((statement, parameters))

    dashboard.load(sqlite_demo_db, TODAY)
    [(statement, parameters)] = [(s, p) for s, p in statements if "INTERSECT" in s]
    with sqlite_demo_db.engine.connect() as conn:
        plan = " ".join(str(r[3]) for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters))
    assert "MERGE (INTERSECT)" in plan, plan
    assert "COVERING INDEX ix_commitment_person_role" in plan, plan
    # The figures by status, overdue and per body come from the one pass: no count of them of its own.
    assert not [s for s, _ in statements if "GROUP BY commitment.status" in s]


def test_waiting_for_acceptance_counts_the_open_commitments_whose_report_waits(
    db: Database,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    from desktop.domain.rules import is_open
    from desktop.services import control

    monkeypatch.setattr(control, "_IDS_AT_ONCE", 2)  # the waiting ids are looked up a few at a time
    letter = {"text": "Done", "letter_number": "1/2", "letter_date": TODAY}
    waiting = [add(db, f"Reported {n}", TODAY + timedelta(days=n), "in_progress") for n in range(5)]
    for commitment in waiting:
        control.submit_report(db, commitment, report_date=TODAY, **letter)
    control.accept(db, waiting[0])  # decided: completed, no longer waiting
    commitments.change_status(db, waiting[1], "cancelled", "Withdrawn", today=TODAY)  # closed while its report waits
    add(db, "Not reported", TODAY)
    data = dashboard.load(db, TODAY)
    with db.read() as session:
        _controlled, waits = control.control_sets(session)
        statuses = {c: commitments.get(db, c).status for c in waits}
    assert data.waiting_acceptance == sum(1 for status in statuses.values() if is_open(status))
    assert data.waiting_acceptance == 3
