"""Every PDF edition is a tagged PDF a screen reader reads: a structure tree (Document → headings, paragraphs,
tables of rows of header and data cells), marked content in the pages that the tree and only the tree refers to,
the page footer and table rules as artifacts — read back with pypdf and with poppler's own structure reader."""

from __future__ import annotations

import functools
import re
import subprocess
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream, DictionaryObject, IndirectObject

from desktop.domain.catalogue import render
from desktop.domain.messages import Message
from desktop.reports.card import write_card_pdf
from desktop.reports.pdf import write_pdf
from desktop.reports.pdf_briefing import write_briefing_pdf
from desktop.services.reporting import dataset
from desktop.services.reporting.briefing_sql import build_briefing_sql
from desktop.services.reporting.card import build_card
from desktop.storage.database import Database
from tests.test_pdf_report import pdftotext, squeeze
from tests.test_reports_dataset import add_commitments

LANGUAGES = {"en": "en-GB", "ru": "ru-RU", "kk": "kk-KZ"}
CARD = "KZ-CN-2024-05-20/1"


@dataclass
class Node:
    role: str
    kids: list[Node] = field(default_factory=list)
    mcids: list[tuple[int, int]] = field(default_factory=list)  # (page index, MCID)
    alt: str = ""

    def walk(self) -> list[Node]:
        out = [self]
        for kid in self.kids:
            out += kid.walk()
        return out

    def count(self, role: str) -> int:
        return sum(1 for kid in self.kids if kid.role == role)


def _tree(reader: PdfReader) -> tuple[Node, dict[int, int]]:
    """The structure tree as nodes, and each page object's number → its index."""
    pages = {page.indirect_reference.idnum: index for index, page in enumerate(reader.pages)}
    root = reader.trailer["/Root"]["/StructTreeRoot"].get_object()

    def node(obj: Any) -> Node:
        elem = obj.get_object()
        assert elem["/Type"] == "/StructElem"
        here = Node(str(elem["/S"])[1:], alt=str(elem.get("/Alt", "")))
        page = pages[elem.raw_get("/Pg").idnum] if "/Pg" in elem else None
        kids = elem.get("/K", [])
        for kid in kids if isinstance(kids, list) else [kids]:
            if isinstance(kid, int):
                assert page is not None
                here.mcids.append((page, int(kid)))
            elif isinstance(kid, IndirectObject):
                here.kids.append(node(kid))
            else:
                assert isinstance(kid, DictionaryObject) and kid["/Type"] == "/MCR", kid
                here.mcids.append((pages[kid.raw_get("/Pg").idnum], int(kid["/MCID"])))
        return here

    top = root["/K"]
    kids = [node(k) for k in (top if isinstance(top, list) else [top])]
    assert len(kids) == 1
    return kids[0], pages


def _content(reader: PdfReader) -> tuple[list[tuple[int, int]], int]:
    """(page, MCID) of every marked-content sequence in the pages, and how many text-showing operators
    fall outside any marked content (marked as an element or as an artifact)."""
    found: list[tuple[int, int]] = []
    unmarked = 0
    for index, page in enumerate(reader.pages):
        depth = 0
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator == b"BDC":
                depth += 1
                props = operands[1]
                if isinstance(props, DictionaryObject) and "/MCID" in props:
                    found.append((index, int(props["/MCID"])))
            elif operator == b"BMC":
                depth += 1
            elif operator == b"EMC":
                depth -= 1
                assert depth >= 0
            elif operator in (b"Tj", b"TJ", b"'", b'"') and depth == 0:
                unmarked += 1
        assert depth == 0, f"page {index + 1}: unbalanced marked content"
    return found, unmarked


def _struct_text(path: Path) -> list[tuple[int, str, str]]:
    """poppler's reading of the structure: (depth, role, text of the element's own content)."""
    stat = path.stat()
    return _read_struct_text(str(path), stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=8)
