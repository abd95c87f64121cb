"""Planning parties, agreements and bodies: matched by name / registration number / name."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache, partial
from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from desktop.domain.enums import AgreementKind, AgreementStatus, BodyKind, PartyKind
from desktop.domain.errors import field_label
from desktop.domain.messages import Message, joined
from desktop.domain.models import Agreement, AgreementParty, Body, BodyParty, CoChair, Party, Signatory
from desktop.domain.rules import (
    AGREEMENT_SEARCH_FIELDS,
    BODY_SEARCH_FIELDS,
    PARTY_SEARCH_FIELDS,
    agreement_status_change_problems,
    fold,
    search_text,
)
from desktop.domain.words import imported_note
from desktop.services import agreements, bodies, parties
from desktop.services.importing import cells
from desktop.services.importing.mapping import AGREEMENTS, BODIES, PARTIES, SheetMapping
from desktop.services.importing.plan import (
    ADD,
    UNCHANGED,
    UPDATE,
    ImportPlan,
    New,
    Ref,
    RowCheck,
    carry_history,
    change_note,
    changed_fields,
    data_rows,
    record_outcome,
    settle_update,
    shown,
)
from desktop.services.importing.workbook import SheetData
from desktop.services.records import AgreementData, BodyData, PartyData, PersonData

AGREEMENT_COLUMNS = (
    "reg_number",
    "title",
    "title_ru",
    "title_kk",
    "title_zh",
    "kind",
    "status",
    "signed_on",
    "place",
    "entry_into_force",
    "expiry",
    "summary",
    "source_ref",
)
BODY_COLUMNS = (
    "name",
    "name_ru",
    "name_kk",
    "name_zh",
    "kind",
    "parent_id",
    "established_by_id",
    "established_on",
    "active",
    "dissolved_on",
    "notes",
)
PARTY_COLUMNS = ("name", "short_name", "kind", "country_code", "name_ru", "name_kk", "name_zh")


_QUOTES = re.compile(r"[\"'«»“”„‘’`.,;:()\[\]]+")
_LATIN = str.maketrans(
    {
        "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "gh", "д": "d", "е": "e", "ж": "zh",
        "з": "z", "и": "i", "й": "y", "к": "k", "қ": "q", "л": "l", "м": "m", "н": "n", "ң": "ng",
        "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "u", "ү": "u",
        "ф": "f", "х": "kh", "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y",
        "і": "i", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    }
)  # fmt: skip


@lru_cache(maxsize=4096)
def _key(text: str) -> str:
    """A name as a key: case, «ё», quotes and spacing do not matter. Cached: every row of a register names its
    body and party again."""
    return " ".join(_QUOTES.sub(" ", text.casefold().replace("ё", "е")).split())


def _latin_key(text: str) -> str:
    """The name in Latin letters: «Казахстан», «КАЗАХСТАН» and "Kazakhstan" meet here."""
    return "~" + _key(text).translate(_LATIN).replace("-", " ")


def _reg_key(text: str) -> str:
    """«№ 12/2024», "No. 12/2024" and "12/2024" name the same protocol."""
    value = re.sub(r"^\s*(?:№|no\.?|n°|#)\s*", "", text.strip().casefold())
    return "#" + " ".join(value.split())


def _put(found: dict[str, Ref], ranks: dict[str, int], key: str, rank: int, ref: Ref) -> None:
    """Record ``key`` → ``ref`` unless another record holds the key by a stronger column."""
    if found.get(key) == ref:
        ranks[key] = max(rank, ranks[key])
    elif rank >= ranks.get(key, -1):  # equal strength: the later record wins, as a later row would
        found[key] = ref
        ranks[key] = rank


@dataclass
class Index:
    """The register's names and keys, plus what the import adds, for matching and references."""

    party_by_name: dict[str, Ref] = field(default_factory=dict)
    # How strongly each key names its record: a full name beats a short name beats a code or
    # another language's name, whatever order the records were added in.
    party_rank: dict[str, int] = field(default_factory=dict)
    body_rank: dict[str, int] = field(default_factory=dict)
    party_rows: dict[Ref, dict[str, Any]] = field(default_factory=dict)
    party_label: dict[Ref, str] = field(default_factory=dict)
    agreement_by_reg: dict[str, Ref] = field(default_factory=dict)
    agreement_by_title: dict[str, Ref] = field(default_factory=dict)
    agreement_rows: dict[Ref, dict[str, Any]] = field(default_factory=dict)
    agreement_links: dict[Ref, tuple[list[Ref], list[tuple[str, str, Ref]]]] = field(default_factory=dict)
    body_by_name: dict[str, Ref] = field(default_factory=dict)
    body_rows: dict[Ref, dict[str, Any]] = field(default_factory=dict)
    body_links: dict[Ref, tuple[list[Ref], list[tuple[str, str, Ref]]]] = field(default_factory=dict)

    @classmethod
    def load(cls, session: Session) -> Index:
        index = cls()
        for p in session.execute(select(Party)).scalars():
            index._add_party(
                p.id, {c: getattr(p, c) for c in PARTY_COLUMNS} | {"version": p.version, "updated_at": p.updated_at}
            )
        for a in session.execute(select(Agreement)).scalars():
            index._add_agreement(
                a.id, {c: getattr(a, c) for c in AGREEMENT_COLUMNS} | {"version": a.version, "updated_at": a.updated_at}
            )
            index.agreement_links[a.id] = ([], [])
        for agreement_id, party_id in session.execute(select(AgreementParty.agreement_id, AgreementParty.party_id)):
            index.agreement_links[agreement_id][0].append(party_id)
        for s in session.execute(select(Signatory).order_by(Signatory.agreement_id, Signatory.sort_order)).scalars():
            index.agreement_links[s.agreement_id][1].append((s.name, s.position, s.party_id))
        for b in session.execute(select(Body)).scalars():
            index._add_body(
                b.id, {c: getattr(b, c) for c in BODY_COLUMNS} | {"version": b.version, "updated_at": b.updated_at}
            )
            index.body_links[b.id] = ([], [])
        for body_id, party_id in session.execute(select(BodyParty.body_id, BodyParty.party_id)):
            index.body_links[body_id][0].append(party_id)
        for c in session.execute(select(CoChair).order_by(CoChair.body_id, CoChair.sort_order)).scalars():
            index.body_links[c.body_id][1].append((c.name, c.position, c.party_id))
        return index

    def _add_party(self, ref: Ref, row: dict[str, Any]) -> None:
        self.party_rows[ref] = row
        self.party_label[ref] = row["name"]
        for rank, column in enumerate(("name_zh", "name_kk", "name_ru", "country_code", "short_name", "name")):
            if row.get(column):
                _put(self.party_by_name, self.party_rank, _key(row[column]), rank, ref)
                _put(self.party_by_name, self.party_rank, _latin_key(row[column]), rank, ref)

    def _add_agreement(self, ref: Ref, row: dict[str, Any]) -> None:
        self.agreement_rows[ref] = row
        self.agreement_by_reg[row["reg_number"]] = ref
        self.agreement_by_reg.setdefault(_reg_key(row["reg_number"]), ref)
        self.agreement_by_title.setdefault(_key(row["title"]), ref)

    def _add_body(self, ref: Ref, row: dict[str, Any]) -> None:
        self.body_rows[ref] = row
        for rank, column in enumerate(("name_zh", "name_kk", "name_ru", "name")):
            if row.get(column):
                _put(self.body_by_name, self.body_rank, _key(row[column]), rank, ref)
                _put(self.body_by_name, self.body_rank, _latin_key(row[column]), rank, ref)

    def party(self, name: str) -> Ref:
        found = self.party_by_name.get(_key(name))
        return found if found is not None else self.party_by_name.get(_latin_key(name))

    def agreement(self, text: str) -> Ref:
        found = self.agreement_by_reg.get(text.strip())
        if found is None:
            found = self.agreement_by_reg.get(_reg_key(text))
        return found if found is not None else self.agreement_by_title.get(_key(text))

    def body(self, name: str) -> Ref:
        found = self.body_by_name.get(_key(name))
        return found if found is not None else self.body_by_name.get(_latin_key(name))

    def known_parties(self) -> Message:
        names = "; ".join(sorted(str(r["name"]) for r in self.party_rows.values()))
        return Message.verbatim(names) if names else Message("none yet")

    def parent_of(self, ref: Ref) -> Ref:
        row = self.body_rows.get(ref)
        return row.get("parent_id") if row else None


