"""The Commitments page's word index (issue 16): built in a child process once the whole list is read, taken
only over the rows it was built from, dropped when an edit changes a search text and asked for again, and
finding exactly the rows a scan finds. Both engines; the 10,000-row threshold is lowered to the demo's ten."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest

from desktop.domain import search
from desktop.domain.rules import split_terms
from desktop.services import commitments
from desktop.services.commitment_list import Col
from desktop.storage.database import Database, open_database
from desktop.ui import process_jobs
from desktop.ui.main_window import MainWindow
from desktop.ui.pages import commitments as commitments_page
from desktop.ui.process_jobs import ProcessJob
from tests.gui_helpers import open_main_window

CHILD_S = 60_000  # the first job of a session starts the fork server


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[ProcessJob]:
    """Every word-index job the page starts; the threshold and the debounce lowered, the costs of a scan
    ignored (the index answers every word of two letters or more over the demo's few rows)."""
    monkeypatch.setattr(search, "WORD_INDEX_FROM", 1)
    monkeypatch.setattr(search, "_VOCABULARY_COST", 0)
    monkeypatch.setattr(search, "_HIT_COST", 0)
    monkeypatch.setattr(search, "_POSTING_COST", 0)
    monkeypatch.setattr(commitments_page, "INDEX_AFTER_MS", 0)
    jobs: list[ProcessJob] = []
    start = process_jobs.start_quiet_job

    def recording(*args: Any, **kwargs: Any) -> ProcessJob:
        job = start(*args, **kwargs)
        jobs.append(job)
        return job

    monkeypatch.setattr(process_jobs, "start_quiet_job", recording)
    return jobs


@pytest.fixture
def answered(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The words the index answered (not left to the scan)."""
    words: list[str] = []
    narrow = search.WordIndex.narrow

    def counting(self: search.WordIndex, positions: Any, term: str) -> list[int] | None:
        found = narrow(self, positions, term)
        if found is not None:
            words.append(term)
        return found

    monkeypatch.setattr(search.WordIndex, "narrow", counting)
    return words


@pytest.fixture
def window(qtbot: Any, qapp: Any, demo_db: Database, started: list[ProcessJob]) -> Iterator[MainWindow]:
    w = open_main_window(qtbot, qapp, demo_db, page="commitments")
    qtbot.waitUntil(lambda: w.commitments.is_loaded, timeout=5000)
    yield w
    w.close()


def _shown_ids(page: Any) -> list[int]:
    return [page.model.row_id(r) for r in range(page.model.rowCount())]


def _scanned_ids(page: Any, text: str) -> list[int]:
    """What a scan of every row's search text shows for ``text``, in the order shown."""
    terms = split_terms(text)
    rows = page.model.all_rows()
    return [rows[p][Col.ID] for p in page.model._order if all(t in rows[p][Col.SEARCH_TEXT] for t in terms)]


def _type(page: Any, qtbot: Any, text: str) -> None:
    page.search.setText(text)
    page.apply_filter()
    qtbot.wait(0)


def _words_in(page: Any) -> list[str]:
    """Parts of the rows' words: two letters, three from the middle, whole words, across scripts."""
    words = sorted({w for r in page.model.all_rows() for w in r[Col.SEARCH_TEXT].split() if len(w) > 3})
    return [w[:2] for w in words[:6]] + [w[1:4] for w in words[-6:]] + words[::7] + ["zzqq", "ғы", "农业"]


def test_the_page_takes_its_index_from_a_child_and_filters_the_same_rows(
    window: MainWindow, demo_db: Database, started: list[ProcessJob], answered: list[str], qtbot: Any
) -> None:
    page = window.commitments
    qtbot.waitUntil(lambda: page.model.word_index is not None, timeout=CHILD_S)
    index = page.model.word_index
    assert index is not None and started
    job = started[-1]
    assert job.quiet and job.dialog is None
    qtbot.waitUntil(lambda: job.process.exitcode is not None, timeout=10_000)
    assert job.process.pid != os.getpid() and job.process.exitcode == 0  # built in its own process
    assert list(index.ids) == [r[Col.ID] for r in page.model.all_rows()]
    assert not window.ctx.busy  # nothing shown while it was built

    for word in _words_in(page):
        # Typed letter by letter and erased again, as the clerk does.
        steps = [word[:k] for k in range(1, len(word) + 1)] + [word[:k] for k in range(len(word) - 1, -1, -1)]
        for text in steps:
            _type(page, qtbot, text)
            assert _shown_ids(page) == _scanned_ids(page, text), text
    assert len(set(answered)) > 10  # the words were found through the index, not by the scan


def test_an_edit_of_a_search_text_drops_the_index_and_a_new_one_comes(
    window: MainWindow, demo_db: Database, started: list[ProcessJob], answered: list[str], qtbot: Any
) -> None:
    page = window.commitments
    qtbot.waitUntil(lambda: page.model.word_index is not None, timeout=CHILD_S)
    first = page.model.word_index
    record_id = page.model.row_id(0)

    # Another clerk's edits, read by the live refresh as the page reads them.
    target = demo_db.path if demo_db.path is not None else demo_db.engine.url.render_as_string(hide_password=False)
    other = open_database(target, auto_backup=False)
    try:
        # An edit of the notes leaves the search text alike: the index stays.
        data = commitments.get(other, record_id)
        commitments.save(other, replace(data, notes=data.notes + " (checked)"))
        qtbot.waitUntil(lambda: page.model.row(page.model.row_for_id(record_id))[Col.NOTES].endswith("(checked)"))
        assert page.model.word_index is first
        jobs_before = len(started)
        commitments.set_fields(other, record_id, {"title": "Жаңа жобаның атауы 新项目名称"})
        qtbot.waitUntil(lambda: page.model.word_index is not first, timeout=5000)
    finally:
        other.close()
    qtbot.waitUntil(lambda: page.model.word_index is not None, timeout=CHILD_S)
    assert len(started) > jobs_before  # asked for again, built again in a child
    answered.clear()
    _type(page, qtbot, "жобаның")
    assert _shown_ids(page) == [record_id] and answered == ["жобаның"]
    _type(page, qtbot, "新项目")
    assert _shown_ids(page) == [record_id]


def test_an_index_of_other_texts_is_not_taken(window: MainWindow, demo_db: Database, qtbot: Any) -> None:
    page = window.commitments
    qtbot.waitUntil(lambda: page.model.word_index is not None, timeout=CHILD_S)
    rows = page.model.all_rows()
    ids, texts = [r[Col.ID] for r in rows], [r[Col.SEARCH_TEXT] for r in rows]
    assert page._mark is not None
    page.model.set_rows(rows)  # as a reading of the whole list leaves it: no index
    behind = search.build_compact(ids, texts, page._mark + 1)  # texts read after writes the list has not read
    page._index_arrived(behind)
    assert page.model.word_index is None
    other = search.build_compact(ids[1:], texts[1:], page._mark)  # other rows
    page._index_timer.stop()
    page._index_arrived(other)
    assert page.model.word_index is None
    # Not asked for again: the same trail entry would read the same rows (no child started every two seconds).
    assert not page._index_timer.isActive()
    page._index_arrived(search.build_compact(ids, texts, page._mark))
    assert page.model.word_index is not None
