"""The Users page (admins): who may use the register and with which role — add, change role, disable.

On PostgreSQL each user is a server login (the password is asked twice, hashed by the server, never kept);
on SQLite an operating-system login recorded with its role (desktop/services/access.py)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QWidget,
)

from desktop.domain.roles import ROLE_WORDS, Action, Role
from desktop.services import access
from desktop.services.access import UserRow
from desktop.storage.database import Database
from desktop.ui import labels
from desktop.ui.i18n import text
from desktop.ui.operations import AppContext, Change, run_op
from desktop.ui.pages.list_page import TablePage, make_action
from desktop.ui.table_model import Column, field


@dataclass(frozen=True)
class UserLine:
    id: int
    user: UserRow

    @property
    def search_text(self) -> str:
        return self.user.name.casefold()


def role_text(role: Role | None) -> str:
    return text(ROLE_WORDS[role]) if role is not None else "—"


class AddUserDialog(QDialog):
    def __init__(self, parent: QWidget, server: bool) -> None:
        super().__init__(parent)
        self.setObjectName("add_user")
        self.setWindowTitle(self.tr("Add user"))
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.role = QComboBox()
        self.role.setObjectName("role")
        for role in Role:
            self.role.addItem(role_text(role), role.value)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setObjectName("password_again")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setStyleSheet("color: #b71c1c;")
        form = QFormLayout(self)
        form.addRow(self.tr("Login name:"), self.name)
        form.addRow(self.tr("Role:"), self.role)
        if server:
            form.addRow(self.tr("Password:"), self.password)
            form.addRow(self.tr("Password again:"), self.again)
        else:
            note = QLabel(self.tr("The operating system's login name of the person; no password on a file."))
            note.setWordWrap(True)
            form.addRow(note)
        self.server = server
        form.addRow(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setObjectName("save")
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _accept(self) -> None:
        if not self.name.text().strip():
            self.problem.setText(self.tr("Login name: required"))
            return
        if self.server and self.password.text() != self.again.text():
            self.problem.setText(self.tr("Password: the two passwords differ"))
            return
        if self.server and len(self.password.text()) < 8:
            self.problem.setText(self.tr("Password: at least 8 characters"))
            return
        self.accept()


class UsersPage(TablePage):
    name = "users"
    change_mask = Change.ACCOUNTS  # another admin's change shows here too (live refresh)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.search.setPlaceholderText(self.tr("Filter users (Ctrl+F)"))

    def title(self) -> str:
        return self.tr("Users")

    def noun(self) -> str:
        return self.tr("user")

    def columns(self) -> list[Column]:
        return [
            Column("name", self.tr("Login name"), lambda r: r.user.name, width=220),
            Column("role", self.tr("Role"), lambda r: role_text(r.user.role), width=160),
            Column(
                "active",
                self.tr("Signs in"),
                lambda r: self.tr("yes") if r.user.active else self.tr("no (disabled)"),
                width=120,
            ),
            Column(
                "created",
                self.tr("Added"),
                field("user"),
                display=lambda r: labels.moment(r.user.created_at) if r.user.created_at else "",
                sort_key=lambda u: (u.created_at is None, str(u.created_at)),
                width=150,
            ),
        ]

    def filter_widgets(self) -> list[QWidget]:
        self.add_button = QPushButton(self.tr("Add user…"))
        self.add_button.setObjectName("add_user_button")
        self.add_button.clicked.connect(lambda: self.new_record())
        return [self.add_button]

    def build_layout(self, view: Any, filter_widgets: Any = (), extra_rows: Any = ()) -> None:
        self.act_role = make_action(self, self.tr("Change role…"), self.change_role)
        self.act_disable = make_action(self, self.tr("Disable…"), self.disable_selected)
        super().build_layout(view, filter_widgets, extra_rows)

    def view_actions(self) -> list[QAction]:
        return [self.act_role]

    def context_actions(self) -> list[QAction | None]:
        return [self.act_new, None, self.act_role, self.act_disable]

    def _update_actions(self) -> None:
        super()._update_actions()
        has = self.current_id() is not None
        if hasattr(self, "act_role"):
            self.act_role.setEnabled(has)
            self.act_disable.setEnabled(has)
        self.act_edit.setEnabled(has)
        self.act_delete.setEnabled(False)

    def query(self, db: Database) -> list[UserLine]:
        if not access.allowed(db, Action.USERS):
            return []  # the sidebar says why; nothing to show
        return [UserLine(i, u) for i, u in enumerate(access.list_users(db), start=1)]

    def _selected_user(self) -> UserRow | None:
        row = self.current_row()
        return row.user if row is not None else None

    # actions -----------------------------------------------------------------------------
    def new_record(self) -> None:
        dialog = AddUserDialog(self, server=self.ctx.db.engine.dialect.name == "postgresql")
        dialog.finished.connect(dialog.deleteLater)
        dialog.accepted.connect(lambda: self._add(dialog))
        dialog.open()

    def _add(self, dialog: AddUserDialog) -> None:
        name, role, password = dialog.name.text().strip(), str(dialog.role.currentData()), dialog.password.text()
        run_op(
            self.ctx,
            lambda db: access.add_user(db, name=name, role=role, password=password),
            on_success=lambda _r: self.reload(),
            parent=self,
        )

    def edit_selected(self) -> None:
        self.change_role()

    def change_role(self) -> None:
        user = self._selected_user()
        if user is None:
            return
        choices = [role_text(r) for r in Role]
        current = choices.index(role_text(user.role)) if user.role is not None else 0
        chosen, ok = QInputDialog.getItem(
            self, self.tr("Change role"), self.tr("Role of {0}:").format(user.name), choices, current, False
        )
        if ok:
            self.set_role(user.name, list(Role)[choices.index(chosen)])

    def set_role(self, name: str, role: Role) -> None:
        run_op(
            self.ctx,
            lambda db: access.set_role(db, name=name, role=role),
            on_success=lambda _r: self._changed(),
            parent=self,
        )

    def disable_selected(self, confirm: bool = True) -> None:
        user = self._selected_user()
        if user is None:
            return
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Disable user"),
                self.tr("Stop {0} from signing in? Their changes stay on the record under their name.").format(
                    user.name
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        name = user.name
        run_op(
            self.ctx,
            lambda db: access.disable_user(db, name=name),
            on_success=lambda _r: self._changed(),
            parent=self,
        )

    def _changed(self) -> None:
        self.reload()
        control = getattr(self.window(), "access", None)
        if control is not None:
            control.refresh()  # one's own role may have changed

    def select_name(self, name: str) -> bool:
        for row in range(self.model.rowCount()):
            line = self.model.row(row)
            if line.user.name == name:
                self.view.setCurrentIndex(self.model.index(row, 0))
                if isinstance(self.view, QTableView):
                    self.view.selectRow(row)
                return True
        return False

    def focus_view(self) -> None:
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
