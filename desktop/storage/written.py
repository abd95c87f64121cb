"""Which tables a piece of work wrote: every statement the drivers execute, noted while a recording is open.

The services turn the table names into "what changed" (``desktop.services.changes``); recording at
the cursor sees ORM flushes, Core statements and raw driver SQL alike, so no write path can forget
to say what it changed. Writes made by triggers (the audit trail) are not statements and are not seen.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

# A context variable: each worker thread records only its own work.
_RECORDING: ContextVar[set[str] | None] = ContextVar("kelisim_written_tables", default=None)
_DML = re.compile(r'^\s*(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|UPDATE|DELETE\s+FROM)\s+"?(\w+)', re.IGNORECASE)


def install() -> None:
    """Listen to every engine's statements; storage.engine calls it once, so recording (SQLAlchemy-free) can be
    imported by the window before SQLAlchemy is."""
    from sqlalchemy import Engine, event

    if not event.contains(Engine, "before_cursor_execute", _note_written):
        event.listen(Engine, "before_cursor_execute", _note_written)


def _note_written(
    _conn: Any, _cursor: Any, statement: str, _parameters: Any, _context: Any, _executemany: bool
) -> None:
    tables = _RECORDING.get()
    if tables is not None:
        found = _DML.match(statement)
        if found is not None:
            tables.add(found.group(1).lower())


@contextmanager
def recording() -> Iterator[set[str]]:
    """The names of the tables written inside the ``with`` block, in this thread."""
    tables: set[str] = set()
    token = _RECORDING.set(tables)
    try:
        yield tables
    finally:
        _RECORDING.reset(token)


def note(table: str) -> None:
    """Count a table as written by work the drivers do not see as a statement (a file restored whole)."""
    tables = _RECORDING.get()
    if tables is not None:
        tables.add(table)
