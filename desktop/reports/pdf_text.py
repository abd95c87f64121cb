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

import functools
import re
import unicodedata
from collections.abc import Iterable
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth

from desktop.domain.text import clean_text
from desktop.reports import pdf_fonts

CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# What ``clean`` changes: tabs, the line breaks other than "\n" and the control characters (``clean_text``).
_TO_CLEAN = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029]")
# Scripts written without spaces: a line may break before or after any of these characters.
_CJK = (
    "\u2e80-\u2fff\u3000-\u30ff\u3100-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
    "\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0002ffff"
)
CJK_CHAR = re.compile(f"[{_CJK}]")
_TOKEN = re.compile(f"[{_CJK}]|[^{_CJK}]+")  # one such character, or a run of others
# A word too long for its column breaks after its hyphens; never at "/": "KZ-CN-2024-05-20/1" is one number.
_SEPARATED = re.compile(r"[^\-]*-+|[^\-]+")
# Characters that must not start a line (closing punctuation, East Asian and Western).
NO_LINE_START = frozenset(",.;:!?)]}»”’%，。、；：！？）】」』》〉・ー…")


def clean(text: object) -> str:
    """Any user value as printable text: no control characters, newlines as "\\n", tabs as spaces."""
    if text is None:
        return ""
    value = text if isinstance(text, str) else str(text)
    # Not printable is nearly always a line break or a no-break space, which stay: one scan says so.
    if not value.isprintable() and _TO_CLEAN.search(value) is not None:
        # A line break stays one; every other control character becomes a space, never nothing.
        value = clean_text(value).replace("\t", " ")
    if not value.isascii():
        value = without_boxes(value)
    return value


def without_boxes(value: str) -> str:
    """Characters no bundled face prints (emoji, rare symbols) as their Unicode name in brackets:
    "Agreed 👍" prints "Agreed [THUMBS UP SIGN]" instead of an empty box."""
    if _unprinted().search(value) is None:  # nearly always: one scan, no set of the text's characters
        return value
    missing = set(value).difference(pdf_fonts.characters(pdf_fonts.MAIN), pdf_fonts.characters(pdf_fonts.CJK), "\n")
    if not missing:
        return value
    out = []
    for ch in value:
        if ch not in missing:
            out.append(ch)
        elif unicodedata.category(ch) in ("Mn", "Me", "Cf") or ch in "\ufe0f\ufe0e":
            continue  # variation selectors, joiners, combining marks: part of the symbol before them
        else:
            out.append(f"[{unicodedata.name(ch, f'U+{ord(ch):04X}')}]")
    return "".join(out)


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
    if text.isascii() or _cjk_only().search(text) is None:  # no character only the Chinese face has
        return pdf_fonts.MAIN
    # A character only the Chinese face has is there: the main face cannot print it all. The Chinese face
    # can, unless a letter the main face has (Latin, Cyrillic beside the Chinese) or a character only the
    # main face has (₸) is there too.
    if _main_letter().search(text) is None and _main_only().search(text) is None:
        return pdf_fonts.CJK  # Chinese with digits and punctuation only
    # Latin or Cyrillic beside Chinese, or Chinese beside ₸: a paragraph prints each run in its own face.
    return None


