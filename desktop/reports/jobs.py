"""Exports and imports in a separate process, so the window never waits for the GIL.

A worker *thread* starves the GUI: sqlite3 fetching 100,000 rows, executemany, lxml serialising
and zip compressing hold the GIL for hundreds of milliseconds at a time (measured: 544 ms and
837 ms without a repaint). A child process has its own interpreter; the window only polls a queue.

Each job is a plain function ``job(db, progress, **args)`` named in ``JOBS``. ``run_job`` is the
child's entry point (forked from a fork server or spawned, never forked from the window: no copy of its Qt
state): it opens the register itself, sends ("progress", done, total, message) now and then and finally either
("done", result) or ("error", kind, message, traceback text). Exceptions are not sent as
themselves (our errors have custom ``__init__``s that do not unpickle): ``kind`` says whether it was
a Cancel, an error the user can fix (its message is shown) or an internal one (logged in full).
Nothing here imports Qt. It sits in the reports layer, above the services, because the export job runs the
reports and the import jobs run the import services: the one registry needs both. The export jobs read through
the services (``services.reporting``) and hand what they return to the renderers; nothing here opens a session.
"""

from __future__ import annotations

import importlib
import logging
import os
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from desktop.domain.catalogue import render
from desktop.domain.errors import KelisimError
from desktop.domain.filters import CommitmentFilter
from desktop.domain.messages import Message
from desktop.domain.search import CompactWordIndex, build_compact
from desktop.services import changes, commitment_list
from desktop.services.progress import Cancelled, Progress, ThrottledProgress, no_progress
from desktop.storage.database import Database, open_database

log = logging.getLogger(__name__)
PREVIEW_LIMIT = 2000  # preview rows sent back: the dialog shows no more, the counts cover every row
CANCELLED, USER, INTERNAL = "cancelled", "user", "internal"


def register_target(db: Database) -> str:
    """What a child passes to ``open_database`` to reach the same register (a PostgreSQL URL keeps its password)."""
    return db.target


class QueueProgress(ThrottledProgress):
    """The child's ``Progress``: raises Cancelled once the window asked, reports at most every 50 ms."""

    def __init__(self, queue: Any, cancel: Any, min_interval_s: float = 0.05) -> None:
        super().__init__(
            cancel, lambda done, total, message: queue.put(("progress", done, total or 0, message)), min_interval_s
        )
        self._cancel_event = cancel

    def wait_for_cancel(self, timeout_s: float) -> bool:
        """Block until the window asks to cancel (for tests and the benchmark's Cancel check)."""
        return bool(self._cancel_event.wait(timeout_s))


# --- the jobs ----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ExportDone:
    path: Path
    commitments: int
    overdue: int
    filter_text: str = ""  # the filter in words, as the report's header prints it


def export_workbook(
    db: Database,
    target: Path,
    flt: CommitmentFilter | None = None,
    today: date | None = None,
    progress: Progress = no_progress,
    *,
    language: str = "en",
    title: str = "",
    with_history: bool = False,
    order: Sequence[int] | None = None,
) -> tuple[int, int, str]:
    """Read the register (streamed, ``services.reporting.dataset_stream``) and write its workbook in ``language``
    while it is read; returns (commitments, overdue, the filter in words)."""
    from desktop.reports.excel import write_streamed
    from desktop.services.reporting.dataset_stream import open_stream

    with open_stream(db, flt, today, progress=progress, language=language, title=title, order=order) as report:
        write_streamed(report, target, progress, with_history=with_history)
        return report.total, report.head.overdue, report.head.filter_text


