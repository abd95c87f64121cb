"""Translations: Qt's own (standard buttons, dialogs) and Kelisim's, from resources/translations."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

TRANSLATIONS_DIR = Path(__file__).resolve().parents[2] / "resources" / "translations"
SUPPORTED = ("en", "ru", "kk")


def install_translators(app: QApplication, language: str = "") -> str:
    """Install translators for ``language`` ('' = the system's); returns the language used."""
    lang = language or QLocale.system().name().split("_")[0]
    if lang not in SUPPORTED:
        lang = "en"
    if lang == "en":
        return lang
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for folder, name in (
        (TRANSLATIONS_DIR, f"qtbase_{lang}.qm"),
        (qt_dir, f"qtbase_{lang}.qm"),
        (TRANSLATIONS_DIR, f"kelisim_{lang}.qm"),
    ):
        # Parented to the app: a parentless QTranslator is collected and silently vanishes.
        translator = QTranslator(app)
        if translator.load(str(folder / name)):
            app.installTranslator(translator)
    return lang
