"""Alembic environment. Kelisim runs migrations from code at start-up (see storage.migrate)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from desktop.domain import models
from desktop.storage.migrate import compare_server_default

target_metadata = models.metadata


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        # A column's server default is part of the schema: a text column added to a populated table needs one.
        compare_server_default=compare_server_default,
    )


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        from desktop.storage.engine import make_engine

        url = context.config.get_main_option("sqlalchemy.url")
        if not url:
            raise SystemExit("Kelisim migrations need sqlalchemy.url or a connection")
        engine = make_engine(url)
        with engine.connect() as conn:
            _configure(conn)
            with context.begin_transaction():
                context.run_migrations()
        return
    _configure(connection)
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("Kelisim migrations run online only")
run_migrations_online()
