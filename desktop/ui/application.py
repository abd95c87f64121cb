"""Starting the window: translations, fonts, the database, one instance per file, the demo."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from desktop import APP_NAME, ORG_NAME, __version__
from desktop.collector import start_up_done
from desktop.domain.errors import KelisimError, StorageError
from desktop.domain.messages import Message
from desktop.services import first_screen
from desktop.services.register_file import default_target, register_file, try_lock
from desktop.ui import settings
from desktop.ui.i18n import text

if TYPE_CHECKING:  # the window paints the list's first rows before SQLAlchemy is imported (see ``run``)
    from desktop.services.register_file import RegisterLock
    from desktop.storage.database import Database

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
    from desktop.ui.fonts import apply_app_font, register_fonts
    from desktop.ui.i18n import install_translators

    install_translators(app, settings.LANGUAGE.get())
    apply_app_font(app, register_fonts())


def register_path(target: str) -> Path | None:
    """The register's file (any file name, even one with '?'), or None for a server URL."""
    return register_file(target)


def acquire_lock(path: Path) -> RegisterLock | None:
    """One running Kelisim per database file; a lock left by a crashed run is free at once.

    Taken before the register is opened: opening may migrate, back up or load the demo, none of
    which may happen under another running Kelisim. The same lock (storage's, an OS file lock on
    ``<register>.lock``) makes the command line's ``restore`` refuse while this window is open.
    """
    from desktop.services.register_file import RegisterLock

    try:
        got = try_lock(path)
    except KelisimError:
        log.warning("could not lock %s", path, exc_info=True)
        return None
    return got if isinstance(got, RegisterLock) else None


def open_register(target: str, load_demo: bool) -> Database:
    from desktop.services import registers

    return registers.open_for_window(target, load_demo=load_demo)


def ask_sign_in(target: str | None, problem: str) -> str | None:
    """The sign-in dialog (desktop/ui/sign_in.py): the connection signed in with, or None on Cancel."""
    from sqlalchemy.engine import make_url

    from desktop.ui.sign_in import SignInDialog

    dialog = SignInDialog(None, make_url(target) if target else None, problem)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.url().render_as_string(hide_password=False)


def open_server_register(target: str, load_demo: bool) -> Database | None:
    """A PostgreSQL register, asking to sign in again while the server refuses the user or password;
    None on Cancel. The connection is remembered without its password."""
    from sqlalchemy.engine import make_url

    from desktop.ui.sign_in import forget_password, keep_password, kept_password, needs_sign_in, remember

    url = make_url(target)
    from_keyring = url.password is None and (kept := kept_password(url)) is not None
    if from_keyring:
        target = url.set(password=kept).render_as_string(hide_password=False)
    while True:
        try:
            db = open_register(target, load_demo)
        except StorageError as exc:
            problem = text(exc.describe())
            if not needs_sign_in(str(exc.__cause__ or exc)) and not needs_sign_in(problem):
                raise
            if from_keyring:  # the server no longer takes the kept password: ask, and keep it no more
                forget_password(url)
                from_keyring = False
            asked = ask_sign_in(target, problem)
            if asked is None:
                return None
            target = asked
            continue
        signed = make_url(target)
        remember(signed)
        if not from_keyring:
            keep_password(signed)
        return db


def schedule_daily_backup(window: QWidget) -> None:
    """The integrity check the open left owed, then today's automatic backup and the read-back of the
    records' text, on the window's worker (queued behind the page loads, so they never delay the first
    paint). A damaged register is not copied over the sound backups; the clerk is told, and every save is
    refused until it is restored. Damaged records are named, as the open names them on the command line."""
    from desktop.services.backups import daily_backup
    from desktop.ui.operations import run_op

    def check_then_copy(db: Database) -> list[Message]:
        db.verify()
        said = [daily_backup(db), db.scan_records()]
        return [warning for warning in said if warning is not None]

    def done(warnings: list[Message]) -> None:
        for warning in warnings:
            QMessageBox.warning(window, APP_NAME, text(warning))

    def damaged(error: BaseException) -> None:
        QMessageBox.critical(
            window,
            APP_NAME,
            tr("{0}\n\nNothing can be saved to this register. Restore it with File → Restore from backup…").format(
                text(error.describe()) if isinstance(error, KelisimError) else str(error)
            ),
        )

    ctx = window.ctx  # type: ignore[attr-defined]
    run_op(ctx, check_then_copy, on_success=done, on_failure=damaged, parent=window)


