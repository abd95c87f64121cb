"""What start-up does and does not do (issue 16), checked as mechanisms, never as times.

- ``list`` and ``status`` import no Qt, reportlab, openpyxl or Alembic (in a fresh interpreter);
- opening a register whose schema is current reads its revision without Alembic, and that reading
  agrees with Alembic's;
- a deferred open runs no integrity check until the first write, which runs it first; a damaged
  register opened that way refuses every write and nothing is written;
- the first screenful the window reads is exactly the top of the list it shows once all is loaded;
- the many-rows filter selects exactly what the one-row test accepts;
- the first key typed after a pause is filtered at once; keys typed within the pause, once it ends.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from desktop.domain.errors import StorageError
from desktop.domain.filters import CommitmentFilter
from desktop.services import commitment_list, commitments
from desktop.services.commitment_list import Col
from desktop.storage import migrate
from desktop.storage.database import Database, open_database
from tests.engines import db_arg
from tests.probes import reported, run_probe

HEAVY = {"PySide6", "reportlab", "openpyxl", "alembic"}
PROBE = """
import json, sys
from desktop.app import main
code = main(sys.argv[1:])
print("imported:", json.dumps({"modules": sorted({m.split(".")[0] for m in sys.modules}), "code": code}),
      file=sys.stderr)
