"""Kelisim's benchmark: ``python -m tests.benchmarks [--commitments N] [--json FILE]``.

Generates (or reuses) the archive of N commitments (``generate.py``), then measures every row of
issue 5's table beside its floor in the same run: the figure the same machine reaches with the bare
library (raw ``sqlite3``, openpyxl write-only, reportlab plain tables…). ``report.py`` prints the
medians, the ratios and PASS/FAIL against each target and writes them as JSON.

Each group of measurements lives in its own module with ``run(bench) -> list[Result]``.
A row whose code is not in the tree yet is reported as "not measured", never guessed.
"""

from __future__ import annotations

import gc
import importlib.util
import os
import platform
import statistics
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HEAVY = 50_000  # above this many commitments, one run per export and import


@dataclass
class Bench:
    """What every measurement group gets: the working copy of the archive and how hard to try."""

    archive: Path  # a private copy: measurements change it
    commitments: int
    workdir: Path  # scratch folder for exports, imports, backups and settings
    runs: int = 3
    clerks: int = 20  # the load group: clerks at once, and edits each
    edits: int = 100
    # ``make bench-quick``: each export, import and their floors measured once (as the full run at 100,000
    # measures them), every other figure the median of ``runs``.
    quick: bool = False
    groups: tuple[str, ...] = ()  # the groups this run measures: what is worth preparing ahead

    def runs_of_exports(self) -> int:
        """Runs of each export, import and floor: one above 50,000 commitments (each takes tens of seconds) or in
        the quick run, else ``runs``."""
        return 1 if self.quick or self.commitments > HEAVY else self.runs

    def runs_of_ratios(self) -> int:
        """Runs of the import and of the 10,000-commitment PDF, each beside its floor: ``runs`` but in the quick
        run, also at 100,000. One timed import of a minute on the 2-core machine spread over the ratio's margin
        (1.35 × and 1.75 × in two full runs of the same importer); three cost about three minutes more."""
        return 1 if self.quick else self.runs

    def scratch(self, name: str) -> Path:
        path = self.workdir / name
        path.mkdir(parents=True, exist_ok=True)
        return path


@dataclass
class Result:
    """One row of the table. ``value`` and ``floor`` are medians in ``unit``.

    kind "ratio": PASS when value ≤ limit × floor; "abs": PASS when value ≤ limit (the floor is
    shown for reference); "check": a yes/no property, ``passed`` set by the measurement; "info": a
    figure reported beside the others, with no target.
    """

    key: str
    label: str
    kind: str
    limit: float | None
    unit: str = "s"
    value: float | None = None
    floor: float | None = None
    floor_label: str = ""
    runs: list[float] = field(default_factory=list)
    floor_runs: list[float] = field(default_factory=list)
    note: str = ""
    passed: bool | None = None

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.floor:
            return None
        return self.value / self.floor

    def judge(self) -> Result:
        if self.kind in ("check", "info") or self.value is None:
            return self
        if self.kind == "ratio":
            self.passed = self.ratio is not None and self.limit is not None and self.ratio <= self.limit
        else:
            self.passed = self.limit is not None and self.value <= self.limit
        return self


def machine() -> dict[str, Any]:
    """The processor the figures were measured on: its model and how many cores this process may use."""
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"cpu": model, "cores": os.cpu_count()}


def load_average() -> tuple[float, float, float] | None:
    """The 1-, 5- and 15-minute load averages: how busy the machine was beside the benchmark's own processes."""
    try:
        return tuple(float(x) for x in Path("/proc/loadavg").read_text().split()[:3])  # type: ignore[return-value]
    except (OSError, ValueError):
        return None


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    gc.collect()  # do not bill one measurement for the garbage of the previous one
    started = time.perf_counter()
    result = fn()
    return time.perf_counter() - started, result


def repeat(fn: Callable[[], object], runs: int, setup: Callable[[], object] | None = None) -> list[float]:
    """Wall times of ``runs`` calls; ``setup`` runs before each call, outside the clock."""
    times = []
    for _ in range(runs):
        if setup is not None:
            setup()
        times.append(timed(fn)[0])
    return times


def alongside(*jobs: Callable[[], object]) -> list[object]:
    """Untimed preparations run at once, one thread each (each waits on its own process or on SQLite), so they
    share the machine's cores. Never called while anything is being timed."""
    with ThreadPoolExecutor(max_workers=len(jobs)) as pool:
        futures = [pool.submit(job) for job in jobs]
        return [future.result() for future in futures]


def median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def available(module: str) -> bool:
    """True when another engineer's module is in the tree (rows that need it are measured)."""
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False


def missing(key: str, label: str, kind: str, limit: float | None, module: str, unit: str = "s") -> Result:
    return Result(key, label, kind, limit, unit=unit, note=f"not measured: {module} is not in the tree yet")
