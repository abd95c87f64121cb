"""Opening a workbook someone sent us, safely: a clear message within seconds for anything odd.

Checks run before openpyxl sees the file, because openpyxl trusts what it is given: the zip
directory's declared sizes (a zip bomb), the magic bytes (an encrypted workbook is an OLE2
container, not a zip), and a row cap while reading. Formula cells are never evaluated: their
cached values are read (``data_only=True``) and a formula without one becomes a row error.
"""

from __future__ import annotations

import pickle
import re
import sqlite3
import threading
import zipfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, overload

from desktop.domain.errors import KelisimError
from desktop.domain.messages import Message
from desktop.services.progress import Cancelled, Progress, no_progress

MAX_FILE_BYTES = 200 * 1024 * 1024
# A 100,000-row register is ~60 MB of sheet XML; a zip declaring far more is refused unread.
MAX_UNCOMPRESSED_BYTES = 600 * 1024 * 1024
MAX_ROWS = 250_000
# Our own export's History sheet holds a few changes per commitment: 100,000 commitments
# make ~300,000 rows, which must not make the whole file unreadable.
MAX_HISTORY_ROWS = 1_000_000
HISTORY_SHEETS = ("history", "история", "тарих")
MAX_COLUMNS = 200
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_FORMULA_TAG = re.compile(rb"<(?:\w+:)?f[\s>/]")


# A sheet longer than this keeps its rows in a private temporary file, not in memory: a
# 100,000-row register held as Python tuples took ~270 MB, the import's largest part.
SPILL_ROWS = 5000
_SPILL_BATCH = 2000


class WorkbookError(KelisimError):
    """The file cannot be imported at all; the message says why and what to do."""


Row = tuple[int, tuple[Any, ...]]


class _RowStore:
    """Rows of a workbook's long sheets in a private temporary SQLite database.

    ``sqlite3.connect("")`` makes an on-disk database the library deletes when the connection
    closes (here: when the workbook is no longer referenced). Each batch of rows is one pickled list
    (the cells' own values: text, numbers, dates, times, booleans), so every value comes back with its
    own type; a row or a cell at a time cost Python work per cell on the way in and out (~10 % of an
    import of 20,000 rows). Only values openpyxl made from the file are pickled, and only this
    process reads them back.
    """

    def __init__(self) -> None:
        self._connection = sqlite3.connect("", check_same_thread=False)
        self._lock = threading.Lock()  # one workbook is read by one job at a time; this makes it certain
        self._tables = 0

    def new_table(self) -> str:
        self._tables += 1
        name = f"rows_{self._tables}"
        with self._lock:
            self._connection.execute(f"CREATE TABLE {name} (first INTEGER PRIMARY KEY, rows BLOB NOT NULL)")
        return name

    def append(self, table: str, start: int, rows: list[Row]) -> None:
        """``rows`` as the rows ``start``, ``start + 1``, … of ``table``."""
        if not rows:
            return
        batch = pickle.dumps(rows, pickle.HIGHEST_PROTOCOL)
        with self._lock:
            self._connection.execute(f"INSERT INTO {table} (first, rows) VALUES (?, ?)", (start, batch))

    def read(self, table: str, start: int, stop: int) -> Iterator[Row]:
        """Rows ``start <= seq < stop``, unpickled a batch at a time (never the whole sheet at once)."""
        with self._lock:
            found = self._connection.execute(f"SELECT max(first) FROM {table} WHERE first <= ?", (start,)).fetchone()
        first = found[0] if found and found[0] is not None else start
        while first < stop:
            with self._lock:
                batch = self._connection.execute(
                    f"SELECT first, rows FROM {table} WHERE first >= ? ORDER BY first LIMIT 1", (first,)
                ).fetchone()
            if batch is None:
                return
            first, data = batch
            rows: list[Row] = pickle.loads(data)
            yield from rows[max(0, start - first) : stop - first]
            first += len(rows)

    def close(self) -> None:
        with self._lock:
            self._connection.close()

    def __del__(self) -> None:
        self._connection.close()


