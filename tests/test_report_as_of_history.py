"""``--as-of`` beyond statuses: progress taken from the audit trail where it records every change since that day,
and the agreements annex as it stood (agreements registered later absent, statuses and counts of then)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import select, update

from desktop.domain.models import Agreement, Commitment, Party, StatusChange
from desktop.reports.pdf import write_pdf
from desktop.services import agreements, commitments
from desktop.services.records import AgreementData, CommitmentData
from desktop.services.reporting import dataset
from desktop.storage.database import Database
from tests.test_pdf_report import pdftotext


def _at(day: str) -> datetime:
    return datetime.fromisoformat(day + "T10:00:00").replace(tzinfo=UTC)


def _line(report: dataset.ReportDataset, ref: str) -> dataset.CommitmentLine:
    return next(c for c in report.commitments if c.ref == ref)


def test_progress_as_of_is_read_from_the_audit_trail(db: Database) -> None:
    cid = commitments.save(
        db,
        CommitmentData(title="Grid link", ref="P-1", due_date=date(2030, 1, 1), status="in_progress", progress=10),
        "created",
    )
    with db.write() as session:  # registered long ago (the trail still holds its creation)
        session.execute(update(Commitment).where(Commitment.id == cid).values(created_at=_at("2024-01-01")))
        session.execute(
            update(StatusChange).where(StatusChange.commitment_id == cid).values(changed_at=_at("2024-01-01"))
        )
    yesterday = date.today() - timedelta(days=1)
    assert _line(dataset.build(db, None, as_of=yesterday), "P-1").progress == 10
    commitments.set_progress(db, cid, 35)
    commitments.set_progress(db, cid, 60)
    # Yesterday it stood at 10 %: the trail's first progress change since says so (the estimate would keep 60 %).
    then = _line(dataset.build(db, None, as_of=yesterday), "P-1")
    assert (then.status, then.progress) == ("in_progress", 10)
    assert _line(dataset.build(db, None, as_of=date.today()), "P-1").progress == 60
    assert dataset.progress_as_of(db, yesterday, {cid: 60}) == {cid: 10}
    assert dataset.progress_as_of(db, date.today(), {cid: 60}) == {cid: 60}


def test_the_agreements_annex_stands_as_of_the_day(demo_db: Database, tmp_path: Path) -> None:
    db = demo_db
    with db.read() as session:
        parties = list(session.scalars(select(Party.id).order_by(Party.id).limit(2)))
    aid = agreements.save(
        db,
        AgreementData(
            reg_number="AS-OF-1",
            title="Later treaty on transit",
            status="signed",
            signed_on=date(2026, 3, 1),
            entry_into_force=date(2026, 4, 15),
            party_ids=parties,
        ),
        "registered",
    )
    agreements.change_status(db, aid, "in_force", "ratified")
    cid = commitments.save(db, CommitmentData(title="Transit corridor", ref="AS-C-1", agreement_id=aid), "new")
    with db.write() as session:
        session.execute(update(Agreement).where(Agreement.id == aid).values(created_at=_at("2026-03-01")))
        session.execute(
            update(StatusChange).where(StatusChange.agreement_id == aid).values(changed_at=_at("2026-03-01"))
        )
        session.execute(
            update(StatusChange)
            .where(StatusChange.agreement_id == aid, StatusChange.note == "ratified")
            .values(changed_at=_at("2026-04-15"))
        )
        session.execute(update(Commitment).where(Commitment.id == cid).values(created_at=_at("2026-05-10")))
        session.execute(
            update(StatusChange).where(StatusChange.commitment_id == cid).values(changed_at=_at("2026-05-10"))
        )

    def annex(as_of: date | None) -> dict[str, tuple[str, int, int]]:
        report = dataset.build(db, None, date.today(), as_of=as_of)
        return {a.reg_number: (a.status, a.in_report, a.total) for a in report.agreements}

    assert "AS-OF-1" not in annex(date(2026, 2, 1))  # registered later
    assert annex(date(2026, 4, 1))["AS-OF-1"] == ("signed", 0, 0)  # not yet in force, no commitment yet
    assert annex(date(2026, 5, 20))["AS-OF-1"] == ("in_force", 1, 1)
    assert annex(None)["AS-OF-1"] == ("in_force", 1, 1)
    # The demo's agreements were registered today: a report of a past day leaves them out too.
    assert set(annex(date(2026, 4, 1))) == {"AS-OF-1"}

    text = " ".join(pdftotext(write_pdf(dataset.build(db, None, as_of=date(2026, 4, 1)), tmp_path / "a.pdf")).split())
    assert "AS-OF-1" in text and "Signed" in text and "In force" not in text
