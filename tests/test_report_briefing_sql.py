"""The briefing computed in SQL (briefing_sql) says what the briefing derived from the full report dataset says:
the same figures, the same lists in the same order, the same roll-ups — on the demo register and on a generated
one, under several selections, on both engines. No timing is asserted here (the benchmark measures it)."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop.domain.filters import CommitmentFilter
from desktop.domain.models import Body, Commitment, Party, metadata
from desktop.reports.jobs import export_report
from desktop.services import commitments
from desktop.services.reporting import dataset
from desktop.services.reporting.briefing import CHANGES_CAP, OVERDUE_CAP, Briefing, build_briefing
from desktop.services.reporting.briefing_sql import build_briefing_sql
from desktop.storage.database import Database, open_database
from tests.test_pdf_report import pdftotext
from tests.test_report_briefing import _register
from tests.test_reports_dataset import TODAY

GENERATED_TODAY = date(2026, 6, 1)


def _same(
    db: Database,
    flt: CommitmentFilter | None,
    today: date,
    since: date | None,
    language: str = "en",
    *more: date | None,
) -> Any:
    """The briefings of one selection changed since ``since`` (and since each of ``more``), from the full
    and the lean dataset and from SQL, checked equal point by point; returns the SQL one of ``since``.
    The datasets do not depend on the date of the changes: each is built once for all of them."""
    full = dataset.build(db, flt, today, language=language)
    lean = dataset.build(db, flt, today, language=language, lean=True)
    first = None
    for changes_since in (since, *more):
        fast = build_briefing_sql(db, flt, today, since=changes_since, language=language)
        for reference in (full, lean):
            _check(build_briefing(db, reference, changes_since), fast)
        if first is None:
            first = fast
    return first


def _check(reference: Briefing, fast: Briefing) -> None:
    assert fast.headline == reference.headline
    assert fast.data.by_status == reference.data.by_status and fast.data.overdue == reference.data.overdue
    assert fast.data.filter_text == reference.data.filter_text
    for name in ("overdue", "new", "moves", "newly_overdue"):
        assert fast.count(name) == reference.count(name), name
    assert fast.headline.overdue == reference.count("overdue")
    overdue = [(c.ref, c.agency, c.party, c.due_date, c.last_note, fast.days_overdue(c)) for c in fast.overdue]
    expected = [
        (c.ref, c.agency, c.party, c.due_date, c.last_note, reference.days_overdue(c))
        for c in reference.overdue[:OVERDUE_CAP]
    ]
    assert overdue == expected
    assert fast.moves == reference.moves[:CHANGES_CAP]
    assert [c.ref for c in fast.new] == [c.ref for c in reference.new[:CHANGES_CAP]]
    assert [(c.ref, c.status, c.due_date) for c in fast.newly_overdue] == [
        (c.ref, c.status, c.due_date) for c in reference.newly_overdue[:CHANGES_CAP]
    ]
    assert fast.by_committee == reference.by_committee
    assert fast.by_agency == reference.by_agency
    assert fast.by_party == reference.by_party


def _filters(db: Database) -> list[CommitmentFilter]:
    with db.read() as session:
        top = session.scalar(select(Body.id).where(Body.parent_id.is_(None)).order_by(Body.id))
        sub = session.scalar(select(Body.id).where(Body.parent_id.is_not(None)).order_by(Body.id))
        party = session.scalar(select(Commitment.party_id).where(Commitment.party_id.is_not(None)))
        sector = session.scalar(select(Commitment.sector).where(Commitment.sector != "").order_by(Commitment.id))
    found = [
        CommitmentFilter(),
        CommitmentFilter(body_id=top),
        CommitmentFilter(party_id=party),
        CommitmentFilter(statuses=frozenset({"in_progress", "on_hold"})),
        CommitmentFilter(overdue=True),
        CommitmentFilter(sector=(sector or "").upper()),  # folded as the lists fold it
        CommitmentFilter(text="cooperation"),
    ]
    if sub is not None:
        found.append(CommitmentFilter(body_id=sub))
    return found


@pytest.mark.slow
def test_the_demo_register_briefs_the_same_from_sql(db: Database) -> None:
    _register(db)
    with db.read() as session:
        ids = list(session.scalars(select(Commitment.id).where(Commitment.status == "not_started").limit(2)))
    commitments.change_status(db, ids[0], "in_progress", "started: funding agreed", progress=10)
    commitments.change_status(db, ids[1], "on_hold", "waiting for the partner", progress=20)
    for flt in _filters(db):
        _same(db, flt, TODAY, None, "en", TODAY - timedelta(days=400), date.today() - timedelta(days=2))
    fast = _same(db, None, date.today(), date.today() - timedelta(days=2), language="ru")
    assert fast.count("moves") >= 2 and fast.moves[0].note == "waiting for the partner"


@pytest.fixture(scope="session")
def generated_register(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A generated register of 1,500 commitments, made once per test worker (each test takes a copy)."""
    from tests.benchmarks.generate import generate

    path = tmp_path_factory.mktemp("generated") / "generated.sqlite3"
    generate(path, 1500, 11, GENERATED_TODAY)
    return path


