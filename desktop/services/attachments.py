"""Attached files: signed scans of agreements, evidence on commitments and their execution and interim reports.

The bytes live inside the register (``attachment_content``), once per SHA-256 however many records a file is
attached to; each link (``attachment``) names its record, the file's name, size and media type, who added it and
when. A file over the size limit (``enums.ATTACHMENT_LIMIT_MB`` unless the caller gives another) is refused before
it is read. The file's name is data, never a path: saving out writes where the user chose; opening writes a private
temporary copy whose path the window hands to the system's viewer — Kelisim itself never executes or renders a file.

Removing a link drops the content with its last link, unless a Trash entry still holds a link to it (restoring the
entry brings the file back); purging the Trash drops what nothing uses any more (``drop_unused_in``).
"""

from __future__ import annotations

import atexit
import hashlib
import mimetypes
import os
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, exists, func, select
from sqlmodel import Session, col

from desktop.domain.enums import ATTACHMENT_LIMIT_MB, AttachmentOwner, ReportDecision
from desktop.domain.errors import KelisimError, NotFoundError, StorageError
from desktop.domain.messages import Message
from desktop.domain.models import (
    Agreement,
    Attachment,
    AttachmentContent,
    Commitment,
    ExecutionReport,
    InterimReport,
    TrashEntry,
)
from desktop.domain.roles import Action
from desktop.domain.rules import (
    attachment_name,
    attachment_size_problem,
    report_evidence_problem,
)
from desktop.domain.types import utc_now
from desktop.services import access
from desktop.services.common import current_user, load
from desktop.storage.database import Database

__all__ = [
    "ATTACHMENT_LIMIT_MB",
    "AttachmentRow",
    "Owner",
    "Upload",
    "add",
    "add_in",
    "drop_unused_in",
    "get",
    "list_for",
    "open_copy",
    "read_upload",
    "read_uploads",
    "remove",
    "save_to",
]


@dataclass(frozen=True)
class Owner:
    """The record a file is attached to."""

    kind: AttachmentOwner
    id: int


@dataclass(frozen=True)
class Upload:
    """A file read from disk, ready to store: its name (as data), bytes, hash and media type."""

    name: str
    data: bytes
    sha256: str
    media_type: str

    @property
    def size(self) -> int:
        return len(self.data)


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    name: str
    size: int
    media_type: str
    sha256: str
    added_by: str
    added_at: datetime
    owner: AttachmentOwner  # what it hangs on: the commitment itself or one of its reports, or the agreement
    owner_id: int


def media_type_of(name: str) -> str:
    guessed, _encoding = mimetypes.guess_type(name, strict=False)
    return (guessed or "application/octet-stream")[:100]


def _checked_size(path: Path, name: str, limit_mb: int) -> None:
    """Refuse a path that is not a readable file or is over the limit, from its directory entry (nothing read)."""
    try:
        if not path.is_file():
            raise KelisimError(Message("“{0}” cannot be attached: it is not a file", str(path)))
        size = path.stat().st_size
    except OSError as exc:
        raise KelisimError(
            Message("“{0}” cannot be read: {1}", str(path), exc.strerror or exc.__class__.__name__)
        ) from exc
    problem = attachment_size_problem(name, size, limit_mb)
    if problem is not None:
        raise KelisimError(problem)


def read_upload(path: Path, *, limit_mb: int = ATTACHMENT_LIMIT_MB) -> Upload:
    """Read a file to attach; too big (checked before reading), unreadable or not a file: a message naming it."""
    name = attachment_name(path.name)
    _checked_size(path, name, limit_mb)
    try:
        with path.open("rb") as handle:
            data = handle.read(limit_mb * 1024 * 1024 + 1)  # a file growing meanwhile is still held to the limit
    except OSError as exc:
        raise KelisimError(
            Message("“{0}” cannot be read: {1}", str(path), exc.strerror or exc.__class__.__name__)
        ) from exc
    problem = attachment_size_problem(name, len(data), limit_mb)
    if problem is not None:
        raise KelisimError(problem)
    return Upload(name, data, hashlib.sha256(data).hexdigest(), media_type_of(name))