def _read_struct_text(path: str, _mtime_ns: int, _size: int) -> list[tuple[int, str, str]]:
    """Read once per file as it is (a test asks for several roles of the same edition)."""
    out = subprocess.run(["pdfinfo", "-struct-text", path], capture_output=True, text=True, check=True).stdout
    rows: list[tuple[int, str, str]] = []
    for line in out.splitlines():
        match = re.match(r"^(\s*)(\w+)\b(.*)$", line)
        if match and not line.strip().startswith('"'):
            rows.append((len(match.group(1)), match.group(2), ""))
        elif line.strip().startswith('"') and rows:
            depth, role, text = rows[-1]
            rows[-1] = (depth, role, text + line.strip().strip('"'))
    return rows


def check_tagged(path: Path, language: str) -> Node:
    """The checks every edition passes; returns its Document element."""
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Tagged:\s+yes$", info, re.M), info
    # The file's syntax and cross-references (qpdf: `make test` installs it).
    check = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True, check=False)
    assert check.returncode == 0 and "WARNING" not in check.stdout + check.stderr, check.stdout + check.stderr
    reader = PdfReader(str(path))
    root = reader.trailer["/Root"]
    assert root["/MarkInfo"]["/Marked"] is True or str(root["/MarkInfo"]["/Marked"]) == "True"
    assert root["/Lang"] == LANGUAGES[language]
    tree = root["/StructTreeRoot"]
    document, _pages = _tree(reader)
    assert document.role == "Document"
    in_tree = [m for n in document.walk() for m in n.mcids]
    assert len(in_tree) == len(set(in_tree)), "an MCID is claimed twice"
    in_pages, unmarked = _content(reader)
    assert len(in_pages) == len(set(in_pages)), "an MCID is used twice on a page"
    assert set(in_tree) == set(in_pages)  # every marked sequence is in the tree, and everything the tree names exists
    assert unmarked == 0, "text drawn outside any marked content or artifact"
    # The parent tree answers, for each page and MCID, the element that holds it.
    nums = tree["/ParentTree"]["/Nums"]
    parents = {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}
    for index, page in enumerate(reader.pages):
        assert page["/Tabs"] == "/S"
        owners = parents[int(page["/StructParents"])]
        assert len(owners) == sum(1 for p, _m in in_pages if p == index)
        for mcid, owner in enumerate(owners):
            elem = owner.get_object()
            kids = elem["/K"] if isinstance(elem["/K"], list) else [elem["/K"]]
            assert any(
                (isinstance(k, int) and int(k) == mcid and elem.raw_get("/Pg").idnum == page.indirect_reference.idnum)
                or (isinstance(k, DictionaryObject) and int(k.get("/MCID", -1)) == mcid)
                for k in kids
            )
    # Tables are rows of cells; a row holds cells only, in step with its table.
    for table in (n for n in document.walk() if n.role == "Table"):
        rows = [k for k in table.kids]
        assert rows and all(r.role == "TR" for r in rows)
        widths = {len(r.kids) for r in rows}
        assert len(widths) == 1, widths
        assert all(c.role in ("TH", "TD") for r in rows for c in r.kids)
    # The footer ("Page 1 of 2") prints and is an artifact: text extraction has it, the structure does not.
    footer = render(Message("Page {0} of {1}", 1, len(reader.pages)), language)
    assert footer in squeeze(pdftotext(path, 1))
    assert footer not in " ".join(text for _d, _r, text in _struct_text(path))
    return document


def _headings(path: Path, role: str) -> list[str]:
    return [squeeze(text) for _depth, r, text in _struct_text(path) if r == role]