def _copy_into(source: Path, db: Database) -> None:
    """Every row of a generated SQLite register into the (empty, migrated) PostgreSQL one, triggers set aside."""
    raw: Any = db.engine.raw_connection()
    try:
        target = raw.driver_connection
        with closing(sqlite3.connect(source)) as src:
            with target.cursor() as cur:
                cur.execute("SET TIME ZONE 'UTC'")
                cur.execute("SET session_replication_role = replica")
                for table in metadata.sorted_tables:
                    cur.execute(f'SELECT count(*) FROM "{table.name}"')
                    if cur.fetchone()[0]:
                        continue  # the register's own identity and revision rows
                    columns = [c.name for c in table.columns]
                    names = ", ".join(f'"{c}"' for c in columns)
                    flags = {i for i, c in enumerate(table.columns) if _is_bool(c)}
                    rows = src.execute(f'SELECT {names} FROM "{table.name}"').fetchall()
                    with cur.copy(f'COPY "{table.name}" ({names}) FROM STDIN') as copy:
                        for row in rows:
                            copy.write_row([bool(v) if i in flags and v is not None else v for i, v in enumerate(row)])
                    if "id" in columns:
                        cur.execute(
                            f"SELECT setval(pg_get_serial_sequence('\"{table.name}\"', 'id'), "
                            f'coalesce((SELECT max(id) FROM "{table.name}"), 0) + 1, false)'
                        )
                cur.execute("SET session_replication_role = origin")
        target.commit()
    finally:
        raw.close()


def _is_bool(column: Any) -> bool:
    try:
        return column.type.python_type is bool
    except NotImplementedError:
        return False


@pytest.mark.slow
def test_a_generated_register_briefs_the_same_from_sql(
    db: Database, engine_name: str, tmp_path: Path, generated_register: Path
) -> None:
    source = tmp_path / "generated.sqlite3"
    shutil.copyfile(generated_register, source)  # the generator closed it whole: a plain copy is the register
    if engine_name == "sqlite":
        target: Database = open_database(source, auto_backup=False)
    else:
        _copy_into(source, db)
        target = db
    try:
        with target.read() as session:
            assert session.scalar(select(Commitment.id).order_by(Commitment.id.desc()).limit(1))
            names = list(session.scalars(select(Party.name)))
        assert len(names) > 5
        for flt in _filters(target):
            _same(target, flt, GENERATED_TODAY, None, "en", GENERATED_TODAY - timedelta(days=45))
        fast = _same(target, None, GENERATED_TODAY, GENERATED_TODAY - timedelta(days=45))
        # The generated register exercises every list past its cap.
        assert fast.count("overdue") > OVERDUE_CAP and fast.count("moves") > CHANGES_CAP
        assert len(fast.by_agency) > 1 and len(fast.by_party) > 1 and len(fast.by_committee) > 1
    finally:
        if target is not db:
            target.close()


