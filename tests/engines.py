"""Engine-neutral helpers for tests that run on SQLite and PostgreSQL (see tests/conftest.py)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import inspect, select, table, text

from desktop.storage.database import Database


def db_arg(db: Database) -> str:
    """The ``--db`` value that reaches this register: its file on SQLite, its URL on PostgreSQL."""
    if db.path is not None:
        return str(db.path)
    return db.engine.url.render_as_string(hide_password=False)


def dump(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in a stable order: compare two dumps to prove nothing was written."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with db.engine.connect() as conn:
        inspector = inspect(conn)
        for name in sorted(inspector.get_table_names()):
            columns = [c["name"] for c in inspector.get_columns(name)]
            query = select(*(text(f'"{c}"') for c in columns)).select_from(table(name))
            rows = conn.execute(query).all()
            out[name] = sorted((tuple(r) for r in rows), key=repr)
    return out
