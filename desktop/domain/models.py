"""The register's tables. Plain data: no sessions, no Qt.

Every table a clerk edits carries a ``version`` column that SQLAlchemy checks on UPDATE,
so a save made from a stale form fails instead of overwriting someone else's change.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Column, ForeignKey, Index, Integer, LargeBinary, MetaData, String
from sqlmodel import Field, SQLModel
from sqlmodel._compat import SQLModelConfig

from desktop.domain.types import UTCDateTime, utc_now

# Named constraints let SQLite batch migrations drop or alter them later.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata: MetaData = SQLModel.metadata


class RegisterTable(SQLModel):
    """The base of every table: pydantic builds a table's validator when it is first used, not when the module is
    imported, so a command that never validates a row (``kelisim list``) does not pay for twenty of them."""

    model_config = SQLModelConfig(defer_build=True)


def _version_column() -> Column[int]:
    return Column("version", Integer, nullable=False, default=1)


def _stamp() -> Any:
    return Field(default_factory=utc_now, sa_type=UTCDateTime, nullable=False)


def _text(max_length: int | None = None) -> Any:
    """An optional text column: empty when not given, in Python and in the database.

    The server default is what lets a migration add the column to a populated table (NOT NULL needs a value for
    the rows already there) with a plain ADD COLUMN, no table rebuild on SQLite (a default given as SQL text would
    make Alembic's batch mode rebuild it); ``make migration`` writes it from here, and tests/test_migrations.py
    checks that the migrated schema carries it."""
    return Field(default="", max_length=max_length, sa_column_kwargs={"server_default": ""})


def _fk(target: str, *, nullable: bool = True, ondelete: str = "RESTRICT") -> Any:
    return Field(
        default=None,
        sa_column_args=[ForeignKey(target, ondelete=ondelete)],
        nullable=nullable,
        index=True,
    )


_party_version = _version_column()


class Party(RegisterTable, table=True):
    __tablename__ = "party"
    __mapper_args__ = {"version_id_col": _party_version}

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=300)
    short_name: str = Field(default="", max_length=60)
    kind: str = Field(default="state", sa_type=String(20))
    country_code: str = Field(default="", max_length=3)
    name_ru: str = Field(default="", max_length=300)
    name_kk: str = Field(default="", max_length=300)
    name_zh: str = Field(default="", max_length=300)
    search_text: str = Field(default="")
    version: int = Field(default=1, sa_column=_party_version)
    created_at: datetime = _stamp()
    updated_at: datetime = _stamp()


class AgreementParty(RegisterTable, table=True):
    __tablename__ = "agreement_party"

    agreement_id: int = Field(
        sa_column=Column(Integer, ForeignKey("agreement.id", ondelete="CASCADE"), primary_key=True)
    )
    party_id: int = Field(
        sa_column=Column(Integer, ForeignKey("party.id", ondelete="RESTRICT"), primary_key=True, index=True)
    )


_agreement_version = _version_column()


class Agreement(RegisterTable, table=True):
    __tablename__ = "agreement"
    __mapper_args__ = {"version_id_col": _agreement_version}

    id: int | None = Field(default=None, primary_key=True)
    reg_number: str = Field(max_length=60, unique=True)
    title: str = Field(max_length=1000)
    title_ru: str = Field(default="", max_length=1000)
    title_kk: str = Field(default="", max_length=1000)
    title_zh: str = Field(default="", max_length=1000)
    kind: str = Field(default="agreement", sa_type=String(20))
    status: str = Field(default="signed", sa_type=String(20), index=True)
    signed_on: date | None = None
    place: str = Field(default="", max_length=200)
    entry_into_force: date | None = None
    expiry: date | None = None
    summary: str = ""
    source_ref: str = Field(default="", max_length=2000)
    search_text: str = Field(default="")
    version: int = Field(default=1, sa_column=_agreement_version)
    created_at: datetime = _stamp()
    updated_at: datetime = _stamp()


class Signatory(RegisterTable, table=True):
    __tablename__ = "signatory"

    id: int | None = Field(default=None, primary_key=True)
    agreement_id: int = _fk("agreement.id", nullable=False, ondelete="CASCADE")
    name: str = Field(max_length=200)
    position: str = Field(default="", max_length=300)
    party_id: int | None = _fk("party.id")
    sort_order: int = 0


_body_version = _version_column()


class Body(RegisterTable, table=True):
    __tablename__ = "body"
    __mapper_args__ = {"version_id_col": _body_version}

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=500)
    name_ru: str = Field(default="", max_length=500)
    name_kk: str = Field(default="", max_length=500)
    name_zh: str = Field(default="", max_length=500)
    kind: str = Field(default="committee", sa_type=String(20))
    parent_id: int | None = _fk("body.id")
    established_by_id: int | None = _fk("agreement.id")
    established_on: date | None = None
    active: bool = True
    dissolved_on: date | None = None
    notes: str = ""
    search_text: str = Field(default="")
    version: int = Field(default=1, sa_column=_body_version)
    created_at: datetime = _stamp()
    updated_at: datetime = _stamp()


class BodyParty(RegisterTable, table=True):
    __tablename__ = "body_party"

    body_id: int = Field(sa_column=Column(Integer, ForeignKey("body.id", ondelete="CASCADE"), primary_key=True))
    party_id: int = Field(
        sa_column=Column(Integer, ForeignKey("party.id", ondelete="RESTRICT"), primary_key=True, index=True)
    )


class CoChair(RegisterTable, table=True):
    __tablename__ = "co_chair"

    id: int | None = Field(default=None, primary_key=True)
    body_id: int = _fk("body.id", nullable=False, ondelete="CASCADE")
    name: str = Field(max_length=200)
    position: str = Field(default="", max_length=300)
    party_id: int | None = _fk("party.id")
    sort_order: int = 0


_commitment_version = _version_column()


class Commitment(RegisterTable, table=True):
    __tablename__ = "commitment"
    __mapper_args__ = {"version_id_col": _commitment_version}
    __table_args__ = (
        Index("ix_commitment_status_due", "status", "due_date"),
        # The briefing's roll-ups by body, party and agency, and its "new since", read from indexes (0012).
        Index("ix_commitment_rollup", "body_id", "party_id", "agency", "status", "due_date"),
        Index("ix_commitment_created_at", "created_at"),
        # The dashboard's figures per body (counts, overdue, progress, executed on time) from one narrow index (0016).
        Index("ix_commitment_dashboard", "body_id", "status", "due_date", "completed_on", "progress"),
    )

    id: int | None = Field(default=None, primary_key=True)
    ref: str = Field(max_length=60, unique=True)
    title: str = Field(max_length=1000)
    description: str = ""
    agreement_id: int | None = _fk("agreement.id")
    body_id: int | None = _fk("body.id")
    party_id: int | None = _fk("party.id")
    agency: str = Field(default="", max_length=500)
    sector: str = Field(default="", max_length=100, index=True)
    due_date: date | None = Field(default=None, index=True)
    priority: str = Field(default="normal", sa_type=String(20))
    status: str = Field(default="not_started", sa_type=String(20))
    progress: int = 0
    completed_on: date | None = None
    notes: str = _text()  # the clerk's remarks («Примечание», «Ескертпе»); 0003 added it with its default
    # Superseded: a cancelled commitment replaced by another (0015), emptied when it is reopened. A plain id, not a
    # reference: the replacement moved to the Trash and restored from it (same id) is linked again.
    superseded_by_id: int | None = Field(default=None, index=True)
    search_text: str = Field(default="")
    version: int = Field(default=1, sa_column=_commitment_version)
    created_at: datetime = _stamp()
    updated_at: datetime = _stamp()


class StatusChange(RegisterTable, table=True):
    """One status change of a commitment or an agreement: who, when, from, to and why."""

    __tablename__ = "status_change"
    # The briefing's "status moves since" as a range of this index, not a pass over every change (0012).
    __table_args__ = (Index("ix_status_change_changed_at", "changed_at"),)

    id: int | None = Field(default=None, primary_key=True)
    entity: str = Field(sa_type=String(20))
    commitment_id: int | None = _fk("commitment.id", ondelete="CASCADE")
    agreement_id: int | None = _fk("agreement.id", ondelete="CASCADE")
    from_status: str | None = Field(default=None, sa_type=String(20))
    to_status: str = Field(sa_type=String(20))
    changed_at: datetime = _stamp()
    changed_by: str = Field(default="", max_length=200)
    note: str = ""
    # History carried from a workbook by an import: who ran the import and when (UTC). NULL for native history;
    # ``changed_by`` / ``changed_at`` are then the file's stated author and date, never vouched for (0013).
    imported_by: str | None = Field(default=None, max_length=200, nullable=True)
    imported_at: datetime | None = Field(default=None, sa_type=UTCDateTime, nullable=True)


class DeadlineExtension(RegisterTable, table=True):
    """One move of a commitment's deadline, on record: from which date to which, why, who asked and who approved.

    The commitment's ``due_date`` is its current deadline; its original one is the ``previous_date`` of its first
    extension (rules.original_deadline), so "executed late" is judged against the deadline it was given.
    """

    __tablename__ = "deadline_extension"

    id: int | None = Field(default=None, primary_key=True)
    commitment_id: int = _fk("commitment.id", nullable=False, ondelete="CASCADE")
    previous_date: date | None = None
    new_date: date
    reason: str = Field(max_length=2000)
    requested_by: str = Field(default="", max_length=200)
    approved_by: str = Field(default="", max_length=200)
    moved_at: datetime = _stamp()


class Person(RegisterTable, table=True):
    """Someone who executes or controls commitments: a name, the agency they work in, and the login they sign in with.

    ``login`` ties the person to the signed-in user (SQLite: the operating-system user), for "My commitments".
    """

    __tablename__ = "person"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200, index=True)
    agency: str = Field(default="", max_length=500)
    position: str = Field(default="", max_length=300)
    contact: str = Field(default="", max_length=300)
    login: str = Field(default="", max_length=200, index=True)
    created_at: datetime = _stamp()


class CommitmentPerson(RegisterTable, table=True):
    """A person's part in a commitment (enums.PersonRole): the lead executor, a co-executor or the controller."""

    __tablename__ = "commitment_person"
    # The dashboard's "on control": the controllers' commitment ids in id order, merged with the open commitments'
    # (0017). The primary key (commitment_id, role, person_id) holds them too, among every lead and co-executor.
    __table_args__ = (Index("ix_commitment_person_role", "role", "commitment_id"),)

    commitment_id: int = Field(
        sa_column=Column(Integer, ForeignKey("commitment.id", ondelete="CASCADE"), primary_key=True)
    )
    role: str = Field(sa_column=Column(String(20), primary_key=True))
    person_id: int = Field(
        sa_column=Column(Integer, ForeignKey("person.id", ondelete="RESTRICT"), primary_key=True, index=True)
    )
    sort_order: int = 0


class ExecutionReport(RegisterTable, table=True):
    """The executor's report that a commitment is executed, with its evidence (the outgoing letter), and the
    controller's decision: waiting (``decision`` empty), accepted (the commitment completed on ``report_date``) or
    returned with a reason (back to the executor)."""

    __tablename__ = "execution_report"

    id: int | None = Field(default=None, primary_key=True)
    commitment_id: int = _fk("commitment.id", nullable=False, ondelete="CASCADE")
    text: str = Field(max_length=4000)
    letter_number: str = Field(default="", max_length=100)
    letter_date: date | None = None
    report_date: date
    submitted_by: str = Field(default="", max_length=200)
    submitted_at: datetime = _stamp()
    decision: str = Field(default="", sa_type=String(20))  # enums.ReportDecision, "" while waiting
    decided_by: str = Field(default="", max_length=200)
    decided_at: datetime | None = Field(default=None, sa_type=UTCDateTime, nullable=True)
    reason: str = Field(default="", max_length=2000)  # why it was returned


class InterimReport(RegisterTable, table=True):
    """A dated progress note on a commitment: what was done so far and how far along; it never completes it."""

    __tablename__ = "interim_report"

    id: int | None = Field(default=None, primary_key=True)
    commitment_id: int = _fk("commitment.id", nullable=False, ondelete="CASCADE")
    report_date: date
    text: str = Field(max_length=4000)
    progress: int | None = None
    reported_by: str = Field(default="", max_length=200)
    reported_at: datetime = _stamp()


class AttachmentContent(RegisterTable, table=True):
    """A file's bytes, stored once however many records it is attached to: identified by its SHA-256 (0014).

    Never executed or rendered by Kelisim: the window hands a private copy to the system's viewer. Not audited
    (the trail would copy the bytes); every link to it is, with its hash."""

    __tablename__ = "attachment_content"

    sha256: str = Field(primary_key=True, max_length=64)
    size: int
    data: bytes = Field(sa_type=LargeBinary, nullable=False)
    created_at: datetime = _stamp()


class Attachment(RegisterTable, table=True):
    """A file attached to a record: an agreement's signed scan, a commitment's evidence, or a document of one of
    its execution or interim reports (then ``commitment_id`` names the report's commitment too, so the commitment's
    page lists every file about it). The file's name is kept as data, never used as a path."""

    __tablename__ = "attachment"

    id: int | None = Field(default=None, primary_key=True)
    sha256: str = Field(
        sa_column=Column(
            String(64), ForeignKey("attachment_content.sha256", ondelete="RESTRICT"), nullable=False, index=True
        )
    )
    agreement_id: int | None = _fk("agreement.id", ondelete="CASCADE")
    commitment_id: int | None = _fk("commitment.id", ondelete="CASCADE")
    execution_report_id: int | None = _fk("execution_report.id", ondelete="CASCADE")
    interim_report_id: int | None = _fk("interim_report.id", ondelete="CASCADE")
    name: str = Field(max_length=255)
    size: int
    media_type: str = Field(default="application/octet-stream", max_length=100)
    added_by: str = Field(default="", max_length=200)
    added_at: datetime = _stamp()


class TrashEntry(RegisterTable, table=True):
    """A deleted record with its own rows (links, people, history) and any dependants moved with it.

    ``payload`` is JSON: the rows by table, parents first, so a restore inserts them back as they were.
    """

    __tablename__ = "trash"

    id: int | None = Field(default=None, primary_key=True)
    entity: str = Field(sa_type=String(20))
    record_id: int
    label: str = Field(default="", max_length=1200)
    payload: str = ""
    deleted_at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime, nullable=False, index=True)
    deleted_by: str = Field(default="", max_length=200)


