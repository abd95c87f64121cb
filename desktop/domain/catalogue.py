"""The translation catalogue without Qt: reads the .ts files `make translations` keeps, renders Messages.

The window renders through Qt's QTranslator (the .qm compiled from the same .ts files); the command line,
the import summary and the reports render here, so list/status start without importing Qt. Plural forms
follow Qt's numerus rules for each language (Russian three forms, Kazakh and English two, the Kazakh ones
identical because a Kazakh noun after a number stays singular).
"""

from __future__ import annotations

import locale
import os
from datetime import date, datetime
from functools import cache
from pathlib import Path

from desktop.domain.messages import VERBATIM, Arg, Message

TRANSLATIONS_DIR = Path(__file__).resolve().parents[2] / "resources" / "translations"
LANGUAGES = ("en", "ru", "kk")
MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def normalise(language: str | None) -> str:
    """'ru_RU.UTF-8' → 'ru'; anything not supported → 'en'."""
    code = (language or "").split(".")[0].split("_")[0].split("-")[0].lower()
    return code if code in LANGUAGES else "en"


def system_language() -> str:
    """The language of the user's locale (LC_ALL, LC_MESSAGES, LANG, LANGUAGE), as the command line uses it."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(variable, "")
        if value and value not in ("C", "POSIX"):
            return normalise(value.split(":")[0])
    try:
        return normalise(locale.getlocale()[0])
    except ValueError:
        return "en"


def plural_index(language: str, n: int) -> int:
    """Which numerus form Qt picks (QTranslator's rules for ru, kk and en)."""
    if language == "ru":
        if n % 10 == 1 and n % 100 != 11:
            return 0
        if 2 <= n % 10 <= 4 and not 10 <= n % 100 < 20:
            return 1
        return 2
    return 0 if n == 1 else 1


class Catalogue:
    """One language's translations: (context, source) → text, or the numerus forms."""

    def __init__(self, language: str, path: Path | None = None) -> None:
        self.language = language
        self.singular: dict[tuple[str, str], str] = {}
        self.plural: dict[tuple[str, str], list[str]] = {}
        file = path or TRANSLATIONS_DIR / f"kelisim_{language}.ts"
        if not file.exists():
            return
        import xml.etree.ElementTree as ET  # read on first use, not at start-up

        for context in ET.parse(file).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                translation = message.find("translation")
                if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                forms = [form.text or "" for form in translation.iter("numerusform")]
                if message.get("numerus") == "yes":
                    if all(forms):
                        self.plural[(name, source)] = forms
                elif translation.text:
                    self.singular[(name, source)] = translation.text

    def lookup(self, context: str, source: str, n: int | None, grouped: bool = False) -> str:
        """``grouped``: the count with the language's thousands separator (31,652; 31 652), as reports print."""
        if n is not None:
            forms = self.plural.get((context, source))
            text = forms[min(plural_index(self.language, n), len(forms) - 1)] if forms else source
            return text.replace("%n", format_number(n, self.language) if grouped else str(n))
        return self.singular.get((context, source), source)


@cache
def catalogue(language: str) -> Catalogue:
    return Catalogue(normalise(language))


def format_date(value: date, language: str) -> str:
    """31.12.2026 in Russian and Kazakh, 31 Dec 2026 in English (the window's QLocale short forms)."""
    if isinstance(value, datetime):
        return f"{format_date(value.date(), language)} {value:%H:%M}"
    if normalise(language) == "en":
        return f"{value.day} {MONTHS_EN[value.month - 1]} {value.year}"
    return f"{value.day:02d}.{value.month:02d}.{value.year}"


def format_number(value: float, language: str, decimals: int = 0) -> str:
    """30 000 in Russian and Kazakh (no-break space), 30,000 in English; comma decimals in ru/kk."""
    text = f"{value:,.{decimals}f}"
    if normalise(language) == "en":
        return text
    return text.replace(",", "\u00a0").replace(".", ",")


def format_percent(value: float, language: str) -> str:
    """75 % in Russian and Kazakh, 75% in English."""
    number = format_number(value, language, 0 if float(value).is_integer() else 1)
    return f"{number}%" if normalise(language) == "en" else f"{number}\u00a0%"


def render_arg(value: Arg, language: str, grouped: bool = False) -> str:
    if isinstance(value, Message):
        return render(value, language, grouped=grouped)
    if value is None:
        return "—"
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, date):
        return format_date(value, language)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return format_number(value, language, 1)
    return str(value)


def render(message: Message, language: str, *, grouped: bool = False) -> str:
    """``message`` in ``language`` ('en', 'ru' or 'kk'), arguments rendered too; ``grouped``: counts (%n) with
    the language's thousands separator, as the reports print every other number (``format_number``)."""
    if message.context == VERBATIM:
        return message.text.replace("%\u200bn", "%n")
    text = catalogue(language).lookup(message.context, message.text, message.n, grouped)
    if not message.args:
        return text
    args = [render_arg(a, language, grouped) for a in message.args]
    try:
        return text.format(*args)
    except (IndexError, KeyError, ValueError):
        return message.text.format(*args)
