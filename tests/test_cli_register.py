"""The register commands: demo, list with filters, status; bad files give one line, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import cli
from desktop.domain.enums import HistoryEntity
from desktop.services import commitment_list, commitments, history
from desktop.storage.database import open_database
from tests.postgres_server import TempPostgres

ROOT = Path(__file__).resolve().parents[1]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo_path(demo_target: str) -> str:
    """The ``--db`` value of a register holding the demo: a file, or a PostgreSQL URL.

    A copy of the run's demo register (what the ``demo`` command makes, checked by test_demo_loads_once):
    loading it afresh for each of these tests cost a migrated register and the demo's services each time.
    """
    return demo_target


def refs(out: str) -> list[str]:
    lines = out.splitlines()
    return [line.split("\t")[0] for line in lines[:-1]]


def test_help_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        cli.main(["--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    for command in ("demo", "list", "status"):
        assert f"    {command} " in out
    assert "--db PATH" in out


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    from desktop import __version__

    with pytest.raises(SystemExit) as info:
        cli.main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out == f"Kelisim {__version__}\n"


def test_demo_loads_once(db_target: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--db", db_target, "demo")
    assert (code, err) == (0, "")
    assert out == "Loaded the demo register: 10 commitments.\n"
    code, out, err = run(capsys, "--db", db_target, "demo")
    assert code == 1 and out == ""
    assert err == "kelisim: the database already holds a register; load the demo into an empty database\n"


def test_list_everything(demo_path: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--db", demo_path, "list")
    assert code == 0 and err == ""
    assert out.splitlines()[-1] == "10 commitments"
    assert refs(out) == [f"KZ-CN-2024/{n:02d}" for n in range(1, 11)]
    first = out.splitlines()[0].split("\t")
    assert first[:4] == ["KZ-CN-2024/01", "in_progress", "60%", "2026-12-31"]


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        (["--status", "completed"], ["KZ-CN-2024/06", "KZ-CN-2024/10"]),
        (["--status", "On Hold", "--status", "not-started"], ["KZ-CN-2024/04", "KZ-CN-2024/05"]),
        (["--status", "on_hold,not-started"], ["KZ-CN-2024/04", "KZ-CN-2024/05"]),
        (
            ["--status", "completed, On Hold", "--status", "not_started"],
            ["KZ-CN-2024/04", "KZ-CN-2024/05", "KZ-CN-2024/06", "KZ-CN-2024/10"],
        ),
        (["--status", "closed"], ["KZ-CN-2024/06", "KZ-CN-2024/10"]),
        (["--body", "Subcommittee on Agricultural Cooperation"], ["KZ-CN-2024/03", "KZ-CN-2024/04"]),
        (["--body", "中哈合作委员会", "--sector", "agriculture"], ["KZ-CN-2024/03", "KZ-CN-2024/04"]),
        (["--party", "CN"], ["KZ-CN-2024/04"]),
        (["--sector", "TRADE"], ["KZ-CN-2024/01", "KZ-CN-2024/02"]),
        (["--text", "ҚЫТАЙ"], ["KZ-CN-2024/02", "KZ-CN-2024/04"]),
        (["--text", "农产品"], ["KZ-CN-2024/04"]),
        (["--agreement", "kz-cn-2024-05-20/1", "--due-before", "2025-06-30"], ["KZ-CN-2024/05", "KZ-CN-2024/06"]),
        (["--due-after", "31.12.2026"], ["KZ-CN-2024/01", "KZ-CN-2024/07", "KZ-CN-2024/08"]),
    ],
)
@pytest.mark.slow
def test_list_with_filters(
    demo_path: str, capsys: pytest.CaptureFixture[str], options: list[str], expected: list[str]
) -> None:
    code, out, err = run(capsys, "--db", demo_path, "list", *options)
    assert (code, err) == (0, ""), err
    assert refs(out) == expected
    assert out.splitlines()[-1] == (f"{len(expected)} commitments" if len(expected) != 1 else "1 commitment")


@pytest.mark.slow
def test_several_statuses_in_one_option(demo_path: str, capsys: pytest.CaptureFixture[str]) -> None:
    """``--status open,overdue``: the open statuses, overdue only (as ``--status open --overdue``)."""
    _, everything, _ = run(capsys, "--db", demo_path, "list")
    _, closed, _ = run(capsys, "--db", demo_path, "list", "--status", "completed,cancelled")
    code, opened, err = run(capsys, "--db", demo_path, "list", "--status", "open")
    assert (code, err) == (0, "")
    assert sorted(refs(opened) + refs(closed)) == refs(everything) and not set(refs(opened)) & set(refs(closed))
    code, both, err = run(capsys, "--db", demo_path, "list", "--status", "open,overdue")
    assert (code, err) == (0, "")
    _, flagged, _ = run(capsys, "--db", demo_path, "list", "--status", "open", "--overdue")
    _, overdue, _ = run(capsys, "--db", demo_path, "list", "--overdue")
    assert refs(both) == refs(flagged) == refs(overdue) and refs(both)
    assert set(refs(both)) < set(refs(opened))
    code, out, err = run(capsys, "--db", demo_path, "list", "--status", "in_progress,finished")
    assert code == 1 and out == "" and err.startswith("kelisim: unknown status 'finished'; valid statuses: ")
    code, out, err = run(capsys, "--db", demo_path, "list", "--status", ",")
    assert code == 1 and out == "" and "--status needs a status" in err


def test_list_overdue_marks_every_row(demo_path: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", demo_path, "list", "--overdue")
    assert code == 0
    rows = out.splitlines()[:-1]
    assert rows and all(row.endswith(" OVERDUE") for row in rows)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--status", "done"], "kelisim: unknown status 'done'; valid statuses: cancelled, completed, "),
        (["--party", "Atlantis"], "kelisim: unknown party “Atlantis”; valid: People's Republic of China; "),
        (["--body", "Space"], "kelisim: unknown body “Space”; valid: "),
    ],
)
def test_list_with_a_bad_filter_names_the_valid_values(
    demo_path: str, capsys: pytest.CaptureFixture[str], options: list[str], message: str
) -> None:
    code, out, err = run(capsys, "--db", demo_path, "list", *options)
    assert code == 1 and out == ""
    assert err.startswith(message) and err.count("\n") == 1


def test_bad_date_is_an_argparse_error(demo_path: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        cli.main(["--db", demo_path, "list", "--due-before", "soon"])
    assert info.value.code == 2
    assert "“soon” is not a date; write YYYY-MM-DD or DD.MM.YYYY" in capsys.readouterr().err


def test_status_change_with_a_note(demo_path: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys,
        "--db",
        demo_path,
        "status",
        "KZ-CN-2024/04",
        "completed",
        "--note",
        "Рұқсаттар алынды",
        "--letter-no",
        "13-2/500",
        "--letter-date",
        "2026-01-15",
    )
    assert (code, out, err) == (0, "KZ-CN-2024/04: now Completed\n", "")
    db = open_database(demo_path)
    try:
        commitment_id = commitment_list.id_for_ref(db, "KZ-CN-2024/04")
        got = commitments.get(db, commitment_id)
        assert (got.status, got.progress) == ("completed", 100) and got.completed_on is not None
        latest = history.for_record(db, HistoryEntity.COMMITMENT, commitment_id)[0]
        assert (latest.from_status, latest.to_status, latest.note, latest.changed_by) == (
            "not_started",
            "completed",
            "Рұқсаттар алынды",
            "test-clerk",
        )
    finally:
        db.close()


def test_status_refusals_are_one_line(demo_path: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", demo_path, "status", "KZ-CN-2024/01", "cancelled")
    assert code == 1 and err == "kelisim: Note: a note is required to move to “Cancelled”\n"
    code, _, err = run(capsys, "--db", demo_path, "status", "KZ-CN-2024/99", "completed")
    assert code == 1 and err == "kelisim: no commitment has the reference “KZ-CN-2024/99”\n"
    code, _, err = run(capsys, "--db", demo_path, "status", "KZ-CN-2024/01", "on_hold", "--progress", "100")
    assert code == 1 and err.startswith("kelisim: Progress: 100 % means completed")


def test_bad_database_paths(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("Протокол от 20 мая 2024 года\n" * 20, encoding="utf-8")
    cases = {
        str(tmp_path / "missing" / "x.sqlite3"): "does not exist",
        str(tmp_path): "is a folder",
        str(text): "is not a Kelisim database",
    }
    for target, message in cases.items():
        code, out, err = run(capsys, "--db", target, "list")
        assert code == 2 and out == ""
        assert err.startswith("kelisim: ") and message in err and err.count("\n") == 1


def _main_py(*argv: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *argv],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        env=env,
        timeout=120,
        check=False,
    )


@pytest.mark.slow
def test_main_py_in_a_real_process(tmp_path: Path, db_target: str) -> None:
    helped = _main_py("--help", cwd=tmp_path)
    assert helped.returncode == 0 and "status" in helped.stdout and "Traceback" not in helped.stderr
    loaded = _main_py("--db", db_target, "demo", cwd=tmp_path)
    assert loaded.returncode == 0, loaded.stderr
    listed = _main_py("--db", db_target, "list", "--text", "қазақстан", "--status", "in_progress", cwd=tmp_path)
    assert listed.returncode == 0 and listed.stderr == ""
    assert "Увеличить несырьевой экспорт Казахстана в Китай" in listed.stdout


@pytest.mark.slow
def test_main_py_bad_files_give_one_line_and_no_traceback(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 10)  # a damaged database
    text = tmp_path / "notes.sqlite3"
    text.write_text("not a database", encoding="utf-8")
    for target in (junk, text, tmp_path / "missing" / "x.sqlite3", tmp_path):
        result = _main_py("--db", str(target), "list", cwd=tmp_path)
        assert result.returncode != 0, target
        assert "Traceback" not in result.stderr
        assert result.stderr.startswith("kelisim: ") and result.stderr.count("\n") == 1, result.stderr


def test_an_unreadable_file_gives_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import desktop.storage.identity as database_module  # the header is read there, before any connection

    path = tmp_path / "locked.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + bytes(100))
    if os.geteuid() != 0:
        path.chmod(0)  # really unreadable
    else:
        # root reads any file: make the read fail the way a permission error does.
        def refuse(*_args: object, **_kwargs: object) -> object:
            raise PermissionError(13, "Permission denied", str(path))

        monkeypatch.setattr(database_module, "open", refuse, raising=False)
    code, out, err = run(capsys, "--db", str(path), "list")
    assert code == 2 and out == ""
    assert err == f"kelisim: cannot read {path}: Permission denied\n"


@pytest.mark.postgres
def test_unreachable_or_missing_postgres_database_gives_one_line(
    pg_server: TempPostgres, capsys: pytest.CaptureFixture[str]
) -> None:
    cases = {
        pg_server.url("no_such_register"): "has no such database",
        "postgresql+psycopg://kelisim@127.0.0.1:1/nowhere": "cannot be reached",
    }
    for target, message in cases.items():
        code, out, err = run(capsys, "--db", target, "list")
        assert code == 2 and out == "" and message in err, (target, err)
        assert err.startswith("kelisim: ") and err.count("\n") == 1 and "Traceback" not in err, err
