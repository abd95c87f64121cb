"""Errors the user can fix. Each names what is wrong so the GUI and CLI can show it as is."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FieldProblem:
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class KelisimError(Exception):
    """Base of every error meant to be shown to the user."""


class FieldError(KelisimError):
    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message

    @property
    def problems(self) -> list[FieldProblem]:
        return [FieldProblem(self.field, self.message)]


class ValidationError(KelisimError):
    """One or more fields are invalid; nothing was written."""

    def __init__(self, problems: list[FieldProblem]) -> None:
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = problems

    def for_field(self, field: str) -> str | None:
        return next((p.message for p in self.problems if p.field == field), None)


class NotFoundError(KelisimError):
    pass


class InUseError(KelisimError):
    """A delete was refused because other records depend on the record."""


class ConflictError(KelisimError):
    """Someone else saved the record after this form loaded it."""

    def __init__(self, message: str, current: object | None = None) -> None:
        super().__init__(message)
        self.current = current


class StorageError(KelisimError):
    """The database cannot be read or written (locked, read-only, full, damaged)."""
