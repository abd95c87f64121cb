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
from desktop.domain.messages import Message, joined
from desktop.domain.sheet_layout import (
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
    PEOPLE,
    PEOPLE_SHEET,
    RECORD_SHEETS,
    SUMMARY_TITLE,
)
from desktop.services.importing import cells, memory
from desktop.services.importing.headers import KAZAKH_LETTERS, stems
from desktop.services.importing.workbook import SheetData, WorkbookData

__all__ = ["AGREEMENTS", "BODIES", "COMMITMENTS", "PARTIES", "PEOPLE", "SheetMapping", "auto_map", "map_sheet"]
ENTITY_ORDER = (PEOPLE, PARTIES, AGREEMENTS, BODIES, COMMITMENTS)

# field -> (label shown to the clerk, synonyms). The first synonym is the English header.
FIELDS: dict[str, dict[str, tuple[Message, tuple[str, ...]]]] = {
    PEOPLE: {
        "name": (
            Message("Name"),
            ("name", "full name", "person", "фио", "ф и о", "имя", "сотрудник", "аты жөні", "тегі аты", "қызметкер"),
        ),
        "agency": (
            Message("Agency"),
            ("agency", "ministry", "organisation", "ведомство", "организация", "министерство", "мекеме", "ұйым"),
        ),
        "position": (Message("Position"), ("position", "post", "должность", "лауазымы", "лауазым")),
        "contact": (
            Message("Contact"),
            ("contact", "contacts", "phone", "telephone", "email", "e mail", "контакты", "телефон", "байланыс"),
        ),
        "login": (Message("Login"), ("login", "user name", "username", "логин", "пайдаланушы аты")),
    },
    PARTIES: {
        "name": (
            Message("Name"),
            ("name", "party", "party name", "название", "наименование", "сторона", "атауы", "тарап"),
        ),
        "short_name": (
            Message("Short name"),
            ("short name", "краткое название", "краткое наименование", "қысқа атауы"),
        ),
        "kind": (Message("Kind"), ("kind", "type", "вид", "тип", "түрі")),
        "country_code": (
            Message("ISO code"),
            ("iso code", "country code", "iso", "code", "код страны", "код", "ел коды"),
        ),
        "name_ru": (
            Message("Name (ru)"),
            ("name ru", "name russian", "название ru", "название на русском", "атауы ru"),
        ),
        "name_kk": (
            Message("Name (kk)"),
            ("name kk", "name kazakh", "название kk", "название на казахском", "атауы kk"),
        ),
        "name_zh": (
            Message("Name (zh)"),
            ("name zh", "name chinese", "название zh", "название на китайском", "атауы zh"),
        ),
    },
    AGREEMENTS: {
        "reg_number": (
            Message("Reg. number"),
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
            Message("Title"),
            ("title", "agreement", "name", "название", "наименование", "соглашение", "атауы", "келісім"),
        ),
        "kind": (Message("Kind"), ("kind", "type", "вид", "тип", "түрі")),
        "status": (Message("Status"), ("status", "статус", "состояние", "мәртебесі", "мәртебе")),
        "signed_on": (
            Message("Signed on"),
            ("signed on", "signed", "date signed", "signing date", "дата подписания", "подписано", "қол қойылған күні"),
        ),
        "place": (
            Message("Place"),
            ("place", "place of signing", "место", "место подписания", "орны", "қол қойылған орны"),
        ),
        "entry_into_force": (
            Message("Entry into force"),
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
            Message("Expiry"),
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
        "parties": (Message("Parties"), ("parties", "стороны", "тараптар")),
        "signatories": (
            Message("Signatories"),
            ("signatories", "signed by", "подписанты", "подписали", "қол қойғандар"),
        ),
        "summary": (
            Message("Summary"),
            ("summary", "description", "краткое содержание", "описание", "қысқаша мазмұны"),
        ),
        "source_ref": (Message("Source"), ("source", "source ref", "источник", "дереккөз")),
        "title_ru": (
            Message("Title (ru)"),
            ("title ru", "title russian", "название ru", "название на русском", "атауы ru"),
        ),
        "title_kk": (
            Message("Title (kk)"),
            ("title kk", "title kazakh", "название kk", "название на казахском", "атауы kk"),
        ),
        "title_zh": (
            Message("Title (zh)"),
            ("title zh", "title chinese", "название zh", "название на китайском", "атауы zh"),
        ),
        "local_titles": (Message("Title (kk / ru / zh)"), ("titles kk ru zh", "название kk ru zh", "атауы kk ru zh")),
        "version": (Message("Version"), ("version", "версия", "нұсқа")),
    },
    BODIES: {
        "name": (Message("Name"), ("name", "body", "название", "наименование", "орган", "атауы")),
        "kind": (Message("Kind"), ("kind", "type", "вид", "тип", "түрі")),
        "parent": (
            Message("Parent body"),
            ("parent body", "parent", "part of", "вышестоящий орган", "входит в", "жоғары тұрған орган"),
        ),
        "established_by": (
            Message("Established by"),
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
            Message("Established on"),
            ("established on", "established", "date established", "дата создания", "дата учреждения", "құрылған күні"),
        ),
        "active": (Message("Active"), ("active", "действует", "активен", "белсенді", "жұмыс істейді")),
        "dissolved_on": (
            Message("Dissolved on"),
            ("dissolved on", "dissolved", "дата упразднения", "упразднен", "таратылған күні"),
        ),
        "parties": (Message("Parties"), ("parties", "стороны", "тараптар")),
        "co_chairs": (Message("Co-chairs"), ("co chairs", "cochairs", "co chair", "сопредседатели", "тең төрағалар")),
        "notes": (Message("Notes"), ("notes", "note", "comment", "примечания", "примечание", "ескертпе")),
        "name_ru": (
            Message("Name (ru)"),
            ("name ru", "name russian", "название ru", "название на русском", "атауы ru"),
        ),
        "name_kk": (
            Message("Name (kk)"),
            ("name kk", "name kazakh", "название kk", "название на казахском", "атауы kk"),
        ),
        "name_zh": (
            Message("Name (zh)"),
            ("name zh", "name chinese", "название zh", "название на китайском", "атауы zh"),
        ),
        "local_names": (Message("Names (kk / ru / zh)"), ("name kk ru zh", "названия kk ru zh", "атаулары kk ru zh")),
    },
    COMMITMENTS: {
        "ref": (
            Message("Ref"),
            ("ref", "reference", "commitment ref", "ref no", "код", "шифр", "реф", "сілтеме", "коды"),
        ),
        "title": (
            Message("Title"),
            (
                "title",
                "commitment",
                "name",
                "обязательство",
                "наименование",
                "название",
                "содержание",
                "наименование обязательства",
                "содержание поручения",
                "поручение",
                "мероприятие",
                "міндеттеме",
                "міндеттеменің атауы",
                "тапсырма",
                "іс шара",
                "атауы",
                "тақырыбы",
            ),
        ),
        "description": (
            Message("Description"),
            ("description", "details", "описание", "подробности", "сипаттамасы", "сипаттама"),
        ),
        "agreement": (
            Message("Agreement"),
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
                "protocol",
                "protocol no",
                "протокол",
                "номер протокола",
                "хаттама",
                "хаттама нөмірі",
            ),
        ),
        "body": (Message("Body"), ("body", "committee", "subcommittee", "орган", "комитет", "подкомитет", "комитет")),
        "parent_body": (
            Message("Parent body"),
            ("parent body", "parent committee", "вышестоящий орган", "жоғары тұрған орган"),
        ),
        "party": (
            Message("Responsible party"),
            ("responsible party", "party", "ответственная сторона", "сторона", "жауапты тарап", "тарап"),
        ),
        "agency": (
            Message("Agency"),
            (
                "agency",
                "responsible agency",
                "executor",
                "ведомство",
                "исполнитель",
                "ответственное ведомство",
                "ответственный исполнитель",
                "ответственный",
                "ответственные исполнители",
                "responsible",
                "орындаушы",
                "жауапты орындаушы",
                "жауапты",
                "жауапты мекеме",
                "мекеме",
            ),
        ),
        "sector": (Message("Sector"), ("sector", "area", "field", "сфера", "отрасль", "сектор", "сала")),
        "due_date": (
            Message("Due date"),
            (
                "due date",
                "due",
                "deadline",
                "due on",
                "срок",
                "срок исполнения",
                "срок выполнения",
                "контрольный срок",
                "мерзімі",
                "орындау мерзімі",
                "бақылау мерзімі",
            ),
        ),
        "priority": (Message("Priority"), ("priority", "приоритет", "басымдық", "басымдығы")),
        "status": (
            Message("Status"),
            (
                "status",
                "статус",
                "состояние",
                "мәртебесі",
                "мәртебе",
                "күйі",
                "отметка об исполнении",
                "отметка о выполнении",
                "орындалуы туралы белгі",
                "орындау туралы белгі",
            ),
        ),
        "progress": (
            Message("Progress"),
            ("progress", "progress %", "done", "прогресс", "выполнение", "ход выполнения", "барысы", "орындалуы"),
        ),
        "completed_on": (
            Message("Completed on"),
            (
                "completed on",
                "completion date",
                "completed",
                "date completed",
                "дата выполнения",
                "дата исполнения",
                "выполнено",
                "орындалған күні",
            ),
        ),
        "notes": (
            Message("Notes"),
            ("notes", "note", "remarks", "comment", "примечание", "примечания", "комментарий", "ескертпе", "ескерту"),
        ),
        # Kelisim's own export writes each record's version: a re-import knows what changed since.
        "version": (Message("Version"), ("version", "версия", "нұсқа")),
    },
}

