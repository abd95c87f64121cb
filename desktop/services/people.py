"""People and responsibility: the persons kept in the register, and who executes and controls each commitment.

A commitment has at most one lead executor (who answers for it), any number of co-executors (who report to the
lead) and at most one controller (who accepts the execution): rows of ``commitment_person`` with a role
(``enums.PersonRole``). The rules of a valid team are ``rules.team_problems``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session as SASession
from sqlmodel import Session

from desktop.domain.enums import PEOPLE_FIELDS, PersonRole
from desktop.domain.errors import FieldError, ValidationError
from desktop.domain.messages import Message
from desktop.domain.models import Commitment, CommitmentPerson, Person
from desktop.domain.roles import Action
from desktop.domain.rules import fold, person_problems, team_problems
from desktop.domain.types import utc_now
from desktop.services import access, commitments
from desktop.services.common import clean, current_user, load
from desktop.services.records import Choice, CommitmentData
from desktop.services.team_columns import involved_clause as involved_clause
from desktop.services.team_columns import lead_name_column as lead_name_column
from desktop.services.team_columns import people_key_column as people_key_column
from desktop.storage.database import Database


@dataclass(frozen=True)
class PersonRef:
    id: int
    name: str
    agency: str

    @property
    def label(self) -> str:
        return f"{self.name} ({self.agency})" if self.agency else self.name


@dataclass(frozen=True)
class Team:
    """Who executes and who controls a commitment, as stored."""

    lead: PersonRef | None = None
    co: tuple[PersonRef, ...] = ()
    controller: PersonRef | None = None

    @property
    def is_empty(self) -> bool:
        return self.lead is None and not self.co and self.controller is None


@dataclass
class TeamChoice:
    """The team a form or a command asks for, by person ids."""

    lead_id: int | None = None
    co_ids: list[int] = field(default_factory=list)
    controller_id: int | None = None


# --- persons ------------------------------------------------------------------------------------------------------


def choices(db: Database) -> list[Choice]:
    """Every person, by name, for the type-to-pick boxes: "Name (agency)"."""
    with db.read() as session:
        rows = session.execute(
            select(Person.id, Person.name, Person.agency, Person.position).order_by(Person.name, Person.id)
        ).all()
    return [Choice(int(r[0]), f"{r[1]} ({r[2]})" if r[2] else str(r[1]), fold(r[1], r[2], r[3])) for r in rows if r[0]]


@dataclass(frozen=True)
class PersonRow:
    id: int
    name: str
    agency: str
    position: str
    contact: str
    login: str


def rows(db: Database) -> list[PersonRow]:
    with db.read() as session:
        found = session.scalars(select(Person).order_by(Person.name, Person.id)).all()
        return [PersonRow(p.id or 0, p.name, p.agency, p.position, p.contact, p.login) for p in found]


def add_person(
    db: Database, name: str, *, agency: str = "", position: str = "", contact: str = "", login: str = ""
) -> int:
    access.require(db, Action.EDIT)
    with db.write() as session:
        return add_person_in(session, name, agency=agency, position=position, contact=contact, login=login)


def add_person_in(
    session: Session, name: str, *, agency: str = "", position: str = "", contact: str = "", login: str = ""
) -> int:
    problems = person_problems(name)
    if problems:
        raise ValidationError(problems)
    person = Person(
        name=clean(name),
        agency=clean(agency)[:500],
        position=clean(position)[:300],
        contact=clean(contact)[:300],
        login=clean(login)[:200],
        created_at=utc_now(),
    )
    session.add(person)
    session.flush()
    assert person.id is not None
    return person.id


def get_person(db: Database, person_id: int) -> PersonRow:
    with db.read() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise FieldError(
                "person_name", Message("person #{0} no longer exists (deleted by someone else?)", person_id)
            )
        return PersonRow(person.id or 0, person.name, person.agency, person.position, person.contact, person.login)


def update_person(
    db: Database,
    person_id: int,
    *,
    name: str | None = None,
    agency: str | None = None,
    position: str | None = None,
    contact: str | None = None,
    login: str | None = None,
) -> None:
    """Change what is given (None leaves a field as it is). The command line finds a person by name and leaves it;
    the window's person editor may correct it."""
    access.require(db, Action.EDIT)
    if name is not None:
        problems = person_problems(name)
        if problems:
            raise ValidationError(problems)
    with db.write() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise FieldError(
                "person_name", Message("person #{0} no longer exists (deleted by someone else?)", person_id)
            )
        if name is not None:
            person.name = clean(name)
        for field_name, value, limit in (
            ("agency", agency, 500),
            ("position", position, 300),
            ("contact", contact, 300),
            ("login", login, 200),
        ):
            if value is not None:
                setattr(person, field_name, clean(value)[:limit])
        session.flush()


