"""A tagged PDF from reportlab, so a screen reader reads the headings, paragraphs and tables.

reportlab writes no structure tree. Kelisim adds one as it draws:

* ``Tagger`` lives on the canvas. Whatever a heading, paragraph, figure or table cell draws is
  wrapped in a marked-content sequence (``/P <</MCID 3>> BDC … EMC``) and the element it belongs
  to is recorded (its role, its parent, the page and the MCID). Page furniture (the footer,
  table fills and rules, a header row a long table repeats on a new page) is marked
  ``/Artifact``, so nothing drawn is left unmarked.
* ``TaggedFrame`` wraps each flowable it places; tables tag their own rows and cells through
  reportlab's table render callback (``TableTags``) or, for the long commitment tables, in
  ``pdf_layout.PlainTable``. The pieces a table is split into share one ``Table`` element, so a
  5,000-row section reads as one table across its pages.
* When the canvas saves, ``Tagger.write`` adds the structure tree (Document → H1/H2/H3, P,
  Figure, Table → TR → TH/TD), the parent tree, each page's ``/StructParents`` and ``/Tabs``,
  and ``/MarkInfo <</Marked true>>`` to reportlab's own document objects. The tree's dictionaries
  are formatted straight to bytes: a 10,000-commitment report has ~80,000 of them.
"""

from __future__ import annotations

import errno
import os
import struct
import tempfile
import zlib
from array import array
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from reportlab.graphics.shapes import Drawing
from reportlab.pdfbase import pdfdoc
from reportlab.platypus import Flowable, Frame, Paragraph

ARTIFACT = "/Artifact BMC"
FOOTER = "/Artifact <</Type /Pagination /Subtype /Footer>> BDC"
REPEATED = "/Artifact <</Type /Pagination>> BDC"  # a table's header row printed again on a new page
END = "EMC"


class Element:
    """One structure element: its role and its kids (elements, or (page, MCID) of marked content).

    A table row drawn by ``pdf_layout.PlainTable`` keeps its cells compactly in ``cells`` instead of an
    element each (three numbers a cell: kind, page, MCID; page -1 for an empty cell): a report has one per
    cell, and they are written as the same TH/TD elements. Elements know their kids, not their parent
    (numbered from the top when written), so a finished tree is freed at once, not left to the collector.
    """

    __slots__ = ("alt", "cells", "kids", "number", "role", "scope", "up")

    def __init__(self, role: str, parent: Element | None, *, alt: str | None = None, scope: str | None = None):
        self.role = role
        self.kids: list[Element | tuple[int, int]] | tuple[()] = ()  # a list from the first kid
        self.cells: array[int] | None = None
        self.alt = alt
        self.scope = scope  # TH: "Column" or "Row"
        self.number = 0  # its PDF object number, once the document is written
        self.up = 0  # its parent's object number (the tree root's for the document), once written
        if parent is not None:
            parent.add(self)

    def add(self, kid: Element | tuple[int, int]) -> None:
        kids = self.kids
        if isinstance(kids, tuple):  # a table row's cells are compact: most elements never have a kid of their own
            self.kids = [kid]
        else:
            kids.append(kid)


# The kinds of compact cells (``Element.cells``): their role and scope.
TD, TH_COLUMN, TH_ROW = 0, 1, 2
CELL_ROLES = ("TD", "TH", "TH")
CELL_SCOPES = ("", " /A << /O /Table /Scope /Column >>", " /A << /O /Table /Scope /Row >>")