class SpilledRows(Sequence[Row]):
    """A long sheet's rows, read back from the workbook's row store as they are iterated.

    Behaves as the list it replaces: ``len``, ``rows[i]``, ``rows[a:b]`` (another view, nothing
    read) and iteration in the sheet's order.
    """

    def __init__(self, store: _RowStore, table: str, count: int, start: int = 0, stop: int | None = None):
        self._store, self._table, self._count = store, table, count
        self._start = start
        self._stop = count if stop is None else stop

    def __len__(self) -> int:
        return max(0, self._stop - self._start)

    @overload
    def __getitem__(self, index: int) -> Row: ...

    @overload
    def __getitem__(self, index: slice) -> SpilledRows: ...

    def __getitem__(self, index: int | slice) -> Row | SpilledRows:
        if isinstance(index, slice):
            start, stop, step = index.indices(len(self))
            if step != 1:
                raise ValueError("spilled rows are read in order")
            return SpilledRows(
                self._store, self._table, self._count, self._start + start, self._start + max(start, stop)
            )
        position = index + len(self) if index < 0 else index
        if not 0 <= position < len(self):
            raise IndexError(index)
        return next(self._store.read(self._table, self._start + position, self._start + position + 1))

    def __iter__(self) -> Iterator[Row]:
        return self._store.read(self._table, self._start, self._stop)


class _SheetRows:
    """Collects a sheet's rows while it is read: a list while short, the row store once long."""

    def __init__(self, store: _RowStore | None) -> None:
        self._store = store
        self._rows: list[Row] = []
        self._table: str | None = None
        self._count = 0

    def add(self, row: Row) -> None:
        self._rows.append(row)
        if len(self._rows) >= (SPILL_ROWS if self._table is None else _SPILL_BATCH) and self._store is not None:
            if self._table is None:
                self._table = self._store.new_table()
            self._store.append(self._table, self._count, self._rows)
            self._count += len(self._rows)
            self._rows = []

    def result(self) -> Sequence[Row]:
        if self._table is None or self._store is None:
            return self._rows
        if self._rows:
            self._store.append(self._table, self._count, self._rows)
            self._count += len(self._rows)
        return SpilledRows(self._store, self._table, self._count)


@dataclass
class SheetData:
    name: str
    # (Excel row number, values) for every non-empty row, header rows included: a list, or for a
    # long sheet a SpilledRows read back from disk as it is iterated.
    rows: Sequence[Row]
    # (row, column index) of formula cells that have no cached value: errors, not blanks.
    uncached_formulas: set[tuple[int, int]] = field(default_factory=set)
    hidden: bool = False  # hidden (or very hidden) in Excel: skipped, and named as skipped


@dataclass
class WorkbookData:
    path: Path
    sheets: list[SheetData]
    # When the file was last saved (its properties, else the file's time), aware UTC: a record the
    # register changed after that is a conflict, not something the file may silently overwrite.
    written_at: datetime | None = None

    @property
    def name(self) -> str:
        return self.path.name


def check_container(path: Path) -> None:
    """Refuse what is not a plain, reasonably sized .xlsx before any parser touches it."""
    if not path.exists():
        raise WorkbookError(Message("{0}: the file does not exist", path.name))
    if path.is_dir():
        raise WorkbookError(Message("{0} is a folder, not a workbook", path.name))
    size = path.stat().st_size
    if size == 0:
        raise WorkbookError(Message("{0} is empty (0 bytes): it is not a workbook", path.name))
    if size > MAX_FILE_BYTES:
        raise WorkbookError(
            Message("{0} is {1} MB; at most {2} MB can be imported", path.name, size // 2**20, MAX_FILE_BYTES // 2**20)
        )
    with open(path, "rb") as handle:
        head = handle.read(8)
    if head == OLE2_MAGIC:
        raise WorkbookError(
            Message(
                "{0} is password-protected (encrypted) or an old Excel 97–2003 .xls file. Open it in Excel, "
                "remove the password and save it as .xlsx, then import again.",
                path.name,
            )
        )
    if not head.startswith(b"PK"):
        raise WorkbookError(
            Message("{0} is not an Excel workbook (.xlsx); save it from Excel as .xlsx and try again", path.name)
        )
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError) as exc:
        raise WorkbookError(Message("{0} is damaged (not a readable zip archive: {1})", path.name, exc)) from exc
    names = {info.filename for info in infos}
    if "xl/workbook.xml" not in names:
        raise WorkbookError(Message("{0} is a zip archive but not an Excel workbook (no xl/workbook.xml)", path.name))
    declared = sum(info.file_size for info in infos)
    if declared > MAX_UNCOMPRESSED_BYTES or len(infos) > 10_000:
        raise WorkbookError(
            Message(
                "{0} unpacks to {1} MB, more than the {2} MB a register can need: it is refused as unsafe "
                "(a zip bomb or far too large)",
                path.name,
                declared // 2**20,
                MAX_UNCOMPRESSED_BYTES // 2**20,
            )
        )