def _party_names(index: Index, value: Any) -> list[str]:
    """Parties one a line (our export) or ';'/','-separated; a line naming a whole party is kept whole,
    so 'Korea, Republic of' stays one party."""
    raw = cells.text(value)
    names: list[str] = []
    for part in (p.strip() for p in re.split(r"[;\n]", raw)):
        if not part:
            continue
        if index.party(part) is not None or "," not in part:
            names.append(part)
        else:
            names += [p.strip() for p in part.split(",") if p.strip()]
    return names


def _resolve_parties(check: RowCheck, index: Index, column: str) -> list[Ref]:
    refs: list[Ref] = []
    for name in check.get(column, lambda v: _party_names(index, v), []):
        ref = index.party(name)
        if ref is None:
            check.fail(column, Message("names an unknown party '{0}' (known: {1})", name, index.known_parties()))
        elif ref not in refs:
            refs.append(ref)
    return refs


def _resolve_people(
    check: RowCheck, index: Index, column: str, old: list[tuple[str, str, Ref]]
) -> list[tuple[str, str, Ref]]:
    raw = check.raw(column)
    if not cells.is_people_layout(raw) and not check.mapping.own_layout:
        # Names only (as our status export lists them): the same names keep their positions and parties.
        names = check.get(column, cells.split_names, [])
        if names == [n for n, _p, _r in old]:
            return list(old)
        return [(n, "", None) for n in names]
    people: list[tuple[str, str, Ref]] = []
    for name, position, party_name in check.get(column, cells.split_people, []):
        ref = index.party(party_name) if party_name else None
        if party_name and ref is None:
            check.fail(column, Message("names an unknown party '{0}' (known: {1})", party_name, index.known_parties()))
        people.append((name, position, ref))
    return people


