"""History imported from a workbook keeps its stated author and date, marked as imported by whom and when
(status_change.imported_by / imported_at, migration 0013), and is shown as such: the commitment page, its
Changes tab, the Excel History sheet, the agreement card. Both engines."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import select

from desktop.domain import sheet_layout as layout
from desktop.domain.catalogue import format_date
from desktop.domain.enums import HistoryEntity
from desktop.domain.models import StatusChange
from desktop.domain.rules import AGREEMENT_TRANSITIONS
from desktop.domain.types import utc_now
from desktop.domain.words import imported_day
from desktop.reports.excel import write_workbook
from desktop.services import agreements, audit, commitment_list, commitments, history
from desktop.services.importing.apply import import_workbook
from desktop.services.reporting import dataset
from desktop.services.reporting.card import build_card
from desktop.storage.database import Database
from tests.os_login import act_as

TODAY = date(2026, 6, 1)
IMPORTER = "Importer Clerk"
REF = "KZ-CN-2024/01"


def rows(db: Database) -> list[StatusChange]:
    with db.read() as session:
        return list(session.scalars(select(StatusChange).order_by(StatusChange.id)))


def export(db: Database, path: Path) -> Path:
    return write_workbook(dataset.build(db, today=TODAY), path, with_history=True)


@pytest.fixture
def imported(demo_db: Database, another_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Database:
    """The demo register, one agreement status change added, exported with history and imported into a fresh
    register by ``IMPORTER``."""
    agreement = agreements.get(demo_db, 1)
    target = sorted(AGREEMENT_TRANSITIONS[agreement.status])[0]
    agreements.change_status(demo_db, 1, target, "moved before the export")
    path = export(demo_db, tmp_path / "register.xlsx")
    act_as(monkeypatch, IMPORTER)
    result = import_workbook(another_db, path)
    assert result.written and not result.plan.rejections and not result.plan.history_skipped
    return another_db


@pytest.mark.slow
def test_carried_history_is_marked_and_native_history_is_not(
    demo_db: Database, imported: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = rows(demo_db)
    assert source and all(r.imported_by is None and r.imported_at is None for r in source)  # native history
    before = utc_now()
    carried = rows(imported)
    # Every row the file carried keeps its stated author and date and names the importer and the time.
    assert carried and all(r.imported_by == IMPORTER and r.imported_at is not None for r in carried)
    assert all(r.imported_at <= before for r in carried if r.imported_at is not None)

    def stated(found: list[StatusChange]) -> list[tuple[Any, ...]]:
        return sorted((r.changed_by, r.to_status, r.note, r.changed_at) for r in found)

    # The workbook keeps milliseconds: a stored date is carried to within one (cutting both to the second
    # failed whenever the rounding crossed a second). Stored data compared, not a clock.
    precision = timedelta(milliseconds=1)
    assert len(stated(carried)) == len(stated(source))
    for kept, written in zip(stated(carried), stated(source), strict=True):
        assert kept[:3] == written[:3] and abs(kept[3] - written[3]) < precision, (kept, written)
    assert IMPORTER not in {r.changed_by for r in source}
    assert any(r.entity == "agreement" for r in carried)  # agreement status history is marked the same way

    # A change made in the new register afterwards is native history.
    act_as(monkeypatch, "Native Clerk")
    commitment_id = commitment_list.id_for_ref(imported, REF)
    current = commitments.get(imported, commitment_id).status
    commitments.change_status(imported, commitment_id, "on_hold" if current != "on_hold" else "in_progress", "paused")
    entries = history.for_record(imported, HistoryEntity.COMMITMENT, commitment_id)
    newest = entries[0]
    assert (newest.changed_by, newest.imported_by, newest.imported_at) == ("Native Clerk", None, None)
    assert all(e.imported_by == IMPORTER for e in entries[1:])

    # The audit trail (Changes tab, Audit page, `audit` on the command line) says it too.
    lines = [
        line
        for row in audit.record_changes(imported, "commitment", commitment_id)
        if row.table == "status_change" and row.action == "insert"
        for line in audit.lines_of(row)
    ]
    marked = [str(new) for _field, _old, new in lines if "imported history" in str(new)]
    assert len(marked) == len(entries) - 1
    assert audit.check(imported).first_broken is None


@pytest.mark.slow
def test_the_excel_history_sheet_says_who_imported_what(imported: Database, tmp_path: Path) -> None:
    path = export(imported, tmp_path / "again.xlsx")
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        sheet = [tuple(r) for r in wb[layout.HISTORY_SHEET.name].iter_rows(values_only=True)]
    finally:
        wb.close()
    header, body = sheet[0], sheet[1:]
    assert header[-1] == "Imported by / on" and header == layout.HISTORY_SHEET.headers
    day = imported_day(rows(imported)[0].imported_at)
    assert day is not None
    assert body and {r[-1] for r in body} == {f"{IMPORTER}, {format_date(day, 'en')}"}
    assert {r[6] for r in body} != {IMPORTER}  # the stated authors, not the importer

    # A native export says nothing in that column, and reading the file back still works.
    native = export_one_native(imported, tmp_path)
    assert (native + (None,) * 9)[8] is None  # read_only rows end at their last written cell


def export_one_native(db: Database, tmp_path: Path) -> tuple[Any, ...]:
    commitment_id = commitment_list.id_for_ref(db, REF)
    current = commitments.get(db, commitment_id).status
    commitments.change_status(db, commitment_id, "on_hold" if current != "on_hold" else "in_progress", "native")
    path = export(db, tmp_path / "native.xlsx")
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        found = [tuple(r) for r in wb[layout.HISTORY_SHEET.name].iter_rows(values_only=True)]
    finally:
        wb.close()
    return next(r for r in found if r[7] == "native")


@pytest.mark.slow
def test_an_export_made_before_the_marker_column_is_still_read(
    demo_db: Database, another_db: Database, tmp_path: Path
) -> None:
    path = export(demo_db, tmp_path / "old.xlsx")
    wb = openpyxl.load_workbook(path)
    wb[layout.HISTORY_SHEET.name].delete_cols(len(layout.HISTORY_SHEET.headers))
    wb.save(path)
    result = import_workbook(another_db, path)
    assert result.written and not result.plan.history_skipped
    assert len(rows(another_db)) == len(rows(demo_db))


def test_the_agreement_card_marks_imported_history(imported: Database, tmp_path: Path) -> None:
    from desktop.reports.card import write_card_pdf
    from tests.test_pdf_report import pdftotext

    card = build_card(imported, agreements.get(imported, 1).reg_number)
    assert card.history and all(h[5] == IMPORTER and h[6] is not None for h in card.history)
    text = " ".join(pdftotext(write_card_pdf(card, tmp_path / "card.pdf")).split())
    assert f"(imported by {IMPORTER} on" in text


@pytest.fixture
def window(qtbot: Any, qapp: Any, imported: Database) -> Iterator[Any]:
    from tests.gui_helpers import open_main_window

    w = open_main_window(qtbot, qapp, imported)
    yield w
    w.close()


@pytest.mark.gui
def test_the_commitment_page_shows_the_marker(window: Any, imported: Database, qtbot: Any) -> None:
    from desktop.ui.editors.page import show_commitment

    commitment_id = commitment_list.id_for_ref(imported, REF)
    page = show_commitment(window, window.ctx, commitment_id)
    qtbot.waitUntil(lambda: page.page is not None and page.history.rowCount() > 0, timeout=10_000)
    entries = history.for_record(imported, HistoryEntity.COMMITMENT, commitment_id)
    authors = [page.history.item(r, 1).text() for r in range(page.history.rowCount())]
    day = imported_day(entries[0].imported_at)
    assert day is not None
    assert authors == [f"{e.changed_by} (imported by {IMPORTER} on {format_date(day, 'en')})" for e in entries]
    # The Changes tab says the same of the trail's status rows.
    qtbot.waitUntil(lambda: page.changes.rowCount() > 0, timeout=10_000)
    cells = [page.changes.item(r, 4).text() for r in range(page.changes.rowCount())]
    assert any("imported history, stated author:" in c for c in cells)
    page.close()


@pytest.mark.slow
def test_upgrade_of_a_populated_0012_register_keeps_history_and_trail(
    engine_name: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    from sqlalchemy import inspect

    from desktop.storage import migrate
    from desktop.storage.database import open_database
    from desktop.storage.engine import APPLICATION_ID, make_engine
    from tests.legacy import fill_with_demo, upgrade_to

    if engine_name == "postgres":
        target = request.getfixturevalue("pg_server").create_database(f"kc_imp_{uuid.uuid4().hex[:12]}")
    else:
        target = str(tmp_path / "old.sqlite3")
    engine = make_engine(target)  # the register as Kelisim 0012 left it, holding the demo's rows and their trail
    try:
        upgrade_to(engine, "0012")
        fill_with_demo(engine, tmp_path / "current.sqlite3", skip=("audit_log",))
        if engine_name == "sqlite":
            with engine.begin() as conn:
                conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        with engine.connect() as conn:
            before = conn.exec_driver_sql(
                "SELECT id, entity, to_status, changed_at, changed_by, note FROM status_change ORDER BY id"
            ).fetchall()
            trail_before = conn.exec_driver_sql("SELECT count(*) FROM audit_log").scalar()
    finally:
        engine.dispose()
    assert before and trail_before
    upgraded = open_database(target)
    try:
        assert migrate.current_revision(upgraded.engine) == migrate.head_revision(upgraded.engine)
        columns = {c["name"] for c in inspect(upgraded.engine).get_columns("status_change")}
        assert {"imported_by", "imported_at"} <= columns
        with upgraded.engine.connect() as conn:
            after = conn.exec_driver_sql(
                "SELECT id, entity, to_status, changed_at, changed_by, note FROM status_change ORDER BY id"
            ).fetchall()
            marked = conn.exec_driver_sql("SELECT count(*) FROM status_change WHERE imported_by IS NOT NULL").scalar()
        assert marked == 0
        assert after == before
        checked = audit.check(upgraded)
        assert checked.first_broken is None and checked.rows == trail_before
        # The triggers still record every change, the new columns included, and the chain stays intact.
        commitments.change_status(upgraded, 1, "on_hold", "after the upgrade")
        newest = audit.trail(upgraded, tables=("status_change",), limit=1)[0]
        assert newest.action == "insert" and "imported_by" not in {c.field for c in newest.changes}  # NULL: no change
        with upgraded.write() as session:
            entry = session.scalars(select(StatusChange).order_by(StatusChange.id.desc())).first()
            assert entry is not None
            entry.imported_by = "someone"
        changed = audit.trail(upgraded, tables=("status_change",), limit=1)[0]
        assert changed.action == "update" and "imported_by" in {c.field for c in changed.changes}
        checked = audit.check(upgraded)
        assert checked.first_broken is None and checked.rows == trail_before + 3  # status change, commitment, edit
    finally:
        upgraded.close()
    if engine_name == "sqlite":
        assert audit.check_target(target).first_broken is None  # the command line's `check`
