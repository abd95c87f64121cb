"""Remembers, per register and selection, the day a report was last made: a briefing's "changes since"
defaults to the previous report of the same selection.

A small JSON file in the user's data folder (the window and the command line share it); no schema
change. A damaged file is treated as empty: at worst a briefing compares with nothing.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from datetime import date
from pathlib import Path

from desktop.storage.database import Database
from desktop.storage.paths import data_dir

log = logging.getLogger(__name__)
FILE_NAME = "report-memory.json"
LIMIT = 500  # selections remembered; the oldest are forgotten first


def _path() -> Path:
    return data_dir() / FILE_NAME


def _load() -> dict[str, dict[str, str]]:
    try:
        found = json.loads(_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return found if isinstance(found, dict) else {}


def _key(db: Database, selection: str) -> str:
    return f"{db.label}\n{selection}"


def previous_report(db: Database, selection: str, today: date) -> date | None:
    """The day of the last report of this selection made before ``today``, or None."""
    entry = _load().get(_key(db, selection), {})
    for name in ("last", "previous"):
        try:
            day = date.fromisoformat(entry.get(name, ""))
        except (TypeError, ValueError):
            continue
        if day < today:
            return day
    return None


def remember_report(db: Database, selection: str, today: date) -> None:
    """Note that a report of this selection was made on ``today`` (best effort: never fails an export)."""
    memory = _load()
    key = _key(db, selection)
    entry = memory.pop(key, {})
    if entry.get("last") != today.isoformat():
        entry = {"last": today.isoformat(), "previous": entry.get("last", "")}
    memory[key] = entry
    while len(memory) > LIMIT:
        memory.pop(next(iter(memory)))
    path = _path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".report-memory-")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(memory, out, ensure_ascii=False, indent=0)
        os.replace(temporary, path)
    except OSError:
        log.warning("could not remember the report of %s", selection, exc_info=True)