"""


def _imported(*argv: str) -> tuple[set[str], int]:
    done = run_probe(PROBE, *argv)
    (found,) = reported(done, "imported") or [None]
    assert found is not None, done.stderr[-2000:]
    return set(found["modules"]), int(found["code"])


def _a_ref(db: Database) -> str:
    return commitment_list.list_rows(db)[0][Col.REF]


@pytest.mark.slow
def test_list_and_status_import_no_qt_pdf_excel_or_alembic(demo_db: Database) -> None:
    ref = _a_ref(demo_db)
    target = db_arg(demo_db)
    listed, code = _imported("--db", target, "list", "--status", "in_progress")
    assert code == 0 and not listed & HEAVY, listed & HEAVY
    changed, code = _imported("--db", target, "status", ref, "on_hold", "--note", "waiting for the partner")
    assert code == 0 and not changed & HEAVY, changed & HEAVY
    # the command did its work
    assert commitments.get(demo_db, commitment_list.id_for_ref(demo_db, ref)).status == "on_hold"


@pytest.mark.slow
def test_opening_a_current_register_leaves_alembic_unimported(demo_db: Database) -> None:
    path = db_arg(demo_db)
    code = (
        "import sys\n"
        "from desktop.storage.database import open_database\n"
        f"db = open_database({path!r}, auto_backup=False)\n"
        "db.close()\n"
        "print('alembic' in sys.modules)\n"
    )
    done = run_probe(code)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "False"


def test_the_migration_files_read_as_text_agree_with_alembic(demo_db: Database) -> None:
    from alembic.script import ScriptDirectory

    scripts = migrate.script_revisions()
    assert scripts is not None
    known, head = scripts
    directory = ScriptDirectory.from_config(migrate.alembic_config(demo_db.engine))
    assert head == directory.get_current_head() == migrate.head_revision(demo_db.engine)
    assert known == {rev.revision for rev in directory.walk_revisions()}
    assert migrate.stored_revision(demo_db.engine) == (migrate.current_revision(demo_db.engine),)
    assert migrate.needs_upgrade(demo_db.engine) is False


def _checks_run(db: Database) -> list[str]:
    seen: list[str] = []

    @event.listens_for(db.engine, "before_cursor_execute")
    def record(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        if "quick_check" in statement or statement.lstrip().upper().startswith(("INSERT", "UPDATE")):
            seen.append("check" if "quick_check" in statement else "write")

    return seen


def test_a_deferred_open_checks_the_file_before_the_first_write(sqlite_demo_db: Database) -> None:
    # SQLite only: the deferred check is the file's PRAGMA quick_check (PostgreSQL checks its own pages).
    ref = _a_ref(sqlite_demo_db)
    path = sqlite_demo_db.path
    sqlite_demo_db.close()
    db = open_database(path, auto_backup=False, defer_check=True)  # type: ignore[arg-type]
    try:
        assert db.check_pending
        seen = _checks_run(db)
        commitment_list.list_rows(db)  # reading does not wait for the check
        assert seen == []
        commitments.change_status(db, commitment_list.id_for_ref(db, ref), "on_hold", "waiting for the partner")
        assert seen[0] == "check" and "write" in seen and not db.check_pending
        commitments.change_status(db, commitment_list.id_for_ref(db, ref), "in_progress", "resumed")
        assert seen.count("check") == 1  # once per open
    finally:
        db.close()


def test_a_damaged_register_opened_deferred_refuses_every_write(sqlite_demo_db: Database) -> None:
    demo_db = sqlite_demo_db  # SQLite only: the damage is written into the file's pages
    ref = _a_ref(demo_db)
    path = demo_db.path
    assert path is not None
    demo_db.close()
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        # The last page of the commitment table's b-tree: open's identity check never reads it.
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'commitment'").fetchone()[0]
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    data[start : start + page_size] = b"\x5a" * page_size
    path.write_bytes(bytes(data))
    db = open_database(path, auto_backup=False, defer_check=True)
    try:
        assert db.check_pending
        with pytest.raises(StorageError, match="damaged"):
            db.verify()
        with pytest.raises(StorageError, match="damaged"):
            commitments.change_status(db, 1, "on_hold", "waiting for the partner")
        assert db.check_pending  # still owed: a restore followed by a write checks again
    finally:
        db.close()
    assert ref  # the register held commitments before the damage


def test_the_first_screenful_is_the_top_of_the_whole_list(qapp, demo_db: Database) -> None:
    from PySide6.QtCore import Qt

    from desktop.ui.operations import AppContext
    from desktop.ui.pages.commitments import CommitmentsPage

    # Ties and blanks: several commitments share a due date, some have none.
    for row in [r for r in commitment_list.list_rows(demo_db) if r[Col.STATUS] == "in_progress"][::2]:
        commitments.change_status(demo_db, row[Col.ID], "on_hold", "waiting for the partner")
    page = CommitmentsPage(AppContext(demo_db))
    rows = commitment_list.list_rows(demo_db)
    assert len(rows) > 8
    for column in range(page.model.columnCount()):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            page.model.sort(column, order)
            first = page.first_screenful()
            assert first is not None
            page.model.set_rows(rows, predicate=None)
            expected = page.model.shown_rows()[:8]
            got = first(demo_db)
            assert got[:8] == expected, (page.model.columns[column].key, order)


def test_the_many_rows_filter_selects_what_the_row_test_accepts(demo_db: Database) -> None:
    rows = commitment_list.list_rows(demo_db)
    today = date.today()
    with demo_db.read() as session:
        from sqlalchemy import select

        from desktop.domain.models import Body

        body = session.scalars(select(Body.id).where(Body.parent_id.is_(None))).first()
    filters = [
        CommitmentFilter(text="а"),
        CommitmentFilter(statuses=frozenset({"in_progress", "not_started"})),
        CommitmentFilter(overdue=True, text="е"),
        CommitmentFilter(body_id=body, due_after=today.replace(year=today.year - 3)),
        CommitmentFilter(sector="AGRICULTURE", due_before=today.replace(year=today.year + 3), text="a"),
        CommitmentFilter(
            statuses=frozenset({"in_progress"}), body_id=body, due_after=today.replace(year=today.year - 5)
        ),
    ]
    for flt in filters:
        fast = commitment_list.row_predicate(commitment_list.predicate_for(demo_db, flt, today))
        one_by_one = [i for i, r in enumerate(rows) if fast(r)]
        assert fast.select(rows, list(range(len(rows)))) == one_by_one, flt
        compiled = commitment_list.predicate_for(demo_db, flt, today)
        assert one_by_one == [i for i, r in enumerate(rows) if commitment_list.row_matches(compiled, r)], flt


def test_the_first_key_after_a_pause_filters_at_once(qtbot, qapp, demo_db: Database) -> None:
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from desktop.ui.operations import AppContext
    from desktop.ui.pages.commitments import CommitmentsPage

    page = CommitmentsPage(AppContext(demo_db))
    qtbot.addWidget(page)
    page.reload()
    qtbot.waitUntil(lambda: page.is_loaded, timeout=10_000)
    total = page.model.rowCount()
    resets: list[int] = []
    page.model.modelReset.connect(lambda: resets.append(page.model.rowCount()))

    def key(char: str) -> None:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                page.search, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )

    key("ж")
    assert len(resets) == 1 and page.model.rowCount() < total  # filtered at once, no timer waited for
    key("о")
    assert len(resets) == 1  # inside the pause: gathered, not filtered yet
    qtbot.waitUntil(lambda: len(resets) == 2, timeout=2000)
    qtbot.waitUntil(lambda: not page._filter_timer.isActive(), timeout=2000)
    expected = commitment_list.list_rows(demo_db, CommitmentFilter(text="жо"))
    assert sorted(page.model.row_id(r) for r in range(page.model.rowCount())) == sorted(r[Col.ID] for r in expected)


def test_the_typing_pause_lasts_as_long_as_the_filter_pass(qtbot, qapp, demo_db: Database, monkeypatch) -> None:
    """A cheap pass shows the next key at once (keys already queued are still gathered); a slow one pauses
    as long as it took, at most FILTER_DELAY_MS. The pass's duration is faked: no clock is trusted."""
    from desktop.ui.operations import AppContext
    from desktop.ui.pages import list_page
    from desktop.ui.pages.commitments import CommitmentsPage

    page = CommitmentsPage(AppContext(demo_db))
    qtbot.addWidget(page)
    page.reload()
    qtbot.waitUntil(lambda: page.is_loaded, timeout=10_000)
    page._filter_timer.stop()
    pauses: list[int] = []
    for took_s, pause_ms in ((0.0004, 0), (0.040, 40), (0.5, list_page.FILTER_DELAY_MS)):
        moments = iter((100.0, 100.0 + took_s))
        monkeypatch.setattr(list_page.time, "perf_counter", lambda moments=moments: next(moments))
        page.search.setText(page.search.text() + "а")  # a key after a pause: filtered at once
        pauses.append(page._filter_timer.interval())
        assert page._filter_timer.isActive()  # a key typed now waits for the pause to end
        page._filter_timer.stop()
        assert pauses[-1] == pause_ms, (took_s, pauses)
    monkeypatch.undo()
    expected = commitment_list.list_rows(demo_db, CommitmentFilter(text="ааа"))
    assert sorted(page.model.row_id(r) for r in range(page.model.rowCount())) == sorted(r[Col.ID] for r in expected)


