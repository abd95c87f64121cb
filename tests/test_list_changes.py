"""Reading only what changed (issue 16): after an edit the Commitments list reads the rows of the commitments
the audit trail names since it last read, not 100,000 rows. Each answer is checked against the whole list read
again, on both engines; what the rows cannot show by themselves (a body or a person renamed, too many changes,
a register replaced) asks for the whole list."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from desktop.services import bodies, commitment_list, commitments, deadlines, people, trash
from desktop.services.commitment_list import Col, ListChanges, changes_since, list_rows, list_rows_marked
from desktop.services.records import CommitmentData
from desktop.storage.database import Database


def _rows_now(db: Database, ids: set[int]) -> list[tuple]:
    return [r for r in list_rows(db) if r[Col.ID] in ids]


def _changed(db: Database, mark: int) -> ListChanges:
    found = changes_since(db, mark)
    assert found is not None
    assert found.rows == _rows_now(db, {r[Col.ID] for r in found.rows})  # exactly the rows the whole list holds
    assert not found.gone & {r[Col.ID] for r in list_rows(db)}  # gone means gone
    return found


def test_each_kind_of_edit_names_only_the_rows_it_changed(demo_db: Database) -> None:
    rows, mark = list_rows_marked(demo_db)
    assert rows == list_rows(demo_db) and changes_since(demo_db, mark) == ListChanges(mark, [], frozenset())
    first, second, third, fourth = (r[Col.ID] for r in rows[:4])

    commitments.change_status(demo_db, first, "on_hold", "waiting for the partner", progress=10)
    found = _changed(demo_db, mark)
    assert [r[Col.ID] for r in found.rows] == [first] and found.rows[0][Col.STATUS] == "on_hold"
    assert found.mark > mark and not found.gone
    assert changes_since(demo_db, found.mark) == ListChanges(found.mark, [], frozenset())  # read once
    mark = found.mark

    lead = people.add_person(demo_db, "Айгерім Сұлтанбекқызы")  # a new person alone changes no row
    assert changes_since(demo_db, mark) == ListChanges(mark + 1, [], frozenset())
    people.assign(demo_db, second, people.TeamChoice(lead_id=lead))
    found = _changed(demo_db, mark)
    assert [r[Col.ID] for r in found.rows] == [second] and found.rows[0][Col.EXECUTOR] == "Айгерім Сұлтанбекқызы"
    mark = found.mark

    moves = next(r for r in rows if r[Col.ID] == third)[Col.MOVES]
    deadlines.move_deadline(demo_db, third, date(2031, 3, 1), "the partner asked")
    found = _changed(demo_db, mark)
    assert [r[Col.ID] for r in found.rows] == [third]
    assert found.rows[0][Col.MOVES] == moves + 1 and found.rows[0][Col.DUE_DATE] == "2031-03-01"
    mark = found.mark

    trash_id = trash.move_to_trash(demo_db, entity="commitment", record_id=fourth)
    found = _changed(demo_db, mark)
    assert found.rows == [] and found.gone == {fourth}
    mark = found.mark
    trash.restore(demo_db, trash_id)
    found = _changed(demo_db, mark)
    assert [r[Col.ID] for r in found.rows] == [fourth] and not found.gone
    mark = found.mark

    data = replace(commitments.get(demo_db, first), id=None, version=None, ref="", title="Жаңа міндеттеме 新承诺")
    new_id = commitments.save(demo_db, data)
    found = _changed(demo_db, mark)
    assert [r[Col.ID] for r in found.rows] == [new_id] and found.rows[0][Col.TITLE] == "Жаңа міндеттеме 新承诺"


def test_a_rename_many_rows_show_asks_for_the_whole_list(demo_db: Database) -> None:
    rows, mark = list_rows_marked(demo_db)
    body_id = next(r[Col.BODY_ID] for r in rows if r[Col.BODY_ID] is not None)
    bodies.save(demo_db, replace(bodies.get(demo_db, body_id), name="Подкомитет по сельскому хозяйству"))
    assert changes_since(demo_db, mark) is None

    _rows, mark = list_rows_marked(demo_db)
    person = people.add_person(demo_db, "Wang Yi 王毅")
    people.assign(demo_db, rows[0][Col.ID], people.TeamChoice(lead_id=person))
    _rows, mark = list_rows_marked(demo_db)
    people.update_person(demo_db, person, name="Ван И")
    assert changes_since(demo_db, mark) is None


def test_more_changes_than_the_limit_or_a_trail_behind_the_mark_ask_for_the_whole_list(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows, mark = list_rows_marked(demo_db)
    monkeypatch.setattr(commitment_list, "ENTRIES_LIMIT", 2)
    for row in rows[:3]:
        commitments.set_fields(demo_db, row[Col.ID], {"agency": "МИД РК"})
    assert changes_since(demo_db, mark) is None
    monkeypatch.setattr(commitment_list, "ENTRIES_LIMIT", 5_000)
    monkeypatch.setattr(commitment_list, "ROWS_LIMIT", 2)
    assert changes_since(demo_db, mark) is None
    monkeypatch.setattr(commitment_list, "ROWS_LIMIT", 2_000)
    assert {r[Col.ID] for r in _changed(demo_db, mark).rows} == {r[Col.ID] for r in rows[:3]}
    # A register replaced by an older copy: its trail ends before the mark the list holds.
    _rows, latest = list_rows_marked(demo_db)
    assert changes_since(demo_db, latest + 10) is None


def test_a_new_commitment_saved_with_defaults_comes_in_with_its_row(demo_db: Database) -> None:
    _rows, mark = list_rows_marked(demo_db)
    new_id = commitments.save(demo_db, CommitmentData(title="Ауыл шаруашылығы өнімдерінің экспорты"))
    found = _changed(demo_db, mark)
    assert [r[Col.ID] for r in found.rows] == [new_id]


def test_the_quick_open_index_is_kept_unless_an_entry_changed(demo_db: Database) -> None:
    from desktop.services import quick_open

    index, mark = quick_open.build_index_marked(demo_db)
    assert quick_open.still_right(demo_db, index, mark) == mark
    first, second = (r[Col.ID] for r in list_rows(demo_db)[:2])
    commitments.change_status(demo_db, first, "on_hold", "a status is no entry", progress=30)
    later = quick_open.still_right(demo_db, index, mark)
    assert later is not None and later > mark
    commitments.set_fields(demo_db, second, {"title": "Жаңа атау"})
    assert quick_open.still_right(demo_db, index, later) is None
    fresh, mark = quick_open.build_index_marked(demo_db)
    assert next(e.label for e in fresh.find("жаңа атау")).endswith("Жаңа атау")
    trash.move_to_trash(demo_db, entity="commitment", record_id=first)
    assert quick_open.still_right(demo_db, fresh, mark) is None  # its entry must go


def test_search_texts_are_read_in_the_lists_order_under_its_mark(demo_db: Database) -> None:
    """The word index's read: every listed commitment's id and search text in the list's order, and the trail's
    last entry, which is the mark the list itself is read up to when nothing was written between."""
    rows, mark = list_rows_marked(demo_db)
    read_mark, ids, texts = commitment_list.search_texts_marked(demo_db)
    assert read_mark == mark > 0
    assert ids == [r[Col.ID] for r in rows] == sorted(ids)
    assert texts == [r[Col.SEARCH_TEXT] for r in rows]
    record_id = ids[0]
    commitments.set_fields(demo_db, record_id, {"title": "Ауыл шаруашылығы 农业合作"})
    later_mark, _ids, later = commitment_list.search_texts_marked(demo_db)
    assert later_mark > mark
    assert "农业合作" in later[0] and later[1:] == texts[1:]
