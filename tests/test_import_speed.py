"""The import's fast paths give the same results as the plain ones."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import select

from desktop.domain.models import Commitment, StatusChange
from desktop.services.importing.apply import import_workbook
from desktop.services.importing.workbook import read_workbook
from desktop.storage.database import Database

HEADER = ["Ref", "Title", "Due date", "Status", "Progress"]
ROWS = [
    ["IMP-1", "Жоспар қағазы 农业", date(2031, 5, 20), "in progress", 40],
    ["IMP-2", "Второе обязательство", date(2032, 1, 2), "not started", 0],
]


def _save(path: Path, write_only: bool) -> Path:
    book = Workbook(write_only=write_only)
    sheet = book.create_sheet("Commitments") if write_only else book.active
    sheet.title = "Commitments"
    for row in [HEADER, *ROWS]:
        sheet.append(row)
    book.save(path)
    return path


def test_sheets_with_and_without_a_dimension_tag_read_every_row(tmp_path: Path) -> None:
    # A write-only workbook (like Kelisim's own export) has no <dimension>; Excel's files have one.
    for write_only in (True, False):
        path = _save(tmp_path / f"book-{write_only}.xlsx", write_only)
        has_tag = b"<dimension" in zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml")
        assert has_tag is not write_only
        sheet = read_workbook(path).sheets[0]
        assert [values[:2] for _n, values in sheet.rows] == [tuple(HEADER[:2]), *(tuple(r[:2]) for r in ROWS)]
        assert sheet.rows[1][1][2].date() == date(2031, 5, 20)


def test_driver_level_inserts_store_what_the_editor_stores(db: Database, tmp_path: Path) -> None:
    result = import_workbook(db, _save(tmp_path / "book.xlsx", True))
    assert result.written and not result.plan.rejections
    with db.read() as session:
        rows = session.execute(
            select(
                Commitment.ref,
                Commitment.title,
                Commitment.due_date,
                Commitment.status,
                Commitment.progress,
                Commitment.created_at,
                Commitment.version,
            ).order_by(Commitment.ref)
        ).all()
        changes = session.execute(
            select(StatusChange.to_status, StatusChange.changed_at).where(StatusChange.commitment_id.is_not(None))
        ).all()
    assert [(r.ref, r.title, r.due_date, r.status, r.progress, r.version) for r in rows] == [
        ("IMP-1", "Жоспар қағазы 农业", date(2031, 5, 20), "in_progress", 40, 1),
        ("IMP-2", "Второе обязательство", date(2032, 1, 2), "not_started", 0, 1),
    ]
    # Timestamps come back as aware UTC datetimes through the model's column type.
    assert all(r.created_at.tzinfo is not None for r in rows)
    assert sorted(c.to_status for c in changes) == ["in_progress", "not_started"]
    assert all(c.changed_at.tzinfo is not None for c in changes)


_RICH_CELLS = {
    # cell → its <is> element as Excel and other writers store text: plain, rich-text runs, a phonetic hint,
    # several <t>, an empty <t/>, no <t> at all, an attribute openpyxl does not know (its own Text refuses it).
    "A2": "<is><t>plain «текст» 文本</t></is>",
    "B2": '<is><r><rPr><b/></rPr><t xml:space="preserve">bold </t></r><r><t>and plain</t></r></is>',
    "C2": '<is><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></is>',
    "D2": "<is><t>first</t><t>second</t></is>",
    "E2": "<is><t/></is>",
    "F2": "<is></is>",
    "G2": '<is><t xml:space="preserve">  spaced  </t></is>',
}


def _inline_strings_book(path: Path) -> Path:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Commitments")
    sheet.append(["Ref", "Title", "Agency", "Sector", "Description", "Note", "Spaced"])
    sheet.append(["x"] * 7)
    book.save(path)
    with zipfile.ZipFile(path) as source:
        members = {info.filename: source.read(info.filename) for info in source.infolist()}
    xml = members["xl/worksheets/sheet1.xml"].decode("utf-8")
    for cell, inline in _RICH_CELLS.items():
        start = xml.index(f'<c r="{cell}"')
        end = xml.index("</c>", start)
        opening = xml[start : xml.index(">", start) + 1]
        xml = xml[:start] + opening + inline + xml[end:]
    members["xl/worksheets/sheet1.xml"] = xml.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in members.items():
            target.writestr(name, data)
    return path


def test_inline_strings_read_quickly_give_what_openpyxl_gives(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import contextlib

    from openpyxl.cell.text import Text
    from openpyxl.worksheet import _reader

    from desktop.services.importing import workbook

    path = _inline_strings_book(tmp_path / "inline.xlsx")
    assert b't="inlineStr"' in zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml")
    used: list[object] = []
    plain = workbook._PlainInlineStrings.from_tree

    def counted(self: object, node: object) -> object:
        used.append(node)
        return plain(self, node)  # type: ignore[arg-type]

    monkeypatch.setattr(workbook._PlainInlineStrings, "from_tree", counted)
    quick = [values for _n, values in read_workbook(path).sheets[0].rows]
    assert used  # the quick reader was the one asked
    assert _reader.Text is Text  # and openpyxl has its own Text back
    monkeypatch.setattr(workbook, "_quick_inline_strings", contextlib.nullcontext)
    used.clear()
    own = [values for _n, values in read_workbook(path).sheets[0].rows]
    assert not used
    assert quick == own
    assert quick[1] == ("plain «текст» 文本", "bold and plain", "東京", "second", "", "", "  spaced  ")


def test_a_damaged_inline_string_is_still_refused_as_openpyxl_refuses_it(tmp_path: Path) -> None:
    import pytest

    from desktop.services.importing.workbook import WorkbookError

    path = _inline_strings_book(tmp_path / "inline.xlsx")
    with zipfile.ZipFile(path) as source:
        members = {info.filename: source.read(info.filename) for info in source.infolist()}
    xml = members["xl/worksheets/sheet1.xml"].decode("utf-8")
    members["xl/worksheets/sheet1.xml"] = xml.replace("<is><t>first</t>", '<is odd="1"><t>first</t>').encode()
    with zipfile.ZipFile(path, "w") as target:
        for name, data in members.items():
            target.writestr(name, data)
    with pytest.raises(WorkbookError, match="damaged"):
        read_workbook(path)


def test_the_import_reads_the_login_once_and_every_trail_row_records_it(
    sqlite_db: Database,
    tmp_path: Path,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    # SQLite only: there the triggers ask the process for the OS login (PostgreSQL's say who the session is).
    import getpass

    from desktop.domain.models import AuditEntry as AuditLog
    from desktop.services import commitments
    from desktop.services.records import CommitmentData

    asked: list[str] = []

    def login(name: str) -> object:
        return lambda: asked.append(name) or name

    monkeypatch.setattr(getpass, "getuser", login("importing-clerk"))
    result = import_workbook(sqlite_db, _save(tmp_path / "book.xlsx", True))
    assert result.written
    with sqlite_db.read() as session:
        trail = session.execute(
            select(AuditLog.table_name, AuditLog.who).where(AuditLog.action == "insert").order_by(AuditLog.id)
        ).all()
    written = [row for row in trail if row[0] in ("commitment", "status_change")]
    assert len(written) == 4  # two commitments, each with its first status
    assert {who for _table, who in written} == {"importing-clerk"}
    assert len(asked) < len(written)  # read once for the write, not once per row
    # After the import the triggers ask again for every row: the next login is the one recorded.
    monkeypatch.setattr(getpass, "getuser", login("next-clerk"))
    commitments.save(sqlite_db, CommitmentData(ref="AFTER-1", title="After the import"))
    with sqlite_db.read() as session:
        who = session.scalar(select(AuditLog.who).order_by(AuditLog.id.desc()).limit(1))
    assert who == "next-clerk"


def _typed_book(path: Path) -> Path:
    """Every kind of cell a register holds, as openpyxl writes them: shared and inline text, numbers, dates with
    and without a time, booleans, an error, blanks, and text Excel escapes."""
    from datetime import datetime

    book = Workbook()
    sheet = book.active
    sheet.title = "Commitments"
    sheet.append(["Ref", "Title", "Due date", "Done", "Progress", "Made", "Note"])
    sheet.append(["T-1", "Жоспар 农业 _x000D_ «x»", date(2031, 5, 20), True, 0.45, datetime(2026, 1, 2, 9, 30), None])
    sheet.append(["T-2", "  spaced  ", "31.12.2031", False, 45, None, "#N/A"])
    sheet["G3"].data_type = "e"
    book.save(path)
    return path


def test_sheets_read_by_the_c_parser_give_what_openpyxl_gives(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import contextlib

    from desktop.services.importing import workbook

    plain: list[bool] = []
    choose = workbook._SheetParser.__call__

    def noted(self: workbook._SheetParser, *args: object) -> object:
        plain.append(self.plain)
        return choose(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(workbook._SheetParser, "__call__", noted)
    for path in (_typed_book(tmp_path / "typed.xlsx"), _inline_strings_book(tmp_path / "inline.xlsx")):
        plain.clear()
        quick = [values for _n, values in read_workbook(path).sheets[0].rows]
        assert plain == [True]  # the sheet went through the C parser
        with monkeypatch.context() as own_parser:
            own_parser.setattr(workbook, "_quick_sheet_parser", lambda: contextlib.nullcontext(None))
            own = [values for _n, values in read_workbook(path).sheets[0].rows]
        assert quick == own
        assert [type(v) for v in quick[1]] == [type(v) for v in own[1]]


def _with_doctype(path: Path, doctype: str, cell: str) -> Path:
    with zipfile.ZipFile(path) as source:
        members = {info.filename: source.read(info.filename) for info in source.infolist()}
    xml = members["xl/worksheets/sheet1.xml"].decode("utf-8")
    body = xml.index("<worksheet")
    xml = xml[:body] + doctype + xml[body:]
    start = xml.index('<c r="B2"')
    end = xml.index("</c>", start) + len("</c>")
    members["xl/worksheets/sheet1.xml"] = (xml[:start] + cell + xml[end:]).encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in members.items():
            target.writestr(name, data)
    return path


def test_a_sheet_declaring_entities_is_still_refused_by_defusedxml(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import pytest

    from desktop.services.importing import workbook
    from desktop.services.importing.workbook import WorkbookError

    laughs = '<!DOCTYPE worksheet [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    bomb = _with_doctype(_save(tmp_path / "bomb.xlsx", True), laughs, '<c r="B2" t="inlineStr"><is><t>&b;</t></is></c>')
    chosen: list[bool] = []
    choose = workbook._SheetParser.__call__

    def noted(self: workbook._SheetParser, *args: object) -> object:
        chosen.append(self.plain)
        return choose(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(workbook._SheetParser, "__call__", noted)
    with pytest.raises(WorkbookError, match="damaged"):  # defusedxml refuses the entities when the book is opened
        read_workbook(bomb)
    assert True not in chosen  # and never the C parser
    # A DOCTYPE that declares nothing is read (by defusedxml, as before) like the sheet without it.
    chosen.clear()
    bare = _with_doctype(
        _save(tmp_path / "bare.xlsx", True), "<!DOCTYPE worksheet>", '<c r="B2" t="inlineStr"><is><t>kept</t></is></c>'
    )
    rows = [values[:2] for _n, values in read_workbook(bare).sheets[0].rows]
    assert chosen == [False]
    assert rows[1] == ("IMP-1", "kept")


def test_the_collector_runs_less_often_during_an_import_and_as_before_after(
    db: Database,
    tmp_path: Path,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    import gc

    import pytest

    from desktop.services.importing import apply
    from desktop.services.importing.apply import ImportRejected

    thresholds: list[int] = []
    plan = apply.build_plan

    def planned(*args: object, **kwargs: object) -> object:
        thresholds.append(gc.get_threshold()[0])
        return plan(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(apply, "build_plan", planned)
    before = gc.get_threshold()
    gc.set_threshold(700, *before[1:])
    try:
        book = _save(tmp_path / "book.xlsx", True)
        assert import_workbook(db, book).written
        assert import_workbook(db, book, dry_run=True).plan.counts["commitments"].unchanged == 2
        apply.preview(db, read_workbook(book))
        assert thresholds == [apply.IMPORT_COLLECTION_THRESHOLD] * 3
        assert gc.get_threshold()[0] == 700
        # A refused import gives the threshold back too.
        bad = Workbook(write_only=True)
        sheet = bad.create_sheet("Commitments")
        for row in [HEADER, ["IMP-9", "Bad date", "31.02.2031", "in progress", 40]]:
            sheet.append(row)
        bad.save(tmp_path / "bad.xlsx")
        with pytest.raises(ImportRejected):
            import_workbook(db, tmp_path / "bad.xlsx")
        assert thresholds[-1] == apply.IMPORT_COLLECTION_THRESHOLD
        assert gc.get_threshold() == (700, *before[1:])
    finally:
        gc.set_threshold(*before)


def test_a_thread_that_chose_no_parser_gets_defusedxml() -> None:
    import threading

    from defusedxml.ElementTree import iterparse as defused

    from desktop.services.importing import workbook

    chooser = workbook._SheetParser(defused)
    chooser.plain = True  # this thread's sheet has no DOCTYPE
    seen: list[bool] = []
    other = threading.Thread(target=lambda: seen.append(chooser.plain))
    other.start()
    other.join()
    assert chooser.plain is True and seen == [False]
