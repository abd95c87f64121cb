"""The mechanisms that make the PDF report fast, each checked against the slow way it replaces: each distinct
cell's text made once per document, broken paragraphs and repeated words
remembered, one-scan character checks, the footer's fixed words drawn once, the collector paused, lines that break
only at spaces gathered word by word, each page deflated once, the built document freed without the collector."""

from __future__ import annotations

import errno
import gc
import io
import os
import random
import signal
import time
from pathlib import Path
from typing import Any

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas

from desktop.domain.filters import CommitmentFilter
from desktop.domain.messages import Message
from desktop.reports import pdf_fonts, pdf_layout, pdf_text
from desktop.reports.pdf import _Memo, _Phrase, write_pdf
from desktop.services.progress import Cancelled
from desktop.services.reporting import dataset
from desktop.storage.database import Database
from tests.test_pdf_report import pdftotext, squeeze
from tests.test_reports_dataset import TODAY, add_commitments

CELLS = [
    "Ministry of Foreign Affairs",
    "first line\nsecond line",
    "\nafter an empty line",
    "a\n\nb\n",
    "Қазақстан Республикасы\nМинистерство",
    "42\u00a0%",
    "₸ 1 000 — «кавычки» (скобки) \\ обратная",
]


@pytest.mark.parametrize("align", ["LEFT", "RIGHT", "CENTER"])
@pytest.mark.parametrize("valign", ["TOP", "MIDDLE", "BOTTOM"])
def test_a_cell_drawn_from_its_prepared_text_writes_what_line_by_line_drawing_writes(align: str, valign: str) -> None:
    pdf_fonts.register()
    canv = canvas.Canvas(io.BytesIO())
    fast, slow = pdf_layout._CellText(canv), pdf_layout._CellText(canv)
    for text in (fast, slow):
        text.setFont(pdf_fonts.MAIN, 8, pdf_layout.LEADING)
    style = pdf_layout.cell_style(pdf_fonts.MAIN, 8, "#000000", align, valign)
    for round_ in range(2):  # the second time from the document's cache
        fast._code, slow._code = ["BT"], ["BT"]
        for index, value in enumerate(CELLS):
            x, y, width, height = 10.0 * index, 500.0 - 40 * index, 120.0, 36.0
            opening = f"/TD <</MCID {index}>> BDC" if index % 2 else None
            fast.cell(value, style, x, y, width, height, opening)
            slow._plain(value, style, x, y, width, height, opening)
        assert fast.getCode() == slow.getCode(), round_  # the text objects as the page holds them


@pytest.mark.parametrize("valign", ["TOP", "MIDDLE", "BOTTOM"])
def test_a_two_face_cell_written_in_one_loop_is_what_face_by_face_drawing_writes(valign: str) -> None:
    pdf_fonts.register()
    canv = canvas.Canvas(io.BytesIO())
    fast, slow = pdf_layout._CellText(canv), pdf_layout._CellText(canv)
    style = pdf_layout.cell_style(pdf_fonts.MAIN, 8, "#000000", "LEFT", valign)
    texts = [
        "扩大与People's Republic of China (4)在水资源领域的合作",
        "Executor: Zhang Yi 93\n(中华人民共和国商务部)\n\nController: Ольга ₸ 1 000",
        "王毅: ₸ 1 000 <b>&amp; (скобки) \\ обратная",
    ]
    cells = [pdf_layout.MixedText(pdf_text.MixedWrapper(8).lines(text, 120.0)) for text in texts]

    def face_by_face(text: Any, value: Any, x: float, y: float, height: float) -> None:
        moves = text._line_moves(style, x, y, 120.0, height, len(value.lines), None)
        for line, _moved in zip(value.lines, moves, strict=True):
            for face, run in line:
                text._face(face)
                text._show(run)
        text._face(style.fontname)

    for round_ in range(2):  # the second time from the document's lines
        fast._code, slow._code = ["BT"], ["BT"]
        for text in (fast, slow):
            text.setFont(pdf_fonts.CJK if round_ else pdf_fonts.MAIN, 8, pdf_layout.LEADING)
        for index, value in enumerate(cells * 2):
            x, y, height = 10.0 * index, 500.0 - 40 * index, 120.0
            fast.mixed(value, style, x, y, 120.0, height)
            face_by_face(slow, value, x, y, height)
            assert (fast._font.fontName, fast._curSubset) == (slow._font.fontName, slow._curSubset)
        assert fast.getCode() == slow.getCode(), round_


