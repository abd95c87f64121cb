"""`make migration NAME=what_it_does`: the next Alembic migration, generated from the domain's tables.

The developer writes no migration code: a register is migrated to the current head (a throw-away SQLite file, or
the PostgreSQL database ``KELISIM_MIGRATION_URL`` names), Alembic's autogenerate compares it with the domain
metadata through our own ``env.py`` (batch mode, types and server defaults compared), and writes
``desktop/storage/migrations/versions/NNNN_<name>.py`` with the next number, formatted by ruff. The types render
as the tables declare them (``sqlmodel.sql.sqltypes.AutoString(length=…)``, ``desktop.domain.types.UTCDateTime()``;
``script.py.mako`` imports both), so the same script runs on SQLite and on PostgreSQL. Nothing to migrate: no file.
tests/test_migrations.py checks, on both engines, that the migrated schema equals the tables.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

VERSIONS = Path(__file__).resolve().parent.parent / "desktop" / "storage" / "migrations" / "versions"
_NAME = re.compile(r"^[a-z][a-z0-9_]{0,59}$")


def next_revision(folder: Path = VERSIONS) -> str:
    """The next four-digit revision id after the highest one in ``folder`` (0016 → 0017)."""
    numbers = [int(p.name[:4]) for p in folder.glob("[0-9][0-9][0-9][0-9]_*.py")]
    return f"{max(numbers, default=0) + 1:04d}"


def generate(name: str, url: str | None = None) -> Path | None:
    """Write the migration from the head schema to the domain's tables; None when they are already equal."""
    from alembic import command

    from desktop.storage import migrate
    from desktop.storage.database import open_database

    if not _NAME.match(name):
        raise SystemExit(f"NAME must be lower_case_with_underscores (got {name!r})")
    with tempfile.TemporaryDirectory() as scratch:
        db = open_database(url or Path(scratch) / "head.db", auto_backup=False)
        try:
            if migrate.needs_upgrade(db.engine):
                raise SystemExit("the database is not at the head revision: upgrade it first")
            cfg = migrate.alembic_config(db.engine)
            revision = next_revision()
            with db.engine.connect() as conn:
                cfg.attributes["connection"] = conn
                script = command.revision(cfg, message=name, autogenerate=True, rev_id=revision)
        finally:
            db.engine.dispose()
    assert script is not None and not isinstance(script, list)
    path = Path(script.path)
    if _is_empty(path):
        path.unlink()
        return None
    _format(path)
    return path


def _is_empty(path: Path) -> bool:
    """Autogenerate found nothing: both functions are ``pass``."""
    body = path.read_text(encoding="utf-8")
    return re.search(r"def upgrade\(\) -> None:\s+pass\b", body) is not None


def _format(path: Path) -> None:
    # Alembic's "please adjust!" markers: the script is what the tables say, nothing for the developer to adjust.
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(line for line in lines if not line.strip().startswith("# ###")), encoding="utf-8")
    ruff = Path(sys.executable).with_name("ruff")
    tool = [str(ruff)] if ruff.exists() else [sys.executable, "-m", "ruff"]
    # The versions folder is excluded from the project's lint (old hand-written scripts); a named file is still
    # formatted and its imports sorted.
    subprocess.run([*tool, "check", "--quiet", "--fix", "--select", "I,F401,UP", str(path)], check=False)
    subprocess.run([*tool, "format", "--quiet", str(path)], check=True)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: make migration NAME=what_it_does   (KELISIM_MIGRATION_URL=postgresql://… to compare there)")
        return 2
    path = generate(argv[0], os.environ.get("KELISIM_MIGRATION_URL") or None)
    if path is None:
        print("nothing to migrate: the migrated schema already equals desktop/domain/models.py")
        return 1
    print(f"wrote {path.relative_to(Path.cwd()) if path.is_relative_to(Path.cwd()) else path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
