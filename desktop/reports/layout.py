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

PARTIES, AGREEMENTS, BODIES, COMMITMENTS, HISTORY = "parties", "agreements", "bodies", "commitments", "history"
PERSON_DASH = " — "  # between a person's name and position
LIST_SEPARATOR = "\n"  # between parties and people within one cell


@dataclass(frozen=True)
class Column:
    key: str  # the importer's field name, or a name of a derived column
    header: str  # the English header the export writes
    cap: int  # widest the column is made, in characters
    derived: bool = False  # computed for the reader; the import skips it


@dataclass(frozen=True)
class SheetLayout:
    name: str
    entity: str
    columns: tuple[Column, ...]
    # How many leading columns a printed page shows: the manager's columns, not the stored
    # details on the right that only make the file a complete register (None: all of them).
    printed: int | None = None

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


def _c(key: str, header: str, cap: int, derived: bool = False) -> Column:
    return Column(key, header, cap, derived)


# Status columns of the Bodies sheet, in the order of CommitmentStatus (checked by the tests).
STATUS_COLUMNS: tuple[tuple[str, str], ...] = (
    ("not_started", "Not started"),
    ("in_progress", "In progress"),
    ("completed", "Completed"),
    ("on_hold", "On hold"),
    ("cancelled", "Cancelled"),
)

# The columns a manager reads come first; the stored details that make the file a complete
# register (other languages, descriptions, sources) follow on the right.
COMMITMENT_SHEET = SheetLayout(
    "Commitments",
    COMMITMENTS,
    (
        _c("ref", "Reference", 18),
        _c("agreement", "Agreement", 24),
        _c("body", "Body", 36),
        _c("party", "Responsible party", 22),
        _c("agency", "Agency", 40),
        _c("sector", "Sector", 18),
        _c("title", "Commitment", 60),
        _c("priority", "Priority", 10),
        _c("due_date", "Due date", 12),
        _c("status", "Status", 13),
        _c("progress", "Progress", 10),
        _c("overdue", "Overdue", 9, True),
        _c("completed_on", "Completed on", 13),
        _c("last_note", "Last status note", 50, True),
        _c("last_changed_at", "Note made", 17, True),
        _c("description", "Description", 60),
        _c("notes", "Notes", 50),
        # The record's version when exported: a re-import finds what changed in the register since.
        _c("version", "Version", 8),
    ),
    printed=15,
)
AGREEMENT_SHEET = SheetLayout(
    "Agreements",
    AGREEMENTS,
    (
        _c("reg_number", "Registration number", 22),
        _c("title", "Title", 60),
        _c("kind", "Kind", 16),
        _c("status", "Status", 12),
        _c("signed_on", "Signed on", 12),
        _c("place", "Place", 16),
        _c("entry_into_force", "In force from", 13),
        _c("expiry", "Expires", 12),
        _c("parties", "Parties", 30),
        _c("signatories", "Signatories", 50),
        _c("in_report", "Commitments in report", 12, True),
        _c("total", "Commitments in total", 12, True),
        _c("title_kk", "Title (Kazakh)", 50),
        _c("title_ru", "Title (Russian)", 50),
        _c("title_zh", "Title (Chinese)", 40),
        _c("summary", "Summary", 60),
        _c("source_ref", "Source", 40),
        _c("version", "Version", 8),
    ),
    printed=12,
)
BODY_SHEET = SheetLayout(
    "Bodies",
    BODIES,
    (
        _c("name", "Body", 50),
        _c("kind", "Kind", 14),
        _c("parent", "Parent body", 40),
        _c("established_by", "Established by", 22),
        _c("established_on", "Established on", 14),
        _c("active", "Active", 8),
        _c("dissolved_on", "Dissolved on", 13),
        _c("parties", "Parties", 30),
        _c("co_chairs", "Co-chairs", 50),
        *(_c("count_" + status, header, 12, True) for status, header in STATUS_COLUMNS),
        _c("overdue", "Overdue", 10, True),
        _c("total", "Total", 8, True),
        _c("average_progress", "Average progress", 10, True),
        _c("name_kk", "Name (Kazakh)", 50),
        _c("name_ru", "Name (Russian)", 50),
        _c("name_zh", "Name (Chinese)", 40),
        _c("notes", "Notes", 60),
    ),
    printed=16,
)
PARTY_SHEET = SheetLayout(
    "Parties",
    PARTIES,
    (
        _c("name", "Name", 40),
        _c("short_name", "Short name", 20),
        _c("kind", "Kind", 14),
        _c("country_code", "ISO code", 9),
        _c("name_kk", "Name (Kazakh)", 40),
        _c("name_ru", "Name (Russian)", 40),
        _c("name_zh", "Name (Chinese)", 30),
    ),
)
HISTORY_SHEET = SheetLayout(
    "History",
    HISTORY,
    (
        _c("entity", "Record", 12),
        _c("ref", "Reference", 20),
        _c("title", "Title", 60, True),
        _c("from_status", "From", 13),
        _c("to_status", "To", 13),
        _c("changed_at", "When", 17),
        _c("changed_by", "By", 20),
        _c("note", "Note", 60),
    ),
)

# Sheets the import reads records from, in the order records must be created.
RECORD_SHEETS: tuple[SheetLayout, ...] = (PARTY_SHEET, AGREEMENT_SHEET, BODY_SHEET, COMMITMENT_SHEET)
BY_ENTITY: dict[str, SheetLayout] = {s.entity: s for s in (*RECORD_SHEETS, HISTORY_SHEET)}
SUMMARY_SHEET = "Summary"


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
