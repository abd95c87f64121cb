"""Rows of a workbook: checked by the editor's rules, explained cell by cell, written all or nothing."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from desktop.cli import main as cli_main
from desktop.domain.catalogue import render
from desktop.domain.models import Agreement, Body, Commitment, StatusChange
from desktop.services import commitment_list
from desktop.services.importing.apply import ImportRejected, import_workbook
from desktop.storage.database import Database
from tests.engines import db_arg, dump

REG = "KZ-CN-2024-05-20/1"


def workbook(path: Path, header: list[str], *rows: list[object], title: str = "Реестр") -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = title
    ws.append(header)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def count(db: Database, model: type) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def refused(db: Database, path: Path) -> ImportRejected:
    before = dump(db)
    with pytest.raises(ImportRejected) as caught:
        import_workbook(db, path)
    assert dump(db) == before
    return caught.value


def test_russian_headers_cyrillic_and_chinese_text(demo_db: Database, tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "reg.xlsx",
        [
            "Код",
            "Обязательство",
            "Соглашение",
            "Ответственная сторона",
            "Срок исполнения",
            "Статус",
            "Прогресс, %",
            "Ведомство",
        ],
        [
            "IMP-1",
            "Экспорт пшеницы в Китай 小麦出口",
            REG,
            "Қазақстан Республикасы",
            "20.05.2026",
            "в работе",
            "45 %",
            "Министерство сельского хозяйства",
        ],
        ["IMP-2", "Қазақ тілі курстары", REG, "中华人民共和国", datetime(2026, 9, 1), "не начато", 0, ""],
    )
    result = import_workbook(demo_db, path)
    assert result.written and result.plan.counts["commitments"].add == 2
    rows = {r[commitment_list.Col.REF]: r for r in commitment_list.list_rows(demo_db)}
    first = rows["IMP-1"]
    assert first[commitment_list.Col.TITLE] == "Экспорт пшеницы в Китай 小麦出口"
    assert first[commitment_list.Col.STATUS] == "in_progress"
    assert first[commitment_list.Col.PROGRESS] == 45
    assert first[commitment_list.Col.DUE_DATE] == "2026-05-20"
    assert first[commitment_list.Col.PARTY] == "Kazakhstan"
    assert rows["IMP-2"][commitment_list.Col.PARTY] == "China"
    assert rows["IMP-2"][commitment_list.Col.DUE_DATE] == "2026-09-01"
    # The search text is folded like the editor folds it: Cyrillic and Chinese are found.
    assert "小麦" in first[commitment_list.Col.SEARCH_TEXT] and "пшеницы" in first[commitment_list.Col.SEARCH_TEXT]
    with demo_db.read() as session:
        notes = session.scalars(
            select(StatusChange.note)
            .join(Commitment, Commitment.id == StatusChange.commitment_id)
            .where(Commitment.ref == "IMP-1")
        ).all()
    assert notes == ["imported from reg.xlsx"]


def test_reimporting_the_same_file_changes_nothing(demo_db: Database, tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "reg.xlsx",
        ["Agreement", "Title", "Due date", "Body", "Parent body"],
        [REG, "Joint seed laboratory", "2026-03-01", "Seed working group", "Subcommittee on Agricultural Cooperation"],
        [REG, "Joint patent office", "2026-04-01", "", ""],
    )
    first = import_workbook(demo_db, path)
    assert first.plan.counts["commitments"].add == 2 and first.plan.counts["bodies"].add == 1
    snapshot = dump(demo_db)
    again = import_workbook(demo_db, path)
    assert not again.written
    assert again.plan.counts["commitments"].unchanged == 2 and again.plan.counts["commitments"].add == 0
    assert dump(demo_db) == snapshot
    with demo_db.read() as session:
        body = session.scalars(select(Body).where(Body.name == "Seed working group")).one()
        parent = session.get(Body, body.parent_id)
    assert parent is not None and parent.name == "Subcommittee on Agricultural Cooperation"
    # Without a ref column the key is (agreement, title): the generated ref follows the editor's rule.
    refs = [
        r[commitment_list.Col.REF]
        for r in commitment_list.list_rows(demo_db)
        if r[commitment_list.Col.TITLE].startswith("Joint ")
    ]
    assert all(ref.startswith("C-") for ref in refs) and len(refs) == 2


def test_update_by_ref_changes_only_what_differs(demo_db: Database, tmp_path: Path) -> None:
    row = next(r for r in commitment_list.list_rows(demo_db) if r[commitment_list.Col.STATUS] == "not_started")
    ref, version = row[commitment_list.Col.REF], row[commitment_list.Col.VERSION]
    path = workbook(
        tmp_path / "upd.xlsx",
        ["Ref", "Title", "Status", "Progress"],
        [ref, row[commitment_list.Col.TITLE], "In progress", 30],
    )
    result = import_workbook(demo_db, path)
    assert result.plan.counts["commitments"].update == 1
    updated = next(r for r in commitment_list.list_rows(demo_db) if r[commitment_list.Col.REF] == ref)
    assert updated[commitment_list.Col.STATUS] == "in_progress" and updated[commitment_list.Col.PROGRESS] == 30
    assert updated[commitment_list.Col.VERSION] == version + 1
    assert updated[commitment_list.Col.AGENCY] == row[commitment_list.Col.AGENCY]  # no column: kept


def test_bad_dates_are_rejected_with_their_cell(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = workbook(
        tmp_path / "dates.xlsx",
        ["Ref", "Title", "Due date"],
        ["D-1", "Fine", "2026-05-20"],
        ["D-2", "Impossible day", "31/02/2024"],
        ["D-3", "No such day", "31.02.2024"],
        ["D-4", "A number", 45000],
    )
    error = refused(demo_db, path)
    reasons = [str(r) for r in error.plan.rejections]
    assert any("row 3, column 'Due date': '31/02/2024' is not a date" in r for r in reasons)
    assert any("row 4, column 'Due date': '31.02.2024' is not a date" in r for r in reasons)
    assert any("row 5, column 'Due date': '45000' is not a date" in r for r in reasons)
    assert error.plan.counts["commitments"].add == 1
    before = dump(demo_db)
    assert cli_main(["--db", db_arg(demo_db), "import", str(path)]) == 1
    out = capsys.readouterr().out
    assert "row 3, column 'Due date': '31/02/2024' is not a date" in out and "Nothing was imported" in out
    assert dump(demo_db) == before
    # --skip-invalid imports the valid row and exits 0.
    assert cli_main(["--db", db_arg(demo_db), "import", str(path), "--skip-invalid"]) == 0
    assert "D-1" in {r[commitment_list.Col.REF] for r in commitment_list.list_rows(demo_db)}
    assert "D-2" not in {r[commitment_list.Col.REF] for r in commitment_list.list_rows(demo_db)}


def test_wrong_types_and_editor_rules(demo_db: Database, tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "types.xlsx",
        ["Ref", "Title", "Status", "Progress", "Priority", "Completed on", "Responsible party", "Agreement"],
        ["W-1", "Progress is words", "in progress", "half", "normal", None, "", ""],
        ["W-2", "Unknown status", "finished-ish", 10, "normal", None, "", ""],
        ["W-3", "Completed without a date", "completed", 100, "high", None, "", ""],
        ["W-4", "", "not started", 0, "normal", None, "", ""],
        ["W-5", "Unknown party", "not started", 0, "normal", None, "Atlantis", ""],
        ["W-6", "Unknown agreement", "not started", 0, "normal", None, "", "NO-SUCH-1"],
        ["W-7", "Priority of another list", "not started", 0, "urgent!!", None, "", ""],
    )
    error = refused(demo_db, path)
    text = "\n".join(str(r) for r in error.plan.rejections)
    assert "row 2, column 'Progress': 'half' is not a percentage" in text
    assert "row 3, column 'Status': 'finished-ish' is not one of" in text
    # Done without a date comes in done, the date unknown (issue 10); an unknown agreement number
    # becomes a new agreement.
    assert "row 4" not in text and "row 7" not in text
    assert "row 5, column 'Title': Title is required" in text
    assert "row 6, column 'Responsible party': 'Atlantis' is not a known party" in text
    assert "row 8, column 'Priority': 'urgent!!' is not one of" in text
    assert error.plan.rejected_rows == 5
    assert [r["reg_number"] for r in error.plan.new["agreements"]] == ["NO-SUCH-1"]


def test_missing_required_column_is_named(demo_db: Database, tmp_path: Path) -> None:
    path = workbook(tmp_path / "nocol.xlsx", ["Ref", "Due date", "Status"], ["N-1", "2026-01-01", "not started"])
    error = refused(demo_db, path)
    assert "has no 'Title' column" in str(error)
    # A Russian or Kazakh clerk reads the field's name in their language (the --map name stays the field's own).
    problems = error.plan.problems
    assert any("нет столбца «Название»" in render(p, "ru") and "Header=title" in render(p, "ru") for p in problems)
    assert any("«Атауы» бағаны жоқ" in render(p, "kk") for p in problems)


def test_formula_without_cached_value_is_a_row_error(demo_db: Database, tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "formula.xlsx",
        ["Ref", "Title", "Progress", "Agency"],
        ["F-1", "Typed", 10, "x"],
        ["F-2", "Computed", "=5*2", "y"],
    )
    # openpyxl saves formulas without a cached value, as a script or a never-recalculated file would.
    error = refused(demo_db, path)
    text = "\n".join(str(r) for r in error.plan.rejections)
    assert "row 3, column 'Progress'" in text and "formula with no saved value" in text
    assert error.plan.counts["commitments"].add == 1


def test_formula_cached_values_are_read_not_evaluated(demo_db: Database, tmp_path: Path) -> None:
    import zipfile

    source = workbook(tmp_path / "plain.xlsx", ["Ref", "Title", "Progress"], ["F-9", "Cached", 1])
    target = tmp_path / "cached.xlsx"
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                # As Excel saves it: the formula and its last computed value (40, not 2*3).
                data = data.replace(b'<c r="C2" t="n"><v>1</v></c>', b'<c r="C2"><f>2*3</f><v>40</v></c>')
                assert b"<f>2*3</f>" in data
            dst.writestr(info, data)
    import_workbook(demo_db, target)
    row = next(r for r in commitment_list.list_rows(demo_db) if r[commitment_list.Col.REF] == "F-9")
    assert row[commitment_list.Col.PROGRESS] == 40


def test_duplicate_registration_numbers_are_rejected(demo_db: Database, tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Agreements"
    ws.append(["Registration number", "Title", "Kind", "Status", "Signed on", "Parties"])
    ws.append(["KZ-CN-2025/7", "Memorandum on tourism", "Memorandum", "Signed", date(2025, 3, 1), "KZ, CN"])
    ws.append(["KZ-CN-2025/7", "Memorandum on education", "Memorandum", "Signed", date(2025, 3, 2), "KZ, CN"])
    path = tmp_path / "dups.xlsx"
    wb.save(path)
    agreements_before = count(demo_db, Agreement)
    error = refused(demo_db, path)
    text = "\n".join(str(r) for r in error.plan.rejections)
    assert "row 3, column 'Registration number': 'KZ-CN-2025/7' appears again (first in row 2)" in text
    assert count(demo_db, Agreement) == agreements_before


def test_duplicate_refs_are_rejected(demo_db: Database, tmp_path: Path) -> None:
    path = workbook(tmp_path / "refs.xlsx", ["Ref", "Title"], ["R-1", "One"], ["R-1", "Two"])
    error = refused(demo_db, path)
    assert "row 3, column 'Ref': 'R-1' appears again (first in row 2)" in str(error)


@pytest.mark.slow
def test_export_round_trips_unchanged(demo_db: Database, tmp_path: Path) -> None:
    from desktop.reports import excel
    from desktop.services.reporting import dataset

    target = excel.write_workbook(dataset.build(demo_db), tmp_path / "export.xlsx")
    before = dump(demo_db)
    result = import_workbook(demo_db, target)
    counts = result.plan.counts
    assert not result.written, result.plan.preview
    assert counts["commitments"].unchanged == count(demo_db, Commitment)
    assert counts["agreements"].unchanged == count(demo_db, Agreement)
    assert counts["bodies"].unchanged == count(demo_db, Body)
    assert dump(demo_db) == before


@pytest.mark.slow
def test_export_edited_in_excel_updates_the_register(demo_db: Database, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from desktop.reports import excel
    from desktop.services.reporting import dataset

    target = excel.write_workbook(dataset.build(demo_db), tmp_path / "export.xlsx")
    wb = load_workbook(target)
    ws = wb["Commitments"]
    headers = [c.value for c in ws[1]]
    status_col, progress_col = headers.index("Status") + 1, headers.index("Progress") + 1
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, status_col).value == "Not started")
    ref = ws.cell(row, headers.index("Reference") + 1).value
    ws.cell(row, status_col).value = "In progress"
    ws.cell(row, progress_col).value = 0.25
    wb.save(target)
    result = import_workbook(demo_db, target)
    assert result.plan.counts["commitments"].update == 1
    changed = next(r for r in commitment_list.list_rows(demo_db) if r[commitment_list.Col.REF] == ref)
    assert changed[commitment_list.Col.STATUS] == "in_progress" and changed[commitment_list.Col.PROGRESS] == 25


@pytest.mark.slow
def test_dry_run_writes_nothing(demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = workbook(tmp_path / "new.xlsx", ["Ref", "Title"], ["DR-1", "Dry"])
    before = dump(demo_db)
    assert cli_main(["--db", db_arg(demo_db), "import", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "commitments: 1 to add" in out and "Dry run" in out
    assert dump(demo_db) == before
