"""What the window does when the register cannot be opened."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from desktop import APP_NAME
from desktop.domain.errors import KelisimError
from desktop.storage.database import Database


def offer_recovery(target: str, error: KelisimError) -> Database | None:
    """Show why the register cannot be opened. Returns a usable database, or None to quit."""
    QMessageBox.critical(None, APP_NAME, QObject.tr("Kelisim cannot open the register:\n{0}\n\n{1}")
                         .format(target, error))
    return None
