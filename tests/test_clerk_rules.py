"""The default-reference rule and the bulk services, read back from the database."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from desktop.domain.rules import default_reference, next_free_reference
from desktop.services import audit, bulk, commitments
from desktop.services.records import CommitmentData
from desktop.storage.database import Database
from tests.legacy import fill_with_demo, upgrade_to


def test_default_reference_follows_the_agreements_scheme() -> None:
    assert default_reference("KZ-CN-1", ["KZ-CN-2024/01", "KZ-CN-2024/09", "odd"]) == "KZ-CN-2024/10"
    assert default_reference("KZ-CN-1", []) == "KZ-CN-1/01"
    assert default_reference(None, [], 11) == "C-000011"
    assert next_free_reference("KZ-CN-2024/10", {"KZ-CN-2024/10", "KZ-CN-2024/11"}) == "KZ-CN-2024/12"
    assert next_free_reference("C-000002", {"C-000002"}) == "C-000002-2"


def test_new_commitment_is_numbered_in_its_agreements_scheme_with_one_version(demo_db: Database) -> None:
    assert commitments.suggest_ref(demo_db, 1) == "KZ-CN-2024/11"
    new_id = commitments.save(demo_db, CommitmentData(title="Open a trade house", agreement_id=1))
    got = commitments.get(demo_db, new_id)
    assert got.ref == "KZ-CN-2024/11" and got.version == 1
    loose = commitments.get(demo_db, commitments.save(demo_db, CommitmentData(title="No agreement")))
    assert loose.ref == f"C-{loose.id:06d}" and loose.version == 1
    got.title = "Open a trade house in Xi'an"
    commitments.save(demo_db, got)
    assert commitments.get(demo_db, new_id).version == 2  # one save, one step


def test_bulk_status_refuses_a_stale_row_and_writes_the_others(demo_db: Database) -> None:
    result = bulk.change_status(demo_db, ids=[1, 2], to_status="on_hold", note="paused", versions={1: 2, 2: 1})
    assert result.changed == [1] and [r.id for r in result.refused] == [2]
    assert "changed by someone else" in result.refused[0].reason
    assert commitments.get(demo_db, 1).status == "on_hold"
    assert commitments.get(demo_db, 2).status == "in_progress"


@pytest.mark.slow
def test_upgrade_from_a_populated_0001_register_gets_a_working_trash(
    engine_name: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    from desktop.services import trash
    from desktop.storage import migrate
    from desktop.storage.database import open_database
    from desktop.storage.engine import APPLICATION_ID, make_engine

    if engine_name == "postgres":
        target = request.getfixturevalue("pg_server").create_database(f"kc_trash_{uuid.uuid4().hex[:12]}")
    else:
        target = str(tmp_path / "old.sqlite3")
    engine = make_engine(target)  # the register as Kelisim 0001 left it, holding the demo's rows
    try:
        upgrade_to(engine, "0001")
        fill_with_demo(engine, tmp_path / "current.sqlite3")
        if engine_name == "sqlite":  # Kelisim has marked its files since 0001
            with engine.begin() as conn:
                conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    finally:
        engine.dispose()
    upgraded = open_database(target)
    try:
        assert migrate.current_revision(upgraded.engine) == migrate.head_revision(upgraded.engine)
        entry = trash.move_to_trash(upgraded, entity="commitment", record_id=1)
        # An upgraded register is audited from then on (0009): the move is on the trail.
        assert [r.action for r in audit.trail(upgraded, tables=("commitment",), record_id="1")] == ["delete"]
        assert [r.record_id for r in trash.list_rows(upgraded)] == [1]
        trash.restore(upgraded, entry)
        assert commitments.get(upgraded, 1).ref == "KZ-CN-2024/01"
        if engine_name == "sqlite":
            with upgraded.engine.connect() as conn:
                assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    finally:
        upgraded.close()
