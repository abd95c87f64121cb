"""Start-up and typing, seen from outside the window's process.

``python main.py --db ARCHIVE --no-demo --page commitments`` runs with ``KELISIM_PAINT_PROBE``
(``desktop/ui/paint_probe.py``): the window writes a line on stdout right after it paints the window,
the Commitments list with its first rows, and the list with every commitment loaded. This process
starts its clock before it starts the window and stops it when it reads each line, so the figures
include everything a clerk waits for (interpreter, imports, checks, queries, paint) and never trust
the window's own clock. The floor is a bare Python + PySide6 process (no Kelisim, no SQLAlchemy, no
Alembic) painting a window with a 120-row table, timed the same way.

Typing: once every row is painted, keys are written to the window's stdin (it types them into the
filter box as key presses); the clock runs from the write to the line the window prints after the
list's first paint that shows the filtered rows.

The processes write bytecode caches as an installed copy has them (``PYTHONDONTWRITEBYTECODE`` is
removed); one start is made first and reported apart (cold file, the day's backup, caches written).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from typing import IO

from tests.benchmarks import Bench, Result, available, median, missing

ROOT = Path(__file__).resolve().parents[2]
TYPED = "қазақ"
KEY_GAP_S = 0.25  # between keys: a clerk's pace, longer than the filter's typing pause
FAST_GAP_S = 0.04  # a fast typist: the second key lands inside the typing pause
BARE = r"""
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

def say(line):
    sys.stdout.write(f"kelisim-paint: {line}\n"); sys.stdout.flush()

class Probe(QObject):
    seen = set()
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            name = "window" if watched is window else "rows 120"
            if name not in self.seen:
                self.seen.add(name)
                QTimer.singleShot(0, lambda: say(name))
                if name != "window":
                    QTimer.singleShot(0, lambda: say("all 120"))
                    QTimer.singleShot(0, app.quit)
        return False

app = QApplication(sys.argv)
window = QMainWindow(); view = QTableView(window); window.setCentralWidget(view)
model = QStandardItemModel(120, 12)
for r in range(120):
    for c in range(12):
        model.setItem(r, c, QStandardItem(f"row {r} column {c}"))
