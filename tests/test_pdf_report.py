"""The PDF report, read back with poppler: text in three scripts, embedded fonts, marks, pages, metadata,
and table cells that wrap inside their columns."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop.domain.filters import CommitmentFilter
from desktop.reports import pdf_fonts
from desktop.reports.files import ExportError
from desktop.reports.pdf import write_pdf
from desktop.reports.pdf_layout import MAX_ROW, RowMaker, chunks
from desktop.reports.pdf_text import Wrapper, face_for
from desktop.services import commitments
from desktop.services.progress import Cancelled
from desktop.services.records import CommitmentData
from desktop.services.reporting import dataset
from desktop.storage.database import Database
from tests.test_reports_dataset import HOSTILE, TODAY, add_commitments


def pdftotext(path: Path, *pages: int) -> str:
    args = ["pdftotext", "-layout"]
    if pages:
        args += ["-f", str(pages[0]), "-l", str(pages[-1])]
    return subprocess.run([*args, str(path), "-"], capture_output=True, text=True, check=True).stdout


def squeeze(text: str) -> str:
    return " ".join(text.split())


def report(db: Database, path: Path, flt: CommitmentFilter | None = None, **kw: str) -> Path:
    write_pdf(dataset.build(db, flt or CommitmentFilter(), TODAY, **kw), path)
    return path


def test_demo_report_text_in_three_scripts(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.write() as session:
        commitments.save_in(
            session,
            CommitmentData(
                title="Әріптестік: ә ғ қ ң ө ұ ү һ і, ₸ 1 000",
                ref="KK-1",
                agency="Қазақстан Республикасының Сыртқы істер министрлігі",
            ),
        )
    path = report(demo_db, tmp_path / "r.pdf")
    text = pdftotext(path)
    flat = squeeze(text)
    assert "Status report on commitments" in flat
    assert "Selection All commitments" in flat and "Status as of 1 Jun 2026" in flat
    assert "1. Kazakh-Chinese Cooperation Committee" in flat
    assert "1.1 Subcommittee on Agricultural Cooperation" in flat or "1.1 Subcommittee on Innovation" in flat
    assert "2. No body" in flat
    assert "Annex. Agreements" in flat
    assert {"Ауыл", "шаруашылығы", "өнімдерін"} <= set(flat.split())  # Kazakh: ы ғ ө
    words = set(flat.split())  # a cell's lines sit beside other cells' lines in the page text
    assert set("Әріптестік: ә ғ қ ң ө ұ ү һ і, ₸ 1 000".split()) <= words
    assert {"Увеличить", "несырьевой", "экспорт"} <= words  # Russian
    assert "农业合作分委会" in flat and "王毅" in flat  # Chinese
    pages = PdfReader(path).pages
    assert f"Page 1 of {len(pages)}" in flat and f"Page {len(pages)} of {len(pages)}" in flat
    assert "generated" in flat


def test_every_font_is_embedded(demo_db: Database, tmp_path: Path) -> None:
    path = report(demo_db, tmp_path / "r.pdf")
    lines = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout.splitlines()
    fonts = lines[2:]
    assert len(fonts) >= 3
    names = " ".join(fonts)
    assert "DejaVuSans" in names and "WenQuanYi" in names and "Helvetica" not in names
    for line in fonts:
        assert line.split()[-5] == "yes", line  # the "emb" column


def test_overdue_marked_in_words(demo_db: Database, tmp_path: Path) -> None:
    text = pdftotext(report(demo_db, tmp_path / "r.pdf"))
    # As of 1 June 2026 three open commitments are past due: 2025-06-30, 2025-12-31, 2026-03-31.
    assert text.count("OVERDUE") == 3
    for line in text.splitlines():
        if "2026-12-31" in line and "KZ-CN-2024/01" in line:
            assert "OVERDUE" not in line


def test_metadata_without_paths_or_user(demo_db: Database, tmp_path: Path) -> None:
    path = report(demo_db, tmp_path / "r.pdf", title="Kazakhstan–China: status")
    meta = PdfReader(path).metadata
    assert meta.title == "Kazakhstan–China: status"
    assert meta.author == "Kelisim" and meta.subject == "All commitments"
    # Every object and stream expanded (the tagged PDF packs objects into compressed streams), then searched.
    import pikepdf

    expanded = tmp_path / "expanded.pdf"
    with pikepdf.open(path) as pdf:
        pdf.save(expanded, object_stream_mode=pikepdf.ObjectStreamMode.disable, compress_streams=False, qdf=True)
    raw = expanded.read_bytes()
    assert b"Kelisim" in raw  # the expansion is readable: the author's name is found
    assert str(tmp_path).encode() not in raw and b"test-clerk" not in raw


def test_hostile_markup_prints_literally(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.write() as session:
        for index, text in enumerate(HOSTILE):
            commitments.save_in(
                session, CommitmentData(title=text, agency="S&P 500 <i>", ref=f"H-{index}", sector="Hostile")
            )
    path = report(demo_db, tmp_path / "h.pdf", CommitmentFilter(sector="hostile"), title="<b>Report & co</b>")
    flat = squeeze(pdftotext(path))
    assert "<b>Report & co</b>" in flat
    assert "<b>bold &" in flat and "<img" in flat and "src='/etc/passwd'/>" in flat
    assert "<a" in flat and "href='http://x'>link</a>" in flat
    assert '=HYPERLINK("http://x","y")' in flat and "@SUM(A1)" in flat and "#N/A" in flat
    assert "S&P 500 <i>" in flat


@pytest.mark.slow
def test_long_titles_wrap_and_long_tables_repeat_the_header(demo_db: Database, tmp_path: Path) -> None:
    long_title = (
        "Ensure the joint working group on phytosanitary access completes the list of agricultural "
        "products for export, including grain, oil seeds, meat and dairy products, and then publishes it "
        "in full"
    )
    assert len(long_title) >= 190
    add_commitments(demo_db, 300, title=long_title)
    report_title = "Quarterly status of the commitments of the Kazakh-Chinese Cooperation Committee " * 2 + "finis"
    assert len(report_title) >= 160
    path = report(demo_db, tmp_path / "long.pdf", title=report_title)
    reader = PdfReader(path)
    assert len(reader.pages) > 8
    texts = [page.extract_text() for page in reader.pages]  # pypdf's extraction is the slow part: once a page
    headers = sum(1 for text in texts if "Ref." in text and "Progress" in text)
    section_pages = [i for i, text in enumerate(texts) if "GEN-" in text]
    assert headers >= len(section_pages)  # every page of the long section shows the column header
    page_text = pdftotext(path, section_pages[1] + 1)
    assert "Ref." in page_text
    # Wrapped, not cut: the end of the 200-character title is on the page.
    assert "publishes it in full" in squeeze(page_text)
    assert report_title in squeeze(pdftotext(path, 1))  # the title block wraps it whole


def test_render_pages_to_png(demo_db: Database, tmp_path: Path) -> None:
    path = report(demo_db, tmp_path / "r.pdf")
    subprocess.run(["pdftoppm", "-png", "-r", "40", str(path), str(tmp_path / "page")], check=True)
    pngs = sorted(tmp_path.glob("page-*.png"))
    assert len(pngs) == len(PdfReader(path).pages)
    assert all(p.stat().st_size > 2000 for p in pngs)


@pytest.mark.slow
def test_cancel_leaves_no_file(demo_db: Database, tmp_path: Path) -> None:
    add_commitments(demo_db, 250)
    out = tmp_path / "out"
    out.mkdir()
    seen = []

    def cancel_on_first_table(done: int, total: int | None = None, message: str = "") -> None:
        seen.append(done)
        if done > 0:
            raise Cancelled()

    with pytest.raises(Cancelled):
        write_pdf(dataset.build(demo_db, CommitmentFilter(), TODAY), out / "r.pdf", cancel_on_first_table)
    assert list(out.iterdir()) == []
    assert seen[-1] > 0


def test_missing_folder_message(demo_db: Database, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist") as caught:
        report(demo_db, tmp_path / "absent" / "r.pdf")
    assert "absent" in str(caught.value)


def test_empty_selection_still_makes_a_report(demo_db: Database, tmp_path: Path) -> None:
    path = report(demo_db, tmp_path / "e.pdf", CommitmentFilter(text="no such words anywhere"))
    flat = squeeze(pdftotext(path))
    assert "No commitment matches this selection." in flat
    assert "Text: “no such words anywhere”" in flat


# --- Table cells: one face per cell, pre-wrapped plain lines, no overrun ---

CHINESE_TITLE = ("扩大农业合作并制定路线图，" * 80)[:1000]


def test_one_face_per_cell() -> None:
    pdf_fonts.register()
    assert face_for("Plain English & <b>") == pdf_fonts.MAIN
    assert face_for("Қазақ тілі: ә ғ қ ң ө ұ ү һ і, ₸ 500") == pdf_fonts.MAIN  # DejaVu has Kazakh and ₸
    # Latin and Cyrillic beside Chinese print in the main face, the Chinese in its own: a paragraph of runs.
    assert face_for("王毅 (Wang Yi), Мұрат Нұртілеу") is None
    assert face_for("农业农村部，2024年") == pdf_fonts.CJK  # Chinese with digits: one face
    assert face_for("王毅 ₸ 500") is None  # needs both faces: a paragraph


@pytest.mark.parametrize(
    ("face", "text"),
    [
        ("MAIN", "Ensure the joint working group on phytosanitary access completes the list of agricultural products"),
        ("MAIN", "Ауыл шаруашылығы өнімдерін Қытай нарығына жеткізуге фитосанитариялық рұқсаттарды кеңейту"),
        ("CJK", "中华人民共和国海关总署（２０２４）与哈萨克斯坦共和国农业部签署议定书。" * 3),
        ("MAIN", "KZ-CN-2024/01-03-LONG-REFERENCE-WITHOUT-SPACES/AND/SLASHES"),
        ("MAIN", "x" * 300),
    ],
    ids=["english", "kazakh", "chinese", "reference", "one-long-word"],
)
def test_wrapped_lines_fit_and_keep_every_character(face: str, text: str) -> None:
    pdf_fonts.register()
    name = getattr(pdf_fonts, face)
    for avail in (40.0, 73.4, 149.9):
        lines = Wrapper(name, 8).lines(text, avail)
        assert len(lines) > 1
        for line in lines:
            assert stringWidth(line, name, 8) <= avail + 1e-6, (avail, line)
            assert line[:1] not in "，。）" or not line  # closing punctuation never starts a line
        assert "".join(lines).replace(" ", "") == text.replace(" ", "")


def test_a_row_taller_than_a_page_continues_on_the_next(tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    widths = (30 * mm, 40 * mm, 100 * mm)
    maker = RowMaker(widths)
    long_text = " ".join(f"Signatory{n} Name{n}" for n in range(900))
    rows = maker.row(("REF-1", long_text, "short"), count=1)
    assert len(rows) > 1 and all(r.height <= MAX_ROW + 10 for r in rows)
    assert sum(r.completes for r in rows) == 1
    assert " ".join(r.values[1].replace("\n", " ") for r in rows) == long_text
    header = RowMaker(widths, header=True).row(("Ref.", "Names", "Note"))[0]
    path = tmp_path / "tall.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build(chunks(None, header, rows, widths))
    flat = squeeze(pdftotext(path))
    assert "Signatory0 Name0" in flat and "Signatory899 Name899" in flat


@pytest.mark.slow
def test_long_chinese_title_and_reference_stay_in_their_columns(demo_db: Database, tmp_path: Path) -> None:
    from desktop.reports.pdf import COMMITMENT_WIDTHS, MARGIN

    reference = "KZ-CN-2024/01-03-LONG-REFERENCE"
    with demo_db.write() as session:
        commitments.save_in(session, CommitmentData(title=CHINESE_TITLE, ref=reference, agency="农业农村部 " * 40))
        commitments.save_in(session, CommitmentData(title="王毅: ₸ 1 000 <b>&amp; <img src='x'/>", ref="MIX-1"))
    path = report(demo_db, tmp_path / "cjk.pdf")
    flat = squeeze(pdftotext(path))
    # Two faces in one cell (a paragraph), its markup printed literally; it wraps after "<img".
    assert "王毅: ₸ 1 000 <b>&amp; <img" in flat and "src='x'/>" in flat
    # Too long for its column: broken after separators, all of it there.
    assert "KZ-CN-2024/01- " in flat and "03-LONG- " in flat and "REFERENCE" in flat
    left = MARGIN + COMMITMENT_WIDTHS[0]
    right = left + COMMITMENT_WIDTHS[1]
    boxes = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True).stdout
    word = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>')
    column = []  # the title's lines, page by page, top to bottom
    for page in boxes.split("<page ")[1:]:
        found = [
            (float(m[2]), float(m[1]), float(m[3]), m[4])
            for m in word.finditer(page)
            if "扩" in m[4] or "图" in m[4] or "路" in m[4]
        ]
        for _top, x_min, x_max, text in sorted(found):
            assert left - 0.5 <= x_min and x_max <= right + 0.5, (x_min, x_max, text)  # never overruns
            column.append(text)
    assert len(column) > 50  # dozens of lines, on two pages or more
    assert "".join(column) == CHINESE_TITLE  # every character, in order


@pytest.mark.slow
def test_progress_counts_every_commitment(demo_db: Database, tmp_path: Path) -> None:
    add_commitments(demo_db, 450)
    data = dataset.build(demo_db, CommitmentFilter(), TODAY)
    seen: list[tuple[int, int | None]] = []
    write_pdf(data, tmp_path / "p.pdf", lambda done, total=None, message="": seen.append((done, total)))
    counted = [done for done, _total in seen[1:-1]]
    assert counted == sorted(counted) and len(counted) > 5  # table by table, never backwards
    assert seen[-2] == (len(data.commitments), len(data.commitments))  # the chunks add up, splits included


@pytest.mark.parametrize(
    "text",
    [
        "Мұрат Иванова 38 (中华人民共和国商务部), Ольга Smith 101 (中华人民共和国商务部) + Wang Нұртілеу 31 "
        "(Ministry of Foreign Affairs)",
        "扩大与People's Republic of China (4)在水资源领域的合作",
        "王毅 ₸ 500 000, 农业农村部 Қазақстан Республикасының Сыртқы істер министрлігі",
    ],
    ids=["people", "title", "tenge"],
)
def test_two_face_cells_break_where_a_paragraph_breaks(text: str) -> None:
    """Cells that need both faces are drawn as runs, no longer as paragraphs: their lines are the paragraph's."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    from desktop.reports.pdf_text import MixedWrapper, markup, runs

    pdf_fonts.register()
    style = ParagraphStyle("cell", fontName=pdf_fonts.MAIN, fontSize=8, leading=10)
    for avail in (50.0, 60.0, 87.54, 120.0, 150.0):
        para = Paragraph(markup(text), style)
        para.wrap(avail, 1e6)
        expected = [" ".join("".join(getattr(w, "text", "") for w in line.words).split()) for line in para.blPara.lines]
        assert MixedWrapper(8).lines(text, avail) == expected, avail
    faces = {face for face, _ in runs(text)}
    assert faces == {pdf_fonts.MAIN, pdf_fonts.CJK}
    assert "".join(run for _, run in runs(text)) == text


