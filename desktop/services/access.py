"""Who is signed in, with which role, and the check every changing service makes first.

On PostgreSQL the person is the server login and the role its group (desktop/storage/roles.py), which the
server enforces by itself; the check here makes the window and the command line refuse the same actions
with a clear message before the server would. On SQLite (one person's file) the person is the operating
system's login and the role is recorded in the ``account`` table; a file with no admin recorded belongs
to whoever opens it (admin)."""

from __future__ import annotations

import threading
import weakref
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, select

from desktop.domain.errors import FieldError, NotFoundError, PermissionDenied
from desktop.domain.messages import Message
from desktop.domain.models import Account
from desktop.domain.roles import Action, Role, may, parse_role, refusal
from desktop.storage import audit, roles
from desktop.storage.database import Database


@dataclass(frozen=True)
class SignedIn:
    name: str
    role: Role | None


@dataclass(frozen=True)
class UserRow:
    name: str
    role: Role | None
    active: bool
    created_at: datetime | None = None


# By the handle's id, with a weak reference to tell a reused id from the same handle (Database is not hashable).
_cache: dict[int, tuple[weakref.ref[Database], SignedIn]] = {}
_lock = threading.Lock()


def _is_postgres(db: Database) -> bool:
    return db.engine.dialect.name == "postgresql"


def _sqlite_role(session: Session, name: str) -> Role | None:
    accounts = session.exec(select(Account)).all()
    mine = next((a for a in accounts if a.name == name), None)
    if mine is not None:
        return parse_role(mine.role) if mine.active else None
    if not any(a.role == Role.ADMIN and a.active for a in accounts):
        return Role.ADMIN  # nobody administers this file: it is its user's own
    return None


def _lookup(db: Database) -> SignedIn:
    if _is_postgres(db):
        with db.engine.connect() as conn:
            return SignedIn(roles.login_name(conn), roles.current_role(conn))
    name = audit.actor()
    with db.read() as session:
        return SignedIn(name, _sqlite_role(session, name))


def role_in(session: Session) -> Role | None:
    """The acting person's role, read inside a service's own transaction (for a rule that also depends on the
    record, such as who may accept a commitment's execution)."""
    if session.get_bind().dialect.name == "postgresql":
        return roles.current_role(session.connection())
    return _sqlite_role(session, audit.actor())


def signed_in(db: Database) -> SignedIn:
    """The person using ``db`` and their role (looked up once per open register)."""
    with _lock:
        entry = _cache.get(id(db))
    if entry is not None and entry[0]() is db:
        return entry[1]
    found = _lookup(db)
    with _lock:
        _cache[id(db)] = (weakref.ref(db), found)
    return found


def forget(db: Database) -> None:
    """Look the role up again (after a change of roles)."""
    with _lock:
        _cache.pop(id(db), None)


def allowed(db: Database, action: Action) -> bool:
    return may(signed_in(db).role, action)


def require(db: Database, action: Action) -> None:
    """Raise PermissionDenied (with the reason) unless the signed-in role may take ``action``."""
    me = signed_in(db)
    if not may(me.role, action):
        raise PermissionDenied(refusal(me.role, action))


# --- administration ---------------------------------------------------------------------------------------


def _role(value: str | Role) -> Role:
    try:
        return parse_role(str(value))
    except ValueError:
        raise FieldError("role", Message("not a role: {0} (clerk, manager or admin)", str(value))) from None


def setup(db: Database) -> SignedIn:
    """PostgreSQL: the group roles and grants on this register. SQLite: the person running it recorded as
    the file's admin. Idempotent; an admin's (or the owner's) task."""
    require(db, Action.USERS)
    if _is_postgres(db):
        with db.engine.begin() as conn:
            roles.setup(conn)
    else:
        me = audit.actor()
        with db.write() as session:
            mine = session.exec(select(Account).where(Account.name == me)).first()
            if mine is None:
                session.add(Account(name=me, role=Role.ADMIN, active=True))
            else:
                mine.role, mine.active = Role.ADMIN, True
                session.add(mine)
            session.commit()
    forget(db)
    return signed_in(db)


def list_users(db: Database) -> list[UserRow]:
    require(db, Action.USERS)
    if _is_postgres(db):
        with db.engine.connect() as conn:
            return [UserRow(u.name, u.role, u.active) for u in roles.list_users(conn)]
    with db.read() as session:
        accounts = session.exec(select(Account).order_by(col(Account.name))).all()
    return [UserRow(a.name, parse_role(a.role), a.active, a.created_at) for a in accounts]


def add_user(db: Database, *, name: str, role: str | Role, password: str = "") -> None:
    """A new person with a role: on PostgreSQL a login (the password is hashed by the server, SCRAM);
    on SQLite a recorded operating-system login (no password)."""
    require(db, Action.USERS)
    wanted = _role(role)
    name = roles.check_name(name)
    if _is_postgres(db):
        if not password:
            raise FieldError("password", Message("a password is required"))
        with db.engine.begin() as conn:
            if roles.user_exists(conn, name):
                raise FieldError("name", Message("a user named {0} already exists", name))
            if not roles.is_set_up(conn):
                raise FieldError("role", Message("run “admin setup” on this register first"))
            roles.add_user(conn, name, wanted, password)
        return
    with db.write() as session:
        if session.exec(select(Account).where(Account.name == name)).first() is not None:
            raise FieldError("name", Message("a user named {0} already exists", name))
        session.add(Account(name=name, role=wanted, active=True))
        session.commit()
    forget(db)


def _sqlite_account(session: object, name: str) -> Account:
    found = session.exec(select(Account).where(Account.name == name)).first()  # type: ignore[attr-defined]
    if found is None:
        raise NotFoundError(Message("no user named {0}", name))
    return found  # type: ignore[no-any-return]


def set_role(db: Database, *, name: str, role: str | Role) -> None:
    require(db, Action.USERS)
    wanted = _role(role)
    if _is_postgres(db):
        with db.engine.begin() as conn:
            if not roles.user_exists(conn, name):
                raise NotFoundError(Message("no user named {0}", name))
            roles.set_role(conn, name, wanted)
    else:
        with db.write() as session:
            account = _sqlite_account(session, name)
            account.role = wanted
            session.add(account)
            session.commit()
    forget(db)


def disable_user(db: Database, *, name: str) -> None:
    require(db, Action.USERS)
    if name == signed_in(db).name:
        raise FieldError("name", Message("you cannot disable your own account"))
    if _is_postgres(db):
        with db.engine.begin() as conn:
            if not roles.user_exists(conn, name):
                raise NotFoundError(Message("no user named {0}", name))
            roles.disable_user(conn, name)
    else:
        with db.write() as session:
            account = _sqlite_account(session, name)
            account.active = False
            session.add(account)
            session.commit()
    forget(db)
