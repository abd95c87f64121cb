"""The signed-in person in the window: "Signed in as NAME (role)" in the status bar, and every action the
role may not take disabled with the reason in its tooltip (the services refuse them too; on PostgreSQL
the server as well). Installed by the main window as an extension; re-applied after the window's and the
pages' own enabling, which runs on every selection and page change."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel

from desktop.domain.roles import ROLE_WORDS, Action, may, refusal
from desktop.services import access
from desktop.services.access import SignedIn
from desktop.ui.i18n import text
from desktop.ui.operations import Change, run_query

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

# Sidebar pages that need more than a clerk's role.
PAGE_NEEDS = {"audit": Action.AUDIT, "users": Action.USERS}


class AccessControl(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.me: SignedIn | None = None
        self.label = QLabel(window)
        self.label.setObjectName("signed_in")
        window.statusBar().addPermanentWidget(self.label)
        window.sidebar.currentRowChanged.connect(lambda _row: self.apply())
        for page in window.pages.built().values():
            self._wire(page)
        window.page_built.connect(self._page_built)  # pages are built on first use
        self._tooltips: dict[int, str] = {}  # an action's own tooltip, given back when it is allowed again
        self._item_tips: dict[str, str] = {}
        # A role changed by an admin (here or in another window, live refresh) applies at once.
        window.ctx.changed.connect(self._on_changed)
        self.refresh()

    def _wire(self, page: Any) -> None:
        page.selection_changed.connect(self.apply)
        page.loaded.connect(self.apply)

    def _page_built(self, page: Any) -> None:
        self._wire(page)
        self.apply()

    def _on_changed(self, change: Change) -> None:
        if change & Change.ACCOUNTS:
            self.refresh()

    def refresh(self) -> None:
        """Look up who is signed in (again: after a change of roles) and apply it."""
        access.forget(self.window.ctx.db)
        run_query(self.window.ctx, access.signed_in, self._signed_in, parent=self.window)

    def _signed_in(self, me: SignedIn) -> None:
        self.me = me
        role = text(ROLE_WORDS[me.role]) if me.role is not None else self.tr("no role")
        self.label.setText(self.tr("Signed in as {0} ({1})").format(me.name, role))
        self.label.setToolTip(self.tr("Your role decides what you may change on this register"))
        self.apply()

    def may(self, action: Action) -> bool:
        return self.me is not None and may(self.me.role, action)

    def _limit(self, action: QAction | None, needs: Action) -> None:
        if action is None:
            return
        key = id(action)
        if self.may(needs):
            if key in self._tooltips:
                action.setToolTip(self._tooltips.pop(key))
            return
        self._tooltips.setdefault(key, action.toolTip())
        action.setEnabled(False)
        action.setToolTip(text(refusal(self.me.role if self.me else None, needs)))

    def apply(self) -> None:
        if self.me is None:
            return
        window = self.window
        page = window.current_page()
        edit = Action.PARTIES if page.name == "parties" else Action.EDIT
        for action in (window.act_new, window.act_edit):
            self._limit(action, edit)
        self._limit(window.act_status, Action.EDIT)
        self._limit(window.act_delete, Action.PARTIES if page.name == "parties" else Action.DELETE)
        built = window.pages.built()
        for name, each in built.items():
            own: Any = each
            needs = Action.PARTIES if name == "parties" else Action.EDIT
            for attr in ("act_new", "act_edit", "act_status", "act_new_child", "act_add_commitment"):
                self._limit(getattr(own, attr, None), needs)
            for attr in ("act_move_deadline", "act_bulk_body", "act_bulk_due", "act_bulk_agency"):
                self._limit(getattr(own, attr, None), Action.EDIT)
            self._limit(getattr(own, "act_delete", None), Action.PARTIES if name == "parties" else Action.DELETE)
        self._limit(getattr(built.get("trash"), "act_restore", None), Action.TRASH)
        backups = getattr(window, "backup_actions", None)
        self._limit(getattr(backups, "act_restore", None), Action.RESTORE)
        imports = getattr(window, "import_actions", None)
        self._limit(getattr(imports, "act_import", None), Action.IMPORT)
        every_record = getattr(built.get("audit"), "all_button", None)
        if every_record is not None:  # a clerk reaches the Audit page only on one record ("Changes…")
            every_record.setEnabled(self.may(Action.AUDIT))
            every_record.setToolTip("" if self.may(Action.AUDIT) else text(refusal(self.me.role, Action.AUDIT)))
        from desktop.ui.main_window import PAGE_NAMES

        for row, name in enumerate(PAGE_NAMES):
            needs_page = PAGE_NEEDS.get(name)
            if needs_page is None:
                continue
            item = window.sidebar.item(row)
            allowed = self.may(needs_page)
            flags = item.flags()
            enabled = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            item.setFlags(flags | enabled if allowed else flags & ~enabled)
            self._item_tips.setdefault(name, item.toolTip())
            item.setToolTip(self._item_tips[name] if allowed else text(refusal(self.me.role, needs_page)))
            window.page_actions[name].setEnabled(allowed)


def install(window: MainWindow) -> AccessControl:
    control = AccessControl(window)
    window.access = control  # type: ignore[attr-defined]
    return control
