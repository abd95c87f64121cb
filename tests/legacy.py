"""Registers as older Kelisim versions left them: the schema of one migration, holding the demo's rows.

Loading the demo through today's models into an old schema fails as soon as a later migration adds a column,
so the rows are copied from a current demo register, column by column, as far as the old schema has them.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import Engine, MetaData, insert, select, text

from desktop.services import demo
from desktop.storage import migrate
from desktop.storage.database import open_database


def upgrade_to(engine: Engine, revision: str) -> None:
    cfg = migrate.alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def fill_with_demo(engine: Engine, scratch: Path | str, *, skip: tuple[str, ...] = ()) -> None:
    """Copy the demo register's rows into ``engine``'s (older) schema; ``scratch`` holds the current register.
    Tables in ``skip`` are not copied (``audit_log``: an audited schema writes its own trail of the copy)."""
    current = open_database(scratch)
    try:
        demo.load_demo(current)
        old = MetaData()
        old.reflect(engine)
        new = MetaData()
        new.reflect(current.engine)
        with current.engine.connect() as source, engine.begin() as target:
            for table in old.sorted_tables:
                if table.name in ("alembic_version", *skip) or table.name not in new.tables:
                    continue
                columns = [c.name for c in table.columns if c.name in new.tables[table.name].columns]
                rows = [
                    dict(r._mapping) for r in source.execute(select(*(new.tables[table.name].c[c] for c in columns)))
                ]
                if rows:
                    target.execute(insert(table), rows)
            if engine.dialect.name == "postgresql":  # copied ids: move each sequence past them
                for table in old.sorted_tables:
                    if "id" in table.columns:
                        target.execute(
                            text(
                                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                                f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"
                            )
                        )
    finally:
        current.close()
