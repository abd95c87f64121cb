"""What an import would do: rows to add, rows to update, rows rejected and why.

The plan is built from the workbook and the register as it is inside one session; nothing is
written here. Each row is checked by the services' own ``validate`` functions, so the import
accepts exactly what the editor accepts. A plan built inside the write transaction is the one
that is applied, so nothing can change between checking and writing.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlmodel import Session

from desktop.domain.catalogue import render
from desktop.domain.errors import FieldProblem, ValidationError
from desktop.domain.messages import Message, as_message, joined
from desktop.domain.words import imported_note
from desktop.services.importing import cells
from desktop.services.importing.mapping import AGREEMENTS, BODIES, COMMITMENTS, PARTIES, PEOPLE, SheetMapping
from desktop.services.importing.spool import Spool
from desktop.services.importing.workbook import SheetData, WorkbookData
from desktop.services.progress import Progress, no_progress

ADD, UPDATE, UNCHANGED, REJECT, CONFLICT = "add", "update", "unchanged", "reject", "conflict"
# What to do with a row whose record the register changed since the file was written.
FAIL, SKIP, OVERWRITE = "fail", "skip", "overwrite"
ON_CONFLICT = (FAIL, SKIP, OVERWRITE)


@dataclass(frozen=True)
class New:
    """A record the import will create; it gets its id when the plan is applied."""

    kind: str
    key: str


Ref = int | New | None


ENTITY_WORDS: dict[str, Message] = {
    "people": Message("people"),
    "parties": Message("parties"),
    "agreements": Message("agreements"),
    "bodies": Message("bodies"),
    "commitments": Message("commitments"),
    "history": Message("status history"),
}


def entity_word(entity: str) -> Message:
    return ENTITY_WORDS.get(entity) or Message.verbatim(entity)


@dataclass(frozen=True)
class Rejection:
    sheet: str
    row: int
    column: str
    value: str
    reason: Message | str

    def describe(self) -> Message:
        reason = as_message(self.reason)
        if self.value:
            return Message(
                "{0}: row {1}, column '{2}': '{3}' {4}", self.sheet, self.row, self.column, self.value, reason
            )
        return Message("{0}: row {1}, column '{2}': {3}", self.sheet, self.row, self.column, reason)

    def __str__(self) -> str:
        return str(self.describe())


@dataclass(frozen=True)
class PreviewRow:
    action: str  # add, update or reject
    entity: str
    sheet: str
    row: int
    key: Message | str
    detail: Message | str


@dataclass
class Counts:
    add: int = 0
    update: int = 0
    unchanged: int = 0
    reject: int = 0
    conflict: int = 0
    merged: int = 0  # rows of this sheet that are one record with a row of another sheet

    def describe(self) -> Message:
        text = Message(
            "{0} to add, {1} to update, {2} unchanged, {3} in conflict, {4} rejected",
            self.add,
            self.update,
            self.unchanged,
            self.conflict,
            self.reject,
        )
        if self.merged:
            text = Message("{0}, {1}", text, Message("%n merged into rows of other sheets", n=self.merged))
        return text


@dataclass(frozen=True)
class FieldConflict:
    field: str  # the clerk's word for the field (the column's header)
    register: str  # the value in the register now
    file: str  # the value the file gives


@dataclass(frozen=True)
class Conflict:
    """A row for a record the register changed since the file was written, and the fields that differ."""

    entity: str
    key: str  # reference / registration number / name
    sheet: str
    row: int
    fields: tuple[FieldConflict, ...]
    taken: bool  # the file's values were applied (the clerk chose so); else the register's were kept

    def describe(self) -> Message:
        parts = [Message("{0}: register '{1}', file '{2}'", f.field, f.register, f.file) for f in self.fields]
        joined_parts = parts[0] if parts else Message.verbatim("")
        for part in parts[1:]:
            joined_parts = Message("{0}; {1}", joined_parts, part)
        what = ENTITY_WORDS.get(self.entity) or Message.verbatim(self.entity)
        return Message("{0} {1} ({2}, row {3}): {4}", what, self.key, self.sheet, self.row, joined_parts)


@dataclass
class ImportPlan:
    source: str
    today: date
    counts: dict[str, Counts] = field(
        default_factory=lambda: {e: Counts() for e in (PEOPLE, PARTIES, AGREEMENTS, BODIES, COMMITMENTS)}
    )
    rejections: list[Rejection] = field(default_factory=list)
    preview: list[PreviewRow] = field(default_factory=list)
    problems: list[Message | str] = field(default_factory=list)  # sheet-level problems (a required column missing)
    # Of those: the sheets left unread because a required column is missing (a clerk's reference or notes sheet:
    # importing the valid rows leaves them out, as it leaves out rejected rows), and the columns the clerk must
    # still choose (these stop the import).
    unread_sheets: list[str] = field(default_factory=list)
    questions: list[Message | str] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    # What to write. New records are dicts of column values (references may be New);
    # updates are (id, version, changed columns).
    # Commitments (a register's many rows) past the first few thousand wait in a temporary file; the few
    # people, parties, agreements and bodies stay in memory, where the planners may still complete them.
    new: dict[str, Spool[dict[str, Any]]] = field(
        default_factory=lambda: {
            e: Spool(in_memory=None if e == COMMITMENTS else sys.maxsize)
            for e in (PEOPLE, PARTIES, AGREEMENTS, BODIES, COMMITMENTS)
        }
    )
    updates: dict[str, list[tuple[int, int, dict[str, Any]]]] = field(
        default_factory=lambda: {e: [] for e in (PEOPLE, PARTIES, AGREEMENTS, BODIES, COMMITMENTS)}
    )
    # Links replaced for an agreement/body (id or New): party refs and people (name, position, party ref).
    links: dict[str, dict[Ref, tuple[list[Ref] | None, list[tuple[str, str, Ref]] | None]]] = field(
        default_factory=lambda: {AGREEMENTS: {}, BODIES: {}}
    )
    status_changes: list[tuple[str, Ref, str | None, str]] = field(default_factory=list)
    # The History sheet of our own export: (entity, reference) → past changes, used for the
    # records this import creates; past_changes are those to write, before status_changes.
    history: dict[tuple[str, str], list[Any]] = field(default_factory=dict)
    history_skipped: list[str] = field(default_factory=list)
    past_changes: list[tuple[str, Ref, Any]] = field(default_factory=list)
    # Conflicts: policy for all rows, the record keys (entity:key) the clerk chose to take from the file.
    on_conflict: str = SKIP
    overwrite: frozenset[str] = frozenset()
    written_at: datetime | None = None
    conflicts: list[Conflict] = field(default_factory=list)
    # A change the import makes to an existing record, for its history: (entity, id, from, to, note).
    field_changes: list[tuple[str, int, str, str, str]] = field(default_factory=list)
    # Every sheet of the file and what became of it.
    sheet_outcomes: dict[str, Message | str] = field(default_factory=dict)
    sheet_counts: dict[str, dict[str, Counts]] = field(default_factory=dict)  # sheet → entity → counts

    @property
    def unresolved_conflicts(self) -> list[Conflict]:
        return [c for c in self.conflicts if not c.taken]

    @property
    def rejected_rows(self) -> int:
        return sum(c.reject for c in self.counts.values())

    @property
    def has_changes(self) -> bool:
        return any(c.add or c.update for c in self.counts.values())

    @property
    def ok(self) -> bool:
        return not self.rejections and not self.problems

    def summary_lines(self, language: str = "en") -> list[str]:
        """The plan in words of ``language`` (the command line's and the import window's summary)."""

        def say(message: Message | str) -> str:
            return render(as_message(message), language)

        lines = [say(Message("Import of {0}:", self.source))]
        lines += [f"  {say(p)}" for p in self.problems]
        lines.append("  " + say(Message("sheets:")))
        for sheet, outcome in self.sheet_outcomes.items():
            tallies = self.sheet_counts.get(sheet, {})
            tally = "; ".join(say(Message("{0}: {1}", entity_word(e), c.describe())) for e, c in tallies.items())
            lines.append(f"    '{sheet}' — {say(outcome)}" + (f" ({tally})" if tally else ""))
        for entity, c in self.counts.items():
            if c.add or c.update or c.unchanged or c.reject or c.conflict:
                lines.append("  " + say(Message("{0}: {1}", entity_word(entity), c.describe())))
        if self.ignored_columns:
            lines.append("  " + say(Message("ignored columns: {0}", ", ".join(self.ignored_columns))))
        if self.history_skipped:
            lines.append("  " + say(Message("%n history row(s) not read:", n=len(self.history_skipped))))
            lines += [f"    {say(r)}" for r in self.history_skipped[:20]]
        updates = [p for p in self.preview if p.action == UPDATE]
        if updates:
            lines.append("  " + say(Message("to update (what changes; a blank cell keeps the register's value):")))
            lines += [
                "    " + say(Message("{0} row {1}: {2}: {3}", p.sheet, p.row, p.key, as_message(p.detail)))
                for p in updates[:50]
            ]
            if len(updates) > 50:
                lines.append("    " + say(Message("… and %n more", n=len(updates) - 50)))
        if self.conflicts:
            lines.append(
                "  "
                + say(
                    Message(
                        "%n row(s) for records changed in the register since the file was written "
                        "(register value, file value):",
                        n=len(self.conflicts),
                    )
                )
            )
            for conflict in self.conflicts[:200]:
                outcome = Message("file's values taken") if conflict.taken else Message("register kept")
                lines.append("    " + say(Message("{0} — {1}", conflict.describe(), outcome)))
            if len(self.conflicts) > 200:
                lines.append("    " + say(Message("… and %n more", n=len(self.conflicts) - 200)))
        if self.rejections:
            problems = Message("%n problem(s)", n=len(self.rejections))
            rows = Message("%n rejected row(s)", n=self.rejected_rows)
            lines.append("  " + say(Message("{0} in {1}:", problems, rows)))
            lines += [f"    {say(r.describe())}" for r in self.rejections]
        return lines


# Service field names that differ from the import's column fields.
_FIELD_ALIASES = {
    "parent_id": "parent",
    "established_by_id": "established_by",
    "agreement_id": "agreement",
    "body_id": "body",
    "party_id": "party",
    "note": "status",
}


class RowCheck:
    """Reads one row's cells for a mapping and collects its problems, each naming its cell."""

    def __init__(
        self,
        plan: ImportPlan,
        sheet: SheetData,
        mapping: SheetMapping,
        number: int,
        values: tuple[Any, ...],
        columns: dict[str, int],
    ) -> None:
        self.plan, self.sheet, self.mapping = plan, sheet, mapping
        self.number, self.values, self.columns = number, values, columns
        self.problems: list[Rejection] = []

    def has(self, name: str) -> bool:
        return name in self.columns

    def given(self, name: str) -> bool:
        """The sheet has the column and this row's cell says something: a blank cell never erases."""
        index = self.columns.get(name)
        if index is None or index >= len(self.values):
            return False
        value = self.values[index]
        return value is not None and not (isinstance(value, str) and not value.strip())

    def raw(self, name: str) -> Any:
        index = self.columns.get(name)
        if index is None or index >= len(self.values):
            return None
        return self.values[index]

    def fail(self, name: str, reason: Message | str, show_value: bool = True) -> None:
        name = _FIELD_ALIASES.get(name, name)
        value = cells.format_value(self.raw(name)) if show_value else ""
        self.problems.append(Rejection(self.sheet.name, self.number, self.mapping.header_for(name), value, reason))

    def get(self, name: str, parse: Callable[[Any], Any] = cells.text, default: Any = None) -> Any:
        """The parsed cell, or ``default`` after recording why it cannot be read."""
        index = self.columns.get(name)
        if index is None:
            return default
        if self.sheet.uncached_formulas and (self.number, index) in self.sheet.uncached_formulas:
            self.fail(
                name,
                Message(
                    "is a formula with no saved value: open the file in Excel, let it calculate and save it, "
                    "or type the value"
                ),
                show_value=False,
            )
            return default
        try:
            return parse(self.values[index] if index < len(self.values) else None)
        except cells.CellError as exc:
            self.fail(name, exc.args[0] if exc.args and isinstance(exc.args[0], Message) else str(exc))
            return default

    def validated(self, validate: Callable[[], None]) -> None:
        try:
            validate()
        except ValidationError as exc:
            self.add_problems(exc.problems)

    def add_problems(self, problems: list[FieldProblem]) -> None:
        for problem in problems:
            self.fail(problem.field, problem.message, show_value=False)

    def rejection_detail(self) -> Message:
        parts = [
            Message("column '{0}': '{1}' {2}", p.column, p.value, as_message(p.reason))
            if p.value
            else Message("column '{0}': {1}", p.column, as_message(p.reason))
            for p in self.problems
        ]
        result = parts[0]
        for part in parts[1:]:
            result = Message("{0}; {1}", result, part)
        return result

    def finish(self, entity: str, key: str) -> bool:
        """Record the row's problems; True when it may be imported."""
        if not self.problems:
            return True
        self.plan.rejections.extend(self.problems)
        self.plan.counts[entity].reject += 1
        self.plan.sheet_counts.setdefault(self.sheet.name, {}).setdefault(entity, Counts()).reject += 1
        self.plan.preview.append(
            PreviewRow(
                REJECT,
                entity,
                self.sheet.name,
                self.number,
                key,
                self.rejection_detail(),
            )
        )
        return False


