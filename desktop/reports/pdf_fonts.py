"""The fonts embedded in PDF reports, registered once per process.

DejaVu Sans prints Latin, Russian, Kazakh (ә ғ қ ң ө ұ ү һ і) and the tenge sign ₸ but no
Chinese; WenQuanYi Micro Hei prints Chinese, and Latin, Cyrillic and all Kazakh letters too (not
₸). reportlab has no glyph fallback: ``pdf_text.face_for`` picks one face per table cell, and
``pdf_text.markup`` wraps every run the main face cannot print in the Chinese face.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
import threading
from pathlib import Path
from typing import Any

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

        try:
            fonts = {
                MAIN: load(MAIN, FONTS_DIR / "DejaVuSans.ttf"),
                BOLD: load(BOLD, FONTS_DIR / "DejaVuSans-Bold.ttf"),
                CJK: load(CJK, FONTS_DIR / "wqy-microhei.ttc"),
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


CACHE_FORMAT = 1  # bump when what a cache file holds changes


def load(name: str, path: Path) -> Any:
    """reportlab's ``TTFont`` of ``path`` (its first face), parsed once per font file and reportlab version.

    Parsing the three bundled faces costs reportlab a noticeable share of a short report, every run. The parsed
    tables (not the font file itself, which is read again) are kept in the user's cache folder, checked by a
    digest and keyed by the file's path, size and modification time, reportlab's and Python's versions: a
    missing, stale, foreign or damaged cache file is parsed again and replaced, never trusted."""
    from reportlab.pdfbase.ttfonts import TTFont

    data = path.read_bytes()
    key = _cache_key(path)
    cached = _read_cache(key, name, data)
    if cached is not None:
        return cached
    font = TTFont(name, str(path), subfontIndex=0)
    _write_cache(key, font)
    return font


def _cache_key(path: Path) -> str:
    import reportlab

    stat = path.stat()
    identity = (CACHE_FORMAT, str(path.resolve()), stat.st_size, stat.st_mtime_ns, reportlab.Version, sys.version)
    return hashlib.sha256(repr(identity).encode()).hexdigest()


def _cache_file(key: str) -> Path | None:
    from desktop.storage.paths import cache_dir

    try:
        return cache_dir() / "fonts" / f"{key[:32]}.pickle"
    except OSError:  # no cache folder (read-only home): parse every time
        return None


def _read_cache(key: str, name: str, data: bytes) -> Any | None:
    from weakref import WeakKeyDictionary

    from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

    file = _cache_file(key)
    if file is None:
        return None
    try:
        stored = file.read_bytes()
    except OSError:
        return None
    digest, body = stored[:32], stored[32:]
    if hashlib.sha256(body).digest() != digest:  # damaged, cut short or not ours
        return None
    try:
        saved_key, font_state, face_state = pickle.loads(body)
    except (pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError, ImportError, IndexError):
        return None
    if saved_key != key or not isinstance(font_state, dict) or not isinstance(face_state, dict):
        return None
    face = TTFontFace.__new__(TTFontFace)
    face.__dict__.update(face_state)
    face._ttf_data = data
    units = face.unitsPerEm
    face._pdfScale = (lambda x: x) if units == 1000 else (lambda x, m=1000 / units: x * m)
    font = TTFont.__new__(TTFont)
    font.__dict__.update(font_state)
    font.fontName = name
    font.face = face
    font.state = WeakKeyDictionary()
    return font


def _write_cache(key: str, font: Any) -> None:
    """Keep ``font``'s parsed tables for the next run (written whole or not at all; a failure only costs time)."""
    file = _cache_file(key)
    if file is None:
        return
    font_state = {k: v for k, v in font.__dict__.items() if k not in ("face", "state")}
    face_state = {k: v for k, v in font.face.__dict__.items() if k not in ("_ttf_data", "_pdfScale")}
    try:
        body = pickle.dumps((key, font_state, face_state), protocol=pickle.HIGHEST_PROTOCOL)
    except (pickle.PicklingError, TypeError, AttributeError):  # a reportlab that keeps something unpicklable
        return
    try:
        file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        handle, temporary = tempfile.mkstemp(dir=file.parent, suffix=".part")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(hashlib.sha256(body).digest() + body)
            os.replace(temporary, file)
        except OSError:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError:
        return


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
