"""Files that are not a usable workbook: a clear message before the rows are read, the register untouched."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from openpyxl import Workbook
from openpyxl.worksheet._read_only import ReadOnlyWorksheet

from desktop.cli import main as cli_main
from desktop.domain.errors import KelisimError
from desktop.services.importing import workbook
from desktop.services.importing.apply import import_workbook
from desktop.services.importing.workbook import WorkbookError, row_cap
from desktop.storage.database import Database
from tests.engines import db_arg, dump


def small_workbook(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Commitments"
    ws.append(["Ref", "Title"])
    ws.append(["T-1", "Something"])
    wb.save(path)
    return path


def replace_member(source: Path, target: Path, member: str, write) -> Path:
    """Copy a workbook, replacing one zip member by what ``write(stream)`` produces."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename != member:
                dst.writestr(info, src.read(info.filename))
        with dst.open(member, "w", force_zip64=True) as stream:
            write(stream)
    return target


def never_opened(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make opening the workbook fail the test: the file must be refused from its zip directory alone."""

    def opened(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the workbook was opened; it should have been refused before reading any row")

    monkeypatch.setattr(openpyxl, "load_workbook", opened)


def assert_refused(db: Database, path: Path, *expected: str, capsys: pytest.CaptureFixture[str]) -> None:
    before = dump(db)
    with pytest.raises(WorkbookError) as caught:
        import_workbook(db, path)
    for text in expected:
        assert text in str(caught.value)
    assert dump(db) == before
    # The command line says the same and exits non-zero.
    code = cli_main(["--db", db_arg(db), "import", str(path)])
    assert code == 1
    err = capsys.readouterr().err
    assert expected[0] in err
    assert dump(db) == before


def test_empty_file_is_refused(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    never_opened(monkeypatch)
    path = tmp_path / "empty.xlsx"
    path.write_bytes(b"")
    assert_refused(demo_db, path, "is empty", capsys=capsys)


def test_text_file_is_not_a_workbook(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    never_opened(monkeypatch)
    path = tmp_path / "register.xlsx"
    path.write_text("Ref;Title\nT-1;Something\n", encoding="utf-8")
    assert_refused(demo_db, path, "is not an Excel workbook", capsys=capsys)


def test_encrypted_workbook_is_explained(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    never_opened(monkeypatch)
    # Excel saves a password-protected workbook as an OLE2 compound file holding the encrypted package.
    path = tmp_path / "secret.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 4096)
    assert_refused(demo_db, path, "password-protected", "remove the password", capsys=capsys)


def test_damaged_zip_is_refused(demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = small_workbook(tmp_path / "good.xlsx").read_bytes()
    path = tmp_path / "cut.xlsx"
    path.write_bytes(good[: len(good) // 2])  # a download cut in half: no central directory
    assert_refused(demo_db, path, "is damaged", capsys=capsys)


def test_corrupt_member_is_refused(demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = small_workbook(tmp_path / "good.xlsx")
    path = replace_member(
        source,
        tmp_path / "broken.xlsx",
        "xl/worksheets/sheet1.xml",
        lambda s: s.write(b"<worksheet><sheetData><row r='1'><c r='A1' t='s'><v>9"),
    )
    assert_refused(demo_db, path, "is damaged", capsys=capsys)


def test_zip_without_workbook_is_refused(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    never_opened(monkeypatch)
    path = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("photo.txt", "not a workbook")
    assert_refused(demo_db, path, "not an Excel workbook", capsys=capsys)


@pytest.mark.slow
def test_zip_bomb_is_refused_before_reading(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    source = small_workbook(tmp_path / "good.xlsx")
    chunk = b"\x00" * (1 << 20)
    # The same check at a lower limit: a 40 MB bomb against a 32 MB limit instead of 608 MB against 600 MB.
    monkeypatch.setattr(workbook, "MAX_UNCOMPRESSED_BYTES", 32 * 2**20)

    def bomb(stream) -> None:
        for _ in range(workbook.MAX_UNCOMPRESSED_BYTES // len(chunk) + 8):
            stream.write(chunk)

    path = replace_member(source, tmp_path / "bomb.xlsx", "xl/worksheets/sheet1.xml", bomb)
    assert path.stat().st_size < 5 * 2**20  # small on disk, huge unpacked
    never_opened(monkeypatch)  # refused from the sizes the zip directory declares, nothing unpacked
    assert_refused(demo_db, path, "zip bomb", capsys=capsys)


@pytest.mark.slow
def test_too_many_rows_are_refused_at_the_row_cap(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    source = small_workbook(tmp_path / "good.xlsx")
    # The same cap at a lower limit: 100,000 rows against a cap of 5,000 instead of a million against 250,000.
    monkeypatch.setattr(workbook, "MAX_ROWS", 5_000)
    rows_in_file = 100_000

    def rows(stream) -> None:
        # The <dimension> lies ("A1:B2"): only reset_dimensions() and the row cap stop the read.
        stream.write(
            b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            b'<dimension ref="A1:B2"/><sheetData>'
        )
        block = []
        for n in range(1, rows_in_file + 1):
            block.append(b'<row r="%d"><c r="A%d"><v>%d</v></c></row>' % (n, n, n))
            if len(block) == 50_000:
                stream.write(b"".join(block))
                block = []
        stream.write(b"".join(block) + b"</sheetData></worksheet>")

    path = replace_member(source, tmp_path / "million.xlsx", "xl/worksheets/sheet1.xml", rows)
    # The mechanism, not the clock: the read stops at the row after the cap instead of parsing the million.
    read: list[int] = []
    iter_rows = ReadOnlyWorksheet.iter_rows

    def counted(self: ReadOnlyWorksheet, *args: object, **kwargs: object) -> Iterator[object]:
        for row in iter_rows(self, *args, **kwargs):
            read.append(1)
            yield row

    monkeypatch.setattr(ReadOnlyWorksheet, "iter_rows", counted)
    assert_refused(demo_db, path, "rows", capsys=capsys)
    assert len(read) == 2 * (row_cap("Commitments") + 1)  # the import, then the command line, each stop there


def test_missing_file_is_named(demo_db: Database, tmp_path: Path) -> None:
    with pytest.raises(KelisimError, match="does not exist"):
        import_workbook(demo_db, tmp_path / "nowhere.xlsx")
