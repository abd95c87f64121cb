"""What the window's start-up leaves until after the first paint (issue 16), checked as mechanisms, never
as times (tests/test_startup_mechanisms.py has the command line's and the open's):

- ``python main.py`` paints the Commitments list with rows before it imports another page, an editor,
  the extensions (reports, import, backups, reminders), Alembic, openpyxl, reportlab or multiprocessing;
  it imports and installs the extensions once the rows are painted;
- the window builds only the page on screen; another page is built when it is first asked for (a visit),
  and all of them are built and loaded once the first page has loaded;
- a page built later is limited to the signed-in role like the others;
- the window's open leaves the read-back of the records' text to after the paint, and still warns.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.domain.messages import Message
from desktop.storage.database import Database
from desktop.ui import application
from desktop.ui.application import prepare_app
from desktop.ui.main_window import PAGE_NAMES, MainWindow, page_title
from tests.conftest import SQLITE
from tests.engines import db_arg
from tests.probes import reported, run_probe

pytestmark = pytest.mark.gui

# Nothing of these is needed to paint the first rows of the Commitments list.
NOT_BEFORE_THE_ROWS = {
    "alembic",
    "openpyxl",
    "reportlab",
    "multiprocessing",
    "desktop.services.demo",
    "desktop.ui.editors",
    "desktop.ui.audit_page",
    "desktop.ui.trash_page",
    "desktop.ui.users_page",
    "desktop.ui.pages.dashboard",
    "desktop.ui.pages.agreements",
    "desktop.ui.pages.bodies",
    "desktop.ui.pages.parties",
    "desktop.ui.report_actions",
    "desktop.ui.import_actions",
    "desktop.ui.backup_actions",
    "desktop.ui.reminders_ui",
    "desktop.ui.access_ui",
    "desktop.ui.process_jobs",
}
# Run as ``python main.py``: the paint probe's lines, with the modules imported when each was written.
PROBE = """
import json, runpy, sys
import desktop.ui.paint_probe as probe

said = probe.say

def say(line):
    window = getattr(probe, "window", None)
    print("seen:", json.dumps({"line": line, "modules": sorted(sys.modules),
                               "built": sorted(window.pages.built()) if window is not None else [],
                               "extensions": bool(window is not None and window.extensions_installed)}),
          file=sys.stderr, flush=True)
    said(line)

probe.say = say
install = probe.install

def keep(app, window, mode):
    probe.window = window
    return install(app, window, mode)