def export_report(
    db: Database,
    progress: Callable[..., None],
    *,
    kind: str,
    target: str,
    flt: CommitmentFilter | None = None,
    today: date | None = None,
    language: str = "en",
    edition: str = "full",
    as_of: date | None = None,
    since: date | None = None,
    title: str = "",
    with_history: bool = False,
    cover: tuple[str, str, str] = ("", "", ""),
    order: list[int] | None = None,
) -> ExportDone:
    """The Excel workbook or the PDF report (full or briefing edition) of the commitments ``flt`` selects.

    ``as_of``: rebuilt as the register stood that day; ``since``: the briefing's changes from that day
    (None: since the previous report of the same selection); ``cover``: classification, prepared by,
    approved by. The window (in a child process) and the command line (in its own) export through this one
    function.
    """
    from desktop.reports.files import check_target
    from desktop.services import report_memory
    from desktop.services.lookups import describe_filter

    path = check_target(Path(target))
    today = as_of or today or date.today()
    progress(0, None, render(Message("Reading the register…"), language))
    if kind == "xlsx" and edition == "full" and as_of is None and not any(cover):
        total, overdue, filter_text = export_workbook(
            db, path, flt, today, progress, language=language, title=title, with_history=with_history, order=order
        )
        report_memory.remember_report(db, filter_text, today)
        return ExportDone(path, total, overdue, filter_text)
    if kind == "pdf" and edition == "briefing" and as_of is None:
        # The figures and the few rows listed come from SQL: seconds however big the register.
        from desktop.reports.pdf_briefing import write_briefing_pdf
        from desktop.services.reporting.briefing_sql import build_briefing_sql

        selection = render(describe_filter(db, flt or CommitmentFilter(), language), language)
        summary = build_briefing_sql(
            db,
            flt,
            today,
            since=since or report_memory.previous_report(db, selection, today),
            language=language,
            title=title,
        )
        summary.data.classification, summary.data.prepared_by, summary.data.approved_by = cover
        write_briefing_pdf(summary, path, progress)
        report_memory.remember_report(db, summary.data.filter_text, today)
        return ExportDone(path, summary.headline.total, summary.headline.overdue, summary.data.filter_text)
    from desktop.services.reporting import dataset

    lean = edition == "briefing" and kind == "pdf"  # the briefing reads the notes of the few it lists
    data = dataset.build(db, flt, today, language=language, title=title, as_of=as_of, lean=lean, order=order)
    data.classification, data.prepared_by, data.approved_by = cover
    briefing = None
    if edition == "briefing" and as_of is None:
        # The workbook's Briefing sheet from the same SQL briefing as the PDF briefing: the same figures and lists.
        from desktop.services.reporting.briefing_sql import build_briefing_sql

        briefing = build_briefing_sql(
            db,
            flt,
            today,
            since=since or report_memory.previous_report(db, data.filter_text, data.today),
            language=language,
            title=title,
        )
        briefing.data.classification, briefing.data.prepared_by, briefing.data.approved_by = cover
    elif edition == "briefing":  # as the register stood on a past day: rebuilt from its history in the dataset
        from desktop.services.reporting.briefing import build_briefing

        briefing = build_briefing(db, data, since or report_memory.previous_report(db, data.filter_text, data.today))
    if kind == "xlsx":
        from desktop.reports.excel import write_workbook

        write_workbook(data, path, progress, with_history=with_history, briefing=briefing)
    elif briefing is not None:
        from desktop.reports.pdf_briefing import write_briefing_pdf

        write_briefing_pdf(briefing, path, progress)
    else:
        from desktop.reports.pdf import write_pdf

        write_pdf(data, path, progress)
    report_memory.remember_report(db, data.filter_text, data.today)
    return ExportDone(path, data.total, data.overdue, data.filter_text)


def agreement_card(
    db: Database, progress: Callable[..., None], *, target: str, agreement_id: int, language: str = "en"
) -> ExportDone:
    """The one-page card of one agreement as a PDF."""
    from desktop.reports.card import write_card_pdf
    from desktop.reports.files import check_target
    from desktop.services import agreements
    from desktop.services.reporting.card import build_card

    path = check_target(Path(target))
    progress(0, None, render(Message("Reading the register…"), language))
    card = build_card(db, agreements.get(db, agreement_id).reg_number, language=language)
    write_card_pdf(card, path)
    return ExportDone(path, len(card.commitments), sum(1 for c in card.commitments if c[4]))


@dataclass
class PlanSummary:
    """What the import window shows of a plan: picklable and small however big the file."""

    source: str
    path: Path
    counts: dict[str, Any]
    problems: list[Any]  # Messages
    rejections: int  # problems found in rejected rows
    rejected_rows: int
    has_changes: bool
    preview: list[Any] = field(default_factory=list)  # rejected rows first, at most PREVIEW_LIMIT
    lines: list[str] = field(default_factory=list)
    conflicts: list[Any] = field(default_factory=list)  # conflicts (importing.plan.Conflict), at most PREVIEW_LIMIT
    conflict_count: int = 0  # all of them
    conflicts_kept: int = 0  # of which the register's values were kept
    sheet_outcomes: dict[str, str] = field(default_factory=dict)  # every sheet of the file: what became of it
    sheet_counts: dict[str, Any] = field(default_factory=dict)
    rejected: list[Any] = field(default_factory=list)  # every rejection (importing.plan.Rejection)
    unread_sheets: list[str] = field(default_factory=list)  # left out: a required column missing
    questions: int = 0  # columns still to choose: the import waits for them

    @classmethod
    def of(cls, plan: Any, path: Path) -> PlanSummary:
        rows = [p for p in plan.preview if p.action in ("reject", "conflict")]
        rows += [p for p in plan.preview if p.action not in ("reject", "conflict")][: max(0, PREVIEW_LIMIT - len(rows))]
        return cls(
            plan.source,
            path,
            plan.counts,
            plan.problems,
            len(plan.rejections),
            plan.rejected_rows,
            plan.has_changes,
            rows[:PREVIEW_LIMIT],
            conflicts=list(plan.conflicts[:PREVIEW_LIMIT]),
            conflict_count=len(plan.conflicts),
            conflicts_kept=len(plan.unresolved_conflicts),
            sheet_outcomes=dict(plan.sheet_outcomes),
            sheet_counts=dict(plan.sheet_counts),
            rejected=list(plan.rejections),
            unread_sheets=list(plan.unread_sheets),
            questions=len(plan.questions),
        )


