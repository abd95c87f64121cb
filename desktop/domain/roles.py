"""Who may do what: the three roles of a shared register and the actions each may take.

clerk — creates and edits agreements, bodies and commitments, changes status, moves deadlines, imports;
manager — also deletes (to the Trash), restores from and empties the Trash, cancels, reads the whole
audit trail; admin — also manages users and the parties' master data, restores backups. Exports are open
to all. The one definition: the services refuse, the window disables, and on PostgreSQL the server's
grants (desktop/storage/roles.py) follow the same lines."""

from __future__ import annotations

from enum import StrEnum

from desktop.domain.messages import Message


class Role(StrEnum):
    CLERK = "clerk"
    MANAGER = "manager"
    ADMIN = "admin"


RANK = {Role.CLERK: 1, Role.MANAGER: 2, Role.ADMIN: 3}


class Action(StrEnum):
    EDIT = "edit"  # agreements, bodies, commitments: create and edit; status; deadlines
    IMPORT = "import"
    DELETE = "delete"  # to the Trash
    CANCEL = "cancel"  # a commitment's status to "cancelled"
    TRASH = "trash"  # restore from or purge the Trash
    AUDIT = "audit"  # the whole register's trail
    PARTIES = "parties"  # the parties' master data
    USERS = "users"
    RESTORE = "restore"  # a backup over the register


NEEDS: dict[Action, Role] = {
    Action.EDIT: Role.CLERK,
    Action.IMPORT: Role.CLERK,
    Action.DELETE: Role.MANAGER,
    Action.CANCEL: Role.MANAGER,
    Action.TRASH: Role.MANAGER,
    Action.AUDIT: Role.MANAGER,
    Action.PARTIES: Role.ADMIN,
    Action.USERS: Role.ADMIN,
    Action.RESTORE: Role.ADMIN,
}

ROLE_WORDS: dict[Role, Message] = {
    Role.CLERK: Message("clerk"),
    Role.MANAGER: Message("manager"),
    Role.ADMIN: Message("admin"),
}

ACTION_WORDS: dict[Action, Message] = {
    Action.EDIT: Message("create and edit records"),
    Action.IMPORT: Message("import workbooks"),
    Action.DELETE: Message("delete records"),
    Action.CANCEL: Message("cancel commitments"),
    Action.TRASH: Message("restore or purge the Trash"),
    Action.AUDIT: Message("read the whole audit trail"),
    Action.PARTIES: Message("edit the parties' master data"),
    Action.USERS: Message("manage users"),
    Action.RESTORE: Message("restore backups"),
}


def parse_role(value: str) -> Role:
    """A role from its name ("clerk", "manager", "admin"); ValueError otherwise."""
    return Role(value.strip().lower())


def may(role: Role | None, action: Action) -> bool:
    return role is not None and RANK[role] >= RANK[NEEDS[action]]


def refusal(role: Role | None, action: Action) -> Message:
    """Why ``role`` may not take ``action``: "Only a manager or an admin may delete records (you are a clerk)"."""
    needed = NEEDS[action]
    if role is None:
        return Message("You have no role on this register: ask an admin to give you one ({0}).", ACTION_WORDS[action])
    if needed is Role.MANAGER:
        return Message("Only a manager or an admin may {0} (you are a {1}).", ACTION_WORDS[action], ROLE_WORDS[role])
    return Message("Only an admin may {0} (you are a {1}).", ACTION_WORDS[action], ROLE_WORDS[role])