class Tagger:
    """The structure being recorded while a document is drawn."""

    def __init__(self) -> None:
        self.document = Element("Document", None)
        self.page = 0  # index of the page being drawn
        # Per page, per MCID: the element it belongs to, and for a compact cell its place after its row (1…).
        self.owners: list[list[Element]] = [[]]
        self.offsets: list[array[int]] = [array("I")]
        self._openings: dict[tuple[int, int], str] = {}  # (kind, MCID) → the cell's opening operator

    def next_page(self) -> None:
        self.page += 1
        self.owners.append([])
        self.offsets.append(array("I"))

    def begin(self, element: Element) -> str:
        """The operator opening a marked-content sequence that belongs to ``element``."""
        owners = self.owners[self.page]
        mcid = len(owners)
        owners.append(element)
        self.offsets[self.page].append(0)
        element.add((self.page, mcid))
        return f"/{element.role} <</MCID {mcid}>> BDC"

    def begin_cell(self, row: Element, kind: int) -> str:
        """A new cell of ``row`` (compact: ``Element.cells``) and the operator opening its content."""
        owners = self.owners[self.page]
        mcid = len(owners)
        owners.append(row)
        cells = row.cells
        if cells is None:
            cells = row.cells = array("i")
        self.offsets[self.page].append(len(cells) // 3 + 1)
        cells.extend((kind, self.page, mcid))
        opening = self._openings.get((kind, mcid))
        if opening is None:
            opening = self._openings[kind, mcid] = f"/{CELL_ROLES[kind]} <</MCID {mcid}>> BDC"
        return opening

    @staticmethod
    def empty_cell(row: Element, kind: int) -> None:
        """A cell of ``row`` with nothing drawn in it: still a cell, so the columns stay in step."""
        if row.cells is None:
            row.cells = array("i")
        row.cells.extend((kind, -1, -1))

    def begin_flowable(self, flowable: Any, parent: Element) -> str:
        """The opening operator for what ``flowable`` draws: its own element, or an artifact if it is decoration."""
        role = role_of(flowable)
        if role is None:
            return ARTIFACT
        return self.begin(Element(role, parent, alt=getattr(flowable, "alt", None)))

    def write(self, doc: Any, pages: Sequence[Any]) -> None:
        """Add the structure tree to reportlab's document ``doc``; ``pages`` are its page objects, in order.

        The elements only get their object numbers here (~10 per commitment), depth first, a compact row's
        cells right after it: when the document is written packed (``pack_structure``) they are formatted
        from this list by number, without a reportlab object and three dictionary entries each (a third of a
        100,000-commitment report's memory)."""
        numbers = doc.idToObjectNumberAndVersion
        page_numbers = [numbers[doc.Reference(page).name][0] for page in pages]
        # Written once, each part of the tree is let go of: the parent tree's lists when it is formatted, each
        # element when its dictionary is (``_Structure.bodies``); the tagger keeps none of it.
        owners, offsets = self.owners[: len(pages)], self.offsets[: len(pages)]
        document, self.document = self.document, Element("Document", None)
        self.owners, self.offsets = [[]], [array("I")]

        def parent_tree(_document: Any) -> bytes:
            try:
                return _parent_tree(owners, offsets)
            finally:
                owners.clear()
                offsets.clear()

        tree_name: str = doc.Reference(_Raw(parent_tree)).name
        tree = numbers[tree_name][0]
        root = _Raw(lambda d: _root(d, first, tree))  # the document element is numbered first, below
        root_number = numbers[doc.Reference(root).name][0]
        first: int = doc.objectcounter + 1
        number = first
        elements: list[Element] = []
        document.up = root_number
        stack = [document]
        while stack:  # depth first, parents before their kids
            element = stack.pop()
            elements.append(element)
            element.number = number
            number += 1 if element.cells is None else 1 + len(element.cells) // 3
            below = [kid for kid in element.kids if isinstance(kid, Element)]
            for kid in below:
                kid.up = element.number
            stack.extend(reversed(below))
        doc.objectcounter = number - 1
        del document, stack
        structure = _Structure(first, number - first, elements, page_numbers)
        if _packable(doc):
            doc.kelisim_structure = structure
        else:  # reportlab writes the document: each element becomes one of its objects
            by_number, objects = doc.numberToId, doc.idToObject
            for count, body in enumerate(structure.bodies(doc)):
                object_number = first + count
                name = f"R{object_number}"
                obj = _Formatted(body)
                obj.__InternalName__ = name
                numbers[name] = (object_number, 0)
                by_number[object_number] = name
                objects[name] = obj
        keys, tabs = [*pdfdoc.PDFPage.__NoDefault__, "StructParents", "Tabs"], pdfdoc.PDFName("S")
        for index, page in enumerate(pages):  # the same list and name on every page: thousands wait to be written
            page.__NoDefault__ = keys
            page.StructParents = index
            page.Tabs = tabs  # the tab order follows the structure
        doc.Catalog.StructTreeRoot = root
        doc.Catalog.MarkInfo = pdfdoc.PDFDictionary({"Marked": pdfdoc.PDFtrue})


class _Structure:
    """The structure elements a document writes itself: ``count`` objects numbered ``first`` … in tree order."""

    def __init__(self, first: int, count: int, elements: list[Element], pages: list[int]) -> None:
        self.first, self.count, self.elements, self.pages = first, count, elements, pages

    def bodies(self, document: Any) -> Iterator[bytes]:
        """Each object's dictionary, in number order: an element, then its compact cells."""
        pages = self.pages
        elements, self.elements = self.elements, []
        elements.reverse()
        while elements:  # each element let go of once written (its kids are later in the list)
            element = elements.pop()
            yield _element(document, element, pages)
            cells = element.cells
            if cells is None:
                continue
            up = element.number
            for index in range(0, len(cells), 3):
                kind, page, mcid = cells[index], cells[index + 1], cells[index + 2]
                if page < 0:
                    yield f"<< /Type /StructElem /S /{CELL_ROLES[kind]} /P {up} 0 R{CELL_SCOPES[kind]} >>".encode()
                else:
                    yield (
                        f"<< /Type /StructElem /S /{CELL_ROLES[kind]} /P {up} 0 R /Pg {pages[page]} 0 R"
                        f" /K [{mcid}]{CELL_SCOPES[kind]} >>"
                    ).encode()


class _Raw(pdfdoc.PDFObject):
    """A PDF object formatted by a function of the document (object numbers are known only then)."""

    def __init__(self, make: Any) -> None:
        self.make = make

    def format(self, document: Any) -> bytes:
        return self.make(document)


class _Formatted(pdfdoc.PDFObject):
    """A structure element's dictionary, formatted already, for reportlab's own writer (a document that
    cannot be packed)."""

    __slots__ = ("__InternalName__", "body")

    def __init__(self, body: bytes) -> None:
        self.body = body

    def format(self, document: Any) -> bytes:
        return self.body


def _root(document: Any, top: int, tree: int) -> bytes:
    pages = document.Pages.pages
    return f"<< /Type /StructTreeRoot /K [{top} 0 R] /ParentTree {tree} 0 R /ParentTreeNextKey {len(pages)} >>".encode()


def _element(document: Any, e: Element, pages: list[int]) -> bytes:
    parts = [f"<< /Type /StructElem /S /{e.role} /P {e.up} 0 R"]
    first_page = next((kid[0] for kid in e.kids if isinstance(kid, tuple)), None)
    if first_page is not None:
        parts.append(f"/Pg {pages[first_page]} 0 R")
    kids = []
    for kid in e.kids:
        if isinstance(kid, Element):
            kids.append(f"{kid.number} 0 R")
        elif kid[0] == first_page:
            kids.append(str(kid[1]))
        else:  # the element goes on to another page
            kids.append(f"<< /Type /MCR /Pg {pages[kid[0]]} 0 R /MCID {kid[1]} >>")
    if e.cells:
        kids += (f"{number} 0 R" for number in range(e.number + 1, e.number + 1 + len(e.cells) // 3))
    if kids:
        parts.append(f"/K [{' '.join(kids)}]")
    if e.scope:
        parts.append(f"/A << /O /Table /Scope /{e.scope} >>")
    text = " ".join(parts)
    if e.alt:
        return text.encode() + b" /Alt " + pdfdoc.PDFString(e.alt).format(document) + b" >>"
    return text.encode() + b" >>"


def _parent_tree(owners: list[list[Element]], offsets: list[array[int]]) -> bytes:
    """The parent tree: per page, the object of each MCID (a 100,000-commitment report's is ~7 MB, made as bytes
    page by page rather than joined from a string per page)."""
    tree = bytearray(b"<< /Nums [")
    for page, (elements, places) in enumerate(zip(owners, offsets, strict=True)):
        objects = " ".join(f"{e.number + place} 0 R" for e, place in zip(elements, places, strict=True))
        tree += f"{page} [{objects}]\n".encode() if page + 1 < len(owners) else f"{page} [{objects}]".encode()
    tree += b"] >>"
    return bytes(tree)


PACKED = 500  # structure objects per compressed object stream


def pack_structure(doc: Any) -> None:
    """Have reportlab's document ``doc`` write the structure tree packed, in the same pass as the rest.

    The structure tree is one small object per cell and row, which reportlab writes one by one,
    uncompressed: 6 × the file of an untagged report. Here its objects go into compressed object
    streams (PDF 1.5) and the cross-reference table becomes a cross-reference stream, as qpdf would
    rewrite the file, without reading the written file back (a second pass that cost a third of the
    report's time and most of its memory). An encrypted or signed document keeps reportlab's own writer.
    """
    if not _packable(doc):
        return
    doc.format = lambda: _format_packed(doc)
    doc.SaveToFile = lambda target, canvas: _save_packed(doc, target, canvas)


def _packable(doc: Any) -> bool:
    return not (doc.encrypt.info() or getattr(doc, "_digiSigs", None))


def _save_packed(doc: Any, target: Any, canvas: Any) -> None:
    """``pdfdoc.PDFDocument.SaveToFile``, the file written as it is formatted: reportlab keeps every formatted
    object until the end and joins them into one string, twice the file in memory at once (140 MB for the
    100,000-commitment report)."""
    if getattr(doc, "_savedToFile", False):
        raise RuntimeError("a PDF document can be saved only once")
    doc._savedToFile = True
    if callable(getattr(target, "write", None)):
        _stream_into(doc, target, canvas)
        return
    with open(target, "wb") as out:
        _stream_into(doc, out, canvas)


def _stream_into(doc: Any, out: Any, canvas: Any) -> None:
    doc.kelisim_out = out
    name = getattr(out, "name", None)
    doc.kelisim_folder = os.path.dirname(os.path.abspath(name)) if isinstance(name, str) else None
    try:
        out.write(doc.GetPDFData(canvas))  # formats (``_format_packed``) into ``out``; what is left, if anything
    finally:
        del doc.kelisim_out


class _Streamed(pdfdoc.PDFFile):
    """reportlab's output collector, writing each piece to ``out`` as it comes (its offsets kept as reportlab's)."""

    def __init__(self, out: Any, version: Any) -> None:
        super().__init__(version)  # the header, collected
        collected: list[bytes] = self.strings
        for piece in collected:
            out.write(piece)
        self.strings: list[bytes] = []
        self.write = out.write

    def format(self, document: Any) -> bytes:
        return b""  # written already


def _format_packed(doc: Any) -> bytes:
    """``pdfdoc.PDFDocument.format`` with the structure's objects in object streams and an xref stream."""
    doc.encrypt.prepare(doc)
    catalog, info = doc.Reference(doc.Catalog), doc.Reference(doc.info)
    doc._pdfVersion = max(tuple(doc._pdfVersion), (1, 5))
    streamed = getattr(doc, "kelisim_out", None)
    out = doc.__accum__ = pdfdoc.PDFFile(doc._pdfVersion) if streamed is None else _Streamed(streamed, doc._pdfVersion)
    structure: _Structure | None = getattr(doc, "kelisim_structure", None)
    first, count = (structure.first, structure.count) if structure is not None else (0, 0)
    # The cross-reference stream's entries, per object number: type, field 2 and field 3, in three arrays (7 bytes an
    # object: a tuple each was 100 MB for the 1.2 million objects of a 100,000-commitment report).
    kinds, seconds, thirds = array("B", [0]), array("I", [0]), array("H", [65535])

    def entry(kind: int, second: int, third: int) -> None:
        kinds.append(kind)
        seconds.append(second)
        thirds.append(third)

    # Per object stream: objects, offset of the first, its data being compressed (on a thread: zlib runs without
    # the GIL while the next objects are formatted). However the formatting ends, the thread ends with it.
    # Compressed, they wait in a temporary file beside the output until the objects are all written (the
    # structure of a 100,000-commitment report is ~15 MB of them).
    spool = open_spool(getattr(doc, "kelisim_folder", None))
    try:
        deflater = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kelisim-pdf-objects")
        try:
            streams, counter = _format_objects(doc, out, structure, first, count, entry, deflater, spool)
        except BaseException:
            deflater.shutdown(wait=True, cancel_futures=True)
            raise
        deflater.shutdown()  # every object stream compressed
        spool.flush()
        del doc.__accum__
        first_stream = counter  # object streams take the numbers after the document's objects
        for index, (count, header_size, compressing) in enumerate(streams):
            place, length = compressing.result()
            spool.seek(place)
            packed = spool.read(length)
            if len(packed) != length:
                raise OSError(errno.EIO, "an object stream is missing from the temporary file")
            offset = out.add(
                f"{first_stream + index} 0 obj\n<< /Type /ObjStm /N {count} /First {header_size}"
                f" /Filter /FlateDecode /Length {len(packed)} >>\nstream\n".encode()
                + packed
                + b"\nendstream\nendobj\n"
            )
            entry(1, offset, 0)
        xref_number = first_stream + len(streams)
        offset = out.offset
        entry(1, offset, 0)
        table = _xref_table(kinds, seconds, thirds, first_stream)
        ids = doc.ID()
        ids = ids[ids.index(b"[") : ids.index(b"]") + 1]
        out.add(
            f"{xref_number} 0 obj\n<< /Type /XRef /Size {xref_number + 1} /W [1 4 2]"
            f" /Root {catalog.format(doc).decode()} /Info {info.format(doc).decode()} /ID ".encode()
            + ids
            + f" /Filter /FlateDecode /Length {len(table)} >>\nstream\n".encode()
            + table
            + f"\nendstream\nendobj\nstartxref\n{offset}\n%%EOF\n".encode()
        )
    finally:
        spool.close()
    return out.format(doc)


def _format_objects(
    doc: Any,
    out: Any,
    structure: _Structure | None,
    first: int,
    count: int,
    entry: Callable[[int, int, int], None],
    deflater: ThreadPoolExecutor,
    spool: Any,
) -> tuple[list[tuple[int, int, Future[tuple[int, int]]]], int]:
    """Each object of ``doc`` in number order: a stream or a page written to ``out``, a dictionary packed into the
    object streams ``deflater`` compresses into ``spool``. Returns the object streams (objects, header size, place
    and length in ``spool``) and the first number after the objects."""
    numbers, objects, offsets = doc.numberToId, doc.idToObject, doc.idToOffset
    streams: list[tuple[int, int, Future[tuple[int, int]]]] = []
    batch: list[bytes] = []
    heads: list[str] = []  # "number offset" of each object in the batch
    size = 0

    def close_batch() -> None:
        nonlocal size
        if batch:
            header = (" ".join(heads) + "\n").encode()
            data = header + b"\n".join(batch)
            streams.append((len(batch), len(header), deflater.submit(_compress_into, spool, data)))
            batch.clear()
            heads.clear()
            size = 0

    bodies = structure.bodies(doc) if structure is not None else iter(())
    counter = 0
    while True:
        counter += 1
        if counter in numbers:
            name = numbers[counter]
            obj = objects[name]
        elif first <= counter < first + count:  # a structure element: numbered, never registered
            name, obj = "", None
        else:
            break
        if obj is None or isinstance(obj, (_Formatted, _Raw)):  # dictionaries, never streams: they may be packed
            body = next(bodies) if obj is None else obj.format(doc)
            entry(2, len(streams), len(batch))  # the stream's number is fixed below
            heads.append(f"{counter} {size}")
            batch.append(body)
            size += len(body) + 1
            if len(batch) >= PACKED:
                close_batch()
            continue
        filters = getattr(obj, "filters", None)
        if filters and pdfdoc.PDFBase85Encode in filters:  # compressed bytes as they are: a quarter smaller
            obj.filters = [f for f in filters if f is not pdfdoc.PDFBase85Encode]
        offsets[name] = out.add(pdfdoc.PDFIndirectObject(name, obj).format(doc))
        entry(1, offsets[name], 0)
    close_batch()
    return streams, counter


def _compress_into(spool: Any, data: bytes) -> tuple[int, int]:
    """On the thread: ``data`` compressed and appended to ``spool``; (its place, its length)."""
    packed = zlib.compress(data)
    place = spool.tell()
    spool.write(packed)
    return place, len(packed)


def open_spool(folder: str | None) -> Any:
    """A temporary file for what waits to be written: in the output's folder (the system's temporary folder may be
    small, or memory), removed by the system when closed (on Linux it never has a name at all)."""
    return tempfile.TemporaryFile(prefix=".~kelisim-", suffix=".tmp", dir=folder)


def _xref_table(kinds: array[int], seconds: array[int], thirds: array[int], first_stream: int) -> bytes:
    """The cross-reference stream's rows (1, 4 and 2 bytes), compressed as they are made (8 MB of rows for the
    1.2 million objects of a 100,000-commitment report): an object in an object stream names the stream by its
    number, ``first_stream`` + its index."""
    pack = struct.Struct(">BIH").pack
    deflate = zlib.compressobj()
    compressed: list[bytes] = []
    rows = bytearray()
    for kind, second, third in zip(kinds, seconds, thirds, strict=True):
        rows += pack(kind, first_stream + second if kind == 2 else second, third)
        if len(rows) >= 1 << 16:
            compressed.append(deflate.compress(rows))
            rows.clear()
    compressed += (deflate.compress(rows), deflate.flush())
    return b"".join(compressed)


def tagger_of(canv: Any) -> Tagger | None:
    return getattr(canv, "tagger", None)


def role_of(flowable: Any) -> str | None:
    """The structure role of what a flowable draws; None for decoration."""
    tag = getattr(flowable, "tag", None)
    if tag:
        return str(tag)
    if isinstance(flowable, (Paragraph, str)):
        return "P"
    if isinstance(flowable, Drawing):
        return "Figure"
    return None


def tags_itself(flowable: Any) -> bool:
    return bool(getattr(flowable, "tags_itself", False)) or isinstance(getattr(flowable, "_renderCB", None), TableTags)


def as_heading(paragraph: Paragraph, level: int) -> Paragraph:
    """``paragraph`` tagged as a heading of ``level`` (1 the document's title)."""
    paragraph.tag = f"H{min(max(level, 1), 6)}"
    return paragraph


class TaggedFrame(Frame):
    """A frame that marks what each flowable draws (tables mark their own rows and cells)."""

    def add(self, flowable: Flowable, canv: Any, trySplit: int = 0) -> int:  # noqa: N803 - reportlab's name
        tagger = tagger_of(canv)
        if tagger is None or tags_itself(flowable):
            return int(self._add(flowable, canv, trySplit=trySplit))
        code = canv._code
        start = len(code)
        drawn = int(self._add(flowable, canv, trySplit=trySplit))
        if drawn and len(code) > start:
            code.insert(start, tagger.begin_flowable(flowable, tagger.document))
            code.append(END)
        return drawn


class TableTags:
    """The structure of one table, shared by the pieces reportlab splits it into (its ``renderCB``).

    ``header_rows``: rows of column headings (TH, scope Column); ``header_cols``: columns of row headings
    (TH, scope Row). A ``layout`` table only places things side by side: its cells are tagged as what they
    hold (a paragraph, a figure, a table), with no table element of its own.
    """

    def __init__(
        self, *, header_rows: Sequence[int] = (0,), header_cols: Sequence[int] = (), layout: bool = False
    ) -> None:
        self.header_rows = frozenset(header_rows)
        self.header_cols = frozenset(header_cols)
        self.layout = layout
        self.element: Element | None = None
        self.drawn = False  # once drawn, a piece that starts with the header rows repeats them: artifacts
        self._repeat = False
        self._row: Element | None = None
        self._open = False

    def table_element(self, tagger: Tagger) -> Element:
        if self.element is None:
            self.element = Element("Table", tagger.document)
        return self.element

    def row(self, tagger: Tagger, index: int, repeated: bool) -> Element | None:
        """A new TR, or None when the row is a repeated header (an artifact)."""
        if repeated:
            return None
        return Element("TR", self.table_element(tagger))

    def cell_kind(self, index: int, column: int) -> int:
        """The kind of a compact cell (``Tagger.begin_cell``) at row ``index``, ``column``: as ``cell`` tags it."""
        if index in self.header_rows:
            return TH_COLUMN
        if column in self.header_cols:
            return TH_ROW
        return TD

    def cell(self, row: Element, index: int, column: int) -> Element:
        if index in self.header_rows:
            return Element("TH", row, scope="Column")
        if column in self.header_cols:
            return Element("TH", row, scope="Row")
        return Element("TD", row)

    def __call__(self, table: Any, event: str, *args: Any) -> None:
        tagger = tagger_of(table.canv)
        if tagger is None:
            return
        code = table.canv._code
        if event == "startTable":
            self._repeat = self.drawn
            if not self.layout:
                self.table_element(tagger)
        elif event in ("startBG", "startLines"):
            code.append(ARTIFACT)
        elif event in ("endBG", "endLines"):
            code.append(END)
        elif event == "startRow" and not self.layout:
            index = args[0]
            self._row = self.row(tagger, index, self._repeat and index in self.header_rows)
        elif event == "startCell":
            index, column, value = args[0], args[1], args[2]
            self._open = True
            if self.layout:
                content = value[0] if isinstance(value, (list, tuple)) and len(value) == 1 else value
                if tags_itself(content) or isinstance(content, (list, tuple)):
                    self._open = False
                else:
                    code.append(tagger.begin_flowable(content, tagger.document))
            elif self._row is None:
                code.append(REPEATED)
            else:
                code.append(tagger.begin(self.cell(self._row, index, column)))
        elif event == "endCell":
            if self._open:
                code.append(END)
            self._open = False
        elif event == "endTable":
            self.drawn = True
