"""Issue 14's report faults, each read back from the file a manager prints (pdftotext, openpyxl)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import openpyxl
import openpyxl.utils
import pytest

from desktop.domain import palette
from desktop.domain.filters import CommitmentFilter
from desktop.domain.messages import Message
from desktop.reports import pdf_fonts
from desktop.reports.pdf import write_pdf
from desktop.reports.pdf_text import Wrapper, clean, face_for, markup
from desktop.services import lookups
from desktop.services.reporting import dataset
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


@pytest.mark.slow
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


@pytest.mark.slow
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
    assert " ".join(text.split()).count("▲ OVERDUE") == data.overdue
    # Beside the rows, the summary marks its overdue and executed-late rows with the same symbol.
    assert text.count("▲") == data.overdue + 2
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


@pytest.mark.slow
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


def _workbook(db: Database, path: Path, **kw: bool) -> openpyxl.Workbook:
    from desktop.reports.excel import write_workbook

    write_workbook(dataset.build(db, None, TODAY), path, **kw)
    return openpyxl.load_workbook(path)


def test_summary_selection_wraps_above_the_chart(demo_db: Database, tmp_path: Path) -> None:
    from desktop.reports.excel import write_workbook

    long_filter = CommitmentFilter(text="phytosanitary " * 30)
    data = dataset.build(demo_db, long_filter, TODAY)
    write_workbook(data, tmp_path / "r.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "r.xlsx")["Summary"]
    assert "B4:I4" in {str(r) for r in ws.merged_cells.ranges}
    assert ws["B4"].alignment.wrap_text and ws.row_dimensions[4].height >= 30  # several lines, all shown
    anchor = ws._charts[0].anchor._from
    assert anchor.row + 1 > 4  # the chart starts below the selection


def test_summary_by_body_numbers_under_their_headers(demo_db: Database, tmp_path: Path) -> None:
    ws = _workbook(demo_db, tmp_path / "r.xlsx")["Summary"]
    header_row = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "Body")
    headers = [ws.cell(header_row, c).value for c in range(1, 10)]
    assert headers[6] == "Overdue" and headers[8] == "Average progress"
    data = dataset.build(demo_db, None, TODAY)
    for offset, body in enumerate(data.per_body(), 1):
        row = [ws.cell(header_row + offset, c).value for c in range(1, 10)]
        assert row[6] == body.overdue and row[7] == body.total
    for column in range(2, 10):  # numbers are right-aligned by Excel: so are their headers
        assert ws.cell(header_row, column).alignment.horizontal == "right"


def test_every_sheet_prints_landscape_one_page_wide(demo_db: Database, tmp_path: Path) -> None:
    wb = _workbook(demo_db, tmp_path / "r.xlsx")
    assert "History" not in wb.sheetnames  # off by default
    for ws in wb.worksheets:
        assert ws.page_setup.orientation == "landscape", ws.title
        assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
        assert ws.page_setup.fitToHeight == 0
    bodies = wb["Bodies"]
    last = bodies.print_area.split(":")[1].split("$")[1]
    headers = [c.value for c in bodies[1]]
    assert "Average progress" in headers[: openpyxl.utils.column_index_from_string(last)]
    commitments = wb["Commitments"]
    printed = openpyxl.utils.column_index_from_string(commitments.print_area.split(":")[1].split("$")[1])
    width = sum(commitments.column_dimensions[openpyxl.utils.get_column_letter(c)].width for c in range(1, printed + 1))
    assert width <= 260  # fit to one A4 page wide at ≥ 55 %: about 6 pt or more, not 4


@pytest.mark.slow
def test_rows_sized_to_their_wrapped_text_and_headers_not_clipped(demo_db: Database, tmp_path: Path) -> None:
    from desktop.reports.xlsx_cells import text_lines

    add_commitments(demo_db, 2, title="A very long commitment title that wraps over several lines " * 3, prefix="L")
    ws = _workbook(demo_db, tmp_path / "r.xlsx")["Commitments"]
    widths = {c: ws.column_dimensions[openpyxl.utils.get_column_letter(c)].width for c in range(1, 17)}
    for row in range(2, ws.max_row + 1):
        lines = max(text_lines(ws.cell(row, c).value, widths[c]) for c in (3, 5, 7, 14))
        height = ws.row_dimensions[row].height
        assert (height or 15) >= 15 * lines, (row, lines, height)
    header_lines = max(text_lines(ws.cell(1, c).value, widths[c]) for c in range(1, 17))
    assert ws.row_dimensions[1].height >= 15 * header_lines


@pytest.mark.slow
def test_history_sheet_only_when_asked(demo_db: Database, tmp_path: Path) -> None:
    assert "History" in _workbook(demo_db, tmp_path / "h.xlsx", with_history=True).sheetnames
    db_path = tmp_path / "cli.sqlite3"
    from desktop.services import demo
    from desktop.storage.database import open_database

    db = open_database(db_path)
    demo.load_demo(db)
    db.close()
    base = [sys.executable, "main.py", "--db", str(db_path), "export", "xlsx", "--quiet"]
    subprocess.run([*base, "-o", str(tmp_path / "a.xlsx")], check=True, capture_output=True)
    subprocess.run([*base, "-o", str(tmp_path / "b.xlsx"), "--with-history"], check=True, capture_output=True)
    assert "History" not in openpyxl.load_workbook(tmp_path / "a.xlsx").sheetnames
    assert "History" in openpyxl.load_workbook(tmp_path / "b.xlsx").sheetnames


@pytest.mark.slow
def test_full_edition_bookmarks_cover_block_and_language(demo_db: Database, tmp_path: Path) -> None:
    from pypdf import PdfReader

    _sections_register(demo_db)
    data = dataset.build(demo_db, None, TODAY)
    data.classification, data.prepared_by, data.approved_by = "For official use", "A. Clerk", "B. Minister"
    path = write_pdf(data, tmp_path / "r.pdf")
    reader = PdfReader(path)
    marks: list[tuple[str, int]] = []

    def walk(items: list) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                marks.append((item.title, reader.get_destination_page_number(item) + 1))

    walk(reader.outline)
    titles = [t for t, _ in marks]
    assert titles[0] == "Summary" and titles[-1] == "Annex. Agreements"
    assert "1.1 Subcommittee on Agricultural Cooperation" in titles
    pages = [p for _, p in marks]
    assert pages == sorted(pages) and pages[-1] > 1  # each bookmark on its own section's page
    for title, page in marks:  # the heading is on the page the bookmark opens
        assert title.split(" ", 1)[-1] in " ".join(pdftotext(path, page).split())
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"
    first = " ".join(pdftotext(path, 1).split())
    assert "FOR OFFICIAL USE" in first and "Prepared by" in first and "Approved by" in first
    assert "A. Clerk" in first and "B. Minister" in first
    assert all("FOR OFFICIAL USE" in page for page in _pages(path))


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_column_headings_shrink_rather_than_break_inside_a_word(
    demo_db: Database, tmp_path: Path, language: str
) -> None:
    """«Басталмаған» used to print as «Басталмағ / ан» over the narrow per-body columns."""
    data = dataset.build(demo_db, None, TODAY, language=language)
    path = write_pdf(data, tmp_path / f"r-{language}.pdf")
    words = set(pdftotext(path).split())
    headings = [dataset.label(s, language) for s in dataset.STATUS_ORDER]
    headings += [data.t(Message(m)) for m in ("Overdue", "Total", "Average progress", "Progress")]
    for heading in headings:
        for word in heading.split():
            assert word in words, (language, heading)
