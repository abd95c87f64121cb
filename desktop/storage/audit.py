"""The audit trail: every insert, update and delete of the register's tables, written by the database itself.

One definition (``AUDITED``: table, how its record id and its human reference are read) generates the
triggers for both engines; a migration calls ``create_triggers`` with an explicit list of tables, so a
later migration adds its own tables the same way.

Who:
- PostgreSQL: ``session_user``, the server login: the only author the server can vouch for. The
  application sets nothing the triggers would trust.
- SQLite: the application's user (the operating-system login, as status changes record it), read
  through the SQL function ``kelisim_user()`` that Kelisim registers on each connection it opens
  (``register_sqlite_functions``). A raw ``sqlite3`` session has neither that function nor
  ``kelisim_sha256()``, so its writes to an audited table are refused ("no such function"): nothing
  reaches the register without a trail row.

When: on PostgreSQL the transaction time (``transaction_timestamp()``, UTC); on SQLite the statement
time (SQLite has no transaction clock).

Tamper evidence: each row's ``hash`` is sha256 over its content and the previous row's hash (a chain in
id order). Triggers refuse UPDATE and DELETE on ``audit_log``; ``verify_chain`` recomputes the chain with
the same SQL expression the triggers used and names the first row that does not match.

``register_info`` is not audited: it is the register's identity (its id, name and last location), not
register content, and is re-stamped whenever the file is opened from a new place.
"""

from __future__ import annotations

import getpass
import hashlib
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Connection, Engine

# Columns never shown as changes: derived (search_text), bookkeeping (version, updated_at) or a copy of
# rows the delete triggers already record (trash.payload).
SKIPPED_COLUMNS = ("search_text", "version", "updated_at", "payload")
CHAIN_LOCK = 4_856_211  # pg_advisory_xact_lock key: one writer of the chain at a time


@dataclass(frozen=True)
class Audited:
    table: str
    record_id: str  # SQL over the row alias {r}
    reference: str  # SQL over the row alias {r}: the human reference


def _sub(table: str, column: str, key: str) -> str:
    return f"(SELECT {column} FROM {table} WHERE id = {{r}}.{key})"


AUDITED: dict[str, Audited] = {
    a.table: a
    for a in (
        Audited("party", "{r}.id", "{r}.name"),
        Audited("agreement", "{r}.id", "{r}.reg_number"),
        Audited(
            "agreement_party",
            "{r}.agreement_id || '/' || {r}.party_id",
            f"coalesce({_sub('agreement', 'reg_number', 'agreement_id')}, '') || ' / ' || "
            f"coalesce({_sub('party', 'name', 'party_id')}, '')",
        ),
        Audited(
            "signatory",
            "{r}.id",
            f"coalesce({_sub('agreement', 'reg_number', 'agreement_id')}, '') || ': ' || {{r}}.name",
        ),
        Audited("body", "{r}.id", "{r}.name"),
        Audited(
            "body_party",
            "{r}.body_id || '/' || {r}.party_id",
            f"coalesce({_sub('body', 'name', 'body_id')}, '') || ' / ' || "
            f"coalesce({_sub('party', 'name', 'party_id')}, '')",
        ),
        Audited("co_chair", "{r}.id", f"coalesce({_sub('body', 'name', 'body_id')}, '') || ': ' || {{r}}.name"),
        Audited("commitment", "{r}.id", "{r}.ref"),
        Audited(
            "status_change",
            "{r}.id",
            f"coalesce({_sub('commitment', 'ref', 'commitment_id')}, "
            f"{_sub('agreement', 'reg_number', 'agreement_id')}, '')",
        ),
        Audited("trash", "{r}.id", "{r}.label"),
        Audited("deadline_extension", "{r}.id", f"coalesce({_sub('commitment', 'ref', 'commitment_id')}, '')"),
        Audited("person", "{r}.id", "{r}.name"),
        Audited(
            "commitment_person",
            "{r}.commitment_id || '/' || {r}.role || '/' || {r}.person_id",
            f"coalesce({_sub('commitment', 'ref', 'commitment_id')}, '') || ' ' || {{r}}.role || ': ' || "
            f"coalesce({_sub('person', 'name', 'person_id')}, '')",
        ),
        Audited("execution_report", "{r}.id", f"coalesce({_sub('commitment', 'ref', 'commitment_id')}, '')"),
        Audited("interim_report", "{r}.id", f"coalesce({_sub('commitment', 'ref', 'commitment_id')}, '')"),
        Audited("account", "{r}.id", "{r}.name"),
        Audited(
            "attachment",
            "{r}.id",
            f"coalesce({_sub('commitment', 'ref', 'commitment_id')}, "
            f"{_sub('agreement', 'reg_number', 'agreement_id')}, '') || ': ' || {{r}}.name",
        ),
    )
}
# Every audited table (0009 audited the first ones; later migrations pass their own lists). attachment_content is
# not audited: its bytes would be copied into the trail; each link to it is audited with its hash.
REGISTER_TABLES: tuple[str, ...] = tuple(AUDITED)

