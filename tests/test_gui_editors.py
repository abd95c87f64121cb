"""The editor dialogs, driven through their real widgets; what they save is read back from the database."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from desktop.services import agreements, bodies, commitments, lookups, parties
from desktop.services.records import CommitmentData
from desktop.storage.database import Database
from desktop.ui.application import prepare_app
from desktop.ui.editors import edit_agreement, edit_body, edit_commitment, edit_party
from desktop.ui.editors.base import EditorDialog
from desktop.ui.operations import AppContext
from tests.gui_helpers import click_save as save
from tests.gui_helpers import type_into, type_text

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qapp: QApplication, qtbot: Any) -> QWidget:
    prepare_app(qapp)
    parent = QWidget()
    parent.resize(1200, 800)
    qtbot.addWidget(parent)
    parent.show()
    return parent


def opened(qtbot: Any, dialog: EditorDialog) -> EditorDialog:
    qtbot.waitUntil(lambda: dialog.content.isEnabled(), timeout=5000)
    return dialog


def tick_party(dialog: QWidget, name: str) -> None:
    parties_list = dialog.findChild(QWidget, "parties")
    for row in range(parties_list.count()):
        item = parties_list.item(row)
        if item.text() == name:
            item.setCheckState(Qt.CheckState.Checked)


def party_id(db: Database, name: str) -> int:
    return lookups.party_id_by_name(db, name)


def test_new_agreement_typed_and_saved(window: QWidget, demo_db: Database, qtbot: Any) -> None:
    ctx = AppContext(demo_db)
    dialog = opened(qtbot, edit_agreement(window, ctx, None))
    save_button = dialog.findChild(QPushButton, "save")
    assert not save_button.isEnabled()  # empty form
    type_into(qtbot, dialog, "reg_number", "KZ-CN-2024-05-20/2")
    type_into(qtbot, dialog, "title", "Меморандум о сотрудничестве в области туризма")
    dialog.findChild(QWidget, "other_languages").click()
    type_into(qtbot, dialog, "title_kk", "Туризм саласындағы ынтымақтастық туралы меморандум")
    type_into(qtbot, dialog, "title_zh", "旅游合作谅解备忘录")
    tick_party(dialog, "Republic of Kazakhstan")
    tick_party(dialog, "People's Republic of China")
    type_into(qtbot, dialog, "signed_on", "20.05.2024")
    type_into(qtbot, dialog, "place", "Астана")
    type_into(qtbot, dialog, "expiry", "2029-05-20")
    people = dialog.findChild(QWidget, "signatories")
    qtbot.mouseClick(people.add_button, Qt.MouseButton.LeftButton)
    people.set_name(0, "Wang Yi (王毅)", "Minister of Foreign Affairs")
    people.table.cellWidget(0, 2).set_value(party_id(demo_db, "China"))
    assert save_button.isEnabled(), dialog.problems
    save(qtbot, dialog)

    saved = agreements.get(demo_db, lookups.agreement_id_by_reg(demo_db, "KZ-CN-2024-05-20/2"))
    assert saved.title == "Меморандум о сотрудничестве в области туризма"
    assert saved.title_kk == "Туризм саласындағы ынтымақтастық туралы меморандум"
    assert saved.title_zh == "旅游合作谅解备忘录"
    assert saved.signed_on == date(2024, 5, 20) and saved.expiry == date(2029, 5, 20)
    assert saved.place == "Астана"
    assert sorted(saved.party_ids) == sorted([party_id(demo_db, "KZ"), party_id(demo_db, "CN")])
    assert [(p.name, p.party_id) for p in saved.signatories] == [("Wang Yi (王毅)", party_id(demo_db, "CN"))]


def test_agreement_invalid_input_is_marked_and_blocked(window: QWidget, demo_db: Database, qtbot: Any) -> None:
    ctx = AppContext(demo_db)
    dialog = opened(qtbot, edit_agreement(window, ctx, None))
    save_button = dialog.findChild(QPushButton, "save")
    type_into(qtbot, dialog, "reg_number", "X-1")
    tick_party(dialog, "Republic of Kazakhstan")
    tick_party(dialog, "People's Republic of China")
    type_into(qtbot, dialog, "signed_on", "2024-05-20")
    title_error = dialog.findChild(QWidget, "title_error")
    height = dialog.findChild(QWidget, "title").parentWidget().height()
    type_into(qtbot, dialog, "expiry", "2024-01-01")
    # The untouched title is not red yet; the touched expiry is. Save says what is missing.
    assert title_error.text() == "" and title_error.isVisible()  # its line is kept, empty
    assert dialog.findChild(QWidget, "expiry_error").text() == "must be after the signing date"
    assert "must be after the signing date" in dialog.findChild(QWidget, "expiry").edit.toolTip()
    assert not save_button.isEnabled()
    assert "Title" in save_button.toolTip() and "Title" in dialog.status_line.text()
    qtbot.keyClick(dialog.findChild(QWidget, "reg_number"), Qt.Key.Key_Return)  # Enter does not save either
    assert dialog.isVisible()
    assert title_error.text() == "Title is required"  # shown at once on the attempt
    assert dialog.findChild(QWidget, "title").parentWidget().height() == height  # nothing jumped
    type_into(qtbot, dialog, "title", "Roadmap")
    assert not save_button.isEnabled()
    expiry = dialog.findChild(QWidget, "expiry")
    expiry.edit.clear()
    type_into(qtbot, dialog, "expiry", "2030-01-01")
    assert dialog.findChild(QWidget, "expiry_error").text() == ""
    assert save_button.isEnabled()
    assert len(agreements.list_rows(demo_db)) == 1  # nothing saved while invalid


def test_an_editor_taken_down_while_a_date_is_typed_raises_nothing(
    window: QWidget, demo_db: Database, qtbot: Any
) -> None:
    """As the dialog is deleted, its date field loses the focus and finishes its editing (the date is shown in
    the interface language's form): the dialog, half gone, must not check itself then. It raised "Internal C++
    object (AgreementDialog) already deleted" in the event loop, seen by whatever ran next."""
    ctx = AppContext(demo_db)
    owner = QWidget()  # stands for the main window, closed for good with the editor still open
    owner.show()
    dialog = opened(qtbot, edit_agreement(owner, ctx, None))
    type_into(qtbot, dialog, "expiry", "2030-01-01")  # not yet shown as "1 January 2030": the focus is still there
    assert dialog.findChild(QWidget, "expiry").edit.text() == "2030-01-01"
    dialog.dirty = False
    owner.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=5000)
    qtbot.wait(20)  # any event left behind by the deletion runs here, inside this test


