"""Signing in to a shared PostgreSQL register: server, port, database, user, password and TLS mode.

The window remembers the connection without the password (``server/connection``); the password lives only
in the URL handed to the database driver for this session. TLS: ``sslmode`` is libpq's — "require" encrypts,
"verify-full" also checks the server's certificate and name (README: the office register)."""

from __future__ import annotations

from PySide6.QtWidgets import (
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
        self.password = QLineEdit()
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
        note = QLabel(self.tr("The server, database and user are remembered; the password never is."))
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
