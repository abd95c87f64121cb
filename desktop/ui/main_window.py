"""The main window: a sidebar of pages, menus, a toolbar and a status bar.

The window owns the AppContext every page shares. Record actions in the menus and toolbar act
on the current page; the pages hold the keys that only make sense inside a list (Enter, F2,
Delete). Export, import and backup actions are added by extension modules (install_extensions).

Start-up builds only the page on screen: the others (and their modules) are built when first asked
for — a visit, ``window.pages[name]`` — or, one per turn of the event loop, once the first page has
loaded (``load_pages``), so the clerk's page paints without waiting for seven others.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QByteArray, QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QStyle,
    QToolBar,
    QWidget,
)

from desktop import APP_NAME, __version__
from desktop.domain.filters import CommitmentFilter
from desktop.ui import settings
from desktop.ui.first_paint import after_painted
from desktop.ui.operations import AppContext
from desktop.ui.pages.list_page import BasePage
from desktop.ui.style import SIDEBAR_BACKGROUND, SIDEBAR_SELECTED, SIDEBAR_TEXT

if TYPE_CHECKING:
    from desktop.storage.database import Database
    from desktop.ui.audit_page import AuditPage
    from desktop.ui.backup_actions import BackupActions
    from desktop.ui.import_actions import ImportActions
    from desktop.ui.language_menu import LanguageMenu
    from desktop.ui.pages.commitments import CommitmentsPage
    from desktop.ui.pages.dashboard import DashboardPage
    from desktop.ui.report_actions import ReportActions

log = logging.getLogger(__name__)
PAGE_NAMES = ("dashboard", "agreements", "bodies", "commitments", "parties", "trash", "audit", "users")
# Where each page's class lives: imported when the page is first built, never at start-up.
PAGE_CLASSES = {
    "dashboard": ("desktop.ui.pages.dashboard", "DashboardPage"),
    "agreements": ("desktop.ui.pages.agreements", "AgreementsPage"),
    "bodies": ("desktop.ui.pages.bodies", "BodiesPage"),
    "commitments": ("desktop.ui.pages.commitments", "CommitmentsPage"),
    "parties": ("desktop.ui.pages.parties", "PartiesPage"),
    "trash": ("desktop.ui.trash_page", "TrashPage"),
    "audit": ("desktop.ui.audit_page", "AuditPage"),
    "users": ("desktop.ui.users_page", "UsersPage"),
}


def opening_page(start_page: str | None) -> str:
    """The page the window opens on: the one asked for, else the clerk's last one, else the dashboard."""
    first = start_page or settings.LAST_PAGE.get()
    return first if first in PAGE_CLASSES else "dashboard"


def page_title(name: str) -> str:
    """A page's title (its ``title()``, in the page class's own translation context) without building it."""
    titles = {
        "dashboard": QCoreApplication.translate("DashboardPage", "Dashboard"),
        "agreements": QCoreApplication.translate("AgreementsPage", "Agreements"),
        "bodies": QCoreApplication.translate("BodiesPage", "Bodies"),
        "commitments": QCoreApplication.translate("CommitmentsPage", "Commitments"),
        "parties": QCoreApplication.translate("PartiesPage", "Parties"),
        "trash": QCoreApplication.translate("TrashPage", "Trash"),
        "audit": QCoreApplication.translate("AuditPage", "Audit"),
        "users": QCoreApplication.translate("UsersPage", "Users"),
    }
    return titles[name]


class Pages(Mapping[str, BasePage]):
    """The window's pages by name: every name is there, and a page is built the first time it is asked for.

    ``built()`` gives the pages made so far, for what concerns only them (saving their state, reloading,
    limiting their actions) and must not build the others.
    """

    def __init__(self, build: Callable[[str], BasePage]) -> None:
        self._build = build
        self._built: dict[str, BasePage] = {}

    def __getitem__(self, name: str) -> BasePage:
        page = self._built.get(name)
        if page is None:
            if name not in PAGE_CLASSES:
                raise KeyError(name)
            page = self._build(name)
        return page

    def __iter__(self) -> Iterator[str]:
        return iter(PAGE_NAMES)

    def __len__(self) -> int:
        return len(PAGE_NAMES)

    def __contains__(self, name: object) -> bool:
        return name in PAGE_CLASSES

    def built(self) -> dict[str, BasePage]:
        return dict(self._built)

    def is_built(self, name: str) -> bool:
        return name in self._built

    def _add(self, name: str, page: BasePage) -> None:
        self._built[name] = page


