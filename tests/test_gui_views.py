"""Commitments page views in the real window: several statuses at once, saved views (filters, sort, columns)
kept per register — checked against what the service selects from the database, on both engines."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from desktop.domain.filters import CommitmentFilter
from desktop.services import commitment_list
from desktop.services.commitment_list import Col
from desktop.storage.database import Database
from desktop.ui import saved_views
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.commitments import CommitmentsPage
from tests.gui_helpers import open_main_window

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot: Any, qapp: Any, demo_db: Database) -> Iterator[MainWindow]:
    w = open_main_window(qtbot, qapp, demo_db)
    yield w
    w.ctx.wait_idle()  # no answer may arrive after the window is gone
    w.close()


def shown_ids(page: CommitmentsPage) -> list[int]:
    return [page.model.row_id(r) for r in range(page.model.rowCount())]


def expected_ids(db: Database, flt: CommitmentFilter) -> list[int]:
    return sorted(r[Col.ID] for r in commitment_list.list_rows(db, flt))


def tick(page: CommitmentsPage, statuses: set[str]) -> None:
    bar = page.filter_bar
    index = bar.status.findData("several")
    bar.status.setCurrentIndex(index)
    bar.status.activated.emit(index)  # as the clerk picks "Several statuses…": the list to tick opens
    assert bar.status_menu.isVisible()
    for action in bar.status_menu.actions():
        if action.data() in statuses and not action.isChecked():
            action.trigger()


def test_several_statuses_at_once(window: MainWindow, qtbot: Any) -> None:
    page = window.commitments
    db = window.ctx.db
    tick(page, {"in_progress", "on_hold"})
    wanted = CommitmentFilter(statuses=frozenset({"in_progress", "on_hold"}))
    expected = expected_ids(db, wanted)
    assert len(expected) > len(expected_ids(db, CommitmentFilter(statuses=frozenset({"in_progress"}))))
    assert sorted(shown_ids(page)) == expected
    assert page.current_filter().statuses == wanted.statuses
    assert "In progress" in page.filter_bar.status.currentText()
    page.filter_bar.reset()
    assert len(shown_ids(page)) == len(expected_ids(db, CommitmentFilter()))


def test_saved_views_keep_filter_sort_and_columns(
    window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = window.commitments
    db = window.ctx.db
    names = iter(["Held and running", "Running, by due date"])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (next(names), True))
    tick(page, {"in_progress", "on_hold"})
    due = next(i for i, c in enumerate(page.model.columns) if c.key == "due_date")
    agency = next(i for i, c in enumerate(page.model.columns) if c.key == "agency")
    header = page.view.horizontalHeader()
    page.view.sortByColumn(due, Qt.SortOrder.DescendingOrder)
    header.setSectionHidden(agency, True)
    button = page.views_button
    button.rebuild()
    save = next(a for a in button.views_menu.actions() if a.text() == "Save current view…")
    save.trigger()
    assert [v.name for v in saved_views.load("commitments", str(db.label))] == ["Held and running"]

    # Back to everything, sorted by reference, every column shown; then the view brings it all back.
    page.filter_bar.reset()
    page.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    header.setSectionHidden(agency, False)
    button.rebuild()
    next(a for a in button.views_menu.actions() if a.text() == "Held and running").trigger()
    wanted = CommitmentFilter(statuses=frozenset({"in_progress", "on_hold"}))
    assert sorted(shown_ids(page)) == expected_ids(db, wanted)
    assert header.isSectionHidden(agency)
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (due, Qt.SortOrder.DescendingOrder)
    dues = [page.model.row(r)[Col.DUE_DATE] or "" for r in range(page.model.rowCount())]
    dated = [d for d in dues if d]
    assert dated == sorted(dated, reverse=True)

    # Rename and delete from the same menu.
    button.rebuild()
    rename = next(a for a in button.views_menu.actions() if a.text() == "Rename view").menu()
    next(a for a in rename.actions() if a.text() == "Held and running").trigger()
    assert [v.name for v in saved_views.load("commitments", str(db.label))] == ["Running, by due date"]
    button.rebuild()
    delete = next(a for a in button.views_menu.actions() if a.text() == "Delete view").menu()
    next(a for a in delete.actions() if a.text() == "Running, by due date").trigger()
    assert saved_views.load("commitments", str(db.label)) == []
    # Another register has views of its own.
    assert saved_views.load("commitments", str(db.label) + "-other") == []


@pytest.mark.parametrize("page_name", ["agreements", "bodies"])
def test_saved_views_on_agreements_and_bodies(
    window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch, page_name: str
) -> None:
    """The Agreements and Bodies pages keep their filter text, sort and columns as named views too."""
    db = window.ctx.db
    window.show_page(page_name)
    page: Any = window.pages[page_name]
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Kazakh words", True))
    header = page.header()
    last = header.count() - 1
    page.search.setText("қытай")  # the parties' Kazakh name: not every row has it
    page.apply_filter()
    page.view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    header.setSectionHidden(last, True)
    button = page.views_button
    button.rebuild()
    next(a for a in button.views_menu.actions() if a.text() == "Save current view…").trigger()
    [view] = saved_views.load(page_name, str(db.label))
    assert (view.name, view.filter.text) == ("Kazakh words", "қытай")

    page.search.setText("")
    page.apply_filter()
    page.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    header.setSectionHidden(last, False)
    button.rebuild()
    next(a for a in button.views_menu.actions() if a.text() == "Kazakh words").trigger()
    assert page.search.text() == "қытай"
    assert header.isSectionHidden(last)
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (1, Qt.SortOrder.DescendingOrder)
    assert saved_views.load("commitments", str(db.label)) == []  # each page has views of its own