def data_rows(sheet: SheetData, mapping: SheetMapping) -> Sequence[tuple[int, tuple[Any, ...]]]:
    """The rows below the header row (rows come in sheet order; the header is among the first few).

    A slice, not a copy: a long sheet's rows stay on disk until they are iterated.
    """
    start = 0
    for number, _values in sheet.rows:
        if number > mapping.header_row:
            break
        start += 1
    return sheet.rows[start:]


def record_outcome(
    plan: ImportPlan, entity: str, action: str, sheet: str, row: int, key: Message | str, detail: Message | str
) -> None:
    counts = plan.counts[entity]
    setattr(counts, action, getattr(counts, action) + 1)
    per_sheet = plan.sheet_counts.setdefault(sheet, {}).setdefault(entity, Counts())
    setattr(per_sheet, action, getattr(per_sheet, action) + 1)
    if action != UNCHANGED:
        plan.preview.append(PreviewRow(action, entity, sheet, row, key, detail))


def carry_history(plan: ImportPlan, entity: str, key: str, ref: Ref, status: str) -> list[Any]:
    """A created record's past changes from the file; a closing change is added when the file's
    last change does not end in the status the record is created with (or there is none)."""
    past = plan.history.get((entity, key), []) if key else []
    for change in past:
        plan.past_changes.append((entity, ref, change))
    if not past or past[-1].to_status != status:
        plan.status_changes.append((entity, ref, past[-1].to_status if past else None, status))
    return past