probe.install = keep
sys.argv = ["main.py", *sys.argv[1:]]
runpy.run_path("main.py", run_name="__main__")
"""


def _start(target: str, tmp_path: Path) -> dict[str, dict[str, Any]]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KELISIM_PAINT_PROBE="exit")
    env["KELISIM_DATA_DIR"] = str(tmp_path / "data")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    done = run_probe(PROBE, "--db", target, "--no-demo", "--page", "commitments", env=env, timeout=180)
    assert done.returncode == 0, done.stderr[-3000:]
    seen = reported(done, "seen")
    return {entry["line"].split()[0]: entry for entry in seen}


def test_the_rows_are_painted_before_the_rest_is_imported(demo_db: Database, tmp_path: Path) -> None:
    seen = _start(db_arg(demo_db), tmp_path)
    rows, everything = seen["rows"], seen["all"]
    assert int(rows["line"].split()[1]) > 0
    imported = set(rows["modules"])
    early = {m for m in imported if m in NOT_BEFORE_THE_ROWS or m.split(".")[0] in NOT_BEFORE_THE_ROWS}
    assert not early, early
    assert rows["built"] == ["commitments"] and not rows["extensions"]
    # Once everything is painted, the extensions are there (reports, import, backups, access, reminders).
    assert everything["extensions"]
    assert {"desktop.ui.report_actions", "desktop.ui.access_ui", "desktop.ui.reminders_ui"} <= set(
        everything["modules"]
    )
    assert "alembic" not in everything["modules"]  # the register's schema is current: no migration


@pytest.fixture
def window(qtbot: Any, qapp: Any, demo_db: Database) -> Iterator[MainWindow]:
    prepare_app(qapp)
    w = MainWindow(demo_db, start_page="agreements", extensions=False)
    qtbot.addWidget(w)
    yield w
    w.close()


def test_only_the_page_on_screen_is_built_the_others_once_it_has_loaded(window: MainWindow, qtbot: Any) -> None:
    assert set(window.pages.built()) == {"agreements"}
    assert window.current_page() is window.pages["agreements"] and window.stack.count() == 1
    # Every page has its place in the sidebar and the View menu before it is built, under its own title.
    assert [window.sidebar.item(row).text() for row in range(window.sidebar.count())] == [
        page_title(name) for name in PAGE_NAMES
    ]
    window.show()
    qtbot.waitUntil(lambda: window.pages["agreements"].is_loaded, timeout=10_000)
    qtbot.waitUntil(lambda: set(window.pages.built()) == set(PAGE_NAMES), timeout=10_000)
    qtbot.waitUntil(lambda: all(p.is_loaded for p in window.pages.built().values()), timeout=10_000)
    for name, page in window.pages.built().items():
        assert page.title() == page_title(name), name
    assert window.stack.count() == len(PAGE_NAMES)


def test_a_page_is_built_when_it_is_first_visited(window: MainWindow, qtbot: Any) -> None:
    assert not window.pages.is_built("parties")
    window.show_page("parties")  # before the first page has loaded: built now, read with the others
    assert window.pages.is_built("parties") and window.current_page() is window.pages["parties"]
    assert set(window.pages.built()) == {"agreements", "parties"}
    window.show()
    qtbot.waitUntil(lambda: window.pages["parties"].is_loaded, timeout=10_000)
    assert window.pages["parties"].model.rowCount() > 0  # type: ignore[attr-defined]
    window.ctx.wait_idle()


def test_a_page_built_later_is_limited_to_the_role(window: MainWindow, qtbot: Any) -> None:
    from desktop.domain.roles import Action
    from desktop.services.access import SignedIn

    window.install_extensions()
    control = window.access  # type: ignore[attr-defined]
    control.me = SignedIn("someone", None)  # signed in without a role: may read, not change
    control.apply()
    assert not window.pages.is_built("bodies")
    bodies: Any = window.pages["bodies"]  # built now: limited at once, like the pages built before
    assert not bodies.act_new.isEnabled()
    assert not control.may(Action.EDIT)
    window.ctx.wait_idle()


def test_the_extensions_are_installed_once_the_first_rows_are_painted(
    qtbot: Any, qapp: Any, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gc

    from desktop import collector
    from desktop.ui.gui_collector import collect_here, stop_collecting_here

    # The test worker's own objects are not frozen: left out of the collector's walks until a later test unfroze
    # them, the garbage of this test's window would be collected in another test's, long after its Qt objects went.
    frozen: list[bool] = []
    monkeypatch.setattr(collector.gc, "freeze", lambda: frozen.append(True))
    collector.pause_for_start_up()  # as main.py does: the collector rests until the first rows are painted
    rows_when_collecting: list[int] = []

    def collecting() -> None:
        rows_when_collecting.append(window.commitments.model.rowCount())
        collector.start_up_done()

    monkeypatch.setattr(application, "start_up_done", collecting)
    prepare_app(qapp)
    window = MainWindow(demo_db, start_page="commitments", extensions=False)
    qtbot.addWidget(window)
    rows_when_installed: list[int] = []
    install = window.install_extensions

    def installing() -> None:
        rows_when_installed.append(window.commitments.model.rowCount())
        install()

    window.install_extensions = installing  # type: ignore[method-assign]
    export_actions = [a for a in window.file_menu.actions() if "Excel" in a.text()]
    assert not export_actions and not window.extensions_installed
    window.show()
    application.after_first_paint(window)
    qtbot.waitUntil(lambda: window.extensions_installed, timeout=10_000)
    assert rows_when_installed and rows_when_installed[0] > 0  # the list showed rows first
    assert rows_when_collecting == rows_when_installed  # the collector, too, came back once the rows were shown
    # As in the window: the GUI thread collects (this test's own fixture, as ``run`` does) — start-up's objects
    # frozen, and the collector running by itself again once the GUI thread no longer collects.
    assert frozen == [True] and collector.taken_over() and not gc.isenabled()
    stop_collecting_here()
    try:
        assert gc.isenabled()
    finally:
        gc.enable()
        collect_here()  # the fixture's own ``stop_collecting_here`` ends it
    assert window.report_actions.act_excel in window.file_menu.actions()
    assert window.file_menu.actions()[-1] is window.act_quit  # Quit stays last
    window.ctx.wait_idle()
    window.close()


def test_the_window_reads_the_records_back_after_its_paint(
    sqlite_demo_db: Database, qtbot: Any, qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # SQLite only: the read-back of every record's text is a scan of the file (record_check).
    from tests.test_record_damage import REF, flip_four_bytes_in_the_title

    path = sqlite_demo_db.path
    assert path is not None
    sqlite_demo_db.close()
    flip_four_bytes_in_the_title(path)
    db = application.open_register(str(path), load_demo=False)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warned.append(text))
    try:
        assert db.scan_pending and not any("Damaged records" in str(w) for w in db.warnings)
        prepare_app(qapp)
        window = MainWindow(db, extensions=False)
        qtbot.addWidget(window)
        window.show()
        application.after_first_paint(window)
        qtbot.waitUntil(lambda: any(REF in w for w in warned), timeout=20_000)
        assert not db.scan_pending
        window.ctx.wait_idle()
        window.close()
    finally:
        db.close()


def test_the_first_screenful_is_read_before_the_filter_choices(
    qtbot: Any, qapp: Any, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One worker reads for the window: the filter bar's choices (~0.2 s at 100,000 commitments) wait until the
    first rows are read and painted, then come before the whole list; the bar still fills by itself."""
    from desktop.services import commitment_list
    from desktop.ui.application import prepare_app
    from desktop.ui.pages import filter_bar

    asked: list[str] = []
    for module, name in (
        (commitment_list, "first_rows"),
        (filter_bar, "load_choices"),
        (commitment_list, "list_rows_marked"),
    ):
        original = getattr(module, name)
        monkeypatch.setattr(module, name, lambda *a, _f=original, _n=name, **k: asked.append(_n) or _f(*a, **k))
    prepare_app(qapp)
    window = MainWindow(demo_db, "commitments")
    qtbot.addWidget(window)
    window.show()
    page = window.commitments
    qtbot.waitUntil(lambda: page.is_loaded, timeout=10_000)
    assert asked[:3] == ["first_rows", "load_choices", "list_rows_marked"]
    qtbot.waitUntil(lambda: page.filter_bar.agreement.count() > 1, timeout=5_000)