def test_the_export_job_prints_the_sql_briefing(demo_db: Database, tmp_path: Path) -> None:
    """The window's and the command line's briefing PDF comes from the SQL briefing and lists what it found."""
    out = tmp_path / "b.pdf"
    done = export_report(
        demo_db, lambda *a: None, kind="pdf", target=str(out), today=TODAY, edition="briefing", since=TODAY
    )
    fast = build_briefing_sql(demo_db, None, TODAY, since=TODAY)
    assert done.commitments == fast.headline.total and done.overdue == fast.headline.overdue
    text = pdftotext(out)
    for c in fast.overdue:
        assert c.ref in text
    assert "Overdue commitments, longest overdue first" in text


@pytest.mark.slow
@pytest.mark.parametrize("cap", [OVERDUE_CAP])
def test_ties_in_due_date_are_listed_by_reference(db: Database, cap: int) -> None:
    """Many overdue commitments due the same day: the cut falls inside the tie, and both routes cut it alike."""
    from tests.test_reports_dataset import add_commitments

    _register(db)
    ids = add_commitments(db, cap * 2, prefix="TIE")
    from sqlalchemy import update

    with db.write() as session:
        session.execute(update(Commitment).where(Commitment.id.in_(ids)).values(due_date=date(2020, 1, 1)))
        session.execute(
            update(Commitment).where(Commitment.id.in_(ids[::2])).values(ref=Commitment.ref + "-Z", version=99)
        )
    fast = _same(db, None, TODAY, None)
    assert all(c.due_date == date(2020, 1, 1) for c in fast.overdue)
    refs = [c.ref for c in fast.overdue]
    assert refs == sorted(refs)


@pytest.mark.slow
def test_upgrade_of_a_populated_0011_register_adds_the_briefing_indexes(demo_target: str) -> None:
    """A register at 0009 holding the demo and a moved status: 0012 adds the three indexes and keeps every row."""
    from sqlalchemy import create_engine, func, inspect, text

    from desktop.storage import audit
    from desktop.storage.engine import url_for
    from tests.test_migrations import counts

    names = ("ix_commitment_rollup", "ix_commitment_created_at", "ix_status_change_changed_at")
    db = open_database(demo_target)
    try:
        with db.read() as session:
            first = session.scalar(select(Commitment.id).where(Commitment.status == "not_started"))
        assert first is not None
        commitments.change_status(db, first, "in_progress", "started before the upgrade", progress=5)
        before = counts(db)
        with db.read() as session:
            total = session.scalar(select(func.count()).select_from(Commitment))
    finally:
        db.close()
    engine = create_engine(url_for(demo_target))
    try:
        with engine.begin() as conn:  # the register as 0011 (the one before) left it
            for name in names:
                conn.execute(text(f"DROP INDEX {name}"))
            audit.drop_triggers(conn, ("attachment",))  # 0014's tables, after 0013
            conn.execute(text("DROP TABLE attachment"))
            conn.execute(text("DROP TABLE attachment_content"))
            audit.drop_triggers(conn, ("status_change", "commitment"))  # SQLite's name the columns 0013/0015 added
            for column in ("imported_by", "imported_at"):  # 0013's, after the indexes
                conn.execute(text(f"ALTER TABLE status_change DROP COLUMN {column}"))
            conn.execute(text("DROP INDEX ix_commitment_person_role"))  # 0017's
            conn.execute(text("DROP INDEX ix_commitment_dashboard"))  # 0016's
            conn.execute(text("DROP INDEX ix_commitment_superseded_by_id"))  # 0015's
            conn.execute(text("ALTER TABLE commitment DROP COLUMN superseded_by_id"))
            audit.create_triggers(conn, ("status_change", "commitment"))
            conn.execute(text("UPDATE alembic_version SET version_num = '0011'"))
        assert not set(names) & {
            i["name"] for t in ("commitment", "status_change") for i in inspect(engine).get_indexes(t)
        }
    finally:
        engine.dispose()
    upgraded = open_database(demo_target)
    try:
        found = {i["name"] for t in ("commitment", "status_change") for i in inspect(upgraded.engine).get_indexes(t)}
        assert set(names) <= found
        assert counts(upgraded) == before
        fast = build_briefing_sql(upgraded, None, date.today(), since=date.today() - timedelta(days=1))
        assert fast.headline.total == total and fast.count("moves") >= 1
    finally:
        upgraded.close()