def _merge(
    check: RowCheck,
    old: dict[str, Any] | None,
    fields: dict[str, Any],
    defaults: dict[str, Any],
    also: frozenset[str] = frozenset(),
) -> dict[str, Any]:
    """Cells that say something win; absent columns and blank cells keep the stored value (or the default)."""
    base = dict(defaults if old is None else old)
    base.pop("version", None)
    base.pop("updated_at", None)
    base.update({k: v for k, v in fields.items() if check.given(k) or (k in also and v)})
    return base


def _local(check: RowCheck, fields: dict[str, Any], column: str, prefix: str) -> frozenset[str]:
    """Fill name_kk/ru/zh (or title_…) from a joined 'kk / ru / zh' column unless they have columns of their own."""
    if not check.has(column):
        return frozenset()
    parts = check.get(column, cells.split_local_names, {})
    targets = [f"{prefix}_{lang}" for lang in ("kk", "ru", "zh") if not check.has(f"{prefix}_{lang}")]
    for target in targets:
        fields[target] = parts.get(target[-2:], "")
    return frozenset(targets)


def plan_parties(plan: ImportPlan, index: Index, sheet: SheetData, mapping: SheetMapping) -> None:
    seen: dict[str, int] = {}
    defaults = {c: "" for c in PARTY_COLUMNS} | {"kind": "state"}
    columns = {f: i for i, f in mapping.columns.items()}
    for number, values in data_rows(sheet, mapping):
        check = RowCheck(plan, sheet, mapping, number, values, columns)
        name = check.get("name")
        fields = {c: check.get(c) or "" for c in PARTY_COLUMNS if c != "kind"}
        fields["kind"] = check.get("kind", lambda v: cells.parse_choice(PartyKind, v) if cells.text(v) else "state")
        fields["country_code"] = fields["country_code"].upper()
        ref = index.party(name) if name else None
        if name and _key(name) in seen:
            check.fail("name", Message("appears again (first in row {0})", seen[_key(name)]))
        old = index.party_rows.get(ref) if isinstance(ref, int) else None
        merged = _merge(check, old, fields, defaults)
        party_values: dict[str, Any] = {k: merged[k] or "" for k in PARTY_COLUMNS}
        data = PartyData(**party_values)
        check.validated(partial(parties.validate, data))
        if not check.finish(PARTIES, name or ""):
            continue
        seen[_key(name)] = number
        merged["search_text"] = search_text(PARTY_SEARCH_FIELDS, merged)
        if old is None:
            new = New(PARTIES, _key(name))
            plan.new[PARTIES].append(merged | {"_ref": new})
            index._add_party(new, merged)
            record_outcome(plan, PARTIES, ADD, sheet.name, number, name, merged["short_name"] or merged["name"])
        else:
            diff = changed_fields(old, {k: v for k, v in merged.items() if k != "search_text"})
            if diff and not settle_update(
                plan, PARTIES, sheet.name, number, name, old, diff, None, lambda f: mapping.header_for(f)
            ):
                pass
            elif diff:
                plan.updates[PARTIES].append((ref, old["version"], diff | {"search_text": merged["search_text"]}))  # type: ignore[arg-type]
                index._add_party(ref, merged | {"version": old["version"]})
                record_outcome(
                    plan, PARTIES, UPDATE, sheet.name, number, name, joined([_field_words(mapping, f) for f in diff])
                )
            else:
                record_outcome(plan, PARTIES, UNCHANGED, sheet.name, number, name, "")


