"""The briefing edition: its figures checked against the services, its changes against a history the test
builds, its length against a big selection; on both engines where it reads the register."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from sqlalchemy import update

from desktop.domain.filters import CommitmentFilter
from desktop.domain.models import StatusChange
from desktop.reports.pdf_briefing import write_briefing_pdf
from desktop.services import commitment_list, commitments, dashboard, demo, report_memory
from desktop.services.reporting import dataset
from desktop.services.reporting.briefing import build_briefing
from desktop.storage.database import Database, open_database
from tests.test_pdf_report import pdftotext
from tests.test_report_as_of import _at, engine_db  # noqa: F401 (the two-engine fixture)
from tests.test_reports_dataset import TODAY, add_commitments


def _register(db: Database) -> None:
    demo.load_demo(db)
    add_commitments(db, 120, prefix="BR")
    add_commitments(db, 40, prefix="BI", body="Subcommittee on Innovation Cooperation")


@pytest.mark.slow
def test_headline_figures_match_the_services(engine_db: Database) -> None:  # noqa: F811
    _register(engine_db)
    data = dataset.build(engine_db, None, TODAY)
    b = build_briefing(engine_db, data, None)
    board = dashboard.load(engine_db, TODAY)
    h = b.headline
    assert h.total == board.total
    assert h.executed == board.by_status["completed"] and h.cancelled == board.by_status["cancelled"]
    assert h.open == board.total - board.by_status["completed"] - board.by_status["cancelled"]
    assert h.overdue == board.overdue
    assert h.due_30 == board.due_soon  # the dashboard's "due soon" is the next 30 days
    open_statuses = frozenset({"not_started", "in_progress", "on_hold"})
    due_90 = commitment_list.list_rows(
        engine_db,
        CommitmentFilter(statuses=open_statuses, due_after=TODAY, due_before=TODAY + timedelta(days=90)),
        TODAY,
    )
    assert h.due_90 == len(due_90)
    assert abs(h.completion - h.executed * 100 / (h.total - h.cancelled)) < 1e-9
    overdue_rows = commitment_list.list_rows(engine_db, CommitmentFilter(overdue=True), TODAY)
    assert len(b.overdue) == len(overdue_rows)
    days = [b.days_overdue(c) for c in b.overdue]
    assert days == sorted(days, reverse=True) and days[0] > 0
    for tallies in (b.by_committee, b.by_agency, b.by_party):
        assert sum(t.total for t in tallies) == h.total and sum(t.overdue for t in tallies) == h.overdue
    # Sub-bodies roll up into their committee: one row for the demo's committee, one for "No body".
    assert len(b.by_committee) == 2


@pytest.mark.slow
def test_changes_since_a_date(engine_db: Database) -> None:  # noqa: F811
    demo.load_demo(engine_db)
    ids = add_commitments(engine_db, 6, prefix="CH")
    commitments.change_status(engine_db, ids[0], "in_progress", "moved after the cut-off", progress=10)
    with engine_db.write() as session:  # every record and change so far happened long ago…
        session.execute(update(StatusChange).values(changed_at=_at("2026-01-01")))
        from desktop.domain.models import Commitment

        session.execute(update(Commitment).values(created_at=_at("2026-01-01")))
        # …except one move and one new commitment after 1 May
        session.execute(
            update(StatusChange)
            .where(StatusChange.note == "moved after the cut-off")
            .values(changed_at=_at("2026-05-10"))
        )
        session.execute(update(Commitment).where(Commitment.id == ids[1]).values(created_at=_at("2026-05-12")))
    data = dataset.build(engine_db, None, TODAY)
    b = build_briefing(engine_db, data, date(2026, 5, 1))
    assert [m.note for m in b.moves] == ["moved after the cut-off"]
    assert [c.id for c in b.new] == [ids[1]]
    assert all(date(2026, 5, 1) <= c.due_date < TODAY and c.overdue for c in b.newly_overdue)


@pytest.mark.slow
def test_briefing_is_three_pages_at_most_and_says_how_many_more(db: Database, tmp_path: Path) -> None:
    demo.load_demo(db)
    add_commitments(db, 900, title="A commitment with a long title that wraps in the list " * 2, prefix="BIG")
    data = dataset.build(db, None, TODAY)
    path = write_briefing_pdf(build_briefing(db, data, date(2020, 1, 1)), tmp_path / "b.pdf")
    assert len(PdfReader(path).pages) <= 3
    text = " ".join(pdftotext(path).split())
    assert "more" in text and "Overdue commitments, longest overdue first" in text
    assert "By committee (sub-bodies rolled up)" in text and "By responsible agency" in text


@pytest.mark.slow
def test_cli_briefing_remembers_the_previous_report(tmp_path: Path) -> None:
    path = tmp_path / "r.sqlite3"
    db = open_database(path)
    demo.load_demo(db)
    data = dataset.build(db, None, date.today())
    report_memory.remember_report(db, data.filter_text, date.today() - timedelta(days=7))
    db.close()
    out = tmp_path / "b.pdf"
    args = [sys.executable, "main.py", "--db", str(path), "export", "pdf", "-o", str(out), "--quiet"]
    subprocess.run([*args, "--edition", "briefing"], check=True, capture_output=True)
    week_ago = (date.today() - timedelta(days=7)).strftime("%-d %b %Y")
    assert f"Changes since {week_ago}" in " ".join(pdftotext(out).split())
    xlsx = tmp_path / "b.xlsx"
    xargs = [sys.executable, "main.py", "--db", str(path), "export", "xlsx", "-o", str(xlsx), "--quiet"]
    subprocess.run([*xargs, "--edition", "briefing", "--since", "2020-01-01"], check=True, capture_output=True)
    wb = openpyxl.load_workbook(xlsx)
    assert wb.sheetnames[:2] == ["Summary", "Briefing"]
    values: dict[object, object] = {}
    for r in wb["Briefing"].iter_rows(values_only=True):
        if r and r[0]:
            values.setdefault(r[0], r[1])  # the headline figures come first
    assert values["Total"] == 10 and values["Overdue"] >= 1
