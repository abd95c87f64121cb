"""Attached files: stored once by SHA-256 inside the register, linked to agreements, commitments and their reports,
refused over the size limit before being read, saved out and opened from a private copy, carried by backups and
restores on both engines; an execution report's evidence may be a document instead of the letter; the command line's
attach / attachments / attachment save."""

from __future__ import annotations

import hashlib
import os
import stat
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.domain.enums import AttachmentOwner
from desktop.domain.errors import KelisimError, ValidationError
from desktop.domain.models import Attachment, AttachmentContent
from desktop.domain.rules import attachment_name, opens_in_viewer
from desktop.services import attachments, audit, backups, commitments, control, trash
from desktop.services.attachments import Owner
from desktop.services.records import CommitmentData
from desktop.storage.database import Database
from tests.test_cli_register import run

SCAN = b"%PDF-1.4\n" + bytes(range(256)) * 40 + "Протокол подписан 农业".encode()


def add_commitment(db: Database, ref: str = "A/01") -> int:
    return commitments.save(db, CommitmentData(ref=ref, title=f"Commitment {ref}", status="in_progress"))


def scan(tmp_path: Path, name: str = "протокол подписан.pdf", data: bytes = SCAN) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def counts(db: Database) -> tuple[int, int]:
    with db.read() as session:
        contents = session.scalar(select(func.count()).select_from(AttachmentContent)) or 0
        links = session.scalar(select(func.count()).select_from(Attachment)) or 0
    return int(contents), int(links)


def test_the_same_file_twice_is_stored_once_with_two_links(db: Database, tmp_path: Path) -> None:
    target = add_commitment(db)
    other = add_commitment(db, "A/02")
    first = scan(tmp_path)
    copy = scan(tmp_path, "copy of the scan.PDF")  # another name, the same bytes
    [one] = attachments.add(db, Owner(AttachmentOwner.COMMITMENT, target), [first])
    [two] = attachments.add(db, Owner(AttachmentOwner.COMMITMENT, other), [copy])
    assert counts(db) == (1, 2)
    with db.read() as session:
        stored = session.get(AttachmentContent, hashlib.sha256(SCAN).hexdigest())
        assert stored is not None and bytes(stored.data) == SCAN and stored.size == len(SCAN)
    [row] = attachments.list_for(db, Owner(AttachmentOwner.COMMITMENT, target))
    assert (row.id, row.name, row.size, row.media_type) == (one, "протокол подписан.pdf", len(SCAN), "application/pdf")
    assert row.added_by == "test-clerk" and row.owner == AttachmentOwner.COMMITMENT
    assert [r.name for r in attachments.list_for(db, Owner(AttachmentOwner.COMMITMENT, other))] == [
        "copy of the scan.PDF"
    ]
    # Removing one link keeps the content the other still uses; removing the last drops it.
    attachments.remove(db, one)
    assert counts(db) == (1, 1)
    attachments.remove(db, two)
    assert counts(db) == (0, 0)
    # Each link is in the audit trail with its name and hash; the bytes are not.
    trail = [r for r in audit.trail(db) if r.table == "attachment"]
    assert len(trail) == 4 and all(c.field != "data" for r in trail for c in r.changes)
    assert any(str(c.new) == hashlib.sha256(SCAN).hexdigest() for r in trail for c in r.changes if c.field == "sha256")
    assert not [r for r in audit.trail(db) if r.table == "attachment_content"]


