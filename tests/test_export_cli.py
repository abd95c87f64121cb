"""``kelisim export xlsx|pdf``: the same report as the window, with the list's filters and clear errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from desktop.cli import main
from desktop.storage.database import Database
from tests.engines import db_arg

ROOT = Path(__file__).resolve().parents[1]


def run(db: Database, *args: str) -> int:
    db.close()  # the command opens the file itself, like a second program would
    return main(["--db", db_arg(db), "export", *args])


def test_xlsx_with_filters(demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from datetime import UTC, datetime

    from sqlalchemy import update

    from desktop.domain.models import Commitment, StatusChange

    # --as-of reports the register as it stood that day: the demo records are dated before it.
    with demo_db.write() as session:
        session.execute(update(Commitment).values(created_at=datetime(2026, 1, 1, tzinfo=UTC)))
        session.execute(update(StatusChange).values(changed_at=datetime(2026, 1, 1, tzinfo=UTC)))
    out = tmp_path / "agri"
    code = run(
        demo_db,
        "xlsx",
        "-o",
        str(out),
        "--body",
        "Subcommittee on Agricultural Cooperation",
        "--status",
        "in progress,not_started",
        "--as-of",
        "2026-06-01",
    )
    assert code == 0
    written = tmp_path / "agri.xlsx"  # the extension is added when missing
    assert "agri.xlsx: 2 commitments (1 overdue)" in capsys.readouterr().out
    wb = openpyxl.load_workbook(written)
    selection, rebuilt = wb["Summary"]["B4"].value.split("\n")
    assert selection == (
        "Status: In progress and Not started; Body: Subcommittee on Agricultural Cooperation (with sub-bodies)"
    )
    assert rebuilt.startswith("Statuses rebuilt from the status history as they stood on 1 Jun 2026")
    assert sorted(r[0].value for r in wb["Commitments"].iter_rows(min_row=2)) == ["KZ-CN-2024/03", "KZ-CN-2024/04"]


def test_pdf_with_party_and_text(demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "china.pdf"
    assert run(demo_db, "pdf", "-o", str(out), "--party", "China", "--title", "Китай: статус") == 0
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Китай: статус" in text and "Responsible party: People's Republic of China" in " ".join(text.split())
    assert "KZ-CN-2024/04" in text and "KZ-CN-2024/01" not in text


def test_unknown_status_and_body_list_the_valid_ones(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = db_arg(demo_db)
    assert run(demo_db, "xlsx", "-o", str(tmp_path / "x.xlsx"), "--status", "done") == 1
    err = capsys.readouterr().err
    assert "unknown status 'done'" in err and "in_progress" in err and "on_hold" in err
    assert main(["--db", path, "export", "pdf", "-o", str(tmp_path / "x.pdf"), "--body", "Nowhere"]) == 1
    err = capsys.readouterr().err
    assert "unknown body “Nowhere”" in err and "Subcommittee on Innovation Cooperation" in err
    assert not list(tmp_path.glob("x.*"))


def test_missing_folder_is_a_clear_error(demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(demo_db, "pdf", "-o", str(tmp_path / "no" / "r.pdf")) == 1
    assert f"Cannot write {tmp_path / 'no' / 'r.pdf'}: the folder" in capsys.readouterr().err


@pytest.mark.slow
def test_help_documents_formats_and_filters() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "export", "xlsx", "--help"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    for option in (
        "--output",
        "--status",
        "--overdue",
        "--body",
        "--party",
        "--sector",
        "--agreement",
        "--due-after",
        "--due-before",
        "--text",
        "not_started, in_progress",
    ):
        assert option in done.stdout
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "export", "--help"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    assert "xlsx" in done.stdout and "pdf" in done.stdout
