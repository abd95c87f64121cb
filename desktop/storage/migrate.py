"""Schema migrations, run from code at start-up against the open engine.

Opening a register only asks "is the schema current?": ``needs_upgrade`` answers from the
``alembic_version`` table and the revision ids written in the migration files (read as text,
not imported), so Alembic (≈0.3 s of imports with Mako) is loaded only when a migration runs or
the files cannot be read that simply.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.domain.errors import StorageError
from desktop.domain.messages import Message

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.runtime.migration import MigrationContext
    from sqlalchemy import Engine

    from desktop.storage.identity import RegisterIdentity

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%"))
    return cfg


def compare_server_default(
    context: MigrationContext,
    inspected_column: Any,
    metadata_column: Any,
    inspected_default: str | None,
    metadata_default: Any,
    rendered_metadata_default: str | None,
) -> bool | None:
    """Alembic's comparison of server defaults (None: let Alembic decide), except for an empty text default on
    SQLite: Alembic strips the quotes of SQLite's defaults only around a non-empty string, so the reflected ``''``
    and a declared ``""`` always differed. Used by env.py (``make migration``) and tests/test_migrations.py."""
    if context.dialect.name == "sqlite" and _empty_text(inspected_default) and _empty_text(rendered_metadata_default):
        return False
    return None


def _empty_text(default: str | None) -> bool:
    return default is not None and default.strip().strip("()") in ("''", '""', "")


def head_revision(engine: Engine) -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config(engine)).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def newer_schema(revision: str) -> StorageError:
    return StorageError(
        Message("this database was written by a newer Kelisim (schema {0}); update Kelisim to open it", revision)
    )


def check_known_revision(engine: Engine, revision: str | None) -> None:
    """Refuse a database whose schema comes from a newer Kelisim."""
    if revision is None:
        return
    from alembic.script import ScriptDirectory

    known = {rev.revision for rev in ScriptDirectory.from_config(alembic_config(engine)).walk_revisions()}
    if revision not in known:
        raise newer_schema(revision)


def needs_upgrade(engine: Engine) -> bool:
    light = _light_check(engine)
    if light is not None:
        return light
    current = current_revision(engine)
    check_known_revision(engine, current)
    return current != head_revision(engine)


def script_revisions() -> tuple[frozenset[str], str] | None:
    """(every revision id, the single head) read from the migration files as text; None when a file
    does not say its ids as plain assignments or the history is not one line (Alembic decides then)."""
    folder = MIGRATIONS_DIR / "versions"
    try:
        files = tuple(sorted((p.name, p.stat().st_mtime_ns) for p in folder.glob("*.py") if p.name != "__init__.py"))
    except OSError:
        return None
    return _read_revisions(folder, files)


# A module-level ``revision = "0012"`` / ``down_revision: str | None = None`` line, as Alembic writes them. Any other
# line that assigns either name (a computed id, a tuple of parents) makes the light reading give up: Alembic decides.
_ASSIGNED = re.compile(r"^(revision|down_revision)\b\s*(?::[^=\n]*)?=(?!=)(.*)$", re.MULTILINE)
_PLAIN_ID = re.compile(r"""\s*(?:"([^"\\\n]*)"|'([^'\\\n]*)'|(None))\s*(?:#.*)?""")


@cache
def _read_revisions(folder: Path, files: tuple[tuple[str, int], ...]) -> tuple[frozenset[str], str] | None:
    ids: dict[str, str | None] = {}
    for name, _mtime in files:
        path = folder / name
        try:
            source = path.read_text(encoding="utf-8")
        except (OSError, ValueError):
            return None
        found: dict[str, str | None] = {}
        for assigned in _ASSIGNED.finditer(source):
            plain = _PLAIN_ID.fullmatch(assigned.group(2))
            if plain is None or assigned.group(1) in found:
                return None
            found[assigned.group(1)] = plain.group(1) if plain.group(1) is not None else plain.group(2)
        revision, down = found.get("revision"), found.get("down_revision")
        if not isinstance(revision, str) or "down_revision" not in found or revision in ids:
            return None
        ids[revision] = down
    heads = set(ids) - {down for down in ids.values() if down is not None}
    if len(heads) != 1 or any(down is not None and down not in ids for down in ids.values()):
        return None
    return frozenset(ids), heads.pop()


def stored_revision(engine: Engine) -> tuple[str | None] | None:
    """The register's schema revision from ``alembic_version`` ((None,) when it has none yet);
    None when the table holds several (branches: Alembic decides)."""
    with engine.connect() as conn:
        exists: bool
        if engine.dialect.name == "sqlite":
            exists = (
                conn.exec_driver_sql(
                    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
                ).first()
                is not None
            )
        else:
            from desktop.storage.engine import has_table

            exists = has_table(conn, "alembic_version")
        if not exists:
            return (None,)
        rows = conn.exec_driver_sql("SELECT version_num FROM alembic_version").fetchall()
    if len(rows) > 1:
        return None
    return (str(rows[0][0]) if rows else None,)


def is_current(versions: Sequence[object]) -> bool:
    """Whether a register's ``alembic_version`` rows name exactly the migration files' one head (read as text)."""
    scripts = script_revisions()
    return scripts is not None and list(versions) == [scripts[1]]


def _light_check(engine: Engine) -> bool | None:
    """``needs_upgrade`` without Alembic, or None when only Alembic can tell."""
    scripts, stored = script_revisions(), stored_revision(engine)
    if scripts is None or stored is None:
        return None
    known, head = scripts
    current = stored[0]
    if current is not None and current not in known:
        raise newer_schema(current)
    return current != head


def upgrade(engine: Engine, seed: RegisterIdentity | None = None) -> None:
    """Bring the register to the newest schema; ``seed`` is the identity a new register (or one made
    before identities existed) is given by the migration that creates the identity row."""
    from alembic import command

    from desktop.storage import audit
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
                # SQLite's audit triggers name their table's columns and, for references, other tables: a
                # batch migration rebuilding a table would trip over them (and drop its own). They are set
                # aside and made again over the migrated columns (desktop/storage/audit.py).
                audited = audit.set_aside_sqlite_triggers(conn) if sqlite else ()
                command.upgrade(cfg, "head")
                if sqlite:
                    audit.remake_sqlite_triggers(conn, audited)
                if sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise StorageError(
                            Message("the migration left {0} broken references; nothing was changed", len(broken))
                        )
        finally:
            if sqlite:
                raw.execute("PRAGMA foreign_keys = ON")
