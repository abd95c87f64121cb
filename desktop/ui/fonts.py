"""Bundled fonts, so Kazakh letters and Chinese render on machines without CJK fonts."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)
FONTS_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"
BUNDLED = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "wqy-microhei.ttc")


def register_fonts() -> list[str]:
    """Register the bundled fonts; returns the families Qt now knows from them."""
    families: list[str] = []
    for name in BUNDLED:
        font_id = QFontDatabase.addApplicationFont(str(FONTS_DIR / name))
        if font_id < 0:
            log.warning("could not load bundled font %s", name)
            continue
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return list(dict.fromkeys(families))


def apply_app_font(app: QApplication, families: list[str]) -> None:
    """Keep the system's UI font first; bundled fonts fill in glyph by glyph."""
    font = app.font()
    font.setFamilies([font.family(), *families])
    app.setFont(font)


def ui_font() -> QFont:
    return QApplication.font()
