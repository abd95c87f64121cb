"""Signing in to a PostgreSQL register (issue 12): the dialog builds the connection, a refused user is asked
again, the window opens as that login, and the remembered connection never holds the password."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import keyring
import keyring.backend
import keyring.backends.fail
import keyring.errors
import pytest
from sqlalchemy.engine import make_url

from desktop.services import access, demo
from desktop.storage.database import open_database
from desktop.ui import application
from desktop.ui.sign_in import KEEP_PASSWORD, SERVER_CONNECTION, SignInDialog, remembered
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


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring of this process's own (the test machine has no Secret Service): the real keyring API."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.kept.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


def sign_in_with(qtbot: Any, server: Any, name: str, user: str, password: str, *, keep: bool) -> SignInDialog:
    dialog = SignInDialog(None)
    qtbot.addWidget(dialog)
    for line in (dialog.server, dialog.database, dialog.user, dialog.password):
        line.clear()  # the dialog opens with the remembered connection
    for field, value in (("server", str(server.root)), ("database", name), ("user", user)):
        type_into(qtbot, dialog, field, value)
    type_into(qtbot, dialog, "password", password)
    dialog.port.setText(str(server.port))
    dialog.tls.setCurrentIndex(dialog.tls.findData("disable"))
    assert dialog.keep.isEnabled()
    dialog.keep.setChecked(keep)
    dialog._accept()
    assert dialog.result() == SignInDialog.DialogCode.Accepted
    return dialog


@contextmanager
def password_required(server: Any, login: str) -> Iterator[None]:
    """The throw-away server trusts local logins; for this test it asks ``login`` for its password (SCRAM),
    as an office server does."""
    hba = Path(server.data) / "pg_hba.conf"
    before = hba.read_text()
    hba.write_text(f"local all {login} scram-sha-256\n" + before)
    with server.connect() as conn:
        conn.execute("SELECT pg_reload_conf()")
    try:
        yield
    finally:
        hba.write_text(before)
        with server.connect() as conn:
            conn.execute("SELECT pg_reload_conf()")


def test_password_kept_in_the_keyring_only_when_asked(
    qtbot: Any,
    server_register: tuple[str, str, str],
    pg_templates: PostgresTemplates,
    memory_keyring: MemoryKeyring,
    monkeypatch: Any,
) -> None:
    name, url, clerk = server_register
    server: Any = pg_templates.server
    with password_required(server, clerk):
        _keyring_flow(qtbot, server, name, url, clerk, memory_keyring, monkeypatch)


def _keyring_flow(
    qtbot: Any, server: Any, name: str, url: str, clerk: str, memory_keyring: MemoryKeyring, monkeypatch: Any
) -> None:
    # Not ticked: nothing is kept, and the next start asks again.
    signed = sign_in_with(qtbot, server, name, clerk, "clerk-password-1", keep=False).url()
    application.open_server_register(signed.render_as_string(hide_password=False), load_demo=False).close()  # type: ignore[union-attr]
    assert memory_keyring.kept == {}
    asked: list[str] = []
    monkeypatch.setattr(application, "ask_sign_in", lambda target, problem: asked.append(problem))
    without_password = signed._replace(password=None).render_as_string(hide_password=False)
    assert application.open_server_register(without_password, load_demo=False) is None and asked
    # Ticked: the keyring holds the password (the settings never do) and the next start signs in without asking.
    signed = sign_in_with(qtbot, server, name, clerk, "clerk-password-1", keep=True).url()
    application.open_server_register(signed.render_as_string(hide_password=False), load_demo=False).close()  # type: ignore[union-attr]
    assert list(memory_keyring.kept.values()) == ["clerk-password-1"]
    assert "clerk-password-1" not in SERVER_CONNECTION.get() and KEEP_PASSWORD.get() is True
    asked.clear()
    db = application.open_server_register(without_password, load_demo=False)
    assert db is not None and not asked
    try:
        assert access.signed_in(db).name == clerk
    finally:
        db.close()
    # The dialog opens with the kept password filled in.
    again = SignInDialog(None, make_url(without_password))
    qtbot.addWidget(again)
    assert again.password.text() == "clerk-password-1" and again.keep.isChecked()
    # The password changed on the server: the kept one is refused, removed, and the dialog asks.
    owner = open_database(url)
    try:
        with owner.engine.connect() as conn:
            conn.exec_driver_sql(f"ALTER ROLE {clerk} PASSWORD 'clerk-password-2'")
            conn.commit()
    finally:
        owner.close()
    asked.clear()
    assert application.open_server_register(without_password, load_demo=False) is None
    assert asked and memory_keyring.kept == {}


def test_keep_password_box_greyed_out_without_a_keyring(qtbot: Any) -> None:
    before = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        dialog = SignInDialog(None)
        qtbot.addWidget(dialog)
        assert not dialog.keep.isEnabled() and not dialog.keep.isChecked()
        assert dialog.keep.toolTip() == "This system has no keyring Kelisim can use"
    finally:
        keyring.set_keyring(before)
