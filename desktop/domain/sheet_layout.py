"""The sheets of Kelisim's Excel workbook, declared once: names, column headers, order, widths.

The exporter (``reports/excel.py``) writes exactly these columns in this order and the importer
(``services/importing/mapping.py``) recognises them by these headers, so an export read back
by the import loses nothing and the two cannot drift apart. A column is either a stored field
(``key`` is the importer's field name) or ``derived`` for the reader (counts, flags, the last
status note), which the import skips.

People (signatories, co-chairs) are written one a line as ``Name — Position [Party]`` by
``format_person``; ``desktop.services.importing.cells.split_people`` reads them back.
No Qt here, and no openpyxl: the importer imports this module too.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.catalogue import render
from desktop.domain.enums import COMMITMENT_STATUS_ORDER
from desktop.domain.messages import Message
from desktop.domain.words import word

PARTIES, AGREEMENTS, BODIES, COMMITMENTS, HISTORY = "parties", "agreements", "bodies", "commitments", "history"
PEOPLE = "people"
PERSON_DASH = " — "  # between a person's name and position
LIST_SEPARATOR = "\n"  # between parties and people within one cell


@dataclass(frozen=True)
class Column:
    key: str  # the importer's field name, or a name of a derived column
    label: Message  # the header; the export writes it in the report's language, the import reads every language
    cap: int  # widest the column is made, in characters
    derived: bool = False  # computed for the reader; the import skips it

    @property
    def header(self) -> str:
        """The English header."""
        return self.label.text

    def header_in(self, language: str) -> str:
        return render(self.label, language)


@dataclass(frozen=True)
class SheetLayout:
    title: Message
    entity: str
    columns: tuple[Column, ...]
    # How many leading columns a printed page shows: the manager's columns, not the stored
    # details on the right that only make the file a complete register (None: all of them).
    printed: int | None = None
    # How many leading columns the oldest export still read as Kelisim's own had (None: all of them). Columns are
    # only ever added at the end, so an older file lacks some of the last ones and is still read by this layout.
    oldest: int | None = None

    @property
    def name(self) -> str:
        """The English sheet name."""
        return self.title.text

    def name_in(self, language: str) -> str:
        return render(self.title, language)

    def headers_in(self, language: str) -> tuple[str, ...]:
        return tuple(c.header_in(language) for c in self.columns)

    @property
    def later_columns(self) -> int:
        """How many of the last columns an older export of this sheet may lack."""
        return len(self.columns) - (self.oldest or len(self.columns))

    @property
    def print_width(self) -> int:
        return self.printed or len(self.columns)

    @property
    def headers(self) -> tuple[str, ...]:
        return tuple(c.header for c in self.columns)

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(c.key for c in self.columns)

    @property
    def caps(self) -> tuple[int, ...]:
        return tuple(c.cap for c in self.columns)

    def fields(self) -> dict[str, str]:
        """Stored field → header, for the importer."""
        return {c.key: c.header for c in self.columns if not c.derived}

    def derived_headers(self) -> tuple[str, ...]:
        return tuple(c.header for c in self.columns if c.derived)


def _c(key: str, header: Message, cap: int, derived: bool = False) -> Column:
    return Column(key, header, cap, derived)


# Status columns of the Bodies sheet: the domain's status order and words.
STATUS_COLUMNS: tuple[tuple[str, Message], ...] = tuple((status, word(status)) for status in COMMITMENT_STATUS_ORDER)

# The columns a manager reads come first; the stored details that make the file a complete
# register (other languages, descriptions, sources) follow on the right.
COMMITMENT_SHEET = SheetLayout(
    Message("Commitments"),
    COMMITMENTS,
    (
        _c("ref", Message("Reference"), 16),
        _c("agreement", Message("Agreement"), 16),
        _c("body", Message("Body"), 18),
        _c("party", Message("Responsible party"), 14),
        _c("agency", Message("Agency"), 16),
        _c("executor", Message("Executor"), 16, True),
        _c("controller", Message("Controller"), 14, True),
        _c("sector", Message("Sector"), 10),
        _c("title", Message("Commitment"), 34),
        _c("priority", Message("Priority"), 10),
        _c("due_date", Message("Due date"), 12),
        _c("moved", Message("Deadline moved"), 10, True),
        _c("status", Message("Status"), 13),
        _c("progress", Message("Progress"), 10),
        _c("overdue", Message("Overdue"), 9, True),
        _c("completed_on", Message("Completed on"), 13),
        _c("last_note", Message("Last status note"), 22, True),
        _c("last_changed_at", Message("Note made"), 14, True),
        _c("description", Message("Description"), 60),
        _c("notes", Message("Notes"), 50),
        # The record's version when exported: a re-import finds what changed in the register since.
        _c("version", Message("Version"), 8),
        # A superseded (cancelled) commitment: the reference of the one that replaces it (added last: an older
        # export, without it, is still read as our own layout).
        _c("superseded_by", Message("Superseded by"), 16, True),
        # The newest interim report (date, text, percentage): what the executor last said; derived, never read back.
        _c("interim", Message("Last interim report"), 40, True),
        # A field added to commitments goes here, at the end: older exports stay readable (``oldest``).
    ),
    printed=18,
    oldest=20,  # up to "Notes"; later: version, superseded by, the interim report and any column added since
)
AGREEMENT_SHEET = SheetLayout(
    Message("Agreements"),
    AGREEMENTS,
    (
        _c("reg_number", Message("Registration number"), 22),
        _c("title", Message("Title"), 60),
        _c("kind", Message("Kind"), 16),
        _c("status", Message("Status"), 12),
        _c("signed_on", Message("Signed on"), 12),
        _c("place", Message("Place"), 16),
        _c("entry_into_force", Message("In force from"), 13),
        _c("expiry", Message("Expires"), 12),
        _c("parties", Message("Parties"), 30),
        _c("signatories", Message("Signatories"), 50),
        _c("in_report", Message("Commitments in report"), 12, True),
        _c("total", Message("Commitments in total"), 12, True),
        _c("title_kk", Message("Title (Kazakh)"), 50),
        _c("title_ru", Message("Title (Russian)"), 50),
        _c("title_zh", Message("Title (Chinese)"), 40),
        _c("summary", Message("Summary"), 60),
        _c("source_ref", Message("Source"), 40),
        _c("version", Message("Version"), 8),
    ),
    printed=12,
    oldest=17,  # without "Version"
)
BODY_SHEET = SheetLayout(
    Message("Bodies"),
    BODIES,
    (
        _c("name", Message("Body"), 50),
        _c("kind", Message("Kind"), 14),
        _c("parent", Message("Parent body"), 40),
        _c("established_by", Message("Established by"), 22),
        _c("established_on", Message("Established on"), 14),
        _c("active", Message("Active"), 8),
        _c("dissolved_on", Message("Dissolved on"), 13),
        _c("parties", Message("Parties"), 30),
        _c("co_chairs", Message("Co-chairs"), 50),
        *(_c("count_" + status, header, 12, True) for status, header in STATUS_COLUMNS),
        _c("overdue", Message("Overdue"), 10, True),
        _c("total", Message("Total"), 8, True),
        _c("average_progress", Message("Average progress"), 10, True),
        _c("name_kk", Message("Name (Kazakh)"), 50),
        _c("name_ru", Message("Name (Russian)"), 50),
        _c("name_zh", Message("Name (Chinese)"), 40),
        _c("notes", Message("Notes"), 60),
    ),
    printed=17,  # up to "Average progress"
)
PARTY_SHEET = SheetLayout(
    Message("Parties"),
    PARTIES,
    (
        _c("name", Message("Name"), 40),
        _c("short_name", Message("Short name"), 20),
        _c("kind", Message("Kind"), 14),
        _c("country_code", Message("ISO code"), 9),
        _c("name_kk", Message("Name (Kazakh)"), 40),
        _c("name_ru", Message("Name (Russian)"), 40),
        _c("name_zh", Message("Name (Chinese)"), 30),
    ),
)
# The people who execute and control commitments; a person is known by their name.
PEOPLE_SHEET = SheetLayout(
    Message("People"),
    PEOPLE,
    (
        _c("name", Message("Name"), 30),
        _c("agency", Message("Agency"), 40),
        _c("position", Message("Position"), 30),
        _c("contact", Message("Contact"), 24),
        _c("login", Message("Login"), 16),
    ),
)
HISTORY_SHEET = SheetLayout(
    Message("History"),
    HISTORY,
    (
        _c("entity", Message("Record"), 12),
        _c("ref", Message("Reference"), 20),
        _c("title", Message("Title"), 60, True),
        _c("from_status", Message("From"), 13),
        _c("to_status", Message("To"), 13),
        _c("changed_at", Message("When"), 17),
        _c("changed_by", Message("By"), 20),
        _c("note", Message("Note"), 60),
        # History an import carried from a workbook: who imported it and when; empty for native history.
        _c("imported", Message("Imported by / on"), 28, True),
    ),
)
# The History columns the import reads back (an export made before "Imported by / on" existed has only these).
HISTORY_READ_HEADERS: tuple[str, ...] = HISTORY_SHEET.headers[:8]

# Sheets the import reads records from, in the order records must be created.
RECORD_SHEETS: tuple[SheetLayout, ...] = (PEOPLE_SHEET, PARTY_SHEET, AGREEMENT_SHEET, BODY_SHEET, COMMITMENT_SHEET)
BY_ENTITY: dict[str, SheetLayout] = {s.entity: s for s in (*RECORD_SHEETS, HISTORY_SHEET)}
SUMMARY_TITLE = Message("Summary", context="Report")
SUMMARY_SHEET = SUMMARY_TITLE.text


def check_order(layout: SheetLayout, keys: tuple[str, ...]) -> None:
    """Refuse (at import time of the writer) a row builder whose order differs from the layout."""
    if keys != layout.keys:
        raise AssertionError(f"the {layout.name} writer's columns {keys} differ from the layout {layout.keys}")


def _needs_dash(name: str) -> bool:
    # A bare name is read back as a name only when nothing in it looks like the separators.
    return any(mark in name for mark in (" —", " - ", ",", ";")) or name.endswith("]")


def format_person(name: str, position: str, party: str) -> str:
    """``Name — Position [Party]``; parts that are empty are left out, unambiguously."""
    text = name
    if position or _needs_dash(name):
        text += PERSON_DASH.rstrip() + (" " + position if position else "")
    if party:
        text += f" [{party}]"
    elif position.endswith("]"):
        text += " []"  # so the position's own bracket is not read as a party
    return text
