"""Issue 16: the import's faster reading, planning and writing leave exactly the register they left before.

Each workbook is imported into a register on each engine, and everything the import wrote — every row it added,
changed or removed in every table, its audit trail included — is compared with what main wrote (commit cb30bee,
before the import was made cheaper), kept in ``tests/data/import_writes/``. The import's clock is fixed, so its
timestamps are part of the comparison; only the audit trail's own time and the hash chained over it are left out.

To record the files again after an intended change to what an import writes (a new column, a new audit field),
run this module with ``KELISIM_RECORD_IMPORT_WRITES=1`` and review the difference in git.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import inspect, select, table, text

from desktop.reports.excel import write_workbook
from desktop.services.importing import apply
from desktop.services.importing.apply import import_workbook
from desktop.services.reporting import dataset
from desktop.storage.database import Database
from tests.benchmarks.worker import import_source
from tests.test_import_clerk import clerk_register
from tests.test_import_spill import spill_early, untidy_clerk_register
from tests.test_roundtrip import add_crafted

RECORDED = Path(__file__).parent / "data" / "import_writes"
RECORD = os.environ.get("KELISIM_RECORD_IMPORT_WRITES") == "1"
NOW = datetime(2026, 11, 30, 9, 15, 42, 123456, tzinfo=UTC)
TODAY = date(2026, 6, 1)
# Written by the database at the moment of the write: the trail's time, and its hash chained over that time.
DATABASE_CLOCK = {"audit_log": ("at", "hash")}


def _value(value: Any) -> Any:
    if isinstance(value, datetime):
        # SQLite hands back naive UTC, PostgreSQL aware: the same moment either way.
        return (value if value.tzinfo is None else value.astimezone(UTC).replace(tzinfo=None)).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    return value


def register_rows(db: Database) -> dict[str, Counter[str]]:
    """Every row of every table as JSON text of its columns (the database's clock left out), counted."""
    rows: dict[str, Counter[str]] = {}
    with db.engine.connect() as conn:
        inspector = inspect(conn)
        for name in sorted(inspector.get_table_names()):
            skipped = DATABASE_CLOCK.get(name, ())
            columns = [c["name"] for c in inspector.get_columns(name) if c["name"] not in skipped]
            query = select(*(text(f'"{c}"') for c in columns)).select_from(table(name))
            rows[name] = Counter(
                json.dumps(dict(zip(columns, map(_value, row), strict=True)), ensure_ascii=False, sort_keys=True)
                for row in conn.execute(query)
            )
    return rows


def written_by(db: Database, run: Any) -> dict[str, dict[str, list[str]]]:
    """What ``run()`` added to and removed from each table of ``db``, rows sorted."""
    before = register_rows(db)
    run()
    after = register_rows(db)
    changes: dict[str, dict[str, list[str]]] = {}
    for name in sorted(set(before) | set(after)):
        added = after.get(name, Counter()) - before.get(name, Counter())
        removed = before.get(name, Counter()) - after.get(name, Counter())
        if added or removed:
            changes[name] = {"added": sorted(added.elements()), "removed": sorted(removed.elements())}
    return changes


def same_as_recorded(name: str, db: Database, changes: dict[str, dict[str, list[str]]]) -> None:
    path = RECORDED / f"{name}-{db.engine.dialect.name}.json"
    if RECORD:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(changes, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    recorded = json.loads(path.read_text(encoding="utf-8"))
    assert set(changes) == set(recorded), "the import wrote to other tables than before"
    for table_name, rows in recorded.items():
        assert changes[table_name] == rows, f"the import wrote other rows to {table_name} than before"


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """The import's own timestamps (created, updated, imported, its status changes) at one known moment."""
    monkeypatch.setattr(apply, "utc_now", lambda: NOW)


def test_a_clerks_register_writes_what_it_wrote(demo_db: Database, tmp_path: Path) -> None:
    path = clerk_register(tmp_path / "clerk.xlsx")
    changes = written_by(demo_db, lambda: import_workbook(demo_db, path, skip_invalid=True))
    assert {"commitment", "status_change", "audit_log"} <= set(changes)
    same_as_recorded("clerk", demo_db, changes)


@pytest.mark.parametrize("spilled", [False, True], ids=["in-memory", "spilled"])
def test_an_untidy_register_writes_what_it_wrote(
    demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, spilled: bool
) -> None:
    if spilled:  # the long-register path: rows and planned records through their temporary files
        spill_early(monkeypatch)
    path = untidy_clerk_register(tmp_path / "untidy.xlsx")
    changes = written_by(demo_db, lambda: import_workbook(demo_db, path, skip_invalid=True))
    assert {"agreement", "commitment", "status_change", "audit_log"} <= set(changes)
    same_as_recorded("untidy", demo_db, changes)


@pytest.mark.slow
@pytest.mark.parametrize("spilled", [False, True], ids=["in-memory", "spilled"])
def test_kelisims_own_export_writes_what_it_wrote(
    demo_db: Database, another_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, spilled: bool
) -> None:
    # The benchmark's workbook in small: Kelisim's export (with the records the demo lacks, hostile text included)
    # read into an empty register, so every sheet adds its records: parties, people, agreements, bodies, links.
    # (Its History sheet would carry the times the demo was loaded at: a test run's clock, not the import's.)
    add_crafted(demo_db)
    export = write_workbook(dataset.build(demo_db, today=TODAY), tmp_path / "export.xlsx")
    path = tmp_path / "register.xlsx"
    import_source(str(export), str(path))  # as the benchmark makes it: without the History and Summary sheets
    if spilled:
        spill_early(monkeypatch)
    changes = written_by(another_db, lambda: import_workbook(another_db, path, skip_invalid=True))
    assert {"party", "agreement", "body", "commitment", "status_change", "audit_log"} <= set(changes)
    same_as_recorded("export", another_db, changes)