class Extension(Protocol):
    """A module that adds its menus and actions to the window (reports, import, backups, language)."""

    __name__: str

    def install(self, window: MainWindow) -> object: ...


class MainWindow(QMainWindow):
    page_built = Signal(object)  # a page was just made (extensions wire themselves to it)
    # Set by the extensions' install(): the window's handles on them.
    report_actions: ReportActions
    import_actions: ImportActions
    backup_actions: BackupActions
    language_menu: LanguageMenu

    def __init__(
        self, db: Database | None, start_page: str | None = None, *, extensions: bool = True, path: Path | None = None
    ) -> None:
        """``extensions=False`` leaves ``install_extensions`` to the caller: start-up installs them once the
        first page has painted its rows (desktop/ui/application.py). ``db`` None: the register at ``path`` is
        being opened; the window paints the list's first rows from the file meanwhile, and ``ctx.attach`` gives
        it the register (the work asked of it waits until then)."""
        super().__init__()
        if db is None and extensions:
            raise ValueError("the extensions need the register open: pass extensions=False, then attach it")
        self.ctx = AppContext(db, self, path=path)
        self._back_to: str | None = None  # the page a drill-down came from (Alt+Left)
        self.setWindowTitle(f"{APP_NAME} — {self.ctx.path.name}" if self.ctx.path is not None else APP_NAME)
        self.setMinimumSize(720, 480)
        self.pages = Pages(self._build_page)
        self._closing = False
        self._load_asked: set[str] = set()
        self.stack = QStackedWidget(self)
        self.sidebar = QListWidget(self)
        self._build_central()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        self.ctx.busy_changed.connect(self._set_busy)
        self._restore(start_page)
        self.extensions_installed = False
        self._installed: set[str] = set()
        # The live refresh watches from before the first reading, so no change made meanwhile is missed (the first
        # rows read from the file before the register is open are read again once it is).
        if self.ctx.is_open:
            self._install_live_refresh()
        else:
            self.ctx.opened.connect(self._install_live_refresh)
        self.load_pages()
        if extensions:
            self.install_extensions()

    # building ----------------------------------------------------------------------------
    def _build_central(self) -> None:
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(190)
        self.sidebar.setIconSize(QSize(18, 18))
        self.sidebar.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.sidebar.setStyleSheet(
            f"#sidebar {{ background: {SIDEBAR_BACKGROUND}; color: {SIDEBAR_TEXT}; border: none;"
            f" padding-top: 8px; outline: 0; }}"
            f"#sidebar::item {{ padding: 10px 14px; border-left: 3px solid transparent; }}"
            f"#sidebar::item:selected {{ background: #37474f; color: white; border-left: 3px solid"
            f" {SIDEBAR_SELECTED}; }}"
            f"#sidebar::item:hover:!selected {{ background: #2f3d44; }}"
        )
        for number, name in enumerate(PAGE_NAMES, start=1):
            item = QListWidgetItem(page_title(name), self.sidebar)
            item.setToolTip(self.tr("{0} (Ctrl+{1})").format(page_title(name), number))
            item.setData(Qt.ItemDataRole.UserRole, name)
        self.sidebar.currentRowChanged.connect(self._page_chosen)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

    def _action(
        self,
        text: str,
        slot: object,
        shortcut: QKeySequence | str | None = None,
        icon: QStyle.StandardPixmap | None = None,
        context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut) if isinstance(shortcut, str) else shortcut)
            action.setShortcutContext(context)
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        sp = QStyle.StandardPixmap
        # Edit and Delete keys belong to the lists (so they never fire while typing in a filter box);
        # here they are shown in the menu but bound only while the menu itself has the focus.
        self.act_new = self._action(
            self.tr("&New…"), lambda: self.current_page().new_record(), "Ctrl+N", sp.SP_FileIcon
        )
        self.act_edit = self._action(
            self.tr("&Edit…"),
            lambda: self.current_page().edit_selected(),
            "F2",
            sp.SP_FileDialogDetailedView,
            Qt.ShortcutContext.WidgetShortcut,
        )
        self.act_delete = self._action(
            self.tr("&Delete…"),
            lambda: self.current_page().delete_selected(),
            QKeySequence(QKeySequence.StandardKey.Delete),
            sp.SP_TrashIcon,
            Qt.ShortcutContext.WidgetShortcut,
        )
        self.act_status = self._action(
            self.tr("Change &status…"),
            lambda: self.current_page().change_status(),
            "Ctrl+Shift+S",
            sp.SP_DialogApplyButton,
        )
        self.act_open = self._action(
            self.tr("&Open commitment"),
            lambda: self.current_page().open_selected(),
            "Ctrl+Return",
            None,
            Qt.ShortcutContext.WidgetShortcut,
        )
        self.act_find = self._action(
            self.tr("&Find"), lambda: self.current_page().focus_filter(), QKeySequence(QKeySequence.StandardKey.Find)
        )
        self.act_refresh = self._action(
            self.tr("&Refresh"), self.refresh, QKeySequence(QKeySequence.StandardKey.Refresh), sp.SP_BrowserReload
        )
        self.act_quit = self._action(self.tr("&Quit"), self.close, QKeySequence(QKeySequence.StandardKey.Quit))
        self.act_quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.act_about = self._action(self.tr("&About Kelisim"), self.about)
        self.act_quick_open = self._action(self.tr("&Quick open…"), self.quick_open, "Ctrl+K")
        self.act_back = self._action(self.tr("&Back"), self.go_back, QKeySequence(QKeySequence.StandardKey.Back))
        self.page_actions: dict[str, QAction] = {}
        for number, name in enumerate(PAGE_NAMES, start=1):
            self.page_actions[name] = self._action(page_title(name), lambda n=name: self.show_page(n), f"Ctrl+{number}")

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self._quit_separator = self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_quit)
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        # Ctrl+Z: the last edit, status change or bulk action of this session, undone through the services.
        self.act_undo = self.ctx.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.act_undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.addAction(self.act_undo)
        self.edit_menu.addAction(self.act_undo)
        self.edit_menu.addSeparator()
        for action in (
            self.act_new,
            self.act_edit,
            self.act_delete,
            None,
            self.act_status,
            self.act_open,
            None,
            self.act_find,
            self.act_quick_open,
        ):
            if action is None:
                self.edit_menu.addSeparator()
            else:
                self.edit_menu.addAction(action)
        self.view_menu = bar.addMenu(self.tr("&View"))
        for action in self.page_actions.values():
            self.view_menu.addAction(action)
        # My work: what the signed-in person executes or controls and must act on (issue 13's reminders).
        self.act_my_work = self._action(self.tr("&My work…"), self.show_my_work, "Ctrl+Shift+M")
        self.view_menu.addAction(self.act_my_work)
        # The people who execute and control commitments: added and corrected here.
        self.act_people = self._action(self.tr("&People…"), self.show_people)
        self.act_people.setObjectName("people")
        self.view_menu.addAction(self.act_people)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.act_refresh)
        self.view_menu.addAction(self.act_back)
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.help_menu.addAction(self.act_about)

    def show_my_work(self) -> None:
        from desktop.ui.my_work import show_my_work

        show_my_work(self, self.ctx)

    def show_people(self) -> QWidget:
        from desktop.ui.people_dialog import show_people

        return show_people(self, self.ctx)

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self.tr("Main toolbar"), self)
        self.toolbar.setObjectName("mainToolbar")  # saveState needs a name
        self.toolbar.setMovable(False)
        self.toolbar.setIconSize(QSize(18, 18))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.act_new, self.act_edit, self.act_delete, self.act_status):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.act_refresh)
        self.toolbar.addSeparator()
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        path = self.ctx.path
        # A file's path, or the server and database of a PostgreSQL register (no password).
        self.path_label = QLabel(self.ctx.label, self)
        self.path_label.setToolTip(
            self.tr("The register file") if path is not None else self.tr("The register's server")
        )
        self.counts_label = QLabel(self)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)  # indeterminate: "working"
        self.busy_bar.setMaximumWidth(90)
        self.busy_bar.setMaximumHeight(12)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setToolTip(self.tr("Working…"))
        self.busy_bar.hide()
        status.addWidget(self.path_label, 1)
        status.addPermanentWidget(self.counts_label)
        status.addPermanentWidget(self.busy_bar)

    # pages -------------------------------------------------------------------------------
    def _build_page(self, name: str) -> BasePage:
        """Make page ``name`` (importing its module), put it in the stack and wire it to the window."""
        module, cls = PAGE_CLASSES[name]
        page: BasePage = getattr(importlib.import_module(module), cls)(self.ctx)
        self.pages._add(name, page)
        self.stack.addWidget(page)
        page.counts_changed.connect(lambda _text, p=page: self._page_counts(p))
        page.selection_changed.connect(self._update_actions)
        if name == "dashboard":
            page.show_commitments.connect(self.show_commitments)  # type: ignore[attr-defined]
        if name in ("agreements", "bodies"):
            page.show_commitments.connect(self._drill_down)  # type: ignore[attr-defined]
            page.show_changes.connect(self.show_changes)  # type: ignore[attr-defined]
        self.page_built.emit(page)
        return page

    @property
    def dashboard(self) -> DashboardPage:
        return self.pages["dashboard"]  # type: ignore[return-value]

    @property
    def commitments(self) -> CommitmentsPage:
        return self.pages["commitments"]  # type: ignore[return-value]

    def current_page(self) -> BasePage:
        page = self.stack.currentWidget()
        if page is None:  # before the first page is chosen
            return self.pages[PAGE_NAMES[max(self.sidebar.currentRow(), 0)]]
        return page  # type: ignore[return-value]

    def current_page_name(self) -> str:
        return self.current_page().name

    def show_page(self, name: str) -> None:
        if name not in self.pages:
            raise ValueError(f"no page named {name!r}; pages: {', '.join(PAGE_NAMES)}")
        self.sidebar.setCurrentRow(PAGE_NAMES.index(name))

    def _page_chosen(self, row: int) -> None:
        if not 0 <= row < len(PAGE_NAMES):
            return
        page = self.pages[PAGE_NAMES[row]]
        self.stack.setCurrentWidget(page)
        page.shown()  # reads again what changed while another page was on screen
        self._page_counts(page)
        self._update_actions()
        page.focus_view()

    def _page_counts(self, page: BasePage) -> None:
        if page is self.current_page():
            self.counts_label.setText(page.counts_text())

    def _update_actions(self) -> None:
        page = self.current_page()
        has = page.current_id() is not None
        self.act_new.setEnabled(page.can_create())
        self.act_edit.setEnabled(has)
        self.act_delete.setEnabled(page.can_delete())
        self.act_delete.setToolTip(page.delete_reason() or self.act_delete.text().replace("&", ""))
        self.act_status.setEnabled(has and page.can_change_status())
        self.act_open.setEnabled(has and page.can_open())
        self.act_find.setEnabled(page.has_filter())

    def current_commitment_filter(self) -> CommitmentFilter:
        """The Commitments page's filter, for reports ("print what I see")."""
        return self.commitments.current_filter()

    def show_commitments(self, flt: CommitmentFilter) -> None:
        """Show the Commitments page filtered by ``flt`` (from a dashboard figure)."""
        page = self.commitments
        page.search.blockSignals(True)
        page.search.setText(flt.text)
        page.search.blockSignals(False)
        page.filter_bar.set_filter(flt)
        self.show_page("commitments")

    def quick_open(self) -> object:
        """Ctrl+K: find any agreement, body, commitment, party or person and open it."""
        from desktop.ui.quick_open import QuickIndex, quick_open_dialog

        if getattr(self, "_quick_index", None) is None:
            self._quick_index = QuickIndex(self.ctx)
        return quick_open_dialog(self, self.ctx, self._quick_index)

    def _drill_down(self, flt: CommitmentFilter) -> None:
        """From an agreement or body to its commitments; Alt+Left goes back."""
        self._back_to = self.current_page_name()
        self.show_commitments(flt)

    def show_changes(self, table: str, record_id: int, label: str) -> None:
        """The Audit page on one record's changes (an agreement's or a body's "Changes…"); Alt+Left goes back."""
        self._back_to = self.current_page_name()
        page: AuditPage = self.pages["audit"]  # type: ignore[assignment]
        page.show_record((table, record_id, label))
        self.show_page("audit")

    def go_back(self) -> None:
        back = self._back_to
        if back:
            self._back_to = None
            self.show_page(back)

    def refresh(self) -> None:
        """Read everything again: the page on screen now, the others when they are next shown."""
        for page in self.pages.built().values():  # a page not built yet reads everything when it is
            page.read_all_when_shown()

    def _set_busy(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)
        if busy:
            self.statusBar().setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.statusBar().unsetCursor()

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Kelisim"),
            self.tr(
                "<h3>Kelisim {0}</h3><p><i>Келісім</i> — agreement.</p>"
                "<p>A register of international agreements, the committees and subcommittees they create, "
                "and the commitments inside them.</p>"
            ).format(__version__),
        )

    # extensions and state ----------------------------------------------------------------
    def install_extensions(self) -> None:
        """Menus and actions of the extension modules (reports, import, backups, language, access, reminders).

        Plain imports (here, not at the top: the window paints first): a missing module fails at once."""
        if self.extensions_installed:
            return
        self.extensions_installed = True
        from desktop.ui import (
            access_ui,
            backup_actions,
            import_actions,
            language_menu,
            live_refresh,
            reminders_ui,
            report_actions,
        )

        # access_ui last but one: it limits the actions the others add to what the signed-in role may do.
        extensions: tuple[Extension, ...] = (
            report_actions,
            import_actions,
            backup_actions,
            language_menu,
            access_ui,
            live_refresh,
            reminders_ui,
        )
        for module in extensions:
            self._install(module)
        # Quit stays the last entry of the File menu, after whatever the extensions added.
        self.file_menu.removeAction(self._quit_separator)
        self.file_menu.removeAction(self.act_quit)
        self._quit_separator = self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_quit)

    def _install_live_refresh(self) -> None:
        from desktop.ui import live_refresh

        self._install(live_refresh)

    def _install(self, module: Extension) -> None:
        if module.__name__ in self._installed:
            return
        self._installed.add(module.__name__)
        try:
            module.install(self)
        except Exception:  # one broken extension must not keep the register from opening
            log.exception("extension %s failed to install", module.__name__)

    def _restore(self, start_page: str | None = None) -> None:
        geometry = settings.WINDOW_GEOMETRY.get()
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            screen = self.screen().availableGeometry()
            self.resize(min(1360, screen.width() * 9 // 10), min(840, screen.height() * 9 // 10))
        state = settings.WINDOW_STATE.get()
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        self.show_page(opening_page(start_page))

    def load_pages(self) -> None:
        """The page on screen loads first; the others are built and read once it is shown, one per turn
        of the event loop, so neither their building, their queries nor their models compete with the
        clerk's page for the worker or the GIL."""
        current = self.current_page()

        def loaded() -> None:
            current.loaded.disconnect(loaded)
            after_painted(current, load_the_others)  # a small register loads before its rows are painted

        def load_the_others() -> None:
            waiting = [name for name in PAGE_NAMES if name != current.name]

            def next_page() -> None:
                if not waiting or self._closing:  # a window closing reads nothing more
                    return
                self._load(self.pages[waiting.pop(0)])
                QTimer.singleShot(0, self, next_page)  # the window as context: never after it is gone

            next_page()

        current.loaded.connect(loaded)
        self._load(current)

    def _load(self, page: BasePage) -> None:
        """A page's first reading, asked once (it reloads by itself afterwards, on changes)."""
        if page.name not in self._load_asked and not page.is_loaded:
            self._load_asked.add(page.name)
            page.read_now()  # a change noted before this first reading is read with it

    def save_settings(self) -> None:
        # One store for them all: every QSettings object writes the settings file again as it goes away.
        store = settings.app_settings()
        settings.WINDOW_GEOMETRY.set(self.saveGeometry(), store)
        settings.WINDOW_STATE.set(self.saveState(), store)
        settings.LAST_PAGE.set(self.current_page_name(), store)
        for page in self.pages.built().values():
            page.save_state(store)
        store.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closing = True
        self.save_settings()
        self.ctx.wait_idle(5_000)  # let a queued save finish before the database closes
        super().closeEvent(event)