# A stored column of the sheet layout without an entry above (a field added since) is read by its label and its
# headers in every language; synonyms for clerks' own registers are optional.
for _layout in RECORD_SHEETS:
    for _column in _layout.columns:
        if not _column.derived:
            FIELDS[_layout.entity].setdefault(_column.key, (_column.label, ()))

REQUIRED: dict[str, tuple[str, ...]] = {
    PEOPLE: ("name",),
    PARTIES: ("name",),
    AGREEMENTS: ("reg_number", "title"),
    BODIES: ("name",),
    COMMITMENTS: ("title",),
}

SHEET_NAMES: dict[str, tuple[str, ...]] = {
    PEOPLE: (PEOPLE_SHEET.name.casefold(), "persons", "люди", "исполнители", "сотрудники", "адамдар", "орындаушылар"),
    PARTIES: (PARTY_SHEET.name.casefold(), "стороны", "тараптар"),
    AGREEMENTS: (AGREEMENT_SHEET.name.casefold(), "соглашения", "келісімдер"),
    BODIES: (BODY_SHEET.name.casefold(), "органы", "органдар"),
    COMMITMENTS: (COMMITMENT_SHEET.name.casefold(), "обязательства", "міндеттемелер", "register", "реестр", "тізілім"),
}
# A workbook exported in Russian or Kazakh names its sheets and headers in that language (the catalogue's words).
EXPORT_LANGUAGES = ("ru", "kk")
for _layout in RECORD_SHEETS:
    SHEET_NAMES[_layout.entity] += tuple(_layout.name_in(lang).casefold() for lang in EXPORT_LANGUAGES)
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
IGNORED_SHEETS: tuple[str, ...] = ("summary", "history", "сводка", "история", "жиынтық", "тарих", "readme", "about")
IGNORED_SHEETS += tuple(
    render(title, lang).casefold() for title in (SUMMARY_TITLE, HISTORY_SHEET.title) for lang in EXPORT_LANGUAGES
)
HEADER_SEARCH_ROWS = 15


