"""Translations: Qt's own (standard buttons, dialogs) and Kelisim's, from resources/translations.

Also the window's half of "messages are data": ``text`` renders a domain/service ``Message`` through Qt's
translation (plural forms from the .qm), and ``day``/``number``/``percent`` format through QLocale.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from desktop.domain.messages import VERBATIM, Message

TRANSLATIONS_DIR = Path(__file__).resolve().parents[2] / "resources" / "translations"
SUPPORTED = ("en", "ru", "kk")
QT_LANGUAGES = {
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
    "ru": QLocale(QLocale.Language.Russian, QLocale.Country.Russia),
    "kk": QLocale(QLocale.Language.Kazakh, QLocale.Country.Kazakhstan),
}
# 31.12.2026 in Russian and Kazakh, 31 Dec 2026 in English: unambiguous for every reader.
DATE_FORMATS = {"en": "d MMM yyyy", "ru": "dd.MM.yyyy", "kk": "dd.MM.yyyy"}
_state = {"language": "en"}


def resolve(language: str = "") -> str:
    lang = language or QLocale.system().name().split("_")[0]
    return lang if lang in SUPPORTED else "en"


def current_language() -> str:
    """The window's language (set by install_translators)."""
    return _state["language"]


def install_translators(app: QApplication, language: str = "") -> str:
    """Install translators for ``language`` ('' = the system's); returns the language used.

    English installs kelisim_en.qm too: it holds the English plural forms ("1 commitment", "2 commitments")."""
    lang = resolve(language)
    _state["language"] = lang
    QLocale.setDefault(QT_LANGUAGES[lang])
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    files = [(TRANSLATIONS_DIR, f"kelisim_{lang}.qm")]
    if lang != "en":
        files = [(TRANSLATIONS_DIR, f"qtbase_{lang}.qm"), (qt_dir, f"qtbase_{lang}.qm"), *files]
    for folder, name in files:
        # Parented to the app: a parentless QTranslator is collected and silently vanishes.
        translator = QTranslator(app)
        if translator.load(str(folder / name)):
            app.installTranslator(translator)
    return lang


def remove_translators(app: QApplication) -> None:
    """Take every installed translator out (before installing another language's)."""
    for translator in app.findChildren(QTranslator):
        app.removeTranslator(translator)
        translator.setParent(None)
        translator.deleteLater()


def locale() -> QLocale:
    return QT_LANGUAGES.get(current_language(), QLocale())


def day(value: date | None) -> str:
    if value is None:
        return "—"
    if isinstance(value, datetime):
        value = value.date()
    return locale().toString(QDate(value.year, value.month, value.day), DATE_FORMATS[current_language()])


def number(value: float, decimals: int = 0) -> str:
    """30 000 in Russian and Kazakh, 30,000 in English."""
    if decimals == 0:
        return locale().toString(round(value))
    return locale().toString(float(value), "f", decimals)


def percent(value: float) -> str:
    shown = number(value, 0 if float(value).is_integer() else 1)
    return f"{shown}%" if current_language() == "en" else f"{shown}\u00a0%"


def arg_text(value: object) -> str:
    if isinstance(value, Message):
        return text(value)
    if value is None:
        return "—"
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, date):
        return day(value)
    if isinstance(value, float):
        return number(value, 1)
    return str(value)


def text(message: Message | str) -> str:
    """A Message in the window's language (Qt's translators and plural forms); plain text as it is."""
    if isinstance(message, str):
        return message
    if message.context == VERBATIM:
        return str(message)
    source = QCoreApplication.translate(message.context, message.text, None, -1 if message.n is None else message.n)
    if not message.args:
        return source
    args = [arg_text(a) for a in message.args]
    try:
        return source.format(*args)
    except (IndexError, KeyError, ValueError):
        return message.text.format(*args)


def error_text(error: BaseException) -> str:
    """What a KelisimError says, in the window's language; other errors as Python prints them."""
    describe = getattr(error, "describe", None)
    return text(describe()) if callable(describe) else str(error)