def test_a_register_file_paints_its_first_rows_before_sqlalchemy_is_imported(
    demo_db: Database, engine_name: str, tmp_path: Path
) -> None:
    target = db_arg(demo_db)
    demo_db.close()  # as a clerk starts it: no other process has it open (services/first_screen.py says why)
    seen = _start(target, tmp_path)
    heavy = {"sqlalchemy", "sqlmodel", "pydantic", "desktop.domain.models"}
    at_rows = heavy & set(seen["rows"]["modules"])
    if engine_name == SQLITE:
        assert not at_rows  # the rows came straight from the file (services/first_screen.py)
    else:
        assert at_rows == heavy  # a server's register is opened first, as before
    assert heavy <= set(seen["all"]["modules"])  # and the register is opened once they are painted


def test_the_window_shows_the_files_first_rows_until_the_register_is_open(
    qtbot: Any, qapp: Any, demo_db: Database, engine_name: str
) -> None:
    from desktop.services import commitment_list
    from desktop.services.register_file import register_file
    from desktop.ui.operations import run_query

    path = register_file(db_arg(demo_db))
    if engine_name != SQLITE:
        assert path is None  # no file to read first: application.run opens a server's register before the window
        return
    expected = commitment_list.first_rows(demo_db, commitment_list.Col.DUE_DATE, None, False, 120)
    demo_db.close()  # as a clerk starts it: no other process has it open; attach() below opens it again
    prepare_app(qapp)
    window = MainWindow(None, start_page="commitments", extensions=False, path=path)
    qtbot.addWidget(window)
    page = window.current_page()
    assert [page.model.row(r) for r in range(page.model.rowCount())] == expected
    assert page.showing_first and not window.ctx.is_open
    assert window.path_label.text() == str(path) and path.name in window.windowTitle()
    asked: list[int] = []
    run_query(window.ctx, lambda db: len(commitment_list.list_rows(db)), asked.append)  # waits for the register
    window.show()
    qtbot.wait(50)
    assert asked == [] and page.showing_first
    window.ctx.attach(demo_db)
    qtbot.waitUntil(lambda: page.is_loaded and asked == [len(expected)], timeout=15_000)
    assert not page.showing_first and page.model.total_count == len(expected)
    window.ctx.wait_idle()
    window.close()


@pytest.mark.parametrize("failure", ["cancelled", "unexpected"])
def test_a_register_that_cannot_be_opened_after_its_first_rows_closes_the_window(
    sqlite_demo_db: Database, qtbot: Any, qapp: Any, monkeypatch: pytest.MonkeyPatch, failure: str
) -> None:
    # SQLite only: a server's register is opened before the window, as before (the tests above).
    from desktop.ui import first_paint

    monkeypatch.setattr(first_paint, "FALLBACK_MS", 600_000)  # only the paint of the file's rows opens it here
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    codes: list[int] = []
    monkeypatch.setattr(qapp, "exit", codes.append)

    def opener() -> Database | None:
        if failure == "unexpected":
            raise OSError("the disk went away")
        return None  # the recovery was declined (or the sign-in cancelled)

    sqlite_demo_db.close()  # as a clerk starts it: no other process has it open
    prepare_app(qapp)
    window = MainWindow(None, start_page="commitments", extensions=False, path=sqlite_demo_db.path)
    qtbot.addWidget(window)
    assert window.current_page().showing_first  # the file's rows are on screen
    window.show()
    application.after_first_paint(window, opener)
    qtbot.waitUntil(lambda: codes == [2], timeout=15_000)
    assert not window.isVisible() and not window.ctx.is_open and not window.extensions_installed
    assert (len(shown) == 1 and "the disk went away" in shown[0]) if failure == "unexpected" else not shown
    window.close()