def normalize(text: object) -> str:
    """Fold a sheet name or header for exact comparison: case, 'ё', punctuation and spacing do not matter."""
    value = str(text or "").casefold().replace("ё", "е").replace("№", " no ")
    value = re.sub(r"[._\-/\\]+", " ", value)
    value = re.sub(r"[*:;,()\[\]%#?!\"'«»]+", " ", value)
    return " ".join(value.split())


# Each field's phrases as stems, strongest first: the headers Kelisim's own export writes (declared
# once in domain/sheet_layout.py), then the labels shown to the clerk, then the synonyms.
EXPORT, LABEL, SYNONYM = 3, 2, 1
_PHRASES: dict[str, list[tuple[str, tuple[str, ...], int]]] = {entity: [] for entity in FIELDS}
for _entity, _fields in FIELDS.items():
    for _name, (_label, _syns) in _fields.items():
        _PHRASES[_entity].append((_name, stems(_label.text), LABEL))
        _PHRASES[_entity] += [(_name, stems(syn), SYNONYM) for syn in _syns]
for _sheet in RECORD_SHEETS:
    for _name, _header in _sheet.fields().items():
        assert _name in FIELDS[_sheet.entity], f"the layout's {_sheet.name} column {_name} has no import field"
        _PHRASES[_sheet.entity].append((_name, stems(_header), EXPORT))
    for _column in _sheet.columns:
        if not _column.derived:
            for _lang in EXPORT_LANGUAGES:  # the headers of a Russian or Kazakh export
                _PHRASES[_sheet.entity].append((_column.key, stems(_column.header_in(_lang)), EXPORT))


