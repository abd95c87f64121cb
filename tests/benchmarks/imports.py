"""Import of a workbook holding every commitment, beside openpyxl read-only iterating the same file.

The workbook is Kelisim's own Excel export of the archive (the format clerks bring back); it is
imported into a copy of the archive whose commitments were deleted, so its parties, agreements
and bodies are found and every commitment is added. The import runs in a fresh process; the
register is then checked to hold every commitment (the importer writes in one ``db.write()``).
"""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

from desktop.storage.audit import register_sqlite_functions
from tests.benchmarks import Bench, Result, alongside, available, median, missing
from tests.benchmarks.exports import work


def run(bench: Bench) -> list[Result]:
    if not (available("desktop.services.importing.apply") and available("desktop.reports.excel")):
        return [missing("import", "import of the exported workbook", "ratio", 1.5, "desktop.services.importing")]
    folder = bench.scratch("import")
    source, _ = prepare(bench)
    times, outcomes, floor = [], [], []
    # Each import beside a floor run, alternately: what the machine's load does in between falls on both.
    for index in range(bench.runs_of_ratios()):
        target = folder / f"register-{index}.sqlite3"
        _without_commitments(bench, target)
        outcome = work("import", str(target), str(source))
        with closing(sqlite3.connect(target)) as conn:
            imported = conn.execute("SELECT count(*) FROM commitment").fetchone()[0]
        target.unlink()  # a register of the whole archive each: not kept
        if imported != bench.commitments:
            raise AssertionError(f"the import wrote {imported} commitments of {bench.commitments}: {outcome}")
        times.append(outcome["seconds"])
        outcomes.append(outcome)
        floor.append(work("import-floor", str(source))["seconds"])
    last = outcomes[-1]
    return [
        Result(
            "import",
            f"import of a {bench.commitments:,}-commitment workbook (Kelisim's export minus "
            "History) into the register without its commitments",
            "ratio",
            1.5,
            value=median(times),
            floor=median(floor),
            runs=times,
            floor_runs=floor,
            floor_label="openpyxl read-only iterating every row of every sheet of the same file",
            note=f"{imported:,} commitments written; rejected rows {last['rejected']}",
        ).judge(),
        Result(
            "import_memory",
            f"import of the {bench.commitments:,}-commitment workbook: peak memory of the importing process",
            "abs",
            250,
            unit="MB",
            value=max(o["peak_mb"] for o in outcomes),
            runs=[o["peak_mb"] for o in outcomes],
        ).judge(),
    ]


def prepare(bench: Bench) -> tuple[Path, Path]:
    """The workbook to import and the register without commitments, each made once; when both are still to
    make, at once (untimed)."""
    alongside(lambda: import_source(bench), lambda: empty_register(bench))
    return import_source(bench), empty_register(bench)


def source_path(bench: Bench) -> Path:
    return bench.scratch("import") / "register.xlsx"


def import_source(bench: Bench) -> Path:
    """Kelisim's own export of the archive without its History (and Summary) sheet, made once (by the Excel
    floor's worker from the cells it reads back, when the exports group ran)."""
    source = source_path(bench)
    if not source.exists():
        export = bench.workdir / "excel" / "report.xlsx"
        if not export.exists():  # the exports group made it already when it ran
            export.parent.mkdir(parents=True, exist_ok=True)
            work("excel", str(bench.archive), str(export))
        work("import-source", str(export), str(source))
    return source


def _without_commitments(bench: Bench, target: Path) -> None:
    """A fresh register without commitments at ``target``: a copy of the one ``empty_register`` made."""
    shutil.copyfile(empty_register(bench), target)  # closed, its WAL checkpointed away: a plain copy is safe


def empty_register(bench: Bench) -> Path:
    """The archive with its commitments deleted (their history with them), made once: deleting 100,000
    commitments through the audit triggers takes tens of seconds, and every import starts from this."""
    path = bench.scratch("import") / "without-commitments.sqlite3"
    if path.exists():
        return path
    making = path.with_name("making-" + path.name)
    shutil.copyfile(bench.archive, making)  # the archive is closed between groups: a plain copy is safe
    with closing(sqlite3.connect(making, isolation_level=None)) as conn:
        register_sqlite_functions(conn)  # the audit triggers' author and hash
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("BEGIN")
        conn.execute("DELETE FROM status_change WHERE commitment_id IS NOT NULL")
        conn.execute("DELETE FROM commitment")
        conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    making.replace(path)  # whole or not at all
    return path
