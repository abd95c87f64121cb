"""Plain records the services hand out and take in. No ORM object ever leaves a service.

A record with ``id=None`` is new; ``version`` is the version the form was loaded at, so a
save made after someone else's is refused instead of overwriting it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass
class PartyData:
    name: str = ""
    short_name: str = ""
    kind: str = "state"
    country_code: str = ""
    name_ru: str = ""
    name_kk: str = ""
    name_zh: str = ""
    id: int | None = None
    version: int | None = None


@dataclass
class PersonData:
    """A signatory of an agreement or a co-chair of a body."""

    name: str = ""
    position: str = ""
    party_id: int | None = None


@dataclass
class AgreementData:
    reg_number: str = ""
    title: str = ""
    kind: str = "agreement"
    status: str = "signed"
    party_ids: list[int] = field(default_factory=list)
    signatories: list[PersonData] = field(default_factory=list)
    signed_on: date | None = None
    place: str = ""
    entry_into_force: date | None = None
    expiry: date | None = None
    summary: str = ""
    source_ref: str = ""
    title_ru: str = ""
    title_kk: str = ""
    title_zh: str = ""
    id: int | None = None
    version: int | None = None


@dataclass
class BodyData:
    name: str = ""
    kind: str = "committee"
    parent_id: int | None = None
    party_ids: list[int] = field(default_factory=list)
    co_chairs: list[PersonData] = field(default_factory=list)
    established_by_id: int | None = None
    established_on: date | None = None
    active: bool = True
    dissolved_on: date | None = None
    notes: str = ""
    name_ru: str = ""
    name_kk: str = ""
    name_zh: str = ""
    id: int | None = None
    version: int | None = None


@dataclass
class CommitmentData:
    title: str = ""
    description: str = ""
    agreement_id: int | None = None
    body_id: int | None = None
    party_id: int | None = None
    agency: str = ""
    sector: str = ""
    due_date: date | None = None
    priority: str = "normal"
    status: str = "not_started"
    progress: int = 0
    completed_on: date | None = None
    ref: str = ""
    id: int | None = None
    version: int | None = None
    notes: str = ""


@dataclass(frozen=True)
class HistoryEntry:
    id: int
    entity: str
    record_id: int
    from_status: str | None
    to_status: str
    changed_at: datetime
    changed_by: str
    note: str
    imported_by: str | None = None  # history carried from a workbook: who imported it and when (UTC)
    imported_at: datetime | None = None


@dataclass(frozen=True)
class PartyRow:
    id: int
    name: str
    short_name: str
    kind: str
    country_code: str
    name_ru: str
    name_kk: str
    name_zh: str
    search_text: str


@dataclass(frozen=True)
class AgreementRow:
    id: int
    reg_number: str
    title: str
    kind: str
    status: str
    signed_on: date | None
    place: str
    entry_into_force: date | None
    expiry: date | None
    parties: str
    commitments: int
    search_text: str


@dataclass(frozen=True)
class BodyRow:
    id: int
    name: str
    kind: str
    parent_id: int | None
    active: bool
    established_by: str
    established_on: date | None
    parties: str
    co_chairs: str
    commitments: int
    search_text: str
    name_local: str = ""


@dataclass(frozen=True)
class Choice:
    """An item of a picker: what is stored and what is shown."""

    id: int
    label: str
    search: str = ""  # casefolded names in every script: the typing pickers match on it
