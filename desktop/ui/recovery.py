"""What the window does when the register cannot be opened: explain, and offer the newest sound backup."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from desktop import APP_NAME
from desktop.domain.errors import KelisimError
from desktop.services import backups
from desktop.storage.database import Database

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # "": the context lupdate gives module-level tr() calls


def offer_recovery(target: str, error: KelisimError, held: backups.RegisterLock | None = None) -> Database | None:
    """Show why the register cannot be opened; for a damaged one offer to restore its newest sound backup.

    Only the register's own backups are offered: never another register's from the same folder, nor
    one that does not record its register. On Yes the damaged file is renamed aside (kept, never
    deleted), the backup restored and the register reopened. ``held``: the register's lock, which the
    window already holds. Returns the usable database, or None to quit.
    """
    from desktop.ui.application import open_register

    path = backups.register_file(target)
    damaged = path is not None and backups.file_state(path) == "damaged"
    good = backups.recovery_offer(path) if path is not None and damaged else None
    if good is None:
        extra = tr("No sound backup of it was found.") if damaged else ""
        QMessageBox.critical(
            None,
            APP_NAME,
            tr("Kelisim cannot open the register:\n{0}\n\n{1}\n\n{2}").format(target, error, extra).strip(),
        )
        return None
    answer = QMessageBox.question(
        None,
        APP_NAME,
        tr(
            "The register is damaged:\n{0}\n\n{1}\n\nRestore the newest sound backup ({2})? The damaged file "
            "is kept beside it, renamed."
        ).format(target, error, good.name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    try:
        kept = backups.restore(path, good, held=held).kept  # type: ignore[arg-type]
        db = open_register(str(path), load_demo=False)
    except KelisimError as exc:
        log.exception("restoring %s from %s failed", path, good)
        QMessageBox.critical(None, APP_NAME, tr("The backup could not be restored:\n{0}").format(exc))
        return None
    QMessageBox.information(
        None, APP_NAME, tr("Restored from {0}.\nThe damaged register is kept as {1}.").format(good.name, kept)
    )
    return db