class Wrapper:
    """Greedy line breaking for one face and size, with every word's width measured once.

    Words repeat across thousands of rows (agency names, parties, template phrases), so the
    width cache turns most of the measuring into dictionary look-ups. Spaces collapse to one
    (as in a paragraph); a word wider than the column is broken between characters.
    """

    LIMIT = 200_000  # cached words per wrapper; a register has far fewer distinct words
    PARAGRAPHS = 50_000  # remembered paragraphs per wrapper (then it starts again: unique titles do not repeat)
    KEPT_PARAGRAPH = 160  # characters: longer paragraphs are broken each time they come
    shrink = 0.0  # the share of its width each space on a line may give up, as a paragraph allows
    fill_long = False  # a word wider than the column starts the next line (True: fills this one first)
    exact = True  # ``measure`` is one face's ``stringWidth``: a line's width is its words' (``exact_width``)

    def __init__(self, font: str, size: float) -> None:
        self.font = font
        self.size = size
        self._widths: dict[str, float] = {}
        self._paragraphs: dict[tuple[str, float], tuple[str, ...]] = {}  # (paragraph, room) → its lines
        self.space = stringWidth(" ", font, size)
        # Each word's advance in the face's units (thousandths of the size), summed from the face's own table: a
        # line's printed width is exactly its words' and spaces' units (``exact_width``), without measuring it.
        face = getFont(font).face
        self._advances: dict[int, float] = getattr(face, "charWidths", {})
        self._missing: float = getattr(face, "defaultWidth", 0.0)
        self._units: dict[str, float] = {}
        units_per_em = getattr(face, "unitsPerEm", 0)
        if not self._advances or units_per_em & (units_per_em - 1):  # not a TrueType face in a power of two
            self.exact = False
        self._space_units = self.units(" ")

    def units(self, word: str) -> float:
        """``word``'s advance in the face's units, remembered. The face's advances are multiples of 1/256 (its
        units per em are a power of two), so sums of them are exact in any order."""
        found = self._units.get(word)
        if found is None:
            if len(self._units) >= self.LIMIT:
                self._units.clear()
            get, missing = self._advances.get, self._missing
            found = self._units[word] = sum([get(code, missing) for code in map(ord, word)])
        return found

    def exact_width(self, words: list[str]) -> float:
        """The printed width of ``words`` joined by single spaces: what ``measure`` gives for the joined line, to
        the last bit (reportlab's ``stringWidth`` is the units' sum / 1000 × size), from the words' units."""
        units = self._units
        total = self._space_units * (len(words) - 1)
        for word in words:
            found = units.get(word)
            total += found if found is not None else self.units(word)
        return total / 1000 * self.size

    def pieces(self, word: str) -> list[str]:
        """Where a space-free word may break: around Chinese characters (``_pieces``)."""
        return _pieces(word)

    def measure(self, text: str) -> float:
        """The printed width of ``text`` (not cached: whole lines rarely repeat)."""
        return stringWidth(text, self.font, self.size)

    def width(self, text: str) -> float:
        found = self._widths.get(text)
        if found is None:
            if len(self._widths) >= self.LIMIT:
                self._widths.clear()
            found = self._widths[text] = self.measure(text)
        return found

    def lines(self, text: str, avail: float) -> list[str]:
        """``text`` (newlines kept) as lines no wider than ``avail`` points."""
        out: list[str] = []
        made = self._paragraphs
        for paragraph in text.split("\n"):
            key = (paragraph, avail)
            found = made.get(key)
            if found is None:  # agency names, parties and template notes repeat on thousands of rows
                found = self._paragraph(paragraph, avail)
                if len(paragraph) <= self.KEPT_PARAGRAPH:  # a long one (a title) rarely repeats: not kept
                    if len(made) >= self.PARAGRAPHS:
                        made.clear()
                    made[key] = found
            out += found
        return out

    def _paragraph(self, paragraph: str, avail: float) -> tuple[str, ...]:
        """One line of text (no newline) broken into lines no wider than ``avail`` points."""
        words = [word for word in paragraph.split(" ") if word]  # only a plain space breaks (not U+00A0)
        if not words:
            return ("",)
        if self.exact:  # most cells fit their column: known from the words' remembered widths
            if self.exact_width(words) <= avail:
                return (" ".join(words),)
        else:
            line = " ".join(words)
            if self.measure(line) <= avail + self.shrink * self.space * (len(words) - 1):
                return (line,)
        # Without Chinese characters a word breaks only at its spaces: its pieces need no search.
        out: list[str] = []
        if self.shrink or self.fill_long or CJK_CHAR.search(paragraph) is not None:
            self._break(words, avail, out, True)
        else:
            self._break_at_spaces(words, avail, out)
        return tuple(out)

    def _break_at_spaces(self, words: list[str], avail: float, out: list[str]) -> None:
        """``_break`` for words that break only at their spaces, in a face whose spaces keep their width (the
        plain cells' case): each line's words gathered and joined once."""
        space = self.space
        widths = self._widths
        line: list[str] = []
        used = 0.0
        for word in words:
            wide = widths.get(word)
            if wide is None:
                wide = self.width(word)
            if line and used + space + wide <= avail:
                line.append(word)
                used += space + wide
                continue
            if line:
                out.append(" ".join(line))
            if wide <= avail:
                line, used = [word], wide
                continue
            parts = self._split_long(word, avail)  # wider than the column on its own
            out += parts[:-1]
            line = [parts[-1]] if parts[-1] else []
            used = self.width(parts[-1])
        if line:
            out.append(" ".join(line))

    def _break(self, words: list[str], avail: float, out: list[str], cjk: bool = True) -> None:
        line = ""
        used = 0.0
        spaces = 0  # on the line so far
        slack = self.shrink * self.space  # what each space may give up
        widths = self._widths
        for word in words:
            for index, piece in enumerate(self.pieces(word) if cjk else (word,)):
                gap = self.space if index == 0 and line else 0.0
                wide = widths.get(piece)
                if wide is None:
                    wide = self.width(piece)
                if line and used + gap + wide <= avail + slack * (spaces + (1 if gap else 0)):
                    line += (" " if gap else "") + piece
                    used += gap + wide
                    spaces += 1 if gap else 0
                    continue
                spaces = 0
                if wide > avail and self.fill_long:  # as a paragraph: the line is filled, then the rest broken
                    head = self._fitting(piece, avail - used - gap if line else avail)
                    if head:
                        line += (" " if line and gap else "") + head
                        piece = piece[len(head) :]
                    if line:
                        out.append(line)
                    out += self._split_chars(piece, avail)
                    line = out.pop()
                    used = self.width(line)
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

    def _fitting(self, piece: str, room: float) -> str:
        """The longest start of ``piece`` no wider than ``room``."""
        used = 0.0
        for index, ch in enumerate(piece):
            used += self.width(ch)
            if used > room:
                return piece[:index]
        return piece

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


