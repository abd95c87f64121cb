"""User text as safe reportlab paragraph markup.

``Paragraph`` parses markup: "S&P" would print wrong, ``<img src=…>`` would open a file and an
unclosed ``<b>`` crashes the build. Every user string is escaped here, newlines become
``<br/>``, and runs of characters the main face lacks (Chinese) switch to the Chinese face.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from desktop.reports import pdf_fonts

CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def markup(text: object) -> str:
    """Escaped markup for any user value; Chinese runs wrapped in the Chinese face."""
    if text is None:
        return ""
    value = str(text)
    if not value.isprintable():
        value = CONTROL.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))
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


def main_face_prints(text: str) -> bool:
    """True when a table cell can be a plain string: the main face prints every character (lines allowed)."""
    if text.isascii():
        return text.replace("\n", "").isprintable()
    main = pdf_fonts.coverage(pdf_fonts.MAIN)
    return all(ord(ch) in main for ch in text.replace("\n", "")) and text.replace("\n", "").isprintable()
