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
