"""``python main.py --db ARCHIVE --no-demo --page commitments`` to the Commitments list painted, in a fresh process.

The window's probe (``KELISIM_STARTUP_PROBE=1``, see ``ui/application.py``) prints the seconds
since the process started once the list has its rows and is painted, then quits. One start is
made first and reported apart: it makes the day's automatic backup of the archive and finds the
file cold. The floor is a bare Python process that imports Qt and paints an empty window.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

from tests.benchmarks import Bench, Result, available, median, missing

ROOT = Path(__file__).resolve().parents[2]
PROBE = re.compile(r"kelisim-startup-probe: ([0-9.]+) s, (\d+) rows")
BARE = """
import time, sys
from PySide6.QtWidgets import QApplication, QTableView
app = QApplication(sys.argv); view = QTableView(); view.resize(1200, 800); view.show(); view.viewport().repaint()
from desktop.ui.application import _seconds_since_process_start as since
print(f"kelisim-startup-probe: {since():.3f} s, 0 rows", flush=True)
"""


def _env(bench: Bench) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KELISIM_STARTUP_PROBE="1")
    env["KELISIM_DATA_DIR"] = str(bench.scratch("startup-data"))
    env["XDG_CONFIG_HOME"] = str(bench.scratch("startup-config"))
    return env


def _start(args: list[str], env: dict[str, str]) -> tuple[float, float, int]:
    """(probe seconds since process start, wall seconds to exit, rows shown)."""
    started = time.perf_counter()
    done = subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False)
    wall = time.perf_counter() - started
    found = PROBE.search(done.stdout)
    if done.returncode != 0 or found is None:
        raise RuntimeError(f"start-up probe failed ({done.returncode}):\n{done.stdout[-2000:]}\n{done.stderr[-3000:]}")
    return float(found.group(1)), wall, int(found.group(2))


def run(bench: Bench) -> list[Result]:
    if not available("desktop.ui.main_window"):
        return [missing("startup", "start-up to the painted Commitments list", "abs", 2.0, "desktop.ui.main_window")]
    env = _env(bench)
    command = [sys.executable, "main.py", "--db", str(bench.archive), "--no-demo", "--page", "commitments"]
    first, _, _ = _start(command, env)
    starts = [_start(command, env) for _ in range(bench.runs)]
    rows = starts[-1][2]
    bare = [_start([sys.executable, "-c", BARE], env)[0] for _ in range(bench.runs)]
    return [
        Result(
            "startup",
            "python main.py --db ARCHIVE to the Commitments list painted",
            "abs",
            2.0,
            value=median([s[0] for s in starts]),
            floor=median(bare),
            runs=[s[0] for s in starts],
            floor_runs=bare,
            floor_label="bare Python + PySide6 painting an empty table view",
            note=f"{rows:,} rows shown; first start of the day (cold file, daily backup) {first:.2f} s; "
            f"wall time to exit {median([s[1] for s in starts]):.2f} s",
        ).judge()
    ]
