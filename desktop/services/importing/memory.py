"""Mappings the clerk confirmed, remembered for the next file with the same headers.

Kept in a small JSON file beside the register's other local files (``storage.paths.data_dir``),
keyed by the sheet's kind and its folded headers, so next month's copy of the same register maps
itself. A file that cannot be read or written is ignored: remembering is a convenience, never a
reason for an import to fail.
"""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path
from typing import Any

from desktop.services.importing.headers import fold_header
from desktop.storage.paths import data_dir

log = logging.getLogger(__name__)
FILE_NAME = "import-mappings.json"
MAX_ENTRIES = 200


def _file() -> Path:
    return data_dir() / FILE_NAME


def key(entity: str, headers: list[str]) -> str:
    folded = "\x1f".join(fold_header(h) for h in headers)
    return entity + ":" + hashlib.sha256(folded.encode("utf-8")).hexdigest()[:32]


def _load() -> dict[str, Any]:
    try:
        data = json.loads(_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def recall(entity: str, headers: list[str]) -> dict[int, str] | None:
    entry = _load().get(key(entity, headers))
    if not isinstance(entry, dict):
        return None
    try:
        return {int(i): str(f) for i, f in entry.items()}
    except (TypeError, ValueError):
        return None


def remember(entity: str, headers: list[str], columns: dict[int, str]) -> None:
    data = _load()
    data.pop(key(entity, headers), None)
    data[key(entity, headers)] = {str(i): f for i, f in sorted(columns.items())}
    while len(data) > MAX_ENTRIES:  # oldest first: dicts keep insertion order
        data.pop(next(iter(data)))
    target = _file()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_suffix(".tmp")
        temporary.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        temporary.replace(target)
    except OSError as exc:
        log.warning("could not remember the import mapping: %s", exc)
