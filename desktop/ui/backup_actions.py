"""File → Backup… and File → Restore…: a consistent copy of the register, and putting one back.

Both run off the GUI thread. Restore checks the file is a sound Kelisim database of a schema
this Kelisim knows before replacing anything, and keeps the replaced register as a backup.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.storage import backup
from desktop.storage.paths import backups_dir_for
from desktop.ui.operations import Change, run_long


class BackupActions(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.last_message = ""
        self.act_backup = QAction(self.tr("&Back up…"), window)
        self.act_backup.setToolTip(self.tr("Write a consistent copy of the register to a file"))
        self.act_backup.triggered.connect(lambda _checked=False: self.choose_backup())
        self.act_restore = QAction(self.tr("&Restore from backup…"), window)
        self.act_restore.setToolTip(self.tr("Replace the register with a backup; the current one is kept"))
        self.act_restore.triggered.connect(lambda _checked=False: self.choose_restore())
        sqlite = window.ctx.db.path is not None
        for action in (self.act_backup, self.act_restore):
            action.setEnabled(sqlite)  # a PostgreSQL server is backed up with its own tools
            window.addAction(action)
        window.file_menu.addSeparator()
        window.file_menu.addAction(self.act_backup)
        window.file_menu.addAction(self.act_restore)

    @property
    def folder(self) -> Path:
        return backups_dir_for(self.window.ctx.db.path)

    def _say(self, message: str) -> None:
        self.last_message = message
        status = getattr(self.window, "statusBar", None)
        if status is not None:
            status().showMessage(message, 15000)

    def choose_backup(self) -> None:
        # Not "kelisim-<digits>…": that is the automatic backups' name, which pruning manages.
        suggested = self.folder.parent / f"Kelisim backup {date.today().isoformat()}.sqlite3"
        name, _filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Back up the register"),
            str(suggested),
            self.tr("Kelisim backups (*.sqlite3);;All files (*)"),
        )
        if name:
            self.backup(Path(name))

    def backup(self, target: Path) -> None:
        run_long(
            self.window.ctx,
            self.tr("Writing the backup…"),
            lambda db, _progress: backup.backup_to(db.engine, target),
            Change.NONE,
            on_success=lambda path: self._say(self.tr("Backup written to {0}").format(path)),
            parent=self.window,
        )

    def choose_restore(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Restore from a backup"),
            str(self.folder),
            self.tr("Kelisim backups (*.sqlite3);;All files (*)"),
        )
        if not name:
            return
        answer = QMessageBox.question(
            self.window,
            self.tr("Restore from a backup"),
            self.tr(
                "Replace the register with {0}?\n\nThe register as it is now is kept as a backup first, so "
                "this can be undone."
            ).format(Path(name).name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore(Path(name))

    def restore(self, candidate: Path) -> None:
        run_long(
            self.window.ctx,
            self.tr("Restoring {0}…").format(candidate.name),
            lambda db, _progress: backup.restore_into(db.engine, candidate),
            Change.ALL,
            on_success=lambda kept: self._say(
                self.tr("Restored from {0}. The register it replaced is kept in {1}").format(candidate.name, kept)
            ),
            parent=self.window,
        )


def install(window: QWidget) -> BackupActions:
    """Add File → Back up… and File → Restore… to the window (called by the main window)."""
    actions = BackupActions(window)
    window.backup_actions = actions  # type: ignore[attr-defined]
    return actions
