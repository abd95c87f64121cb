"""The command line: its fixed start-up, what it imports, and ``list`` of the whole archive.

Each figure is the wall time of a fresh ``python main.py …`` process, measured by this process
(bytecode cached, as in an installed copy). Floors: ``python -c "import sqlite3"`` for the fixed
start-up, and for ``list`` a bare Python process that runs the list's own query with ``sqlite3``
and prints the same lines. The fixed start-up is measured on an empty register (the same schema,
no rows): what every command pays before it reads anything. ``status`` on the archive is shown for
information: its first write runs the integrity check the open left owed (it reads the whole file).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from tests.benchmarks import Bench, Result, median
from tests.benchmarks.listing import raw_select_sql

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("PySide6", "reportlab", "openpyxl", "alembic")
IMPORTED = """
import sys
from desktop.app import main
code = main(sys.argv[1:])
import json
print("kelisim-imported:", json.dumps(sorted({m.split(".")[0] for m in sys.modules})), file=sys.stderr)
"""


def env_of(bench: Bench) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("QT_QPA_PLATFORM", None)
    env["KELISIM_DATA_DIR"] = str(bench.scratch("cli-data"))
    return env


def wall(args: list[str], env: dict[str, str], out: Path | None = None) -> float:
    started = time.perf_counter()
    with open(out or os.devnull, "w") as sink:
        done = subprocess.run(args, cwd=ROOT, env=env, stdout=sink, stderr=subprocess.PIPE, text=True, check=False)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"{args[2:]} failed ({done.returncode}): {done.stderr[-2000:]}")
    return elapsed


def times(args: list[str], env: dict[str, str], runs: int, out: Path | None = None) -> list[float]:
    """``runs`` wall times after one warming run; ``out`` keeps what the last run printed."""
    wall(args, env)  # warm: bytecode written, file in the page cache
    return [wall(args, env, out) for _ in range(runs)]


def _registers(bench: Bench) -> tuple[Path, Path]:
    """An empty register and the demo register (a dozen commitments), made once."""
    from desktop.services import demo
    from desktop.storage.database import open_database

    folder = bench.scratch("cli")
    empty, small = folder / "empty.sqlite3", folder / "demo.sqlite3"
    for path, fill in ((empty, False), (small, True)):
        if not path.exists():
            db = open_database(path, auto_backup=False)
            try:
                if fill:
                    demo.load_demo(db)
            finally:
                db.close()
    return empty, small


def _a_ref(path: Path) -> str:
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT ref FROM commitment WHERE status = 'in_progress' ORDER BY id LIMIT 1").fetchone()[0]


def _imported(args: list[str], env: dict[str, str]) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", IMPORTED, *args], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    for line in done.stderr.splitlines():
        if line.startswith("kelisim-imported:"):
            return list(json.loads(line.split(":", 1)[1]))
    raise RuntimeError(f"{args} printed no module list: {done.stderr[-2000:]}")


def run(bench: Bench) -> list[Result]:
    env = env_of(bench)
    py = sys.executable
    empty, small = _registers(bench)
    floor = times([py, "-c", "import sqlite3"], env, bench.runs)
    listed_empty = times([py, "main.py", "--db", str(empty), "list"], env, bench.runs)
    ref = _a_ref(small)
    flips = iter(["on_hold", "in_progress"] * (bench.runs + 1))

    def status(path: Path, ref: str) -> list[str]:
        return [py, "main.py", "--db", str(path), "status", ref, next(flips), "--note", "benchmark"]

    status_small = [wall(status(small, ref), env) for _ in range(bench.runs + 1)][1:]
    results = [
        Result(
            "cli_start_list",
            "command line: fixed start-up of `list` (empty register)",
            "abs",
            0.6,
            value=median(listed_empty),
            floor=median(floor),
            runs=listed_empty,
            floor_runs=floor,
            floor_label='python -c "import sqlite3" (a fresh interpreter)',
        ).judge(),
        Result(
            "cli_start_status",
            "command line: fixed start-up of `status` (demo register, one change)",
            "abs",
            0.6,
            value=median(status_small),
            floor=median(floor),
            runs=status_small,
            floor_runs=floor,
            floor_label='python -c "import sqlite3"',
        ).judge(),
    ]
    heavy_seen = {}
    for name, args in (
        ("list", ["--db", str(bench.archive), "list", "--text", "zz-no-such-words"]),
        ("status", ["--db", str(small), "status", ref, next(flips), "--note", "benchmark"]),
    ):
        heavy_seen[name] = sorted(set(_imported(args, env)) & set(HEAVY))
    results.append(
        Result(
            "cli_imports",
            f"`list` and `status` import none of {', '.join(HEAVY)}",
            "check",
            None,
            passed=not any(heavy_seen.values()),
            note="; ".join(f"{k}: {v or 'none'}" for k, v in heavy_seen.items()),
        )
    )
    results += _list(bench, env)
    return results


BARE_LIST = """
import sqlite3, sys
sql = sys.argv[2]
conn = sqlite3.connect(sys.argv[1])
out = sys.stdout
for r in conn.execute(sql):
    out.write(f"{r[1]}\\t{r[13]}\\t{r[14]}%\\t{r[11] or '-'}\\t{r[2]}\\n")
"""


def _list(bench: Bench, env: dict[str, str]) -> list[Result]:
    py = sys.executable
    out = bench.scratch("cli") / "list.txt"
    floor_out = bench.scratch("cli") / "floor.txt"
    listed = times([py, "main.py", "--db", str(bench.archive), "list"], env, bench.runs, out)
    floor = times([py, "-c", BARE_LIST, str(bench.archive), raw_select_sql()], env, bench.runs, floor_out)
    lines = out.read_text(encoding="utf-8").count("\n") - 1
    if lines != bench.commitments:
        raise AssertionError(f"list printed {lines} commitments of {bench.commitments}")
    flips = iter(["on_hold", "in_progress"] * (bench.runs + 1))
    ref = _a_ref(bench.archive)
    status = [
        wall([py, "main.py", "--db", str(bench.archive), "status", ref, next(flips), "--note", "benchmark"], env)
        for _ in range(bench.runs + 1)
    ][1:]  # the first also makes the day's backup
    return [
        Result(
            "cli_list",
            f"command line: `list` of all {bench.commitments:,} commitments (to a file)",
            "ratio",
            2.0,
            value=median(listed),
            floor=median(floor),
            runs=listed,
            floor_runs=floor,
            floor_label="a fresh python process: sqlite3 runs the list's query and prints the same columns",
        ).judge(),
        Result(
            "cli_status_archive",
            f"command line: `status` on the {bench.commitments:,}-commitment archive (for information)",
            "info",
            None,
            value=median(status),
            runs=status,
            note="includes the integrity check (PRAGMA quick_check) owed before the first write",
        ),
    ]
