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
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Bench:
    """What every measurement group gets: the working copy of the archive and how hard to try."""

    archive: Path  # a private copy: measurements change it
    commitments: int
    workdir: Path  # scratch folder for exports, imports, backups and settings
    runs: int = 3
    clerks: int = 20  # the load group: clerks at once, and edits each
    edits: int = 100

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
