"""View → Language: English, Русский, Қазақша or the system's language, kept in settings.LANGUAGE.

Translators are installed once, before the first window is built (application.prepare_app), so a
new choice takes effect on the next start; the message offers "Restart now", which starts Kelisim again
with the same arguments and closes this window (its own close asks about unsaved edits first).
Retranslating a running window would need every page to rebuild its columns and menus, and a clerk
changes language once, not daily.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QProcess, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox

from desktop.ui import settings

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

# Each language is named in itself, so a clerk who cannot read the current one still finds hers.
NATIVE_NAMES = (("en", "English"), ("ru", "Русский"), ("kk", "Қазақша"))


class LanguageMenu(QObject):
    """The Language submenu of one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.notice: QMessageBox | None = None  # the last "applies on the next start" message
        self.menu = QMenu(self.tr("&Language"), window)
        self.menu.setObjectName("languageMenu")
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.actions: dict[str, QAction] = {}
        choices = [*NATIVE_NAMES, ("", self.tr("System default"))]
        for code, name in choices:
            if code == "":
                self.menu.addSeparator()
            action = QAction(name, self.menu)
            action.setCheckable(True)
            action.setData(code)
            self.group.addAction(action)
            self.menu.addAction(action)
            self.actions[code] = action
        stored = settings.LANGUAGE.get()
        self.actions.get(stored, self.actions[""]).setChecked(True)
        self.group.triggered.connect(self._chosen)

    def notice_text(self, code: str) -> str:
        if code:
            return self.tr("Kelisim will switch to {0} the next time it starts.").format(dict(NATIVE_NAMES)[code])
        return self.tr("Kelisim will follow the system's language the next time it starts.")

    def _chosen(self, action: QAction) -> None:
        code = str(action.data() or "")
        if code == settings.LANGUAGE.get():
            return
        settings.LANGUAGE.set(code)
        settings.app_settings().sync()
        # open(), not exec(): the window stays usable and tests can read and close the message.
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Language"),
            self.notice_text(code),
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.button(QMessageBox.StandardButton.Ok).setText(self.tr("Later"))
        restart = box.addButton(self.tr("Restart now"), QMessageBox.ButtonRole.AcceptRole)
        restart.clicked.connect(self.restart)
        box.setDefaultButton(restart)
        self.restart_button = restart
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result, b=box: self._notice_closed(b))
        self.notice = box
        box.open()

    def restart(self) -> None:
        """Start Kelisim again (same interpreter and arguments) once this window has closed."""
        if not self.window.close():
            return  # the clerk kept editing: no restart
        QProcess.startDetached(sys.executable, sys.argv)

    def _notice_closed(self, box: QMessageBox) -> None:
        if self.notice is box:
            self.notice = None


def install(window: MainWindow) -> LanguageMenu:
    """Add View → Language to ``window`` (a MainWindow); called by MainWindow.install_extensions."""
    language = LanguageMenu(window)
    view_menu: QMenu = window.view_menu
    view_menu.addSeparator()
    view_menu.addMenu(language.menu)
    window.language_menu = language
    return language
