"""RowTableModel without a window: sorting, filtering and row ids on 2,000 rows."""

from __future__ import annotations

import random
from datetime import date

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from desktop.domain.filters import CommitmentFilter, compile_filter
from desktop.services.commitment_list import Col, row_matches
from desktop.ui.table_model import ID_ROLE, Column, RowTableModel, field

STATUSES = ("not_started", "in_progress", "completed", "on_hold", "cancelled")
WORDS = ("trade", "Қазақ", "ҚАЗАҚСТАН", "农业", "innovation", "Экспорт", "visa", "tourism")


def make_rows(n: int = 2000, seed: int = 7) -> list[tuple]:
    rnd = random.Random(seed)
    rows = []
    for i in range(1, n + 1):
        title = " ".join(rnd.choice(WORDS) for _ in range(3))
        due = None if i % 10 == 0 else f"20{rnd.randint(20, 29)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
        rows.append(
            (
                i,
                f"R-{i:05d}",
                title,
                1,
                "A-1",
                rnd.randint(1, 5),
                "Body",
                1,
                "KZ",
                "agency",
                "Trade",
                due,
                "normal",
                rnd.choice(STATUSES),
                rnd.randint(0, 99),
                None,
                title.casefold(),
                1,
                "",  # notes
                0,  # deadline moves
                None,  # lead executor
                "",  # people key
            )
        )
    rnd.shuffle(rows)
    return rows


COLUMNS = [
    Column("ref", "Ref", field(Col.REF)),
    Column("title", "Title", field(Col.TITLE)),
    Column("due", "Due", field(Col.DUE_DATE)),
    Column("progress", "Progress", field(Col.PROGRESS)),
]


@pytest.fixture
def model(qapp) -> RowTableModel:
    m = RowTableModel(COLUMNS)
    m.set_rows(make_rows())
    return m


def shown_ids(m: RowTableModel) -> list[int]:
    return [m.row_id(r) for r in range(m.rowCount())]


def test_rows_and_ids(model: RowTableModel) -> None:
    assert model.rowCount() == 2000 and model.columnCount() == 4
    rid = model.row_id(17)
    assert model.row_for_id(rid) == 17
    assert model.data(model.index(17, 0), ID_ROLE) == rid
    assert model.data(model.index(17, 0)) == f"R-{rid:05d}"
    assert model.row_for_id(999_999) == -1


def test_sort_numbers_both_ways(model: RowTableModel) -> None:
    model.sort(3, Qt.SortOrder.AscendingOrder)
    values = [model.row(r)[Col.PROGRESS] for r in range(model.rowCount())]
    assert values == sorted(values)
    model.sort(3, Qt.SortOrder.DescendingOrder)
    values = [model.row(r)[Col.PROGRESS] for r in range(model.rowCount())]
    assert values == sorted(values, reverse=True)


def test_sort_dates_puts_blanks_last_and_text_ignores_case(model: RowTableModel) -> None:
    model.sort(2)
    dues = [model.row(r)[Col.DUE_DATE] for r in range(model.rowCount())]
    filled = [d for d in dues if d]
    assert dues[: len(filled)] == sorted(filled)
    assert all(d is None for d in dues[len(filled) :]) and len(filled) == 1800
    model.sort(1)
    titles = [model.row(r)[Col.TITLE] for r in range(model.rowCount())]
    assert titles == sorted(titles, key=str.casefold)


def test_filter_agrees_with_the_services_predicate(model: RowTableModel) -> None:
    flt = CommitmentFilter(text="қазақ", statuses=frozenset({"in_progress", "on_hold"}))
    compiled = compile_filter(flt, date(2025, 1, 1), None)
    model.set_filter(lambda row: row_matches(compiled, row))
    expected = {
        r[Col.ID]
        for r in model.all_rows()
        if "қазақ" in r[Col.SEARCH_TEXT] and r[Col.STATUS] in ("in_progress", "on_hold")
    }
    assert set(shown_ids(model)) == expected and 0 < len(expected) < 2000
    model.set_filter(None)
    assert model.rowCount() == 2000


def test_filter_keeps_sort_order_and_sort_keeps_filter(model: RowTableModel) -> None:
    model.sort(0, Qt.SortOrder.DescendingOrder)
    model.set_filter(lambda row: row[Col.STATUS] == "completed")
    refs = [model.row(r)[Col.REF] for r in range(model.rowCount())]
    assert refs == sorted(refs, reverse=True)
    assert all(model.row(r)[Col.STATUS] == "completed" for r in range(model.rowCount()))
    model.sort(3)
    assert all(model.row(r)[Col.STATUS] == "completed" for r in range(model.rowCount()))
    assert model.rowCount() == len(refs)


def test_narrowing_gives_the_same_rows_as_a_full_pass(model: RowTableModel) -> None:
    model.sort(1)
    for text in ("қ", "қа", "қаз"):
        compiled = compile_filter(CommitmentFilter(text=text), date(2025, 1, 1), None)
        model.set_filter(lambda row, c=compiled: row_matches(c, row), narrowing=text != "қ")
    narrowed = shown_ids(model)
    compiled = compile_filter(CommitmentFilter(text="қаз"), date(2025, 1, 1), None)
    model.set_filter(lambda row: row_matches(compiled, row))
    assert shown_ids(model) == narrowed
    # The mask was updated too: a later sort keeps exactly these rows.
    model.sort(0)
    assert sorted(shown_ids(model)) == sorted(narrowed)


def test_set_rows_keeps_sort_and_filter(model: RowTableModel) -> None:
    model.sort(3, Qt.SortOrder.DescendingOrder)
    model.set_filter(lambda row: row[Col.PROGRESS] >= 50)
    model.set_rows(make_rows(seed=11))
    values = [model.row(r)[Col.PROGRESS] for r in range(model.rowCount())]
    assert values and min(values) >= 50 and values == sorted(values, reverse=True)
    model.set_rows(make_rows(seed=11), None)  # a new predicate: none
    assert model.rowCount() == 2000


def test_selection_follows_the_record_when_sorting(model: RowTableModel) -> None:
    selection = QItemSelectionModel(model)
    rid = model.row_id(5)
    selection.setCurrentIndex(
        model.index(5, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    model.sort(1, Qt.SortOrder.DescendingOrder)
    model.sort(3)
    rows = selection.selectedRows()
    assert len(rows) == 1 and model.row_id(rows[0].row()) == rid
    assert model.row_for_id(rid) == rows[0].row()


def test_highlight_colours_only_highlighted_rows(qapp) -> None:
    m = RowTableModel(COLUMNS, highlight=lambda row: row[Col.PROGRESS] > 90)
    m.set_rows(make_rows(200))
    for r in range(m.rowCount()):
        background = m.data(m.index(r, 1), Qt.ItemDataRole.BackgroundRole)
        assert (background is not None) == (m.row(r)[Col.PROGRESS] > 90)
