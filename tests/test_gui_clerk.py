"""A clerk's day driven through the real window: bulk actions, drill-down, pickers, quick open, trash, undo."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from desktop.domain.models import Commitment, Party, StatusChange
from desktop.services import commitments
from desktop.services.commitment_list import Col
from desktop.storage.database import Database
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.commitments import CommitmentsPage
from tests.gui_helpers import choose, click_save, open_main_window, type_into, type_text, wait_for_dialog

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot: Any, qapp: Any, demo_db: Database) -> Iterator[MainWindow]:
    w = open_main_window(qtbot, qapp, demo_db)
    yield w
    w.close()


def commitment(db: Database, record_id: int) -> Commitment:
    with db.read() as session:
        c = session.get(Commitment, record_id)
        assert c is not None
        session.expunge(c)
        return c


def exists(db: Database, record_id: int) -> bool:
    with db.read() as session:
        return session.get(Commitment, record_id) is not None


def history_count(db: Database, record_id: int) -> int:
    with db.read() as session:
        return int(
            session.scalar(
                select(func.count()).select_from(StatusChange).where(StatusChange.commitment_id == record_id)
            )
            or 0
        )


def click_rows(qtbot: Any, page: CommitmentsPage, ids: list[int]) -> None:
    """Click the first row, Ctrl+click the others, as a clerk selects several rows."""
    for n, record_id in enumerate(ids):
        row = page.model.row_for_id(record_id)
        assert row >= 0, record_id
        rect = page.view.visualRect(page.model.index(row, 1))
        page.view.scrollTo(page.model.index(row, 1))
        rect = page.view.visualRect(page.model.index(row, 1))
        modifier = Qt.KeyboardModifier.ControlModifier if n else Qt.KeyboardModifier.NoModifier
        qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())
    assert sorted(page.selected_ids()) == sorted(ids)


def reloaded(qtbot: Any, page: CommitmentsPage, before: int) -> None:
    qtbot.waitUntil(lambda: page.load_count > before, timeout=5000)


def test_bulk_status_with_one_note_refuses_a_row_and_undoes(
    window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = window.ctx.db
    page = window.commitments
    summaries: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a, **k: summaries.append(text))
    history_before = {i: history_count(db, i) for i in (1, 2, 6)}
    click_rows(qtbot, page, [1, 2, 6])
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = wait_for_dialog(qtbot, page, "bulk_status")
    choose(dialog, "status", "Completed")
    type_into(qtbot, dialog, "note", "Committee session 5")
    # The evidence once for every row: the session's protocol.
    type_into(qtbot, dialog, "letter_number", "Protocol 5")
    type_into(qtbot, dialog, "letter_date", date.today().isoformat())
    loads = page.load_count
    click_save(qtbot, dialog)
    reloaded(qtbot, page, loads)
    qtbot.waitUntil(lambda: bool(summaries), timeout=5000)
    # Rows 1 and 2 completed with the note; row 6 was completed already: refused and named.
    for record_id in (1, 2):
        c = commitment(db, record_id)
        assert (c.status, c.progress, c.version) == ("completed", 100, 3)
        assert history_count(db, record_id) == history_before[record_id] + 1
    assert commitment(db, 6).version == 3 and history_count(db, 6) == history_before[6]
    assert "KZ-CN-2024/06" in summaries[0] and "already" in summaries[0]
    with db.read() as session:
        notes = session.scalars(select(StatusChange.note).where(StatusChange.commitment_id == 1)).all()
    assert "Committee session 5" in notes
    # Ctrl+Z puts both back through the services.
    # Wait for the outcome, not for a reload: the bulk action's own refresh may still be arriving.
    window.act_undo.trigger()
    qtbot.waitUntil(lambda: all(commitment(db, i).status == "in_progress" for i in (1, 2)), timeout=5000)
    assert commitment(db, 1).progress == 60


def test_undo_refused_when_someone_changed_the_row_since(
    window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = window.ctx.db
    page = window.commitments
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: warnings.append(text))
    click_rows(qtbot, page, [3, 4])
    page.bulk("due")
    dialog = wait_for_dialog(qtbot, page, "bulk_due")
    type_into(qtbot, dialog, "due_date", "2027-03-01")
    loads = page.load_count
    click_save(qtbot, dialog)
    reloaded(qtbot, page, loads)
    assert str(commitment(db, 3).due_date) == "2027-03-01" == str(commitment(db, 4).due_date)
    # Another clerk edits row 4 meanwhile.
    data = commitments.get(db, 4)
    data.title += " (revised)"
    commitments.save(db, data)
    window.act_undo.trigger()
    qtbot.waitUntil(lambda: bool(warnings), timeout=5000)
    assert "changed since" in warnings[0] and "KZ-CN-2024/04" in warnings[0]
    assert str(commitment(db, 3).due_date) == "2027-03-01"  # nothing half-undone


def test_move_selected_to_another_body_and_export_selection(
    window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    db = window.ctx.db
    page = window.commitments
    click_rows(qtbot, page, [8, 9])
    page.bulk("body")
    dialog = wait_for_dialog(qtbot, page, "bulk_body")
    qtbot.waitUntil(lambda: dialog.body.count() == 3, timeout=5000)  # type: ignore[attr-defined]
    choose(dialog, "body_id", "Innovation")
    loads = page.load_count
    click_save(qtbot, dialog)
    reloaded(qtbot, page, loads)
    assert commitment(db, 8).body_id == 3 == commitment(db, 9).body_id
    assert commitment(db, 8).version == 3  # one save, one version step
    # The commitment is now found by its new body's name.
    assert "innovation" in commitment(db, 9).search_text
    # Export the selection: the rows and columns as shown, in the order shown.
    click_rows(qtbot, page, [9, 8])
    out = tmp_path / "selection.xlsx"
    page.export_selection(out)
    ws = openpyxl.load_workbook(out).active
    values = list(ws.values)
    assert values[0][0] == "Ref." and values[0][1] == "Commitment"
    shown_order = [page.model.row(r)[Col.REF] for r in range(page.model.rowCount())]
    exported = [v[0] for v in values[1:]]
    assert exported == [ref for ref in shown_order if ref in ("KZ-CN-2024/08", "KZ-CN-2024/09")]
    assert all(v[6] == "Subcommittee on Innovation Cooperation" for v in values[1:])


def test_drill_down_from_a_body_and_add_a_commitment_there(window: MainWindow, qtbot: Any) -> None:
    db = window.ctx.db
    window.show_page("bodies")
    bodies_page = window.pages["bodies"]
    assert bodies_page.select_id(2)  # type: ignore[attr-defined]
    bodies_page.act_show_commitments.trigger()  # type: ignore[attr-defined]
    assert window.current_page_name() == "commitments"
    page = window.commitments
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    assert {page.model.row(r)[Col.REF] for r in range(page.model.rowCount())} == {"KZ-CN-2024/03", "KZ-CN-2024/04"}
    window.act_back.trigger()
    assert window.current_page_name() == "bodies"
    # "Add commitment here": body, its agreement and the next reference of the agreement's scheme filled in.
    bodies_page.act_add_commitment.trigger()  # type: ignore[attr-defined]
    dialog = wait_for_dialog(qtbot, bodies_page, "commitment_editor")
    assert dialog.body_id.value() == 2  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: dialog.ref.text() == "KZ-CN-2024/11", timeout=5000)  # type: ignore[attr-defined]
    type_into(qtbot, dialog, "title", "Open a phytosanitary laboratory")
    click_save(qtbot, dialog)
    with db.read() as session:
        c = session.scalars(select(Commitment).where(Commitment.title == "Open a phytosanitary laboratory")).one()
        assert (c.body_id, c.agreement_id, c.ref, c.version) == (2, 1, "KZ-CN-2024/11", 1)


def test_show_commitments_of_an_agreement(window: MainWindow, qtbot: Any) -> None:
    window.show_page("agreements")
    agreements_page = window.pages["agreements"]
    assert agreements_page.select_id(1)  # type: ignore[attr-defined]
    agreements_page.act_show_commitments.trigger()  # type: ignore[attr-defined]
    page = window.commitments
    assert window.current_page_name() == "commitments"
    assert page.current_filter().agreement_id == 1
    qtbot.waitUntil(lambda: page.model.rowCount() == 10, timeout=5000)


def pick_from_popup(qtbot: Any, picker: Any, text: str, row: int) -> None:
    """Type into a picker, then choose line ``row`` of the list that drops down, with the keyboard."""
    picker.lineEdit().setFocus()
    picker.lineEdit().clear()
    type_text(qtbot, picker.lineEdit(), text)
    popup = picker.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    for _ in range(row + 1):
        qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)


def test_type_to_pick_in_kazakh_and_add_a_missing_party(window: MainWindow, qtbot: Any) -> None:
    db = window.ctx.db
    page = window.commitments
    page.view.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = wait_for_dialog(qtbot, page, "commitment_editor")
    party = dialog.party_id  # type: ignore[attr-defined]
    # Lower-case Kazakh finds China, whose name is shown in the picker.
    assert [label for _id, label in party.matches("қытай")] == ["People's Republic of China"]
    pick_from_popup(qtbot, party, "қытай", 0)
    assert party.value() == 2 and party.currentText() == "People's Republic of China"
    body = dialog.body_id  # type: ignore[attr-defined]
    pick_from_popup(qtbot, body, "иннов", 0)  # a Russian fragment of the subcommittee's name
    assert body.value() == 3
    # A party that is not in the register: "New “…”…" opens the party editor over this one.
    pick_from_popup(qtbot, party, "Republic of Korea", len(party.matches("Republic of Korea")))
    party_dialog = wait_for_dialog(qtbot, dialog, "party_editor")
    assert party_dialog.name.text() == "Republic of Korea"  # type: ignore[attr-defined]
    type_into(qtbot, party_dialog, "country_code", "KR")
    click_save(qtbot, party_dialog)
    qtbot.waitUntil(lambda: party.currentText() == "Republic of Korea", timeout=5000)
    type_into(qtbot, dialog, "title", "Open a Korean trade centre")
    click_save(qtbot, dialog)
    with db.read() as session:
        c = session.scalars(select(Commitment).where(Commitment.title == "Open a Korean trade centre")).one()
        korea = session.scalars(select(Party).where(Party.name == "Republic of Korea")).one()
        assert (c.party_id, c.body_id) == (korea.id, 3)


def test_quick_open_finds_a_commitment_by_kazakh_words_and_opens_it(window: MainWindow, qtbot: Any) -> None:
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = wait_for_dialog(qtbot, window, "quick_open")
    qtbot.waitUntil(lambda: dialog.index is not None, timeout=5000)  # type: ignore[attr-defined]
    type_text(qtbot, dialog.box, "ауыл шаруашылығы")  # type: ignore[attr-defined]
    results = dialog.results  # type: ignore[attr-defined]
    shown = [results.item(i).text() for i in range(results.count())]
    # The subcommittee (its Kazakh name) and its commitment whose title is Kazakh.
    assert any("Subcommittee on Agricultural Cooperation" in t for t in shown)
    assert any(t.startswith("KZ-CN-2024/04") for t in shown)
    row = next(i for i, t in enumerate(shown) if t.startswith("KZ-CN-2024/04"))
    for _ in range(row):
        qtbot.keyClick(dialog.box, Qt.Key.Key_Down)  # type: ignore[attr-defined]
    qtbot.keyClick(dialog.box, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    opened = wait_for_dialog(qtbot, window, "commitment_page")
    qtbot.waitUntil(lambda: opened.windowTitle() == "Commitment KZ-CN-2024/04", timeout=5000)


def test_quick_open_index_follows_changes(window: MainWindow, qtbot: Any) -> None:
    dialog = window.quick_open()
    qtbot.waitUntil(lambda: dialog.index is not None, timeout=5000)  # type: ignore[attr-defined]
    dialog.close()  # type: ignore[attr-defined]
    data = commitments.get(window.ctx.db, 1)
    data.title = "Zebra crossings in Astana"
    from desktop.ui.operations import run_op

    run_op(window.ctx, lambda db: commitments.save(db, data))
    qtbot.waitUntil(lambda: window._quick_index.index is None, timeout=5000)
    dialog = window.quick_open()
    qtbot.waitUntil(lambda: dialog.index is not None, timeout=5000)  # type: ignore[attr-defined]
    type_text(qtbot, dialog.box, "zebra")  # type: ignore[attr-defined]
    assert dialog.results.count() == 1  # type: ignore[attr-defined]


def test_delete_moves_to_trash_with_dependants_and_restores(
    window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = window.ctx.db
    questions: list[str] = []

    def answer_yes(_parent: Any, _title: str, text: str, *_a: Any, **_k: Any) -> QMessageBox.StandardButton:
        questions.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    history_3 = history_count(db, 3)
    window.show_page("bodies")
    bodies_page = window.pages["bodies"]
    assert bodies_page.select_id(2)  # type: ignore[attr-defined]
    trash_page = window.pages["trash"]
    loads = bodies_page.load_count
    bodies_page.view.setFocus()  # type: ignore[attr-defined]
    qtbot.keyClick(bodies_page.view, Qt.Key.Key_Delete)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: bodies_page.load_count > loads, timeout=5000)
    assert "Trash" in questions[0] and "2 commitments" in questions[0]
    with db.read() as session:
        assert session.get(Commitment, 3) is None and session.get(Commitment, 4) is None
    window.show_page("trash")  # off screen during the delete: it reads the trash on being shown
    qtbot.waitUntil(lambda: trash_page.model.rowCount() == 1, timeout=5000)  # type: ignore[attr-defined]
    row = trash_page.model.row(0)  # type: ignore[attr-defined]
    assert row.label == "Subcommittee on Agricultural Cooperation" and row.commitments == 2
    assert (row.expires - row.deleted_at).days == 90
    trash_page.select_id(row.id)  # type: ignore[attr-defined]
    trash_page.view.setFocus()  # type: ignore[attr-defined]
    qtbot.keyClick(trash_page.view, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    # Wait for the outcome: a reload still due from the delete could otherwise end the wait early.
    qtbot.waitUntil(lambda: trash_page.model.rowCount() == 0 and exists(db, 3), timeout=5000)  # type: ignore[attr-defined]
    c = commitment(db, 3)
    assert c.body_id == 2 and c.ref == "KZ-CN-2024/03"
    assert history_count(db, 3) == history_3  # the history came back with it


def test_a_party_in_use_cannot_be_deleted_and_says_why(
    window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: told.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("asked although it cannot be deleted"))
    window.show_page("parties")
    parties_page = window.pages["parties"]
    parties_page.select_id(2)  # type: ignore[attr-defined]
    parties_page.delete_selected()
    qtbot.waitUntil(lambda: bool(told), timeout=5000)
    assert "cannot be deleted" in told[0] and "1 commitment" in told[0]


def test_ctrl_z_restores_a_deleted_commitment_and_trash_is_purged_after_90_days(
    window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import timedelta

    from desktop.domain.types import utc_now
    from desktop.services import trash

    db = window.ctx.db
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page = window.commitments
    page.select_id(5)
    loads = page.load_count
    page.delete_selected()
    reloaded(qtbot, page, loads)
    with db.read() as session:
        assert session.get(Commitment, 5) is None
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: exists(db, 5), timeout=5000)
    assert commitment(db, 5).ref == "KZ-CN-2024/05"
    # Purged for good once 90 days have passed.
    trash.move_to_trash(db, entity="commitment", record_id=5)
    assert len(trash.list_rows(db, now=utc_now() + timedelta(days=89))) == 1
    just_past_ninety_days = utc_now() + timedelta(days=90, minutes=1)
    assert trash.list_rows(db, now=just_past_ninety_days) == []


def test_ctrl_z_undoes_an_edit_and_refuses_after_someone_elses_change(
    window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = window.ctx.db
    page = window.commitments
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: warnings.append(text))
    page.select_id(7)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_F2)
    dialog = wait_for_dialog(qtbot, page, "commitment_editor")
    title = dialog.title  # type: ignore[attr-defined]
    original = title.text()
    title.selectAll()
    type_into(qtbot, dialog, "title", "Renamed by mistake")
    # Out of range: 250 % stays 250 and is refused with a message (Save disabled), not silently 25 %.
    progress = dialog.progress  # type: ignore[attr-defined]
    progress.lineEdit().selectAll()
    qtbot.keyClicks(progress.lineEdit(), "250")
    assert progress.value() == 250
    assert not dialog.save_button.isEnabled()  # type: ignore[attr-defined]
    progress.lineEdit().selectAll()
    qtbot.keyClicks(progress.lineEdit(), "55")
    click_save(qtbot, dialog)
    assert commitment(db, 7).title == "Renamed by mistake"
    assert commitment(db, 7).version == 3  # one save, one version
    qtbot.waitUntil(lambda: window.act_undo.isEnabled(), timeout=5000)
    assert window.ctx.undo_stack.undoText() == "Edit of KZ-CN-2024/07"
    window.act_undo.trigger()  # Edit ▸ Undo (Ctrl+Z; the key itself is driven in the trash test)
    qtbot.waitUntil(lambda: commitment(db, 7).title == original or bool(warnings), timeout=5000)
    assert not warnings, warnings
    assert commitment(db, 7).progress == 50
    # Edit again; another clerk saves meanwhile: Ctrl+Z refuses, naming the record.
    page.select_id(7)
    page.edit_selected()
    dialog = wait_for_dialog(qtbot, page, "commitment_editor")
    dialog.title.selectAll()  # type: ignore[attr-defined]
    type_into(qtbot, dialog, "title", "Second rename")
    click_save(qtbot, dialog)
    data = commitments.get(db, 7)
    data.agency = "Ministry of Trade"
    commitments.save(db, data)
    window.act_undo.trigger()
    qtbot.waitUntil(lambda: bool(warnings), timeout=5000)
    assert "Cannot undo" in warnings[0] and "KZ-CN-2024/07" in warnings[0]
    assert commitment(db, 7).title == "Second rename"


def test_quick_open_builds_its_letter_pairs_in_the_background(
    window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At 100,000 records the index gets its letter pairs once in use; typing finds the same before and after."""
    from desktop.ui import quick_open

    monkeypatch.setattr(quick_open, "PAIRS_FROM", 0)  # the demo is small: build them as for a large register
    dialog = window.quick_open()
    qtbot.waitUntil(lambda: dialog.index is not None and dialog.index._pairs is not None, timeout=5000)  # type: ignore[attr-defined]
    type_text(qtbot, dialog.box, "ауыл шаруашылығы")  # type: ignore[attr-defined]
    results = dialog.results  # type: ignore[attr-defined]
    shown = [results.item(i).text() for i in range(results.count())]
    assert any(t.startswith("KZ-CN-2024/04") for t in shown)
    assert any("Subcommittee on Agricultural Cooperation" in t for t in shown)