# --- who is acting (SQLite) -------------------------------------------------------------------------


def actor() -> str:
    """The operating-system login: on SQLite the identity, and nothing the user sets overrides it."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def _sha256(text: str | None) -> str | None:
    if text is None:
        return None
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@contextmanager
def login_read_once(conn: sqlite3.Connection) -> Iterator[None]:
    """``kelisim_user()`` on ``conn`` answering the login read once, for one bulk write.

    The triggers ask for the login once per row written, and reading it (``getpass``: the environment, then the
    password database) cost ~15 % of inserting an imported commitment with its trail row. Within one write the
    login cannot change: every row records the one it would have read. The per-row function is back after.
    """
    login = actor()
    conn.create_function("kelisim_user", 0, lambda: login)
    try:
        yield
    finally:
        conn.create_function("kelisim_user", 0, actor)


def register_sqlite_functions(conn: sqlite3.Connection) -> None:
    """``kelisim_user()`` and ``kelisim_sha256(text)``, which the audit triggers call."""
    conn.create_function("kelisim_user", 0, actor)
    conn.create_function("kelisim_sha256", 1, _sha256, deterministic=True)


# --- hashing: one expression per engine, used by the triggers and by the check -------------------------


_SQLITE_PREVIOUS = "(SELECT p.hash FROM audit_log p WHERE p.id = {row}.id - 1)"


def _hash_input_sqlite(row: str, prev: str) -> str:
    parts = ["id", "at", "who", "table_name", "record_id", "reference", "action", "changes"]
    joined = " || '|' || ".join(f"coalesce(CAST({row}{p} AS TEXT), '')" for p in parts)
    return f"kelisim_sha256(coalesce({prev}, '') || '|' || {joined})"


def _hash_input_postgres(row: str, prev: str) -> str:
    at = f"to_char({row}at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US')"
    parts = [f"{row}id::text", at, f"{row}who", f"{row}table_name", f"{row}record_id", f"{row}reference"]
    parts += [f"{row}action", f"{row}changes"]
    joined = " || '|' || ".join(f"coalesce({p}, '')" for p in parts)
    return f"encode(sha256(convert_to(coalesce({prev}, '') || '|' || {joined}, 'UTF8')), 'hex')"


# --- trigger SQL -------------------------------------------------------------------------------------


def _sqlite_changes(columns: Sequence[str], action: str) -> str:
    shown = [c for c in columns if c not in SKIPPED_COLUMNS]
    old = {"insert": "NULL", "update": "OLD.{c}", "delete": "OLD.{c}"}[action]
    new = {"insert": "NEW.{c}", "update": "NEW.{c}", "delete": "NULL"}[action]
    rows = " UNION ALL ".join(f"SELECT '{c}' AS k, {old.format(c=c)} AS o, {new.format(c=c)} AS n" for c in shown)
    return f"(SELECT coalesce(json_group_object(k, json_array(o, n)), '{{}}') FROM ({rows}) WHERE o IS NOT n)"


def sqlite_trigger_sql(table: str, columns: Sequence[str]) -> list[str]:
    spec = AUDITED[table]
    statements = []
    for action, when, alias in (("insert", "INSERT", "NEW"), ("update", "UPDATE", "NEW"), ("delete", "DELETE", "OLD")):
        record_id = spec.record_id.format(r=alias)
        reference = spec.reference.format(r=alias)
        statements.append(
            f"""CREATE TRIGGER audit_{table}_{action} AFTER {when} ON {table} FOR EACH ROW BEGIN