def plan_agreements(plan: ImportPlan, index: Index, sheet: SheetData, mapping: SheetMapping) -> None:
    seen: dict[str, int] = {}
    defaults = {c: "" for c in AGREEMENT_COLUMNS} | {
        "kind": "agreement",
        "status": "signed",
        "signed_on": None,
        "entry_into_force": None,
        "expiry": None,
    }
    columns = {f: i for i, f in mapping.columns.items()}
    for number, values in data_rows(sheet, mapping):
        check = RowCheck(plan, sheet, mapping, number, values, columns)
        fields: dict[str, Any] = {c: check.get(c) or "" for c in AGREEMENT_COLUMNS}
        for c in ("signed_on", "entry_into_force", "expiry"):
            fields[c] = check.get(c, cells.parse_date)
        fields["kind"] = check.get("kind", lambda v: cells.parse_choice(AgreementKind, v), "agreement")
        fields["status"] = check.get("status", lambda v: cells.parse_choice(AgreementStatus, v), "signed")
        local = _local(check, fields, "local_titles", "title")
        reg = fields["reg_number"]
        if reg and reg in seen:
            check.fail(
                "reg_number", Message("appears again (first in row {0}): registration numbers are unique", seen[reg])
            )
        ref = index.agreement_by_reg.get(reg) if reg else None
        old = index.agreement_rows.get(ref) if isinstance(ref, int) else None
        merged = _merge(check, old, fields, defaults, local)
        old_links = index.agreement_links.get(ref, ([], [])) if old else ([], [])
        party_refs = _resolve_parties(check, index, "parties") if check.given("parties") else list(old_links[0])
        people = (
            _resolve_people(check, index, "signatories", old_links[1])
            if check.given("signatories")
            else list(old_links[1])
        )
        data = AgreementData(
            **{k: merged[k] for k in AGREEMENT_COLUMNS},
            party_ids=party_refs,  # type: ignore[arg-type]  # New parties get their ids when applied
            signatories=[PersonData(n, p, r) for n, p, r in people],  # type: ignore[arg-type]  # likewise
        )
        check.validated(partial(agreements.validate, data))
        if old is not None and merged["status"] != old["status"]:
            check.add_problems(
                agreement_status_change_problems(old["status"], merged["status"], imported_note(plan.source))
            )
        if not check.finish(AGREEMENTS, reg):
            continue
        seen[reg] = number
        merged["search_text"] = search_text(AGREEMENT_SEARCH_FIELDS, merged)
        version = check.get("version", _version) if check.given("version") else None
        ref, diff = _plan_with_links(
            plan,
            AGREEMENTS,
            sheet.name,
            number,
            reg,
            reg,
            merged["title"],
            ref,
            old,
            old_links,
            merged,
            (party_refs, people),
            Message("parties/signatories"),
            index._add_agreement,
            version,
            mapping,
        )
        if diff is None:
            carry_history(plan, "agreement", reg, ref, merged["status"])
        elif diff and old is not None:
            changes = [(mapping.header_for(f), shown(old.get(f)), shown(v)) for f, v in diff.items()]
            plan.field_changes.append(
                ("agreement", ref, old["status"], merged["status"], change_note(plan.source, changes))  # type: ignore[arg-type]
            )


def _field_words(mapping: SheetMapping, name: str) -> Message:
    """A changed field as the clerk knows it: the file's own header, else the field's label."""
    if mapping.column_of(name) is not None:
        return Message.verbatim(mapping.header_for(name))
    return field_label(name)