def test_two_face_cells_print_every_run(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.write() as session:
        commitments.save_in(
            session,
            CommitmentData(
                title="在Beijing举行农业工作组会议 & <b>not bold</b>",
                ref="ZH-MIX-1",
                agency="中华人民共和国商务部 (Ministry of Commerce), ₸ 1 000",
            ),
        )
    path = report(demo_db, tmp_path / "r.pdf")
    text = pdftotext(path)
    for piece in ("在Beijing举行农业工作组会议 &", "<b>not bold</b>", "中华人民共和国商务部", "Commerce), ₸ 1 000"):
        assert piece in text, piece


def test_structure_tree_packed_in_one_pass(demo_db: Database, tmp_path: Path) -> None:
    """The structure tree is written in compressed object streams by reportlab's own pass: the file is a
    valid PDF 1.5 with a cross-reference stream, and every structure element is reachable."""
    import pikepdf

    path = report(demo_db, tmp_path / "r.pdf")
    raw = path.read_bytes()
    assert raw.startswith(b"%PDF-1.5")
    assert b"/Type /ObjStm" in raw and b"/Type /XRef" in raw and b"ASCII85Decode" not in raw
    checked = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True, check=False)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    with pikepdf.open(path) as pdf:
        root = pdf.Root.StructTreeRoot
        assert root.K[0].S == "/Document"
        assert int(root.ParentTreeNextKey) == len(pdf.pages)
        roles: set[str] = set()
        stack = [root.K[0]]
        while stack:
            element = stack.pop()
            roles.add(str(element.S))
            stack += [kid for kid in element.get("/K", []) if isinstance(kid, pikepdf.Dictionary) and "/S" in kid]
        assert {"/Document", "/H1", "/Table", "/TR", "/TH", "/TD", "/P"} <= roles


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_a_moved_deadline_note_keeps_its_words_whole_in_the_due_column(language: str) -> None:
    """The "moved ×2" under a due date, in the regular and the bold (overdue) face: the narrow Due column holds each
    word whole (Kazakh «ауыстырылды» did not fit and broke inside the word)."""
    from desktop.domain.catalogue import render
    from desktop.domain.messages import Message
    from desktop.reports.pdf import commitment_widths
    from desktop.reports.pdf_layout import PAD_X

    pdf_fonts.register()
    phrase = render(Message("moved ×{0}", 2), language)
    inner = commitment_widths(language)[3] - 2 * PAD_X
    for face in (pdf_fonts.MAIN, pdf_fonts.BOLD):
        lines = Wrapper(face, 8).lines(phrase, inner)
        assert [word for line in lines for word in line.split()] == phrase.split(), (face, lines)
