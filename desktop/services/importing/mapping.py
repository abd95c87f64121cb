"""Which column holds which field: headers matched by name, in English, Russian or Kazakh.

A Kelisim export has one sheet per kind of record (Parties, Agreements, Bodies, Commitments);
a clerk's own register is usually a single sheet of commitments. Headers are compared after
folding case, punctuation and "ё", so "Due date", "DUE DATE:" and "Срок исполнения" all match.
Columns no synonym matches stay unmapped; the window lets the clerk assign them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from desktop.domain.catalogue import render
from desktop.reports.layout import (
    AGREEMENT_SHEET,
    AGREEMENTS,
    BODIES,
    BODY_SHEET,
    BY_ENTITY,
    COMMITMENT_SHEET,
    COMMITMENTS,
    HISTORY_SHEET,
    PARTIES,
    PARTY_SHEET,
    RECORD_SHEETS,
    SUMMARY_TITLE,
)
from desktop.services.importing.workbook import SheetData, WorkbookData

__all__ = ["AGREEMENTS", "BODIES", "COMMITMENTS", "PARTIES", "SheetMapping", "auto_map", "map_sheet"]
ENTITY_ORDER = (PARTIES, AGREEMENTS, BODIES, COMMITMENTS)

# field -> (label shown to the clerk, synonyms). The first synonym is the English header.
FIELDS: dict[str, dict[str, tuple[str, tuple[str, ...]]]] = {
    PARTIES: {
        "name": ("Name", ("name", "party", "party name", "название", "наименование", "сторона", "атауы", "тарап")),
        "short_name": ("Short name", ("short name", "краткое название", "краткое наименование", "қысқа атауы")),
        "kind": ("Kind", ("kind", "type", "вид", "тип", "түрі")),
        "country_code": ("ISO code", ("iso code", "country code", "iso", "code", "код страны", "код", "ел коды")),
        "name_ru": ("Name (ru)", ("name ru", "name russian", "название ru", "название на русском", "атауы ru")),
        "name_kk": ("Name (kk)", ("name kk", "name kazakh", "название kk", "название на казахском", "атауы kk")),
        "name_zh": ("Name (zh)", ("name zh", "name chinese", "название zh", "название на китайском", "атауы zh")),
    },
    AGREEMENTS: {
        "reg_number": (
            "Reg. number",
            (
                "reg number",
                "registration number",
                "reg no",
                "agreement no",
                "number",
                "рег номер",
                "регистрационный номер",
                "номер",
                "тіркеу нөмірі",
                "нөмірі",
            ),
        ),
        "title": (
            "Title",
            ("title", "agreement", "name", "название", "наименование", "соглашение", "атауы", "келісім"),
        ),
        "kind": ("Kind", ("kind", "type", "вид", "тип", "түрі")),
        "status": ("Status", ("status", "статус", "состояние", "мәртебесі", "мәртебе")),
        "signed_on": (
            "Signed on",
            ("signed on", "signed", "date signed", "signing date", "дата подписания", "подписано", "қол қойылған күні"),
        ),
        "place": ("Place", ("place", "place of signing", "место", "место подписания", "орны", "қол қойылған орны")),
        "entry_into_force": (
            "Entry into force",
            (
                "entry into force",
                "in force from",
                "вступление в силу",
                "дата вступления в силу",
                "күшіне енуі",
                "күшіне енген күні",
            ),
        ),
        "expiry": (
            "Expiry",
            (
                "expiry",
                "expires",
                "expiry date",
                "valid until",
                "срок действия",
                "действует до",
                "истекает",
                "қолданылу мерзімі",
            ),
        ),
        "parties": ("Parties", ("parties", "стороны", "тараптар")),
        "signatories": ("Signatories", ("signatories", "signed by", "подписанты", "подписали", "қол қойғандар")),
        "summary": ("Summary", ("summary", "description", "краткое содержание", "описание", "қысқаша мазмұны")),
        "source_ref": ("Source", ("source", "source ref", "источник", "дереккөз")),
        "title_ru": ("Title (ru)", ("title ru", "title russian", "название ru", "название на русском", "атауы ru")),
        "title_kk": ("Title (kk)", ("title kk", "title kazakh", "название kk", "название на казахском", "атауы kk")),
        "title_zh": ("Title (zh)", ("title zh", "title chinese", "название zh", "название на китайском", "атауы zh")),
        "local_titles": ("Title (kk / ru / zh)", ("titles kk ru zh", "название kk ru zh", "атауы kk ru zh")),
    },
    BODIES: {
        "name": ("Name", ("name", "body", "название", "наименование", "орган", "атауы")),
        "kind": ("Kind", ("kind", "type", "вид", "тип", "түрі")),
        "parent": (
            "Parent body",
            ("parent body", "parent", "part of", "вышестоящий орган", "входит в", "жоғары тұрған орган"),
        ),
        "established_by": (
            "Established by",
            (
                "established by",
                "establishing agreement",
                "created by",
                "учрежден",
                "создан",
                "создан соглашением",
                "құрған келісім",
            ),
        ),
        "established_on": (
            "Established on",
            ("established on", "established", "date established", "дата создания", "дата учреждения", "құрылған күні"),
        ),
        "active": ("Active", ("active", "действует", "активен", "белсенді", "жұмыс істейді")),
        "dissolved_on": (
            "Dissolved on",
            ("dissolved on", "dissolved", "дата упразднения", "упразднен", "таратылған күні"),
        ),
        "parties": ("Parties", ("parties", "стороны", "тараптар")),
        "co_chairs": ("Co-chairs", ("co chairs", "cochairs", "co chair", "сопредседатели", "тең төрағалар")),
        "notes": ("Notes", ("notes", "note", "comment", "примечания", "примечание", "ескертпе")),
        "name_ru": ("Name (ru)", ("name ru", "name russian", "название ru", "название на русском", "атауы ru")),
        "name_kk": ("Name (kk)", ("name kk", "name kazakh", "название kk", "название на казахском", "атауы kk")),
        "name_zh": ("Name (zh)", ("name zh", "name chinese", "название zh", "название на китайском", "атауы zh")),
        "local_names": ("Names (kk / ru / zh)", ("name kk ru zh", "названия kk ru zh", "атаулары kk ru zh")),
    },
    COMMITMENTS: {
        "ref": ("Ref", ("ref", "reference", "commitment ref", "ref no", "код", "шифр", "реф", "сілтеме", "коды")),
        "title": (
            "Title",
            (
                "title",
                "commitment",
                "name",
                "обязательство",
                "наименование",
                "название",
                "содержание",
                "міндеттеме",
                "атауы",
                "тақырыбы",
            ),
        ),
        "description": (
            "Description",
            ("description", "details", "описание", "подробности", "сипаттамасы", "сипаттама"),
        ),
        "agreement": (
            "Agreement",
            (
                "agreement",
                "agreement reg number",
                "agreement no",
                "reg number",
                "registration number",
                "соглашение",
                "номер соглашения",
                "рег номер",
                "регистрационный номер",
                "келісім",
                "келісім нөмірі",
                "тіркеу нөмірі",
            ),
        ),
        "body": ("Body", ("body", "committee", "subcommittee", "орган", "комитет", "подкомитет", "комитет")),
        "parent_body": ("Parent body", ("parent body", "parent committee", "вышестоящий орган", "жоғары тұрған орган")),
        "party": (
            "Responsible party",
            ("responsible party", "party", "ответственная сторона", "сторона", "жауапты тарап", "тарап"),
        ),
        "agency": (
            "Agency",
            (
                "agency",
                "responsible agency",
                "executor",
                "ведомство",
                "исполнитель",
                "ответственное ведомство",
                "орындаушы",
                "жауапты мекеме",
                "мекеме",
            ),
        ),
        "sector": ("Sector", ("sector", "area", "field", "сфера", "отрасль", "сектор", "сала")),
        "due_date": (
            "Due date",
            ("due date", "due", "deadline", "due on", "срок", "срок исполнения", "мерзімі", "орындау мерзімі"),
        ),
        "priority": ("Priority", ("priority", "приоритет", "басымдық", "басымдығы")),
        "status": ("Status", ("status", "статус", "состояние", "мәртебесі", "мәртебе", "күйі")),
        "progress": (
            "Progress",
            ("progress", "progress %", "done", "прогресс", "выполнение", "ход выполнения", "барысы", "орындалуы"),
        ),
        "completed_on": (
            "Completed on",
            (
                "completed on",
                "completion date",
                "completed",
                "date completed",
                "дата выполнения",
                "выполнено",
                "орындалған күні",
            ),
        ),
    },
}

REQUIRED: dict[str, tuple[str, ...]] = {
    PARTIES: ("name",),
    AGREEMENTS: ("reg_number", "title"),
    BODIES: ("name",),
    COMMITMENTS: ("title",),
}

SHEET_NAMES: dict[str, tuple[str, ...]] = {
    PARTIES: (PARTY_SHEET.name.casefold(), "стороны", "тараптар"),
    AGREEMENTS: (AGREEMENT_SHEET.name.casefold(), "соглашения", "келісімдер"),
    BODIES: (BODY_SHEET.name.casefold(), "органы", "органдар"),
    COMMITMENTS: (COMMITMENT_SHEET.name.casefold(), "обязательства", "міндеттемелер", "register", "реестр", "тізілім"),
}
# A workbook exported in Russian or Kazakh names its sheets and headers in that language (the catalogue's words).
EXPORT_LANGUAGES = ("ru", "kk")
for _sheet in (*RECORD_SHEETS,):
    SHEET_NAMES[_sheet.entity] += tuple(_sheet.name_in(lang).casefold() for lang in EXPORT_LANGUAGES)
# Columns our own export adds for the reader (counts, flags, notes): not data, silently skipped.
COMPUTED_HEADERS = frozenset(
    {
        *(header.casefold() for sheet in RECORD_SHEETS for header in sheet.derived_headers()),
        *(
            column.header_in(lang).casefold()
            for sheet in RECORD_SHEETS
            for column in sheet.columns
            if column.derived
            for lang in EXPORT_LANGUAGES
        ),
        "просрочено",
        "итого",
        "мерзімі өткен",
        "барлығы",
    }
)
IGNORED_SHEETS = ("summary", "history", "сводка", "история", "жиынтық", "тарих", "readme", "about")
IGNORED_SHEETS += tuple(
    render(title, lang).casefold() for title in (SUMMARY_TITLE, HISTORY_SHEET.title) for lang in EXPORT_LANGUAGES
)
HEADER_SEARCH_ROWS = 15


def normalize(text: object) -> str:
    """Fold a header for comparison: case, 'ё', punctuation and spacing do not matter."""
    value = str(text or "").casefold().replace("ё", "е").replace("№", " no ")
    value = re.sub(r"[._\-/\\]+", " ", value)
    value = re.sub(r"[*:;,()\[\]%#?!\"'«»]+", " ", value)
    return " ".join(value.split())


_LOOKUP: dict[str, dict[str, str]] = {
    entity: {normalize(syn): name for name, (_label, syns) in fields.items() for syn in reversed(syns)}
    for entity, fields in FIELDS.items()
}
# A header naming the field's label always wins over a synonym, and the headers Kelisim's own
# export writes (declared once in reports/layout.py) win over both, so an export is always read back.
for _entity, _fields in FIELDS.items():
    for _name, (_label, _syns) in _fields.items():
        _LOOKUP[_entity][normalize(_label)] = _name
for _sheet in RECORD_SHEETS:
    for _name, _header in _sheet.fields().items():
        assert _name in FIELDS[_sheet.entity], f"the layout's {_sheet.name} column {_name} has no import field"
        _LOOKUP[_sheet.entity][normalize(_header)] = _name
    for _column in _sheet.columns:
        if not _column.derived:
            for _lang in EXPORT_LANGUAGES:
                _LOOKUP[_sheet.entity].setdefault(normalize(_column.header_in(_lang)), _column.key)


def label(entity: str, field_name: str) -> str:
    return FIELDS[entity][field_name][0]


def field_for(entity: str, header: object) -> str | None:
    return _LOOKUP[entity].get(normalize(header))


@dataclass
class SheetMapping:
    """How one sheet is read: which entity, where the header is, which column is which field."""

    sheet: str
    entity: str
    header_row: int  # Excel row number of the header
    headers: list[str]  # header text by column index
    columns: dict[int, str] = field(default_factory=dict)  # column index -> field
    # The header row is exactly Kelisim's own export layout: its cells are read as the export
    # wrote them (progress as a fraction of 1, people one a line).
    own_layout: bool = False

    @property
    def unmatched(self) -> list[int]:
        return [
            i
            for i, h in enumerate(self.headers)
            if h and i not in self.columns and normalize(h) not in COMPUTED_HEADERS
        ]

    def column_of(self, field_name: str) -> int | None:
        return next((i for i, f in self.columns.items() if f == field_name), None)

    def header_for(self, field_name: str) -> str:
        index = self.column_of(field_name)
        return self.headers[index] if index is not None else label(self.entity, field_name)

    def missing_required(self) -> list[str]:
        return [f for f in REQUIRED[self.entity] if self.column_of(f) is None]

    def assign(self, column: int, field_name: str | None) -> None:
        """Set or clear a column's field; a field belongs to one column at most."""
        self.columns = {i: f for i, f in self.columns.items() if i != column and f != field_name}
        if field_name:
            self.columns[column] = field_name