class RegisterInfo(RegisterTable, table=True):
    """The register's identity: one row, written when the register is created (migration 0002).

    ``register_id`` is a random UUID, so two registers (even copies of one file) are told apart;
    every backup carries the row, which is how a backup says whose it is. ``location`` is where the
    register was last opened (a file path, or a PostgreSQL URL without its password).
    """

    __tablename__ = "register_info"

    register_id: str = Field(primary_key=True, max_length=36)
    name: str = Field(default="", max_length=200)
    location: str = Field(default="", max_length=2000)
    created_at: datetime = _stamp()


class AuditEntry(RegisterTable, table=True):
    """One insert, update or delete of a register table, written by the database's own triggers.

    ``changes`` is JSON: ``{"field": [old, new], ...}``. ``hash`` chains the rows (sha256 over the row and
    the previous row's hash): see desktop/storage/audit.py. Append-only: triggers refuse UPDATE and DELETE.
    """

    __tablename__ = "audit_log"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(sa_type=UTCDateTime, nullable=False, index=True)
    who: str = Field(default="", max_length=200, index=True)
    table_name: str = Field(sa_type=String(40), index=True)
    record_id: str = Field(default="", max_length=40)
    reference: str = Field(default="", max_length=1200)
    action: str = Field(sa_type=String(10))
    changes: str = "{}"
    hash: str | None = Field(default=None, max_length=64)


class Account(RegisterTable, table=True):
    """A person's role on a single-user SQLite register (the operating-system login, no password).

    On PostgreSQL the server's roles are the accounts (desktop/storage/roles.py); this table stays empty."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200, unique=True)
    role: str = Field(default="clerk", sa_type=String(20))
    active: bool = True
    created_at: datetime = _stamp()
