"""The benchmark harness on a 300-commitment archive: every row measured, so it never rots.

No time is asserted (a loaded CI machine is slow); what is checked is that each measurement ran
on real data and that the yes/no properties hold (case-insensitive Cyrillic filter, Cancel).
"""

from __future__ import annotations

import gc
import json
import os
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from desktop.domain.rules import fold
from tests.benchmarks.__main__ import GROUPS, main
from tests.benchmarks.generate import ensure_archive

SMALL = 300


@pytest.fixture
def bench_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("KELISIM_BENCH_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


@pytest.mark.slow
def test_generated_archive_is_consistent(bench_cache: Path) -> None:
    info = ensure_archive(SMALL, seed=7)
    assert info.path.parent == bench_cache
    with closing(sqlite3.connect(info.path)) as conn:
        assert conn.execute("SELECT count(*) FROM commitment").fetchone()[0] == SMALL
        assert (
            conn.execute("SELECT count(*) FROM status_change WHERE commitment_id IS NOT NULL").fetchone()[0]
            == 3 * SMALL
        )
        assert conn.execute("SELECT count(*) FROM party").fetchone()[0] == 40
        assert conn.execute("SELECT count(DISTINCT ref) FROM commitment").fetchone()[0] == SMALL
        bad = conn.execute(
            "SELECT count(*) FROM commitment WHERE (status = 'completed') != "
            "(progress = 100 AND completed_on IS NOT NULL) OR version != 1"
        ).fetchone()[0]
        assert bad == 0
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        # search_text is what services/commitments.py computes from the same fields
        row = conn.execute(
            "SELECT c.ref, c.title, c.description, c.agency, c.sector, a.reg_number, b.name, p.name, c.search_text "
            "FROM commitment c JOIN agreement a ON a.id = c.agreement_id JOIN body b ON b.id = c.body_id "
            "JOIN party p ON p.id = c.party_id ORDER BY c.id LIMIT 1"
        ).fetchone()
        assert row[8] == fold(*row[:8])
        # the last history entry ends at the commitment's status
        last = conn.execute(
            "SELECT c.status, s.to_status FROM commitment c JOIN status_change s ON s.id = "
            "(SELECT max(id) FROM status_change WHERE commitment_id = c.id)"
        ).fetchall()
        assert all(status == to for status, to in last)
        # on control: one lead executor and one interim report each; the controller is never in the team
        leads = conn.execute("SELECT count(*) FROM commitment_person WHERE role = 'lead'").fetchone()[0]
        reports = conn.execute("SELECT count(DISTINCT commitment_id) FROM interim_report").fetchone()[0]
        assert leads == SMALL == reports
        assert conn.execute("SELECT count(*) FROM commitment_person WHERE role = 'controller'").fetchone()[0] > 0
        clash = conn.execute(
            "SELECT count(*) FROM commitment_person c JOIN commitment_person t ON t.commitment_id = c.commitment_id "
            "AND t.person_id = c.person_id AND t.role <> 'controller' WHERE c.role = 'controller'"
        ).fetchone()[0]
        assert clash == 0
        # attachment metadata: a scan per agreement, a letter per tenth commitment, each naming its content
        assert (
            conn.execute("SELECT count(*) FROM attachment WHERE commitment_id IS NOT NULL").fetchone()[0] == SMALL // 10
        )
        orphans = conn.execute(
            "SELECT count(*) FROM attachment a LEFT JOIN attachment_content c ON c.sha256 = a.sha256 "
            "WHERE c.sha256 IS NULL OR c.size != a.size"
        ).fetchone()[0]
        assert orphans == 0
    assert ensure_archive(SMALL, seed=7).generated_in_s is None  # cached the second time


# The rows each group measures: every group is its own test, so the suite's workers share them out.
GROUP_ROWS = {
    "startup": {"startup", "startup_ratio", "startup_all", "key_to_repaint", "key_to_repaint_fast"},
    "cli": {"cli_start_list", "cli_start_status", "cli_imports", "cli_list", "cli_status_archive"},
    "listing": {"list_load", "filter_casefold", "sort", "filter_alone", "filter_all"},
    "editing": {"status_change", "edit_seen", "dashboard"},
    "exports": {"excel", "excel_memory", "cli_excel_memory", "pdf_10k", "pdf_50k", "pdf_memory"},
    "imports": {"import", "import_memory"},
    "responsive": {"excel_gap", "excel_cancel", "import_gap", "import_cancel"},
    "postgres": {"pg_list_load", "pg_status_change", "pg_excel", "pg_pdf_10k"},
    "load": {"load_lost_updates", "load_errors", "load_trail", "load_status_p95"},
}
MUST_PASS = {"filter_casefold", "excel_cancel", "import_cancel", "cli_imports"}


def test_every_group_is_run_by_the_suite() -> None:
    assert set(GROUP_ROWS) == set(GROUPS)


@pytest.fixture(scope="session")
def shared_bench_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One archive cache for this worker's group runs: the 300-commitment archive is generated once."""
    return tmp_path_factory.mktemp("bench-cache")


@pytest.mark.slow
@pytest.mark.parametrize("group", sorted(GROUP_ROWS))
def test_benchmark_group_measures_every_row(
    group: str, shared_bench_cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _bench_env(shared_bench_cache, tmp_path, monkeypatch)
    out = tmp_path / "bench.json"
    small = ("--commitments", str(SMALL), "--runs", "1", "--clerks", "3", "--edits", "6")
    _run_bench([*small, "--json", str(out), "--only", group])  # exit status: FAIL is a figure
    data = json.loads(out.read_text(encoding="utf-8"))
    results = {r["key"]: r for r in data["results"]}
    expected = GROUP_ROWS[group]
    assert expected <= set(results), sorted(expected - set(results))
    for key, r in results.items():
        if r["kind"] == "info":  # a figure without a target
            assert r["median"] is not None and r["median"] > 0, key
            continue
        assert r["result"] in ("PASS", "FAIL"), f"{key} was not measured: {r['note']}"
        if r["kind"] != "check":
            assert r["median"] is not None and r["median"] > 0, key
    for key in MUST_PASS & set(results):
        assert results[key]["result"] == "PASS", results[key]
    if group == "startup":
        assert "all 300 commitments painted" in results["startup"]["note"]


QUICK_GROUPS = ("exports", "imports", "responsive")  # the groups --quick changes


class RunWatch:
    """Every worker run and every prepared worker's clock of a benchmark run, in the order each ended; a timed run
    that began while another was being timed; the prepared workers' tasks."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        from tests.benchmarks import exports

        self.ran: list[str] = []
        self.running: list[str] = []
        self.beside: list[tuple[str, str]] = []
        self.started_tasks: list[tuple[str, ...]] = []
        work, timed, prepare = exports.work, exports.Prepared.timed, exports.Prepared.__init__

        def watched_work(*args: str, **kw: Any) -> dict[str, Any]:
            return self._watched(args[0], lambda: work(*args, **kw))

        def watched_timed(prepared: exports.Prepared, timeout: float = 900) -> dict[str, Any]:
            return self._watched(prepared.task, lambda: timed(prepared, timeout))

        def watched_prepare(prepared: exports.Prepared, *args: str) -> None:
            self.started_tasks.append(args)
            prepare(prepared, *args)

        monkeypatch.setattr(exports, "work", watched_work)
        monkeypatch.setattr("tests.benchmarks.imports.work", watched_work)
        monkeypatch.setattr(exports.Prepared, "timed", watched_timed)
        monkeypatch.setattr(exports.Prepared, "__init__", watched_prepare)

    def _watched(self, task: str, call: Any) -> dict[str, Any]:
        self.beside.extend((other, task) for other in self.running)
        self.running.append(task)
        try:
            return dict(call())
        finally:
            self.running.remove(task)
            self.ran.append(task)


def _bench_env(shared_bench_cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KELISIM_BENCH_CACHE", str(shared_bench_cache))
    for name in ("XDG_CONFIG_HOME", "KELISIM_DATA_DIR"):  # the harness points them at its own folder: put back after
        monkeypatch.setenv(name, os.environ.get(name, str(tmp_path / name.lower())))


def _run_bench(argv: list[str]) -> None:
    # The harness collects garbage before each measurement; in a test worker that walks every earlier
    # test's objects (a third of a second each time). Frozen, they are left out, as in `make bench`'s process.
    gc.collect()
    gc.freeze()
    try:
        main(argv)
    finally:
        gc.unfreeze()


@pytest.mark.slow
def test_quick_run_measures_each_export_once_and_times_alone(
    shared_bench_cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`make bench-quick`'s path (``--quick``): every row of the export, import and window groups still measured,
    each export, import and floor once while the other figures keep ``--runs``; the import's inputs made once;
    the untimed preparations run side by side, but no timed worker ever runs beside another worker; the
    machine and its load recorded."""
    _bench_env(shared_bench_cache, tmp_path, monkeypatch)
    watch = RunWatch(monkeypatch)
    ran, beside, started_tasks = watch.ran, watch.beside, watch.started_tasks
    out = tmp_path / "quick.json"
    _run_bench(["--commitments", str(SMALL), "--runs", "2", "--quick", "--json", str(out), "--only", *QUICK_GROUPS])
    data = json.loads(out.read_text(encoding="utf-8"))
    results = {r["key"]: r for r in data["results"]}
    expected = set().union(*(GROUP_ROWS[group] for group in QUICK_GROUPS))
    assert expected <= set(results), sorted(expected - set(results))
    for key, r in results.items():
        assert r["result"] in ("PASS", "FAIL") or r["kind"] == "info", f"{key} was not measured: {r['note']}"
    for key in ("excel", "pdf_10k", "import"):
        assert len(results[key]["runs"]) == 1 and len(results[key]["floor_runs"]) == 1, key
    assert len(results["briefing"]["runs"]) == 2  # a figure of a second: the median of --runs, as ever
    assert "not a figure" in results["cli_excel_memory"]["note"]  # made beside untimed work: no time claimed
    for key in ("excel_cancel", "import_cancel"):
        assert results[key]["result"] == "PASS", results[key]
    assert ran.count("excel") == 1 and ran.count("import") == 1, ran
    # The export is read back once: the floor's worker writes the import's workbook from the cells it read.
    assert "import-source" not in ran
    assert sorted(task[0] for task in started_tasks) == ["excel-floor", "pdf", "pdf", "pdf-floor"]
    assert next(task[-1] for task in started_tasks if task[0] == "excel-floor").endswith("register.xlsx")
    assert not beside, f"timed runs beside one another: {beside}"
    meta = data["meta"]
    assert meta["quick"] is True and meta["runs"] == 2 and meta["cpu"] and meta["cpus"]
    assert set(meta["groups"]) == set(QUICK_GROUPS)
    assert meta["load_average_start"] is None or len(meta["load_average_start"]) == 3


@pytest.mark.slow
def test_full_run_of_a_large_archive_measures_the_ratios_runs_times(
    shared_bench_cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`make bench` at 100,000 (an archive above ``HEAVY``): each Excel export and its floor once, but the import
    and the 10,000-commitment PDF ``--runs`` times beside as many floor runs, each import followed by a floor run;
    no timed worker beside another."""
    monkeypatch.setattr("tests.benchmarks.HEAVY", SMALL - 1)  # this archive counts as a large one
    _bench_env(shared_bench_cache, tmp_path, monkeypatch)
    watch = RunWatch(monkeypatch)
    out = tmp_path / "full.json"
    _run_bench(["--commitments", str(SMALL), "--runs", "2", "--json", str(out), "--only", "exports", "imports"])
    results = {r["key"]: r for r in json.loads(out.read_text(encoding="utf-8"))["results"]}
    assert len(results["excel"]["runs"]) == 1 and len(results["excel"]["floor_runs"]) == 1
    for key in ("pdf_10k", "import"):
        assert len(results[key]["runs"]) == 2 and len(results[key]["floor_runs"]) == 2, key
    imports = [task for task in watch.ran if task in ("import", "import-floor")]
    assert imports == ["import", "import-floor"] * 2, watch.ran
    assert not watch.beside, f"timed runs beside one another: {watch.beside}"