def test_a_distinct_cell_is_prepared_once_per_document(monkeypatch: pytest.MonkeyPatch) -> None:
    pdf_fonts.register()
    canv = canvas.Canvas(io.BytesIO())
    canv.cell_cache = {}  # type: ignore[attr-defined]
    prepared: list[str] = []
    real = pdf_layout._CellText._prepare

    def counting(self: Any, value: str, style: Any) -> Any:
        prepared.append(value)
        return real(self, value, style)

    monkeypatch.setattr(pdf_layout._CellText, "_prepare", counting)
    style = pdf_layout.cell_style(pdf_fonts.MAIN, 8, "#000000", "LEFT", "TOP")
    for _table in range(3):  # each table has its own text object; the canvas keeps the prepared cells
        text = pdf_layout._CellText(canv)
        text.setFont(pdf_fonts.MAIN, 8, pdf_layout.LEADING)
        for value in ("Agency", "Agency", "Party"):
            text.cell(value, style, 0, 0, 100, 20, None)
    assert prepared == ["Agency", "Party"]
    long_title = "word " * (pdf_layout.CACHED_CELL_TEXT // 4)  # a title and its notes: drawn once, not kept
    for _time in range(2):
        text.cell(long_title, style, 0, 0, 100, 20, None)
    assert prepared == ["Agency", "Party", long_title, long_title]
    assert sum(len(cells) for cells in canv.cell_cache.values()) == 2  # type: ignore[attr-defined]


def test_a_wrapper_breaks_each_paragraph_once(monkeypatch: pytest.MonkeyPatch) -> None:
    pdf_fonts.register()
    wrapper = pdf_text.Wrapper(pdf_fonts.MAIN, 8)
    text = "Ministry of Agriculture of the Republic of Kazakhstan\nshort\nMinistry of Agriculture of the Republic"
    first = wrapper.lines(text, 80)
    assert len(first) > 3
    broken: list[int] = []
    real = pdf_text.Wrapper._paragraph

    def counting(self: Any, *args: Any, **kwargs: Any) -> tuple[str, ...]:
        broken.append(1)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(pdf_text.Wrapper, "_paragraph", counting)
    assert wrapper.lines(text, 80) == first and broken == []
    assert wrapper.lines(text, 200) == pdf_text.Wrapper(pdf_fonts.MAIN, 8).lines(text, 200)  # another width: anew
    assert broken


def _face_by_sets(text: str) -> str | None:
    """``face_for`` as it was written with sets of characters (the rule the one-scan version keeps)."""
    if text.isascii():
        return pdf_fonts.MAIN
    chars = set(text)
    missing = chars.difference(pdf_fonts.characters(pdf_fonts.MAIN))
    if not missing or missing.isdisjoint(pdf_fonts.characters(pdf_fonts.CJK)):
        return pdf_fonts.MAIN
    if chars.isdisjoint(pdf_fonts.characters(pdf_fonts.MAIN_ONLY)) and not any(
        ch.isalpha() for ch in chars.difference(missing)
    ):
        return pdf_fonts.CJK
    return None


def test_one_scan_character_checks_agree_with_the_set_rules() -> None:
    pdf_fonts.register()
    alphabet = "aZ 9,.-\n\u00a0ӘәҒғҚқҢңӨөҰұҮүҺһІіЖжЯя中华人民共和国农业部，。₸👍\ufe0f€\u2603\U0001f600\x7f"
    printable = pdf_fonts.characters(pdf_fonts.MAIN) | pdf_fonts.characters(pdf_fonts.CJK) | {"\n"}
    rng = random.Random(14)
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert pdf_text.face_for(text) == _face_by_sets(text), repr(text)
        shown = pdf_text.without_boxes(text)
        if set(text) <= printable:
            assert shown is text
        else:  # the slow way's answer: each missing character named, or dropped if it only modifies another
            assert shown != text, repr(text)
            assert set(shown) <= printable, repr(text)


def test_repeated_words_are_made_once_but_never_mixed_up_by_type() -> None:
    made: list[object] = []

    def make(value: object) -> str:
        made.append(value)
        return repr(value.args if isinstance(value, Message) else value)

    memo = _Memo(make)
    assert [memo(1), memo(True), memo(1.0), memo(1)] == ["1", "True", "1.0", "1"]
    assert memo(Message("moved ×{0}", 2)) == "(2,)" and memo(Message("moved ×{0}", 2.0)) == "(2.0,)"
    assert memo(Message("moved ×{0}", 2)) == "(2,)"
    assert len(made) == 5


def test_a_phrase_is_made_once_per_value_and_never_mixed_up_by_type() -> None:
    made: list[Message] = []

    def render(message: Message) -> str:
        made.append(message)
        return f"{message.text}|{message.args!r}|{message.n!r}"

    moved = _Phrase(render, lambda v: Message("moved ×{0}", v))
    late = _Phrase(render, lambda v: Message("%n day(s) overdue", n=v))
    assert [moved(2), moved(2.0), moved(True), moved(2)] == [
        "moved ×{0}|(2,)|None",
        "moved ×{0}|(2.0,)|None",
        "moved ×{0}|(True,)|None",
        "moved ×{0}|(2,)|None",
    ]
    assert late(3) == late(3) == "%n day(s) overdue|()|3"
    assert len(made) == 4  # 2, 2.0, True and the three days: each once


@pytest.mark.slow
def test_the_collector_is_paused_while_pages_are_laid_out_and_resumed_after(demo_db: Database, tmp_path: Path) -> None:
    add_commitments(demo_db, 120)
    data = dataset.build(demo_db, CommitmentFilter(), TODAY)
    seen: list[bool] = []

    def progress(done: int, total: int | None = None, message: str = "") -> None:
        seen.append(gc.isenabled())

    assert gc.isenabled()
    path = tmp_path / "r.pdf"
    write_pdf(data, path, progress)
    assert gc.isenabled()
    assert seen[0] is True and False in seen  # preparing with it, laying out pages without it

    # Every page still has its own footer: the fixed words drawn once and repeated, the page number its own.
    pages = squeeze(pdftotext(path)).count("Kelisim status report · generated")
    text = pdftotext(path)
    total = text.count("\f")
    assert pages == total and all(f"Page {n} of {total}" in text for n in range(1, total + 1))

    def cancel(done: int, total: int | None = None, message: str = "") -> None:
        if not gc.isenabled():
            raise Cancelled()

    with pytest.raises(Cancelled):
        write_pdf(data, tmp_path / "cancelled.pdf", cancel)
    assert gc.isenabled()
    assert not (tmp_path / "cancelled.pdf").exists()
    assert pdfmetrics.getFont(pdf_fonts.MAIN) is not None


def test_lines_that_break_only_at_spaces_are_the_general_breakers_lines() -> None:
    pdf_fonts.register()
    wrapper = pdf_text.Wrapper(pdf_fonts.MAIN, 8)
    words = [
        "a",
        "of",
        "Ministry",
        "Affairs",
        "Қазақстан",
        "Республикасы",
        "KZ-CN-2024-05-20/1",
        "x" * 70,
        "long-hyphenated-words-break-after-their-hyphens-only-when-they-must",
        "(4)",
    ]
    rng = random.Random(14)
    for _ in range(2000):
        line = [rng.choice(words) for _ in range(rng.randint(1, 20))]
        avail = rng.choice([18.0, 50.0, 80.0, 114.0, 300.0])
        general: list[str] = []
        spaces: list[str] = []
        wrapper._break(line, avail, general, False)
        wrapper._break_at_spaces(line, avail, spaces)
        assert spaces == general, (line, avail)


def _numbered_and_plain(tmp_path: Path, draw: Any, decorate: Any, pages: int) -> tuple[Any, Any]:
    """The same pages drawn on a numbered canvas (footers drawn at the end) and on reportlab's own canvas (each
    footer drawn at once, uncompressed), read back with pypdf."""
    from pypdf import PdfReader

    from desktop.reports.pdf_tags import END, FOOTER

    numbered = pdf_layout.numbered_canvas(decorate)(str(tmp_path / "numbered.pdf"))
    plain = canvas.Canvas(str(tmp_path / "plain.pdf"), pageCompression=0, initialFontName=pdf_fonts.MAIN)
    for page in range(1, pages + 1):
        draw(numbered, page)
        numbered.showPage()
        draw(plain, page)
        plain._code.append(FOOTER)
        decorate(plain, page, pages)
        plain._code.append(END)
        plain.showPage()
    numbered.save()
    plain.save()
    return PdfReader(tmp_path / "numbered.pdf"), PdfReader(tmp_path / "plain.pdf")


def test_a_page_deflated_once_holds_what_reportlab_would_write(tmp_path: Path) -> None:
    """The drawing deflated when the page ends and the footer's bytes added at the end make one stream whose
    text is the page reportlab draws in one go (drawing, then footer), on every page."""

    pdf_fonts.register()

    def draw(canv: Any, page: int) -> None:
        canv.setFont(pdf_fonts.MAIN, 9)
        for line in range(60):
            canv.drawString(72, 780 - 12 * line, f"page {page}, line {line}: Қазақстан «₸» (a\\b)")

    def decorate(canv: Any, page: int, pages: int) -> None:
        canv.setFont(pdf_fonts.MAIN, 7.5)
        canv.drawRightString(520, 40, f"Page {page} of {pages}")

    ours, theirs = _numbered_and_plain(tmp_path, draw, decorate, 3)
    assert len(ours.pages) == len(theirs.pages) == 3
    for mine, reference in zip(ours.pages, theirs.pages, strict=True):
        assert mine["/Contents"].get_object()["/Filter"] == ["/FlateDecode"]  # compressed, as before
        assert mine.get_contents().get_data() == reference.get_contents().get_data()  # zlib checked it too


def test_the_built_document_is_let_go_of_before_the_collector_runs_again(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Freed by reference counting when the build ends: the collector's first pass after the build does not
    walk the pages and the structure tree (a twentieth of the report's time at 10,000 commitments)."""
    import weakref

    from desktop.reports import pdf_tags

    data = dataset.build(demo_db, CommitmentFilter(), TODAY)

    taggers: list[weakref.ref[pdf_tags.Tagger]] = []
    real = pdf_tags.Tagger.__init__

    def recording(self: pdf_tags.Tagger) -> None:
        real(self)
        taggers.append(weakref.ref(self))

    monkeypatch.setattr(pdf_tags.Tagger, "__init__", recording)
    gc.disable()
    try:
        write_pdf(data, tmp_path / "r.pdf")
        assert taggers and all(tagger() is None for tagger in taggers)  # gone without a collection
    finally:
        gc.enable()


def test_the_file_is_written_as_it_is_formatted_and_holds_what_reportlab_would_write(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The packed writer sends each object to the file as it formats it (reportlab joined the whole file in memory
    first: twice the file at once), and the file is byte for byte the one reportlab's own saving writes."""
    from reportlab import rl_config
    from reportlab.pdfbase import pdfdoc

    from desktop.reports import pdf_tags

    monkeypatch.setattr(rl_config, "invariant", 1)  # no time or random id in the file: two writes compare
    add_commitments(demo_db, 120)
    data = dataset.build(demo_db, CommitmentFilter(), TODAY)
    writes: list[int] = []
    real_stream = pdf_tags._stream_into

    class Counted:
        def __init__(self, out: Any) -> None:
            self.out = out

        def write(self, piece: bytes) -> None:
            writes.append(len(piece))
            self.out.write(piece)

    def counting(doc: Any, out: Any, canv: Any) -> None:
        real_stream(doc, Counted(out), canv)

    monkeypatch.setattr(pdf_tags, "_stream_into", counting)
    streamed = (write_pdf(data, tmp_path / "streamed.pdf")).read_bytes()
    assert len(writes) > 20 and max(writes) < len(streamed) / 4  # many pieces, none of them the whole file
    assert sum(writes) == len(streamed)
    monkeypatch.setattr(
        pdf_tags, "_save_packed", lambda doc, target, canv: pdfdoc.PDFDocument.SaveToFile(doc, target, canv)
    )
    joined = (write_pdf(data, tmp_path / "joined.pdf")).read_bytes()
    assert streamed == joined


def test_the_layout_waits_for_a_deflating_thread_that_falls_behind(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Pages wait for the deflating thread a few at a time: a thread that falls behind (it runs only when the layout
    lets go of the GIL) held thousands of pages' whole text at 100,000 commitments."""
    import threading
    import time

    monkeypatch.setattr(pdf_layout, "DEFLATING_PAGES", 3)
    counts = {"given": 0, "done": 0, "most_behind": 0}
    lock = threading.Lock()
    real_deflate, real_add = pdf_layout._deflate_open, pdf_layout._FinishedPages.add

    def slow_deflate(data: bytes) -> tuple[bytes, int]:
        time.sleep(0.02)  # a thread slower than the layout
        made = real_deflate(data)
        with lock:
            counts["done"] += 1
        return made

    def counting_add(self: Any, *args: Any) -> None:
        real_add(self, *args)
        with lock:
            counts["given"] += 1
            counts["most_behind"] = max(counts["most_behind"], counts["given"] - counts["done"])

    monkeypatch.setattr(pdf_layout, "_deflate_open", slow_deflate)
    monkeypatch.setattr(pdf_layout._FinishedPages, "add", counting_add)
    add_commitments(demo_db, 250)
    path = write_pdf(dataset.build(demo_db, CommitmentFilter(), TODAY), tmp_path / "r.pdf")
    assert counts["given"] > 12  # pages enough to fall behind
    assert counts["most_behind"] <= 3 + 1  # the limit, and the page just given
    last = counts["given"]
    assert f"Page {last} of {last}" in pdftotext(path, last)  # every page written, the last one whole


class _Deflated(bytes):
    """A page's deflated drawing whose life a test can count (bytes take no weak reference)."""

    alive = 0

    def __del__(self) -> None:
        type(self).alive -= 1


def _draw_page(canv: Any, page: int) -> None:
    """A page as a flowable draws it: its state changes restored at its end."""
    canv.saveState()
    canv.setFont(pdf_fonts.MAIN, 9)
    for line in range(60):
        canv.drawString(72, 780 - 12 * line, f"page {page}, line {line}: Қазақстан «₸» {page * 7919 % 10007}")
    canv.restoreState()


def _page_numbers(canv: Any, page: int, pages: int) -> None:
    canv.setFont(pdf_fonts.MAIN, 7.5)
    canv.drawRightString(520, 40, f"Page {page} of {pages}")


def test_a_finished_pages_drawing_leaves_memory_however_many_pages_follow(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A finished page's drawing goes to the temporary file: the pages waiting for their footers ("page X of Y")
    do not hold their drawings, only the few the deflating thread has not reached yet (the report of 100,000
    commitments held 24,000 of them)."""
    pdf_fonts.register()
    real = pdf_layout._deflate_open

    def counted(data: bytes) -> tuple[bytes, int]:
        made, adler = real(data)
        _Deflated.alive += 1
        return _Deflated(made), adler

    monkeypatch.setattr(pdf_layout, "_deflate_open", counted)
    numbered = pdf_layout.numbered_canvas(_page_numbers)(str(tmp_path / "numbered.pdf"))
    most = 0
    for page in range(1, 121):
        _draw_page(numbered, page)
        numbered.showPage()
        most = max(most, _Deflated.alive)
    assert most <= pdf_layout.DEFLATING_PAGES + 1  # the limit, and the one being written
    numbered.save()
    assert _Deflated.alive == 0
    text = pdftotext(tmp_path / "numbered.pdf")
    assert text.count("\f") == 120
    assert all(f"page {n}, line 59" in text and f"Page {n} of 120" in text for n in (1, 60, 120))


def test_a_finished_page_keeps_a_few_numbers_until_its_footer(tmp_path: Path) -> None:
    """What a page keeps from its end to its footer: its place in the temporary file and the little of the canvas
    state it changed — nothing when it changed nothing (its whole state and its drawing were 3–5 KB a page)."""
    import tracemalloc

    pdf_fonts.register()
    held: dict[int, int] = {}
    for pages in (40, 200):
        numbered = pdf_layout.numbered_canvas(_page_numbers)(str(tmp_path / f"n{pages}.pdf"))
        _draw_page(numbered, 0)
        numbered.showPage()  # the first page keeps its whole state, and warms what every page shares
        finished = numbered._finished
        finished.drain()
        tracemalloc.start()
        try:
            start = tracemalloc.get_traced_memory()[0]
            for page in range(1, pages + 1):
                _draw_page(numbered, page)
                numbered.showPage()
            # Only what finished pages keep: up to DEFLATING_PAGES drawings may still be on their way to the file,
            # as many at 40 pages as at 200 or none, as the thread was scheduled (that made the figure vary).
            finished.drain()
            held[pages] = tracemalloc.get_traced_memory()[0] - start
        finally:
            tracemalloc.stop()
        numbered.save()
    per_page = (held[200] - held[40]) / 160
    # 180–350 bytes measured (the lists and arrays grow in steps); a page kept 4.6 KB when it held its state.
    assert per_page < 1_000, per_page


def test_pages_that_change_the_canvas_state_get_their_footers_on_it(tmp_path: Path) -> None:
    """A page that leaves a change behind (a rotation, a page size, transparency, a link) is written as reportlab
    writes it when the footer is drawn at once: each page's dictionary and text the same."""

    pdf_fonts.register()

    def draw(canv: Any, page: int) -> None:
        if page == 2:
            canv.setPageRotation(90)  # from here on
        if page == 3:
            canv.setFillAlpha(0.5)  # this page's graphics state, left set
        if page == 4:
            canv.linkURL("https://example.org", (72, 700, 200, 720))
        if page == 5:
            canv.setPageSize((420, 595))  # from the next page on
        canv.setFont(pdf_fonts.MAIN, 9)  # left set: the footer draws on it
        canv.drawString(72, 700, f"page {page}")

    ours, theirs = _numbered_and_plain(tmp_path, draw, _page_numbers, 7)
    assert len(ours.pages) == len(theirs.pages) == 7
    for mine, reference in zip(ours.pages, theirs.pages, strict=True):
        assert mine.get_contents().get_data() == reference.get_contents().get_data()
        assert mine.get("/Rotate") == reference.get("/Rotate")
        assert list(mine.mediabox) == list(reference.mediabox)
        assert sorted(mine["/Resources"].get("/ExtGState", {})) == sorted(reference["/Resources"].get("/ExtGState", {}))
        assert len(mine.get("/Annots", [])) == len(reference.get("/Annots", []))
    assert ours.pages[1].get("/Rotate") == 90 and len(ours.pages[3]["/Annots"]) == 1


def _kelisim_threads() -> list[str]:
    import threading

    return [t.name for t in threading.enumerate() if t.name.startswith("kelisim-pdf")]


def _open_files_in(folder: Path) -> list[str]:
    """Files this process has open in ``folder`` (Linux: an unnamed temporary file shows as "…/#123 (deleted)")."""
    fds = Path("/proc/self/fd")
    if not fds.is_dir():
        return []
    found = []
    for fd in fds.iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith(str(folder)):
            found.append(target)
    return found


def test_no_thread_and_no_temporary_file_outlive_the_report_however_it_ends(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Written, cancelled while pages are laid out, or failing while the file is written: the deflating threads
    are stopped and the temporary file of the pages' drawings is closed and gone."""
    from desktop.reports.files import ExportError

    add_commitments(demo_db, 120)
    data = dataset.build(demo_db, CommitmentFilter(), TODAY)
    spools: list[Any] = []
    real_open = pdf_layout.open_spool

    def recorded(folder: str | None) -> Any:
        spool = real_open(folder)
        spools.append(spool)
        return spool

    monkeypatch.setattr(pdf_layout, "open_spool", recorded)
    written = tmp_path / "written"
    written.mkdir()
    write_pdf(data, written / "r.pdf")
    assert len(spools) == 1 and spools[0].closed
    assert [p.name for p in written.iterdir()] == ["r.pdf"] and not _open_files_in(written)
    assert not _kelisim_threads()

    def cancel(done: int, total: int | None = None, message: str = "") -> None:
        if done >= 40 and not gc.isenabled():  # midway through the pages
            raise Cancelled()

    cancelled = tmp_path / "cancelled"
    cancelled.mkdir()
    with pytest.raises(Cancelled):
        write_pdf(data, cancelled / "r.pdf", cancel)
    assert len(spools) == 2 and spools[1].closed
    assert not list(cancelled.iterdir()) and not _open_files_in(cancelled)
    assert not _kelisim_threads()

    def full_disk(self: Any, document: Any) -> bytes:  # the first page written, after the structure's objects
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(pdf_layout._SpooledStream, "format", full_disk)
    failed = tmp_path / "failed"
    failed.mkdir()
    with pytest.raises(ExportError):
        write_pdf(data, failed / "r.pdf")
    assert len(spools) == 3 and spools[2].closed
    assert not list(failed.iterdir()) and not _open_files_in(failed)
    assert not _kelisim_threads()


def _chunk_code(directly: bool, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What a tagged canvas holds after drawing two pieces of one commitment-like table (header, overdue rows with
    their fill and rule, a two-face cell, an empty cell) — as bands, or through reportlab's table."""
    from desktop.domain import palette
    from desktop.reports.pdf_tags import Tagger

    pdf_fonts.register()
    with monkeypatch.context() as patch:
        if not directly:
            patch.setattr(pdf_layout, "_drawn_directly", lambda canv, rows: False)
        widths = (60.0, 120.0, 80.0, 50.0)
        aligns = ("LEFT", "LEFT", "LEFT", "RIGHT")
        header = pdf_layout.RowMaker(widths, aligns, header=True).row(("Ref.", "Commitment", "Status", "Progress"))[0]
        make = pdf_layout.RowMaker(widths, aligns).row
        late = ("LINEBEFORE", 0, 0, 3, pdf_layout.colour(palette.OVERDUE_COLOUR))
        rows = []
        for n in range(7):
            fill = ("BACKGROUND", 2, 2, pdf_layout.colour(palette.status_colour("in_progress" if n % 2 else "on_hold")))
            cells = (f"KZ-{n}\nHigh priority", CELLS[n % len(CELLS)], "In progress\n▲ OVERDUE" if n % 3 else "", "5 %")
            if n == 4:
                cells = ("MIX-1", "扩大与People's Republic of China (4)在水资源领域的合作 ₸", "Done", "100 %")
            rows += make(cells, marks=(fill, late) if n % 3 else (fill,), count=1)
        canv = canvas.Canvas(io.BytesIO())
        canv.tagger = Tagger()  # type: ignore[attr-defined]
        tags = pdf_layout.TableTags()
        first = pdf_layout.ChunkTable(None, header, rows[:4], widths, with_header=True, tags=tags)
        rest = pdf_layout.ChunkTable(None, header, rows[4:], widths, with_header=True, tags=tags)  # header again
        for chunk, y in ((first, 500.0), (rest, 200.0)):
            chunk.wrap(400, 800)
            chunk.drawOn(canv, 40, y)
        assert pdf_layout._drawn_directly(canv, [header, *rows]) is directly
        return list(canv._code)


def test_a_chunk_drawn_as_bands_writes_what_reportlabs_table_wrote(monkeypatch: pytest.MonkeyPatch) -> None:
    bands = _chunk_code(True, monkeypatch)
    assert bands == _chunk_code(False, monkeypatch)
    joined = "\n".join(bands)
    # The fills, the rules below the rows, the overdue rule, each cell's text: all there, fills and rules as artifacts.
    assert joined.count(" re f*") == 2 + 7 and joined.count("3 w") == 2
    assert "/Artifact <</Type /Pagination>> BDC" in joined  # the header printed again by the second piece


def test_a_row_the_bands_do_not_know_goes_through_reportlabs_table() -> None:
    from reportlab.platypus import Paragraph

    from desktop.reports.pdf_tags import Tagger

    pdf_fonts.register()
    canv = canvas.Canvas(io.BytesIO())
    canv.tagger = Tagger()  # type: ignore[attr-defined]
    widths = (100.0, 100.0)
    row = pdf_layout.RowMaker(widths).row(("a", "b"))[0]
    paragraph = row._replace(values=[Paragraph("a", pdf_layout.styles()["cell"]), "b"])
    dashed = row._replace(marks=(("LINEBELOW", 0, 1, 1, pdf_layout.RULE),))
    assert pdf_layout._drawn_directly(canv, [row])
    assert not pdf_layout._drawn_directly(canv, [row, paragraph])
    assert not pdf_layout._drawn_directly(canv, [dashed])
    canv.setFillAlpha(0.5)  # a transparency set on the canvas: reportlab's colour setting would write it
    assert not pdf_layout._drawn_directly(canv, [row])


@pytest.mark.parametrize("face", [pdf_fonts.MAIN, pdf_fonts.BOLD, pdf_fonts.CJK])
def test_a_lines_width_from_its_words_is_what_reportlab_measures_to_the_last_bit(face: str) -> None:
    pdf_fonts.register()
    words = ["a", "of", "Ministry", "Қазақстан", "Республикасының", "«Trade»", "KZ-CN-2024-05-20/1", "农业农村部", "₸"]
    rng = random.Random(7)
    for size in (8.0, 7.5, 6.5, 5.98765, 7.123):
        wrapper = pdf_text.Wrapper(face, size)
        assert wrapper.exact
        for _ in range(400):
            line = [rng.choice(words) for _ in range(rng.randint(1, 14))]
            assert wrapper.exact_width(line) == pdfmetrics.stringWidth(" ".join(line), face, size), (line, size)


def test_a_paragraph_known_to_fit_is_not_measured_and_breaks_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    pdf_fonts.register()
    measured: list[str] = []
    fresh = pdf_text.Wrapper(pdf_fonts.MAIN, 8)
    real = pdf_text.Wrapper.measure
    monkeypatch.setattr(pdf_text.Wrapper, "measure", lambda self, text: measured.append(text) or real(self, text))
    assert fresh._paragraph("Ministry of Foreign Affairs", 200) == ("Ministry of Foreign Affairs",)
    assert measured == []
    # Measured first as before (the rule ``exact`` replaces): the same lines at every width.
    before = pdf_text.Wrapper(pdf_fonts.MAIN, 8)
    before.exact = False
    text = "Ministry of Agriculture of the Republic of Kazakhstan (4) Қазақстан Республикасының Сыртқы істер"
    for avail in [float(n) for n in range(20, 500, 3)]:
        assert fresh._paragraph(text, avail) == before._paragraph(text, avail), avail


def test_page_dictionaries_filled_from_their_shape_are_what_reportlab_writes(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Every page after the second of its shape is written from a template (reportlab's general dictionary writer
    made each page the same way): the file is the same byte for byte as with every page written by reportlab."""
    from reportlab import rl_config

    monkeypatch.setattr(rl_config, "invariant", 1)
    add_commitments(demo_db, 60)
    data = dataset.build(demo_db, CommitmentFilter(), TODAY)
    filled: list[int] = []
    real_fill = pdf_layout._PageTemplate.fill
    monkeypatch.setattr(
        pdf_layout._PageTemplate, "fill", lambda self, page, doc: filled.append(1) or real_fill(self, page, doc)
    )
    templated = write_pdf(data, tmp_path / "templated.pdf").read_bytes()
    pages = templated.count(b"/Type /Page\n")
    assert pages > 5 and len(filled) == pages - 1  # the second page both ways (the check), the others filled
    monkeypatch.setattr(pdf_layout._Page, "_shape", lambda self: None)
    assert write_pdf(data, tmp_path / "reportlab.pdf").read_bytes() == templated


def test_a_page_of_another_shape_is_written_by_reportlab(tmp_path: Path) -> None:
    """A page with an annotation, or a transparency, is not the shape a template was made from: reportlab writes it
    (and a template whose second page would not come out as reportlab writes it is never used)."""
    from pypdf import PdfReader

    def draw(canv: Any, page: int) -> None:
        _draw_page(canv, page)
        if page == 4:
            canv.linkURL("https://example.org", (72, 700, 200, 720))
        if page == 5:
            canv.setFillAlpha(0.5)
            canv.rect(72, 72, 100, 100, fill=1)

    numbered = pdf_layout.numbered_canvas(_page_numbers)(str(tmp_path / "shapes.pdf"))
    for page in range(1, 8):
        draw(numbered, page)
        numbered.showPage()
    numbered.save()
    reader = PdfReader(tmp_path / "shapes.pdf")
    assert len(reader.pages) == 7
    assert "/Annots" in reader.pages[3] and all("/Annots" not in p for i, p in enumerate(reader.pages) if i != 3)
    assert "/ExtGState" in reader.pages[4]["/Resources"]
    assert [f"page {n}, line 0" in p.extract_text() for n, p in enumerate(reader.pages, 1)] == [True] * 7
    page = pdf_layout._Page()
    page.__dict__.update(Contents=object(), StructParents=0)
    assert page._shape() is None  # not a spooled content stream: not the report's shape


@pytest.mark.parametrize("face", [pdf_fonts.MAIN, pdf_fonts.BOLD, pdf_fonts.CJK])
def test_a_line_encoded_by_the_first_subsets_table_is_what_split_string_gives(face: str) -> None:
    from reportlab.pdfbase import pdfdoc

    pdf_fonts.register()
    font = pdfmetrics.getFont(face)
    doc = pdfdoc.PDFDocument()
    codes = pdf_layout._FirstSubset(font, doc)
    words = ["Ministry", "Қазақстан", "Республикасының", "«Trade»", "№ 5", "42\u00a0%", "(a\\b)", "农业农村部", "é"]
    words += [chr(code) for code in range(0x410, 0x450)]  # the Cyrillic alphabet: past the first subset's room
    rng = random.Random(11)
    fast = 0
    for _ in range(3000):
        line = " ".join(rng.choice(words) for _ in range(rng.randint(1, 8)))
        encoded = codes.encode(line)
        if encoded is None:
            font.splitString(line, doc)  # gives the new characters their codes
            codes.learn(line)
            continue
        fast += 1
        assert font.splitString(line, doc) == [(0, encoded)], line  # the same codes, nothing newly given
    assert fast > 1000  # most lines, once their characters have codes
    many = "".join(map(chr, range(0x4E00, 0x4E00 + 300)))  # more than one subset holds (or the face has none)
    font.splitString(many, doc)
    codes.learn(many)
    assert codes.encode(many) is None  # to splitString, which names each subset


def _forking(monkeypatch: pytest.MonkeyPatch, children: list[int]) -> None:
    """Every report's rows made in a forked child, whatever its size and this process's threads (a test worker
    has some); each child's process id recorded."""
    from desktop.reports import pdf, pdf_ahead

    real_start = pdf_ahead.Ahead.start

    def start(self: Any, folder: str | None) -> bool:
        started = real_start(self, folder)
        assert started
        children.append(self._child)
        return started

    monkeypatch.setattr(pdf, "AHEAD_FROM", 0)
    monkeypatch.setattr(pdf, "second_core", lambda: True)
    monkeypatch.setattr(pdf_ahead.Ahead, "start", start)


def _reaped(pid: int) -> bool:
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


def _report_made_here_then_forking(
    db: Database,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    commitments: int,
    language: str,
    classification: str,
) -> tuple[Any, bytes, list[int]]:
    """A report's data (``commitments`` added to the demo), its file made with no child (reportlab's invariant mode),
    and from then on every fork noted in the list returned."""
    from reportlab import rl_config

    monkeypatch.setattr(rl_config, "invariant", 1)
    add_commitments(db, commitments)
    data = dataset.build(db, CommitmentFilter(), TODAY, language=language)
    data.classification = classification
    here = write_pdf(data, tmp_path / "here.pdf").read_bytes()
    children: list[int] = []
    _forking(monkeypatch, children)
    return data, here, children


def test_rows_made_in_a_forked_child_make_the_file_made_here(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The sections' and the annex's rows made ahead in a child and read back: byte for byte the report whose rows
    were made by the layout itself (two-face cells, overdue marks, several sections)."""
    from desktop.reports import pdf

    data, here, children = _report_made_here_then_forking(
        demo_db, monkeypatch, tmp_path, 120, "ru", "Для служебного пользования"
    )
    ahead = write_pdf(data, tmp_path / "ahead.pdf").read_bytes()
    assert len(children) == 1 and _reaped(children[0])
    assert ahead == here
    made_twice: list[int] = []
    real_pack = pdf_layout.pack_rows

    def refusing(rows: list[pdf_layout.Row]) -> bytes:  # in the child: the second job is refused
        made_twice.append(1)
        if len(made_twice) == 2:
            raise TypeError("not packed")
        return real_pack(rows)

    monkeypatch.setattr(pdf, "pack_rows", refusing)
    refused = write_pdf(data, tmp_path / "refused.pdf").read_bytes()
    assert len(children) == 2 and _reaped(children[1])
    assert refused == here and not made_twice  # the child's calls are its own


def test_packed_rows_come_back_as_the_rows_with_this_processs_styles_and_colours() -> None:
    from reportlab.platypus import Paragraph

    from desktop.domain import palette

    maker = pdf_layout.RowMaker((60.0, 120.0, 80.0), ("LEFT", "LEFT", "RIGHT"))
    fill = ("BACKGROUND", 2, 2, pdf_layout.colour(palette.OVERDUE_COLOUR))
    rule = ("LINEBEFORE", 0, 0, 3, pdf_layout.colour(palette.HEADER_FILL))
    rows = [
        *maker.row(("A-1", "农业农村部 Ministry of Agriculture", "42 %"), marks=(fill, rule), count=1),
        *maker.row(("A-2", "Қазақстан\nРеспубликасы", ""), colours=(None, "#C62828"), bold=(True,), count=1),
        *maker.row(("A-3", "line\n" * 80, "1"), marks=(fill,), count=1),  # taller than a page: continued
    ]
    back = pdf_layout.unpack_rows(pdf_layout.pack_rows(rows))
    assert len(back) == len(rows) > 3
    for mine, theirs in zip(back, rows, strict=True):
        assert [type(v) for v in mine.values] == [type(v) for v in theirs.values]
        assert [v if isinstance(v, str) else v.lines for v in mine.values] == [
            v if isinstance(v, str) else v.lines for v in theirs.values
        ]
        assert all(a is b for a, b in zip(mine.styles, theirs.styles, strict=True))  # the very same style objects
        assert mine.styles is not theirs.styles
        assert (mine.height, mine.completes) == (theirs.height, theirs.completes)
        assert mine.marks == theirs.marks
        assert all(a[-1] is b[-1] for a, b in zip(mine.marks, theirs.marks, strict=True))  # the same colours
    odd = rows[0]._replace(values=[Paragraph("x"), *rows[0].values[1:]])
    with pytest.raises(TypeError):
        pdf_layout.pack_rows([odd])
    from reportlab.lib import colors

    foreign = rows[0]._replace(marks=(("BACKGROUND", 2, 2, colors.HexColor(palette.OVERDUE_COLOUR)),))
    with pytest.raises(TypeError):
        pdf_layout.pack_rows([foreign])


def test_the_rows_child_is_reaped_and_its_file_closed_however_the_report_ends(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    add_commitments(demo_db, 120)
    data = dataset.build(demo_db, CommitmentFilter(), TODAY)
    children: list[int] = []
    _forking(monkeypatch, children)

    def cancel(done: int, total: int | None = None, message: str = "") -> None:
        if done >= 1 and not gc.isenabled():  # at the first section's first rows: the child has work left
            raise Cancelled()

    for name, progress in (("written", None), ("cancelled", cancel)):
        folder = tmp_path / name
        folder.mkdir()
        if progress is None:
            write_pdf(data, folder / "r.pdf")
        else:
            with pytest.raises(Cancelled):
                write_pdf(data, folder / "r.pdf", progress)
        assert _reaped(children[-1]) and not _open_files_in(folder)
    assert [p.name for p in (tmp_path / "written").iterdir()] == ["r.pdf"]
    assert not list((tmp_path / "cancelled").iterdir())


def test_jobs_ahead_are_made_here_when_the_child_is_gone_and_asked_for_in_order() -> None:
    import pickle
    import signal

    from desktop.reports.pdf_ahead import Ahead

    here = os.getpid()
    made_here: list[int] = []

    def job(n: int) -> Any:
        def make() -> list[Any]:
            if os.getpid() == here:
                made_here.append(n)
            elif n == 2:
                time.sleep(60)  # the child is killed while it makes the third
            return [n, "x" * n]

        return make

    ahead: Any = Ahead(pickle.dumps, pickle.loads)
    for n in range(50):
        ahead.add(job(n))
    assert ahead.start(None)
    try:
        assert ahead.get(0) == [0, ""] and ahead.get(1) == [1, "x"] and not made_here  # from the child
        with pytest.raises(ValueError):
            ahead.get(3)
        os.kill(ahead._child, signal.SIGKILL)
        assert [ahead.get(n) for n in range(2, 50)] == [[n, "x" * n] for n in range(2, 50)]
        assert made_here == list(range(2, 50))
    finally:
        ahead.close()
    assert ahead._child == 0


def test_a_child_is_forked_only_while_a_core_is_idle(monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from desktop.reports import pdf_ahead

    forks = hasattr(os, "fork")
    monkeypatch.setattr(threading, "enumerate", lambda: [threading.current_thread()])
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    monkeypatch.setattr(pdf_ahead, "_running_now", lambda: 1)  # this process alone
    assert pdf_ahead.second_core() == forks
    running = iter([2, 3, 1])  # busy for a moment
    monkeypatch.setattr(pdf_ahead, "_running_now", lambda: next(running))
    assert pdf_ahead.second_core() == forks
    monkeypatch.setattr(pdf_ahead, "_running_now", lambda: 2)  # another task on the other core
    assert not pdf_ahead.second_core()
    monkeypatch.setattr(pdf_ahead, "_running_now", lambda: None)  # nothing says: the last minute's load
    monkeypatch.setattr(os, "getloadavg", lambda: (1.2, 1.0, 1.0), raising=False)
    assert pdf_ahead.second_core() == forks
    monkeypatch.setattr(os, "getloadavg", lambda: (1.8, 1.0, 1.0), raising=False)
    assert not pdf_ahead.second_core()
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0}, raising=False)
    monkeypatch.setattr(pdf_ahead, "_running_now", lambda: 1)
    assert not pdf_ahead.second_core()  # one core


def test_the_rows_are_made_here_beside_another_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    """A fork copies only the forking thread: with another thread running, no child is forked; an export job's
    queue feeder (its progress going to the window) does not count."""
    import multiprocessing
    import threading

    from desktop.reports import pdf_ahead

    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    monkeypatch.setattr(pdf_ahead, "_running_now", lambda: 1)
    progress: Any = multiprocessing.get_context("spawn").Queue()
    progress.put(("progress", 1, 2, "…"))  # starts the queue's feeder thread
    me = threading.current_thread()
    try:
        feeders = [t for t in threading.enumerate() if t.name in pdf_ahead.HARMLESS_THREADS]
        assert feeders
        monkeypatch.setattr(threading, "enumerate", lambda: [me, *feeders])
        assert pdf_ahead.second_core() == hasattr(os, "fork")
        stop = threading.Event()
        other = threading.Thread(target=stop.wait, name="another-thread")
        other.start()
        try:
            monkeypatch.setattr(threading, "enumerate", lambda: [me, *feeders, other])
            assert not pdf_ahead.second_core()
        finally:
            stop.set()
            other.join()
    finally:
        progress.close()
        progress.join_thread()


def test_a_lines_first_subset_string_is_kept_per_face() -> None:
    """Cells in each face and two-face cells whose runs are other cells' lines: each face's strings stay its own,
    and every cell is written as line-by-line drawing writes it."""
    pdf_fonts.register()

    def caching() -> Any:
        canv = canvas.Canvas(io.BytesIO())
        canv.text_cache, canv.first_subset_cache, canv.cell_cache, canv.subset_codes = {}, {}, {}, {}
        return canv

    fast, slow = pdf_layout._CellText(caching()), pdf_layout._CellText(caching())
    fast._code, slow._code = ["BT"], ["BT"]
    cells: list[tuple[str, Any]] = [
        # "Қазақ" in the main face inside a Chinese cell, then alone in the Chinese face: each face gives its
        # letters codes of its own (ASCII keeps its codes in every face)
        (pdf_fonts.CJK, pdf_layout.MixedText(["农业Қазақ"])),
        (pdf_fonts.CJK, "Қазақ"),
        (pdf_fonts.MAIN, "Қазақ 2025"),
        (pdf_fonts.MAIN, pdf_layout.MixedText(["农业2024", "部 (4)"])),
        (pdf_fonts.CJK, "2024\n (4)"),
        (pdf_fonts.MAIN, "2024\nMinistry"),
        (pdf_fonts.CJK, pdf_layout.MixedText(["Ministry农业"])),
        (pdf_fonts.MAIN, "Ministry"),
        (pdf_fonts.CJK, "农业\n2024"),
        (pdf_fonts.MAIN, " (4)\n2024"),
    ]
    for round_ in range(2):
        for index, (face, value) in enumerate(cells):
            style = pdf_layout.cell_style(face, 8, "#000000", "LEFT", "TOP")
            x, y = 10.0 * index, 500.0 - 30 * index - 300 * round_
            for text in (fast, slow):
                text.setFont(face, 8, pdf_layout.LEADING)
            if isinstance(value, str):
                fast.cell(value, style, x, y, 120.0, 30.0, None)
                slow._plain(value, style, x, y, 120.0, 30.0, None)
                continue
            fast.mixed(value, style, x, y, 120.0, 30.0)
            moves = slow._line_moves(style, x, y, 120.0, 30.0, len(value.lines), None)
            for line, _moved in zip(value.lines, moves, strict=True):
                for run_face, run in line:
                    slow._face(run_face)
                    slow._show(run)
            slow._face(style.fontname)
    assert fast.getCode() == slow.getCode()


def test_an_adler32_run_on_from_another_is_zlibs_over_both() -> None:
    import zlib

    rng = random.Random(5)
    for first_size, second_size in ((0, 0), (1, 0), (0, 7), (5, 65521), (70_000, 448), (9_000, 131_100)):
        first, second = rng.randbytes(first_size), bytes([255]) * second_size  # 255s: the sums' largest
        assert pdf_layout.adler32_combine(zlib.adler32(first), zlib.adler32(second), len(second)) == zlib.adler32(
            first + second
        )


def _handing(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int | None, int]]:
    """Each drawing a report hands to the rows' child: (its number there, or None when not taken; the pid)."""
    from desktop.reports import pdf_ahead

    handed: list[tuple[int | None, int]] = []
    real_hand = pdf_ahead.Ahead.hand

    def hand(self: Any, block: bytes) -> int | None:
        number = real_hand(self, block)
        handed.append((number, os.getpid()))
        return number

    monkeypatch.setattr(pdf_ahead.Ahead, "hand", hand)
    return handed


def test_pages_deflated_by_the_rows_child_make_the_file_deflated_here(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Every page's drawing handed to the rows' child once its rows are made, deflated there and read back: byte for
    byte the report whose pages a thread here deflated — also when the disk fills while they are handed (the rest
    deflated here) and when the child dies before it made them (made here from the file they wait in)."""
    from desktop.reports import pdf_ahead

    data, here, children = _report_made_here_then_forking(
        demo_db, monkeypatch, tmp_path, 150, "kk", "Қызмет бабында пайдалану үшін"
    )
    handed = _handing(monkeypatch)
    deflated_in: list[int] = []
    real_deflate = pdf_layout.deflate_page
    here_pid = os.getpid()
    stuck = {"child": False}

    def deflate(text: bytes) -> bytes:
        if os.getpid() == here_pid:
            deflated_in.append(here_pid)  # in the child: nothing to see here
        elif stuck["child"]:
            time.sleep(60)  # killed meanwhile
        return real_deflate(text)

    monkeypatch.setattr(pdf_layout, "deflate_page", deflate)
    monkeypatch.setattr(pdf_ahead.Ahead, "__init__", _with_after(pdf_ahead.Ahead.__init__, deflate))
    ahead = write_pdf(data, tmp_path / "ahead.pdf").read_bytes()
    pages = len(handed)
    assert pages > 10 and [number for number, _pid in handed] == list(range(pages))  # every page taken, in turn
    assert not deflated_in  # none made here
    assert len(children) == 1 and _reaped(children[0])
    assert ahead == here

    handed.clear()
    real_write = pdf_ahead._write_all

    def filling(fd: int, data: bytes, offset: int | None = None) -> None:
        if offset is not None and len(handed) == 5:  # the sixth drawing does not fit on the disk
            raise OSError(errno.ENOSPC, "No space left on device")
        real_write(fd, data, offset)

    monkeypatch.setattr(pdf_ahead, "_write_all", filling)
    full = write_pdf(data, tmp_path / "full.pdf").read_bytes()
    assert [number for number, _pid in handed] == [0, 1, 2, 3, 4, None]  # then the thread takes every later one
    assert not deflated_in and len(children) == 2 and _reaped(children[1])
    assert full == here
    monkeypatch.setattr(pdf_ahead, "_write_all", real_write)

    handed.clear()
    monkeypatch.setattr(pdf_ahead, "HANDED_LIMIT", len(here))  # a few pages' text: the file's room
    limited = write_pdf(data, tmp_path / "limited.pdf").read_bytes()
    numbers = [number for number, _pid in handed]
    assert 0 < numbers.index(None) < pages and numbers[numbers.index(None) :] == [None]  # then the thread's
    assert not deflated_in and len(children) == 3 and _reaped(children[2])
    assert limited == here
    monkeypatch.setattr(pdf_ahead, "HANDED_LIMIT", 512 << 20)

    handed.clear()
    stuck["child"] = True
    real_take = pdf_ahead.Ahead.take

    def killed_first(self: Any, number: int) -> bytes:
        if self._made is None:  # the child made its rows; killed before it says where the drawings are
            os.kill(self._child, signal.SIGKILL)
        return real_take(self, number)

    monkeypatch.setattr(pdf_ahead.Ahead, "take", killed_first)
    killed = write_pdf(data, tmp_path / "killed.pdf").read_bytes()
    assert len(handed) == pages and None not in [number for number, _pid in handed]
    assert len(deflated_in) == pages  # every drawing made here, from the file it waited in
    assert len(children) == 4 and _reaped(children[3])
    assert killed == here


def _with_after(real_init: Any, after: Any) -> Any:
    """``Ahead.__init__`` whose ``after`` is ``after`` (the report names ``deflate_page`` when it is imported)."""

    def init(self: Any, pack: Any, unpack: Any, _after: Any = None) -> None:
        real_init(self, pack, unpack, after if _after is not None else None)

    return init


def test_blocks_handed_to_the_child_come_back_made_or_are_made_here() -> None:
    """``Ahead.hand``: blocks made by ``after`` in the child once its jobs are made, read back in any order; a block
    the child's ``after`` refuses makes every block be made here, where the error is this process's own."""
    import pickle

    from desktop.reports.pdf_ahead import Ahead

    here = os.getpid()
    made_here: list[bytes] = []

    def after(block: bytes) -> bytes:
        if os.getpid() == here:
            made_here.append(block)
        elif block == b"refused":
            raise ValueError("refused in the child")
        return block[::-1] + b"!"

    blocks = [bytes([n % 251]) * (n * 997 % 70_000) for n in range(300)]  # more than a pipe holds, some empty
    for refused in (False, True):
        made_here.clear()
        ahead: Any = Ahead(pickle.dumps, pickle.loads, after)
        ahead.add(lambda: ["rows"])
        assert ahead.hand(b"x") is None  # no child yet: made by the caller
        assert ahead.start(None)
        try:
            numbers = [ahead.hand(block) for block in blocks]
            if refused:
                numbers.append(ahead.hand(b"refused"))
            assert numbers == list(range(len(numbers)))
            assert ahead.get(0) == ["rows"] and not made_here
            assert ahead.take(299) == blocks[299][::-1] + b"!"
            assert ahead.hand(b"late") is None  # handing stopped once results are read
            assert [ahead.take(n) for n in range(300)] == [block[::-1] + b"!" for block in blocks]
            assert made_here == ([blocks[299], *blocks] if refused else [])
        finally:
            ahead.close()
        assert ahead._child == 0


def test_a_child_still_making_handed_blocks_is_stopped_and_reaped_when_the_layout_stops(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import pickle

    from desktop.reports.pdf_ahead import Ahead

    ended: dict[int, int] = {}  # how each child reaped here ended (its exit code, or minus its signal)
    waitpid = os.waitpid

    def noting(pid: int, options: int) -> tuple[int, int]:
        got, status = waitpid(pid, options)
        if got:
            ended[got] = os.waitstatus_to_exitcode(status)
        return got, status

    monkeypatch.setattr(os, "waitpid", noting)

    def after(block: bytes) -> bytes:
        time.sleep(60)  # still at the first block when the layout stops
        return block

    ahead: Any = Ahead(pickle.dumps, pickle.loads, after)
    ahead.add(lambda: 1)
    assert ahead.start(None)
    child = ahead._child
    assert ahead.get(0) == 1
    assert ahead.hand(b"page") == 0
    ahead.close()  # never asked for what it made: killed, not waited for (it would end by itself after 60 s)
    assert ended == {child: -signal.SIGKILL}
    assert _reaped(child) and ahead._handed is None and ahead._spool is None
