"""The jobs the window runs in a child process: their messages, Cancel, errors, and the streamed workbook.

``run_job`` is called in this process here (a plain queue and event stand in for the
multiprocessing ones) so each case is quick; the GUI tests run the same jobs in a real child.
"""

from __future__ import annotations

import queue
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl import Workbook

from desktop.domain.filters import CommitmentFilter
from desktop.reports import jobs
from desktop.reports.excel import write_streamed, write_workbook
from desktop.services.importing.workbook import read_workbook
from desktop.services.progress import Cancelled
from desktop.services.reporting import dataset
from desktop.services.reporting.dataset_stream import open_stream
from desktop.storage.database import Database
from tests.test_reports_dataset import TODAY, add_commitments


def run(db: Database, name: str, args: dict[str, Any], cancel: bool = False) -> list[tuple[Any, ...]]:
    messages: queue.Queue = queue.Queue()
    event = threading.Event()
    if cancel:
        event.set()
    jobs.run_job(name, jobs.register_target(db), args, messages, event)
    out = []
    while not messages.empty():
        out.append(messages.get_nowait())
    return out


def broken(db: Database, progress: Any) -> None:
    """A job with a bug (run by name like any test job)."""
    raise ValueError("a bug in a job")


@pytest.mark.slow
def test_export_job_reports_progress_and_writes_the_workbook(demo_db: Database, tmp_path: Path) -> None:
    add_commitments(demo_db, 40)
    target = tmp_path / "report.xlsx"
    messages = run(demo_db, "export_report", {"kind": "xlsx", "target": str(target), "today": TODAY})
    assert messages[0][0] == "progress" and messages[-1][0] == "done"
    done = messages[-1][1]
    refs = [r[0].value for r in openpyxl.load_workbook(target)["Commitments"].iter_rows(min_row=2)]
    assert done.path == target and done.commitments == len(refs) and "GEN-00039" in refs


def test_cancelled_export_job_leaves_no_file(demo_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    messages = run(demo_db, "export_report", {"kind": "xlsx", "target": str(out / "r.xlsx")}, cancel=True)
    assert messages[-1][:2] == ("error", jobs.CANCELLED)
    assert isinstance(jobs.error_from(*messages[-1][1:]), Cancelled)
    assert list(out.iterdir()) == []


def test_user_error_comes_back_as_its_message(demo_db: Database, tmp_path: Path) -> None:
    target = tmp_path / "missing" / "r.xlsx"
    kind, message, trace = run(demo_db, "export_report", {"kind": "xlsx", "target": str(target)})[-1][1:]
    assert kind == jobs.USER and message == f"Cannot write {target}: the folder {target.parent} does not exist"
    error = jobs.error_from(kind, message, trace)
    assert str(error) == message and not isinstance(error, jobs.JobFailed)


def test_internal_error_carries_its_traceback(demo_db: Database) -> None:
    kind, message, trace = run(demo_db, f"{__name__}:broken", {})[-1][1:]
    assert kind == jobs.INTERNAL and message == "ValueError: a bug in a job"
    error = jobs.error_from(kind, message, trace)
    assert isinstance(error, jobs.JobFailed) and "in broken" in error.trace


def test_import_jobs_plan_then_apply(demo_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "register.xlsx"
    wb = Workbook()
    wb.active.append(["Ref", "Title", "Due date"])
    wb.active.append(["J-1", "Жаңа міндеттеме 新", "2026-10-01"])
    wb.active.append(["J-2", "Bad date", "31/02/2026"])
    wb.save(path)
    mappings, summary = run(demo_db, "plan_import", {"path": str(path)})[-1][1]
    assert summary.counts["commitments"].add == 1 and summary.rejected_rows == 1
    assert [p.action for p in summary.preview] == ["reject", "add"]  # rejected rows first
    applied = run(demo_db, "apply_import", {"path": str(path), "mappings": mappings})[-1][1]
    assert applied.counts["commitments"].add == 1
    from desktop.services import commitment_list

    refs = {r[commitment_list.Col.REF] for r in commitment_list.list_rows(demo_db)}
    assert "J-1" in refs and "J-2" not in refs


@pytest.mark.slow
def test_cancel_while_reading_a_workbook_is_a_cancel_not_damage(tmp_path: Path) -> None:
    path = tmp_path / "big.xlsx"
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Commitments")
    ws.append(["Ref", "Title"])
    for index in range(6000):
        ws.append([f"R-{index}", f"Title {index}"])
    wb.save(path)

    def cancel_at_once(done: int, total: int | None = None, message: str = "") -> None:
        raise Cancelled()

    with pytest.raises(Cancelled):
        read_workbook(path, cancel_at_once)


@pytest.mark.slow
@pytest.mark.parametrize(
    "flt",
    [
        CommitmentFilter(),
        CommitmentFilter(statuses=frozenset({"on_hold"})),
        CommitmentFilter(sector="Energy", text="generated"),
    ],
)
def test_streamed_workbook_equals_the_built_one(demo_db: Database, tmp_path: Path, flt: CommitmentFilter) -> None:
    add_commitments(demo_db, 120)
    add_commitments(demo_db, 30, body=None, prefix="NB", sector="Сельское хозяйство")
    now = datetime(2026, 6, 1, 9, 30, tzinfo=UTC)
    built, streamed = tmp_path / "built.xlsx", tmp_path / "streamed.xlsx"
    write_workbook(dataset.build(demo_db, flt, TODAY, now=now), built, with_history=True)
    with open_stream(demo_db, flt, TODAY, now=now) as report:
        write_streamed(report, streamed, with_history=True)
    a, b = openpyxl.load_workbook(built), openpyxl.load_workbook(streamed)
    assert a.sheetnames == b.sheetnames
    for name in a.sheetnames:
        assert [[c.value for c in r] for r in a[name].iter_rows()] == [
            [c.value for c in r] for r in b[name].iter_rows()
        ]
        assert [[c.style_id for c in r] for r in a[name].iter_rows()] == [
            [c.style_id for c in r] for r in b[name].iter_rows()
        ]
        assert a[name].auto_filter.ref == b[name].auto_filter.ref
    assert a["Commitments"].max_row > 1 and a["History"].max_row > 1


@pytest.mark.parametrize(
    "flt", [CommitmentFilter(), CommitmentFilter(statuses=frozenset({"on_hold"})), CommitmentFilter(text="generated")]
)
def test_streamed_history_total_is_the_history_it_gives(demo_db: Database, flt: CommitmentFilter) -> None:
    """The History sheet's count, asked only when the sheet is written, is the number of lines the stream gives:
    the selection's commitments' changes and those of the agreements in the report."""
    add_commitments(demo_db, 12)
    with open_stream(demo_db, flt, TODAY) as report:
        given = sum(1 for _ in report.history())
        assert report.history_total == given
    assert given > 0 or flt.statuses
