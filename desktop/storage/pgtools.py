"""PostgreSQL's own tools for a register on a server: ``pg_dump -Fc`` backups and ``pg_restore``.

The client tools are looked for under /usr/lib/postgresql/<version>/bin (newest first) and then on
PATH; they must be of the server's major version or newer. The password goes to them through the
PGPASSWORD environment variable, never on their command line.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL

from desktop.domain.errors import StorageError
from desktop.storage.identity import RegisterIdentity

log = logging.getLogger(__name__)

ARCHIVE_MAGIC = b"PGDMP"
CLIENT_PACKAGE = "postgresql-client"
TIMEOUT_S = 6 * 3600
PG_LIB = Path("/usr/lib/postgresql")
# libpq's environment variables for the URL query parameters SQLAlchemy passes through.
_QUERY_ENV = {
    "host": "PGHOST",
    "port": "PGPORT",
    "sslmode": "PGSSLMODE",
    "sslrootcert": "PGSSLROOTCERT",
    "sslcert": "PGSSLCERT",
    "sslkey": "PGSSLKEY",
    "connect_timeout": "PGCONNECT_TIMEOUT",
    "service": "PGSERVICE",
    "passfile": "PGPASSFILE",
    "target_session_attrs": "PGTARGETSESSIONATTRS",
}


def _version_key(folder: Path) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", folder.parent.name)) or (0,)


def find_tool(name: str) -> str:
    """The newest installed ``name`` (pg_dump, pg_restore), or StorageError naming the package."""
    for folder in sorted(PG_LIB.glob("*/bin"), key=_version_key, reverse=True):
        candidate = folder / name
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    found = shutil.which(name)
    if found:
        return found
    raise StorageError(
        f"PostgreSQL's {name} was not found: install the PostgreSQL client tools of the server's version or "
        f"newer (Debian/Ubuntu package {CLIENT_PACKAGE}; on Windows, the PostgreSQL installer's command line "
        "tools, with their bin folder on PATH)"
    )


def libpq_env(url: URL) -> dict[str, str]:
    """The environment that points libpq's tools at the register: host, port, user, database, password."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("PG")}
    for key, value in url.query.items():
        variable = _QUERY_ENV.get(key)
        if variable:
            env[variable] = value if isinstance(value, str) else value[-1]
    if url.host:
        env["PGHOST"] = url.host
    if url.port:
        env["PGPORT"] = str(url.port)
    if url.username:
        env["PGUSER"] = url.username
    if url.password is not None:
        env["PGPASSWORD"] = str(url.password)
    elif "PGPASSWORD" in os.environ:
        env["PGPASSWORD"] = os.environ["PGPASSWORD"]
    if "PGPASSFILE" in os.environ and "PGPASSFILE" not in env:
        env["PGPASSFILE"] = os.environ["PGPASSFILE"]
    if url.database:
        env["PGDATABASE"] = url.database
    return env


def _run(argv: list[str], url: URL, what: str) -> subprocess.CompletedProcess[bytes]:
    try:
        done = subprocess.run(argv, env=libpq_env(url), capture_output=True, timeout=TIMEOUT_S, check=False)
    except OSError as exc:
        raise StorageError(f"{what} could not be started: {exc}") from exc
    except subprocess.TimeoutExpired as exc:
        raise StorageError(f"{what} did not finish within {TIMEOUT_S // 3600} hours") from exc
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", errors="replace").strip()
        if "version mismatch" in message:
            message += f" — install the client tools of the server's version ({CLIENT_PACKAGE}-<version>)"
        raise StorageError(f"{what} failed: {message or f'exit code {done.returncode}'}")
    return done


def dump(url: URL, destination: Path) -> None:
    """``pg_dump -Fc`` of the register's database into ``destination`` (written whole or not at all)."""
    partial = destination.with_name(destination.name + ".partial")
    old_umask = os.umask(0o077)
    try:
        _run([find_tool("pg_dump"), "--format=custom", "--no-password", f"--file={partial}"], url, "pg_dump")
        os.replace(partial, destination)
    except OSError as exc:
        raise StorageError(f"could not write the backup {destination.name}: {exc}") from exc
    finally:
        partial.unlink(missing_ok=True)
        os.umask(old_umask)


def restore(url: URL, archive: Path) -> None:
    """Replace the database's Kelisim tables with the archive's, in one transaction (all or nothing)."""
    _run(
        [
            find_tool("pg_restore"),
            "--clean",
            "--if-exists",
            "--single-transaction",
            "--exit-on-error",
            "--no-owner",
            "--no-password",
            f"--dbname={_conninfo_dbname(url.database or '')}",
            str(archive),
        ],
        url,
        "pg_restore",
    )


def _conninfo_dbname(name: str) -> str:
    """``dbname='…'`` quoted for libpq: a database name with '=' in it is never read as connection options."""
    escaped = name.replace("\\", "\\\\").replace("'", "\\'")
    return f"dbname='{escaped}'"


@dataclass(frozen=True)
class ArchiveInfo:
    revision: str
    identity: RegisterIdentity | None


def _copy_rows(archive: Path, table: str) -> tuple[list[str], list[list[str]]]:
    """Columns and rows of ``table`` in the archive, read with ``pg_restore --data-only`` (no server)."""
    try:
        done = subprocess.run(
            [find_tool("pg_restore"), "--data-only", f"--table={table}", "--file=-", str(archive)],
            capture_output=True,
            timeout=600,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise StorageError(f"{archive.name} cannot be read: {exc}") from exc
    if done.returncode != 0:
        raise StorageError(f"{archive.name} cannot be read: {done.stderr.decode('utf-8', 'replace').strip()}")
    columns: list[str] = []
    rows: list[list[str]] = []
    inside = False
    for line in done.stdout.decode("utf-8", errors="replace").splitlines():
        if line.startswith("COPY ") and " FROM stdin;" in line:
            columns = [c.strip().strip('"') for c in line.split("(", 1)[1].split(")", 1)[0].split(",")]
            inside = True
        elif inside and line == "\\.":
            inside = False
        elif inside:
            rows.append(line.split("\t"))
    return columns, rows


def inspect_archive(archive: Path) -> ArchiveInfo:
    """Check a file is a pg_dump archive of a Kelisim register; return its schema revision and identity."""
    if not archive.is_file():
        raise StorageError(f"{archive} does not exist")
    with open(archive, "rb") as handle:
        if handle.read(5) != ARCHIVE_MAGIC:
            raise StorageError(f"{archive.name} is not a PostgreSQL backup (pg_dump custom format)")
    try:
        listing = subprocess.run(
            [find_tool("pg_restore"), "--list", str(archive)], capture_output=True, timeout=600, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise StorageError(f"{archive.name} cannot be read: {exc}") from exc
    if listing.returncode != 0:
        raise StorageError(f"{archive.name} is damaged: {listing.stderr.decode('utf-8', 'replace').strip()}")
    tables = set(re.findall(r" TABLE \S+ (\w+) ", listing.stdout.decode("utf-8", errors="replace")))
    if not {"alembic_version", "commitment", "agreement"} <= tables:
        raise StorageError(f"{archive.name} is not a Kelisim database")
    _columns, versions = _copy_rows(archive, "alembic_version")
    if not versions:
        raise StorageError(f"{archive.name} has no schema version")
    identity = None
    if "register_info" in tables:
        columns, rows = _copy_rows(archive, "register_info")
        if rows:
            row = dict(zip(columns, rows[0], strict=False))
            identity = RegisterIdentity(row.get("register_id", ""), row.get("name", ""), row.get("location", ""))
    return ArchiveInfo(revision=versions[0][0], identity=identity)
