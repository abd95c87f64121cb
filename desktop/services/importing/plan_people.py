"""Planning the people of a People sheet (or a sheet with people's headers): a person is matched by name.

A new name adds a person; a known one (case and spacing ignored) has its agency, position, contact and login
updated from the cells that say something — a blank cell keeps the register's value, as everywhere in the import.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from desktop.domain.messages import Message, joined
from desktop.domain.models import Person
from desktop.domain.rules import person_problems
from desktop.services.common import clean
from desktop.services.importing.mapping import PEOPLE, SheetMapping
from desktop.services.importing.plan import (
    ADD,
    UNCHANGED,
    UPDATE,
    ImportPlan,
    RowCheck,
    data_rows,
    record_outcome,
)
from desktop.services.importing.workbook import SheetData

PERSON_COLUMNS = ("name", "agency", "position", "contact", "login")
LIMITS = {"name": 200, "agency": 500, "position": 300, "contact": 300, "login": 200}


def plan_people(session: Session, plan: ImportPlan, sheet: SheetData, mapping: SheetMapping) -> None:
    stored: dict[str, tuple[int, dict[str, Any]]] = {}
    for person in session.scalars(select(Person).order_by(Person.id)):
        known = {c: getattr(person, c) or "" for c in PERSON_COLUMNS}
        stored.setdefault(person.name.casefold(), (person.id or 0, known))  # the first one entered, as find_in
    seen: dict[str, int] = {}
    columns = {f: i for i, f in mapping.columns.items()}
    for number, values in data_rows(sheet, mapping):
        check = RowCheck(plan, sheet, mapping, number, values, columns)
        fields = {c: clean(check.get(c) or "") for c in PERSON_COLUMNS}
        name = fields["name"]
        for problem in person_problems(name):
            check.fail("name", problem.message, show_value=False)
        for column, limit in LIMITS.items():
            if column != "name" and len(fields[column]) > limit:
                check.fail(
                    column, Message("is %n characters long; at most {0} are allowed", limit, n=len(fields[column]))
                )
        key = name.casefold()
        if name and key in seen:
            check.fail("name", Message("appears again (first in row {0})", seen[key]))
        if not check.finish(PEOPLE, name):
            continue
        seen[key] = number
        old = stored.get(key)
        if old is None:
            plan.new[PEOPLE].append(dict(fields))
            record_outcome(plan, PEOPLE, ADD, sheet.name, number, name, fields["agency"] or name)
            continue
        person_id, before = old
        # A blank cell keeps what the register holds; the name is the person's key and stays as stored.
        diff = {c: v for c, v in fields.items() if c != "name" and v and v != before.get(c)}
        if diff:
            plan.updates[PEOPLE].append((person_id, 0, diff))
            record_outcome(
                plan,
                PEOPLE,
                UPDATE,
                sheet.name,
                number,
                name,
                joined([Message.verbatim(mapping.header_for(c)) for c in diff]),
            )
        else:
            record_outcome(plan, PEOPLE, UNCHANGED, sheet.name, number, name, "")