def _conflict_detail(fields: tuple[FieldConflict, ...]) -> Message:
    parts = [Message("{0}: register '{1}' ↔ file '{2}'", f.field, f.register, f.file) for f in fields]
    detail = parts[0]
    for part in parts[1:]:
        detail = Message("{0}; {1}", detail, part)
    return detail


def changed_fields(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in new.items() if old.get(k) != v}


def shown(value: Any) -> str:
    if value is None or value == "":
        return "(empty)"
    if isinstance(value, date):
        return value.isoformat()
    return cells.format_value(value)


def is_stale(plan: ImportPlan, old: dict[str, Any], file_version: int | None) -> bool:
    """Did the register change this record since the file was written?

    Kelisim's own export carries each record's version: any other version means a change since.
    A sheet without versions is compared against when it was last saved.
    """
    if file_version is not None:
        return file_version != old.get("version")
    updated = old.get("updated_at")
    # The "last saved" property has whole seconds: a change is after it from the next second on.
    return (
        plan.written_at is not None
        and isinstance(updated, datetime)
        and updated.replace(microsecond=0) > plan.written_at
    )


def settle_update(
    plan: ImportPlan,
    entity: str,
    sheet: str,
    row: int,
    key: str,
    old: dict[str, Any],
    diff: dict[str, Any],
    file_version: int | None,
    words: Callable[[str], str],
    describe: Callable[[str, Any], str] = lambda _f, v: shown(v),
) -> bool:
    """True when ``diff`` may be applied. A stale row's differing fields are a conflict: applied only
    when the clerk chose the file's values (for this record or all), else the register is kept."""
    if not is_stale(plan, old, file_version):
        return True
    taken = plan.on_conflict == OVERWRITE or f"{entity}:{key}" in plan.overwrite
    fields = tuple(FieldConflict(words(f), describe(f, old.get(f)), describe(f, v)) for f, v in diff.items())
    plan.conflicts.append(Conflict(entity, key, sheet, row, fields, taken))
    if not taken:
        record_outcome(
            plan,
            entity,
            CONFLICT,
            sheet,
            row,
            key,
            _conflict_detail(fields),
        )
    return taken


