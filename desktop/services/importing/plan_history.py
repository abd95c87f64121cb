"""The History sheet of Kelisim's own export: the status trail of the records an import creates.

Only records the import creates take their trail from the file (a register moved to another
computer keeps its history); records that already exist keep their own, so importing a file
twice never duplicates history. A sheet that is not laid out as our export is ignored, as are
rows that cannot be read (they are listed in the plan's summary).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from desktop.domain.enums import AgreementStatus, CommitmentStatus
from desktop.domain.messages import Message
from desktop.domain.sheet_layout import HISTORY_READ_HEADERS, HISTORY_SHEET
from desktop.services.importing import cells
from desktop.services.importing.mapping import normalize
from desktop.services.importing.workbook import WorkbookData

_ENTITIES = {"commitment": CommitmentStatus, "agreement": AgreementStatus}


@dataclass(frozen=True)
class PastChange:
    from_status: str | None
    to_status: str
    changed_at: datetime  # aware, UTC
    changed_by: str
    note: str


def _moment(value: Any) -> datetime:
    if not isinstance(value, datetime):
        raise cells.CellError(Message("is not a date and time"))
    # The export shows the clerk's local wall-clock time; a naive value is read as local time too.
    return value.astimezone(UTC)


def read_history(book: WorkbookData) -> tuple[dict[tuple[str, str], list[PastChange]], list[str]]:
    """(entity, reference) → its changes in the sheet's order, and the rows that were skipped."""
    sheet = next((s for s in book.sheets if normalize(s.name) == normalize(HISTORY_SHEET.name)), None)
    if sheet is None or not sheet.rows:
        return {}, []
    _number, header = sheet.rows[0]
    if tuple(str(h or "").strip() for h in header[: len(HISTORY_READ_HEADERS)]) != HISTORY_READ_HEADERS:
        return {}, []
    at = {key: index for index, key in enumerate(HISTORY_SHEET.keys)}
    found: dict[tuple[str, str], list[PastChange]] = {}
    skipped: list[str] = []
    for number, row in sheet.rows[1:]:
        values = row + (None,) * (len(at) - len(row))

        def cell(key: str, values: tuple[Any, ...] = values) -> Any:
            return values[at[key]]

        try:
            entity = cells.text(cell("entity")).casefold()
            statuses = _ENTITIES.get(entity)
            if statuses is None:
                raise cells.CellError(Message("is not Commitment or Agreement"))
            origin = cells.text(cell("from_status"))
            change = PastChange(
                cells.parse_choice(statuses, origin) if origin else None,
                cells.parse_choice(statuses, cell("to_status")),
                _moment(cell("changed_at")),
                cells.text(cell("changed_by")),
                cells.text(cell("note")),
            )
        except cells.CellError as exc:
            skipped.append(f"{sheet.name}: row {number}: {exc}")
            continue
        found.setdefault((entity, cells.text(cell("ref"))), []).append(change)
    return found, skipped
