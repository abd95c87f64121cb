"""PostgreSQL roles and grants for a shared register: the server enforces who may do what.

Three group roles (NOLOGIN) carry the grants: ``kelisim_clerk`` ⊂ ``kelisim_manager`` ⊂ ``kelisim_admin``
(each higher one is a member of the lower). A person is a LOGIN role, member of one group; the identity
the register records is the login (``session_user``). The lines follow desktop/domain/roles.py: a clerk
may insert and update agreements, bodies, commitments and their links and history but delete none of the
records and touch neither parties nor the Trash; a manager may also delete, cancel and use the Trash; an
admin may also edit parties and manage users. A rule finer than a table (a commitment to "cancelled")
is a trigger. Nobody but a superuser may change the audit trail: no group has INSERT, UPDATE, DELETE or
TRUNCATE on it; the audit triggers write it as their owner (SECURITY DEFINER) and record ``session_user``.

``setup`` is idempotent: run it on a new or existing register, and again after an upgrade (a migration
that remakes the audit functions resets them to SECURITY INVOKER)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Connection, text

from desktop.domain.errors import FieldError
from desktop.domain.messages import Message
from desktop.domain.roles import RANK, Role
from desktop.storage import audit, live

GROUPS: dict[Role, str] = {
    Role.CLERK: "kelisim_clerk",
    Role.MANAGER: "kelisim_manager",
    Role.ADMIN: "kelisim_admin",
}
# A clerk creates and edits these (links and people are replaced on save: delete too).
CLERK_WRITES = (
    "agreement",
    "agreement_party",
    "signatory",
    "body",
    "body_party",
    "co_chair",
    "commitment",
    "status_change",
    "deadline_extension",
    "person",
    "commitment_person",
    "execution_report",
    "interim_report",
    "attachment",
    "attachment_content",
)
# A clerk removes a file attached by mistake (the content goes with its last link).
CLERK_DELETES = (
    "agreement_party",
    "signatory",
    "body_party",
    "co_chair",
    "commitment_person",
    "attachment",
    "attachment_content",
)
MANAGER_DELETES = (
    "agreement",
    "body",
    "commitment",
    "status_change",
    "deadline_extension",
    "person",
    "execution_report",
    "interim_report",
)
MANAGER_WRITES = ("trash",)
ADMIN_WRITES = ("party", "account", "register_info")
REFUSED_MESSAGE = "only a manager or an admin may cancel a commitment"
# domain/rules.acceptance_problem, checked by the server for any login (the window's and psql alike).
ACCEPT_REFUSED = "only the controller of the commitment or a manager may accept or return its execution"
LEAD_REFUSED = "the lead executor cannot accept or return their own report"

_NAME = re.compile(r"^[^\W\d][\w.@-]{0,62}$")


def check_name(name: str) -> str:
    """A login name people can type: a letter first, then letters, digits, ``_ . @ -`` (≤ 63)."""
    cleaned = name.strip()
    if not _NAME.match(cleaned) or len(cleaned.encode("utf-8")) > 63:
        raise FieldError(
            "name",
            Message("a user name starts with a letter and has only letters, digits and _ . @ - (at most 63)"),
        )
    if cleaned.lower().startswith(("pg_", "kelisim_")):
        raise FieldError("name", Message("this name is reserved: {0}", cleaned))
    return cleaned


def _ident(conn: Connection, name: str) -> str:
    """A role name quoted by the driver (never by string formatting of the name itself)."""
    from psycopg import sql

    raw = conn.connection.driver_connection
    return sql.Identifier(name).as_string(raw)


def _literal(conn: Connection, value: str) -> str:
    from psycopg import sql

    raw = conn.connection.driver_connection
    return sql.Literal(value).as_string(raw)


def _audited_functions(conn: Connection) -> list[str]:
    rows = conn.execute(
        text(
            "SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
            "WHERE n.nspname = current_schema() AND p.proname LIKE 'audit\\_%' AND p.proname <> 'audit_log_guard'"
        )
    ).all()
    return [str(r[0]) for r in rows if str(r[0])[len("audit_") :] in audit.AUDITED]


def setup(conn: Connection) -> None:
    """Create the group roles (once per server) and grant them this register's tables (idempotent)."""
    for role in (Role.CLERK, Role.MANAGER, Role.ADMIN):
        group = GROUPS[role]
        conn.exec_driver_sql(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{group}') "
            f"THEN CREATE ROLE {group} NOLOGIN; END IF; END $$"
        )
    conn.exec_driver_sql("GRANT kelisim_clerk TO kelisim_manager")
    conn.exec_driver_sql("GRANT kelisim_manager TO kelisim_admin")
    database = str(conn.exec_driver_sql("SELECT current_database()").scalar())
    statements = [
        f"GRANT CONNECT ON DATABASE {_ident(conn, database)} TO kelisim_clerk",
        "GRANT USAGE ON SCHEMA public TO kelisim_clerk",
        "REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC",
        "REVOKE ALL ON ALL TABLES IN SCHEMA public FROM kelisim_clerk, kelisim_manager, kelisim_admin",
        "GRANT SELECT ON ALL TABLES IN SCHEMA public TO kelisim_clerk",
        "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO kelisim_clerk",
        f"GRANT INSERT, UPDATE ON {', '.join(CLERK_WRITES)} TO kelisim_clerk",
        f"GRANT DELETE ON {', '.join(CLERK_DELETES)} TO kelisim_clerk",
        f"GRANT DELETE ON {', '.join(MANAGER_DELETES)} TO kelisim_manager",
        f"GRANT INSERT, UPDATE, DELETE ON {', '.join(MANAGER_WRITES)} TO kelisim_manager",
        f"GRANT INSERT, UPDATE, DELETE ON {', '.join(ADMIN_WRITES)} TO kelisim_admin",
        # The trail: read by all, written only by the audit triggers (as their owner).
        "REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON audit_log FROM PUBLIC",
        """CREATE OR REPLACE FUNCTION kelisim_role_at_least(needed text) RETURNS boolean
           LANGUAGE sql STABLE AS $$
             SELECT coalesce((SELECT rolsuper FROM pg_roles WHERE rolname = current_user), false)
                 OR current_user = (SELECT pg_get_userbyid(datdba) FROM pg_database
                                    WHERE datname = current_database())
                 OR EXISTS (SELECT 1 FROM pg_roles r
                            WHERE r.rolname = needed AND pg_has_role(current_user, r.oid, 'member'))
           $$""",
        f"""CREATE OR REPLACE FUNCTION kelisim_cancel_check() RETURNS trigger LANGUAGE plpgsql AS $fn$
           BEGIN
             IF NEW.status = 'cancelled'
                AND (TG_OP = 'INSERT' OR OLD.status IS DISTINCT FROM 'cancelled')
                AND NOT kelisim_role_at_least('kelisim_manager') THEN
               RAISE EXCEPTION '{REFUSED_MESSAGE}' USING ERRCODE = '42501';
             END IF;
             RETURN NEW;
           END $fn$""",
        # An execution report decided (accepted or returned), or written already accepted (completion on evidence
        # given with the status change): by the commitment's controller or a manager, never its lead executor.
        f"""CREATE OR REPLACE FUNCTION kelisim_accept_check() RETURNS trigger LANGUAGE plpgsql AS $fn$
           DECLARE
             parts text[];
           BEGIN
             IF NEW.decision <> '' AND (TG_OP = 'INSERT' OR OLD.decision IS DISTINCT FROM NEW.decision) THEN
               SELECT coalesce(array_agg(cp.role), ARRAY[]::text[]) INTO parts
                 FROM commitment_person cp JOIN person p ON p.id = cp.person_id
                WHERE cp.commitment_id = NEW.commitment_id AND p.login <> ''
                  AND lower(p.login) = lower(session_user);
               IF 'lead' = ANY(parts) THEN
                 RAISE EXCEPTION '{LEAD_REFUSED}' USING ERRCODE = '42501';
               END IF;
               IF NOT ('controller' = ANY(parts)) AND NOT kelisim_role_at_least('kelisim_manager') THEN
                 RAISE EXCEPTION '{ACCEPT_REFUSED}' USING ERRCODE = '42501';
               END IF;
             END IF;
             RETURN NEW;
           END $fn$""",
        "DROP TRIGGER IF EXISTS kelisim_accept_check ON execution_report",
        "CREATE TRIGGER kelisim_accept_check BEFORE INSERT OR UPDATE OF decision ON execution_report "
        "FOR EACH ROW EXECUTE FUNCTION kelisim_accept_check()",
        "DROP TRIGGER IF EXISTS kelisim_cancel_check ON commitment",
        "CREATE TRIGGER kelisim_cancel_check BEFORE INSERT OR UPDATE OF status ON commitment "
        "FOR EACH ROW EXECUTE FUNCTION kelisim_cancel_check()",
    ]
    for statement in statements:
        conn.exec_driver_sql(statement)
    for function in _audited_functions(conn):
        conn.exec_driver_sql(f"ALTER FUNCTION {function}() SECURITY DEFINER SET search_path = public, pg_temp")


