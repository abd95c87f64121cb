"""Text kept as written: one rule for what a register, a workbook cell and a PDF line can hold.

Excel writes characters an XML file cannot carry as ``_xHHHH_`` escapes (``_x000D_`` for a
carriage return, ``_x005F_`` for a literal underscore that would otherwise start an escape);
``decode_excel_escapes`` turns them back into the characters. Control characters a cell cannot
hold (Word's manual line break \\x0b, page break \\x0c, the bell \\x07 …) are never deleted, which
would run words together: a line break stays a line break (``\\r\\n``, ``\\r``, Word's \\x0b and
the Unicode line/paragraph separators become ``\\n``) and every other one becomes a space.
"""

from __future__ import annotations

import re

_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
_LINE_BREAKS = re.compile(r"\r\n|[\r\x0b\u2028\u2029]")
# C0 controls except tab and line feed, DEL and the C1 controls: none has a place in a cell.
_CONTROLS = re.compile(r"[\x00-\x08\x0c\x0e-\x1f\x7f-\x9f]")


def decode_excel_escapes(text: str) -> str:
    """``_x000D_`` → carriage return, ``_x005F_x000D_`` → the literal text ``_x000D_``."""
    if "_x" not in text:
        return text
    return _ESCAPE.sub(lambda m: chr(int(m[1], 16)), text)


def clean_text(text: str) -> str:
    """Line breaks as ``\\n``; other control characters as a space, never nothing."""
    if not text or text.isprintable():
        return text
    text = _LINE_BREAKS.sub("\n", text)
    return _CONTROLS.sub(" ", text)


def cell_text(text: str) -> str:
    """A cell's text as the register keeps it: escapes decoded, then cleaned."""
    return clean_text(decode_excel_escapes(text))
