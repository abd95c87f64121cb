"""Saved views of a list page: named filters, sort and visible columns, kept per register in QSettings.

A view is the page's CommitmentFilter (as JSON) plus its header's state (sort indicator, hidden and moved
columns, widths). The Commitments page offers them in its "Views" menu: apply, save, rename, delete.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from PySide6.QtCore import QByteArray

from desktop.domain.filters import CommitmentFilter
from desktop.ui.settings import Option, declared


@dataclass(frozen=True)
class SavedView:
    name: str
    filter: CommitmentFilter
    header: QByteArray


def filter_to_json(flt: CommitmentFilter) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in fields(flt):
        value = getattr(flt, f.name)
        if isinstance(value, frozenset):
            value = sorted(value)
        elif isinstance(value, date):
            value = value.isoformat()
        out[f.name] = value
    return out


def filter_from_json(data: dict[str, Any]) -> CommitmentFilter:
    known = {f.name for f in fields(CommitmentFilter)}
    values: dict[str, Any] = {k: v for k, v in data.items() if k in known}
    if "statuses" in values:
        values["statuses"] = frozenset(str(s) for s in values["statuses"] or ())
    for key in ("due_after", "due_before"):
        if values.get(key):
            values[key] = date.fromisoformat(str(values[key]))
    return CommitmentFilter(**values)


def _option(page: str, register: str) -> Option[str]:
    """One register's views of one page (a register is known by its file or server address)."""
    digest = hashlib.sha256(register.encode("utf-8")).hexdigest()[:16]
    key = f"views/{page}/{digest}"
    existing = declared().get(key)
    return existing if existing is not None else Option(key, str, "[]")


def load(page: str, register: str) -> list[SavedView]:
    try:
        raw = json.loads(_option(page, register).get() or "[]")
    except ValueError:
        return []
    views = []
    for item in raw if isinstance(raw, list) else []:
        try:
            header = QByteArray.fromBase64(str(item.get("header", "")).encode("ascii"))
            views.append(SavedView(str(item["name"]), filter_from_json(dict(item.get("filter", {}))), header))
        except (KeyError, TypeError, ValueError):
            continue  # one damaged entry does not hide the others
    return views


def store(page: str, register: str, views: list[SavedView]) -> None:
    raw = [
        {"name": v.name, "filter": filter_to_json(v.filter), "header": bytes(v.header.toBase64().data()).decode()}
        for v in views
    ]
    _option(page, register).set(json.dumps(raw, ensure_ascii=False))


def saved(page: str, register: str, view: SavedView) -> list[SavedView]:
    """Save ``view`` (replacing one of the same name); returns the views in name order."""
    views = [v for v in load(page, register) if v.name != view.name] + [view]
    views.sort(key=lambda v: v.name.casefold())
    store(page, register, views)
    return views


def renamed(page: str, register: str, old: str, new: str) -> list[SavedView]:
    views = [SavedView(new, v.filter, v.header) if v.name == old else v for v in load(page, register) if v.name != new]
    views.sort(key=lambda v: v.name.casefold())
    store(page, register, views)
    return views


def deleted(page: str, register: str, name: str) -> list[SavedView]:
    views = [v for v in load(page, register) if v.name != name]
    store(page, register, views)
    return views