def is_set_up(conn: Connection) -> bool:
    found = conn.execute(
        text("SELECT count(*) FROM pg_roles WHERE rolname IN ('kelisim_clerk', 'kelisim_manager', 'kelisim_admin')")
    ).scalar()
    return found == 3


def current_role(conn: Connection) -> Role | None:
    """The login's role: a superuser or the database's owner is an admin; else its highest group."""
    owner = conn.exec_driver_sql(
        "SELECT coalesce((SELECT rolsuper FROM pg_roles WHERE rolname = current_user), false) "
        "OR current_user = (SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database())"
    ).scalar()
    if owner:
        return Role.ADMIN
    rows = conn.exec_driver_sql(
        "SELECT r.rolname FROM pg_roles r WHERE r.rolname IN ('kelisim_clerk', 'kelisim_manager', 'kelisim_admin') "
        "AND pg_has_role(current_user, r.oid, 'member')"
    ).all()
    held = [role for role, group in GROUPS.items() if group in {str(r[0]) for r in rows}]
    return max(held, key=lambda r: RANK[r]) if held else None


def login_name(conn: Connection) -> str:
    return str(conn.exec_driver_sql("SELECT session_user").scalar())


@dataclass(frozen=True)
class ServerUser:
    name: str
    role: Role | None
    active: bool


