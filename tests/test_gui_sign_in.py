"""Signing in to a PostgreSQL register (issue 12): the dialog builds the connection, a refused user is asked
again, the window opens as that login, and the remembered connection never holds the password."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy.engine import make_url

from desktop.services import access, demo
from desktop.storage.database import open_database
from desktop.ui import application
from desktop.ui.sign_in import SERVER_CONNECTION, SignInDialog, remembered
from tests.conftest import PostgresTemplates
from tests.gui_helpers import open_main_window, type_into

pytestmark = pytest.mark.postgres


@pytest.fixture
def server_register(pg_templates: PostgresTemplates) -> Iterator[tuple[str, str, str]]:
    """(database name, owner's URL, a clerk's login) on a register of its own, set up for roles."""
    name, url = pg_templates.fresh()
    owner = open_database(url)
    demo.load_demo(owner)
    access.setup(owner)
    clerk = f"clerk_{uuid.uuid4().hex[:8]}"
    access.add_user(owner, name=clerk, role="clerk", password="clerk-password-1")
    owner.close()
    yield name, url, clerk
    pg_templates.drop(name)


def test_sign_in_dialog_and_a_refused_login(
    qtbot: Any, qapp: Any, server_register: tuple[str, str, str], pg_templates: PostgresTemplates, monkeypatch: Any
) -> None:
    name, url, clerk = server_register
    server: Any = pg_templates.server
    dialog = SignInDialog(None)
    qtbot.addWidget(dialog)
    for field, value in (
        ("server", str(server.root)),
        ("database", name),
        ("user", clerk),
        ("password", "clerk-password-1"),
    ):
        type_into(qtbot, dialog, field, value)
    dialog.port.setText(str(server.port))
    dialog.tls.setCurrentIndex(dialog.tls.findData("disable"))
    dialog._accept()
    assert dialog.result() == SignInDialog.DialogCode.Accepted
    signed = dialog.url()
    assert signed.username == clerk and signed.password == "clerk-password-1"
    assert signed.query["sslmode"] == "disable" and signed.database == name
    # A login the server refuses: the dialog is shown again (answered here with the good one).
    wrong = make_url(url).set(username="nobody_here").render_as_string(hide_password=False)
    asked: list[str] = []

    def answer(target: str | None, problem: str) -> str:
        asked.append(problem)
        return signed.render_as_string(hide_password=False)

    monkeypatch.setattr(application, "ask_sign_in", answer)
    db = application.open_server_register(wrong, load_demo=False)
    assert db is not None and asked and "nobody_here" in asked[0]
    try:
        assert SERVER_CONNECTION.get() and "clerk-password-1" not in SERVER_CONNECTION.get()
        kept = remembered()
        assert kept is not None and kept.username == clerk and kept.password is None
        window = open_main_window(qtbot, qapp, db, page="commitments")
        qtbot.waitUntil(lambda: window.access.label.text() == f"Signed in as {clerk} (clerk)", timeout=5000)
        window.close()
    finally:
        db.close()
    # Cancelled: nothing is opened.
    monkeypatch.setattr(application, "ask_sign_in", lambda target, problem: None)
    assert application.open_server_register(wrong, load_demo=False) is None