def test_duplicate_registration_number_comes_back_on_its_field(window: QWidget, demo_db: Database, qtbot: Any) -> None:
    ctx = AppContext(demo_db)
    dialog = opened(qtbot, edit_agreement(window, ctx, None))
    type_into(qtbot, dialog, "reg_number", "KZ-CN-2024-05-20/1")
    type_into(qtbot, dialog, "title", "Second text under the same number")
    tick_party(dialog, "Republic of Kazakhstan")
    tick_party(dialog, "People's Republic of China")
    type_into(qtbot, dialog, "signed_on", "2024-05-21")
    qtbot.keyClick(dialog.findChild(QWidget, "title"), Qt.Key.Key_Return)  # Enter saves
    error = dialog.findChild(QWidget, "reg_number_error")
    qtbot.waitUntil(lambda: bool(error.text()), timeout=5000)
    assert "already used by another agreement" in error.text()
    assert dialog.isVisible() and not dialog.findChild(QPushButton, "save").isEnabled()
    assert len(agreements.list_rows(demo_db)) == 1
    type_into(qtbot, dialog, "reg_number", "b")  # editing the field clears the database's complaint
    assert error.text() == ""
    save(qtbot, dialog)
    assert lookups.agreement_id_by_reg(demo_db, "KZ-CN-2024-05-20/1b")


