"""Accounts in the real main window (issue 12): "Signed in as", the Users page for an admin (add, change
role, disable — read back from the register), and a clerk's window with what a clerk may not do disabled,
the reason in the tooltip. Both engines; on PostgreSQL the clerk's window runs on the clerk's own login."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.domain.roles import Role
from desktop.services import access, demo
from desktop.storage.database import Database, open_database
from desktop.ui.main_window import PAGE_NAMES, MainWindow
from desktop.ui.users_page import UsersPage
from tests import os_login
from tests.conftest import PostgresTemplates
from tests.gui_helpers import click_save, open_main_window, type_into, wait_for_dialog
from tests.postgres_server import SUPERUSER


@pytest.fixture
def window(qtbot: Any, qapp: Any, demo_db: Database) -> Iterator[MainWindow]:
    w = open_main_window(qtbot, qapp, demo_db, page="users")
    yield w
    w.close()


def _signed_in_text(window: MainWindow) -> str:
    return str(window.access.label.text())  # type: ignore[attr-defined]


def test_admin_manages_users_in_the_window(window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    db = window.ctx.db
    me = access.signed_in(db)
    qtbot.waitUntil(lambda: _signed_in_text(window) == f"Signed in as {me.name} (admin)", timeout=5000)
    access.setup(db)
    page: UsersPage = window.pages["users"]  # type: ignore[assignment]
    assert window.current_page_name() == "users"
    name = f"aliya_{uuid.uuid4().hex[:8]}"
    page.add_button.click()
    dialog = wait_for_dialog(qtbot, page, "add_user")
    type_into(qtbot, dialog, "name", name)
    if db.engine.dialect.name == "postgresql":
        type_into(qtbot, dialog, "password", "a-long-secret-1")
        type_into(qtbot, dialog, "password_again", "a-long-secret-1")
    click_save(qtbot, dialog)
    qtbot.waitUntil(lambda: page.select_name(name), timeout=5000)
    assert {u.name: u.role for u in access.list_users(db)}[name] is Role.CLERK
    # Change the role (the role chooser answered "manager").
    monkeypatch.setattr("desktop.ui.users_page.QInputDialog.getItem", lambda *_a, **_k: ("manager", True))
    page.act_role.trigger()
    qtbot.waitUntil(lambda: {u.name: u.role for u in access.list_users(db)}[name] is Role.MANAGER, timeout=5000)
    qtbot.waitUntil(lambda: page.select_name(name) and page.current_row().user.role is Role.MANAGER, timeout=5000)
    monkeypatch.setattr("desktop.ui.users_page.QMessageBox.question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    page.act_disable.trigger()
    qtbot.waitUntil(lambda: not {u.name: u.active for u in access.list_users(db)}[name], timeout=5000)


@pytest.fixture
def clerk_db(engine_name: str, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[Database]:
    """The demo register opened by a clerk: on SQLite a recorded login, on PostgreSQL the clerk's own login."""
    if engine_name == "sqlite":
        db: Database = request.getfixturevalue("sqlite_demo_db")
        access.setup(db)
        access.add_user(db, name="clerk-dana", role="clerk")
        os_login.act_as(monkeypatch, "clerk-dana")
        access.forget(db)
        yield db
        return
    templates: PostgresTemplates = request.getfixturevalue("pg_templates")
    name, url = templates.fresh()
    owner = open_database(url)
    demo.load_demo(owner)
    access.setup(owner)
    clerk = f"clerk_{uuid.uuid4().hex[:8]}"
    access.add_user(owner, name=clerk, role="clerk", password="clerk-password-1")
    db = open_database(url.replace(f"{SUPERUSER}@", f"{clerk}@", 1))
    yield db
    db.close()
    owner.close()
    templates.drop(name)


@pytest.mark.slow
def test_a_clerks_window_disables_what_a_clerk_may_not_do(qtbot: Any, qapp: Any, clerk_db: Database) -> None:
    window = open_main_window(qtbot, qapp, clerk_db, page="agreements")
    try:
        qtbot.waitUntil(lambda: _signed_in_text(window).endswith("(clerk)"), timeout=5000)
        page: Any = window.pages["agreements"]
        qtbot.waitUntil(lambda: page.select_id(1), timeout=5000)
        window.access.apply()  # type: ignore[attr-defined]
        assert window.act_edit.isEnabled() and window.act_new.isEnabled()  # a clerk edits
        assert not window.act_delete.isEnabled()
        assert "Only a manager or an admin may delete records" in window.act_delete.toolTip()
        assert not page.act_delete.isEnabled()
        for name in ("audit", "users"):
            item = window.sidebar.item(PAGE_NAMES.index(name))
            assert not item.flags() & Qt.ItemFlag.ItemIsEnabled
            assert "Only" in item.toolTip()
        window.show_page("parties")
        assert not window.act_new.isEnabled()
        assert "Only an admin may edit the parties" in window.act_new.toolTip()
        window.show_page("trash")
        assert not window.pages["trash"].act_restore.isEnabled()  # type: ignore[attr-defined]
        assert not window.backup_actions.act_restore.isEnabled()
        assert window.import_actions.act_import.isEnabled()  # a clerk imports
        # One record's changes stay open to a clerk: "Changes…" on an agreement.
        window.show_page("agreements")
        qtbot.waitUntil(lambda: page.select_id(1), timeout=5000)
        page.act_changes.trigger()
        assert window.current_page_name() == "audit"
        audit_page: Any = window.pages["audit"]
        qtbot.waitUntil(lambda: audit_page.model.rowCount() > 0, timeout=5000)
        assert not audit_page.all_button.isEnabled()  # the whole trail is not a clerk's
    finally:
        window.close()


@pytest.mark.slow
def test_a_role_changed_by_an_admin_applies_in_the_open_window(
    qtbot: Any, qapp: Any, clerk_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The admin raises the clerk to manager from elsewhere: the clerk's open window says so and enables
    Delete at once (live refresh), without being reopened."""
    window = open_main_window(qtbot, qapp, clerk_db, page="agreements")
    try:
        qtbot.waitUntil(lambda: _signed_in_text(window).endswith("(clerk)"), timeout=5000)
        me = access.signed_in(clerk_db).name
        if clerk_db.engine.dialect.name == "postgresql":  # the owner's own connection, another server session
            owner_url = clerk_db.engine.url.set(username=SUPERUSER, password=None)
            owner = open_database(owner_url.render_as_string(hide_password=False))
            try:
                access.set_role(owner, name=me, role="manager")
            finally:
                owner.close()
        else:  # another connection to the file, by its admin (the login that set it up)
            admin = open_database(str(clerk_db.engine.url.database))
            try:
                with os_login.acting_as(os_login.TEST_LOGIN):
                    access.set_role(admin, name=me, role="manager")
            finally:
                admin.close()
        qtbot.waitUntil(lambda: _signed_in_text(window) == f"Signed in as {me} (manager)", timeout=5000)
        page: Any = window.pages["agreements"]
        qtbot.waitUntil(lambda: page.select_id(1), timeout=5000)
        window.access.apply()  # type: ignore[attr-defined]
        assert window.act_delete.isEnabled()
    finally:
        window.close()
