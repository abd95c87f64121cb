"""The list pages driven through their real widgets: sort, filter as you type, filters, delete."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.domain.filters import CommitmentFilter
from desktop.domain.rules import is_overdue
from desktop.services import commitment_list, commitments, parties
from desktop.services.commitment_list import Col
from desktop.services.records import CommitmentData
from desktop.storage.database import Database
from desktop.ui.application import prepare_app
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.commitments import CommitmentsPage

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, qapp, demo_db: Database) -> Iterator[MainWindow]:
    prepare_app(qapp)
    # A commitment written in capitals, to be found by typing in lower case.
    commitments.save(
        demo_db,
        CommitmentData(
            title="ҚАЗАҚ тілінде ақпараттық бюллетень шығару",
            agreement_id=1,
            body_id=2,
            party_id=1,
            sector="Culture",
            due_date=None,
        ),
    )
    w = MainWindow(demo_db)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: all(p.is_loaded for p in w.pages.values()), timeout=10_000)
    w.show_page("commitments")
    yield w
    w.close()


def page_of(window: MainWindow) -> CommitmentsPage:
    return window.commitments


def shown_ids(page) -> list[int]:
    return [page.model.row_id(r) for r in range(page.model.rowCount())]


def type_keys(widget, text: str) -> None:
    """Type text key by key, as a keyboard would: QTest.keyClicks only knows ASCII."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def type_filter(qtbot, page, text: str) -> None:
    page.search.clear()
    type_keys(page.search, text)
    # Typing is debounced: wait for the filter pass to land.
    qtbot.waitUntil(lambda: not page._filter_timer.isActive(), timeout=2000)


def test_typing_lowercase_kazakh_finds_capitals(window: MainWindow, qtbot) -> None:
    page = page_of(window)
    type_filter(qtbot, page, "қазақ")
    titles = [page.model.row(r)[Col.TITLE] for r in range(page.model.rowCount())]
    assert "ҚАЗАҚ тілінде ақпараттық бюллетень шығару" in titles
    expected = commitment_list.list_rows(window.ctx.db, CommitmentFilter(text="қазақ"))
    assert sorted(shown_ids(page)) == sorted(r[Col.ID] for r in expected)
    assert page.count_label.text() == f"Commitments: {len(expected)} of 11"
    # Chinese, inside unspaced text.
    type_filter(qtbot, page, "农产品")
    assert [page.model.row(r)[Col.REF] for r in range(page.model.rowCount())] == ["KZ-CN-2024/04"]
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 11, timeout=2000)


def test_ctrl_f_focuses_filter_and_enter_moves_to_the_list(window: MainWindow, qtbot) -> None:
    page = page_of(window)
    page.view.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    qtbot.keyClicks(page.search, "visa")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.view.hasFocus() and page.model.rowCount() == 1
    assert page.current_id() == commitment_list.id_for_ref(window.ctx.db, "KZ-CN-2024/09")


def test_clicking_a_header_sorts(window: MainWindow, qtbot) -> None:
    page = page_of(window)
    header = page.view.horizontalHeader()
    progress = next(i for i, c in enumerate(page.model.columns) if c.key == "progress")
    x = header.sectionViewportPosition(progress) + header.sectionSize(progress) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    values = [page.model.row(r)[Col.PROGRESS] for r in range(page.model.rowCount())]
    assert page.model.sort_column == progress
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    again = [page.model.row(r)[Col.PROGRESS] for r in range(page.model.rowCount())]
    assert {tuple(values), tuple(again)} == {tuple(sorted(values)), tuple(sorted(values, reverse=True))}
    assert values != again


