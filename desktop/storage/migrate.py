"""Schema migrations, run from code at start-up against the open engine."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from desktop.domain.errors import StorageError
from desktop.domain.messages import Message
from desktop.storage.identity import RegisterIdentity

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config(engine: Engine) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%"))
    return cfg


def head_revision(engine: Engine) -> str:
    head = ScriptDirectory.from_config(alembic_config(engine)).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def check_known_revision(engine: Engine, revision: str | None) -> None:
    """Refuse a database whose schema comes from a newer Kelisim."""
    if revision is None:
        return
    known = {rev.revision for rev in ScriptDirectory.from_config(alembic_config(engine)).walk_revisions()}
    if revision not in known:
        raise StorageError(
            Message("this database was written by a newer Kelisim (schema {0}); update Kelisim to open it", revision)
        )


def needs_upgrade(engine: Engine) -> bool:
    current = current_revision(engine)
    check_known_revision(engine, current)
    return current != head_revision(engine)


def upgrade(engine: Engine, seed: RegisterIdentity | None = None) -> None:
    """Bring the register to the newest schema; ``seed`` is the identity a new register (or one made
    before identities existed) is given by the migration that creates the identity row."""
    from desktop.storage.engine import writer

    cfg = alembic_config(engine)
    if seed is not None:
        cfg.attributes["register_seed"] = {
            "register_id": seed.register_id,
            "name": seed.name,
            "location": seed.location,
        }
    sqlite = engine.dialect.name == "sqlite"
    with writer(engine).connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None, "a connection checked out of the pool has its driver connection"
        if sqlite:
            # Batch migrations rebuild tables; with foreign keys on, dropping the old parent
            # table cascade-deletes children. The pragma is a no-op inside a transaction, so
            # it is switched off on the raw connection before the transaction begins.
            raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                if sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise StorageError(
                            Message("the migration left {0} broken references; nothing was changed", len(broken))
                        )
        finally:
            if sqlite:
                raw.execute("PRAGMA foreign_keys = ON")