def runs(text: str) -> list[tuple[str, str]]:
    """``text`` cut into (face, text) runs: the main face wherever it has the character, the Chinese face
    where only that one has it (as ``markup`` wraps them; a character neither has stays in the main face)."""
    found = _runs_made.get(text)
    if found is None:  # a two-face cell's lines repeat ("Last note: …", agency names): cut once
        if len(_runs_made) >= RUNS_LIMIT:
            _runs_made.clear()
        found = _runs_made[text] = _runs(text)
    return found


RUNS_LIMIT = 20_000
_runs_made: dict[str, list[tuple[str, str]]] = {}  # callers only read the runs


def _runs(text: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    start = 0
    for match in _cjk_only().finditer(text):
        if match.start() > start:
            out.append((pdf_fonts.MAIN, text[start : match.start()]))
        out.append((pdf_fonts.CJK, match.group()))
        start = match.end()
    if len(text) > start:
        out.append((pdf_fonts.MAIN, text[start:]))
    return out


@functools.cache
def _cjk_only() -> re.Pattern[str]:
    """Runs of characters only the Chinese face prints, as one character class of code-point ranges."""
    codes = pdf_fonts.coverage(pdf_fonts.CJK) - pdf_fonts.coverage(pdf_fonts.MAIN) - {ord("\n")}
    return re.compile(f"[{_ranges(codes)}]+")


@functools.cache
def _main_letter() -> re.Pattern[str]:
    """A letter the main face prints (Latin, Cyrillic, Kazakh…)."""
    return re.compile(f"[{_ranges(code for code in pdf_fonts.coverage(pdf_fonts.MAIN) if chr(code).isalpha())}]")


@functools.cache
def _main_only() -> re.Pattern[str]:
    """A character only the main face prints (₸, some symbols)."""
    return re.compile(f"[{_ranges(pdf_fonts.coverage(pdf_fonts.MAIN_ONLY))}]")


@functools.cache
def _unprinted() -> re.Pattern[str]:
    """A character neither face prints (a newline is a line break, not a character to print)."""
    codes = pdf_fonts.coverage(pdf_fonts.MAIN) | pdf_fonts.coverage(pdf_fonts.CJK) | {ord("\n")}
    return re.compile(f"[^{_ranges(codes)}]")


def _ranges(codes: Iterable[int]) -> str:
    """``codes`` as the inside of a regular-expression character class: "a-z0-9"…"""
    ordered = sorted(codes)
    ranges: list[str] = []
    index = 0
    while index < len(ordered):
        end = index
        while end + 1 < len(ordered) and ordered[end + 1] == ordered[end] + 1:
            end += 1
        first, last = re.escape(chr(ordered[index])), re.escape(chr(ordered[end]))
        ranges.append(first if index == end else f"{first}-{last}")
        index = end + 1
    return "".join(ranges)


class MixedWrapper(Wrapper):
    """Line breaking for text that needs two faces (Latin or Cyrillic beside Chinese, Chinese beside ₸):
    each run measured in the face that prints it; lines break at spaces, as a paragraph breaks them."""

    def __init__(self, size: float) -> None:
        super().__init__(pdf_fonts.MAIN, size)

    shrink = rl_config.spaceShrinkage  # a line may overrun by this share of its spaces, as in a paragraph
    fill_long = True
    exact = False  # each run measured in its own face, rounded on its own: the whole line is measured

    def pieces(self, word: str) -> list[str]:
        # As the paragraph these cells were before: a word breaks only when it is wider than the column.
        return [word]

    def measure(self, text: str) -> float:
        if text.isascii():
            return stringWidth(text, pdf_fonts.MAIN, self.size)
        return sum(stringWidth(run, face, self.size) for face, run in runs(text))