def _sheet(path: Path, language: str) -> list[tuple[Any, ...]]:
    from openpyxl import load_workbook

    from desktop.domain.catalogue import render
    from desktop.reports.excel import BRIEFING_SHEET

    wb = load_workbook(path, read_only=True)
    ws = wb[render(BRIEFING_SHEET, language)]
    ws.reset_dimensions()
    rows = [tuple(c for c in row) for row in ws.iter_rows(values_only=True)]
    wb.close()
    return rows


@pytest.mark.slow
@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_the_workbook_briefing_sheet_is_the_sql_briefing(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    """The export's Briefing sheet comes from briefing_sql, as the PDF briefing does, and reads the same as the
    sheet written from the briefing of the full dataset."""
    from desktop.reports.excel import write_workbook
    from desktop.services.reporting import briefing as briefing_module

    _register(db)
    since = TODAY - timedelta(days=365)
    data = dataset.build(db, None, TODAY, language=language)
    reference = write_workbook(
        data, tmp_path / "reference.xlsx", briefing=build_briefing(db, data, since), with_history=False
    )

    def derived(*_args: Any, **_kwargs: Any) -> Briefing:
        raise AssertionError("the Briefing sheet was derived from the full dataset")

    monkeypatch.setattr(briefing_module, "build_briefing", derived)
    done = export_report(
        db,
        lambda *_a, **_k: None,
        kind="xlsx",
        target=str(tmp_path / "export.xlsx"),
        today=TODAY,
        language=language,
        edition="briefing",
        since=since,
    )
    exported = _sheet(done.path, language)
    assert exported == _sheet(reference, language)
    fast = build_briefing_sql(db, None, TODAY, since=since, language=language)
    assert fast.count("overdue") > OVERDUE_CAP  # the sheet's overdue list is capped, and says how many more
    more = data.t(dataset.Message("… and %n more", n=fast.count("overdue") - OVERDUE_CAP))
    assert any(row and row[0] == more for row in exported)


@pytest.mark.slow
@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_truncated_lists_count_with_thousands_separators(db: Database, tmp_path: Path, language: str) -> None:
    """ "… and 31,652 more" (31 652 in Russian and Kazakh), as every other figure of the reports is printed."""
    from desktop.domain.catalogue import format_number
    from desktop.reports.excel import write_workbook
    from desktop.reports.pdf_briefing import write_briefing_pdf

    _register(db)
    b = build_briefing_sql(db, None, TODAY, since=TODAY - timedelta(days=365), language=language)
    b.counts["overdue"] = OVERDUE_CAP + 31652  # as on a register with that many more overdue
    grouped = format_number(31652, language)
    assert grouped in ("31,652", "31\u00a0652")
    text = pdftotext(write_briefing_pdf(b, tmp_path / "brief.pdf")).replace("\u00a0", " ")
    assert grouped.replace("\u00a0", " ") in text and "31652" not in text
    data = dataset.build(db, None, TODAY, language=language)
    rows = _sheet(write_workbook(data, tmp_path / "brief.xlsx", briefing=b), language)
    more = [row[0] for row in rows if row and isinstance(row[0], str) and grouped in row[0]]
    assert more == [data.t(dataset.Message("… and %n more", n=31652))]
