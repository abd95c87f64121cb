"""Damage inside a record: four flipped bytes in one stored title are found by `check` (and at start-up),
and the list, both exports and the window show the title with replacement characters instead of failing.

SQLite only, explicitly: the damage is made in the file's bytes. PostgreSQL refuses text that is not UTF-8
when it is stored, so a PostgreSQL register cannot hold it.
"""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from desktop.cli import main as cli_main
from desktop.services import commitment_list, demo
from desktop.storage import backup, record_check
from desktop.storage.database import open_database

TITLE = "Увеличить несырьевой экспорт Казахстана в Китай".encode()
REF = "KZ-CN-2024/02"


def flip_four_bytes_in_the_title(path: Path) -> None:
    data = bytearray(path.read_bytes())
    # The commitment's own title: the audit trail's copy (its insert, as JSON ``[null,"…"]``) stays intact.
    found, at = [], data.find(TITLE)
    while at != -1:
        if not data[:at].endswith(b'[null,"'):
            found.append(at)
        at = data.find(TITLE, at + 1)
    assert len(found) == 1, "the title is stored once (search text holds it folded)"
    start = found[0] + 10  # inside the second word, on a character boundary
    data[start : start + 4] = b"\xff\xfe\xff\xfe"
    path.write_bytes(bytes(data))


@pytest.fixture
def damaged(db_path: Path) -> tuple[Path, Path]:
    """A demo register with a clean automatic backup, then four bytes flipped in one title, then a backup
    that copied the damage. Returns (register, the clean backup)."""
    db = open_database(db_path)
    demo.load_demo(db)
    db.close()
    open_database(db_path).close()  # an existing register: today's automatic backup, still clean
    clean = backup.list_backups(db_path)
    assert len(clean) == 1
    flip_four_bytes_in_the_title(db_path)
    db = open_database(db_path)
    copied = backup.automatic_backup(db.engine, "manual")  # newer, and holds the damage
    db.close()
    assert copied is not None and copied != clean[0] and backup.list_backups(db_path)[0] == copied
    return db_path, clean[0]


def test_the_damaged_title_passes_integrity_but_not_the_record_check(damaged: tuple[Path, Path]) -> None:
    path, _ = damaged
    backup.inspect_backup(path)  # PRAGMA integrity_check: pages and indexes are fine
    scan = record_check.scan_file(path)
    assert scan.complete
    assert scan.damaged == [record_check.DamagedField("commitment", REF, "title")]


@pytest.mark.slow
def test_check_names_the_record_and_the_newest_backup_without_the_damage(
    damaged: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    path, clean = damaged
    assert cli_main(["--db", str(path), "check"]) == 1
    out = capsys.readouterr().out
    assert f"commitment {REF}: field 'title' cannot be read" in out
    assert f"The newest backup without this damage is {clean}" in out
    assert f"restore {clean}" in out
    # The restored backup is whole again.
    assert cli_main(["--db", str(path), "restore", str(clean)]) == 0
    capsys.readouterr()
    assert cli_main(["--db", str(path), "check"]) == 0
    assert "ok" in capsys.readouterr().out


def test_startup_warns_and_the_list_shows_replacement_characters(damaged: tuple[Path, Path]) -> None:
    path, _ = damaged
    db = open_database(path)
    try:
        assert any(f"commitment {REF}: field 'title'" in w for w in db.warnings), db.warnings
        rows = commitment_list.list_rows(db)
        assert len(rows) == 10
        title = next(r[commitment_list.Col.TITLE] for r in rows if r[commitment_list.Col.REF] == REF)
        assert "\ufffd" in title and title.startswith("Увели") and title.endswith("в Китай")
    finally:
        db.close()


@pytest.mark.slow
def test_command_line_list_and_both_exports_show_the_damaged_title(
    damaged: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = damaged
    assert cli_main(["--db", str(path), "list"]) == 0
    out = capsys.readouterr().out
    line = next(line for line in out.splitlines() if line.startswith(REF))
    assert "\ufffd" in line and "в Китай" in line

    xlsx = tmp_path / "damaged.xlsx"
    assert cli_main(["--db", str(path), "export", "xlsx", "-o", str(xlsx)]) == 0
    sheet = openpyxl.load_workbook(xlsx)["Commitments"]
    header = [cell.value for cell in sheet[1]]
    ref_col, title_col = header.index("Reference"), header.index("Commitment")
    titles = {row[ref_col].value: row[title_col].value for row in sheet.iter_rows(min_row=2)}
    assert "\ufffd" in titles[REF] and titles[REF].endswith("в Китай")

    pdf = tmp_path / "damaged.pdf"
    assert cli_main(["--db", str(path), "export", "pdf", "-o", str(pdf)]) == 0
    text = " ".join(
        subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout.split()
    )
    assert REF in text and "Увели" in text and "в Китай" in text


@pytest.mark.gui
def test_the_window_lists_the_damaged_title(damaged: tuple[Path, Path], qtbot: Any, qapp: Any) -> None:
    from desktop.ui.application import prepare_app
    from desktop.ui.main_window import MainWindow

    path, _ = damaged
    prepare_app(qapp)
    db = open_database(path)
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    try:
        qtbot.waitUntil(lambda: all(p.is_loaded for p in window.pages.values()), timeout=10_000)
        model = window.commitments.view.model()
        shown = [str(model.index(r, c).data()) for r in range(model.rowCount()) for c in range(model.columnCount())]
        assert any("\ufffd" in text and "в Китай" in text for text in shown)
    finally:
        window.close()
        db.close()


def test_check_of_a_sound_register_on_each_engine(demo_target: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main(["--db", demo_target, "check"]) == 0
    out = capsys.readouterr().out
    assert "ok (" in out and ("every record's text checked" in out or "every record read back" in out), out


def test_every_way_of_fetching_reads_past_the_damaged_value(tmp_path: Path) -> None:
    import sqlite3
    from contextlib import closing

    from sqlalchemy import text

    from desktop.storage.engine import make_engine

    path = tmp_path / "rows.sqlite3"
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT)")
        conn.executemany("INSERT INTO t (a) VALUES (?)", [(f"ok{i}",) for i in range(10)])
        conn.execute("UPDATE t SET a = CAST(x'41ff42' AS TEXT) WHERE id = 5")
        conn.commit()
    expected = [f"ok{i}" for i in range(4)] + ["A\ufffdB"] + [f"ok{i}" for i in range(5, 10)]
    for way in ("all", "many", "one"):
        engine = make_engine(path)  # a new connection each time: the fallback starts from sqlite3's fast path
        try:
            with engine.connect() as conn:
                result = conn.execute(text("SELECT a FROM t ORDER BY id"))
                if way == "all":
                    rows = result.all()
                elif way == "many":
                    rows = result.fetchmany(3) + result.fetchmany(3) + result.fetchall()
                else:
                    rows = [row for row in iter(result.fetchone, None)]
                assert [r[0] for r in rows] == expected, way
        finally:
            engine.dispose()