def read_uploads(paths: Sequence[Path], *, limit_mb: int = ATTACHMENT_LIMIT_MB) -> list[Upload]:
    """Every file checked first (a refusal reads none of them), then each read."""
    for path in paths:
        _checked_size(Path(path), attachment_name(Path(path).name), limit_mb)
    return [read_upload(Path(p), limit_mb=limit_mb) for p in paths]


def _owner_columns(session: Session, owner: Owner) -> dict[str, int | None]:
    """The link's columns for ``owner`` (a report's attachment names its commitment too); refuses a decided report."""
    if owner.kind == AttachmentOwner.AGREEMENT:
        load(session, Agreement, owner.id, "agreement")
        return {"agreement_id": owner.id}
    if owner.kind == AttachmentOwner.COMMITMENT:
        load(session, Commitment, owner.id, "commitment")
        return {"commitment_id": owner.id}
    if owner.kind == AttachmentOwner.EXECUTION_REPORT:
        report = session.get(ExecutionReport, owner.id)
        if report is None:
            raise NotFoundError(Message("execution report #{0} no longer exists", owner.id))
        if report.decision:
            raise KelisimError(_decided(report.decision))
        return {"commitment_id": report.commitment_id, "execution_report_id": owner.id}
    interim = session.get(InterimReport, owner.id)
    if interim is None:
        raise NotFoundError(Message("interim report #{0} no longer exists", owner.id))
    return {"commitment_id": interim.commitment_id, "interim_report_id": owner.id}


def _decided(decision: str) -> Message:
    if decision == ReportDecision.ACCEPTED:
        return Message("the execution report was accepted: its evidence can no longer change")
    return Message("the execution report was returned: its evidence can no longer change; submit a new report")


def _store(session: Session, upload: Upload, now: datetime) -> None:
    """The content once per hash: stored unless it is there already (or another clerk stores it at the same time)."""
    known = session.scalar(select(AttachmentContent.sha256).where(col(AttachmentContent.sha256) == upload.sha256))
    if known is not None:
        return
    values = {"sha256": upload.sha256, "size": upload.size, "data": upload.data, "created_at": now}
    table: Any = AttachmentContent.__table__
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        session.execute(pg_insert(table).values(**values).on_conflict_do_nothing(index_elements=["sha256"]))
    else:
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        session.execute(sqlite_insert(table).values(**values).on_conflict_do_nothing(index_elements=["sha256"]))


def add_in(session: Session, owner: Owner, uploads: Sequence[Upload]) -> list[int]:
    """Store the files (content once per hash) and link them to ``owner``, in the caller's transaction."""
    columns = _owner_columns(session, owner)
    ids = []
    who, now = current_user(session), utc_now()
    for upload in uploads:
        _store(session, upload, now)
        link = Attachment(
            sha256=upload.sha256,
            name=upload.name,
            size=upload.size,
            media_type=upload.media_type,
            added_by=who,
            added_at=now,
            **columns,
        )
        session.add(link)
        session.flush()
        assert link.id is not None
        ids.append(link.id)
    return ids


def add(db: Database, owner: Owner, paths: Sequence[Path], *, limit_mb: int = ATTACHMENT_LIMIT_MB) -> list[int]:
    """Attach the files at ``paths`` to ``owner``: all of them or, when one is refused, none."""
    access.require(db, Action.EDIT)
    uploads = read_uploads(paths, limit_mb=limit_mb)
    with db.write() as session:
        return add_in(session, owner, uploads)


def _row(a: Attachment) -> AttachmentRow:
    if a.execution_report_id is not None:
        owner, owner_id = AttachmentOwner.EXECUTION_REPORT, a.execution_report_id
    elif a.interim_report_id is not None:
        owner, owner_id = AttachmentOwner.INTERIM_REPORT, a.interim_report_id
    elif a.agreement_id is not None:
        owner, owner_id = AttachmentOwner.AGREEMENT, a.agreement_id
    else:
        owner, owner_id = AttachmentOwner.COMMITMENT, a.commitment_id or 0
    return AttachmentRow(a.id or 0, a.name, a.size, a.media_type, a.sha256, a.added_by, a.added_at, owner, owner_id)


