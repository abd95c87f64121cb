"""Back up… and Restore… through the real window, and the offer to restore a damaged register."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.domain.errors import StorageError
from desktop.services import commitment_list, commitments, demo
from desktop.services.records import CommitmentData
from desktop.storage import backup
from desktop.storage.database import Database, open_database
from desktop.ui.application import prepare_app
from desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, qapp, demo_db: Database) -> Iterator[MainWindow]:
    prepare_app(qapp)
    w = MainWindow(demo_db)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: all(p.is_loaded for p in w.pages.values()), timeout=10_000)
    yield w
    w.ctx.wait_idle()
    w.close()


def refs(db: Database) -> set[str]:
    return {r[commitment_list.Col.REF] for r in commitment_list.list_rows(db)}


def test_backup_then_restore_through_the_window(
    window: MainWindow, qtbot, tmp_path: Path, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    actions = window.backup_actions
    assert actions.act_backup in window.file_menu.actions() and actions.act_restore in window.file_menu.actions()
    target = tmp_path / "my backup.sqlite3"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    actions.act_backup.trigger()
    qtbot.waitUntil(lambda: "Backup written" in actions.last_message, timeout=10_000)
    assert backup.inspect_backup(target)
    original = refs(demo_db)
    commitments.save(demo_db, CommitmentData(title="Typed after the backup", ref="LATE-1"))
    asked: list[str] = []

    def answer(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "question", answer)
    actions.act_restore.trigger()
    qtbot.waitUntil(lambda: "Restored from" in actions.last_message, timeout=10_000)
    assert asked and "kept as a backup" in asked[0]
    assert refs(demo_db) == original
    kept = Path(actions.last_message.split("kept in ")[1])
    with sqlite3.connect(kept) as conn:
        assert conn.execute("SELECT count(*) FROM commitment WHERE ref = 'LATE-1'").fetchone()[0] == 1


def test_restore_of_a_foreign_file_is_refused_in_the_window(
    window: MainWindow, qtbot, tmp_path: Path, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    foreign = tmp_path / "foreign.sqlite3"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE t (x)")
    shown: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(foreign), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    before = refs(demo_db)
    window.backup_actions.act_restore.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "is not a Kelisim database" in shown[0]
    assert refs(demo_db) == before


def test_damaged_register_is_offered_its_newest_sound_backup(
    qapp, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.ui.recovery import offer_recovery

    db = open_database(db_path)
    demo.load_demo(db)
    good = refs(db)
    backup.automatic_backup(db.engine, "manual")
    db.close()
    data = bytearray(db_path.read_bytes())
    for offset in range(4096, min(len(data), 4096 * 8)):
        data[offset] = 0x5A
    db_path.write_bytes(bytes(data))
    with pytest.raises(StorageError) as caught:
        open_database(db_path)
    asked: list[str] = []
    told: list[str] = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    reopened = offer_recovery(str(db_path), caught.value)
    assert reopened is not None
    try:
        assert refs(reopened) == good
    finally:
        reopened.close()
    assert "damaged" in asked[0] and "Restore the newest sound backup" in asked[0]
    aside = [p for p in db_path.parent.iterdir() if "-damaged-" in p.name]
    assert aside and "kept as" in told[0]


def test_damage_without_backup_is_explained(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.ui.recovery import offer_recovery

    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x)")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: shown.append(text))
    with pytest.raises(StorageError) as caught:
        open_database(path)
    assert offer_recovery(str(path), caught.value) is None
    assert "another program" in shown[0]


def test_restoring_another_registers_backup_in_the_window_warns_naming_both(
    window: MainWindow, qtbot, tmp_path: Path, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    committee = open_database(tmp_path / "committee.sqlite3")
    commitments.save(committee, CommitmentData(title="Committee minutes", ref="COM-1"))
    theirs = backup.automatic_backup(committee.engine, "manual")
    committee.close()
    warned: list[str] = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]

    def warning(_parent, _title, text, *_args):
        warned.append(text)
        return answers[len(warned) - 1]

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(theirs), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: pytest.fail("asked as if it were this register's"))
    monkeypatch.setattr(QMessageBox, "warning", warning)
    before = refs(demo_db)
    window.backup_actions.act_restore.trigger()
    qtbot.waitUntil(lambda: len(warned) == 1, timeout=10_000)
    window.ctx.wait_idle()
    assert "“committee”" in warned[0] and "“register”" in warned[0] and "not a backup of this register" in warned[0]
    assert refs(demo_db) == before  # No: nothing replaced
    window.backup_actions.act_restore.trigger()
    qtbot.waitUntil(lambda: "Restored from" in window.backup_actions.last_message, timeout=10_000)
    assert refs(demo_db) == {"COM-1"}
    with sqlite3.connect(demo_db.path) as conn:  # still this register: its identity stayed
        assert conn.execute("SELECT name FROM register_info").fetchone()[0] == "register"