INSERT INTO audit_log (id, at, who, table_name, record_id, reference, action, changes)
VALUES (
  coalesce((SELECT max(id) FROM audit_log), 0) + 1,
  strftime('%Y-%m-%d %H:%M:%f000', 'now'),
  kelisim_user(), '{table}', CAST({record_id} AS TEXT), coalesce({reference}, ''), '{action}',
  {_sqlite_changes(columns, action)}
);
UPDATE audit_log SET hash = {_hash_input_sqlite("audit_log.", _SQLITE_PREVIOUS.format(row="audit_log"))}
  WHERE id = (SELECT max(id) FROM audit_log);
END"""
        )
    return statements


def _postgres_function(table: str) -> str:
    spec = AUDITED[table]
    skipped = ", ".join(f"'{c}'" for c in SKIPPED_COLUMNS)
    new_hash = _hash_input_postgres("entry.", "prev")
    return f"""CREATE OR REPLACE FUNCTION audit_{table}() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  o jsonb := '{{}}'::jsonb;
  n jsonb := '{{}}'::jsonb;
  entry audit_log;
  prev text;
BEGIN
  IF TG_OP <> 'INSERT' THEN o := to_jsonb(OLD) - ARRAY[{skipped}]; END IF;
  IF TG_OP <> 'DELETE' THEN n := to_jsonb(NEW) - ARRAY[{skipped}]; END IF;
  IF TG_OP = 'DELETE' THEN
    entry.record_id := ({spec.record_id.format(r="OLD")})::text;
    entry.reference := coalesce({spec.reference.format(r="OLD")}, '');
  ELSE
    entry.record_id := ({spec.record_id.format(r="NEW")})::text;
    entry.reference := coalesce({spec.reference.format(r="NEW")}, '');
  END IF;
  SELECT coalesce(jsonb_object_agg(k, jsonb_build_array(coalesce(o -> k, 'null'::jsonb),
                                                        coalesce(n -> k, 'null'::jsonb))), '{{}}'::jsonb)::text
    INTO entry.changes
    FROM (SELECT jsonb_object_keys(CASE WHEN TG_OP = 'DELETE' THEN o ELSE n END) AS k) keys
    WHERE coalesce(o -> k, 'null'::jsonb) IS DISTINCT FROM coalesce(n -> k, 'null'::jsonb);
  PERFORM pg_advisory_xact_lock({CHAIN_LOCK});
  SELECT a.hash INTO prev FROM audit_log a ORDER BY a.id DESC LIMIT 1;
  entry.id := nextval(pg_get_serial_sequence('audit_log', 'id'));
  entry.at := transaction_timestamp();
  entry.who := session_user;
  entry.table_name := TG_TABLE_NAME;
  entry.action := lower(TG_OP);
  entry.hash := {new_hash};
  INSERT INTO audit_log VALUES (entry.*);
  RETURN NULL;
