"""Signing in to a shared PostgreSQL register: server, port, database, user, password and TLS mode.

The window remembers the connection without the password (``server/connection``); the password lives only
in the URL handed to the database driver for this session — unless the user opts into the system keyring
(the "keep my password" box), which then holds it under the connection's name, and is asked before the dialog
next time. TLS: ``sslmode`` is libpq's — "require" encrypts, "verify-full" also checks the server's
certificate and name (README: the office register)."""

from __future__ import annotations

import logging

import keyring
import keyring.errors
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from desktop.ui import settings

SERVER_CONNECTION = settings.Option("server/connection", str, "")
KEEP_PASSWORD = settings.Option("server/keep_password_in_keyring", bool, False)
KEYRING_SERVICE = "Kelisim"
log = logging.getLogger(__name__)
SSL_MODES = ("prefer", "require", "verify-full", "verify-ca", "disable")
DRIVER = "postgresql+psycopg"


def remembered() -> URL | None:
    """The last server signed in to (no password), or None."""
    value = SERVER_CONNECTION.get()
    if not value:
        return None
    try:
        return make_url(value)
    except ArgumentError:
        return None


def remember(url: URL) -> None:
    """Keep the connection for next time, never its password."""
    # URL.set(password=None) keeps the password (None means "unchanged" there): the tuple's own replace.
    SERVER_CONNECTION.set(url._replace(password=None).render_as_string(hide_password=False))


def keyring_account(url: URL) -> str:
    """The name the password is kept under: user@server:port/database."""
    host = url.query.get("host") or url.host or ""
    port = url.query.get("port") or url.port or ""
    return f"{url.username or ''}@{host}:{port}/{url.database or ''}"


def keyring_available() -> bool:
    """Whether this system has a keyring to keep a password in (not the "fail" or an empty chain)."""
    try:
        return keyring.get_keyring().priority > 0
    except keyring.errors.KeyringError:
        log.warning("the system keyring cannot be used", exc_info=True)
        return False


def kept_password(url: URL) -> str | None:
    """The password kept for this connection, if the user opted in and the keyring holds one."""
    if not KEEP_PASSWORD.get() or not keyring_available():
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, keyring_account(url))
    except keyring.errors.KeyringError:
        log.warning("could not read the password from the system keyring", exc_info=True)
        return None


def keep_password(url: URL) -> None:
    """After a successful sign-in: keep the password if the user opted in, otherwise forget any kept one."""
    try:
        if KEEP_PASSWORD.get() and url.password and keyring_available():
            keyring.set_password(KEYRING_SERVICE, keyring_account(url), str(url.password))
        else:
            forget_password(url)
    except keyring.errors.KeyringError:
        log.warning("could not keep the password in the system keyring", exc_info=True)


def forget_password(url: URL) -> None:
    """Remove the kept password (the user opted out, or the server no longer accepts it)."""
    if not keyring_available():
        return
    try:
        keyring.delete_password(KEYRING_SERVICE, keyring_account(url))
    except keyring.errors.PasswordDeleteError:
        pass  # nothing was kept
    except keyring.errors.KeyringError:
        log.warning("could not remove the password from the system keyring", exc_info=True)


def needs_sign_in(error_text: str) -> bool:
    """Whether an open failed for want of (the right) user or password."""
    lowered = error_text.lower()
    return any(
        part in lowered
        for part in ("password authentication failed", "no password supplied", "refused the login", 'role "')
    )


class SignInDialog(QDialog):
    def __init__(self, parent: QWidget | None, url: URL | None = None, problem: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("sign_in")
        self.setWindowTitle(self.tr("Sign in to the register"))
        url = url or remembered()
        query = dict(url.query) if url is not None else {}
        self.server = QLineEdit(str(query.get("host") or (url.host if url is not None else "") or ""))
        self.server.setObjectName("server")
        self.server.setPlaceholderText(self.tr("registry.mfa.example or a socket folder"))
        self.port = QLineEdit(str(query.get("port") or (url.port if url is not None and url.port else "") or "5432"))
        self.port.setObjectName("port")
        self.database = QLineEdit(url.database or "" if url is not None else "")
        self.database.setObjectName("database")
        self.user = QLineEdit(url.username or "" if url is not None else "")
        self.user.setObjectName("user")
        self.password = QLineEdit((kept_password(url) or "") if url is not None and url.username else "")
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.tls = QComboBox()
        self.tls.setObjectName("sslmode")
        for mode in SSL_MODES:
            self.tls.addItem(mode, mode)
        current = str(query.get("sslmode") or "prefer")
        self.tls.setCurrentIndex(max(0, self.tls.findData(current)))
        self.tls.setToolTip(
            self.tr("require: encrypted; verify-full: encrypted and the server's certificate and name checked")
        )
        self.problem = QLabel(problem)
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b71c1c;")
        form = QFormLayout(self)
        form.addRow(self.tr("Server:"), self.server)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow(self.tr("Database:"), self.database)
        form.addRow(self.tr("User:"), self.user)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("Encryption (TLS):"), self.tls)
        self.keep = QCheckBox(self.tr("Keep my password in the system keyring"))
        self.keep.setObjectName("keep_password")
        if keyring_available():
            self.keep.setChecked(KEEP_PASSWORD.get())
            self.keep.setToolTip(self.tr("Next time Kelisim signs in with it without asking"))
        else:
            self.keep.setEnabled(False)
            self.keep.setToolTip(self.tr("This system has no keyring Kelisim can use"))
        form.addRow(self.keep)
        note = QLabel(
            self.tr(
                "The server, database and user are remembered; the password only in the system keyring, "
                "if you ask for it."
            )
        )
        note.setWordWrap(True)
        form.addRow(note)
        form.addRow(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setObjectName("save")
        ok.setText(self.tr("Sign in"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        (self.password if self.user.text() else self.user if self.database.text() else self.server).setFocus()

    def _accept(self) -> None:
        for field, caption in (
            (self.server, self.tr("Server")),
            (self.database, self.tr("Database")),
            (self.user, self.tr("User")),
        ):
            if not field.text().strip():
                self.problem.setText(self.tr("{0}: required").format(caption))
                field.setFocus()
                return
        if not self.port.text().strip().isdigit():
            self.problem.setText(self.tr("Port: a number, such as 5432"))
            self.port.setFocus()
            return
        if self.keep.isEnabled():
            KEEP_PASSWORD.set(self.keep.isChecked())
        self.accept()

    def url(self) -> URL:
        """The connection with this session's password (not remembered)."""
        return URL.create(
            DRIVER,
            username=self.user.text().strip(),
            password=self.password.text() or None,
            database=self.database.text().strip(),
            query={
                "host": self.server.text().strip(),
                "port": self.port.text().strip(),
                "sslmode": self.tls.currentData(),
            },
        )
