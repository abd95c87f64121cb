"""Turning cell values into field values, or a reason the clerk can act on."""

from __future__ import annotations

import re
from datetime import date, datetime
from enum import StrEnum
from functools import lru_cache
from typing import Any

from desktop.domain.catalogue import render
from desktop.domain.enums import AgreementKind, AgreementStatus, BodyKind, CommitmentStatus, PartyKind, Priority
from desktop.domain.messages import Message
from desktop.domain.text import cell_text
from desktop.domain.words import word


class CellError(ValueError):
    """A cell that cannot be read as its field; the message completes "'value' …"."""


_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")

# Words clerks type for our closed vocabularies, besides the stored values and their English labels.
_WORDS: dict[type[StrEnum], dict[str, str]] = {
    CommitmentStatus: {
        "не начато": "not_started",
        "не начат": "not_started",
        "басталмаған": "not_started",
        "в работе": "in_progress",
        "выполняется": "in_progress",
        "в процессе": "in_progress",
        "орындалуда": "in_progress",
        "орындалу үстінде": "in_progress",
        "выполнено": "completed",
        "исполнено": "completed",
        "завершено": "completed",
        "done": "completed",
        "орындалды": "completed",
        "аяқталды": "completed",
        "приостановлено": "on_hold",
        "на паузе": "on_hold",
        "тоқтатылған": "on_hold",
        "тоқтатылды": "on_hold",
        "отменено": "cancelled",
        "отменен": "cancelled",
        "canceled": "cancelled",
        "жойылды": "cancelled",
        "күші жойылды": "cancelled",
    },
    Priority: {
        "низкий": "low",
        "обычный": "normal",
        "средний": "normal",
        "высокий": "high",
        "критический": "critical",
        "төмен": "low",
        "қалыпты": "normal",
        "жоғары": "high",
        "шұғыл": "critical",
        "medium": "normal",
    },
    AgreementStatus: {
        "проект": "draft",
        "подписано": "signed",
        "подписан": "signed",
        "в силе": "in_force",
        "действует": "in_force",
        "вступило в силу": "in_force",
        "приостановлено": "suspended",
        "истекло": "expired",
        "прекращено": "terminated",
        "жоба": "draft",
        "қол қойылды": "signed",
        "күшінде": "in_force",
        "тоқтатылды": "suspended",
        "мерзімі өтті": "expired",
        "тоқтатылған": "terminated",
    },
    AgreementKind: {
        "протокол": "protocol",
        "соглашение": "agreement",
        "меморандум": "memorandum",
        "совместное заявление": "joint_statement",
        "дорожная карта": "roadmap",
        "хаттама": "protocol",
        "келісім": "agreement",
        "бірлескен мәлімдеме": "joint_statement",
        "жол картасы": "roadmap",
        "другое": "other",
        "басқа": "other",
    },
    BodyKind: {
        "комитет": "committee",
        "подкомитет": "subcommittee",
        "рабочая группа": "working_group",
        "комитеті": "committee",
        "кіші комитет": "subcommittee",
        "жұмыс тобы": "working_group",
    },
    PartyKind: {
        "государство": "state",
        "организация": "organisation",
        "organization": "organisation",
        "мемлекет": "state",
        "ұйым": "organisation",
    },
}
_TRUE = {"yes", "y", "true", "1", "active", "да", "действует", "активен", "иә", "ия", "белсенді", "x", "✓"}
_FALSE = {"no", "n", "false", "0", "dissolved", "inactive", "нет", "упразднен", "упразднён", "жоқ", "таратылған"}


def text(value: Any) -> str:
    """A cell as text, kept as written (``desktop.domain.text.cell_text``: Excel's ``_xHHHH_`` escapes
    decoded, a control character a cell cannot hold as a space); a whole number typed in a text
    column ("12" read back as 12.0) stays "12"."""
    if value is None:
        return ""
    if isinstance(value, str):
        if "_x" not in value and value.isprintable():  # nearly every cell: nothing for cell_text to change
            return value.strip()
        return cell_text(value).strip()
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def parse_date(value: Any) -> date | None:
    """Excel dates, 20.05.2024 and 2024-05-20; anything else is refused, never guessed."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        raw = value.strip()
        match = _DOTTED.match(raw)
        try:
            if match:
                return date(int(match[3]), int(match[2]), int(match[1]))
            match = _ISO.match(raw)
            if match:
                return date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            pass
    raise CellError(Message("is not a date (write it as 20.05.2024 or 2024-05-20, or as an Excel date)"))


@lru_cache(maxsize=4096)
def _catalogue_words(enum_type: type[StrEnum]) -> dict[str, str]:
    """Each value's words in every report language (the catalogue's), folded as a cell is."""
    return {
        " ".join(render(word(m.value), lang).casefold().replace("ё", "е").split()): m.value
        for m in enum_type
        for lang in ("ru", "kk", "en")
    }


@lru_cache(maxsize=4096)
def parse_choice(enum_type: type[StrEnum], value: Any) -> str:
    """A closed-vocabulary cell; cached because a register repeats a handful of values 100,000 times."""
    raw = text(value)
    folded = " ".join(raw.casefold().replace("ё", "е").split())
    candidate = folded.replace(" ", "_").replace("-", "_")
    if candidate in {m.value for m in enum_type}:
        return candidate
    if folded in _WORDS.get(enum_type, {}):
        return _WORDS[enum_type][folded]
    translated = _catalogue_words(enum_type).get(folded)
    if translated:
        return translated  # a status or kind as a Russian or Kazakh export writes it
    valid = ", ".join(m.value.replace("_", " ") for m in enum_type)
    raise CellError(Message("is not one of: {0}", valid))


_DATE_IN_TEXT = re.compile(r"\b(\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2})\b")


@lru_cache(maxsize=4096)
def parse_status(value: Any) -> str:
    """A commitment's status; a clerk's «Отметка об исполнении» may say more after the word
    («Исполнено 12.03.2025, письмо №…»): its first words decide when they name a status."""
    try:
        return parse_choice(CommitmentStatus, value)
    except CellError:
        folded = " ".join(text(value).casefold().replace("ё", "е").split())
        words = {**{m.value.replace("_", " "): m.value for m in CommitmentStatus}, **_WORDS[CommitmentStatus]}
        for word in sorted(words, key=len, reverse=True):
            if folded.startswith(word) and (len(folded) == len(word) or not folded[len(word)].isalnum()):
                return words[word]
        raise


def date_in_text(value: Any) -> date | None:
    """The first date written inside a text cell, if any (and a real one)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    match = _DATE_IN_TEXT.search(text(value))
    if match is None:
        return None
    try:
        return parse_date(match[1])
    except CellError:
        return None


