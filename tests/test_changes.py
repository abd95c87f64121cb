"""What changed is told by what the work wrote, never chosen by the caller (issue 8: one door).

Each service call runs inside ``changes.recorded``; the kinds of record it reports come from the
statements the database executed — ORM flushes, Core statements and raw driver SQL alike.
"""

from __future__ import annotations

import threading
from pathlib import Path

from sqlalchemy import text

from desktop.domain.models import SQLModel
from desktop.services import backups, changes, commitment_list, commitments, parties, trash
from desktop.services.changes import Changed
from desktop.services.records import CommitmentData, PartyData
from desktop.storage.database import Database


def test_every_table_says_what_it_changes() -> None:
    """A new table is mapped on purpose (an unmapped one would refresh every screen)."""
    tables = set(SQLModel.metadata.tables)
    assert tables - set(changes.TABLE_CHANGES) == set()


def test_a_read_changes_nothing(demo_db: Database) -> None:
    rows, changed = changes.recorded(lambda: commitment_list.list_rows(demo_db))
    assert rows and changed == Changed.NONE


def test_saving_a_commitment_changes_commitments(demo_db: Database) -> None:
    data = commitments.get(demo_db, 1)
    data.agency = "Ministry of Trade and Integration"
    _id, changed = changes.recorded(lambda: commitments.save(demo_db, data))
    assert Changed.COMMITMENTS in changed
    assert Changed.PARTIES not in changed and Changed.BODIES not in changed


def test_a_status_change_changes_the_commitment_and_its_history(demo_db: Database) -> None:
    data = commitments.get(demo_db, 1)
    _none, changed = changes.recorded(
        lambda: commitments.change_status(demo_db, 1, "cancelled", "withdrawn by the parties", version=data.version)
    )
    assert changed == Changed.COMMITMENTS | Changed.HISTORY


def test_a_new_party_changes_parties_only(db: Database) -> None:
    _id, changed = changes.recorded(
        lambda: parties.save(db, PartyData(name="Republic of Uzbekistan", kind="state", country_code="UZ"))
    )
    assert changed == Changed.PARTIES


def test_a_trash_move_changes_everything_listed(demo_db: Database) -> None:
    _trash_id, changed = changes.recorded(lambda: trash.move_to_trash(demo_db, entity="commitment", record_id=1))
    assert Changed.COMMITMENTS in changed and changed == Changed.ALL


def test_raw_driver_sql_is_seen_too(demo_db: Database) -> None:
    def raw() -> None:
        with demo_db.write() as session:
            session.connection().exec_driver_sql("UPDATE party SET short_name = 'Kazakhstan' WHERE id = 1")

    _none, changed = changes.recorded(raw)
    assert changed == Changed.PARTIES


def test_an_unknown_table_changes_everything() -> None:
    assert changes.of_tables({"some_future_table"}) == Changed.EVERYTHING  # records and accounts alike
    assert changes.of_tables({"audit_log", "register_info"}) == Changed.NONE


def test_each_thread_records_only_its_own_work(db: Database) -> None:
    """The window's worker records its op while another thread writes: only the op is told."""
    started, finish = threading.Event(), threading.Event()

    def other_writer() -> None:
        started.set()
        finish.wait(30)
        commitments.save(db, CommitmentData(title="Written by another thread"))

    thread = threading.Thread(target=other_writer)
    thread.start()
    started.wait(30)

    def op() -> None:
        parties.save(db, PartyData(name="Kyrgyz Republic", kind="state", country_code="KG"))
        finish.set()
        thread.join(30)

    _none, changed = changes.recorded(op)
    assert changed == Changed.PARTIES
    with db.read() as session:
        assert session.execute(
            text("SELECT count(*) FROM commitment WHERE title = 'Written by another thread'")
        ).scalar()


def test_a_restored_register_changes_everything(sqlite_demo_db: Database, tmp_path: Path) -> None:
    copy = backups.backup_now(sqlite_demo_db, tmp_path / "copy.sqlite3")
    _kept, changed = changes.recorded(lambda: backups.restore_open(sqlite_demo_db, copy))
    assert changed == Changed.EVERYTHING


def test_nothing_is_recorded_outside_a_recording(db: Database) -> None:
    parties.save(db, PartyData(name="Turkmenistan", kind="state", country_code="TM"))
    _none, changed = changes.recorded(lambda: None)
    assert changed == Changed.NONE
