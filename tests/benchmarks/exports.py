"""Excel export of every commitment and PDF reports of 10,000 and 50,000, each beside its floor.

Each export runs in a fresh process (``worker.py``) so its peak memory is its own. The Excel
figure is what the clerk waits for: reading the register and writing the workbook; the
floor is openpyxl write-only writing the very cells of that workbook (read back first). The
workbook is also read back to check it holds every commitment.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.benchmarks import Bench, Result, available, median, missing

HEAVY = 50_000  # above this many commitments, one run per export (each takes tens of seconds)


def work(*args: str, timeout: float = 900) -> dict[str, Any]:
    """Run one worker task in a fresh interpreter; its last output line is JSON."""
    done = subprocess.run(
        [sys.executable, "-m", "tests.benchmarks.worker", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"worker {args[0]} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def runs_for(bench: Bench) -> int:
    return 1 if bench.commitments > HEAVY else bench.runs


def run(bench: Bench) -> list[Result]:
    results = []
    if available("desktop.reports.excel"):
        results += _excel(bench)
    else:
        results += [missing("excel", "Excel export of all commitments", "ratio", 1.25, "desktop.reports.excel")]
    if available("desktop.reports.pdf"):
        results += _pdf(bench)
    else:
        results += [missing("pdf_10k", "PDF report of 10,000 commitments", "ratio", 1.5, "desktop.reports.pdf")]
    if available("desktop.reports.pdf_briefing"):
        results += _briefing(bench)
    else:
        results += [missing("briefing", "Briefing PDF of every commitment", "abs", 3.0, "desktop.reports.pdf_briefing")]
    return results


def _excel(bench: Bench) -> list[Result]:
    folder = bench.scratch("excel")
    out, floor_out = folder / "report.xlsx", folder / "floor.xlsx"
    runs = [work("excel", str(bench.archive), str(out)) for _ in range(runs_for(bench))]
    floors = [work("excel-floor", str(out), str(floor_out)) for _ in range(runs_for(bench))]
    rows = floors[0]["rows"].get("Commitments", 0) - 1  # minus the header row
    if rows != bench.commitments:
        raise AssertionError(f"the workbook holds {rows} commitment rows, the register {bench.commitments}")
    times, floor_times = [r["seconds"] for r in runs], [f["seconds"] for f in floors]
    peak = max(r["peak_mb"] for r in runs)
    label = f"Excel export of all {bench.commitments:,} commitments"
    return [
        Result(
            "excel",
            label + " (dataset + workbook)",
            "ratio",
            1.25,
            value=median(times),
            floor=median(floor_times),
            runs=times,
            floor_runs=floor_times,
            floor_label=f"openpyxl write-only writing the same {floors[0]['cells']:,} cells "
            f"(all sheets: {floors[0]['rows']})",
            note=f"streamed from the register (jobs.export_workbook); read back: {rows:,} commitment rows",
        ).judge(),
        Result(
            "excel_memory",
            label + ": peak memory of the exporting process (the window's export job)",
            "abs",
            150,
            unit="MB",
            value=peak,
            floor=max(f["peak_mb"] for f in floors),
            runs=[r["peak_mb"] for r in runs],
            floor_label="peak of the floor's process (which holds every cell in memory)",
        ).judge(),
        _cli_export_memory(bench, folder),
    ]


def _cli_export_memory(bench: Bench, folder: Path) -> Result:
    """``kelisim export xlsx`` in a fresh process: the command line's path, not the window's."""
    out = folder / "cli.xlsx"
    runs = [
        work("cli", "--db", str(bench.archive), "export", "xlsx", "-o", str(out), "--quiet")
        for _ in range(runs_for(bench))
    ]
    peaks = [r["peak_mb"] for r in runs]
    return Result(
        "cli_excel_memory",
        f"command line `export xlsx` of all {bench.commitments:,} commitments: peak memory",
        "abs",
        150,
        unit="MB",
        value=max(peaks),
        runs=peaks,
        note=f"{median([r['seconds'] for r in runs]):.1f} s; streamed as the window's export",
    ).judge()


def _pdf(bench: Bench) -> list[Result]:
    folder = bench.scratch("pdf")
    small = min(10_000, bench.commitments)
    large = min(50_000, bench.commitments)
    out = folder / "report.pdf"
    times = [work("pdf", str(bench.archive), str(out), str(small))["seconds"] for _ in range(runs_for(bench))]
    pages = _pages(out)
    floor = [
        work("pdf-floor", str(bench.archive), str(folder / "floor.pdf"), str(small))["seconds"]
        for _ in range(runs_for(bench))
    ]
    results = [
        Result(
            "pdf_10k",
            f"PDF report of {small:,} commitments",
            "ratio",
            1.5,
            value=median(times),
            floor=median(floor),
            runs=times,
            floor_runs=floor,
            floor_label="reportlab: the same rows as plain-string tables of 100 rows, DejaVu Sans (the report's fonts "
            "registered on the clock, as the report does)",
            note=f"{pages} pages",
        ).judge()
    ]
    large_runs = [work("pdf", str(bench.archive), str(folder / "large.pdf"), str(large))]
    large_times = [r["seconds"] for r in large_runs]
    results.append(
        Result(
            "pdf_50k",
            f"PDF report of {large:,} commitments vs the {small:,} one",
            "ratio",
            5.5,
            value=median(large_times),
            floor=median(times),
            runs=large_times,
            floor_runs=times,
            floor_label=f"the {small:,}-commitment report of the same run",
            note=f"{_pages(folder / 'large.pdf')} pages",
        ).judge()
    )
    results.append(_pdf_memory(bench, folder, large_runs[0] if large == bench.commitments else None))
    return results


def _pdf_memory(bench: Bench, folder: Path, done: dict[str, Any] | None) -> Result:
    """Issue 16: the PDF of every commitment without holding the whole document. The peak of the process
    beside the peak it had with the report dataset alone (what the window's export holds before the PDF)."""
    if done is None:  # the archive is bigger than the 50,000-commitment report: one more, of everything
        done = work("pdf", str(bench.archive), str(folder / "all.pdf"), str(bench.commitments))
        pages = _pages(folder / "all.pdf")
    else:
        pages = _pages(folder / "large.pdf")
    return Result(
        "pdf_memory",
        f"PDF report of all {bench.commitments:,} commitments: peak memory of the process",
        "info",
        None,
        unit="MB",
        value=done["peak_mb"],
        floor=done["dataset_peak_mb"],
        runs=[done["peak_mb"]],
        floor_label="the same process's peak with the report dataset built, before the PDF",
        note=f"{done['seconds']:.1f} s, {pages} pages; the PDF adds {done['peak_mb'] - done['dataset_peak_mb']:.0f} MB",
    )


def _briefing(bench: Bench) -> list[Result]:
    """The briefing of the whole archive as the export job makes it: opening the register, its figures and
    lists in SQL, the PDF (target ≤ 3 s at 100k). Beside it: the process's own CPU time, and the old route
    (the briefing derived from the full dataset) as the floor it replaced."""
    folder = bench.scratch("briefing")
    out = folder / "briefing.pdf"
    runs = [work("briefing", str(bench.archive), str(out)) for _ in range(bench.runs)]  # seconds each: every run
    times = [r["seconds"] for r in runs]
    pages = _pages(out)
    old = [work("briefing-dataset", str(bench.archive), str(folder / "old.pdf"))["seconds"]]
    parts = ", ".join(
        f"{name} {median([r[key] for r in runs]):.2f} s"
        for name, key in (("open", "open_s"), ("figures and lists", "figures_s"), ("PDF", "pdf_s"), ("CPU", "cpu_s"))
    )
    return [
        Result(
            "briefing",
            f"Briefing PDF of {bench.commitments:,} commitments (figures and lists in SQL)",
            "abs",
            3.0,
            value=median(times),
            runs=times,
            floor=old[0],
            floor_runs=old,
            floor_label="the same briefing derived from the full report dataset (the route it replaced)",
            note=f"{pages} pages (at most 3); {parts}",
        ).judge()
    ]


def _pages(path: Path) -> int | None:
    from pypdf import PdfReader

    return len(PdfReader(str(path)).pages)