def test_status_overdue_and_body_filters_match_the_service(window: MainWindow, qtbot) -> None:
    page = page_of(window)
    bar = page.filter_bar
    db = window.ctx.db
    bar.status.setCurrentIndex(bar.status.findData("in_progress"))
    expected = commitment_list.list_rows(db, CommitmentFilter(statuses=frozenset({"in_progress"})))
    assert sorted(shown_ids(page)) == sorted(r[Col.ID] for r in expected) and len(expected) == 6

    bar.status.setCurrentIndex(0)
    qtbot.mouseClick(bar.overdue, Qt.MouseButton.LeftButton)
    assert bar.overdue.isChecked()
    expected = commitment_list.list_rows(db, CommitmentFilter(overdue=True))
    assert sorted(shown_ids(page)) == sorted(r[Col.ID] for r in expected) and expected
    bar.overdue.setChecked(False)

    # The committee includes its two subcommittees.
    committee = bar.body.findData(1)
    bar.body.setCurrentIndex(committee)
    expected = commitment_list.list_rows(db, CommitmentFilter(body_id=1))
    assert {page.model.row(r)[Col.BODY_ID] for r in range(page.model.rowCount())} == {1, 2, 3}
    assert sorted(shown_ids(page)) == sorted(r[Col.ID] for r in expected)
    assert window.current_commitment_filter() == CommitmentFilter(body_id=1)
    qtbot.mouseClick(bar.reset_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 11 and window.current_commitment_filter().is_empty


def test_overdue_rows_are_marked_in_colour_and_words(window: MainWindow) -> None:
    page = page_of(window)
    due = next(i for i, c in enumerate(page.model.columns) if c.key == "due_date")
    today = page._today
    marked = 0
    for r in range(page.model.rowCount()):
        row = page.model.row(r)
        overdue = is_overdue(row[Col.DUE_DATE], row[Col.STATUS], today)
        text = page.model.data(page.model.index(r, due))
        assert ("overdue" in text) == overdue
        assert (page.model.data(page.model.index(r, 1), Qt.ItemDataRole.BackgroundRole) is not None) == overdue
        marked += overdue
    assert marked == 5


def test_delete_asks_naming_the_record_then_deletes(window: MainWindow, qtbot, monkeypatch) -> None:
    page = page_of(window)
    target = commitment_list.id_for_ref(window.ctx.db, "KZ-CN-2024/10")
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(
        QMessageBox, "question", lambda parent, title, text, *a: (asked.append(text), answers.pop(0))[1]
    )
    assert page.select_id(target)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)  # after counting what depends on it
    assert "KZ-CN-2024/10" in asked[0] and "Year of Tourism" in asked[0] and "Trash" in asked[0]
    window.ctx.wait_idle()
    assert page.model.row_for_id(target) >= 0  # "No": nothing happened
    loads = page.load_count
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: page.load_count > loads, timeout=5000)
    assert target not in {r[Col.ID] for r in commitment_list.list_rows(window.ctx.db)}
    assert page.model.row_for_id(target) == -1 and page.model.rowCount() == 10


def test_deleting_a_party_in_use_shows_the_refusal(window: MainWindow, qtbot, monkeypatch) -> None:
    window.show_page("parties")
    page = window.pages["parties"]
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warnings.append(text))
    kz = next(r.id for r in parties.list_rows(window.ctx.db) if r.country_code == "KZ")
    assert page.select_id(kz)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: bool(warnings), timeout=5000)
    assert "cannot be deleted" in warnings[0] and "Republic of Kazakhstan" in warnings[0]
    assert kz in {r.id for r in parties.list_rows(window.ctx.db)}


def test_enter_edits_and_new_passes_the_filtered_body(window: MainWindow, qtbot, monkeypatch) -> None:
    import desktop.ui.editors as editors

    calls: list[tuple] = []
    monkeypatch.setattr(
        editors, "edit_commitment", lambda parent, ctx, cid, defaults=None: calls.append((cid, defaults))
    )
    monkeypatch.setattr(editors, "change_commitment_status", lambda parent, ctx, cid: calls.append(("status", cid)))
    page = page_of(window)
    page.select_id(3)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    qtbot.keyClick(page.view, Qt.Key.Key_F2)
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert calls == [(3, None), (3, None), ("status", 3)]
    calls.clear()
    page.filter_bar.body.setCurrentIndex(page.filter_bar.body.findData(2))
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert calls[0][0] is None and calls[0][1].body_id == 2


def test_reload_keeps_the_selection(window: MainWindow, qtbot) -> None:
    page = page_of(window)
    target = commitment_list.id_for_ref(window.ctx.db, "KZ-CN-2024/07")
    page.select_id(target)
    data = commitments.get(window.ctx.db, target)
    data.progress = 55
    from desktop.ui.operations import run_op

    loads = page.load_count
    run_op(window.ctx, lambda db: commitments.save(db, data))
    qtbot.waitUntil(lambda: page.load_count > loads, timeout=5000)
    assert page.current_id() == target
    assert page.current_row()[Col.PROGRESS] == 55


def test_bodies_tree_filters_keeping_parents(window: MainWindow, qtbot) -> None:
    window.show_page("bodies")
    page = window.pages["bodies"]
    model = page.model
    assert model.rowCount() == 1 and model.rowCount(model.index(0, 0)) == 2  # committee → 2 subcommittees
    type_filter(qtbot, page, "农业")
    root = model.index(0, 0)
    assert root.data() == "Kazakh-Chinese Cooperation Committee"
    assert model.rowCount(root) == 1 and model.index(0, 0, root).data() == "Subcommittee on Agricultural Cooperation"
    assert page.counts_text() == "Bodies: 2 of 3"