def label(entity: str, field_name: str) -> str:
    """The field's English label (the catalogue key; ``label_words`` in the reader's language)."""
    return FIELDS[entity][field_name][0].text


def label_words(entity: str, field_name: str) -> Message:
    return FIELDS[entity][field_name][0]


def score_header(entity: str, header: object) -> tuple[str | None, int]:
    """The field a header means and how surely: an exact phrase (by strength) beats a header that
    merely contains a phrase's words (by how many). Two fields equally likely: (None, score)."""
    words = stems(header)
    if not words:
        return None, 0
    best: dict[str, int] = {}
    present = set(words)
    head = head_word(header, words)
    for name, phrase, strength in _PHRASES[entity]:
        if not phrase:
            continue
        if phrase == words:
            score = 1000 * strength + len(phrase)
        elif set(phrase) <= present:
            # «Статус исполнения» holds a status phrase and a progress phrase: the one naming the
            # phrase's head word («статус») is what the column holds.
            score = 2 * len(phrase) + (head in phrase)
        else:
            continue
        if score > best.get(name, 0):
            best[name] = score
    if not best:
        return None, 0
    top = max(best.values())
    winners = [n for n, v in best.items() if v == top]
    return (winners[0], top) if len(winners) == 1 else (None, top)


def head_word(header: object, words: tuple[str, ...]) -> str:
    """The word a header phrase is about: Russian names it first («Статус исполнения»), English and
    Kazakh last («Execution status», «Орындалу мәртебесі»)."""
    text = str(header or "")
    russian = any("\u0400" <= ch <= "\u04ff" for ch in text) and not any(ch in KAZAKH_LETTERS for ch in text.casefold())
    return words[0] if russian else words[-1]


def field_for(entity: str, header: object) -> str | None:
    return score_header(entity, header)[0]


def is_row_number(header: object) -> bool:
    """«№», «№ п/п», «#»: the clerk's row numbering, not data."""
    text = str(header or "").strip()
    return bool(text) and not stems(text)


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
    # Fields two or more columns claim equally (field -> column indexes): the clerk chooses.
    contested: dict[str, list[int]] = field(default_factory=dict)
    # The clerk chose or confirmed this mapping (window or --map): remembered for the same headers.
    confirmed: bool = False
    remembered: bool = False  # taken from an earlier confirmed mapping of the same headers

    @property
    def unmatched(self) -> list[int]:
        contested = {i for cols in self.contested.values() for i in cols}
        return [
            i
            for i, h in enumerate(self.headers)
            if h
            and i not in self.columns
            and (i in contested or (normalize(h) not in COMPUTED_HEADERS and not is_row_number(h)))
        ]

    def column_of(self, field_name: str) -> int | None:
        return next((i for i, f in self.columns.items() if f == field_name), None)

    def header_for(self, field_name: str) -> str:
        index = self.column_of(field_name)
        return self.headers[index] if index is not None else label(self.entity, field_name)

    def missing_required(self) -> list[str]:
        return [f for f in REQUIRED[self.entity] if self.column_of(f) is None]

    def questions(self) -> list[Message]:
        """What the clerk must decide before this sheet can be read, in words."""
        found = []
        for name, cols in self.contested.items():
            if self.column_of(name) is None:
                heads = joined([Message.verbatim(f"'{self.headers[i]}'") for i in cols])
                found.append(
                    Message(
                        "the sheet '{0}': columns {1} both look like '{2}': choose one (--map \"Header=field\")",
                        self.sheet,
                        heads,
                        label_words(self.entity, name),
                    )
                )
        return found

    def assign(self, column: int, field_name: str | None) -> None:
        """Set or clear a column's field; a field belongs to one column at most."""
        self.columns = {i: f for i, f in self.columns.items() if i != column and f != field_name}
        if field_name:
            self.columns[column] = field_name
            self.contested.pop(field_name, None)


