"""``--as-of DATE`` rebuilds the report from the status history as it stood that day, on both engines."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import update

from desktop.domain.filters import CommitmentFilter
from desktop.domain.models import Commitment, StatusChange
from desktop.reports.pdf import write_pdf
from desktop.services import commitments
from desktop.services.records import CommitmentData
from desktop.services.reporting import dataset
from desktop.storage.database import Database, open_database
from tests.test_pdf_report import pdftotext


@pytest.fixture
def engine_db(db: Database) -> Database:
    """An empty register on each engine: conftest's ``db`` (a template copy on SQLite; the session's PostgreSQL
    server, marked ``postgres``) — not a server of its own per test."""
    return db


def _at(day: str) -> datetime:
    return datetime.fromisoformat(day + "T10:00:00").replace(tzinfo=UTC)


def build_history(db: Database) -> tuple[int, int]:
    """C-1: created 1 Jun 2024, started 1 Sep 2024, completed 20 Dec 2025; C-2: created 1 Mar 2025."""
    first = commitments.save(
        db, CommitmentData(title="Trade plan", ref="C-1", due_date=date(2025, 6, 30), progress=0), "created"
    )
    commitments.change_status(db, first, "in_progress", "started by the working group", progress=40)
    commitments.change_status(
        db,
        first,
        "completed",
        "signed off",
        completed_on=date(2025, 12, 20),
        letter_number="9",
        letter_date=date(2025, 12, 20),
    )
    second = commitments.save(
        db, CommitmentData(title="Visa regime", ref="C-2", due_date=date(2025, 4, 1), status="in_progress"), "new"
    )
    with db.write() as session:
        session.execute(update(Commitment).where(Commitment.id == first).values(created_at=_at("2024-06-01")))
        session.execute(update(Commitment).where(Commitment.id == second).values(created_at=_at("2025-03-01")))
        when = {"created": "2024-06-01", "started by the working group": "2024-09-01", "signed off": "2025-12-20"}
        for note, day in when.items():
            session.execute(
                update(StatusChange)
                .where(StatusChange.commitment_id == first, StatusChange.note == note)
                .values(changed_at=_at(day))
            )
        session.execute(
            update(StatusChange).where(StatusChange.commitment_id == second).values(changed_at=_at("2025-03-01"))
        )
    return first, second


def test_as_of_rebuilds_statuses_from_the_history(engine_db: Database, tmp_path: Path) -> None:
    build_history(engine_db)
    now = dataset.build(engine_db, None, date(2026, 1, 10))
    assert {c.ref: c.status for c in now.commitments} == {"C-1": "completed", "C-2": "in_progress"}

    early = dataset.build(engine_db, None, as_of=date(2025, 1, 1))
    assert [c.ref for c in early.commitments] == ["C-1"]  # C-2 was created later
    line = early.commitments[0]
    assert line.status == "in_progress" and line.progress < 100 and line.completed_on is None
    assert line.last_note == "started by the working group" and not line.overdue
    assert early.by_status["completed"] == 0 and early.rebuilt
    assert all(h.changed_at.date() <= date(2025, 1, 1) for h in early.history)

    mid = dataset.build(engine_db, None, as_of=date(2025, 7, 1))
    assert {c.ref: (c.status, c.overdue) for c in mid.commitments} == {
        "C-1": ("in_progress", True),
        "C-2": ("in_progress", True),
    }
    # The status filter reads the statuses of that day.
    done = dataset.build(engine_db, CommitmentFilter(statuses=frozenset({"completed"})), as_of=date(2025, 7, 1))
    assert done.total == 0
    late = dataset.build(engine_db, None, as_of=date(2025, 12, 31))
    assert {c.ref: c.status for c in late.commitments}["C-1"] == "completed"
    assert next(c for c in late.commitments if c.ref == "C-1").completed_on == date(2025, 12, 20)

    text = " ".join(pdftotext(write_pdf(early, tmp_path / "early.pdf")).split())
    assert "Statuses rebuilt from the status history" in text and "Trade plan" in text and "Visa" not in text


@pytest.mark.slow
def test_cli_as_of_says_so(tmp_path: Path) -> None:
    db = open_database(tmp_path / "r.sqlite3")
    build_history(db)
    db.close()
    out = tmp_path / "r.pdf"
    args = [sys.executable, "main.py", "--db", str(tmp_path / "r.sqlite3"), "export", "pdf", "-o", str(out)]
    subprocess.run([*args, "--as-of", "2025-01-01", "--quiet"], check=True, capture_output=True)
    text = " ".join(pdftotext(out).split())
    assert "Statuses rebuilt" in text and "In progress 1 100" in text
    assert "C-2" not in text and "C-1" in text
