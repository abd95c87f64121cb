"""Messages as data: what the register says to the clerk, kept as an identifier and its arguments.

A ``Message`` holds the English source text (the catalogue key, with ``{0}``… placeholders and ``%n``
for a count), its arguments and, for plural-aware text, the count ``n``. It is translated only where it
is shown: the window renders it through Qt (``desktop.ui.i18n.text``), the command line, the import
summary and the reports through ``desktop.domain.catalogue.render`` — both read the one catalogue that
``make translations`` keeps (resources/translations/kelisim_{ru,kk,en}.ts).

``make translations`` finds every ``Message("…")`` written with a literal text (``extract_calls`` below)
and lists it for pyside6-lupdate, so a new message lands in the .ts files as unfinished and the
catalogue test fails until it is translated. Never build the text at run time: put the varying parts in
the arguments.
"""

from __future__ import annotations

import ast
import json
from collections.abc import Iterator
from pathlib import Path

# The Qt translation context of every message outside the window (domain, storage, services, reports,
# commands): one context, so the same words are translated once whichever layer says them.
CONTEXT = "Message"
VERBATIM = ""  # text that is data (a file name, an operating-system error): shown as it is

Arg = object  # str, int, float, date, Path, Message or None: rendered by the catalogue


class Message:
    """An identifier (the English source text) and its arguments; rendered in the viewer's language."""

    __slots__ = ("args", "context", "n", "text")

    def __init__(self, text: str, *args: Arg, n: int | None = None, context: str = CONTEXT) -> None:
        if ("%n" in text) != (n is not None):
            raise ValueError(f"a message with %n needs n= and only such a message takes it: {text!r}")
        self.text = text
        self.args: tuple[Arg, ...] = args
        self.n = n
        self.context = context

    @classmethod
    def verbatim(cls, text: str) -> Message:
        """Data shown as it is (never looked up in the catalogue)."""
        return cls(text.replace("%n", "%\u200bn"), context=VERBATIM)

    def __eq__(self, other: object) -> bool:
        # Equal to another message with the same identifier and arguments, or to its English rendering
        # (so a test or a log search may compare with the English words).
        if isinstance(other, str):
            return str(self) == other
        if not isinstance(other, Message):
            return NotImplemented
        return (self.text, self.args, self.n, self.context) == (other.text, other.args, other.n, other.context)

    def __hash__(self) -> int:
        return hash(str(self))

    def __contains__(self, part: str) -> bool:
        return part in str(self)

    def __repr__(self) -> str:
        extra = f", n={self.n}" if self.n is not None else ""
        args = "".join(f", {a!r}" for a in self.args)
        return f"Message({self.text!r}{args}{extra})"

    def __str__(self) -> str:
        from desktop.domain.catalogue import render

        return render(self, "en")

    def __reduce__(self) -> tuple[object, ...]:  # pickled across the job process boundary
        return (_rebuild, (self.text, self.args, self.n, self.context))


def _rebuild(text: str, args: tuple[Arg, ...], n: int | None, context: str) -> Message:
    return Message(text, *args, n=n, context=context)


def as_message(value: Message | str) -> Message:
    """A message, or text that is data wrapped as verbatim (code not yet converted shows it as is)."""
    return value if isinstance(value, Message) else Message.verbatim(value)


def joined(items: list[Message]) -> Message:
    """'A', 'A and B', 'A, B and C' in the viewer's language."""
    if not items:
        return Message.verbatim("")
    result = items[-1]
    if len(items) >= 2:
        result = Message("{0} and {1}", items[-2], items[-1])
        for item in reversed(items[:-2]):
            result = Message("{0}, {1}", item, result)
    return result


# extraction for pyside6-lupdate -------------------------------------------------------------------------
def extract_calls(path: Path) -> Iterator[tuple[str, str, bool, int]]:
    """(context, text, is_plural, line) of every ``Message("literal", …)`` call in a Python file."""

    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
        if name != "Message" or not node.args:
            continue
        first = node.args[0]
        if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
            continue
        context = CONTEXT
        for keyword in node.keywords:
            if keyword.arg == "context" and isinstance(keyword.value, ast.Constant):
                context = str(keyword.value.value)
        if context == VERBATIM:
            continue
        yield context, first.value, "%n" in first.value, node.lineno


def extraction_source(root: Path) -> str:
    """The generated file lupdate reads: one literal translate() per message of the code under ``root``."""

    lines = [
        "# Generated by `make translations` (python -m desktop.domain.messages); do not edit.",
        "# pyside6-lupdate reads it to put every Message(...) of the code into the .ts catalogue.",
        "from PySide6.QtCore import QCoreApplication",
        "",
        "translate = QCoreApplication.translate",
        "",
    ]
    seen: set[tuple[str, str]] = set()
    for path in sorted((root / "desktop").rglob("*.py")):
        for context, text, plural, _line in extract_calls(path):
            if (context, text) in seen:
                continue
            seen.add((context, text))
            where = f"  # {path.relative_to(root).as_posix()}"  # no line number: an edit elsewhere keeps it current
            numerus = ", None, 1" if plural else ""  # lupdate marks numerus only for a literal count
            lines.append(
                f"translate({json.dumps(context, ensure_ascii=False)}, {json.dumps(text, ensure_ascii=False)}"
                f"{numerus}){where}"
            )
    return "\n".join(lines) + "\n"


EXTRACTION_FILE = Path("resources") / "translations" / "messages_extracted.py"


def main() -> None:
    root = Path(__file__).resolve().parents[2]
    (root / EXTRACTION_FILE).write_text(extraction_source(root), encoding="utf-8")


if __name__ == "__main__":
    main()