def entity_of_sheet(name: str) -> str | None:
    folded = normalize(name)
    for entity, names in SHEET_NAMES.items():
        if folded in names:
            return entity
    return None


def _match(entity: str, headers: list[str]) -> tuple[dict[int, str], dict[str, list[int]]]:
    """Columns by field; a field two headers claim equally surely is contested, given to neither."""
    claims: dict[str, list[tuple[int, int]]] = {}
    for index, header in enumerate(headers):
        name, score = score_header(entity, header)
        if name is not None:
            claims.setdefault(name, []).append((score, index))
    columns: dict[int, str] = {}
    contested: dict[str, list[int]] = {}
    for name, found in claims.items():
        top = max(score for score, _i in found)
        best = [i for score, i in found if score == top]
        if len(best) == 1:
            columns[best[0]] = name
        else:
            contested[name] = best
    return columns, contested


def _header_row(sheet: SheetData, entity: str) -> tuple[int, list[str], dict[int, str], dict[str, list[int]]]:
    """The row among the first few that matches the most headers (exports may have a title above)."""
    best: tuple[int, list[str], dict[int, str], dict[str, list[int]]] | None = None
    for number, values in sheet.rows[:HEADER_SEARCH_ROWS]:
        headers = [cells.text(v) if v is not None else "" for v in values]
        columns, contested = _match(entity, headers)
        if best is None or len(columns) + len(contested) > len(best[2]) + len(best[3]):
            best = (number, headers, columns, contested)
    assert best is not None
    return best


def is_own_layout(entity: str, headers: list[str]) -> bool:
    """Kelisim's own export, this version's or one written before the last columns were added."""
    used = list(headers)
    while used and not used[-1]:
        used.pop()
    sheet = BY_ENTITY[entity]
    later = sheet.later_columns
    return any(
        tuple(used) == layout[: len(used)] and len(used) >= len(layout) - later
        for layout in (sheet.headers, *(sheet.headers_in(lang) for lang in EXPORT_LANGUAGES))
    )


def map_sheet(sheet: SheetData, entity: str) -> SheetMapping:
    number, headers, columns, contested = _header_row(sheet, entity)
    mapping = SheetMapping(sheet.name, entity, number, headers, columns, is_own_layout(entity, headers), contested)
    remembered = memory.recall(entity, headers)
    if remembered is not None and not mapping.own_layout:
        mapping.columns = {i: f for i, f in remembered.items() if i < len(headers) and f in FIELDS[entity]}
        mapping.contested = {}
        mapping.remembered = True
    return mapping


@dataclass
class SheetNote:
    """What became of a sheet that is not read as records (hidden, empty, an export's summary)."""

    sheet: str
    outcome: str