@dataclass(frozen=True)
class _SheetScan:
    formulas: bool  # an <f> element somewhere: its cells' cached values are checked in a second pass
    # No document type declaration (so no entity can be declared, expanded or fetched) in an ASCII-compatible
    # encoding: the sheet may be parsed by the standard library's C parser (``_SheetParser``).
    plain: bool


_DOCTYPE = b"<!DOCTYPE"
_UTF8_BOM = b"\xef\xbb\xbf"


def _scan_sheet(archive: zipfile.ZipFile, member: str) -> _SheetScan:
    """Stream one sheet's XML looking for an <f> element and a DOCTYPE, without building the tree."""
    tail = b""
    formulas, plain, first = False, True, True
    with archive.open(member) as stream:
        while chunk := stream.read(1 << 20):
            if first:
                # UTF-8 (or another encoding that writes markup as ASCII): a DOCTYPE would show as these bytes.
                # UTF-16 and the like (a NUL byte, or no "<" first) are left to the defused parser.
                head = chunk.removeprefix(_UTF8_BOM)
                plain, first = head.startswith(b"<"), False
            window = tail + chunk
            # A formula's tag holds "<f" or a prefix's ":f"; a register's sheet rarely does, and the search for
            # the tag itself tries every "<" of the chunk.
            formulas = formulas or ((b"<f" in window or b":f" in window) and _FORMULA_TAG.search(window) is not None)
            plain = plain and _DOCTYPE not in window and b"\x00" not in chunk
            if formulas and not plain:
                break
            tail = chunk[-16:]
    return _SheetScan(formulas, plain)


def _uncached_formula_cells(path: Path, title: str, limit_rows: int) -> set[tuple[int, int]]:
    """Cells of ``title`` holding a formula whose cached value is missing (second, rare pass)."""
    from openpyxl import load_workbook

    formulas: set[tuple[int, int]] = set()
    book = load_workbook(path, read_only=True, data_only=False, keep_links=False)
    try:
        ws = book[title]
        ws.reset_dimensions()
        for count, row in enumerate(ws.iter_rows(), start=1):
            if count > limit_rows:
                break
            for cell in row:
                if getattr(cell, "data_type", None) == "f":
                    formulas.add((cell.row, cell.column - 1))
    finally:
        book.close()
    return formulas


def row_cap(title: str) -> int:
    return MAX_HISTORY_ROWS if title.strip().casefold() in HISTORY_SHEETS else MAX_ROWS


def _rows(ws: Any, title: str, progress: Progress) -> Iterator[tuple[int, tuple[Any, ...]]]:
    cap = row_cap(title)
    for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
        if number > cap:
            raise WorkbookError(
                Message(
                    "the sheet '{0}' has more than {1} rows; split the file and import it in parts", title, f"{cap:,}"
                )
            )
        if number % 5000 == 0:
            progress(number, None, Message("Reading '{0}': {1} rows", title, number))
        if len(values) > MAX_COLUMNS:
            values = values[:MAX_COLUMNS]
        if any(v is not None and v != "" for v in values):
            yield number, values


def _declared_size(ws: Any) -> None:
    """``ReadOnlyWorksheet._get_size`` reading only up to ``<sheetData>``.

    openpyxl looks for the ``<dimension>`` tag with "end" events, and ``<sheetData>`` ends only
    after its last row: a sheet without the tag (every write-only workbook, Kelisim's own export
    included) is parsed in full once just to learn it has no size, then again for its rows —
    measured 5.6 s of a 100,000-row import. "start" events stop at the data; the answer is the same.
    """
    from openpyxl.worksheet._reader import DATA_TAG, DIMENSION_TAG
    from openpyxl.worksheet.dimensions import SheetDimension
    from openpyxl.xml.functions import iterparse

    with ws._get_source() as src:
        for _event, element in iterparse(src, events=("start",)):
            if element.tag == DIMENSION_TAG:
                ws._min_column, ws._min_row, ws._max_column, ws._max_row = SheetDimension.from_tree(element).boundaries
                return
            if element.tag == DATA_TAG:
                return


@contextmanager
def _quick_size_scan() -> Iterator[None]:
    """Use ``_declared_size`` while Kelisim opens a workbook, and give openpyxl its own back after.

    Only the method this was written against is replaced: another openpyxl keeps its own.
    """
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

    original = ReadOnlyWorksheet._get_size
    if getattr(original, "__qualname__", "") != "ReadOnlyWorksheet._get_size":
        yield
        return
    ReadOnlyWorksheet._get_size = _declared_size
    try:
        yield
    finally:
        ReadOnlyWorksheet._get_size = original


