"""What a use case changed, told by the database's own writes — the one notice every screen reacts to.

``recorded(work)`` runs a service call and returns its result with the kinds of record it wrote,
read from the statements it executed (``storage.written``). The window's op helper announces that
instead of each caller choosing a mask, so a new service — or a new table — cannot be forgotten:
a table not named below counts as a change to everything.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import Flag, auto
from typing import TypeVar

from desktop.storage import written

T = TypeVar("T")


class Changed(Flag):
    NONE = 0
    PARTIES = auto()
    AGREEMENTS = auto()
    BODIES = auto()
    COMMITMENTS = auto()
    HISTORY = auto()
    ALL = PARTIES | AGREEMENTS | BODIES | COMMITMENTS | HISTORY
    # Who may do what: the signed-in person's role and the Users page (not a kind of record the lists show).
    ACCOUNTS = auto()
    EVERYTHING = ALL | ACCOUNTS


# Each table and the kinds of record a screen shows from it (a link row changes both sides' counts).
TABLE_CHANGES: dict[str, Changed] = {
    "party": Changed.PARTIES,
    "agreement": Changed.AGREEMENTS,
    "agreement_party": Changed.AGREEMENTS | Changed.PARTIES,
    "signatory": Changed.AGREEMENTS,
    "body": Changed.BODIES,
    "body_party": Changed.BODIES | Changed.PARTIES,
    "co_chair": Changed.BODIES,
    "commitment": Changed.COMMITMENTS,
    "status_change": Changed.HISTORY,
    "deadline_extension": Changed.COMMITMENTS | Changed.HISTORY,
    "trash": Changed.ALL,
    "person": Changed.COMMITMENTS,  # the people the commitments list and filters name
    "commitment_person": Changed.COMMITMENTS,
    "execution_report": Changed.COMMITMENTS | Changed.HISTORY,
    "interim_report": Changed.COMMITMENTS | Changed.HISTORY,
    # Files attached to agreements, commitments and their reports; the content goes and comes with its links.
    "attachment": Changed.AGREEMENTS | Changed.COMMITMENTS,
    "attachment_content": Changed.NONE,
    # Accounts: the role shown and enforced in every open window, and the Users page. On PostgreSQL roles
    # live on the server; the account services announce a change as this table (storage/roles.announce).
    "account": Changed.ACCOUNTS,
    # Bookkeeping no screen lists as records.
    "register_info": Changed.NONE,
    "audit_log": Changed.NONE,
    "alembic_version": Changed.NONE,
}
WHOLE_REGISTER = "*"  # noted by work that replaces the register at once (a restore)


def of_tables(tables: Iterable[str]) -> Changed:
    found = Changed.NONE
    for table in tables:
        found |= TABLE_CHANGES.get(table, Changed.EVERYTHING)
    return found


def recorded(work: Callable[[], T]) -> tuple[T, Changed]:
    """Run ``work`` (a service call) and tell what it wrote."""
    with written.recording() as tables:
        result = work()
    return result, of_tables(tables)


def whole_register_replaced() -> None:
    """Called by a service that swaps the register's contents without statements (a restored file)."""
    written.note(WHOLE_REGISTER)