def test_a_file_over_the_limit_is_refused_before_it_is_read(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = add_commitment(db)
    big = tmp_path / "scan-2026.tif"
    with big.open("wb") as handle:  # 2 MB and one byte, sparse
        handle.truncate(2 * 1024 * 1024 + 1)
    small = scan(tmp_path)

    def no_reading(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a file over the limit must not be read")

    monkeypatch.setattr(Path, "open", no_reading)
    with pytest.raises(KelisimError) as caught:
        attachments.add(db, Owner(AttachmentOwner.COMMITMENT, target), [small, big], limit_mb=2)
    assert str(caught.value) == "“scan-2026.tif” is 2.0 MB: larger than the limit of 2 MB for an attached document"
    assert counts(db) == (0, 0)  # the small one neither: all or nothing
    monkeypatch.undo()
    with pytest.raises(KelisimError, match="it is not a file"):
        attachments.add(db, Owner(AttachmentOwner.COMMITMENT, target), [tmp_path / "missing.pdf"])
    # The default limit is 50 MB.
    assert attachments.ATTACHMENT_LIMIT_MB == 50


def test_russian_message_names_the_file_and_the_limit(tmp_path: Path) -> None:
    from desktop.domain.catalogue import render

    big = tmp_path / "акт.pdf"
    with big.open("wb") as handle:
        handle.truncate(3 * 1024 * 1024)
    with pytest.raises(KelisimError) as caught:
        attachments.read_upload(big, limit_mb=1)
    russian = render(caught.value.describe(), "ru")
    assert "акт.pdf" in russian and "1" in russian and "limit" not in russian


def test_save_out_and_open_a_private_copy(db: Database, tmp_path: Path) -> None:
    target = add_commitment(db)
    [one] = attachments.add(db, Owner(AttachmentOwner.COMMITMENT, target), [scan(tmp_path)])
    out = attachments.save_to(db, one, tmp_path / "out.pdf")
    assert out.read_bytes() == SCAN
    folder = tmp_path / "folder"
    folder.mkdir()
    assert attachments.save_to(db, one, folder).read_bytes() == SCAN  # a folder: the file's own name inside
    assert (folder / "протокол подписан.pdf").exists()
    opened = attachments.open_copy(db, one)
    try:
        assert opened.read_bytes() == SCAN and opened.name == "протокол подписан.pdf"
        assert stat.S_IMODE(opened.parent.stat().st_mode) == 0o700
        assert not os.access(opened, os.W_OK) or os.geteuid() == 0
    finally:
        opened.chmod(0o600)
        opened.unlink()
        opened.parent.rmdir()


def test_names_are_data_never_paths() -> None:
    assert attachment_name("../../etc/passwd") == "passwd"
    assert attachment_name("C:\\Users\\clerk\\скан.pdf") == "скан.pdf"
    assert attachment_name('a<b>:"c|?*.pdf') == "a_b___c___.pdf"
    assert attachment_name("..") == "attachment"
    assert len(attachment_name("x" * 400 + ".docx")) == 255 and attachment_name("x" * 400 + ".docx").endswith(".docx")
    assert opens_in_viewer("скан.PDF") and opens_in_viewer("акт.docx") and opens_in_viewer("photo.jpeg")
    assert not opens_in_viewer("setup.exe") and not opens_in_viewer("run.bat") and not opens_in_viewer("pdf")


def test_backup_and_restore_carry_the_files(demo_db: Database, tmp_path: Path) -> None:
    db = demo_db
    target = add_commitment(db)
    [one] = attachments.add(db, Owner(AttachmentOwner.COMMITMENT, target), [scan(tmp_path)])
    copy = backups.backup_now(db, tmp_path / ("copy.dump" if db.engine.dialect.name != "sqlite" else "copy.sqlite3"))
    attachments.remove(db, one)
    assert counts(db) == (0, 0)
    backups.restore_open(db, copy)
    assert counts(db) == (1, 1)
    [row] = attachments.list_for(db, Owner(AttachmentOwner.COMMITMENT, target))
    assert row.id == one and row.name == "протокол подписан.pdf"
    assert attachments.save_to(db, one, tmp_path / "back.pdf").read_bytes() == SCAN


def test_report_with_a_document_as_its_evidence_is_accepted(db: Database, tmp_path: Path) -> None:
    target = add_commitment(db)
    letter = scan(tmp_path, "письмо 12-3.pdf")
    # Neither a letter nor a document: refused, and nothing written.
    with pytest.raises(ValidationError) as caught:
        control.submit_report(db, target, text="Done", report_date=date(2026, 4, 15))
    assert [p.field for p in caught.value.problems] == ["letter_number", "letter_date"]
    assert "or attach a document" in str(caught.value.problems[0].message)
    assert control.reports(db, target) == []
    # A document alone is evidence enough.
    control.submit_report(db, target, text="Done", report_date=date(2026, 4, 15), documents=[letter])
    [report] = control.reports(db, target)
    assert (report.letter_number, report.letter_date, report.documents) == ("", None, ("письмо 12-3.pdf",))
    [row] = attachments.list_for(db, Owner(AttachmentOwner.COMMITMENT, target))
    assert (row.owner, row.owner_id) == (AttachmentOwner.EXECUTION_REPORT, report.id)
    # The waiting report keeps its only evidence.
    with pytest.raises(KelisimError, match="needs its evidence"):
        attachments.remove(db, row.id)
    control.accept(db, target)
    data = commitments.get(db, target)
    assert (data.status, data.completed_on) == ("completed", date(2026, 4, 15))
    # An accepted report's evidence is closed.
    with pytest.raises(KelisimError, match="accepted"):
        attachments.remove(db, row.id)
    with pytest.raises(KelisimError, match="accepted"):
        attachments.add(db, Owner(AttachmentOwner.EXECUTION_REPORT, report.id), [letter])


def test_a_letter_named_needs_its_date_even_with_a_document(db: Database, tmp_path: Path) -> None:
    target = add_commitment(db)
    with pytest.raises(ValidationError) as caught:
        control.submit_report(
            db, target, text="Done", letter_number="12/3", report_date=date(2026, 4, 15), documents=[scan(tmp_path)]
        )
    assert [p.field for p in caught.value.problems] == ["letter_date"]
    assert counts(db) == (0, 0)


def test_interim_report_with_documents_and_the_trash(db: Database, tmp_path: Path) -> None:
    target = add_commitment(db)
    control.add_interim(
        db, target, text="Draft agreed", report_date=date(2026, 4, 1), documents=[scan(tmp_path, "draft.docx")]
    )
    [row] = attachments.list_for(db, Owner(AttachmentOwner.COMMITMENT, target))
    assert row.owner == AttachmentOwner.INTERIM_REPORT and row.name == "draft.docx"
    # To the Trash and back: the file comes back with the commitment.
    entry = trash.move_to_trash(db, entity="commitment", record_id=target)
    assert counts(db) == (1, 0)  # the content waits while the Trash holds its link
    trash.restore(db, entry)
    assert [r.name for r in attachments.list_for(db, Owner(AttachmentOwner.COMMITMENT, target))] == ["draft.docx"]
    assert attachments.save_to(db, row.id, tmp_path / "back.docx").read_bytes() == SCAN


@pytest.mark.slow
def test_cli_attach_list_save_and_remove(db_target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--db", db_target, "demo")[0] == 0
    ref = "KZ-CN-2024/09"
    file = scan(tmp_path)
    code, out, err = run(capsys, "--db", db_target, "attach", ref, str(file), str(file))
    assert (code, err) == (0, "")
    assert out.count("Attached протокол подписан.pdf to KZ-CN-2024/09") == 2
    code, out, err = run(capsys, "--db", db_target, "attachments", ref)
    assert code == 0
    lines = out.splitlines()
    assert lines[-1] == "2 attached files"
    first_id, name, size, on, who, _when = lines[0].split("\t")
    assert (name, size, on, who) == ("протокол подписан.pdf", "10 KB", "commitment", "test-clerk")
    target = tmp_path / "saved.pdf"
    assert run(capsys, "--db", db_target, "attachment", "save", first_id, "-o", str(target))[0] == 0
    assert target.read_bytes() == SCAN
    # Too big: the message names the file and the limit; nothing is attached.
    big = tmp_path / "скан 2026.tif"
    with big.open("wb") as handle:  # sparse: nothing is written or read
        handle.truncate(3 * 1024 * 1024)
    code, out, err = run(capsys, "--db", db_target, "attach", ref, str(big), "--limit-mb", "2")
    assert code == 1 and err.strip() == (
        "kelisim: “скан 2026.tif” is 3.0 MB: larger than the limit of 2 MB for an attached document"
    )
    # An execution report with a document as its evidence.
    code, out, err = run(
        capsys, "--db", db_target, "report", ref, "--text", "Signed", "--attach", str(file), "--date", "2026-04-15"
    )
    assert (code, err) == (0, ""), err
    code, out, err = run(capsys, "--db", db_target, "attachments", ref)
    assert "execution report" in out and out.splitlines()[-1] == "3 attached files"
    assert run(capsys, "--db", db_target, "attachment", "remove", first_id)[0] == 0
    code, out, err = run(capsys, "--db", db_target, "--lang", "ru", "attachments", ref)
    assert code == 0 and "отчёт об исполнении" in out
    # The agreement's scans.
    code, out, err = run(capsys, "--db", db_target, "attach", "KZ-CN-2024-05-20/1", str(file), "--to", "agreement")
    assert code == 0, err
    code, out, err = run(capsys, "--db", db_target, "attachments", "KZ-CN-2024-05-20/1", "--agreement")
    assert code == 0 and out.splitlines()[-1] == "1 attached file"