def parse_progress(value: Any) -> int:
    """0–100; '45 %' and an Excel percentage (0.45) both mean 45."""
    if isinstance(value, bool):
        raise CellError(Message("is not a percentage"))
    if isinstance(value, int | float):
        number = float(value)
        if 0 < number < 1:
            number *= 100  # a cell formatted as a percentage holds a fraction
    else:
        raw = text(value).replace("%", "").replace(",", ".").strip()
        if not raw:
            return 0
        try:
            number = float(raw)
        except ValueError:
            raise CellError(Message("is not a percentage (write a whole number from 0 to 100)")) from None
    if not number.is_integer() and abs(number - round(number)) > 1e-6:
        raise CellError(Message("is not a whole percentage (write a whole number from 0 to 100)"))
    return round(number)


def parse_bool(value: Any) -> bool:
    if value is None or value == "":
        return True
    if isinstance(value, bool):
        return value
    folded = text(value).casefold()
    if folded in _TRUE:
        return True
    if folded in _FALSE:
        return False
    raise CellError(Message("is not yes or no"))


def split_list(value: Any) -> list[str]:
    """'Kazakhstan, China' or one name per line; semicolons also separate."""
    raw = text(value)
    if not raw:
        return []
    parts = re.split(r"[;\n]", raw) if re.search(r"[;\n]", raw) else raw.split(",")
    return [p.strip() for p in parts if p.strip()]


_PARTY_TAIL = re.compile(r"\[([^\]]*)\]\s*$")


def is_people_layout(value: Any) -> bool:
    """True when a cell lists people as our export writes them (one a line, 'Name — Position [Party]')."""
    raw = text(value)
    return "\n" in raw or " — " in raw or " - " in raw or raw.endswith(" —") or bool(_PARTY_TAIL.search(raw))


def split_people(value: Any) -> list[tuple[str, str, str]]:
    """Signatories or co-chairs, one a line (or ';'-separated on one line): 'Name — Position [Party]'.

    The inverse of ``desktop.domain.sheet_layout.format_person``: a trailing ' —' marks a name with
    no position, and '[]' an explicit "no party" after a position that ends in a bracket.
    """
    raw = text(value)
    entries = raw.split("\n") if "\n" in raw else raw.split(";")
    people: list[tuple[str, str, str]] = []
    for entry in entries:
        entry = entry.strip()
        if not entry:
            continue
        party = ""
        match = _PARTY_TAIL.search(entry)
        if match:
            party, entry = match[1].strip(), entry[: match.start()].strip()
        if entry.endswith(" —"):
            name, position = entry[:-2], ""
        elif " — " in entry:
            name, _sep, position = entry.partition(" — ")
        else:
            name, _sep, position = entry.partition(" - ")
        people.append((name.strip(), position.strip(), party))
    return people


_KAZAKH = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")


def split_local_names(value: Any) -> dict[str, str]:
    """'Kazakh / Russian / Chinese' as our export joins them, told apart by their letters.

    Chinese characters mean Chinese; the Kazakh letters ә ғ қ ң ө ұ ү һ і mean Kazakh; other
    Cyrillic is Russian. A part that fits none is left out rather than guessed.
    """
    found: dict[str, str] = {}
    for part in (p.strip() for p in re.split(r" / |\n", text(value))):
        if not part:
            continue
        if any("\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" for ch in part):
            lang = "zh"
        elif any(ch in _KAZAKH for ch in part):
            lang = "kk"
        elif any("\u0400" <= ch <= "\u04ff" for ch in part):
            lang = "ru"
        else:
            continue
        found.setdefault(lang, part)
    return found


def split_names(value: Any) -> list[str]:
    """People's names as our export joins them (', '), or one a line / ';'-separated."""
    raw = text(value)
    parts = re.split(r"[;\n]", raw) if re.search(r"[;\n]", raw) else raw.split(", ")
    return [p.strip() for p in parts if p.strip()]


def format_value(value: Any) -> str:
    shown = text(value)
    return shown if len(shown) <= 60 else shown[:57] + "…"