def _plan_with_links(
    plan: ImportPlan,
    table: str,
    sheet: str,
    number: int,
    key: str,
    label: str,
    add_detail: str,
    ref: Ref,
    old: dict[str, Any] | None,
    old_links: Any,
    merged: dict[str, Any],
    links: Any,
    links_word: Message,
    remember: Any,
    version: int | None,
    mapping: SheetMapping,
) -> tuple[Ref, dict[str, Any] | None]:
    """Plan one agreement or body row with its parties and people: added, updated or unchanged.

    Returns the record's ref and what changed (None for an added record, {} for an unchanged one).
    """
    if old is None:
        new = New(table, key)
        plan.new[table].append(merged | {"_ref": new})
        plan.links[table][new] = links
        remember(new, merged)
        record_outcome(plan, table, ADD, sheet, number, label, add_detail)
        return new, None
    diff = changed_fields(old, {k: v for k, v in merged.items() if k != "search_text"})
    links_changed = set(links[0]) != set(old_links[0]) or links[1] != old_links[1]
    if not diff and not links_changed:
        record_outcome(plan, table, UNCHANGED, sheet, number, label, "")
        return ref, {}
    claimed = dict(diff)
    if links_changed:
        claimed[links_word.text] = "changed"
    if not settle_update(plan, table, sheet, number, key, old, claimed, version, mapping.header_for):
        return ref, {}
    plan.updates[table].append((ref, old["version"], diff | {"search_text": merged["search_text"]}))  # type: ignore[arg-type]
    if links_changed:
        plan.links[table][ref] = links
    remember(ref, merged | {"version": old["version"]})
    changed = [_field_words(mapping, f) for f in diff] + ([links_word] if links_changed else [])
    record_outcome(plan, table, UPDATE, sheet, number, label, joined(changed))
    return ref, diff


def _cycle(index: Index, ref: Ref, parent: Ref) -> bool:
    seen = {ref}
    while parent is not None:
        if parent in seen:
            return True
        seen.add(parent)
        parent = index.parent_of(parent)
    return False


def plan_bodies(plan: ImportPlan, index: Index, sheet: SheetData, mapping: SheetMapping) -> None:
    columns = {f: i for i, f in mapping.columns.items()}
    rows = data_rows(sheet, mapping)
    # Bodies may name a parent listed further down: reserve every new name first.
    for _number, values in rows:
        name = cells.text(values[columns["name"]]) if columns["name"] < len(values) else ""
        if name and index.body(name) is None:
            index._add_body(New(BODIES, _key(name)), {"name": name, "parent_id": None})
    seen: dict[str, int] = {}
    defaults = {c: None for c in BODY_COLUMNS} | {
        "name_ru": "",
        "name_kk": "",
        "name_zh": "",
        "notes": "",
        "kind": "committee",
        "active": True,
    }
    for number, values in rows:
        check = RowCheck(plan, sheet, mapping, number, values, columns)
        name = check.get("name") or ""
        fields: dict[str, Any] = {c: check.get(c) or "" for c in ("name", "name_ru", "name_kk", "name_zh", "notes")}
        fields["kind"] = check.get("kind", lambda v: cells.parse_choice(BodyKind, v), "committee")
        fields["established_on"] = check.get("established_on", cells.parse_date)
        fields["dissolved_on"] = check.get("dissolved_on", cells.parse_date)
        fields["active"] = check.get("active", cells.parse_bool, True)
        local = _local(check, fields, "local_names", "name")
        parent_name = check.get("parent") or ""
        fields["parent_id"] = index.body(parent_name) if parent_name else None
        if parent_name and fields["parent_id"] is None:
            check.fail("parent", Message("is not a body of the register or of this file"))
        established = check.get("established_by") or ""
        fields["established_by_id"] = index.agreement(established) if established else None
        if established and fields["established_by_id"] is None:
            check.fail("established_by", Message("is not an agreement of the register or of this file"))
        key = _key(name)
        if key and key in seen:
            check.fail("name", Message("appears again (first in row {0})", seen[key]))
        ref = index.body(name) if name else None
        old = index.body_rows.get(ref) if isinstance(ref, int) else None
        merged = _merge(check, old, fields, defaults, local)
        merged["parent_id"] = fields["parent_id"] if check.given("parent") else merged["parent_id"]
        merged["established_by_id"] = (
            fields["established_by_id"] if check.given("established_by") else merged["established_by_id"]
        )
        old_links = index.body_links.get(ref, ([], [])) if old else ([], [])
        party_refs = _resolve_parties(check, index, "parties") if check.given("parties") else list(old_links[0])
        people = (
            _resolve_people(check, index, "co_chairs", old_links[1]) if check.given("co_chairs") else list(old_links[1])
        )
        data = BodyData(
            **{k: merged[k] for k in BODY_COLUMNS},
            party_ids=party_refs,  # type: ignore[arg-type]  # New parties get their ids when applied
            co_chairs=[PersonData(n, p, r) for n, p, r in people],  # type: ignore[arg-type]  # likewise
        )
        check.validated(partial(bodies.validate, data))
        if ref is not None and merged["parent_id"] is not None and _cycle(index, ref, merged["parent_id"]):
            check.fail("parent", Message("would place the body under itself or one of its own sub-bodies"))
        signed = index.agreement_rows.get(merged["established_by_id"], {}).get("signed_on")
        if merged["established_on"] and isinstance(signed, date) and merged["established_on"] < signed:
            check.fail("established_on", Message("is before the establishing agreement was signed"))
        if not check.finish(BODIES, name):
            continue
        seen[key] = number
        merged["search_text"] = search_text(BODY_SEARCH_FIELDS, merged)
        _plan_with_links(
            plan,
            BODIES,
            sheet.name,
            number,
            key,
            name,
            merged["kind"],
            ref,
            old,
            old_links,
            merged,
            (party_refs, people),
            Message("parties/co-chairs"),
            index._add_body,
            None,
            mapping,
        )
    # A parent whose own row was rejected is still created (as a plain committee), so the rows
    # that name it keep a parent that exists.
    for row in list(plan.new[BODIES]):
        parent = row.get("parent_id")
        if isinstance(parent, New) and parent not in {r["_ref"] for r in plan.new[BODIES]}:
            ensure_body(plan, index, index.body_rows[parent]["name"], "")


