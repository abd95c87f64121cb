"""The one-page agreement card, from the command line and from File → Print agreement card."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog

from desktop.reports.card import write_card_pdf
from desktop.services import demo
from desktop.services.reporting.card import build_card
from desktop.storage.database import Database, open_database
from tests.test_pdf_report import pdftotext
from tests.test_report_as_of import engine_db  # noqa: F401
from tests.test_reports_dataset import add_commitments

REF = "KZ-CN-2024-05-20/1"


def test_card_has_everything_on_one_page(engine_db: Database, tmp_path: Path) -> None:  # noqa: F811
    demo.load_demo(engine_db)
    card = build_card(engine_db, REF)
    path = write_card_pdf(card, tmp_path / "card.pdf")
    assert len(PdfReader(path).pages) == 1
    text = " ".join(pdftotext(path).split())
    for expected in (
        REF,
        "Parties",
        "China",
        "Signatories",
        "Bodies it created",
        "Subcommittee on Agricultural Cooperation",
        "Status history of the agreement",
        "KZ-CN-2024/04",
    ):
        assert expected in text, expected
    assert text.count("▲") == sum(1 for c in card.commitments if c[4])


@pytest.mark.slow
def test_card_of_a_big_agreement_stays_on_one_page(db: Database, tmp_path: Path) -> None:
    demo.load_demo(db)
    add_commitments(db, 80, prefix="CARD")
    from sqlalchemy import update
    from sqlmodel import select

    from desktop.domain.models import Agreement, Commitment

    with db.write() as session:
        agreement = session.exec(select(Agreement).where(Agreement.reg_number == REF)).one()
        session.execute(update(Commitment).where(Commitment.ref.like("CARD-%")).values(agreement_id=agreement.id))
    path = write_card_pdf(build_card(db, REF), tmp_path / "card.pdf")
    assert len(PdfReader(path).pages) == 1
    assert "more" in pdftotext(path)


@pytest.mark.slow
def test_cli_card_and_unknown_number(tmp_path: Path) -> None:
    db_path = tmp_path / "r.sqlite3"
    db = open_database(db_path)
    demo.load_demo(db)
    db.close()
    base = [sys.executable, "main.py", "--db", str(db_path), "export", "card"]
    done = subprocess.run([*base, REF, "-o", str(tmp_path / "c")], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "c.pdf").read_bytes().startswith(b"%PDF")
    wrong = subprocess.run([*base, "NO-SUCH", "-o", str(tmp_path / "x.pdf")], capture_output=True, text=True)
    assert wrong.returncode != 0 and "NO-SUCH" in wrong.stderr and not (tmp_path / "x.pdf").exists()


@pytest.mark.gui
def test_file_menu_prints_the_selected_agreements_card(
    qapp: QApplication, qtbot: Any, demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.ui.application import prepare_app
    from desktop.ui.main_window import MainWindow

    prepare_app(qapp)
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    window.show()
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(tmp_path / "card.pdf"), ""))
    window.show_page("agreements")
    page = window.pages["agreements"]
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10000)
    target_id = next(page.model.row_id(r) for r in range(page.model.rowCount()) if REF in str(page.model.row(r)))
    page.select_id(target_id)
    assert window.report_actions.act_card in window.file_menu.actions()
    window.report_actions.act_card.trigger()
    qtbot.waitUntil(lambda: opened == [str(tmp_path / "card.pdf")], timeout=20000)
    assert REF in " ".join(pdftotext(tmp_path / "card.pdf").split())
    window.ctx.wait_idle()


def test_the_card_names_the_parties_in_its_language(demo_db: Any, tmp_path: Path) -> None:
    card = build_card(demo_db, "KZ-CN-2024-05-20/1", language="kk")
    pdf = write_card_pdf(card, tmp_path / "card-kk.pdf")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    parties = next(line for line in text.splitlines() if line.startswith("Тараптар"))
    assert "Қытай Халық Республикасы" in parties and "Қазақстан Республикасы" in parties and "China" not in parties