def entity_of_sheet(name: str) -> str | None:
    folded = normalize(name)
    for entity, names in SHEET_NAMES.items():
        if folded in names:
            return entity
    return None


def _match(entity: str, headers: list[str]) -> dict[int, str]:
    columns: dict[int, str] = {}
    for index, header in enumerate(headers):
        name = field_for(entity, header)
        if name is not None and name not in columns.values():
            columns[index] = name
    return columns


def _header_row(sheet: SheetData, entity: str) -> tuple[int, list[str], dict[int, str]]:
    """The row among the first few that matches the most headers (exports may have a title above)."""
    best: tuple[int, list[str], dict[int, str]] | None = None
    for number, values in sheet.rows[:HEADER_SEARCH_ROWS]:
        headers = [str(v).strip() if v is not None else "" for v in values]
        columns = _match(entity, headers)
        if best is None or len(columns) > len(best[2]):
            best = (number, headers, columns)
    assert best is not None
    return best


def is_own_layout(entity: str, headers: list[str]) -> bool:
    used = list(headers)
    while used and not used[-1]:
        used.pop()
    layout = BY_ENTITY[entity]
    return tuple(used) in (layout.headers, *(layout.headers_in(lang) for lang in EXPORT_LANGUAGES))


def map_sheet(sheet: SheetData, entity: str) -> SheetMapping:
    number, headers, columns = _header_row(sheet, entity)
    return SheetMapping(sheet.name, entity, number, headers, columns, is_own_layout(entity, headers))


def auto_map(book: WorkbookData) -> list[SheetMapping]:
    """Mappings for every sheet that holds records, in the order they must be imported."""
    named: dict[str, SheetMapping] = {}
    data_sheets = [s for s in book.sheets if s.rows and normalize(s.name) not in IGNORED_SHEETS]
    for sheet in data_sheets:
        entity = entity_of_sheet(sheet.name)
        if entity is not None and entity not in named:
            named[entity] = map_sheet(sheet, entity)
    if not named and data_sheets:
        # A clerk's own register: one sheet of commitments, whatever its name.
        named[COMMITMENTS] = map_sheet(data_sheets[0], COMMITMENTS)
    return [named[e] for e in ENTITY_ORDER if e in named]


def describe(mapping: SheetMapping) -> dict[str, Any]:
    return {
        "sheet": mapping.sheet,
        "entity": mapping.entity,
        "columns": {mapping.headers[i]: f for i, f in sorted(mapping.columns.items())},
        "unmatched": [mapping.headers[i] for i in mapping.unmatched],
    }
