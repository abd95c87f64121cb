"""The window's first screenful read straight from the register file, before SQLAlchemy (issue 16's start-up):
the same rows and names the open register gives, only from a file that is plainly a current Kelisim register,
and nothing written."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest

from desktop.services import commitment_list, first_screen
from desktop.services.first_screen_sql import STATEMENTS
from desktop.services.list_row import SQL_ORDERED
from desktop.services.lookups import local_names
from desktop.services.register_file import register_file
from desktop.storage.database import Database, open_database
from tests.benchmarks.generate import generate
from tests.conftest import SQLITE
from tests.engines import db_arg

SORTS = [(None, False)] + [(position, descending) for position in SQL_ORDERED for descending in (False, True)]


def test_the_statements_are_the_lists_queries_compiled_today() -> None:
    # Written by `python -m desktop.services.first_screen`: a change to the list's query must be compiled again.
    assert first_screen.compiled_statements() == STATEMENTS
    assert set(commitment_list.SQL_ORDER_COLUMNS) == set(SQL_ORDERED)  # every SQL-ordered position has its column


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """300 commitments as a ministry's archive has them: blank and shared due dates, completion dates, progress."""
    path = tmp_path_factory.mktemp("archive") / "archive.sqlite3"
    generate(path, 300, 7, date(2026, 6, 1))
    open_database(path, auto_backup=False).close()  # brought to the current schema, as the window finds it
    return path


@pytest.mark.parametrize("language", ["en", "ru", "kk", "zh"])
def test_the_first_screenful_is_what_the_open_register_reads(archive: Path, language: str) -> None:
    before = archive.read_bytes()
    screens = {sort: first_screen.read(archive, *sort, language) for sort in SORTS}
    assert archive.read_bytes() == before  # nothing written
    assert sorted(p.name for p in archive.parent.iterdir()) == ["archive.sqlite3"]  # no -wal or -shm left
    db = open_database(archive, auto_backup=False, daily_backup=False)
    try:
        for (position, descending), screen in screens.items():
            assert screen is not None
            expected = commitment_list.first_rows(db, position, None, descending, first_screen.FIRST_SCREENFUL)
            assert len(expected) == first_screen.FIRST_SCREENFUL
            assert screen.rows == expected, (position, descending)
            assert screen.names == local_names(db, language)
    finally:
        db.close()


def test_a_register_on_each_engine_has_its_first_screenful_only_from_its_own_file(
    demo_db: Database, engine_name: str
) -> None:
    path = register_file(db_arg(demo_db))
    if engine_name != SQLITE:
        assert path is None  # a server's register: the window opens it first, as before
        return
    expected = commitment_list.first_rows(demo_db, None, None, False, first_screen.FIRST_SCREENFUL)
    assert path is not None and not first_screen.can_start(path)  # open here: its write-ahead log holds pages
    demo_db.close()  # the last connection closing checkpoints the log away, as a window or command closing does
    assert first_screen.can_start(path)
    screen = first_screen.read(path, None, False, "kk")
    assert screen is not None and screen.rows == expected


def _copy(archive: Path, folder: Path) -> Path:
    folder.mkdir()
    return Path(shutil.copyfile(archive, folder / "register.sqlite3"))


def test_no_first_screenful_from_a_file_that_is_not_plainly_a_current_register(archive: Path, tmp_path: Path) -> None:
    older = _copy(archive, tmp_path / "older")
    with closing(sqlite3.connect(older)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = '0016'")  # a migration is owed
    foreign = tmp_path / "foreign.sqlite3"
    with closing(sqlite3.connect(foreign)) as conn, conn:
        conn.execute("CREATE TABLE commitment (id INTEGER PRIMARY KEY)")
        conn.execute("INSERT INTO commitment VALUES (1)")
    journal = _copy(archive, tmp_path / "journal")
    journal.with_name("register.sqlite3-journal").write_bytes(b"\0" * 512)  # a rollback to replay first
    logged = _copy(archive, tmp_path / "logged")
    keeping = sqlite3.connect(logged)  # another process at work: its write-ahead log holds pages
    keeping.execute("PRAGMA journal_mode = WAL")
    keeping.execute("PRAGMA wal_autocheckpoint = 0")
    keeping.execute("UPDATE alembic_version SET version_num = version_num")
    keeping.commit()
    assert logged.with_name("register.sqlite3-wal").stat().st_size > 0
    (tmp_path / "empty").mkdir()
    empty = tmp_path / "empty" / "register.sqlite3"
    open_database(empty, auto_backup=False).close()  # a current register with no commitment yet
    for path in (older, foreign, journal, logged, empty, tmp_path / "missing.sqlite3", tmp_path):
        before = path.read_bytes() if path.is_file() else None
        assert not first_screen.can_start(path), path
        assert first_screen.read(path, None, False, "ru") is None or path == empty, path
        assert (path.read_bytes() if path.is_file() else None) == before  # left as it was
    keeping.close()
    assert first_screen.read(empty, None, False, "ru") is None  # nothing to paint: the open decides (a demo?)


def test_a_sort_over_every_row_has_no_first_screenful_here(archive: Path) -> None:
    title = 2
    assert not first_screen.can_read(title)
    assert first_screen.read(archive, title, False, "en") is None


def test_the_first_screenful_is_the_top_of_the_whole_list_as_the_page_sorts_it(archive: Path, qapp: object) -> None:
    # Against the list's own sort of every row (not the first-rows reading the window also uses once open).
    from PySide6.QtCore import Qt

    from desktop.ui.operations import AppContext
    from desktop.ui.pages.commitments import SOURCES, CommitmentsPage

    screens = {sort: first_screen.read(archive, *sort, "en") for sort in SORTS}
    db = open_database(archive, auto_backup=False, daily_backup=False)
    try:
        page = CommitmentsPage(AppContext(db))
        rows = commitment_list.list_rows(db)
        checked = 0
        for column, spec in enumerate(page.model.columns):
            if SOURCES[spec.key] not in SQL_ORDERED:
                continue
            for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                page.model.sort(column, order)
                page.model.set_rows(rows, predicate=None)
                expected = page.model.shown_rows()[: first_screen.FIRST_SCREENFUL]
                screen = screens[(SOURCES[spec.key], order == Qt.SortOrder.DescendingOrder)]
                assert screen is not None and screen.rows == expected, (spec.key, order)
                checked += 1
        assert checked == 2 * len(SQL_ORDERED)
        unsorted = screens[(None, False)]
        assert unsorted is not None
        assert unsorted.rows == sorted(rows, key=lambda row: row[0])[: first_screen.FIRST_SCREENFUL]
    finally:
        db.close()
