"""One export, import or floor in a fresh process, so its time and peak memory are its own.

``python -m tests.benchmarks.worker TASK ARGS…`` prints one JSON line: {"seconds", "peak_mb", …}.
The benchmark starts it; it is not meant for people.

``python -m tests.benchmarks.worker --gated TASK ARGS…``: a task that first prepares untimed (reads a workbook
back, builds the report dataset) prints ``ready`` when prepared and starts its clock only when a line arrives
on stdin, so the benchmark can prepare several workers at once and still time each one alone
(``exports.Prepared``).
"""

from __future__ import annotations

import json
import resource
import sys
import time
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from desktop.storage.database import open_database

GATED = False


def gate() -> None:
    """The end of the untimed preparation: when gated, say so and wait for the word to start the clock."""
    if GATED:
        sys.stdout.write("ready\n")
        sys.stdout.flush()
        sys.stdin.readline()


def peak_mb() -> float:
    """This process's peak resident memory. VmHWM, not ru_maxrss: Linux carries ru_maxrss across
    fork+exec, so a worker started by a big benchmark process would report its parent's size."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # elsewhere: KiB on Linux, bytes on macOS


def dataset_of(db_path: str, limit: int | None) -> Any:
    """The report dataset of the whole register, or of its first ``limit`` commitments."""
    from desktop.services.reporting import dataset

    db = open_database(db_path, auto_backup=False)
    try:
        data = dataset.build(db)
    finally:
        db.close()
    if limit is not None and limit < len(data.commitments):
        kept = data.commitments[:limit]
        refs = {c.ref for c in kept}
        data = replace(data, commitments=kept, history=[h for h in data.history if h.ref in refs])
    return data


def excel(db_path: str, out: str) -> dict[str, Any]:
    """The window's Excel export: the streamed dataset written as it is read (``jobs.export_workbook``)."""
    from desktop.reports.jobs import export_workbook

    db = open_database(db_path, auto_backup=False)
    try:
        started = time.perf_counter()
        rows, _overdue, _filter_text = export_workbook(db, Path(out))
        return {"seconds": time.perf_counter() - started, "rows": rows}
    finally:
        db.close()


def excel_floor(source: str, out: str, import_source: str = "") -> dict[str, Any]:
    """openpyxl write-only writing the cells of the exported workbook (values read back first, untimed).

    ``import_source``: also write, before the clock starts, the import's workbook from the same cells
    (``import-source``: every sheet but History and Summary), so the export is read back once, not twice."""
    from openpyxl import Workbook, load_workbook

    book = load_workbook(source, read_only=True)
    sheets = [(ws.title, [tuple(c.value for c in row) for row in ws.iter_rows()]) for ws in book.worksheets]
    book.close()
    cells = sum(len(rows) * (len(rows[0]) if rows else 0) for _, rows in sheets)
    if import_source:
        _write_import_source([(title, rows) for title, rows in sheets if title not in NOT_IMPORTED], import_source)
    gate()
    started = time.perf_counter()
    wb = Workbook(write_only=True)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(out)
    return {
        "seconds": time.perf_counter() - started,
        "cells": cells,
        "rows": {title: len(rows) for title, rows in sheets},
    }


def pdf(db_path: str, out: str, limit: str) -> dict[str, Any]:
    from desktop.reports.pdf import write_pdf

    data = dataset_of(db_path, int(limit))  # untimed: the same dataset the floor gets
    dataset_peak = peak_mb()  # what the process holds before the PDF: the peak beyond it is the PDF's
    gate()
    started = time.perf_counter()
    write_pdf(data, Path(out))
    return {"seconds": time.perf_counter() - started, "rows": len(data.commitments), "dataset_peak_mb": dataset_peak}


def briefing(db_path: str, out: str) -> dict[str, Any]:
    """The briefing edition of the whole register as the export job makes it (figures and lists in SQL),
    timed from opening the register to the written PDF."""
    from desktop.reports.pdf_briefing import write_briefing_pdf
    from desktop.services.reporting.briefing_sql import build_briefing_sql

    started, cpu = time.perf_counter(), time.process_time()
    # As the window's export job opens it: the window checked the register when it opened it.
    db = open_database(db_path, auto_backup=False, defer_check=True)
    try:
        opened = time.perf_counter()
        summary = build_briefing_sql(db, since=date.today() - timedelta(days=30))
        figured = time.perf_counter()
        write_briefing_pdf(summary, Path(out))
    finally:
        db.close()
    done = time.perf_counter()
    return {
        "seconds": done - started,
        "cpu_s": time.process_time() - cpu,  # this process's own CPU time: what the machine's load does not add
        "open_s": opened - started,
        "figures_s": figured - opened,
        "pdf_s": done - figured,
        "rows": summary.headline.total,
    }


