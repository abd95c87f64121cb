"""A throw-away PostgreSQL server for the tests, on a Unix socket in a temporary folder.

PostgreSQL refuses to run as root, so as root the server runs as the 'postgres' user.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tests.os_login import TEST_LOGIN

if TYPE_CHECKING:
    import psycopg

PG_BIN_DIRS = sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)


def pg_tool(name: str) -> str | None:
    for folder in PG_BIN_DIRS:
        if (folder / name).exists():
            return str(folder / name)
    return shutil.which(name)


# The server's owner is the test session's login (tests/os_login.py): on PostgreSQL the identity Kelisim
# records is the server login, so the same person is named on both engines.
SUPERUSER = TEST_LOGIN


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class TempPostgres:
    def __init__(self) -> None:
        initdb, pg_ctl = pg_tool("initdb"), pg_tool("pg_ctl")
        if not initdb or not pg_ctl:
            raise RuntimeError("PostgreSQL server binaries not found: install 'postgresql' (make test does)")
        self.pg_ctl = pg_ctl
        self.root = Path(tempfile.mkdtemp(prefix="kelisim-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self.as_user: str | None = None
        if os.geteuid() == 0:
            self.as_user = "postgres"
            entry = pwd.getpwnam(self.as_user)
            os.chown(self.root, entry.pw_uid, entry.pw_gid)
        self.root.chmod(0o755)
        self._run(
            [
                initdb,
                "-D",
                str(self.data),
                "-U",
                SUPERUSER,
                "--auth=trust",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
                "--no-sync",
            ]
        )
        self._run(
            [
                pg_ctl,
                "-D",
                str(self.data),
                "-l",
                str(self.root / "log"),
                "-w",
                "-o",
                # A throw-away server: durability off (fsync, full pages) so per-test databases are cheap.
                f"-k {self.root} -p {self.port} -c listen_addresses='' -c fsync=off -c full_page_writes=off"
                " -c synchronous_commit=off -c max_connections=200",
                "start",
            ]
        )

    def _run(self, argv: list[str]) -> None:
        if self.as_user:
            argv = ["runuser", "-u", self.as_user, "--", *argv]
        subprocess.run(argv, check=True, capture_output=True, timeout=120)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{SUPERUSER}@/{database}?host={self.root}&port={self.port}"

    def connect(self, database: str = "postgres") -> psycopg.Connection[Any]:
        """A bare psycopg connection (autocommit) to one of the server's databases."""
        import psycopg

        return psycopg.connect(host=str(self.root), port=self.port, user=SUPERUSER, dbname=database, autocommit=True)

    def create_database(self, name: str, *, template: str | None = None) -> str:
        from psycopg import sql

        statement = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
        if template:
            statement += sql.SQL(" TEMPLATE {}").format(sql.Identifier(template))
        with self.connect() as conn:
            conn.execute(statement)
        return self.url(name)

    def drop_database(self, name: str) -> None:
        """Drop a test's database, ending any connection a test left open on it."""
        from psycopg import sql

        with self.connect() as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))

    def stop(self) -> None:
        try:
            self._run([self.pg_ctl, "-D", str(self.data), "-m", "immediate", "stop"])
        finally:
            shutil.rmtree(self.root, ignore_errors=True)
