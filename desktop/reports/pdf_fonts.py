"""The fonts embedded in PDF reports, registered once per process.

DejaVu Sans prints Latin, Russian, Kazakh (ә ғ қ ң ө ұ ү һ і) and the tenge sign ₸ but no
Chinese; WenQuanYi Micro Hei prints Chinese, and Latin, Cyrillic and all Kazakh letters too (not
₸). reportlab has no glyph fallback: ``pdf_text.face_for`` picks one face per table cell, and
``pdf_text.markup`` wraps every run the main face cannot print in the Chinese face.
"""

from __future__ import annotations

import threading
from pathlib import Path

from desktop.domain.errors import KelisimError
from desktop.domain.messages import Message

FONTS_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"
MAIN = "KelisimSans"
BOLD = "KelisimSans-Bold"
CJK = "KelisimCJK"

_lock = threading.Lock()
_coverage: dict[str, frozenset[int]] = {}
_characters: dict[str, frozenset[str]] = {}  # the same as characters: set(text) needs no ord() per character
MAIN_ONLY = "main-only"  # characters only the main face has (₸, some symbols)


def register() -> None:
    """Register the bundled fonts with reportlab (idempotent, thread-safe)."""
    with _lock:
        if _coverage:
            return
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        try:
            fonts = {
                MAIN: TTFont(MAIN, str(FONTS_DIR / "DejaVuSans.ttf")),
                BOLD: TTFont(BOLD, str(FONTS_DIR / "DejaVuSans-Bold.ttf")),
                CJK: TTFont(CJK, str(FONTS_DIR / "wqy-microhei.ttc"), subfontIndex=0),
            }
        except (OSError, ValueError) as exc:  # a damaged or missing bundled file: the installation is broken
            raise KelisimError(
                Message("the report fonts in {0} cannot be read ({1}); reinstall Kelisim", FONTS_DIR, exc)
            ) from exc
        for font in fonts.values():
            pdfmetrics.registerFont(font)
        # <b> inside a paragraph switches to the bold face; the Chinese face has no bold, so it maps to itself.
        for family, normal, bold in ((MAIN, MAIN, BOLD), (BOLD, BOLD, BOLD), (CJK, CJK, CJK)):
            addMapping(family, 0, 0, normal)
            addMapping(family, 1, 0, bold)
            addMapping(family, 0, 1, normal)
            addMapping(family, 1, 1, bold)
        _coverage.update({name: frozenset(font.face.charToGlyph) for name, font in fonts.items()})
        _coverage[MAIN_ONLY] = _coverage[MAIN] - _coverage[CJK]
        _characters.update({name: frozenset(map(chr, codes)) for name, codes in _coverage.items()})


def coverage(name: str) -> frozenset[int]:
    found = _coverage.get(name)  # registered already: no lock (the report asks for every cell)
    if found is None:
        register()
        found = _coverage[name]
    return found


def characters(name: str) -> frozenset[str]:
    """The characters a face prints (``MAIN_ONLY``: those the main face prints and the Chinese face does not)."""
    found = _characters.get(name)
    if found is None:
        register()
        found = _characters[name]
    return found
