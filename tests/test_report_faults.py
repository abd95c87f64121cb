"""Issue 14's report faults, each read back from the file a manager prints (pdftotext, openpyxl)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop.domain import palette
from desktop.domain.filters import CommitmentFilter
from desktop.reports import dataset, pdf_fonts
from desktop.reports.pdf import write_pdf
from desktop.reports.pdf_text import Wrapper, clean, face_for, markup
from desktop.services import lookups
from desktop.storage.database import Database
from tests.test_pdf_report import pdftotext
from tests.test_reports_dataset import TODAY, add_commitments

BODIES = (
    "Kazakh-Chinese Cooperation Committee",
    "Subcommittee on Agricultural Cooperation",
    "Subcommittee on Innovation Cooperation",
)


def _pages(path: Path) -> list[str]:
    text = pdftotext(path)
    return text.split("\f")[:-1] if text.endswith("\f") else text.split("\f")


def _sections_register(db: Database) -> None:
    """Sections of many lengths, so that headings land at every height of a page."""
    for index, count in enumerate((23, 41, 17, 9, 33)):
        add_commitments(db, count, body=BODIES[index % 3], prefix=f"S{index}")


def test_no_trailing_no_body_section_when_every_commitment_has_a_body(demo_db: Database, tmp_path: Path) -> None:
    body = lookups.body_id_by_name(demo_db, BODIES[1])
    data = dataset.build(demo_db, CommitmentFilter(body_id=body), TODAY)
    assert data.total and all(c.body_id is not None for c in data.commitments)
    path = write_pdf(data, tmp_path / "body.pdf")
    text = " ".join(pdftotext(path).split())
    assert "No body" not in text
    # The whole register has commitments without a body: then, and only then, the section is there.
    everything = write_pdf(dataset.build(demo_db, None, TODAY), tmp_path / "all.pdf")
    assert "No body" in " ".join(pdftotext(everything).split())


def test_a_section_heading_never_ends_a_page(demo_db: Database, tmp_path: Path) -> None:
    _sections_register(demo_db)
    data = dataset.build(demo_db, None, TODAY)
    refs = {c.ref for c in data.commitments}
    names = [data.body_name(b.id, b.name) for b in data.bodies] + ["No body"]
    heading = re.compile(r"^\s*\d+(\.\d+)*\.? (" + "|".join(re.escape(n) for n in names) + r")\s*$")
    path = write_pdf(data, tmp_path / "r.pdf")
    seen = 0
    for number, page in enumerate(_pages(path), 1):
        lines = [line for line in page.splitlines() if line.strip()]
        last = max((i for i, line in enumerate(lines) if heading.match(line)), default=None)
        if last is None:
            continue
        seen += 1
        below = " ".join(lines[last + 1 :])
        assert any(ref in below for ref in refs), f"page {number}: heading {lines[last].strip()!r} with no row under it"
    assert seen >= 4


def test_overdue_survives_greyscale_and_text_contrast() -> None:
    for foreground, background in palette.REPORT_TEXT_PAIRS:
        assert palette.contrast(foreground, background) >= 4.5, (foreground, background)
    assert palette.contrast("#C62828", "#CE93D8") < 3  # the old red on a status fill, as the issue measured


def test_overdue_rows_are_bold_with_a_symbol_and_a_rule(demo_db: Database, tmp_path: Path) -> None:
    from pypdf import PdfReader

    data = dataset.build(demo_db, None, TODAY)
    assert data.overdue
    path = write_pdf(data, tmp_path / "r.pdf")
    text = pdftotext(path)
    assert text.count("▲") == data.overdue == " ".join(text.split()).count("▲ OVERDUE")
    fonts = set()
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert any("Bold" in f for f in fonts)


def test_registration_numbers_never_break_at_a_slash() -> None:
    pdf_fonts.register()
    wrapper = Wrapper(pdf_fonts.MAIN, 8)
    for width in (40.0, 60.0, 75.0):
        for line in wrapper.lines("KZ-CN-2024-05-20/1", width)[:-1]:
            assert not line.endswith("/"), (width, line)


def test_latin_and_cyrillic_beside_chinese_print_in_their_own_face() -> None:
    pdf_fonts.register()
    text = "农业农村部 Ministry of Agriculture, Министерство"
    assert face_for(text) is None  # a paragraph of runs
    marked = markup(text)
    assert f'<font name="{pdf_fonts.CJK}">农业农村部</font>' in marked
    assert "Ministry of Agriculture, Министерство" in marked.split("</font>")[-1]


def test_an_emoji_prints_as_its_name_not_a_box() -> None:
    pdf_fonts.register()
    assert clean("Agreed 👍🏽 today") == "Agreed [THUMBS UP SIGN][EMOJI MODIFIER FITZPATRICK TYPE-4] today"
    assert clean("Қазақ 中文 ₸") == "Қазақ 中文 ₸"


@pytest.mark.parametrize("mixed", ["农业农村部 Ministry", "王毅 (Wang Yi)"])
def test_mixed_cells_in_the_pdf_keep_latin_in_the_main_face(demo_db: Database, tmp_path: Path, mixed: str) -> None:
    from pypdf import PdfReader

    add_commitments(demo_db, 3, title=mixed, prefix="MIX")
    path = write_pdf(dataset.build(demo_db, None, TODAY), tmp_path / "r.pdf")
    assert mixed.split()[0] in pdftotext(path)
    used: set[str] = set()

    def visitor(text: str, cm: object, tm: object, font: object, size: object) -> None:
        if font is not None and ("Ministry" in text or "Wang" in text):
            used.add(str(font.get("/BaseFont") if hasattr(font, "get") else font))

    for page in PdfReader(path).pages:
        page.extract_text(visitor_text=visitor)
    assert used and all("KelisimCJK" not in f and "WenQuanYi" not in f for f in used), used
