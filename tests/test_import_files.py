"""Files that are not a usable workbook: a clear message within seconds, the register untouched."""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop.cli import main as cli_main
from desktop.domain.errors import KelisimError
from desktop.services.importing.apply import import_workbook
from desktop.services.importing.workbook import MAX_UNCOMPRESSED_BYTES, WorkbookError
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


def assert_refused(db: Database, path: Path, *expected: str, capsys: pytest.CaptureFixture[str]) -> None:
    before = dump(db)
    started = time.monotonic()
    with pytest.raises(WorkbookError) as caught:
        import_workbook(db, path)
    assert time.monotonic() - started < 15
    for text in expected:
        assert text in str(caught.value)
    assert dump(db) == before
    # The command line says the same and exits non-zero.
    code = cli_main(["--db", db_arg(db), "import", str(path)])
    assert code == 1
    err = capsys.readouterr().err
    assert expected[0] in err
    assert dump(db) == before


def test_empty_file_is_refused(demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "empty.xlsx"
    path.write_bytes(b"")
    assert_refused(demo_db, path, "is empty", capsys=capsys)


def test_text_file_is_not_a_workbook(demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "register.xlsx"
    path.write_text("Ref;Title\nT-1;Something\n", encoding="utf-8")
    assert_refused(demo_db, path, "is not an Excel workbook", capsys=capsys)


def test_encrypted_workbook_is_explained(demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
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


def test_zip_without_workbook_is_refused(demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("photo.txt", "not a workbook")
    assert_refused(demo_db, path, "not an Excel workbook", capsys=capsys)


def test_zip_bomb_is_refused_before_reading(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = small_workbook(tmp_path / "good.xlsx")
    chunk = b"\x00" * (1 << 20)

    def bomb(stream) -> None:
        for _ in range(MAX_UNCOMPRESSED_BYTES // len(chunk) + 8):
            stream.write(chunk)

    path = replace_member(source, tmp_path / "bomb.xlsx", "xl/worksheets/sheet1.xml", bomb)
    assert path.stat().st_size < 5 * 2**20  # small on disk, huge unpacked
    assert_refused(demo_db, path, "zip bomb", capsys=capsys)


def test_a_million_rows_are_refused_within_seconds(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = small_workbook(tmp_path / "good.xlsx")

    def rows(stream) -> None:
        # The <dimension> lies ("A1:B2"): only reset_dimensions() and the row cap stop the read.
        stream.write(
            b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            b'<dimension ref="A1:B2"/><sheetData>'
        )
        block = []
        for n in range(1, 1_000_001):
            block.append(b'<row r="%d"><c r="A%d"><v>%d</v></c></row>' % (n, n, n))
            if len(block) == 50_000:
                stream.write(b"".join(block))
                block = []
        stream.write(b"".join(block) + b"</sheetData></worksheet>")

    path = replace_member(source, tmp_path / "million.xlsx", "xl/worksheets/sheet1.xml", rows)
    assert_refused(demo_db, path, "rows", capsys=capsys)


def test_missing_file_is_named(demo_db: Database, tmp_path: Path) -> None:
    with pytest.raises(KelisimError, match="does not exist"):
        import_workbook(demo_db, tmp_path / "nowhere.xlsx")