def _run(qapp: Any, monkeypatch: pytest.MonkeyPatch, target: str, page: str) -> tuple[int, list[str]]:
    """``application.run`` as ``python main.py --db TARGET --page PAGE`` runs it, the window closed once it has
    loaded; what each open of the register saw of the window."""
    from argparse import Namespace

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    seen: list[str] = []
    opening = application.open_register

    def open_register(target: str, load_demo: bool) -> Database:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        seen.append("after its rows" if windows and windows[0].current_page().showing_first else "first")
        return opening(target, load_demo)

    monkeypatch.setattr(application, "open_register", open_register)

    def close_when_loaded() -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, MainWindow) and w.extensions_installed and w.current_page().is_loaded:
                w.close()

    watch = QTimer()
    watch.setInterval(50)
    watch.timeout.connect(close_when_loaded)
    watch.start()
    stuck = QTimer()
    stuck.setSingleShot(True)
    stuck.timeout.connect(lambda: qapp.exit(99))  # a window that never loads fails the test, not the run
    stuck.start(60_000)
    try:
        return application.run(Namespace(db=target, no_demo=True, page=page, sign_in=False)), seen
    finally:
        watch.stop()
        stuck.stop()


def test_start_up_opens_the_register_first_unless_the_files_rows_can_be_painted(
    demo_db: Database, engine_name: str, qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.services.register_file import register_file, try_lock
    from desktop.storage.lock import RegisterLock

    target = db_arg(demo_db)
    demo_db.close()  # as a clerk starts it: no other process has it open
    on_file = engine_name == SQLITE
    code, seen = _run(qapp, monkeypatch, target, "commitments")
    assert code == 0 and seen == (["after its rows"] if on_file else ["first"])
    code, seen = _run(qapp, monkeypatch, target, "agreements")  # another page: opened first, as before
    assert code == 0 and seen == ["first"]
    if on_file:  # a list sorted by a column that needs every row: opened first too
        prepare_app(qapp)
        window = MainWindow(demo_db, start_page="commitments", extensions=False)
        window.current_page().view.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # by title
        window.ctx.wait_idle()
        window.close()  # saves the list's sort
        code, seen = _run(qapp, monkeypatch, target, "commitments")
        assert code == 0 and seen == ["first"]
        path = register_file(target)
        assert path is not None
        held = try_lock(path)  # every run gave its lock back
        assert isinstance(held, RegisterLock)
        held.release()


def test_a_register_refused_after_its_first_rows_is_not_left_locked(
    sqlite_demo_db: Database, qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # SQLite only: only a file has its first rows painted before it is opened.
    from argparse import Namespace

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.domain.errors import StorageError
    from desktop.services.register_file import try_lock
    from desktop.storage.lock import RegisterLock
    from desktop.ui import recovery

    path = sqlite_demo_db.path
    assert path is not None
    sqlite_demo_db.close()
    seen: list[str] = []

    def shown() -> str:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        return "rows shown" if windows and windows[0].current_page().showing_first else "nothing shown"

    def refused(_target: str, load_demo: bool) -> Database:
        seen.append(f"open: {shown()}")
        raise StorageError(Message("the database {0} is damaged; restore it from a backup", path))

    def declined(target: str, _error: object, held: object) -> None:
        seen.append(f"recovery offered: {shown()}")

    monkeypatch.setattr(application, "open_register", refused)
    monkeypatch.setattr(recovery, "offer_recovery", declined)
    stuck = QTimer()
    stuck.setSingleShot(True)
    stuck.timeout.connect(lambda: qapp.exit(99))
    stuck.start(60_000)
    try:
        code = application.run(Namespace(db=str(path), no_demo=True, page="commitments", sign_in=False))
    finally:
        stuck.stop()
    assert code == 2
    assert seen == ["open: rows shown", "recovery offered: nothing shown"]  # the file's rows are not behind it
    held = try_lock(path)
    assert isinstance(held, RegisterLock)
    held.release()