def plan_import(
    db: Database,
    progress: Callable[..., None],
    *,
    path: str,
    mappings: list[Any] | None = None,
    overwrite: frozenset[str] = frozenset(),
) -> tuple[list[Any], PlanSummary]:
    """Read the workbook and check it against the register: (the sheets' mappings, the plan's summary)."""
    from desktop.services.importing.apply import preview
    from desktop.services.importing.mapping import auto_map
    from desktop.services.importing.workbook import read_workbook

    book = read_workbook(Path(path), progress)
    mappings = mappings if mappings is not None else auto_map(book)
    plan = preview(db, book, mappings, progress, overwrite=overwrite)
    return mappings, PlanSummary.of(plan, Path(path))


def apply_import(
    db: Database,
    progress: Callable[..., None],
    *,
    path: str,
    mappings: list[Any] | None = None,
    overwrite: frozenset[str] = frozenset(),
    on_conflict: str = "skip",
) -> PlanSummary:
    """Import the workbook, skipping rejected rows, in one transaction (re-planned inside it).

    Conflicting rows keep the register's values unless the clerk chose the file's: for the records
    named in ``overwrite`` ("entity:key"), or for all with ``on_conflict="overwrite"``.
    """
    from desktop.services.importing.apply import import_workbook

    result = import_workbook(
        db,
        Path(path),
        mappings=mappings,
        skip_invalid=True,
        progress=progress,
        on_conflict=on_conflict,
        overwrite=overwrite,
    )
    return PlanSummary.of(result.plan, Path(path))


def word_index(db: Database, progress: Progress) -> CompactWordIndex:
    """The Commitments list's word index (``domain.search.WordIndex``), built here because it holds the GIL for
    seconds at 100,000 commitments: in the window that would freeze every repaint. Returned compact (a few flat
    objects), so the window takes it over in milliseconds."""
    mark, ids, texts = commitment_list.search_texts_marked(db)
    return build_compact(ids, texts, mark)


JOBS: dict[str, Callable[..., Any]] = {
    "word_index": word_index,
    "export_report": export_report,
    "agreement_card": agreement_card,
    "plan_import": plan_import,
    "apply_import": apply_import,
}


def job_named(name: str) -> Callable[..., Any]:
    """A job of ``JOBS``, or ``"package.module:function"`` (the tests and the benchmark wrap real jobs so)."""
    if name in JOBS:
        return JOBS[name]
    module, _, function = name.partition(":")
    if not module or not function:
        raise KeyError(f"no job named {name!r}")
    job: Callable[..., Any] = getattr(importlib.import_module(module), function)
    return job


# --- the child ---------------------------------------------------------------------------------------------
def run_job(
    name: str, target: str, args: dict[str, Any], queue: Any, cancel: Any, environ: dict[str, str] | None = None
) -> None:
    """The child process: run one job against the register at ``target`` and report through ``queue``.

    ``environ``: the window's environment when it started the job. A child forked from the fork server
    would otherwise have the server's, from the first job (where the data folder and the language live).
    """
    if environ is not None:
        os.environ.clear()
        os.environ.update(environ)
    try:
        progress = QueueProgress(queue, cancel)
        db = open_database(target, auto_backup=False, defer_check=True)  # the window checked it; writes verify first
        try:
            result, changed = changes.recorded(lambda: job_named(name)(db, progress, **args))
        finally:
            db.close()
    except Cancelled as exc:
        queue.put(("error", CANCELLED, exc.describe(), ""))
    except KelisimError as exc:
        queue.put(("error", USER, exc.describe(), traceback.format_exc()))  # a Message: translated in the window
    except BaseException as exc:  # noqa: BLE001  anything else is reported to the window, which logs it
        queue.put(("error", INTERNAL, f"{type(exc).__name__}: {exc}", traceback.format_exc()))
    else:
        queue.put(("done", result, changed.value))  # what the job wrote: the window announces it


def error_from(kind: str, message: Any, trace: str) -> BaseException:
    """The exception the window handles for a child's ("error", kind, message, traceback)."""
    if kind == CANCELLED:
        return Cancelled(message or None)
    if kind == USER:
        return KelisimError(message)
    return JobFailed(message, trace)


class JobFailed(RuntimeError):
    """An unexpected error in a job's process; ``trace`` is the child's traceback for the log."""

    def __init__(self, message: str, trace: str) -> None:
        super().__init__(message)
        self.trace = trace