def after_first_paint(window: QWidget, open_register_now: Callable[[], Database | None] | None = None) -> None:
    """What start-up leaves until the clerk's page is painted: opening the register when the first rows came
    straight from its file (``open_register_now``; None from it: the window closes), the garbage collector's runs
    and the menus and actions of the extensions (once the first rows are on screen), then the check and the daily
    backup (once the page is loaded)."""
    page = window.current_page()  # type: ignore[attr-defined]
    from PySide6.QtCore import QTimer

    from desktop.ui.first_paint import FALLBACK_MS, after_painted

    done = False

    def painted() -> None:
        nonlocal done
        if done:
            return
        done = True
        if open_register_now is not None and not window.isVisible():  # closed before its rows were painted
            QApplication.instance().exit(0)  # type: ignore[union-attr]
            return
        if open_register_now is not None:
            try:
                db = open_register_now()
            except Exception as exc:  # noqa: BLE001  the last resort: show_error logs it with its traceback; quit
                from desktop.ui.operations import show_error

                show_error(window, exc)
                db = None
            if db is None:  # not opened (the clerk was told why): the window goes, nothing was read or written
                window.hide()
                QApplication.instance().exit(2)  # type: ignore[union-attr]
                return
            window.ctx.attach(db)  # type: ignore[attr-defined]
            window.show()  # again, after a recovery offered in its place
            show_warnings(window, db)
        # The collector, paused by main.py until now (desktop/collector.py says why), runs again for what follows
        # the first paint: the extensions, the whole list, the clerk's work.
        start_up_done()
        window.install_extensions()  # type: ignore[attr-defined]

    after_painted(page, painted)
    if open_register_now is not None:
        # The page's "loaded", which a list not on screen waits for, needs the register: never without it.
        QTimer.singleShot(FALLBACK_MS, window, painted)
    if page.is_loaded:
        schedule_daily_backup(window)
        return

    def loaded() -> None:
        page.loaded.disconnect(loaded)
        schedule_daily_backup(window)

    page.loaded.connect(loaded)


def show_warnings(window: QWidget, db: Database) -> None:
    for warning in db.warnings:
        QMessageBox.warning(window, APP_NAME, text(warning))


def open_or_recover(
    target: str, load_demo: bool, lock: RegisterLock | None, refused: Callable[[], None] | None = None
) -> Database | None:
    """The register, opened (and signed in to, for a server's); a damaged one offered its backup, after ``refused``
    (the window with the file's first rows hides them). None: quit."""
    try:
        if register_path(target) is None:
            return open_server_register(target, load_demo=load_demo)
        return open_register(target, load_demo=load_demo)
    except KelisimError as exc:
        from desktop.ui.recovery import offer_recovery

        if refused is not None:
            refused()
        return offer_recovery(target, exc, held=lock)


def run(args: argparse.Namespace) -> int:
    app = make_app()
    prepare_app(app)
    target = args.db or default_target()
    path = register_path(target)
    lock = None
    if path is not None and path.parent.is_dir():
        lock = acquire_lock(path)
        if lock is None:
            QMessageBox.warning(
                None, APP_NAME, tr("This register is already open in another Kelisim window:\n{0}").format(path)
            )
            return 3
    signing_in = bool(getattr(args, "sign_in", False))
    if signing_in:  # PostgreSQL: ask for the server, user and password first
        signed = ask_sign_in(target if path is None and args.db else None, "")
        if signed is None:
            return 2
        target = signed
    from desktop.ui.main_window import MainWindow, opening_page

    start_page = getattr(args, "page", None)
    # A register file that is plainly a current Kelisim register, opened on its Commitments list: the window
    # paints the list's first rows straight from the file, then imports SQLAlchemy and opens the register — the
    # imports alone took longer than everything else before the first paint (services/first_screen.py).
    early = (
        path is not None
        and not signing_in
        and opening_page(start_page) == "commitments"
        and first_screen.can_start(path)
    )
    db: Database | None = None
    if not early:
        db = open_or_recover(target, not args.no_demo, lock)
        if db is None:
            if lock is not None:
                lock.release()
            return 2
    from desktop.ui.gui_collector import collect_here, stop_collecting_here

    collect_here()  # the window's workers never run the garbage collector (desktop/collector.py says why)
    window = MainWindow(db, start_page=start_page, extensions=False, path=path)
    opening: Callable[[], Database | None] | None = None
    if db is None:
        if window.current_page().showing_first:  # type: ignore[attr-defined]
            opening = lambda: open_or_recover(target, not args.no_demo, lock, refused=window.hide)  # noqa: E731
        else:  # the list's sort needs every row: the register is opened first, as without a first screenful
            db = open_or_recover(target, not args.no_demo, lock)
            if db is None:
                if lock is not None:
                    lock.release()
                return 2
            window.ctx.attach(db)
    if os.environ.get("KELISIM_PAINT_PROBE"):
        from desktop.ui.paint_probe import install as install_probe

        install_probe(app, window, os.environ["KELISIM_PAINT_PROBE"])
    window.show()
    if db is not None:
        show_warnings(window, db)
    after_first_paint(window, opening)
    code = app.exec()
    window.ctx.wait_idle(30_000)  # a queued save or backup finishes before the register closes
    stop_collecting_here()
    if window.ctx.is_open:
        window.ctx.db.close()
    if lock is not None:
        lock.release()
    return code
