"""Every preference is declared once here, with its type and default, and kept in QSettings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from desktop import APP_NAME, ORG_NAME
from desktop.domain import enums

V = TypeVar("V")
_REGISTRY: dict[str, Option[Any]] = {}


@dataclass(frozen=True)
class Option(Generic[V]):
    key: str
    type: type
    default: V

    def __post_init__(self) -> None:
        if self.key in _REGISTRY:
            raise ValueError(f"setting {self.key} declared twice")
        _REGISTRY[self.key] = self

    def get(self, settings: QSettings | None = None) -> V:
        store = settings or app_settings()
        if not store.contains(self.key):
            return self.default
        value = store.value(self.key)
        if self.type is bool and isinstance(value, str):
            return value.lower() in ("1", "true", "yes")  # type: ignore[return-value]
        try:
            return self.type(value) if value is not None else self.default
        except (TypeError, ValueError):
            return self.default

    def set(self, value: V, settings: QSettings | None = None) -> None:
        (settings or app_settings()).setValue(self.key, value)


def app_settings() -> QSettings:
    return QSettings(ORG_NAME, APP_NAME)


def declared() -> dict[str, Option[Any]]:
    return dict(_REGISTRY)


WINDOW_GEOMETRY = Option("window/geometry", QByteArray, QByteArray())
WINDOW_STATE = Option("window/state", QByteArray, QByteArray())
LAST_PAGE = Option("window/last_page", str, "dashboard")
LANGUAGE = Option("ui/language", str, "")  # "" = the system's; "ru", "kk", "en"
LAST_EXPORT_DIR = Option("export/last_dir", str, "")
OPEN_AFTER_EXPORT = Option("export/open_when_done", bool, True)
LAST_IMPORT_DIR = Option("import/last_dir", str, "")
LAST_ATTACH_DIR = Option("attachments/last_dir", str, "")
# The largest file the window attaches, in MB (the command line's --limit-mb has the same default).
ATTACHMENT_LIMIT_MB = Option("attachments/limit_mb", int, enums.ATTACHMENT_LIMIT_MB)


def column_state(page: str) -> Option[QByteArray]:
    """Column widths and order of one list page."""
    key = f"columns/{page}"
    existing = _REGISTRY.get(key)
    return existing if existing is not None else Option(key, QByteArray, QByteArray())
