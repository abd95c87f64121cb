"""RowTableModel without a window: sorting, filtering and row ids on 2,000 rows."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date
from operator import itemgetter
from typing import Any

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


# -- filter as you type: kept passes, narrowing and the scan order (issue 16) ------------------------

# Words sharing their first letters, so a letter erased or changed shows other rows.
TYPING_WORDS = (
    *("Қазақ", "ҚАЛА", "қаржы", "қой", "Кеден", "келісім", "кеңес"),
    *("Trade", "transit", "travel", "农业", "农产品"),
)


def make_typing_rows(n: int, seed: int) -> list[tuple]:
    rnd = random.Random(seed)
    rows = []
    for row in make_rows(n, seed):
        title = " ".join(rnd.choice(TYPING_WORDS) for _ in range(rnd.randint(1, 3)))
        rows.append((*row[: Col.TITLE], title, *row[Col.TITLE + 1 : Col.SEARCH_TEXT], title.casefold(), *row[17:]))
    return rows


TYPING_BASES = (
    CommitmentFilter(),
    CommitmentFilter(statuses=frozenset({"in_progress", "not_started"})),
    CommitmentFilter(body_id=2),
    CommitmentFilter(due_after=date(2023, 1, 1), due_before=date(2027, 12, 31)),
    CommitmentFilter(due_before=date(2025, 6, 30)),
    CommitmentFilter(statuses=frozenset({"completed"}), body_id=3, due_after=date(2024, 1, 1)),
)


def _typing_predicate(flt: CommitmentFilter) -> object | None:
    from desktop.services.commitment_list import row_predicate

    if flt.is_empty:
        return None
    body_ids = {flt.body_id} if flt.body_id is not None else None
    return row_predicate(compile_filter(flt, date(2025, 1, 1), body_ids))


def _expected_ids(model: RowTableModel, rows: list[tuple], flt: CommitmentFilter) -> list[int]:
    """What a full pass shows: every row the services predicate accepts, in the order shown."""
    compiled = compile_filter(flt, date(2025, 1, 1), {flt.body_id} if flt.body_id is not None else None)
    return [rows[p][Col.ID] for p in model._order if row_matches(compiled, rows[p])]


def _random_edits(rnd: random.Random, count: int) -> list[str]:
    """Texts a clerk passes through: a word typed letter by letter, letters erased and retyped, a stray
    letter, a second word, a paste, a clear."""
    words = [w.casefold() for w in TYPING_WORDS] + ["ақ", "ала", "ке", "tra"]
    target, text, seen = rnd.choice(words), "", []
    for _ in range(count):
        action = rnd.random()
        if action < 0.5:
            last = text.split(" ")[-1]
            text += target[len(last)] if target.startswith(last) and len(last) < len(target) else rnd.choice(target)
        elif action < 0.78:
            text = text[:-1]
        elif action < 0.84:
            text += rnd.choice("қаzсп农")
        elif action < 0.9:
            target = rnd.choice(words)
            text += " "
        elif action < 0.96:
            target = rnd.choice(words)
            text = target[: rnd.randint(1, len(target))]
        else:
            text = ""
        seen.append(text)
    return seen


@pytest.mark.slow
@pytest.mark.parametrize("size", [300, 6000])  # 6,000: above the size where a scan may go in load order
def test_typing_and_erasing_show_what_a_full_pass_shows(qapp, size: int) -> None:
    """Every keystroke (narrowed from a kept pass, or a kept pass shown again) gives the rows, in the
    order, that a full filter of every row gives, for random filter combinations, sorts and edits."""
    rows = make_typing_rows(size, seed=size)
    rnd = random.Random(size)
    scans: set[bool | None] = set()
    for round_ in range(6):
        model = RowTableModel(COLUMNS)
        model.set_rows(rows, predicate=None)
        if round_ % 3:  # unsorted (shown in load order), by due date, by reference (both scatter the rows)
            model.sort(2 if round_ % 3 == 1 else 0, Qt.SortOrder(rnd.randint(0, 1)))
        base = rnd.choice(TYPING_BASES)
        resets: list[int] = []
        model.modelReset.connect(lambda resets=resets: resets.append(1))
        before = [model.row_id(r) for r in range(model.rowCount())]
        for text in _random_edits(rnd, 60 if size < 1000 else 25):  # the large list: fewer keys, each a full check
            flt = base.with_(text=text)
            model.set_filter(_typing_predicate(flt))
            expected = _expected_ids(model, rows, flt)
            # The views are reset exactly when the rows shown change (same rows, same order: nothing to redo).
            assert len(resets) == (expected != before), (round_, base, text)
            resets.clear()
            before = expected
            # A record is found at its row (the selection kept), and a filtered-out one is not found.
            for record_id in rnd.sample([r[Col.ID] for r in rows], 3):
                wanted = expected.index(record_id) if record_id in expected else -1
                assert model.row_for_id(record_id) == wanted, (round_, base, text, record_id)
            assert [model.row_id(r) for r in range(model.rowCount())] == expected, (round_, base, text)
        scans.add(model._by_load)
        # A sort while filtered keeps the filter; the next key narrows in the new order.
        model.sort(1, Qt.SortOrder.DescendingOrder)
        flt = base.with_(text="қ")
        model.set_filter(_typing_predicate(flt))
        assert [model.row_id(r) for r in range(model.rowCount())] == _expected_ids(model, rows, flt)
    # Both ways of scanning were taken on the large list: in the order shown, and in load order.
    assert scans >= ({False, True} if size > 4096 else {False})


def test_erasing_a_letter_shows_the_kept_pass_without_a_scan(qapp) -> None:
    rows = make_rows(500)
    model = RowTableModel(COLUMNS)
    model.set_rows(rows, predicate=None)
    scanned: list[tuple[tuple[str, ...], int]] = []  # (words, rows tested) of every text scan

    def predicate(text: str) -> object:
        fast = _typing_predicate(CommitmentFilter(text=text))
        original = fast.narrow_text  # type: ignore[union-attr]

        def narrow_text(rows: list[tuple], positions: Sequence[int]) -> list[int]:
            scanned.append((fast.terms, len(positions)))  # type: ignore[union-attr]
            return original(rows, positions)

        fast.narrow_text = narrow_text  # type: ignore[union-attr]
        return fast

    def having(word: str) -> int:
        return sum(1 for r in rows if word in r[Col.SEARCH_TEXT])

    for text in ("қ", "қа", "қаз"):
        model.set_filter(predicate(text))
    # Each letter typed narrows the rows of the previous pass, not every row.
    assert scanned == [(("қ",), 500), (("қа",), having("қ")), (("қаз",), having("қа"))]
    scanned.clear()
    model.set_filter(predicate("қа"))  # Backspace: the kept pass, shown as it is
    assert scanned == []
    assert [model.row_id(r) for r in range(model.rowCount())] == [r[Col.ID] for r in rows if "қа" in r[Col.SEARCH_TEXT]]
    model.set_filter(predicate("қаб"))  # a sibling of "қаз": narrowed from "қа", not from every row
    assert scanned == [(("қаб",), having("қа"))]
    model.set_filter(None)  # the box cleared
    model.set_filter(predicate("қ"))  # after a clear: every row again
    assert scanned[-1] == (("қ",), 500)


def test_a_longer_word_implies_the_words_it_contains() -> None:
    from desktop.services.commitment_list import row_predicate

    def fast(text: str) -> Any:
        return row_predicate(compile_filter(CommitmentFilter(text=text), date(2025, 1, 1), None))

    assert fast("қаз").implies(("қа",))
    assert fast("қазақ").implies(("аза",))  # inside, not only at the start
    assert fast("visa қаз").implies(("қа", "vis"))
    assert fast("қаз").implies(())
    assert not fast("қа").implies(("қаз",))
    assert not fast("қаб").implies(("қаз",))
    assert not fast("").implies(("қ",))


def _edited(row: tuple, rnd: random.Random) -> tuple:
    """The row as an edit leaves it: a new status, progress, due date or title (and its search text)."""
    changed = list(row)
    what = rnd.choice(("status", "progress", "due", "title", "notes"))
    if what == "status":
        changed[Col.STATUS] = rnd.choice(STATUSES)
    elif what == "progress":
        changed[Col.PROGRESS] = rnd.randint(0, 99)
    elif what == "due":
        changed[Col.DUE_DATE] = rnd.choice((None, f"20{rnd.randint(20, 29)}-0{rnd.randint(1, 9)}-1{rnd.randint(0, 9)}"))
    elif what == "title":
        title = " ".join(rnd.choice(TYPING_WORDS) for _ in range(2))
        changed[Col.TITLE], changed[Col.SEARCH_TEXT] = title, title.casefold()
    else:
        changed[Col.NOTES] = "seen"
    changed[Col.VERSION] += 1
    return tuple(changed)


@pytest.mark.parametrize("round_", range(8))
def test_rows_updated_in_place_show_what_the_whole_list_read_again_shows(qapp, round_: int) -> None:
    """An edit's rows put into the list (changed, added, gone) give the rows, in the order, that reading the
    whole list again gives, for random sorts, filters, typed words and edits; a row that keeps its place is
    swapped without resetting the views, and the clerk's selection stays on it."""
    rnd = random.Random(round_)
    rows = sorted(make_typing_rows(1500, seed=round_), key=lambda r: r[Col.ID])  # in id order, as lists read
    model = RowTableModel(COLUMNS)
    model.set_rows(rows, predicate=None)
    if round_ % 4:
        model.sort(rnd.choice((0, 2, 3)), Qt.SortOrder(rnd.randint(0, 1)))
    flt = rnd.choice(TYPING_BASES).with_(text=rnd.choice(("", "қ", "ала", "tra")))
    if round_ % 2:  # words typed letter by letter first: the kept passes must not outlive the edit
        for end in range(1, len(flt.text) + 1):
            model.set_filter(_typing_predicate(flt.with_(text=flt.text[:end])))
    model.set_filter(_typing_predicate(flt))
    by_id = {r[Col.ID]: r for r in rows}
    next_id = len(rows) + 1
    for _edit in range(6):
        changed = [_edited(by_id[i], rnd) for i in rnd.sample(sorted(by_id), rnd.choice((1, 1, 3, 20)))]
        gone = set(rnd.sample(sorted(by_id), rnd.choice((0, 0, 2)))) - {r[Col.ID] for r in changed}
        if rnd.random() < 0.3:
            new = list(_edited(rows[0], rnd))
            new[Col.ID], next_id = next_id, next_id + 1
            changed.append(tuple(new))
        for row in changed:
            by_id[row[Col.ID]] = row
        for record_id in gone:
            del by_id[record_id]
        resets: list[int] = []
        model.modelReset.connect(lambda resets=resets: resets.append(1))
        selection = QItemSelectionModel(model)
        watched = model.row_id(0) if model.rowCount() else None
        if watched is not None:
            selection.setCurrentIndex(model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        in_place = model.update_rows(changed, gone)
        assert in_place == (not resets)
        fresh = RowTableModel(COLUMNS)
        fresh.set_rows(sorted(by_id.values(), key=lambda r: r[Col.ID]), predicate=None)
        if 0 <= model.sort_column:
            fresh.sort(model.sort_column, model.sort_order)
        fresh.set_filter(_typing_predicate(flt))
        assert shown_ids(model) == shown_ids(fresh), (round_, _edit)
        assert model.total_count == len(by_id)
        assert [model.row(r) for r in range(model.rowCount())] == [fresh.row(r) for r in range(fresh.rowCount())]
        if in_place and watched is not None:
            assert model.row_id(selection.currentIndex().row()) == watched  # the selection stayed on its record
        # Typing on, erasing back and typing other words after the edit: what the rows hold now.
        for text in (flt.text + "а", flt.text[:1], "ке", flt.text):
            model.set_filter(_typing_predicate(flt.with_(text=text)))
            fresh.set_filter(_typing_predicate(flt.with_(text=text)))
            assert shown_ids(model) == shown_ids(fresh), (round_, _edit, text)
        model.set_filter(_typing_predicate(flt))
        model.modelReset.disconnect()


def test_a_row_edited_in_place_repaints_only_its_cells(qapp) -> None:
    rows = sorted(make_rows(300), key=lambda r: r[Col.ID])
    model = RowTableModel(COLUMNS)
    model.set_rows(rows, predicate=None)
    model.sort(0)  # by reference: a new progress keeps every row's place
    painted: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(lambda a, b, *_: painted.append((a.row(), a.column(), b.row(), b.column())))
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    edited = list(rows[41])
    edited[Col.PROGRESS] = 77
    assert model.update_rows([tuple(edited)])
    where = model.row_for_id(rows[41][Col.ID])
    assert not resets and painted == [(where, 0, where, len(COLUMNS) - 1)]
    assert model.row(where)[Col.PROGRESS] == 77
    model.sort(3)  # the sort by progress uses the new value
    progress = [model.row(r)[Col.PROGRESS] for r in range(model.rowCount())]
    assert progress == sorted(r[Col.PROGRESS] for r in model.all_rows())


# --- the word index -----------------------------------------------------------------------------------------


@pytest.fixture
def always_indexed(monkeypatch: pytest.MonkeyPatch) -> None:
    """The index answers every word of two letters or more, whatever a scan of these few rows would cost."""
    from desktop.domain import search

    monkeypatch.setattr(search, "_VOCABULARY_COST", 0)
    monkeypatch.setattr(search, "_HIT_COST", 0)
    monkeypatch.setattr(search, "_POSTING_COST", 0)


def _index_of(rows: Sequence[tuple], texts: Sequence[str] | None = None) -> Any:
    from desktop.domain.search import WordIndex

    return WordIndex.build([r[Col.ID] for r in rows], [r[Col.SEARCH_TEXT] for r in rows] if texts is None else texts)


SEARCH_TEXT = itemgetter(Col.SEARCH_TEXT)


def test_the_index_is_taken_only_over_the_same_rows_in_the_same_order(qapp) -> None:
    rows = sorted(make_typing_rows(500, seed=3), key=lambda r: r[Col.ID])
    model = RowTableModel(COLUMNS)
    model.set_rows(rows, predicate=None)
    assert not model.use_index(_index_of(rows[::-1]), SEARCH_TEXT)  # the same ids in another order
    assert not model.use_index(_index_of(rows[:-1]), SEARCH_TEXT)  # a row fewer
    other = [(r[Col.ID] + 1000, *r[1:]) for r in rows]
    assert not model.use_index(_index_of(other), SEARCH_TEXT)  # other records
    assert model.word_index is None
    index = _index_of(rows)
    assert model.use_index(index, SEARCH_TEXT)
    assert model.word_index is index


def test_new_rows_drop_the_index(qapp) -> None:
    rows = sorted(make_typing_rows(500, seed=4), key=lambda r: r[Col.ID])
    model = RowTableModel(COLUMNS)
    model.set_rows(rows, predicate=None)
    assert model.use_index(_index_of(rows), SEARCH_TEXT)
    model.set_rows(rows)  # read again: the texts may be others now
    assert model.word_index is None
    assert model.use_index(_index_of(rows), SEARCH_TEXT)
    new = (len(rows) + 1, *rows[0][1:])
    assert not model.update_rows([new])  # a row added: the rows are others
    assert model.word_index is None


def test_a_row_swapped_in_place_keeps_the_index_unless_its_text_changed(qapp) -> None:
    rows = sorted(make_typing_rows(500, seed=5), key=lambda r: r[Col.ID])
    model = RowTableModel(COLUMNS)
    model.set_rows(rows, predicate=None)
    index = _index_of(rows)
    assert model.use_index(index, SEARCH_TEXT)
    status_changed = list(rows[10])
    status_changed[Col.STATUS] = "completed" if rows[10][Col.STATUS] != "completed" else "on_hold"
    status_changed[Col.VERSION] += 1
    assert model.update_rows([tuple(status_changed)])  # in place
    assert model.word_index is index  # the search text holds no status
    retitled = list(rows[20])
    retitled[Col.TITLE] = retitled[Col.SEARCH_TEXT] = "new words altogether"
    assert model.update_rows([tuple(retitled)])  # still in place: unsorted, unfiltered
    assert model.word_index is None


def test_the_list_finds_words_through_its_index(qapp, always_indexed: None) -> None:
    """An index that holds other words than the rows shows them: the list asks it, not the texts."""
    rows = sorted(make_typing_rows(400, seed=6), key=lambda r: r[Col.ID])
    model = RowTableModel(COLUMNS)
    model.set_rows(rows, predicate=None)
    liar = ["zzqq" if i % 2 else r[Col.SEARCH_TEXT] for i, r in enumerate(rows)]
    assert model.use_index(_index_of(rows, liar), SEARCH_TEXT)
    model.set_filter(_typing_predicate(CommitmentFilter(text="zzq")))
    assert shown_ids(model) == [r[Col.ID] for r in rows[1::2]]


@pytest.mark.parametrize("round_", range(6))
def test_typing_and_erasing_through_the_index_show_what_the_scan_shows(qapp, always_indexed: None, round_: int) -> None:
    """Every keystroke with the index in use gives the rows, in the order, that the same keystrokes give by
    scanning, for random filter combinations, sorts, typed and erased words, and edits in place."""
    size = 6000 if round_ == 5 else 800  # 6,000: above the size where a scan may go in load order
    rows = sorted(make_typing_rows(size, seed=round_), key=lambda r: r[Col.ID])
    rnd = random.Random(round_)
    indexed, scanned = RowTableModel(COLUMNS), RowTableModel(COLUMNS)
    for model in (indexed, scanned):
        model.set_rows(rows, predicate=None)
        if round_ % 3:
            model.sort(2 if round_ % 3 == 1 else 0, Qt.SortOrder(round_ % 2))
    assert indexed.use_index(_index_of(rows), SEARCH_TEXT)
    base = TYPING_BASES[round_ % len(TYPING_BASES)]
    for step, text in enumerate(_random_edits(rnd, 60 if size < 1000 else 25)):
        if step == 20:  # an edit in place that leaves the search text alike keeps the index; both lists take it
            edited = list(rows[7])
            edited[Col.NOTES], edited[Col.VERSION] = "seen", edited[Col.VERSION] + 1
            for model in (indexed, scanned):
                assert model.update_rows([tuple(edited)])
        for model in (indexed, scanned):
            model.set_filter(_typing_predicate(base.with_(text=text)))
        assert shown_ids(indexed) == shown_ids(scanned), (round_, base, text)
    assert indexed.word_index is not None
