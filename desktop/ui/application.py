"""Starting the window: translations, fonts, the database, one instance per file, the demo."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop import APP_NAME, ORG_NAME, __version__
from desktop.domain.errors import KelisimError
from desktop.domain.messages import Message
from desktop.services.backups import Holder, RegisterLock
from desktop.storage.database import Database, open_database
from desktop.storage.paths import default_db_path
from desktop.ui.i18n import text

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QApplication.translate("", text)  # "": the context lupdate gives module-level tr() calls


def make_app() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    return app  # type: ignore[return-value]


def prepare_app(app: QApplication) -> None:
    from desktop.ui import settings
    from desktop.ui.fonts import apply_app_font, register_fonts
    from desktop.ui.i18n import install_translators

    install_translators(app, settings.LANGUAGE.get())
    apply_app_font(app, register_fonts())


def register_path(target: str) -> Path | None:
    """The register's file (any file name, even one with '?'), or None for a server URL."""
    from desktop.services.backups import register_file

    return register_file(target)


def acquire_lock(path: Path) -> RegisterLock | None:
    """One running Kelisim per database file; a lock left by a crashed run is free at once.

    Taken before the register is opened: opening may migrate, back up or load the demo, none of
    which may happen under another running Kelisim. The same lock (storage's, an OS file lock on
    ``<register>.lock``) makes the command line's ``restore`` refuse while this window is open.
    """
    from desktop.services.backups import try_lock

    try:
        got = try_lock(path)
    except KelisimError:
        log.warning("could not lock %s", path, exc_info=True)
        return None
    return got if not isinstance(got, Holder) else None


def open_register(target: str, load_demo: bool) -> Database:
    from desktop.services import demo

    db = open_database(target, daily_backup=False)  # made once the window shows (MainWindow)
    if load_demo and demo.is_empty(db):
        demo.load_demo(db)
    return db


def schedule_daily_backup(window: QWidget) -> None:
    """Today's automatic backup, queued behind the first page loads so it never delays them."""
    from desktop.services.backups import daily_backup
    from desktop.ui.operations import Change, run_op

    def done(warning: Message | None) -> None:
        if warning:
            QMessageBox.warning(window, APP_NAME, text(warning))

    ctx = window.ctx  # type: ignore[attr-defined]
    run_op(ctx, daily_backup, Change.NONE, on_success=done, parent=window)


def run(args: argparse.Namespace) -> int:
    app = make_app()
    prepare_app(app)
    target = args.db or str(default_db_path())
    path = register_path(target)
    lock = None
    if path is not None and path.parent.is_dir():
        lock = acquire_lock(path)
        if lock is None:
            QMessageBox.warning(
                None, APP_NAME, tr("This register is already open in another Kelisim window:\n{0}").format(path)
            )
            return 3
    try:
        db = open_register(target, load_demo=not args.no_demo)
    except KelisimError as exc:
        from desktop.ui.recovery import offer_recovery

        recovered = offer_recovery(target, exc, held=lock)
        if recovered is None:
            if lock is not None:
                lock.release()
            return 2
        db = recovered
    from desktop.ui.main_window import MainWindow

    window = MainWindow(db, start_page=getattr(args, "page", None))
    window.show()
    if os.environ.get("KELISIM_STARTUP_PROBE"):
        _startup_probe(app, window)
    for warning in db.warnings:
        QMessageBox.warning(window, APP_NAME, text(warning))
    schedule_daily_backup(window)
    code = app.exec()
    window.ctx.wait_idle(30_000)  # a queued save or backup finishes before the register closes
    db.close()
    if lock is not None:
        lock.release()
    return code


def _seconds_since_process_start() -> float:
    """Wall time since the process started (Linux /proc, 10 ms resolution); else since this import."""
    try:
        from pathlib import Path

        fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()  # field 22 = start, in ticks
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return uptime - int(fields[19]) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return time.perf_counter() - _IMPORTED


_IMPORTED = time.perf_counter()


def _startup_probe(app: QApplication, window: QWidget) -> None:
    """KELISIM_STARTUP_PROBE=1 (the benchmark): once the Commitments list has its rows and is painted,
    print the seconds since the process started and quit. Nothing else changes."""
    from PySide6.QtCore import QTimer

    window.show_page("commitments")  # type: ignore[attr-defined]
    page = window.pages["commitments"]  # type: ignore[attr-defined]
    deadline = time.monotonic() + 60

    def check() -> None:
        view = getattr(page, "view", None)
        if page.is_loaded and view is not None and view.isVisible():
            view.viewport().repaint()  # paints now, synchronously
            print(
                f"kelisim-startup-probe: {_seconds_since_process_start():.3f} s, {view.model().rowCount()} rows",
                flush=True,
            )
            app.exit(0)
        elif time.monotonic() > deadline:
            print("kelisim-startup-probe: the Commitments list did not load within 60 s", flush=True)
            app.exit(4)
        else:
            QTimer.singleShot(10, check)

    QTimer.singleShot(0, check)