view.setModel(model); window.resize(1360, 840)
probe = Probe(); window.installEventFilter(probe); view.viewport().installEventFilter(probe)
window.show()
sys.exit(app.exec())
"""


def child_env(bench: Bench, probe: str) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KELISIM_PAINT_PROBE=probe)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed copy has its bytecode cached
    env["KELISIM_DATA_DIR"] = str(bench.scratch("startup-data"))
    env["XDG_CONFIG_HOME"] = str(bench.scratch("startup-config"))
    return env


class Watched:
    """A child process whose stdout paint lines are timed on this process's clock."""

    def __init__(self, args: list[str], env: dict[str, str]) -> None:
        self.started = time.perf_counter()
        self.process = subprocess.Popen(
            args, cwd=ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        self.seen: dict[str, tuple[float, str]] = {}

    def until(self, word: str, since: float | None = None, timeout: float = 180, tag: str = "") -> tuple[float, str]:
        """Seconds from ``since`` (default: the start) to the next line ``kelisim-paint: WORD [TAG] …``."""
        out: IO[str] = self.process.stdout  # type: ignore[assignment]
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            line = out.readline()
            if not line:
                err = self.process.stderr.read() if self.process.stderr else ""  # type: ignore[union-attr]
                raise RuntimeError(f"the window ended before '{word}' ({self.process.wait()}):\n{err[-3000:]}")
            if line.startswith("kelisim-paint: "):
                moment = time.perf_counter()
                name, _, rest = line[len("kelisim-paint: ") :].strip().partition(" ")
                self.seen[name] = (moment - self.started, rest)
                if name == word and rest.startswith(tag):
                    return moment - (self.started if since is None else since), rest
        raise RuntimeError(f"no '{word}' paint within {timeout} s")

    def send(self, line: str) -> float:
        stdin: IO[str] = self.process.stdin  # type: ignore[assignment]
        moment = time.perf_counter()
        stdin.write(line + "\n")
        stdin.flush()
        return moment

    def close(self) -> None:
        try:
            self.send("quit")
        except (BrokenPipeError, OSError):
            pass
        try:
            self.process.wait(60)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def start_once(args: list[str], env: dict[str, str]) -> dict[str, float]:
    watched = Watched(args, env)
    try:
        window, _ = watched.until("window")
        rows, shown = watched.until("rows")
        everything, total = watched.until("all")
        return {"window": window, "rows": rows, "all": everything, "shown": float(shown), "total": float(total)}
    finally:
        watched.close()


def run(bench: Bench) -> list[Result]:
    if not available("desktop.ui.paint_probe"):
        return [missing("startup", "start-up to the painted Commitments list", "abs", 2.0, "desktop.ui.paint_probe")]
    env = child_env(bench, "exit")
    command = [sys.executable, "main.py", "--db", str(bench.archive), "--no-demo", "--page", "commitments"]
    first = start_once(command, env)
    starts = [start_once(command, env) for _ in range(bench.runs)]
    bare_cmd = [sys.executable, "-c", BARE]
    start_once(bare_cmd, env)  # warm, as the window's first start is
    bare = [start_once(bare_cmd, env) for _ in range(bench.runs)]
    rows = [s["rows"] for s in starts]
    floor = [b["rows"] for b in bare]
    floor_label = (
        "bare Python + PySide6 (no Kelisim, no SQLAlchemy, no Alembic): a window with a 120-row table, "
        "to its first paint with rows, timed the same way"
    )
    note = (
        f"window painted at {median([s['window'] for s in starts]):.2f} s, first {starts[-1]['shown']:.0f} rows at "
        f"{median(rows):.2f} s, all {starts[-1]['total']:,.0f} commitments painted at "
        f"{median([s['all'] for s in starts]):.2f} s; first start (cold file, daily backup, caches written): "
        f"rows at {first['rows']:.2f} s"
    )
    results = [
        Result(
            "startup",
            "python main.py --db ARCHIVE to the Commitments list painted with rows (seen from outside)",
            "abs",
            2.0,
            value=median(rows),
            floor=median(floor),
            runs=rows,
            floor_runs=floor,
            floor_label=floor_label,
            note=note,
        ).judge(),
        Result(
            "startup_ratio",
            "the same start-up against the bare-window floor",
            "ratio",
            3.0,
            value=median(rows),
            floor=median(floor),
            runs=rows,
            floor_runs=floor,
            floor_label="the bare PySide6 window above",
        ).judge(),
        Result(
            "startup_all",
            f"python main.py to all {bench.commitments:,} commitments loaded and painted (for information)",
            "info",
            None,
            value=median([s["all"] for s in starts]),
            floor=median(floor),
            runs=[s["all"] for s in starts],
            floor_label="the bare PySide6 window above",
        ),
    ]
    return results + _typing(bench, command)


def _typing(bench: Bench, command: list[str]) -> list[Result]:
    watched = Watched(command, child_env(bench, "1"))
    isolated: list[float] = []
    fast: list[float] = []
    try:
        watched.until("all")
        count = 0
        for _ in range(bench.runs):
            for char in list(TYPED) + ["\\b"] * len(TYPED):
                time.sleep(KEY_GAP_S)
                count += 1
                sent = watched.send(f"key {count} {char}")
                isolated.append(watched.until("key", since=sent, tag=f"{count} ")[0])
            time.sleep(KEY_GAP_S)
            # Two keys 40 ms apart: the second waits for the end of the typing pause.
            count += 2
            watched.send(f"key {count - 1} {TYPED[0]}")
            time.sleep(FAST_GAP_S)
            sent = watched.send(f"key {count} {TYPED[1]}")
            fast.append(watched.until("key", since=sent, tag=f"{count} ")[0])
            time.sleep(KEY_GAP_S)
            watched.send("clear")
    finally:
        watched.close()
    return [
        Result(
            "key_to_repaint",
            "filter box: key to repaint, seen from outside (worst key of 'қазақ' typed and erased, keys 250 ms apart)",
            "abs",
            0.15,
            value=max(isolated),
            runs=isolated,
            note=f"median key {median(isolated) * 1000:.0f} ms; the first key after a pause is filtered at once",
        ).judge(),
        Result(
            "key_to_repaint_fast",
            "filter box: key to repaint when typed 40 ms after the previous key (typing pause included)",
            "abs",
            0.15,
            value=median(fast),
            runs=fast,
            note="a key typed within the pause after a filter pass (as long as the pass took, at most 100 ms) "
            "is filtered when the pause ends",
        ).judge(),
    ]