# --- issue 16: what `list` leaves unloaded, and the migrations it still runs ---------------------------------------

LOADED = """
import json, runpy, sys
sys.argv = ["main.py", *sys.argv[1:]]
try:
    runpy.run_path("main.py", run_name="__main__")
except SystemExit as exc:
    code = exc.code
from desktop.domain.models import Commitment
print("loaded:", json.dumps({
    "modules": sorted(sys.modules),
    "mapped": Commitment.__mapper__.configured,
    "validators": Commitment.__pydantic_complete__,
    "code": code,
}), file=sys.stderr)
"""


def _loaded(*argv: str) -> dict[str, object]:
    """What a fresh ``python main.py ARGV`` left loaded: modules, whether the ORM mapped the tables, whether
    pydantic built the tables' validators, and the exit code."""
    done = run_probe(LOADED, *argv)
    (found,) = reported(done, "loaded") or [None]
    assert found is not None, done.stderr[-2000:]
    return dict(found)


EDITING = {
    "multiprocessing",  # main.py's freeze_support matters only in a frozen build
    "desktop.services.commitments",
    "desktop.services.people",
    "desktop.services.bodies",
    "desktop.services.lookups",
    "desktop.storage.backup",  # a read-only command makes no daily copy
}


@pytest.mark.slow
def test_list_runs_without_the_editing_services_the_orm_or_the_validators(demo_db: Database) -> None:
    listed = _loaded("--db", db_arg(demo_db), "list", "--status", "in_progress")
    assert listed["code"] == 0
    modules = set(listed["modules"])  # type: ignore[call-overload]
    assert not modules & EDITING, modules & EDITING
    assert not {m.split(".")[0] for m in modules} & HEAVY
    # The list's statement is made of table columns: it runs without the ORM configuring its mappers ...
    assert listed["mapped"] is False
    # ... and the tables' pydantic validators are built on first use, which `list` never makes.
    assert listed["validators"] is False


@pytest.mark.slow
def test_status_still_edits_through_the_services(demo_db: Database) -> None:
    ref = _a_ref(demo_db)
    changed = _loaded("--db", db_arg(demo_db), "status", ref, "on_hold", "--note", "waiting for the partner")
    assert changed["code"] == 0
    assert "desktop.services.commitments" in changed["modules"]  # type: ignore[operator]
    assert not {m.split(".")[0] for m in changed["modules"]} & HEAVY  # type: ignore[attr-defined]
    assert commitments.get(demo_db, commitment_list.id_for_ref(demo_db, ref)).status == "on_hold"


@pytest.mark.slow
def test_an_older_register_is_still_migrated_by_the_command_line(demo_db: Database) -> None:
    from sqlalchemy import inspect

    head = migrate.script_revisions()
    assert head is not None
    with demo_db.engine.begin() as conn:  # the register as 0015 (the one before 0016) left it
        conn.exec_driver_sql("DROP INDEX ix_commitment_person_role")  # 0017's
        conn.exec_driver_sql("DROP INDEX ix_commitment_dashboard")
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0015'")
    assert migrate.needs_upgrade(demo_db.engine)
    rows = len(commitment_list.list_rows(demo_db))
    listed = _loaded("--db", db_arg(demo_db), "list")
    assert listed["code"] == 0
    assert "alembic" in listed["modules"]  # type: ignore[operator]  # the migration ran, through Alembic
    assert migrate.stored_revision(demo_db.engine) == (head[1],)
    assert migrate.needs_upgrade(demo_db.engine) is False
    indexes = {i["name"] for i in inspect(demo_db.engine).get_indexes("commitment")}
    assert "ix_commitment_dashboard" in indexes
    assert "ix_commitment_person_role" in {i["name"] for i in inspect(demo_db.engine).get_indexes("commitment_person")}
    assert len(commitment_list.list_rows(demo_db)) == rows