def find_in(session: Session, name: str) -> int | None:
    """The person of this name (case and surrounding spaces ignored), the first one entered if several."""
    wanted = clean(name).casefold()
    for person_id, person_name in session.execute(select(Person.id, Person.name).order_by(Person.id)):
        if person_name.casefold() == wanted:
            return int(person_id)
    return None


def find_or_add_in(session: Session, name: str, agency: str = "") -> int:
    return find_in(session, name) or add_person_in(session, name, agency=agency)


def user(db: Database) -> str:
    """The signed-in user's login (PostgreSQL: the server login; SQLite: the operating-system user)."""
    with db.read() as session:
        return current_user(session)


def me(db: Database) -> int | None:
    """The signed-in user's person (their ``login``), for "My commitments"; None if no person has that login."""
    with db.read() as session:
        user = current_user(session).casefold()
        for person_id, login in session.execute(select(Person.id, Person.login).where(Person.login != "")):
            if login.casefold() == user:
                return int(person_id)
    return None


def person_id_by_name(db: Database, name: str) -> int:
    """For the command line's filters: the person of this name, or a message listing who there is."""
    with db.read() as session:
        found = find_in(session, name)
        if found is not None:
            return found
        names = sorted(session.scalars(select(Person.name)).all())
    from desktop.domain.errors import NotFoundError

    valid: Message | str = "; ".join(names) or Message("none yet")
    raise NotFoundError(Message("unknown {0} “{1}”; valid: {2}", Message("person"), name, valid))


# --- the team of a commitment ------------------------------------------------------------------------------------


def team(db: Database, commitment_id: int) -> Team:
    with db.read() as session:
        return team_in(session, commitment_id)


def team_in(session: Session, commitment_id: int) -> Team:
    rows = session.execute(
        select(CommitmentPerson.role, Person.id, Person.name, Person.agency)
        .join(Person, Person.id == CommitmentPerson.person_id)
        .where(CommitmentPerson.commitment_id == commitment_id)
        .order_by(CommitmentPerson.sort_order, Person.name)
    ).all()
    lead = controller = None
    co: list[PersonRef] = []
    for role, person_id, name, agency in rows:
        ref = PersonRef(int(person_id), name, agency)
        if role == PersonRole.LEAD.value:
            lead = ref
        elif role == PersonRole.CONTROLLER.value:
            controller = ref
        else:
            co.append(ref)
    return Team(lead, tuple(co), controller)


def assign_in(session: Session, commitment_id: int, choice: TeamChoice) -> None:
    """Make the commitment's team ``choice``: rows no longer wanted go, new ones come, unchanged ones stay."""
    co_ids = list(dict.fromkeys(choice.co_ids))
    problems = team_problems(choice.lead_id, co_ids, choice.controller_id)
    if problems:
        raise ValidationError(problems)
    load(session, Commitment, commitment_id, "commitment")
    wanted: dict[tuple[str, int], int] = {}
    if choice.lead_id is not None:
        wanted[(PersonRole.LEAD.value, choice.lead_id)] = 0
    for order, person_id in enumerate(co_ids, start=1):
        wanted[(PersonRole.CO.value, person_id)] = order
    if choice.controller_id is not None:
        wanted[(PersonRole.CONTROLLER.value, choice.controller_id)] = 0
    for role, person_id in wanted:
        if session.get(Person, person_id) is None:
            where = {PersonRole.LEAD.value: "executor", PersonRole.CO.value: "co_executors"}.get(role, "controller")
            raise FieldError(
                where,
                Message("person #{0} no longer exists (deleted by someone else?)", person_id),
            )
    stored = {
        (r.role, r.person_id): r
        for r in session.scalars(select(CommitmentPerson).where(CommitmentPerson.commitment_id == commitment_id))
    }
    for key, row in stored.items():
        if key not in wanted:
            session.delete(row)
        elif row.sort_order != wanted[key]:
            row.sort_order = wanted[key]
    for key, order in wanted.items():
        if key not in stored:
            session.add(CommitmentPerson(commitment_id=commitment_id, role=key[0], person_id=key[1], sort_order=order))
    session.flush()