def change_note(source: str, changes: list[tuple[str, str, str]]) -> str:
    """The history note of an import's change to an existing record: the file, each field from → to."""
    return imported_note(source, "; ".join(f"{name}: '{before}' → '{after}'" for name, before, after in changes))


def build_plan(
    session: Session,
    book: WorkbookData,
    mappings: list[SheetMapping],
    *,
    today: date | None = None,
    progress: Progress = no_progress,
    on_conflict: str = SKIP,
    overwrite: frozenset[str] | set[str] = frozenset(),
) -> ImportPlan:
    """Check every row against the register as ``session`` sees it; write nothing."""
    from desktop.services.importing.mapping import label_words, sheet_notes
    from desktop.services.importing.plan_commitments import plan_commitments
    from desktop.services.importing.plan_history import read_history
    from desktop.services.importing.plan_people import plan_people
    from desktop.services.importing.plan_records import Index, plan_agreements, plan_bodies, plan_parties

    plan = ImportPlan(
        source=book.name,
        today=today or date.today(),
        on_conflict=on_conflict,
        overwrite=frozenset(overwrite),
        written_at=book.written_at,
    )
    plan.history, plan.history_skipped = read_history(book)
    sheets = {s.name: s for s in book.sheets}
    index = Index.load(session)
    outcomes: dict[str, Message | str] = {}
    commitment_sheets: list[tuple[SheetData, SheetMapping]] = []
    for mapping in mappings:
        questions = mapping.questions()
        missing = mapping.missing_required()
        if missing or questions:
            # The fields' words in the reader's language; the field's own name is what --map takes.
            names = joined([Message("'{0}'", label_words(mapping.entity, m)) for m in missing])
            if missing:
                plan.problems.append(
                    Message(
                        "the sheet '{0}' has no {1} column: map one (--map \"Header={2}\"), or add it to the file",
                        mapping.sheet,
                        names,
                        missing[0],
                    )
                )
            if missing:
                plan.unread_sheets.append(mapping.sheet)
            else:
                plan.questions += questions
            plan.problems += questions
            outcomes[mapping.sheet] = (
                Message("not read: a required column is missing") if missing else Message("not read: columns to choose")
            )
            continue
        read_as = Message("read as {0}", entity_word(mapping.entity))
        if mapping.remembered:
            read_as = Message("{0} ({1})", read_as, Message("remembered mapping"))
        elif mapping.confirmed:
            read_as = Message("{0} ({1})", read_as, Message("mapped by the clerk"))
        outcomes[mapping.sheet] = read_as
        plan.ignored_columns += [f"{mapping.sheet}!{mapping.headers[i]}" for i in mapping.unmatched]
        sheet = sheets[mapping.sheet]
        plan.sheet_counts.setdefault(sheet.name, {}).setdefault(mapping.entity, Counts())
        planner = {PARTIES: plan_parties, AGREEMENTS: plan_agreements, BODIES: plan_bodies}.get(mapping.entity)
        if mapping.entity == PEOPLE:
            plan_people(session, plan, sheet, mapping)
        elif planner is not None:
            planner(plan, index, sheet, mapping)
        else:
            commitment_sheets.append((sheet, mapping))
    if commitment_sheets:
        plan_commitments(session, plan, index, commitment_sheets, progress)
    for note in sheet_notes(book, mappings):
        outcomes[note.sheet] = note.outcome
    plan.sheet_outcomes = {s.name: outcomes[s.name] for s in book.sheets if s.name in outcomes}
    return plan
