"""The command line's subcommands. ``say`` prints a Message in the user's language (--lang or the locale)."""

from __future__ import annotations

import sys
from typing import TextIO

from desktop.domain.catalogue import render, system_language
from desktop.domain.messages import Message

_language = {"current": ""}


def set_language(language: str) -> None:
    _language["current"] = language


def language() -> str:
    """The command line's language: --lang, else the system locale's (ru, kk or en)."""
    return _language["current"] or system_language()


def text(message: Message) -> str:
    return render(message, language())


def say(message: Message, file: TextIO | None = None) -> None:
    print(text(message), file=file or sys.stdout)


def help_text(message: Message) -> str:
    """A --help line in the user's language; argparse reads ``%`` as a format, so a literal one is doubled."""
    return text(message).replace("%", "%%")


# argparse's own words ("usage:", "options", its error lines), as the catalogue knows them. argparse asks
# for each through the module-level ``_`` it took from gettext; ``speak_argparse`` points that at ours.
ARGPARSE_WORDS = (
    Message("usage: "),
    Message("positional arguments"),
    Message("options"),
    Message("show this help message and exit"),
    Message("show program's version number and exit"),
    Message("%(prog)s: error: %(message)s\n"),
    Message("the following arguments are required: %s"),
    Message("invalid choice: %(value)r (choose from %(choices)s)"),
    Message("unrecognized arguments: %s"),
    Message("expected one argument"),
    Message("argument %(argument_name)s: %(message)s"),
    Message("invalid %(type)s value: %(value)r"),
    Message("ambiguous option: %(option)s could match %(matches)s"),
    Message("one of the arguments %s is required"),
    Message("not allowed with argument %s"),
)


def speak_argparse() -> None:
    """Let argparse's help and errors speak the command line's language."""
    import argparse

    known = {message.text: message for message in ARGPARSE_WORDS}

    def translated(words: str) -> str:
        message = known.get(words)
        return text(message) if message is not None else words

    argparse._ = translated  # type: ignore[attr-defined]
