"""The commitment filter as command-line options, shared by list and export."""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING

from desktop.commands import help_text
from desktop.commands import text as commands_text
from desktop.domain.enums import CLOSED_COMMITMENT_STATUSES, OPEN_COMMITMENT_STATUSES, CommitmentStatus
from desktop.domain.errors import KelisimError
from desktop.domain.filters import CommitmentFilter
from desktop.domain.messages import Message

if TYPE_CHECKING:
    from desktop.storage.database import Database


def add_filter_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group(help_text(Message("filters (combine freely)")))
    group.add_argument(
        "--status",
        action="append",
        default=[],
        metavar="STATUS",
        help=help_text(
            Message(
                "several separated by commas or the option repeated: {0}; {1} and {2} stand for their "
                "statuses, {3} keeps the overdue ones (as {4})",
                ", ".join(s.value for s in CommitmentStatus),
                "open",
                "closed",
                OVERDUE_WORD,
                "--overdue",
            )
        ),
    )
    group.add_argument("--overdue", action="store_true", help=help_text(Message("only overdue commitments")))
    group.add_argument("--body", help=help_text(Message("a body's name (its sub-bodies are included)")))
    group.add_argument("--party", help=help_text(Message("the responsible party's name, short name or ISO code")))
    group.add_argument("--sector", help=help_text(Message("sector, e.g. Agriculture")))
    group.add_argument("--agreement", help=help_text(Message("the agreement's registration number")))
    group.add_argument(
        "--due-after", type=_date, metavar="YYYY-MM-DD", help=help_text(Message("due on or after this date"))
    )
    group.add_argument(
        "--due-before", type=_date, metavar="YYYY-MM-DD", help=help_text(Message("due on or before this date"))
    )
    group.add_argument(
        "--executor", metavar="NAME", help=help_text(Message("commitments this person executes (lead or co-executor)"))
    )
    group.add_argument("--controller", metavar="NAME", help=help_text(Message("commitments this person controls")))
    group.add_argument(
        "--mine",
        action="store_true",
        help=help_text(Message("commitments you execute or control (the person whose login is yours)")),
    )
    group.add_argument(
        "--text", default="", help=help_text(Message("words to find in titles, descriptions, agencies…"))
    )


def _date(text: str) -> date:
    for parse in (date.fromisoformat, _dotted):
        try:
            return parse(text)
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(
        commands_text(Message("“{0}” is not a date; write YYYY-MM-DD or DD.MM.YYYY", text))
    )


def _dotted(text: str) -> date:
    day, month, year = text.split(".")
    return date(int(year), int(month), int(day))


def _person(db: Database, args: argparse.Namespace) -> tuple[int | None, str]:
    """At most one of --executor, --controller and --mine: the person and the part they play."""
    given = [o for o in ("executor", "controller", "mine") if getattr(args, o, None)]
    if not given:
        return None, ""
    if len(given) > 1:
        raise KelisimError(Message("give one of {0}, not several", "--executor, --controller, --mine"))
    from desktop.services import people  # only when a person is asked for: `list` starts without it

    if args.mine:
        found = people.me(db)
        if found is None:
            raise KelisimError(
                Message(
                    "no person in the register has your login “{0}”; add yourself: {1}",
                    people.user(db),
                    f"person add NAME --login {people.user(db)}",
                )
            )
        return found, ""
    if args.executor:
        return people.person_id_by_name(db, args.executor), "executor"
    if args.controller:
        return people.person_id_by_name(db, args.controller), "controller"
    return None, ""


STATUS_GROUPS: dict[str, frozenset[str]] = {"open": OPEN_COMMITMENT_STATUSES, "closed": CLOSED_COMMITMENT_STATUSES}
OVERDUE_WORD = "overdue"


def parse_statuses(given: list[str]) -> tuple[frozenset[str], bool]:
    """The statuses of ``--status`` (repeated, or several separated by commas; "open"/"closed" stand for
    their statuses) and whether "overdue" was among them (it means --overdue: overdue is not a status)."""
    valid = {s.value for s in CommitmentStatus}
    statuses: set[str] = set()
    overdue = False
    for option in given:
        words = [w for w in option.split(",") if w.strip()]
        if not words:
            raise KelisimError(Message("--status needs a status; valid statuses: {0}", ", ".join(sorted(valid))))
        for word in words:
            value = word.strip().lower().replace(" ", "_").replace("-", "_")
            if value in valid:
                statuses.add(value)
            elif value in STATUS_GROUPS:
                statuses |= STATUS_GROUPS[value]
            elif value == OVERDUE_WORD:
                overdue = True
            else:
                raise KelisimError(
                    Message("unknown status '{0}'; valid statuses: {1}", word.strip(), ", ".join(sorted(valid)))
                )
    return frozenset(statuses), overdue


def _looked_up(db: Database, kind: str, name: str) -> int | None:
    """The id of the body, party or agreement a filter option names (None when the option is not given)."""
    if not name:
        return None
    from desktop.services import lookups  # only when an option names one: `list` starts without it

    find = {
        "body": lookups.body_id_by_name,
        "party": lookups.party_id_by_name,
        "agreement": lookups.agreement_id_by_reg,
    }[kind]
    return find(db, name)


def filter_from_args(db: Database, args: argparse.Namespace) -> CommitmentFilter:
    statuses, overdue_word = parse_statuses(args.status)
    person_id, person_role = _person(db, args)
    return CommitmentFilter(
        person_id=person_id,
        person_role=person_role,
        text=args.text or "",
        statuses=statuses,
        overdue=args.overdue or overdue_word,
        body_id=_looked_up(db, "body", args.body),
        party_id=_looked_up(db, "party", args.party),
        sector=args.sector or "",
        agreement_id=_looked_up(db, "agreement", args.agreement),
        due_after=args.due_after,
        due_before=args.due_before,
    )