def list_for(db: Database, owner: Owner) -> list[AttachmentRow]:
    """The files attached to ``owner``, oldest first; a commitment's include those of its reports."""
    condition = {
        AttachmentOwner.AGREEMENT: col(Attachment.agreement_id) == owner.id,
        AttachmentOwner.COMMITMENT: col(Attachment.commitment_id) == owner.id,
        AttachmentOwner.EXECUTION_REPORT: col(Attachment.execution_report_id) == owner.id,
        AttachmentOwner.INTERIM_REPORT: col(Attachment.interim_report_id) == owner.id,
    }[owner.kind]
    with db.read() as session:
        rows = session.scalars(select(Attachment).where(condition).order_by(col(Attachment.id))).all()
        return [_row(a) for a in rows]


def get(db: Database, attachment_id: int) -> AttachmentRow:
    with db.read() as session:
        return _row(_link(session, attachment_id))


def _link(session: Session, attachment_id: int) -> Attachment:
    link = session.get(Attachment, attachment_id)
    if link is None:
        raise NotFoundError(Message("attachment #{0} no longer exists (removed by someone else?)", attachment_id))
    return link


def _content(db: Database, attachment_id: int) -> tuple[str, bytes]:
    with db.read() as session:
        link = _link(session, attachment_id)
        data = session.scalar(select(AttachmentContent.data).where(AttachmentContent.sha256 == link.sha256))
        name, sha = link.name, link.sha256
    if data is None or hashlib.sha256(data).hexdigest() != sha:
        raise StorageError(Message("the stored file “{0}” is damaged: its content does not match its SHA-256", name))
    return name, bytes(data)


def _write_whole(target: Path, data: bytes) -> None:
    partial = target.with_name(target.name + ".partial")
    try:
        with partial.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)


def save_to(db: Database, attachment_id: int, target: Path) -> Path:
    """Write the attached file out to ``target`` (a folder: the file's own name inside it), whole or not at all."""
    name, data = _content(db, attachment_id)
    target = Path(target).expanduser()
    if target.is_dir():
        target = target / name
    try:
        _write_whole(target, data)
    except OSError as exc:
        raise KelisimError(
            Message("could not save “{0}” to {1}: {2}", name, str(target), exc.strerror or exc.__class__.__name__)
        ) from exc
    return target


_COPIES: list[Path] = []  # the private folders of the copies handed to a viewer: removed when Kelisim exits


def _remove_copies() -> None:
    for folder in _COPIES:
        for item in folder.glob("*"):
            try:
                item.chmod(0o600)
            except OSError:
                pass  # still open in a viewer (Windows): left for the system's temporary-files cleanup
        shutil.rmtree(folder, ignore_errors=True)
    _COPIES.clear()


atexit.register(_remove_copies)


def open_copy(db: Database, attachment_id: int) -> Path:
    """A private, read-only temporary copy of the file for the system's viewer (the caller opens it; Kelisim never
    runs or renders it). The name is the stored name, cleaned again: it stays inside the private folder."""
    name, data = _content(db, attachment_id)
    folder = Path(tempfile.mkdtemp(prefix="kelisim-attachment-"))  # 0700: the user's own
    _COPIES.append(folder)
    target = (folder / attachment_name(name)).resolve()
    if target.parent != folder.resolve():
        raise KelisimError(Message("“{0}” is not a file name Kelisim can write", name))
    try:
        _write_whole(target, data)
        target.chmod(0o400)
    except OSError as exc:
        raise KelisimError(
            Message("could not save “{0}” to {1}: {2}", name, str(target), exc.strerror or exc.__class__.__name__)
        ) from exc
    return target


