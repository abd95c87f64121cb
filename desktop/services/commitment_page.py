"""The commitment's page: the record with its agreement, body path, party, history, deadline moves and changes.

One read for the window's page (``ui/editors/page.py``), so the page asks one service instead of seven.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.domain.enums import HistoryEntity
from desktop.services import agreements, audit, bodies, commitments, control, deadlines, history, parties, people
from desktop.services.audit import TrailRow
from desktop.services.deadlines import Deadlines
from desktop.services.records import CommitmentData, HistoryEntry
from desktop.storage.database import Database

BODY_DEPTH_GUARD = 50  # a guard against a corrupt cycle of parent bodies


@dataclass
class PageData:
    data: CommitmentData
    agreement: str
    body_path: str
    party: str
    history: list[HistoryEntry]
    deadlines: Deadlines
    changes: list[TrailRow]
    team: people.Team = field(default_factory=people.Team)
    reports: list[control.Report] = field(default_factory=list)
    interims: list[control.Interim] = field(default_factory=list)
    superseded_by: tuple[int, str, str] | None = None  # the replacement of a superseded commitment: id, ref, title


def load_page(db: Database, *, commitment_id: int) -> PageData:
    data = commitments.get(db, commitment_id)
    agreement = ""
    if data.agreement_id is not None:
        source = agreements.get(db, data.agreement_id)
        agreement = f"{source.reg_number} — {source.title}"
    body_path = ""
    if data.body_id is not None:
        rows = {row.id: row for row in bodies.list_rows(db)}
        chain: list[str] = []
        current: int | None = data.body_id
        while current is not None and current in rows and len(chain) < BODY_DEPTH_GUARD:
            chain.append(rows[current].name)
            current = rows[current].parent_id
        body_path = " › ".join(reversed(chain))
    party = parties.get(db, data.party_id).name if data.party_id is not None else ""
    return PageData(
        data,
        agreement,
        body_path,
        party,
        history.for_record(db, HistoryEntity.COMMITMENT, commitment_id),
        deadlines.for_commitment(db, commitment_id),
        audit.record_changes(db, "commitment", commitment_id),
        people.team(db, commitment_id),
        control.reports(db, commitment_id),
        control.interims(db, commitment_id),
        commitments.replacement(db, commitment_id),
    )