_SHEET_MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_PLAIN_TEXT_TAG = f"{{{_SHEET_MAIN_NS}}}t"


class _InlineText:
    """What ``Text.from_tree(node).content`` gives for a plain inline string."""

    __slots__ = ("content",)

    def __init__(self, content: str) -> None:
        self.content = content


class _PlainInlineStrings:
    """``openpyxl.cell.text.Text`` for the sheet reader, reading a plain inline string without building a Text.

    openpyxl reads every inline-string cell (``<c t="inlineStr"><is><t>…</t></is></c>``, as Kelisim's
    own export and other write-only workbooks store text) through ``Text.from_tree``, whose descriptors
    cost more than parsing the XML around it: measured a third of reading a 20,000-row register. An
    ``<is>`` without attributes whose children are only ``<t>`` elements gives the same content as
    ``Text.from_tree`` (the last ``<t>``'s text, "" when it has none); anything else — rich-text runs,
    phonetic hints, attributes — goes to openpyxl's own Text, so every value is exactly what it would be.
    """

    def __init__(self, text_class: Any) -> None:
        self._text_class = text_class

    def from_tree(self, node: Any) -> Any:
        if not node.attrib:
            if len(node) == 1:  # one <t>, as nearly every writer stores a cell's text
                child = node[0]
                if child.tag == _PLAIN_TEXT_TAG:
                    return _InlineText(child.text or "")
            children = list(node)
            if all(child.tag == _PLAIN_TEXT_TAG for child in children):
                return _InlineText((children[-1].text or "") if children else "")
        return self._text_class.from_tree(node)


@contextmanager
def _quick_inline_strings() -> Iterator[None]:
    """Use ``_PlainInlineStrings`` while Kelisim reads a workbook, and give openpyxl its own Text back after.

    Only the reader this was written against is changed: another openpyxl keeps its own.
    """
    from openpyxl.cell.text import Text
    from openpyxl.worksheet import _reader

    if getattr(_reader, "Text", None) is not Text or getattr(_reader, "INLINE_STRING", "") != (
        f"{{{_SHEET_MAIN_NS}}}is"
    ):
        yield
        return
    _reader.Text = _PlainInlineStrings(Text)
    try:
        yield
    finally:
        _reader.Text = Text


class _SheetParser:
    """``iterparse`` for openpyxl's sheet reader: the standard library's C parser for a sheet ``_scan_sheet`` found
    plain, defusedxml's (openpyxl's own choice) for any other.

    defusedxml guards against entities (billion laughs, external entities) by parsing with the pure-Python
    ``XMLParser``, whose per-element callbacks were about a tenth of the instructions of reading a 20,000-row
    register (Kelisim's own export). Entities are declared
    only in a document type declaration; a sheet without one (every workbook Excel, LibreOffice or openpyxl
    writes) has nothing for defusedxml to refuse, and expat gives the same elements through either parser.
    """

    def __init__(self, defused: Any) -> None:
        self.defused = defused
        # Set for each sheet before its rows are read, by the thread reading it: a thread that set nothing (another
        # workbook read at the same time in the same process) gets defusedxml.
        self._sheet = threading.local()

    @property
    def plain(self) -> bool:
        return bool(getattr(self._sheet, "plain", False))

    @plain.setter
    def plain(self, value: bool) -> None:
        self._sheet.plain = value

    def __call__(self, source: Any, events: Any = None, parser: Any = None) -> Any:
        from xml.etree.ElementTree import iterparse

        if self.plain and parser is None:
            return iterparse(source, events)
        return self.defused(source, events) if parser is None else self.defused(source, events, parser)


@contextmanager
def _quick_sheet_parser() -> Iterator[_SheetParser | None]:
    """``_SheetParser`` as openpyxl's sheet reader's ``iterparse`` while Kelisim reads a workbook, openpyxl's own
    after. Only the reader this was written against (defusedxml's ``iterparse``) is changed."""
    from defusedxml.ElementTree import iterparse as defused
    from openpyxl.worksheet import _reader

    installed = getattr(_reader, "iterparse", None)
    if isinstance(installed, _SheetParser):  # another thread is reading a workbook: its parser, our own flags
        yield installed
        return
    if installed is not defused:
        yield None
        return
    chosen = _SheetParser(defused)
    _reader.iterparse = chosen
    try:
        yield chosen
    finally:
        _reader.iterparse = defused