def drop_unused_in(session: Session, hashes: Sequence[str] | None = None) -> int:
    """Delete stored content no link uses and no Trash entry holds (of ``hashes``, or all); returns how many."""
    used = exists().where(col(Attachment.sha256) == col(AttachmentContent.sha256))
    query = select(AttachmentContent.sha256).where(~used)
    if hashes is not None:
        if not hashes:
            return 0
        query = query.where(col(AttachmentContent.sha256).in_(list(hashes)))
    candidates = list(session.scalars(query))
    dropped = 0
    for sha in candidates:
        in_trash = session.scalar(
            select(func.count()).select_from(TrashEntry).where(col(TrashEntry.payload).contains(sha))
        )
        if not in_trash:
            session.execute(delete(AttachmentContent).where(col(AttachmentContent.sha256) == sha))
            dropped += 1
    return dropped


def remove(db: Database, attachment_id: int) -> None:
    """Remove one link; the content goes with its last one. A decided report's evidence stays, and so does the last
    document of a waiting report with no letter."""
    access.require(db, Action.EDIT)
    with db.write() as session:
        link = _link(session, attachment_id)
        if link.execution_report_id is not None:
            report = session.get(ExecutionReport, link.execution_report_id)
            if report is not None and report.decision:
                raise KelisimError(_decided(report.decision))
            if report is not None:
                others = session.scalar(
                    select(func.count())
                    .select_from(Attachment)
                    .where(col(Attachment.execution_report_id) == report.id, col(Attachment.id) != link.id)
                )
                problem = report_evidence_problem(report.letter_number, int(others or 0))
                if problem is not None:
                    raise KelisimError(Message("“{0}” cannot be removed: {1}", link.name, problem))
        sha = link.sha256
        session.delete(link)
        session.flush()
        drop_unused_in(session, [sha])


def names_by_report(session: Session, report_ids: Sequence[int]) -> dict[int, list[str]]:
    """The attached documents' names of each execution report, in the order they were attached."""
    found: dict[int, list[str]] = {}
    if not report_ids:
        return found
    rows = session.execute(
        select(Attachment.execution_report_id, Attachment.name)
        .where(col(Attachment.execution_report_id).in_(list(report_ids)))
        .order_by(col(Attachment.id))
    ).all()
    for report_id, name in rows:
        if report_id is not None:
            found.setdefault(int(report_id), []).append(str(name))
    return found


def owner_for(db: Database, ref: str, to: str) -> Owner:
    """The record the command line names: a commitment by its reference (``to`` "commitment"), its newest execution
    report ("report") or interim report ("interim"), or an agreement by its registration number ("agreement")."""
    key = ref.strip()
    with db.read() as session:
        if to == AttachmentOwner.AGREEMENT:
            agreement_id = session.scalar(select(Agreement.id).where(col(Agreement.reg_number) == key))
            if agreement_id is None:
                raise NotFoundError(Message("no agreement has the registration number “{0}”", ref))
            return Owner(AttachmentOwner.AGREEMENT, agreement_id)
        commitment_id = session.scalar(select(Commitment.id).where(col(Commitment.ref) == key))
        if commitment_id is None:
            raise NotFoundError(Message("no commitment has the reference “{0}”", ref))
        if to == "report":
            report_id = session.scalar(
                select(ExecutionReport.id)
                .where(col(ExecutionReport.commitment_id) == commitment_id)
                .order_by(col(ExecutionReport.id).desc())
            )
            if report_id is None:
                raise NotFoundError(Message("{0} has no execution report", key))
            return Owner(AttachmentOwner.EXECUTION_REPORT, report_id)
        if to == "interim":
            interim_id = session.scalar(
                select(InterimReport.id)
                .where(col(InterimReport.commitment_id) == commitment_id)
                .order_by(col(InterimReport.report_date).desc(), col(InterimReport.id).desc())
            )
            if interim_id is None:
                raise NotFoundError(Message("{0} has no interim report", key))
            return Owner(AttachmentOwner.INTERIM_REPORT, interim_id)
        return Owner(AttachmentOwner.COMMITMENT, commitment_id)
