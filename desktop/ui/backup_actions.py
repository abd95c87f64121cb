"""File → Back up… and File → Restore…: a consistent copy of the register, and putting one back.

Both run off the GUI thread, on SQLite and on PostgreSQL (pg_dump / pg_restore). Restore checks the
file first — a sound Kelisim backup of a schema this Kelisim knows — and says whose backup it is: one
of another register is restored only after a warning naming both registers is accepted. The replaced
register is kept as a backup.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.services import backups
from desktop.ui.i18n import text
from desktop.ui.operations import run_long


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
        for action in (self.act_backup, self.act_restore):
            window.addAction(action)
        window.file_menu.addSeparator()
        window.file_menu.addAction(self.act_backup)
        window.file_menu.addAction(self.act_restore)

    @property
    def on_server(self) -> bool:
        return self.window.ctx.db.path is None

    @property
    def folder(self) -> Path:
        return backups.backups_folder(self.window.ctx.db)

    def _file_filter(self) -> str:
        if self.on_server:
            return self.tr("PostgreSQL backups (*.dump);;All files (*)")
        return self.tr("Kelisim backups (*.sqlite3);;All files (*)")

    def _say(self, message: str) -> None:
        self.last_message = message
        status = getattr(self.window, "statusBar", None)
        if status is not None:
            status().showMessage(message, 15000)

    def choose_backup(self) -> None:
        # Not "kelisim-<name>-<id>-<stamp>…": that is the automatic backups' name, which pruning manages.
        suffix = ".dump" if self.on_server else ".sqlite3"
        start = self.folder.parent if not self.on_server else Path.home()
        suggested = start / f"Kelisim backup {date.today().isoformat()}{suffix}"
        name, _filter = QFileDialog.getSaveFileName(
            self.window, self.tr("Back up the register"), str(suggested), self._file_filter()
        )
        if name:
            self.backup(Path(name))

    def backup(self, target: Path) -> None:
        run_long(
            self.window.ctx,
            self.tr("Writing the backup…"),
            lambda db, _progress: backups.backup_now(db, target),
            on_success=lambda path: self._say(self.tr("Backup written to {0}").format(path)),
            parent=self.window,
        )

    def choose_restore(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self.window, self.tr("Restore from a backup"), str(self.folder), self._file_filter()
        )
        if name:
            self.check_then_restore(Path(name))

    def check_then_restore(self, candidate: Path) -> None:
        """Check the file off the GUI thread, then ask — a plain question for the register's own backup, a
        warning naming both registers for another's."""
        run_long(
            self.window.ctx,
            self.tr("Checking {0}…").format(candidate.name),
            lambda db, _progress: backups.check_candidate(db, candidate),
            on_success=self._confirm,
            parent=self.window,
        )

    def _confirm(self, found: backups.CandidateCheck) -> None:
        if found.same_register:
            answer = QMessageBox.question(
                self.window,
                self.tr("Restore from a backup"),
                self.tr(
                    "Replace the register with {0}?\n\nThe register as it is now is kept as a backup first, so "
                    "this can be undone."
                ).format(found.candidate.name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.restore(found.candidate)
            return
        answer = QMessageBox.warning(
            self.window,
            self.tr("A backup of another register"),
            self.tr(
                "{0} is not a backup of this register.\n\nThis register: {1}\nThe backup's register: {2}\n\n"
                "Restoring it replaces this register's records with the other register's. The register as it "
                "is now is kept as a backup first.\n\nReplace this register with the other register's backup?"
            ).format(found.candidate.name, text(found.mine), text(found.theirs)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore(found.candidate, allow_other_register=True)

    def restore(self, candidate: Path, *, allow_other_register: bool = False) -> None:
        run_long(
            self.window.ctx,
            self.tr("Restoring {0}…").format(candidate.name),
            lambda db, _progress: backups.restore_open(db, candidate, allow_other_register=allow_other_register),
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