def briefing_dataset(db_path: str, out: str) -> dict[str, Any]:
    """The same briefing derived from the full (lean) report dataset: the reference the SQL path replaced."""
    from desktop.reports.pdf_briefing import write_briefing_pdf
    from desktop.services.reporting import dataset
    from desktop.services.reporting.briefing import build_briefing

    started = time.perf_counter()
    db = open_database(db_path, auto_backup=False)
    try:
        data = dataset.build(db, lean=True)
        summary = build_briefing(db, data, data.today - timedelta(days=30))
        write_briefing_pdf(summary, Path(out))
    finally:
        db.close()
    return {"seconds": time.perf_counter() - started, "rows": len(data.commitments)}


def pdf_floor(db_path: str, out: str, limit: str) -> dict[str, Any]:
    """reportlab writing the same commitment rows as plain-string tables of 100 rows (the fast way)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table

    from desktop.reports import pdf_fonts

    data = dataset_of(db_path, int(limit))
    rows = [
        (c.ref, c.title[:60], c.agency[:30], c.party, str(c.due_date or ""), c.status, f"{c.progress} %")
        for c in data.commitments
    ]
    gate()
    started = time.perf_counter()
    # The faces registered on the clock, as the report registers them on its own (``write_pdf``): both sides pay
    # for reading the same font files.
    pdf_fonts.register()
    story = [
        Table(rows[i : i + 100], style=[("FONT", (0, 0), (-1, -1), pdf_fonts.MAIN, 7)])
        for i in range(0, len(rows), 100)
    ]
    SimpleDocTemplate(out, pagesize=A4).build(story)
    return {"seconds": time.perf_counter() - started, "rows": len(rows)}


def import_(db_path: str, source: str) -> dict[str, Any]:
    from desktop.services.importing.apply import import_workbook

    db = open_database(db_path, auto_backup=False)
    try:
        started = time.perf_counter()
        result = import_workbook(db, Path(source), skip_invalid=True)
        seconds = time.perf_counter() - started
        counts = {entity: vars(c) for entity, c in result.plan.counts.items()}
        return {"seconds": seconds, "written": result.written, "rejected": result.plan.rejected_rows, "counts": counts}
    finally:
        db.close()


NOT_IMPORTED = ("History", "Summary")  # the importer reads registers, not audit trails or the report's summary


def import_source(export: str, out: str) -> dict[str, Any]:
    """The export without its History sheet: the importer reads registers, not audit trails
    (and refuses sheets over its row limit, which the 300,000-entry history of 100,000 commitments passes)."""
    from openpyxl import load_workbook

    book = load_workbook(export, read_only=True)
    try:
        sheets = [(ws.title, ws.iter_rows(values_only=True)) for ws in book.worksheets if ws.title not in NOT_IMPORTED]
        rows = _write_import_source(sheets, out)
    finally:
        book.close()
    return {"seconds": 0.0, "rows": rows}


def _write_import_source(sheets: Iterable[tuple[str, Iterable[tuple[Any, ...]]]], out: str) -> dict[str, int]:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    rows = {}
    for title, values in sheets:
        target = wb.create_sheet(title)
        rows[title] = 0
        for row in values:
            target.append(row)
            rows[title] += 1
    partial = Path(out).with_name("partial-" + Path(out).name)
    wb.save(partial)
    partial.replace(out)  # whole or not at all: the import group takes the file as made when it is there
    return rows


def import_floor(source: str) -> dict[str, Any]:
    from openpyxl import load_workbook

    started = time.perf_counter()
    book = load_workbook(source, read_only=True, data_only=True)
    rows = 0
    for ws in book.worksheets:
        for _ in ws.iter_rows(values_only=True):
            rows += 1
    book.close()
    return {"seconds": time.perf_counter() - started, "rows": rows}


def cli(*argv: str) -> dict[str, Any]:
    """A command of the command line (``desktop.app.main``) in this fresh process: its time and peak memory."""
    import contextlib
    import io

    from desktop.app import main

    started = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()) as out:
        code = main(list(argv))
    if code != 0:
        raise RuntimeError(f"kelisim {' '.join(argv)} exited with {code}: {out.getvalue()[-2000:]}")
    return {"seconds": time.perf_counter() - started, "said": out.getvalue()[-300:]}


TASKS = {
    "cli": cli,
    "excel": excel,
    "excel-floor": excel_floor,
    "pdf": pdf,
    "pdf-floor": pdf_floor,
    "briefing": briefing,
    "briefing-dataset": briefing_dataset,
    "import": import_,
    "import-source": import_source,
    "import-floor": import_floor,
}

if __name__ == "__main__":
    argv = sys.argv[1:]
    if argv[0] == "--gated":
        GATED, argv = True, argv[1:]
    outcome = TASKS[argv[0]](*argv[1:])
    outcome["peak_mb"] = peak_mb()
    print(json.dumps(outcome, default=str))
