"""The command line for scripting: progress alone, set field=value, and a closed pipe ends quietly."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date

import pytest

from desktop.domain.enums import HistoryEntity
from desktop.services import commitment_list, commitments, history
from desktop.storage.database import open_database
from tests.test_cli_register import ROOT, demo_path, run

__all__ = ["demo_path"]


def read(path: str, ref: str) -> commitments.CommitmentData:  # type: ignore[name-defined]
    db = open_database(path)
    try:
        return commitments.get(db, commitment_list.id_for_ref(db, ref))
    finally:
        db.close()


def test_status_with_progress_alone(demo_path: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--db", str(demo_path), "status", "KZ-CN-2024/02", "--progress", "65")
    assert (code, err) == (0, "") and "progress 65 %" in out
    # The same status named again with a progress is a progress update, not "already in_progress".
    code, out, err = run(capsys, "--db", str(demo_path), "status", "KZ-CN-2024/02", "in_progress", "--progress", "70")
    assert (code, err) == (0, "")
    data = read(demo_path, "KZ-CN-2024/02")
    assert (data.status, data.progress, data.version) == ("in_progress", 70, 4)
    code, _out, err = run(capsys, "--db", str(demo_path), "status", "KZ-CN-2024/02", "--progress", "250")
    assert code == 1 and "Progress" in err and "0 and 100" in err
    db = open_database(demo_path)
    try:
        entries = history.for_record(db, HistoryEntity.COMMITMENT, data.id or 0)
    finally:
        db.close()
    assert entries[0].note == "progress 65 → 70 %"


@pytest.mark.slow
def test_set_fields(demo_path: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(
        capsys,
        "--db",
        str(demo_path),
        "set",
        "KZ-CN-2024/08",
        "due_date=2027-06-30",
        "agency=МИД РК",
        "body=Subcommittee on Innovation Cooperation",
    )
    assert (code, err) == (0, ""), err
    data = read(demo_path, "KZ-CN-2024/08")
    assert (data.due_date, data.agency, data.body_id) == (date(2027, 6, 30), "МИД РК", 3)
    code, _out, err = run(capsys, "--db", str(demo_path), "set", "KZ-CN-2024/08", "due_date=30.13.2027")
    assert code == 1 and "Due date" in err and "YYYY-MM-DD" in err
    code, _out, err = run(capsys, "--db", str(demo_path), "set", "KZ-CN-2024/08", "status=completed")
    assert code == 1 and "status" in err


@pytest.mark.slow
def test_list_into_a_closed_pipe_ends_quietly(demo_path: str) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    # `true` reads nothing and exits at once: every write meets a closed pipe.
    script = f"{sys.executable} {ROOT / 'main.py'} --db '{demo_path}' list | true"
    done = subprocess.run(
        ["bash", "-o", "pipefail", "-c", script], capture_output=True, text=True, env=env, timeout=120, check=False
    )
    assert done.returncode == 0 and done.stderr == ""
