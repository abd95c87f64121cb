"""The demo register: the Kazakhstan–China protocol of 20 May 2024, read from resources/demo."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from desktop.domain.models import Agreement, Commitment
from desktop.services import agreements, bodies, commitments, deadlines, parties
from desktop.services.records import AgreementData, BodyData, CommitmentData, PartyData, PersonData
from desktop.storage.database import Database

DEMO_FILE = Path(__file__).resolve().parents[2] / "resources" / "demo" / "kz_cn_2024.json"


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def is_empty(db: Database) -> bool:
    with db.read() as session:
        return not session.scalar(select(func.count()).select_from(Agreement)) and not session.scalar(
            select(func.count()).select_from(Commitment)
        )


def load_demo(db: Database, path: Path = DEMO_FILE) -> int:
    """Load the demo register in one transaction; returns the number of commitments added.

    Refuses to load twice: the demo's registration number is unique.
    """
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    party_ids: dict[str, int] = {}
    agreement_ids: dict[str, int] = {}
    body_ids: dict[str, int] = {}
    for item in data["parties"]:
        parties.validate(PartyData(**{k: v for k, v in item.items() if k != "key"}))
    with db.write() as session:
        from desktop.domain.models import Party

        for item in data["parties"]:
            existing = session.scalar(select(Party.id).where(Party.name == item["name"]))
            if existing is None:
                # The same fields and search text as a party saved by hand.
                party = Party(name="")
                parties.apply_data(party, PartyData(**{k: v for k, v in item.items() if k != "key"}))
                session.add(party)
                session.flush()
                existing = party.id
            party_ids[item["key"]] = existing  # type: ignore[assignment]
        for item in data["agreements"]:
            record = AgreementData(
                reg_number=item["reg_number"],
                title=item["title"],
                kind=item["kind"],
                status=item["status"],
                party_ids=[party_ids[p] for p in item["parties"]],
                signatories=[PersonData(s["name"], s["position"], party_ids[s["party"]]) for s in item["signatories"]],
                signed_on=_date(item.get("signed_on")),
                place=item.get("place", ""),
                entry_into_force=_date(item.get("entry_into_force")),
                expiry=_date(item.get("expiry")),
                summary=item.get("summary", ""),
                source_ref=item.get("source_ref", ""),
                title_ru=item.get("title_ru", ""),
                title_kk=item.get("title_kk", ""),
                title_zh=item.get("title_zh", ""),
            )
            agreements.validate(record)
            agreement_ids[item["key"]] = agreements.save_in(session, record, "registered from the demo register")
        for item in data["bodies"]:
            body = BodyData(
                name=item["name"],
                kind=item["kind"],
                parent_id=body_ids.get(item.get("parent", "")),
                party_ids=[party_ids[p] for p in item.get("parties", [])],
                established_by_id=agreement_ids.get(item.get("established_by", "")),
                established_on=_date(item.get("established_on")),
                name_ru=item.get("name_ru", ""),
                name_kk=item.get("name_kk", ""),
                name_zh=item.get("name_zh", ""),
            )
            bodies.validate(body)
            body_ids[item["key"]] = bodies.save_in(session, body)
        for item in data["commitments"]:
            commitment = CommitmentData(
                ref=item["ref"],
                title=item["title"],
                description=item.get("description", ""),
                agreement_id=agreement_ids.get(item.get("agreement", "")),
                body_id=body_ids.get(item.get("body", "")),
                party_id=party_ids.get(item.get("party", "")),
                agency=item.get("agency", ""),
                sector=item.get("sector", ""),
                due_date=_date(item.get("due_date")),
                priority=item.get("priority", "normal"),
            )
            commitments.validate(commitment)
            commitment_id = commitments.save_in(session, commitment, "registered from the demo register")
            for new_date, reason, requested_by in item.get("extensions", []):
                deadlines.move_deadline_in(session, commitment_id, _date(new_date), reason, requested_by=requested_by)
            steps = item.get("history") or ([[item["status"], ""]] if item["status"] != "not_started" else [])
            # A completed one closes on its evidence: the outgoing letter's number and date.
            letter_number, letter_day = item.get("evidence") or ("", None)
            for index, (status, note) in enumerate(steps):
                last = index == len(steps) - 1
                commitments.change_status_in(
                    session,
                    commitment_id,
                    status,
                    note or "demo",
                    progress=item.get("progress") if last else min(item.get("progress", 0), 10),
                    completed_on=_date(item.get("completed_on")),
                    letter_number=letter_number if status == "completed" else "",
                    letter_date=_date(letter_day) if status == "completed" else None,
                )
    return len(data["commitments"])
