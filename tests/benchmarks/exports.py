"""Excel export of every commitment and PDF reports of 10,000 and 50,000, each beside its floor.

Each export runs in a fresh process (``worker.py``) so its peak memory is its own. The Excel
figure is what the clerk waits for: reading the register and writing the workbook; the
floor is openpyxl write-only writing the very cells of that workbook (read back first). The
workbook is also read back to check it holds every commitment.

A worker's untimed preparation (the floor reading the workbook back, a PDF run building its dataset) runs
beside the others' (``Prepared``); each clock then runs alone, one worker at a time, as before.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, NoReturn

from tests.benchmarks import Bench, Result, available, median, missing


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
    return bench.runs_of_exports()


class Prepared:
    """A worker task (``worker.py --gated``) that makes its untimed preparation now and starts its clock only
    at ``timed()``: several are prepared at once, each is then timed alone."""

    def __init__(self, *args: str) -> None:
        self.task = args[0]
        self._stderr: IO[str] = tempfile.TemporaryFile("w+")  # a file, not a pipe: nothing blocks on a full pipe
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.benchmarks.worker", "--gated", *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            text=True,
        )

    def ready(self) -> None:
        line = self.process.stdout.readline() if self.process.stdout else ""
        if line.strip() != "ready":
            self._fail()

    def timed(self, timeout: float = 900) -> dict[str, Any]:
        out, _ = self.process.communicate("go\n", timeout=timeout)
        if self.process.returncode != 0:
            self._fail()
        self._stderr.close()
        return json.loads(out.strip().splitlines()[-1])

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self._stderr.close()

    def _fail(self) -> NoReturn:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self._stderr.seek(0)
        said = self._stderr.read()[-3000:]
        self._stderr.close()
        raise RuntimeError(f"worker {self.task} failed:\n{said}")


@contextmanager
def prepared(tasks: list[tuple[str, ...]], beside: Callable[[], object] | None = None) -> Iterator[list[Prepared]]:
    """Start every task's preparation at once (and ``beside``, untimed too); give them all ready. Any left
    untimed when the block ends (a failed measurement) is ended, so it never runs beside a later timing."""
    workers = [Prepared(*task) for task in tasks]
    try:
        if beside is not None:
            beside()
        for worker in workers:
            worker.ready()
        yield workers
    finally:
        for worker in workers:
            worker.close()


def _import_inputs(bench: Bench) -> tuple[tuple[str, ...], Callable[[], object] | None]:
    """When the import groups follow: the floor's extra argument that has it write the import's workbook from
    the cells it reads back anyway, and the register without commitments to make meanwhile (all untimed)."""
    if "imports" not in bench.groups and "responsive" not in bench.groups:
        return (), None
    from tests.benchmarks.imports import empty_register, source_path

    source = source_path(bench)
    return (() if source.exists() else (str(source),)), lambda: empty_register(bench)


def run(bench: Bench) -> list[Result]:
    results = []
    cli_runs: list[dict[str, Any]] = []
    cli_beside: Callable[[], object] | None = None
    if available("desktop.reports.excel"):
        results += _excel(bench)
        cli_row_at = len(results)  # the command line's row follows the Excel rows
        if bench.quick:
            # The command line's export is a memory figure (its peak is its own process's, whatever runs beside
            # it): the quick run makes it while the PDF runs prepare, untimed, and does not report its time.
            def cli_beside() -> None:
                cli_runs.extend(_cli_exports(bench))
        else:
            cli_runs = _cli_exports(bench)
            results.append(_cli_export_memory(bench, cli_runs, alone=True))
    else:
        results += [missing("excel", "Excel export of all commitments", "ratio", 1.25, "desktop.reports.excel")]
    if available("desktop.reports.pdf"):
        results += _pdf(bench, cli_beside)
    else:
        results += [missing("pdf_10k", "PDF report of 10,000 commitments", "ratio", 1.5, "desktop.reports.pdf")]
        if cli_beside is not None:
            cli_beside()
    if cli_beside is not None:
        results.insert(cli_row_at, _cli_export_memory(bench, cli_runs, alone=False))
    if available("desktop.reports.pdf_briefing"):
        results += _briefing(bench)
    else:
        results += [missing("briefing", "Briefing PDF of every commitment", "abs", 3.0, "desktop.reports.pdf_briefing")]
    return results


def _excel(bench: Bench) -> list[Result]:
    folder = bench.scratch("excel")
    out, floor_out = folder / "report.xlsx", folder / "floor.xlsx"
    runs = [work("excel", str(bench.archive), str(out)) for _ in range(runs_for(bench))]
    also, beside = _import_inputs(bench)
    floor_tasks = [("excel-floor", str(out), str(floor_out), *(also if n == 0 else ())) for n in range(runs_for(bench))]
    with prepared(floor_tasks, beside) as got:
        floors = [reader.timed() for reader in got]
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
    ]


def _cli_exports(bench: Bench) -> list[dict[str, Any]]:
    """``kelisim export xlsx`` in a fresh process: the command line's path, not the window's."""
    out = bench.scratch("excel") / "cli.xlsx"
    return [
        work("cli", "--db", str(bench.archive), "export", "xlsx", "-o", str(out), "--quiet")
        for _ in range(runs_for(bench))
    ]


def _cli_export_memory(bench: Bench, runs: list[dict[str, Any]], *, alone: bool) -> Result:
    peaks = [r["peak_mb"] for r in runs]
    took = (
        f"{median([r['seconds'] for r in runs]):.1f} s"
        if alone
        else "made beside the PDF runs' untimed preparation (quick run): its time is not a figure"
    )
    return Result(
        "cli_excel_memory",
        f"command line `export xlsx` of all {bench.commitments:,} commitments: peak memory",
        "abs",
        150,
        unit="MB",
        value=max(peaks),
        runs=peaks,
        note=f"{took}; streamed as the window's export",
    ).judge()


def _pdf(bench: Bench, beside: Callable[[], object] | None = None) -> list[Result]:
    folder = bench.scratch("pdf")
    small = min(10_000, bench.commitments)
    large = min(50_000, bench.commitments)
    out = folder / "report.pdf"
    archive, n = str(bench.archive), bench.runs_of_ratios()
    # Every run's dataset built at once (untimed), then each PDF timed alone, in the order they were before.
    with prepared(
        [("pdf", archive, str(out), str(small))] * n
        + [("pdf-floor", archive, str(folder / "floor.pdf"), str(small))] * n
        + [("pdf", archive, str(folder / "large.pdf"), str(large))],
        beside,
    ) as reports:
        times = [report.timed()["seconds"] for report in reports[:n]]
        floor = [report.timed()["seconds"] for report in reports[n : 2 * n]]
        large_runs = [reports[-1].timed()]
    pages = _pages(out)
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
    large_times = [r["seconds"] for r in large_runs]
    large_pages = _pages(folder / "large.pdf")
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
            note=f"{large_pages} pages",
        ).judge()
    )
    results.append(_pdf_memory(bench, folder, (large_runs[0], large_pages) if large == bench.commitments else None))
    return results


def _pdf_memory(bench: Bench, folder: Path, large: tuple[dict[str, Any], int | None] | None) -> Result:
    """Issue 16: the PDF of every commitment without holding the whole document. The peak of the process
    beside the peak it had with the report dataset alone (what the window's export holds before the PDF)."""
    if large is None:  # the archive is bigger than the 50,000-commitment report: one more, of everything
        done = work("pdf", str(bench.archive), str(folder / "all.pdf"), str(bench.commitments))
        pages = _pages(folder / "all.pdf")
    else:
        done, pages = large
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