@pytest.mark.slow
@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_every_edition_is_tagged(demo_db: Database, tmp_path: Path, language: str) -> None:
    today = date.today()
    data = dataset.build(demo_db, None, today, language=language)
    data.classification, data.prepared_by, data.approved_by = "For official use", "A. Clerk", "B. Head"
    t = data.t
    full = write_pdf(data, tmp_path / "full.pdf")
    briefing = build_briefing_sql(demo_db, None, today, since=date(2020, 1, 1), language=language)
    brief = write_briefing_pdf(briefing, tmp_path / "brief.pdf")
    card = write_card_pdf(build_card(demo_db, CARD, language=language), tmp_path / "card.pdf")

    # The full edition: the title is the one H1, sections are H2, the chart a figure with words; the cover's
    # marking and signature block (layout tables) are paragraphs.
    document = check_tagged(full, language)
    assert _headings(full, "H1") == [squeeze(data.title)]
    paragraphs = _headings(full, "P")
    assert paragraphs[0] == "FOR OFFICIAL USE" and any("A. Clerk" in p for p in paragraphs)
    h2 = _headings(full, "H2")
    assert h2[0] == t(Message("Summary", context="Report")) and h2[-1] == t(Message("Annex. Agreements"))
    assert t(Message("Commitments by body")) in _headings(full, "H3")
    figure = next(n for n in document.walk() if n.role == "Figure")
    assert figure.alt.startswith(t(Message("Commitments by status")))
    tables = [n for n in document.walk() if n.role == "Table"]
    # The selection block (label cells head their rows), the status table, by body, then each section's table.
    by_body = tables[2]
    assert by_body.count("TR") == 1 + len(data.per_body())
    assert all(c.role == "TH" for c in by_body.kids[0].kids)
    sections = data.commitments_by_body()
    commitment_tables = tables[3 : 3 + len(sections)]
    assert [tb.count("TR") - 1 for tb in commitment_tables] == [len(lines) for lines in sections.values()]
    assert tables[-1].count("TR") == 1 + len(data.agreements)  # the annex

    # The briefing: H1 title, H2 sections, the by-committee table with its header and totals rows.
    document = check_tagged(brief, language)
    assert _headings(brief, "H1") == [squeeze(data.title)]
    assert _headings(brief, "H2")[:2] == [
        t(Message("Overdue commitments, longest overdue first")),
        t(Message("Changes since {0}", data.day(date(2020, 1, 1)))),
    ]
    tables = [n for n in document.walk() if n.role == "Table"]
    overdue = tables[2]  # after the selection block and the headline figures
    assert overdue.count("TR") == 1 + min(len(briefing.overdue), briefing.count("overdue"))
    committee = tables[-3] if briefing.by_party else tables[-2]
    assert committee.count("TR") == 1 + len(briefing.by_committee) + 1  # header, committees, total
    assert [c.role for c in committee.kids[0].kids] == ["TH"] * 5

    # The agreement card: its title and its two headings; its commitments as a table.
    document = check_tagged(card, language)
    assert len(_headings(card, "H1")) == 1 and len(_headings(card, "H2")) == 2
    tables = [n for n in document.walk() if n.role == "Table"]
    facts, commitments_table = tables
    assert all(r.kids[0].role == "TH" and r.kids[1].role == "TD" for r in facts.kids)
    assert commitments_table.count("TR") >= 2


@pytest.mark.slow
def test_a_table_over_many_pages_is_one_table(demo_db: Database, tmp_path: Path) -> None:
    """A 150-row section spans pages in chunks: one Table element, one header row (the repeats are artifacts)."""
    add_commitments(demo_db, 150)
    data = dataset.build(demo_db, None, date.today())
    path = write_pdf(data, tmp_path / "long.pdf")
    document = check_tagged(path, "en")
    reader = PdfReader(str(path))
    sections = data.commitments_by_body()
    longest = max(len(lines) for lines in sections.values())
    assert longest >= 150
    tables = [n for n in document.walk() if n.role == "Table"]
    table = next(tb for tb in tables if tb.count("TR") == 1 + longest)
    pages = {p for row in table.kids for cell in row.kids for p, _m in cell.mcids}
    assert len(pages) >= 3 and len(reader.pages) > 3
    headers = [row for row in table.kids if row.kids[0].role == "TH"]
    assert len(headers) == 1 and table.kids[0] is headers[0]
    # …while every page of it still prints the column header.
    for page in sorted(pages):
        assert "Ref." in pdftotext(path, page + 1)
