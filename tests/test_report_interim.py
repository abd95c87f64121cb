"""Both reports show each commitment's newest interim report (issue 13: "both reports get ... the last interim
report"): the workbook's Commitments sheet — streamed from the register, as the window and the command line write
it, and from the built dataset — and the full PDF, in the reader's language."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from desktop.reports.excel import write_workbook
from desktop.reports.jobs import export_workbook
from desktop.reports.pdf import write_pdf
from desktop.services import commitment_list, control
from desktop.services.reporting import dataset
from desktop.storage.database import Database

TODAY = date(2026, 6, 1)


def _interim_column(path: Path, sheet: str, header: str) -> dict[str, object]:
    wb = openpyxl.load_workbook(path, read_only=True)
    rows = list(wb[sheet].iter_rows(values_only=True))
    wb.close()
    column = rows[0].index(header)
    return {str(r[0]): r[column] if len(r) > column else None for r in rows[1:] if r and r[0]}


@pytest.mark.slow
def test_the_newest_interim_report_in_excel_and_pdf(demo_db: Database, tmp_path: Path) -> None:
    target = commitment_list.id_for_ref(demo_db, "KZ-CN-2024/03")
    control.add_interim(demo_db, target, text="Draft agreed", report_date=date(2026, 3, 1), progress=40)
    control.add_interim(demo_db, target, text="Sent for signature — 已送签", report_date=date(2026, 3, 20), progress=70)
    # The streamed workbook (the window's and the command line's route), in Russian.
    streamed = tmp_path / "register_ru.xlsx"
    export_workbook(demo_db, streamed, today=TODAY, language="ru")
    found = _interim_column(streamed, "Обязательства", "Последняя промежуточная информация")
    assert found["KZ-CN-2024/03"] == "20.03.2026: Sent for signature — 已送签 (70\u00a0%)"  # ru: a no-break space
    assert found["KZ-CN-2024/01"] in (None, "")  # no interim report: the cell stays empty
    # The built dataset gives the same line, and the full PDF prints it under the title.
    report = dataset.build(demo_db, today=TODAY)
    [line] = [c for c in report.commitments if c.ref == "KZ-CN-2024/03"]
    assert (line.interim_on, line.interim, line.interim_progress) == (
        date(2026, 3, 20),
        "Sent for signature — 已送签",
        70,
    )
    built = _interim_column(write_workbook(report, tmp_path / "register.xlsx"), "Commitments", "Last interim report")
    expected = f"{report.day(date(2026, 3, 20))}: Sent for signature — 已送签 ({report.percent(70)})"
    assert built["KZ-CN-2024/03"] == report.interim(line) == expected
    pdf = write_pdf(report, tmp_path / "register.pdf")
    text = " ".join(
        subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout.split()
    )
    assert "Interim report:" in text and "Sent for signature" in text and "Draft agreed" not in text
