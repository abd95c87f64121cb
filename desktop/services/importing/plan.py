"""What an import would do: rows to add, rows to update, rows rejected and why.

The plan is built from the workbook and the register as it is inside one session; nothing is
written here. Each row is checked by the services' own ``validate`` functions, so the import
accepts exactly what the editor accepts. A plan built inside the write transaction is the one
that is applied, so nothing can change between checking and writing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlmodel import Session

from desktop.domain.catalogue import render
from desktop.domain.errors import FieldProblem, ValidationError
from desktop.domain.messages import Message, as_message
from desktop.services.importing import cells
from desktop.services.importing.mapping import AGREEMENTS, BODIES, COMMITMENTS, PARTIES, SheetMapping
from desktop.services.importing.workbook import SheetData, WorkbookData
from desktop.services.progress import Progress, no_progress

ADD, UPDATE, UNCHANGED, REJECT = "add", "update", "unchanged", "reject"


@dataclass(frozen=True)
class New:
    """A record the import will create; it gets its id when the plan is applied."""

    kind: str
    key: str


Ref = int | New | None


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
    key: str
    detail: Message | str


@dataclass
class Counts:
    add: int = 0
    update: int = 0
    unchanged: int = 0
    reject: int = 0


@dataclass
class ImportPlan:
    source: str
    today: date
    counts: dict[str, Counts] = field(
        default_factory=lambda: {e: Counts() for e in (PARTIES, AGREEMENTS, BODIES, COMMITMENTS)}
    )
    rejections: list[Rejection] = field(default_factory=list)
    preview: list[PreviewRow] = field(default_factory=list)
    problems: list[Message] = field(default_factory=list)  # sheet-level problems (a required column missing)
    ignored_columns: list[str] = field(default_factory=list)
    # What to write. New records are dicts of column values (references may be New);
    # updates are (id, version, changed columns).
    new: dict[str, list[dict[str, Any]]] = field(
        default_factory=lambda: {e: [] for e in (PARTIES, AGREEMENTS, BODIES, COMMITMENTS)}
    )
    updates: dict[str, list[tuple[int, int, dict[str, Any]]]] = field(
        default_factory=lambda: {e: [] for e in (PARTIES, AGREEMENTS, BODIES, COMMITMENTS)}
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
        """The plan in words, in ``language`` (the command line's and the window's import summary)."""
        entity_words = {
            PARTIES: Message("parties"),
            AGREEMENTS: Message("agreements"),
            BODIES: Message("bodies"),
            COMMITMENTS: Message("commitments"),
        }
        messages: list[tuple[str, Message]] = [("", Message("Import of {0}:", self.source))]
        messages += [("  ", p) for p in self.problems]
        for entity, c in self.counts.items():
            if c.add or c.update or c.unchanged or c.reject:
                counts = Message(
                    "{0} to add, {1} to update, {2} unchanged, {3} rejected", c.add, c.update, c.unchanged, c.reject
                )
                messages.append(("  ", Message("{0}: {1}", entity_words.get(entity, entity), counts)))
        if self.ignored_columns:
            messages.append(("  ", Message("ignored columns: {0}", ", ".join(self.ignored_columns))))
        if self.history_skipped:
            n = len(self.history_skipped)
            messages.append(("  ", Message("%n history row(s) not read:", n=n)))
            messages += [("    ", as_message(r)) for r in self.history_skipped[:20]]
        if self.rejections:
            problems = Message("%n problem(s)", n=len(self.rejections))
            messages.append(
                ("  ", Message("{0} in {1}:", problems, Message("%n rejected row(s)", n=self.rejected_rows)))
            )
            messages += [("    ", r.describe()) for r in self.rejections]
        lines = [indent + render(m, language) for indent, m in messages]
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
        if (self.number, index) in self.sheet.uncached_formulas:
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


def data_rows(sheet: SheetData, mapping: SheetMapping) -> list[tuple[int, tuple[Any, ...]]]:
    return [(n, v) for n, v in sheet.rows if n > mapping.header_row]


def record_outcome(plan: ImportPlan, entity: str, action: str, sheet: str, row: int, key: str, detail: str) -> None:
    counts = plan.counts[entity]
    setattr(counts, action, getattr(counts, action) + 1)
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


def changed_fields(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in new.items() if old.get(k) != v}


def build_plan(
    session: Session,
    book: WorkbookData,
    mappings: list[SheetMapping],
    *,
    today: date | None = None,
    progress: Progress = no_progress,
) -> ImportPlan:
    """Check every row against the register as ``session`` sees it; write nothing."""
    from desktop.services.importing.plan_commitments import plan_commitments
    from desktop.services.importing.plan_history import read_history
    from desktop.services.importing.plan_records import Index, plan_agreements, plan_bodies, plan_parties

    plan = ImportPlan(source=book.name, today=today or date.today())
    plan.history, plan.history_skipped = read_history(book)
    sheets = {s.name: s for s in book.sheets}
    index = Index.load(session)
    for mapping in mappings:
        missing = mapping.missing_required()
        if missing:
            from desktop.services.importing.mapping import label

            names = ", ".join(f"'{label(mapping.entity, m)}'" for m in missing)
            plan.problems.append(
                Message("the sheet “{0}” has no {1} column: map one, or add it to the file", mapping.sheet, names)
            )
            continue
        plan.ignored_columns += [f"{mapping.sheet}!{mapping.headers[i]}" for i in mapping.unmatched]
        sheet = sheets[mapping.sheet]
        planner = {PARTIES: plan_parties, AGREEMENTS: plan_agreements, BODIES: plan_bodies}.get(mapping.entity)
        if planner is not None:
            planner(plan, index, sheet, mapping)
        else:
            plan_commitments(session, plan, index, sheet, mapping, progress)
    return plan
