"""One running Kelisim per register: the second is refused before it touches the file."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.ui import application


def test_a_second_window_is_refused_before_opening_the_register(
    tmp_path: Path, qapp, monkeypatch: pytest.MonkeyPatch
) -> None:
    register = tmp_path / "register.sqlite3"
    first = application.acquire_lock(register)
    assert first is not None
    opened: list[str] = []
    warnings: list[str] = []
    monkeypatch.setattr(application, "open_register", lambda target, load_demo: opened.append(target))
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    try:
        code = application.run(argparse.Namespace(db=str(register), no_demo=False, page=None))
    finally:
        first.release()
    assert code == 3
    assert opened == []  # no migration, backup or demo load under the other window
    assert not register.exists()
    assert "already open" in warnings[0]
    again = application.acquire_lock(register)  # released: the next start gets it
    assert again is not None
    again.release()


@pytest.mark.slow
def test_the_window_makes_the_daily_backup_after_it_shows(tmp_path: Path, qapp, qtbot) -> None:
    from desktop.services import demo
    from desktop.storage import backup
    from desktop.storage.database import open_database
    from desktop.ui.main_window import MainWindow

    register = tmp_path / "register.sqlite3"
    first = open_database(register, auto_backup=False)
    demo.load_demo(first)
    first.close()
    db = application.open_register(str(register), load_demo=False)
    assert backup.list_backups(register) == []  # opening did not wait for the copy
    window = MainWindow(db)
    qtbot.addWidget(window)
    application.schedule_daily_backup(window)
    qtbot.waitUntil(lambda: len(backup.list_backups(register)) == 1, timeout=10_000)
    window.ctx.wait_idle()
    db.close()
