"""The Commitments list's first screenful read before SQLAlchemy is imported, so the window paints it at once.

Start-up (``ui/application.py``) paints the clerk's list with these rows and only then imports SQLAlchemy and
opens the register — the imports alone take longer than everything else before the first paint. The rows are the
ones ``commitment_list.first_rows`` reads, by the same statements: ``first_screen_sql.STATEMENTS`` holds them
compiled for SQLite from ``commitment_list.first_screen_query`` and ``lookups.names_queries`` (``python -m
desktop.services.first_screen`` writes the file; tests/test_first_screen.py fails when it differs from a fresh
compile), and the rows are ordered and named by the same functions (``list_row.first_in_order``,
``names.names_from``). Only a SQLite file that is plainly a current Kelisim register is read
(``storage.first_read``); otherwise, and for a sort that needs every row, there is no first screenful here and the
list reads it after the register is open, as it always could.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from desktop.services.first_screen_sql import STATEMENTS
from desktop.services.list_row import SQL_ORDERED, CommitmentRow, first_in_order
from desktop.services.names import LANGUAGES_WITH_NAMES, LocalNames, names_from
from desktop.storage import first_read

FIRST_SCREENFUL = 120  # rows read before the rest: more than a tall screen shows
NAME_TABLES = ("bodies", "agreements", "parties")


@dataclass(frozen=True)
class FirstScreen:
    rows: list[CommitmentRow]
    names: LocalNames


def statement_name(position: int | None, descending: bool) -> str:
    if position is None:
        return "rows by id"
    return f"rows by {position} {'descending' if descending else 'ascending'}"


def can_read(position: int | None) -> bool:
    """Whether a list sorted by ``position`` (its default order) has its first screenful here."""
    return position is None or position in SQL_ORDERED


def can_start(path: Path) -> bool:
    """Whether the window may paint before opening the register at ``path``: a current Kelisim register file
    holding commitments (``read`` then has its rows for any sort ``can_read`` takes)."""
    found = first_read.read(path, {"any": "SELECT 1 FROM commitment LIMIT 1"})
    return bool(found and found["any"])


def read(path: Path, position: int | None, descending: bool, language: str) -> FirstScreen | None:
    """The first screenful of the list sorted by ``position`` (None: id order), with the names in ``language``;
    None when the file is not plainly a current Kelisim register, or holds no commitment (the register's own
    open then decides: a demo to load, a migration, a message)."""
    if not can_read(position):
        return None
    wanted = [statement_name(position, descending)]
    if language in LANGUAGES_WITH_NAMES:
        wanted += NAME_TABLES
    found = first_read.read(path, {name: STATEMENTS[name] for name in wanted})
    if found is None or not found[wanted[0]]:
        return None
    rows = first_in_order(found[wanted[0]], position, descending, FIRST_SCREENFUL)
    names = names_from(language, *(found[name] for name in NAME_TABLES)) if len(wanted) > 1 else LocalNames()
    return FirstScreen(rows, names)


def compiled_statements() -> dict[str, str]:
    """Every statement ``read`` runs, compiled for SQLite with its values written in (no parameters)."""
    from sqlalchemy.dialects import sqlite

    from desktop.services.commitment_list import first_screen_query
    from desktop.services.lookups import names_queries

    def compiled(query: object) -> str:
        return str(query.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))  # type: ignore[attr-defined]

    statements = {statement_name(None, False): compiled(first_screen_query(None, False, FIRST_SCREENFUL))}
    for position in SQL_ORDERED:
        for descending in (False, True):
            query = first_screen_query(position, descending, FIRST_SCREENFUL)
            statements[statement_name(position, descending)] = compiled(query)
    statements.update(zip(NAME_TABLES, (compiled(query) for query in names_queries()), strict=True))
    return statements


def module_text(statements: dict[str, str]) -> str:
    lines = [
        '"""Written by ``python -m desktop.services.first_screen`` from the list and names queries: do not edit.',
        "",
        "tests/test_first_screen.py fails when a fresh compile differs; run the command again then.",
        '"""',
        "",
        "STATEMENTS: dict[str, str] = {",
    ]
    lines += [f"    {name!r}: {sql!r}," for name, sql in statements.items()]
    lines += ["}", ""]
    return "\n".join(lines)


if __name__ == "__main__":
    target = Path(__file__).with_name("first_screen_sql.py")
    target.write_text(module_text(compiled_statements()), encoding="utf-8")
    sys.stdout.write(f"wrote {target}\n")
