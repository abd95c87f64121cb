"""User text for the PDF: safe paragraph markup, and pre-wrapped plain lines for table cells.

``Paragraph`` parses markup: "S&P" would print wrong, ``<img src=…>`` would open a file and an
unclosed ``<b>`` crashes the build. Every user string given to a paragraph is escaped here,
newlines become ``<br/>``, and runs of characters the main face lacks (Chinese) switch to the
Chinese face.

Table cells avoid paragraphs altogether (a paragraph costs ~3 × a plain cell, shared notes):
``face_for`` picks one face that prints the whole cell, and ``Wrapper`` breaks the text into
lines that fit the column, measuring each word once. Plain cells carry no markup at all.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop.domain.text import clean_text
from desktop.reports import pdf_fonts

CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Scripts written without spaces: a line may break before or after any of these characters.
_CJK = (
    "\u2e80-\u2fff\u3000-\u30ff\u3100-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
    "\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0002ffff"
)
CJK_CHAR = re.compile(f"[{_CJK}]")
_TOKEN = re.compile(f"[{_CJK}]|[^{_CJK}]+")  # one such character, or a run of others
# A word too long for its column ("KZ-CN-2024/01-03") breaks after its separators, as a link would.
_SEPARATED = re.compile(r"[^/\-]*[/\-]+|[^/\-]+")
# Characters that must not start a line (closing punctuation, East Asian and Western).
NO_LINE_START = frozenset(",.;:!?)]}»”’%，。、；：！？）】」』》〉・ー…")


def clean(text: object) -> str:
    """Any user value as printable text: no control characters, newlines as "\\n", tabs as spaces."""
    if text is None:
        return ""
    value = str(text)
    if not value.isprintable():
        # A line break stays one; every other control character becomes a space, never nothing.
        value = clean_text(value).replace("\t", " ")
    return value


def markup(text: object) -> str:
    """Escaped markup for any user value; Chinese runs wrapped in the Chinese face."""
    value = clean(text)
    if value.isascii():
        return escape(value).replace("\n", "<br/>")
    main = pdf_fonts.coverage(pdf_fonts.MAIN)
    if all(ord(ch) in main for ch in value):
        return escape(value).replace("\n", "<br/>")
    cjk = pdf_fonts.coverage(pdf_fonts.CJK)
    parts: list[str] = []
    run: list[str] = []
    in_cjk = False
    for ch in value:
        code = ord(ch)
        wants_cjk = code not in main and code in cjk and ch != "\n"
        if wants_cjk != in_cjk and run:
            parts.append(_run("".join(run), in_cjk))
            run = []
        in_cjk = wants_cjk
        run.append(ch)
    if run:
        parts.append(_run("".join(run), in_cjk))
    return "".join(parts)


def _run(text: str, cjk: bool) -> str:
    body = escape(text).replace("\n", "<br/>")
    return f'<font name="{pdf_fonts.CJK}">{body}</font>' if cjk else body


def face_for(text: str) -> str | None:
    """The one face that prints all of ``text``: the main face (DejaVu) when it can, else the
    Chinese face (WenQuanYi also has Latin, Cyrillic and every Kazakh letter), else None (the
    text needs both faces, e.g. Chinese beside ₸, and must be a paragraph). Characters neither
    face has are ignored: they print as a box in any face."""
    if text.isascii():
        return pdf_fonts.MAIN
    chars = set(text)
    missing = chars.difference(pdf_fonts.characters(pdf_fonts.MAIN))
    if not missing or missing.isdisjoint(pdf_fonts.characters(pdf_fonts.CJK)):
        return pdf_fonts.MAIN
    if chars.isdisjoint(pdf_fonts.characters(pdf_fonts.MAIN_ONLY)):
        return pdf_fonts.CJK
    return None


class Wrapper:
    """Greedy line breaking for one face and size, with every word's width measured once.

    Words repeat across thousands of rows (agency names, parties, template phrases), so the
    width cache turns most of the measuring into dictionary look-ups. Spaces collapse to one
    (as in a paragraph); a word wider than the column is broken between characters.
    """

    LIMIT = 200_000  # cached words per wrapper; a register has far fewer distinct words

    def __init__(self, font: str, size: float) -> None:
        self.font = font
        self.size = size
        self._widths: dict[str, float] = {}
        self.space = stringWidth(" ", font, size)

    def width(self, text: str) -> float:
        found = self._widths.get(text)
        if found is None:
            if len(self._widths) >= self.LIMIT:
                self._widths.clear()
            found = self._widths[text] = stringWidth(text, self.font, self.size)
        return found

    def lines(self, text: str, avail: float) -> list[str]:
        """``text`` (newlines kept) as lines no wider than ``avail`` points."""
        out: list[str] = []
        for paragraph in text.split("\n"):
            words = [word for word in paragraph.split(" ") if word]  # only a plain space breaks (not U+00A0)
            if not words:
                out.append("")
                continue
            line = " ".join(words)
            if stringWidth(line, self.font, self.size) <= avail:  # most cells: one measurement
                out.append(line)
                continue
            self._break(words, avail, out)
        return out

    def _break(self, words: list[str], avail: float, out: list[str]) -> None:
        line = ""
        used = 0.0
        for word in words:
            for index, piece in enumerate(_pieces(word)):
                gap = self.space if index == 0 and line else 0.0
                wide = self.width(piece)
                if line and used + gap + wide <= avail:
                    line += (" " if gap else "") + piece
                    used += gap + wide
                    continue
                if line:
                    out.append(line)
                if wide <= avail:
                    line, used = piece, wide
                    continue
                out += self._split_long(piece, avail)  # wider than the column on its own
                line = out.pop()
                used = self.width(line)
        if line:
            out.append(line)

    def _split_long(self, piece: str, avail: float) -> list[str]:
        """A word wider than the column: broken after "/" or "-" (references, links), else between characters."""
        parts: list[str] = []
        line = ""
        for token in _SEPARATED.findall(piece):
            if self.width(line + token) <= avail:
                line += token
                continue
            if line:
                parts.append(line)
            if self.width(token) <= avail:
                line = token
            else:
                parts += self._split_chars(token, avail)
                line = parts.pop()
        parts.append(line)
        return parts

    def _split_chars(self, piece: str, avail: float) -> list[str]:
        parts: list[str] = []
        start = 0
        used = 0.0
        for index, ch in enumerate(piece):
            wide = self.width(ch)
            if used + wide > avail and index > start:
                parts.append(piece[start:index])
                start, used = index, 0.0
            used += wide
        parts.append(piece[start:])
        return parts


def _pieces(word: str) -> list[str]:
    """A space-free word cut where a line may break: around Chinese characters, never before
    closing punctuation."""
    if word.isascii():
        return [word]
    pieces: list[str] = []
    for token in _TOKEN.findall(word):
        if pieces and (token[0] in NO_LINE_START or not (CJK_CHAR.match(token) or CJK_CHAR.match(pieces[-1][-1]))):
            pieces[-1] += token
        else:
            pieces.append(token)
    return pieces