def test_subcommittee_under_the_demo_committee(window: QWidget, demo_db: Database, qtbot: Any) -> None:
    ctx = AppContext(demo_db)
    committee = lookups.body_id_by_name(demo_db, "Kazakh-Chinese Cooperation Committee")
    dialog = opened(qtbot, edit_body(window, ctx, None, parent_body_id=committee))
    assert dialog.findChild(QWidget, "parent_id").value() == committee
    assert dialog.findChild(QWidget, "kind").value() == "subcommittee"
    type_into(qtbot, dialog, "name", "Subcommittee on Transport and Logistics")
    dialog.findChild(QWidget, "other_languages").click()
    type_into(qtbot, dialog, "name_kk", "Көлік және логистика жөніндегі кіші комитет")
    type_into(qtbot, dialog, "name_zh", "交通物流合作分委会")
    dialog.findChild(QWidget, "established_by_id").setCurrentIndex(1)
    type_into(qtbot, dialog, "established_on", "2024-06-01")
    chairs = dialog.findChild(QWidget, "co_chairs")
    chairs.add_row()
    chairs.set_name(0, "Қайрат Ескендіров", "Vice Minister")
    save(qtbot, dialog)

    created = next(r for r in bodies.list_rows(demo_db) if r.name == "Subcommittee on Transport and Logistics")
    data = bodies.get(demo_db, created.id)
    assert data.parent_id == committee and data.kind == "subcommittee"
    assert data.name_zh == "交通物流合作分委会" and data.established_on == date(2024, 6, 1)
    assert data.established_by_id == lookups.agreement_id_by_reg(demo_db, "KZ-CN-2024-05-20/1")
    assert sorted(data.party_ids) == sorted([party_id(demo_db, "KZ"), party_id(demo_db, "CN")])
    assert [c.name for c in data.co_chairs] == ["Қайрат Ескендіров"]


def test_body_cannot_go_under_its_own_subcommittee(window: QWidget, demo_db: Database, qtbot: Any) -> None:
    ctx = AppContext(demo_db)
    committee = lookups.body_id_by_name(demo_db, "Kazakh-Chinese Cooperation Committee")
    agri = lookups.body_id_by_name(demo_db, "Subcommittee on Agricultural Cooperation")
    dialog = opened(qtbot, edit_body(window, ctx, committee))
    dialog.findChild(QWidget, "parent_id").set_value(agri)
    assert "own sub-bodies" in dialog.findChild(QWidget, "parent_id_error").text()
    assert not dialog.findChild(QPushButton, "save").isEnabled()
    assert bodies.get(demo_db, committee).parent_id is None


def test_new_commitment_under_way_on_creation(window: QWidget, demo_db: Database, qtbot: Any) -> None:
    ctx = AppContext(demo_db)
    agreement = lookups.agreement_id_by_reg(demo_db, "KZ-CN-2024-05-20/1")
    dialog = opened(qtbot, edit_commitment(window, ctx, None, CommitmentData(agreement_id=agreement)))
    assert dialog.findChild(QWidget, "agreement_id").value() == agreement
    type_into(qtbot, dialog, "title", "Открыть прямой рейс Алматы — Урумчи")
    type_into(qtbot, dialog, "description", "Алматы мен Үрімжі арасында тікелей рейс. 阿拉木图—乌鲁木齐直航。")
    dialog.findChild(QWidget, "body_id").set_value(
        lookups.body_id_by_name(demo_db, "Kazakh-Chinese Cooperation Committee")
    )
    dialog.findChild(QWidget, "party_id").set_value(party_id(demo_db, "CN"))
    type_into(qtbot, dialog, "agency", "中国民用航空局")
    sector = dialog.findChild(QWidget, "sector")
    assert sector.findText("Agriculture") >= 0  # the sectors already in use are offered
    sector.lineEdit().clear()
    qtbot.keyClicks(sector.lineEdit(), "Transport")
    type_into(qtbot, dialog, "due_date", "2025-03-31")
    status = dialog.findChild(QWidget, "status")
    # A new commitment starts open: it is completed through "Change status…", on its evidence.
    assert status.findData("completed") < 0
    status.set_value("in_progress")
    assert not dialog.findChild(QWidget, "completed_on").isEnabled()
    save(qtbot, dialog)

    found = [r for r in commitments_by_title(demo_db, "Открыть прямой рейс Алматы — Урумчи")]
    assert len(found) == 1
    data = found[0]
    assert data.status == "in_progress" and data.completed_on is None
    assert data.sector == "Transport" and data.agency == "中国民用航空局" and data.party_id == party_id(demo_db, "CN")
    assert data.agreement_id == agreement and data.due_date == date(2025, 3, 31)
    assert data.ref == "KZ-CN-2024/11"  # numbered in its agreement's scheme