def read_workbook(path: Path | str, progress: Progress = no_progress) -> WorkbookData:
    """Read every sheet's values; raise WorkbookError with a message for an unusable file."""
    import defusedxml  # noqa: F401  openpyxl parses with it when importable: no XML bombs
    from openpyxl import load_workbook

    path = Path(path)
    check_container(path)
    try:
        with _quick_size_scan():  # openpyxl sizes each sheet when it opens the book
            book = load_workbook(path, read_only=True, data_only=True, keep_links=False)
    except WorkbookError:
        raise
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError, EOFError) as exc:
        raise WorkbookError(
            Message("{0} is damaged and cannot be read ({1}: {2})", path.name, type(exc).__name__, exc)
        ) from exc
    except Exception as exc:  # openpyxl raises many parser errors on broken XML
        raise WorkbookError(
            Message("{0} is damaged and cannot be read ({1}: {2})", path.name, type(exc).__name__, exc)
        ) from exc
    sheets: list[SheetData] = []
    store = _RowStore()
    with_formulas: set[str] = set()
    written_at = _written_at(book, path)
    try:
        with _quick_inline_strings(), _quick_sheet_parser() as parser:
            _read_sheets(book, store, sheets, with_formulas, progress, parser)
    except (WorkbookError, Cancelled):  # a Cancel is the clerk's choice, not a damaged file
        raise
    except zipfile.BadZipFile as exc:
        raise WorkbookError(Message("{0} is damaged: {1}", path.name, exc)) from exc
    except Exception as exc:  # a corrupt part surfaces as any parser error mid-read
        raise WorkbookError(
            Message("{0} is damaged and cannot be read ({1}: {2})", path.name, type(exc).__name__, exc)
        ) from exc
    finally:
        book.close()
    for sheet in sheets:
        if sheet.name in with_formulas:
            formulas = _uncached_formula_cells(path, sheet.name, MAX_ROWS)
            with_formula = {number for number, _column in formulas}
            values = {
                (number, index): v
                for number, row in sheet.rows
                if number in with_formula
                for index, v in enumerate(row)
            }
            sheet.uncached_formulas = {cell for cell in formulas if values.get(cell) is None}
    if not any(sheet.rows for sheet in sheets):
        hidden = [s.name for s in sheets if s.hidden]
        also = f" (hidden sheets are not read: {', '.join(hidden)})" if hidden else ""
        raise WorkbookError(Message("{0} has no data: every visible sheet is empty{1}", path.name, also))
    return WorkbookData(path, sheets, written_at)


def _read_sheets(
    book: Any,
    store: _RowStore,
    sheets: list[SheetData],
    with_formulas: set[str],
    progress: Progress,
    parser: _SheetParser | None = None,
) -> None:
    """Every sheet's rows into ``sheets``; the titles of sheets holding formulas into ``with_formulas``."""
    for ws in book.worksheets:
        # Read-only sheets keep their zip member; a raw scan is far cheaper than a second parse.
        scan = _scan_sheet(book._archive, ws._worksheet_path)
        if scan.formulas:
            with_formulas.add(ws.title)
        declared = ws.max_row or 0  # the <dimension> tag: cheap early refusal of a giant sheet
        if declared > row_cap(ws.title):
            raise WorkbookError(
                Message(
                    "the sheet '{0}' has {1} rows; at most {2} can be imported at once",
                    ws.title,
                    f"{declared:,}",
                    f"{row_cap(ws.title):,}",
                )
            )
        hidden = getattr(ws, "sheet_state", "visible") != "visible"
        if hidden:  # never read: the summary names it as skipped
            sheets.append(SheetData(ws.title, [], hidden=True))
            continue
        ws.reset_dimensions()  # the tag can also lie low; read every row that is there
        if parser is not None:
            parser.plain = scan.plain
        collected = _SheetRows(store)
        for row in _rows(ws, ws.title, progress):
            collected.add(row)
        sheets.append(SheetData(ws.title, collected.result()))


def _written_at(book: Any, path: Path) -> datetime | None:
    """The workbook's "last saved" property (Excel writes it in UTC), else the file's modification time."""
    moment = getattr(getattr(book, "properties", None), "modified", None)
    if isinstance(moment, datetime):
        return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    try:
        return datetime.fromtimestamp(path.stat().st_mtime, UTC)
    except OSError:
        return None
