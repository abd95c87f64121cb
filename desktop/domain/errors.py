"""Errors the user can fix. Each carries a Message (identifier + arguments), rendered where it is shown:
the window through Qt's translation, the command line and the import summary through the catalogue."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.messages import Message, as_message

# The words for each field a problem can name, so the command line says «Регистрационный номер: …».
FIELD_LABELS: dict[str, Message] = {
    "reg_number": Message("Registration number"),
    "title": Message("Title"),
    "title_ru": Message("Title in Russian"),
    "title_kk": Message("Title in Kazakh"),
    "title_zh": Message("Title in Chinese"),
    "kind": Message("Kind"),
    "status": Message("Status"),
    "signed_on": Message("Signing date"),
    "entry_into_force": Message("Entry into force"),
    "expiry": Message("Expiry"),
    "place": Message("Place"),
    "summary": Message("Summary"),
    "source_ref": Message("Source"),
    "parties": Message("Parties"),
    "signatories": Message("Signatories"),
    "name": Message("Name"),
    "name_ru": Message("Name in Russian"),
    "name_kk": Message("Name in Kazakh"),
    "name_zh": Message("Name in Chinese"),
    "short_name": Message("Short name"),
    "country_code": Message("Country code"),
    "parent_id": Message("Parent body"),
    "established_by_id": Message("Established by"),
    "established_on": Message("Established on"),
    "co_chairs": Message("Co-chairs"),
    "ref": Message("Reference"),
    "description": Message("Description"),
    "agreement_id": Message("Agreement"),
    "body_id": Message("Body"),
    "party_id": Message("Party"),
    "responsible_agency": Message("Responsible agency"),
    "sector": Message("Sector"),
    "due_date": Message("Due date"),
    "priority": Message("Priority"),
    "progress": Message("Progress"),
    "completed_on": Message("Completed on"),
    "note": Message("Note"),
    "new_date": Message("New deadline"),
    "reason": Message("Reason"),
    "requested_by": Message("Requested by"),
    "executor": Message("Lead executor"),
    "co_executors": Message("Co-executors"),
    "controller": Message("Controller"),
    "person_name": Message("Person's name"),
    "report_text": Message("What was done"),
    "letter_number": Message("Outgoing letter number"),
    "letter_date": Message("Letter date"),
    "report_date": Message("Executed on"),
    "attachment": Message("Attached document"),
    "superseded_by": Message("Superseded by"),
}


def field_label(field: str) -> Message:
    return FIELD_LABELS.get(field) or Message.verbatim(field.replace("_", " "))


@dataclass(frozen=True)
class FieldProblem:
    field: str
    message: Message

    def __post_init__(self) -> None:
        object.__setattr__(self, "message", as_message(self.message))

    def described(self) -> Message:
        """'Field: problem' as one message."""
        return Message("{0}: {1}", field_label(self.field), self.message)

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class KelisimError(Exception):
    """Base of every error meant to be shown to the user; ``message`` is rendered where it is shown."""

    def __init__(self, message: Message | str = "") -> None:
        self.message = as_message(message)
        super().__init__(self.message)

    def describe(self) -> Message:
        """What to show the user (rendered by the window, the command line or the import summary)."""
        return self.message

    def __str__(self) -> str:
        return str(self.describe())


class FieldError(KelisimError):
    def __init__(self, field: str, message: Message | str) -> None:
        super().__init__(message)
        self.field = field

    def describe(self) -> Message:
        return FieldProblem(self.field, self.message).described()

    @property
    def problems(self) -> list[FieldProblem]:
        return [FieldProblem(self.field, self.message)]


class ValidationError(KelisimError):
    """One or more fields are invalid; nothing was written."""

    def __init__(self, problems: list[FieldProblem]) -> None:
        self.problems = problems
        combined: Message = problems[0].described() if problems else Message.verbatim("")
        for problem in problems[1:]:
            combined = Message("{0}; {1}", combined, problem.described())
        super().__init__(combined)

    def for_field(self, field: str) -> Message | None:
        return next((p.message for p in self.problems if p.field == field), None)


class NotFoundError(KelisimError):
    pass


class InUseError(KelisimError):
    """A delete was refused because other records depend on the record."""


class ConflictError(KelisimError):
    """Someone else saved the record after this form loaded it."""

    def __init__(self, message: Message | str, current: object | None = None) -> None:
        super().__init__(message)
        self.current = current


class StorageError(KelisimError):
    """The database cannot be read or written (locked, read-only, full, damaged)."""


class PermissionDenied(KelisimError):
    """The signed-in person's role does not allow the action (desktop/domain/roles.py)."""
