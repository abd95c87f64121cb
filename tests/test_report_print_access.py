"""PDFs read on a black-and-white printer and by a screen reader: no row told apart by colour alone, headings that
do not run together, and what a reader needs beside the structure tree (test_report_tagged_pdf checks the tags)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from desktop.domain.models import Commitment
from desktop.reports.card import write_card_pdf
from desktop.reports.pdf import write_pdf
from desktop.reports.pdf_briefing import write_briefing_pdf
from desktop.services import commitments
from desktop.services.reporting import dataset
from desktop.services.reporting.briefing_sql import build_briefing_sql
from desktop.services.reporting.card import build_card
from desktop.storage.database import Database
from tests.test_pdf_report import pdftotext

LANGUAGES = {"en": "en-GB", "ru": "ru-RU", "kk": "kk-KZ"}


def _late(db: Database) -> None:
    """One commitment completed today although it was due in the past: executed late."""
    with db.read() as session:
        due = session.scalar(
            select(Commitment.id)
            .where(Commitment.due_date < date.today(), Commitment.status.in_(["in_progress", "not_started"]))
            .order_by(Commitment.id)
        )
    assert due is not None
    commitments.change_status(db, due, "completed", "done at last", letter_number="3", letter_date=date.today())


def _runs(path: Path, page: int = 0) -> list[tuple[str, str]]:
    """(text, font name) of every text run drawn on a page, in drawing order."""
    runs: list[tuple[str, str]] = []

    def visit(text: str, _cm: Any, _tm: Any, font: Any, _size: Any) -> None:
        if text.strip() and font is not None:
            runs.append((text.strip(), str(font.get("/BaseFont", ""))))

    PdfReader(str(path)).pages[page].extract_text(visitor_text=visit)
    return runs


def test_summary_rows_are_marked_without_colour(demo_db: Database, tmp_path: Path) -> None:
    _late(demo_db)
    data = dataset.build(demo_db, None, date.today())
    assert data.executed_late >= 1 and data.overdue >= 1
    runs = _runs(write_pdf(data, tmp_path / "full.pdf"))
    for label in ("Executed late", "Overdue (open, past due)"):
        run = next((text, font) for text, font in runs if label in text)
        assert run[0].startswith("▲"), run  # a symbol…
        assert run[1].endswith("Sans-Bold"), run  # …and the weight, as the overdue rows have
    # "Executed on time" is neither: the marks tell the rows apart, not the ink.
    plain = next((text, font) for text, font in runs if "Executed on time" in text)
    assert not plain[0].startswith("▲") and not plain[1].endswith("Bold")


def test_briefing_headings_do_not_run_together_in_kazakh(demo_db: Database, tmp_path: Path) -> None:
    b = build_briefing_sql(demo_db, None, date.today(), since=date.today() - timedelta(days=3650), language="kk")
    text = pdftotext(write_briefing_pdf(b, tmp_path / "kk.pdf"))
    assert "Мерзімі" in text and "Орындалды" in text
    assert "ОрындалдыМерзімі" not in text.replace(" ", "")  # the two headings overprinted each other


def test_the_annex_keeps_a_registration_number_whole(demo_db: Database, tmp_path: Path) -> None:
    data = dataset.build(demo_db, None, date.today())
    text = pdftotext(write_pdf(data, tmp_path / "full.pdf"))
    annex = text[text.index("Annex") :]
    assert "KZ-CN-2024-05-20/1" in annex


def _ordered(text: str, *parts: str) -> bool:
    found = [text.find(p) for p in parts]
    return all(i >= 0 for i in found) and found == sorted(found)


@pytest.mark.slow
@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_every_edition_says_what_a_screen_reader_needs(demo_db: Database, tmp_path: Path, language: str) -> None:
    """Language, metadata, title shown, bookmarks and a structure tree: read back with pypdf."""
    data = dataset.build(demo_db, None, date.today(), language=language)
    full = write_pdf(data, tmp_path / "full.pdf")
    brief = write_briefing_pdf(
        build_briefing_sql(demo_db, None, date.today(), since=date(2020, 1, 1), language=language),
        tmp_path / "brief.pdf",
    )
    card = write_card_pdf(build_card(demo_db, "KZ-CN-2024-05-20/1", language=language), tmp_path / "card.pdf")
    for path, outlined in ((full, True), (brief, True), (card, False)):
        reader = PdfReader(str(path))
        root = reader.trailer["/Root"]
        assert root["/Lang"] == LANGUAGES[language]
        assert bool(root["/ViewerPreferences"]["/DisplayDocTitle"])
        meta = reader.metadata
        assert meta is not None and meta.title and meta.author == "Kelisim" and meta.subject is not None
        assert "/StructTreeRoot" in root and root["/MarkInfo"]["/Marked"]  # tagged (pdf_tags)
        if outlined:
            assert root["/PageMode"] == "/UseOutlines" and len(reader.outline) >= 3
    # The text comes out in reading order: headings before their content, sections in turn.
    first = PdfReader(str(full)).pages[0].extract_text()
    assert _ordered(
        first,
        data.title,
        data.t(dataset.Message("Summary", context="Report")),
        data.t(dataset.Message("Commitments by body")),
    )
    text = "".join(p.extract_text() for p in PdfReader(str(brief)).pages)
    t = data.t
    assert _ordered(
        text,
        t(dataset.Message("Overdue commitments, longest overdue first")),
        t(dataset.Message("Changes since {0}", data.day(date(2020, 1, 1)))),
        t(dataset.Message("By committee (sub-bodies rolled up)")),
        t(dataset.Message("By responsible agency")),
        t(dataset.Message("By responsible party")),
    )