END
$fn$"""


def postgres_trigger_sql(table: str) -> list[str]:
    return [
        _postgres_function(table),
        f"CREATE TRIGGER audit_{table} AFTER INSERT OR UPDATE OR DELETE ON {table} "
        f"FOR EACH ROW EXECUTE FUNCTION audit_{table}()",
    ]


GUARD_MESSAGE = "the audit trail is append-only"


def guard_sql(dialect: str) -> list[str]:
    """UPDATE and DELETE on audit_log refused."""
    if dialect == "sqlite":
        return [
            f"CREATE TRIGGER audit_log_no_{op.lower()} BEFORE {op} ON audit_log "
            f"BEGIN SELECT RAISE(ABORT, '{GUARD_MESSAGE}'); END"
            for op in ("UPDATE", "DELETE")
        ] + [
            # The insert trigger's own UPDATE of the hash is the one update allowed: a row whose hash is
            # still NULL (set in the same trigger program that inserted it).
            "DROP TRIGGER audit_log_no_update",
            "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log WHEN OLD.hash IS NOT NULL "
            f"BEGIN SELECT RAISE(ABORT, '{GUARD_MESSAGE}'); END",
        ]
    return [
        "CREATE OR REPLACE FUNCTION audit_log_guard() RETURNS trigger LANGUAGE plpgsql AS $fn$ "
        f"BEGIN RAISE EXCEPTION '{GUARD_MESSAGE}'; END $fn$",
        "CREATE TRIGGER audit_log_guard BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log "
        "FOR EACH STATEMENT EXECUTE FUNCTION audit_log_guard()",
    ]


def create_triggers(conn: Connection, tables: Sequence[str]) -> None:
    """Audit ``tables`` (names from ``AUDITED``) on the connection's engine."""
    from sqlalchemy import inspect

    dialect = conn.dialect.name
    for table in tables:
        if dialect == "sqlite":
            columns = [c["name"] for c in inspect(conn).get_columns(table)]
            statements = sqlite_trigger_sql(table, columns)
        else:
            statements = postgres_trigger_sql(table)
        for statement in statements:
            conn.exec_driver_sql(statement)


def drop_triggers(conn: Connection, tables: Sequence[str]) -> None:
    dialect = conn.dialect.name
    for table in tables:
        if dialect == "sqlite":
            for action in ("insert", "update", "delete"):
                conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS audit_{table}_{action}")
        else:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS audit_{table} ON {table}")
            conn.exec_driver_sql(f"DROP FUNCTION IF EXISTS audit_{table}()")


def set_aside_sqlite_triggers(conn: Connection) -> tuple[str, ...]:
    """Drop the audit triggers of a SQLite register before a migration; returns the audited tables."""
    tables = tuple(
        str(r[0])
        for r in conn.exec_driver_sql(
            "SELECT DISTINCT tbl_name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'audit^_%' ESCAPE '^' "
            "AND tbl_name <> 'audit_log'"
        )
    )
    drop_triggers(conn, tables)
    return tables


def remake_sqlite_triggers(conn: Connection, tables: Sequence[str]) -> None:
    """After a migration: every audited table's triggers over its current columns (those the migration
    audited itself included)."""
    now = set_aside_sqlite_triggers(conn)
    create_triggers(conn, sorted(set(tables) | set(now)))


# --- the check -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ChainCheck:
    rows: int
    first_broken: int | None  # the id of the first row whose hash does not match


def verify_chain(engine: Engine) -> ChainCheck:
    """Recompute every row's hash in id order; the first row that does not match is named."""
    if engine.dialect.name == "sqlite":
        expected = _hash_input_sqlite("a.", _SQLITE_PREVIOUS.format(row="a"))
    else:
        expected = _hash_input_postgres("a.", "lag(a.hash) OVER (ORDER BY a.id)")
    sql = f"SELECT a.id, a.hash, {expected} FROM audit_log a ORDER BY a.id"
    rows = 0
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            raw = conn.connection.driver_connection
            assert isinstance(raw, sqlite3.Connection)
            register_sqlite_functions(raw)
        result = conn.exec_driver_sql(sql)
        for record_id, stored, computed in result:
            rows += 1
            if stored != computed:
                return ChainCheck(rows, int(record_id))
    return ChainCheck(rows, None)