@pytest.mark.parametrize(
    "second",
    [
        'revision = "000" + "2"\ndown_revision = "0001"\n',  # computed
        'revision = REVISION\ndown_revision = "0001"\n',
        'revision = "0002"\ndown_revision = ("0001", "0003")\n',  # a merge: Alembic decides
        'revision = "0002"\nrevision = "0003"\ndown_revision = "0001"\n',  # said twice
        'revision = "0002"\n',  # no parent said
    ],
)
def test_the_migration_files_are_left_to_alembic_when_not_plain(tmp_path: Path, second: str) -> None:
    def read() -> tuple[frozenset[str], str] | None:
        files = tuple(sorted((p.name, p.stat().st_mtime_ns) for p in tmp_path.glob("*.py")))
        return migrate._read_revisions.__wrapped__(tmp_path, files)  # uncached: the same names, new contents

    first = '"""first\n\nRevision ID: 0001\n"""\n\nrevision: str = "0001"\ndown_revision: str | None = None\n'
    (tmp_path / "0001_first.py").write_text(first, encoding="utf-8")
    (tmp_path / "0002_second.py").write_text(second, encoding="utf-8")
    assert read() is None
    (tmp_path / "0002_second.py").write_text("revision = '0002'  # the second\ndown_revision = \"0001\"\n")
    assert read() == (frozenset({"0001", "0002"}), "0002")


# --- issue 16: the garbage collector paused while the program starts ----------------------------------------------

COLLECTOR = """
import gc, json, runpy, sys

seen = {}


class Watch:
    '''Notes whether the collector ran when each big library was first imported.'''

    def find_spec(self, name, path=None, target=None):
        if name in ("sqlalchemy", "sqlmodel", "pydantic", "desktop.domain.models") and name not in seen:
            seen[name] = gc.isenabled()
        return None


sys.meta_path.insert(0, Watch())
as_name = sys.argv.pop(1)
sys.argv = ["main.py", *sys.argv[1:]]
code = None
try:
    runpy.run_path("main.py", run_name=as_name)
except SystemExit as exc:
    code = exc.code
print("collector:", json.dumps({
    "imports": seen, "enabled": gc.isenabled(), "frozen": gc.get_freeze_count(), "code": code,
}), file=sys.stderr)
"""


def _collector(as_name: str, *argv: str) -> dict[str, Any]:
    done = run_probe(COLLECTOR, as_name, *argv)
    (found,) = reported(done, "collector") or [None]
    assert found is not None, done.stderr[-2000:]
    return dict(found)


@pytest.mark.slow
@pytest.mark.parametrize("command", ["list", "status"])
def test_the_command_line_starts_with_the_collector_paused_then_runs_it(demo_db: Database, command: str) -> None:
    argv = ["list"] if command == "list" else ["status", _a_ref(demo_db), "on_hold", "--note", "waiting"]
    found = _collector("__main__", "--db", db_arg(demo_db), *argv)
    assert found["code"] == 0
    # SQLAlchemy, SQLModel, pydantic and the tables were imported with the collector paused ...
    assert found["imports"] == {name: False for name in ("sqlalchemy", "pydantic", "sqlmodel", "desktop.domain.models")}
    # ... and the command ran with it collecting again, start-up's objects frozen out of its walks.
    assert found["enabled"] is True
    assert found["frozen"] > 10_000


def test_a_process_that_imports_main_py_under_another_name_keeps_its_collector() -> None:
    # multiprocessing's spawned children (exports, imports) import main.py as __mp_main__: no start-up there.
    found = _collector("__mp_main__", "list")
    assert found["enabled"] is True
    assert found["frozen"] == 0
    assert found["imports"] == {}


def test_the_collector_resumes_only_if_start_up_paused_it(monkeypatch: pytest.MonkeyPatch) -> None:
    import gc

    from desktop import collector

    frozen: list[bool] = []  # the worker's own objects stay where the collector walks them (a fresh process is above)
    monkeypatch.setattr(collector.gc, "freeze", lambda: frozen.append(True))
    assert gc.isenabled()
    collector.start_up_done()  # nothing paused it (a test, the command line called in-process)
    assert gc.isenabled() and not frozen
    gc.disable()  # someone else's pause (the PDF report's, the search index's) is theirs to end
    try:
        collector.pause_for_start_up()
        collector.start_up_done()
        assert not gc.isenabled() and not frozen
    finally:
        gc.enable()
    collector.pause_for_start_up()
    try:
        assert not gc.isenabled()
        collector.start_up_done()
        assert gc.isenabled() and frozen == [True]
    finally:
        gc.enable()