def commitments_by_title(db: Database, title: str) -> list[CommitmentData]:
    from desktop.domain.filters import CommitmentFilter
    from desktop.services import commitment_list

    ids = [row[0] for row in commitment_list.list_rows(db, CommitmentFilter())]
    return [c for c in (commitments.get(db, i) for i in ids) if c.title == title]


def test_conflict_keeps_the_dialog_and_overwrites_nothing(
    window: QWidget, demo_db: Database, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = AppContext(demo_db)
    commitment_id = commitments_by_title(demo_db, "Develop cooperation in high technologies")[0].id
    dialog = opened(qtbot, edit_commitment(window, ctx, commitment_id))
    # Someone else saves first.
    other = commitments.get(demo_db, commitment_id)
    other.agency = "Changed by a colleague"
    commitments.save(demo_db, other)
    title = dialog.findChild(QWidget, "title")
    title.selectAll()
    type_text(qtbot, title, "My version of the title")
    qtbot.mouseClick(dialog.findChild(QPushButton, "save"), Qt.MouseButton.LeftButton)
    merge = dialog.findChild(QPushButton, "merge")
    qtbot.waitUntil(merge.isEnabled, timeout=5000)
    said = dialog.findChild(QWidget, "conflict_text").text()
    assert "Agency: now “Changed by a colleague”" in said and "Title" in said
    assert "version" not in said and "in_progress" not in said
    assert dialog.isVisible() and title.text() == "My version of the title"
    assert not dialog.findChild(QPushButton, "save").isEnabled()
    stored = commitments.get(demo_db, commitment_id)
    assert stored.title == "Develop cooperation in high technologies" and stored.agency == "Changed by a colleague"
    qtbot.mouseClick(merge, Qt.MouseButton.LeftButton)
    save(qtbot, dialog)
    stored = commitments.get(demo_db, commitment_id)
    assert stored.title == "My version of the title" and stored.agency == "Changed by a colleague"


def test_party_editor_and_escape_asks_before_discarding(
    window: QWidget, db: Database, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = AppContext(db)
    dialog = opened(qtbot, edit_party(window, ctx, None))
    type_into(qtbot, dialog, "name", "Republic of Uzbekistan")
    assert dialog.findChild(QPushButton, "save").toolTip() == "To save, fix: ISO code"
    qtbot.keyClick(dialog.findChild(QWidget, "name"), Qt.Key.Key_Return)  # the attempt shows why
    assert "ISO country code" in dialog.findChild(QWidget, "country_code_error").text()
    asked: list[str] = []

    def refuse(box: QMessageBox) -> int:
        # The clerk's verbs, not the ambiguous Discard/Cancel pair («Отклонить»/«Отмена» in Russian).
        asked.extend(button.text() for button in box.buttons())
        box.escapeButton().click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", refuse)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert sorted(asked) == ["Close without saving", "Keep editing"]
    assert dialog.isVisible()  # Esc with unsaved edits asks, and "Keep editing" keeps the form
    type_into(qtbot, dialog, "country_code", "uz")
    type_into(qtbot, dialog, "name_kk", "Өзбекстан Республикасы")
    type_into(qtbot, dialog, "name_zh", "乌兹别克斯坦共和国")
    save(qtbot, dialog)
    row = next(r for r in parties.list_rows(db) if r.name == "Republic of Uzbekistan")
    assert (row.country_code, row.name_kk, row.name_zh) == ("UZ", "Өзбекстан Республикасы", "乌兹别克斯坦共和国")


@pytest.mark.parametrize(
    "opener",
    [
        lambda w, ctx, db: edit_party(w, ctx, 1),
        lambda w, ctx, db: edit_agreement(w, ctx, 1),
        lambda w, ctx, db: edit_body(w, ctx, 2),
        lambda w, ctx, db: edit_commitment(w, ctx, 3),
    ],
    ids=["party", "agreement", "body", "commitment"],
)
def test_editors_load_the_record(
    window: QWidget, demo_db: Database, qtbot: Any, tmp_path: Any, opener: Callable[..., EditorDialog]
) -> None:
    ctx = AppContext(demo_db)
    dialog = opened(qtbot, opener(window, ctx, demo_db))
    assert dialog.findChild(QPushButton, "save").isEnabled(), dialog.problems  # a stored record is valid
    assert not dialog.dirty
    assert not dialog.grab().isNull()
    dialog.reject()  # nothing edited: closes without asking
    assert not dialog.isVisible()