def assign(db: Database, commitment_id: int, choice: TeamChoice) -> None:
    access.require(db, Action.EDIT)
    with db.write() as session:
        assign_in(session, commitment_id, choice)


def save_with_team(db: Database, data: CommitmentData, choice: TeamChoice) -> int:
    """The editor's save: the commitment and its team in one transaction (nothing written if either is refused)."""
    access.require(db, Action.EDIT)
    problems = team_problems(choice.lead_id, choice.co_ids, choice.controller_id)
    commitments.validate(data, date_unknown=data.id is not None)
    if problems:
        raise ValidationError(problems)
    with db.write() as session:
        record_id = commitments.save_in(session, data)
        assign_in(session, record_id, choice)
        return record_id


def undo_edit(db: Database, before: CommitmentData, version_after: int, team_before: TeamChoice) -> None:
    """Undo of the editor's save: the commitment as it was and its people as they were, in one transaction
    (refused, naming the record, when someone changed the commitment since)."""
    access.require(db, Action.EDIT)
    with db.write() as session:
        commitments.undo_edit_in(session, before, version_after)
        assert before.id is not None
        assign_in(session, before.id, team_before)


def set_fields(db: Database, commitment_id: int, changes: dict[str, str]) -> None:
    """The command line's ``set REF field=value…``: the commitment's own fields and its people, in one transaction.

    People are named: ``executor=NAME``, ``controller=NAME``, ``co_executors=NAME;NAME`` (empty clears); a name not
    yet in the register is added as a person, with the commitment's agency.
    """
    access.require(db, Action.EDIT)
    people = {k: v for k, v in changes.items() if k in PEOPLE_FIELDS}
    plain = {k: v for k, v in changes.items() if k not in PEOPLE_FIELDS}
    data = commitments.with_fields(db, commitment_id, plain) if plain else None
    if data is not None:
        commitments.validate(data, date_unknown=True)
    with db.write() as session:
        if data is not None:
            commitments.save_in(session, data)
        if people:
            c = load(session, Commitment, commitment_id, "commitment")
            now = team_in(session, commitment_id)
            choice = TeamChoice(
                now.lead.id if now.lead else None,
                [p.id for p in now.co],
                now.controller.id if now.controller else None,
            )

            def person(text: str) -> int | None:
                return find_or_add_in(session, text, c.agency) if clean(text) else None

            if "executor" in people:
                choice.lead_id = person(people["executor"])
            if "controller" in people:
                choice.controller_id = person(people["controller"])
            if "co_executors" in people:
                names = [n for n in people["co_executors"].split(";") if clean(n)]
                choice.co_ids = [i for i in (person(n) for n in names) if i is not None]
            assign_in(session, commitment_id, choice)


# --- filters -----------------------------------------------------------------------------------------------------


def names_of(session: SASession, commitment_ids: Sequence[int] | None = None) -> dict[int, Team]:
    """Commitment id → its team, for reports (every commitment with people, or only ``commitment_ids``)."""
    query = (
        select(CommitmentPerson.commitment_id, CommitmentPerson.role, Person.id, Person.name, Person.agency)
        .join(Person, Person.id == CommitmentPerson.person_id)
        .order_by(CommitmentPerson.commitment_id, CommitmentPerson.sort_order, Person.name)
    )
    if commitment_ids is not None:
        query = query.where(CommitmentPerson.commitment_id.in_(list(commitment_ids)))
    parts: dict[int, dict[str, list[PersonRef]]] = {}
    for cid, role, person_id, name, agency in session.execute(query):
        parts.setdefault(int(cid), {}).setdefault(role, []).append(PersonRef(int(person_id or 0), name, agency))

    def one(found: list[PersonRef] | None) -> PersonRef | None:
        return found[0] if found else None

    return {
        cid: Team(
            one(roles.get(PersonRole.LEAD.value)),
            tuple(roles.get(PersonRole.CO.value, [])),
            one(roles.get(PersonRole.CONTROLLER.value)),
        )
        for cid, roles in parts.items()
    }
