"""``python -m tests.benchmarks [--commitments N] [--json FILE]``: generate, measure, print, save.

Exit status 1 when a measured row fails its target (rows not measurable yet do not fail the run).
"""

from __future__ import annotations

import argparse
import importlib
import os
import shutil
import sys
import tempfile
import time
import traceback
from pathlib import Path

GROUPS = ("startup", "cli", "listing", "editing", "exports", "imports", "responsive", "postgres", "load")


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks", description=__doc__)
    parser.add_argument("--commitments", type=int, default=100_000, help="archive size (default 100,000)")
    parser.add_argument("--seed", type=int, default=2024, help="generator seed (archives are cached by N and seed)")
    parser.add_argument("--runs", type=int, default=3, help="runs per measurement; the median is reported")
    parser.add_argument("--clerks", type=int, default=20, help="load group: clerks at once (default 20)")
    parser.add_argument("--edits", type=int, default=100, help="load group: edits per clerk (default 100)")
    parser.add_argument("--json", type=Path, help="also write the results as JSON to this file")
    parser.add_argument("--only", nargs="+", choices=GROUPS, help="measure only these groups")
    parser.add_argument(
        "--quick",
        action="store_true",
        help="each export, import and floor measured once (as at 100,000), the other figures the median of --runs",
    )
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder (exports, working copy)")
    return parser.parse_args(argv)


def _isolate(workdir: Path) -> None:
    """No display, and no reading or writing of the developer's own settings, logs or backups."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["XDG_CONFIG_HOME"] = str(workdir / "config")
    os.environ["KELISIM_DATA_DIR"] = str(workdir / "data")


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    workdir = Path(tempfile.mkdtemp(prefix="kelisim-bench-"))
    _isolate(workdir)
    from tests.benchmarks import Bench, Result, load_average, machine
    from tests.benchmarks.generate import ensure_archive, working_copy
    from tests.benchmarks.report import table, write_json

    started = time.perf_counter()
    load_at_start = load_average()
    info = ensure_archive(args.commitments, args.seed)
    made = f"generated in {info.generated_in_s:.1f} s" if info.generated_in_s is not None else "cached"
    print(f"archive: {info.path} ({args.commitments:,} commitments, seed {args.seed}, {made})", flush=True)
    bench = Bench(
        working_copy(info.path, workdir / "archive"),
        args.commitments,
        workdir,
        runs=args.runs,
        clerks=args.clerks,
        edits=args.edits,
        quick=args.quick,
        groups=tuple(args.only or GROUPS),
    )
    results: list[Result] = []
    groups: dict[str, dict[str, object]] = {}
    try:
        for name in args.only or GROUPS:
            group_started = time.perf_counter()
            module = importlib.import_module(f"tests.benchmarks.{name}")
            try:
                found = module.run(bench)
            except Exception as exc:  # noqa: BLE001  one broken group must not lose the other groups' figures
                traceback.print_exc()
                found = [
                    Result(
                        f"{name}_error",
                        f"{name}: the measurement failed",
                        "check",
                        None,
                        passed=False,
                        note=f"{type(exc).__name__}: {str(exc)[:300]}",
                    )
                ]
            results += found
            seconds, load = time.perf_counter() - group_started, load_average()
            groups[name] = {"seconds": round(seconds, 1), "load_average_after": load}
            print(f"  {name}: {len(found)} rows in {seconds:.1f} s (load average {_load(load)})", flush=True)
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
    load_at_end, host, took = load_average(), machine(), time.perf_counter() - started
    runs = f"median of {args.runs} runs"
    if args.quick:
        runs += " (quick: each export, import and their floors measured once, as at 100,000)"
    header = (
        f"Kelisim benchmark — {args.commitments:,} commitments, {runs}, {took:.0f} s in all\n"
        f"measured on {host['cpu']}, {host['cores']} cores; load average (1, 5, 15 min) "
        f"{_load(load_at_start)} at the start, {_load(load_at_end)} at the end"
    )
    print()
    print(table(results, header))
    if args.json:
        write_json(
            args.json,
            results,
            {
                "commitments": args.commitments,
                "seed": args.seed,
                "runs": args.runs,
                "quick": args.quick,
                "archive_generated_in_s": info.generated_in_s,
                "cpus": os.cpu_count(),
                "cpu": host["cpu"],
                "seconds": round(took, 1),
                "load_average_start": load_at_start,
                "load_average_end": load_at_end,
                "groups": groups,
            },
        )
        print(f"\nwritten: {args.json}")
    return 1 if any(r.passed is False for r in results) else 0


def _load(load: tuple[float, float, float] | None) -> str:
    return " / ".join(f"{x:.2f}" for x in load) if load else "unknown"


if __name__ == "__main__":
    sys.exit(main())