def test_a_letter_every_shown_row_holds_keeps_the_list_as_it_is(window: MainWindow, qtbot) -> None:
    """Typing on while the same rows stay shown does not reset the list: the selected record stays, and the
    rows are those a fresh filter shows."""
    page = page_of(window)
    db = window.ctx.db
    type_filter(qtbot, page, "kz")
    shown = shown_ids(page)
    assert len(shown) >= 3
    assert sorted(shown) == sorted(r[Col.ID] for r in commitment_list.list_rows(db, CommitmentFilter(text="kz")))
    page.select_id(shown[1])
    resets: list[int] = []
    page.model.modelReset.connect(lambda: resets.append(1))
    type_keys(page.search, "-")  # every reference shown reads "kz-…": the same rows
    qtbot.waitUntil(lambda: not page._filter_timer.isActive(), timeout=2000)
    assert page.search.text() == "kz-"
    assert resets == []
    assert shown_ids(page) == shown
    assert page.current_id() == shown[1]
    expected = commitment_list.list_rows(db, CommitmentFilter(text="kz-"))
    assert sorted(shown) == sorted(r[Col.ID] for r in expected)
    count = len(expected)
    assert page.count_label.text() == (f"Commitments: {count}" if count == 11 else f"Commitments: {count} of 11")
    # A letter that leaves rows out does reset it; the selected record stays selected where it survives.
    survivor = page.model.row(1)[Col.REF].casefold()
    type_filter(qtbot, page, survivor)
    assert resets and shown_ids(page) == [shown[1]]
    page.select_id(shown[1])
    resets.clear()
    page.search.backspace()  # the same single row shown (the kept pass of the shorter reference)
    qtbot.waitUntil(lambda: not page._filter_timer.isActive(), timeout=2000)
    expected = commitment_list.list_rows(db, CommitmentFilter(text=survivor[:-1]))
    assert sorted(shown_ids(page)) == sorted(r[Col.ID] for r in expected)
    assert (resets == []) == (len(expected) == 1)
    assert page.current_id() == shown[1]


def test_the_paint_probe_reports_keys_that_change_the_rows_and_keys_that_do_not(
    window: MainWindow, qtbot, monkeypatch
) -> None:
    """The benchmark's key-to-repaint marker comes for a key whose pass leaves the same rows shown (the
    list is not repainted then) as well as for one that changes them (after the list's repaint)."""
    from desktop.ui import paint_probe

    said: list[str] = []
    monkeypatch.setattr(paint_probe, "say", said.append)
    monkeypatch.setattr(paint_probe.PaintProbe, "_read_stdin", lambda self: None)  # commands given here
    probe = paint_probe.PaintProbe(QApplication.instance(), window, "1")
    page = page_of(window)
    resets: list[int] = []
    page.model.modelReset.connect(lambda: resets.append(1))
    probe._command("key 1 k")  # every reference reads "kz-…": the same 11 rows
    qtbot.waitUntil(lambda: "key 1 11" in said, timeout=5000)
    assert resets == []
    type_filter(qtbot, page, "kz-cn-2024/0")
    resets.clear()
    probe._command("key 2 4")
    qtbot.waitUntil(lambda: any(line.startswith("key 2 ") for line in said), timeout=5000)
    assert (
        resets and "key 2 1" in said and shown_ids(page) == [commitment_list.id_for_ref(window.ctx.db, "KZ-CN-2024/04")]
    )


def test_a_filter_pass_that_changes_the_rows_paints_the_list_once(window: MainWindow, qtbot) -> None:
    """The list is laid out as soon as its model is reset: one paint of the new rows, not a paint with
    the old layout followed by a second one when Qt's delayed layout runs."""
    from PySide6.QtCore import QObject

    page = page_of(window)
    type_filter(qtbot, page, "kz-cn-2024/0")
    qtbot.wait(50)

    class Paints(QObject):
        count = 0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                Paints.count += 1
            return False

    paints = Paints()
    page.view.viewport().installEventFilter(paints)
    resets: list[int] = []
    page.model.modelReset.connect(lambda: resets.append(1))
    type_keys(page.search, "4")
    qtbot.waitUntil(lambda: Paints.count > 0, timeout=2000)
    qtbot.wait(100)  # the delayed layout, had it been left to Qt, would have painted again by now
    page.view.viewport().removeEventFilter(paints)
    assert resets == [1] and Paints.count == 1
    assert shown_ids(page) == [commitment_list.id_for_ref(window.ctx.db, "KZ-CN-2024/04")]