def list_users(conn: Connection) -> list[ServerUser]:
    """Every login that is a member of one of the groups, with its highest role."""
    rows = conn.execute(
        text(
            "SELECT u.rolname, u.rolcanlogin, g.rolname FROM pg_roles u "
            "JOIN pg_auth_members m ON m.member = u.oid JOIN pg_roles g ON g.oid = m.roleid "
            "WHERE g.rolname IN ('kelisim_clerk', 'kelisim_manager', 'kelisim_admin') "
            "AND u.rolname NOT LIKE 'kelisim\\_%' ORDER BY u.rolname"
        )
    ).all()
    by_name: dict[str, tuple[bool, list[Role]]] = {}
    groups = {group: role for role, group in GROUPS.items()}
    for name, can_login, group in rows:
        entry = by_name.setdefault(str(name), (bool(can_login), []))
        entry[1].append(groups[str(group)])
    return [
        ServerUser(name, max(held, key=lambda r: RANK[r]) if held else None, active)
        for name, (active, held) in sorted(by_name.items())
    ]


def _grant_role(conn: Connection, name: str, role: Role) -> None:
    who = _ident(conn, name)
    conn.exec_driver_sql(f"REVOKE kelisim_clerk, kelisim_manager, kelisim_admin FROM {who}")
    conn.exec_driver_sql(f"GRANT {GROUPS[role]} TO {who}")
    # An admin manages users from the window: it may create roles and hand out the groups.
    if role is Role.ADMIN:
        conn.exec_driver_sql(f"ALTER ROLE {who} CREATEROLE")
        conn.exec_driver_sql(f"GRANT kelisim_clerk, kelisim_manager, kelisim_admin TO {who} WITH ADMIN OPTION")
    else:
        conn.exec_driver_sql(f"ALTER ROLE {who} NOCREATEROLE")


def user_exists(conn: Connection, name: str) -> bool:
    return bool(conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).first())


def add_user(conn: Connection, name: str, role: Role, password: str) -> None:
    """A new login with a SCRAM-hashed password (hashed by the server), member of the role's group."""
    conn.exec_driver_sql("SET LOCAL password_encryption = 'scram-sha-256'")
    conn.exec_driver_sql(f"CREATE ROLE {_ident(conn, name)} LOGIN PASSWORD {_literal(conn, password)}")
    _grant_role(conn, name, role)


def announce(conn: Connection) -> None:
    """Tell every open window that roles changed (delivered at commit, as the tables' own notices are):
    a role lives on the server, where no table trigger sees it change."""
    conn.exec_driver_sql(f"SELECT pg_notify('{live.CHANNEL}', 'account')")


def set_role(conn: Connection, name: str, role: Role) -> None:
    _grant_role(conn, name, role)
    announce(conn)


def disable_user(conn: Connection, name: str) -> None:
    """No more logins for this name (its changes stay on the trail under it)."""
    conn.exec_driver_sql(f"ALTER ROLE {_ident(conn, name)} NOLOGIN")
    announce(conn)
