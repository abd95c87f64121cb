"""People on a commitment through the real window: type-to-pick the lead executor (adding a new person on the way,
with their login), tick a co-executor, pick the controller; the page shows them; "My commitments" and "by
executor" on the Commitments page find it — read back from the database."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QComboBox, QWidget

from desktop.domain.filters import CommitmentFilter
from desktop.services import commitment_list, people
from desktop.services.commitment_list import Col
from desktop.storage.database import Database
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.commitments import CommitmentsPage
from tests.gui_helpers import click_save, open_main_window, type_into, wait_for_dialog
from tests.test_gui_clerk import pick_from_popup

pytestmark = pytest.mark.gui

REF = "KZ-CN-2024/09"
AGENCY = "Consular Service of the Ministry of Foreign Affairs of the Republic of Kazakhstan"  # the commitment's


@pytest.fixture
def window(qtbot: Any, qapp: Any, demo_db: Database) -> Iterator[MainWindow]:
    people.add_person(demo_db, "Nurlan Abenov", agency="MFA")
    people.add_person(demo_db, "Li Wei", agency="MOFCOM")
    w = open_main_window(qtbot, qapp, demo_db)
    yield w
    w.close()


def visible_refs(page: CommitmentsPage) -> set[str]:
    return {page.model.row(r)[Col.REF] for r in range(page.model.rowCount())}


def test_executor_and_controller_picked_shown_and_filtered(window: MainWindow, demo_db: Database, qtbot: Any) -> None:
    page = window.pages["commitments"]
    assert isinstance(page, CommitmentsPage)
    target = commitment_list.id_for_ref(demo_db, REF)
    assert page.select_id(target)
    page.edit_selected()
    dialog = wait_for_dialog(qtbot, page, "commitment_editor")
    executor = dialog.executor  # type: ignore[attr-defined]
    # The signed-in clerk is not yet a person: "New “…”…" opens the person's form over the editor.
    pick_from_popup(qtbot, executor, "Test Clerk", len(executor.matches("Test Clerk")))
    person = wait_for_dialog(qtbot, dialog, "person_editor")
    assert person.name.text() == "Test Clerk"  # type: ignore[attr-defined]
    assert person.agency.text() == AGENCY  # type: ignore[attr-defined]  # the commitment's agency, editable
    type_into(qtbot, person, "login", "test-clerk")
    click_save(qtbot, person)
    qtbot.waitUntil(lambda: executor.currentText().startswith("Test Clerk"), timeout=5000)
    controller = dialog.controller  # type: ignore[attr-defined]
    pick_from_popup(qtbot, controller, "nurlan", 0)
    assert controller.currentText() == "Nurlan Abenov (MFA)"
    co = dialog.co_executors  # type: ignore[attr-defined]
    li_wei = next(i for i in range(co.count()) if co.item(i).text() == "Li Wei (MOFCOM)")
    co.set_value([co.item(li_wei).data(256)])
    # The lead executor cannot also control it: the field says so and Save waits.
    pick_from_popup(qtbot, controller, "test clerk", 0)
    qtbot.waitUntil(lambda: dialog.findChild(QWidget, "controller_error").text() != "", timeout=2000)
    assert not dialog.save_button.isEnabled()  # type: ignore[attr-defined]
    pick_from_popup(qtbot, controller, "nurlan", 0)
    click_save(qtbot, dialog)

    team = people.team(demo_db, target)
    assert team.lead is not None and (team.lead.name, team.lead.agency) == ("Test Clerk", AGENCY)
    assert [p.name for p in team.co] == ["Li Wei"]
    assert team.controller is not None and team.controller.name == "Nurlan Abenov"
    assert people.me(demo_db) == team.lead.id

    # The list shows the executor; the page shows all three.
    qtbot.waitUntil(lambda: page.model.row(page.model.row_for_id(target))[Col.EXECUTOR] == "Test Clerk", timeout=5000)
    page.open_selected()
    card = wait_for_dialog(qtbot, page, "commitment_page")
    qtbot.waitUntil(lambda: card.findChild(QWidget, "executor").text() == f"Test Clerk ({AGENCY})", timeout=5000)
    assert card.findChild(QWidget, "co_executors").text() == "Li Wei (MOFCOM)"
    assert card.findChild(QWidget, "controller").text() == "Nurlan Abenov (MFA)"
    card.close()

    # "My commitments" on the Commitments page.
    bar = page.filter_bar
    person_combo = bar.findChild(QComboBox, "person_filter")
    qtbot.waitUntil(lambda: person_combo.model().item(1).isEnabled(), timeout=5000)
    person_combo.setCurrentIndex(1)
    qtbot.waitUntil(lambda: visible_refs(page) == {REF}, timeout=5000)
    assert page.current_filter().person_id == team.lead.id
    # By executor: Li Wei executes it (as co-executor) but controls nothing.
    person_combo.setCurrentIndex(person_combo.findText("Li Wei (MOFCOM)"))
    role = bar.findChild(QComboBox, "person_role_filter")
    role.setCurrentIndex(role.findData("executor"))
    qtbot.waitUntil(lambda: visible_refs(page) == {REF}, timeout=5000)
    role.setCurrentIndex(role.findData("controller"))
    qtbot.waitUntil(lambda: visible_refs(page) == set(), timeout=5000)
    flt = page.current_filter()
    assert flt == CommitmentFilter(person_id=team.co[0].id, person_role="controller")
    assert commitment_list.list_rows(demo_db, flt) == []
    bar.reset()
    qtbot.waitUntil(lambda: page.model.rowCount() == 10, timeout=5000)