def auto_map(book: WorkbookData) -> list[SheetMapping]:
    """Mappings for every visible sheet that holds records, in the order they must be imported.

    A sheet named like one of our export's record sheets holds those records; any other sheet
    with rows (a clerk's yearly sheets "2024", "2025") holds commitments, each mapped on its own.
    """
    mapped: list[SheetMapping] = []
    for sheet in book.sheets:
        if not sheet.rows or sheet.hidden or normalize(sheet.name) in IGNORED_SHEETS:
            continue
        entity = entity_of_sheet(sheet.name)
        if entity is None:
            mapped.append(_people_or_commitments(sheet))
        else:
            mapped.append(map_sheet(sheet, entity))
    order = {e: i for i, e in enumerate(ENTITY_ORDER)}
    return sorted(mapped, key=lambda m: order[m.entity])  # stable: sheets of one kind keep the book's order


PERSON_DETAILS = ("agency", "position", "contact", "login")


def _people_or_commitments(sheet: SheetData) -> SheetMapping:
    """A sheet named like none of ours holds commitments, unless its headers are a list of people: a name and at
    least two of agency, position, contact and login, matching more columns than a reading as commitments does."""
    commitments = map_sheet(sheet, COMMITMENTS)
    people = map_sheet(sheet, PEOPLE)
    found = set(people.columns.values())
    if "name" in found and len(found & set(PERSON_DETAILS)) >= 2 and len(found) > len(commitments.columns):
        return people
    return commitments


def sheet_notes(book: WorkbookData, mappings: list[SheetMapping]) -> list[SheetNote]:
    """The sheets no mapping reads, and why, so the summary names every sheet of the file."""
    read = {m.sheet for m in mappings}
    notes = []
    for sheet in book.sheets:
        if sheet.name in read:
            continue
        if sheet.hidden:
            notes.append(SheetNote(sheet.name, "hidden: skipped"))
        elif not sheet.rows:
            notes.append(SheetNote(sheet.name, "empty: nothing to read"))
        elif normalize(sheet.name) in ("history", "история", "тарих"):
            notes.append(SheetNote(sheet.name, "the export's status history: read for the records it creates"))
        elif normalize(sheet.name) in IGNORED_SHEETS:
            notes.append(SheetNote(sheet.name, "an export's summary: not records, skipped"))
        else:
            notes.append(SheetNote(sheet.name, "not read (left out of the mapping)"))
    return notes


def parse_map_option(option: str) -> tuple[str, str]:
    """``"Header=field"`` of ``--map``; the header is matched by meaning, the field by name or label."""
    header, sep, name = option.rpartition("=")
    if not sep or not header.strip() or not name.strip():
        raise ValueError(f'--map {option!r}: write it as "Header=field", e.g. "Срок исполнения=due_date"')
    return header.strip(), name.strip()


def apply_map_options(mappings: list[SheetMapping], options: list[str]) -> list[str]:
    """Apply ``--map`` options to every sheet that has the header; returns the problems, in words."""
    problems: list[str] = []
    for option in options:
        try:
            header, wanted = parse_map_option(option)
        except ValueError as exc:
            problems.append(str(exc))
            continue
        used = False
        for mapping in mappings:
            for index, text in enumerate(mapping.headers):
                if not text or not (normalize(text) == normalize(header) or stems(text) == stems(header)):
                    continue
                used = True
                name = _field_named(mapping.entity, wanted)
                if name is None and wanted.casefold() not in ("-", "ignore", "none"):
                    problems.append(
                        f"--map {option!r}: '{wanted}' is not a field of {mapping.entity} "
                        f"(fields: {', '.join(FIELDS[mapping.entity])}; or 'ignore')"
                    )
                    continue
                mapping.assign(index, name)
                mapping.confirmed = True
        if not used:
            problems.append(f"--map {option!r}: no sheet has a column headed '{header}'")
    return problems


def _field_named(entity: str, wanted: str) -> str | None:
    folded = wanted.strip().casefold().replace(" ", "_")
    for name, (label_text, _syns) in FIELDS[entity].items():
        if folded == name or normalize(wanted) == normalize(label_text):
            return name
    return None


def describe(mapping: SheetMapping) -> dict[str, Any]:
    return {
        "sheet": mapping.sheet,
        "entity": mapping.entity,
        "columns": {mapping.headers[i]: f for i, f in sorted(mapping.columns.items())},
        "unmatched": [mapping.headers[i] for i in mapping.unmatched],
    }