def _version(value: Any) -> int | None:
    if isinstance(value, int | float) and not isinstance(value, bool) and float(value).is_integer():
        return int(value)
    raw = cells.text(value)
    if raw.isdigit():
        return int(raw)
    raise cells.CellError(Message("is not a version number (leave the column as Kelisim exported it)"))


_PROTOCOL_WORDS = ("протокол", "хаттама", "protocol")


def ensure_agreement(plan: ImportPlan, index: Index, text: str, mapping: SheetMapping, sheet: str, row: int) -> Ref:
    """An agreement a commitment names by a number the register does not know: created, as a draft
    (the file gives no signing date or parties; the clerk completes it in the window)."""
    ref = index.agreement(text)
    if ref is not None:
        return ref
    reg = text.strip()[:60]
    header = mapping.header_for("agreement").casefold()
    kind = "protocol" if any(w in header or w in reg.casefold() for w in _PROTOCOL_WORDS) else "agreement"
    new = New(AGREEMENTS, reg)
    row_values = {c: "" for c in AGREEMENT_COLUMNS} | {
        "reg_number": reg,
        "title": text.strip(),
        "kind": kind,
        "status": "draft",
        "signed_on": None,
        "entry_into_force": None,
        "expiry": None,
    }
    row_values["search_text"] = search_text(AGREEMENT_SEARCH_FIELDS, row_values)
    plan.new[AGREEMENTS].append(row_values | {"_ref": new})
    plan.links[AGREEMENTS][new] = ([], [])
    index._add_agreement(new, row_values)
    plan.status_changes.append(("agreement", new, None, "draft"))
    detail = (
        Message("new protocol named by the commitments (draft: no date, no parties)")
        if kind == "protocol"
        else Message("new agreement named by the commitments (draft: no date, no parties)")
    )
    record_outcome(plan, AGREEMENTS, ADD, sheet, row, reg, detail)
    return new


def ensure_body(plan: ImportPlan, index: Index, name: str, parent_name: str) -> Ref:
    """A body named by a commitment but absent from the register: created (its parent by name)."""
    ref = index.body(name)
    if ref is not None and not (isinstance(ref, New) and ref not in {r["_ref"] for r in plan.new[BODIES]}):
        return ref
    parent = ensure_body(plan, index, parent_name, "") if parent_name else None
    new = New(BODIES, _key(name))
    row = {c: None for c in BODY_COLUMNS} | {
        "name": name,
        "name_ru": "",
        "name_kk": "",
        "name_zh": "",
        "notes": "",
        "kind": "subcommittee" if parent is not None else "committee",
        "active": True,
        "parent_id": parent,
        "search_text": fold(name),
    }
    plan.new[BODIES].append(row | {"_ref": new})
    plan.links[BODIES][new] = ([], [])
    index._add_body(new, row)
    plan.counts[BODIES].add += 1
    return new
