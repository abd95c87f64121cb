"""The whole-register Audit page (issue 12): filters, field labels and translated values, one record's
changes from an agreement or a body, Excel export of what is shown (no formula); the same lines from the
command line. Both engines."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from desktop import cli
from desktop.domain.catalogue import render, render_arg
from desktop.services import agreements, audit, bodies, commitments
from desktop.storage.database import Database
from desktop.ui.audit_page import AuditPage
from desktop.ui.main_window import MainWindow
from tests.gui_helpers import open_main_window, type_text

FORMULA = '=HYPERLINK("http://example.com","x")'


def _texts(lines: list[audit.AuditLine], language: str = "en") -> list[tuple[str, str, str]]:
    return [(render(ln.field, language), render(ln.old, language), render(ln.new, language)) for ln in lines]


def test_lines_read_as_labels_and_words(demo_db: Database) -> None:
    before = commitments.get(demo_db, 1)
    commitments.set_fields(demo_db, 1, {"due_date": "2031-05-20"})
    commitments.change_status(demo_db, 1, "on_hold" if before.status != "on_hold" else "in_progress", "wait")
    lines = audit.record_trail(demo_db, table="commitment", record_id=1)
    english = _texts(lines)
    # Days as the reader writes them: 20 May 2031 in English, 20.05.2031 in Russian.
    assert ("Due date", render_arg(before.due_date, "en"), "20 May 2031") in english
    assert english[0][0] == "Status"  # the newest line: the status change, as a status
    russian = _texts(lines, "ru")
    assert russian[0][0] == "Статус" and russian[0][2] in ("Отложено", "Выполняется")
    assert any(f == "Срок" and new == "20.05.2031" for f, _o, new in russian)
    assert [ln.order for ln in lines] == sorted((ln.order for ln in lines), reverse=True)


def test_an_agreements_changes_include_its_signatories(demo_db: Database) -> None:
    data = agreements.get(demo_db, 1)
    data.signatories[0].position = "Minister of Foreign Affairs (new title)"
    agreements.save(demo_db, data)
    lines = audit.record_trail(demo_db, table="agreement", record_id=1)
    tables = {ln.entry.table for ln in lines}
    assert {"agreement", "signatory", "agreement_party", "status_change"} <= tables
    assert any("new title" in render(ln.new, "en") for ln in lines if ln.entry.table == "signatory")
    other = audit.record_trail(demo_db, table="body", record_id=1)
    assert other and all(ln.entry.table in ("body", "body_party", "co_chair") for ln in other)


def test_record_trail_filters(demo_db: Database) -> None:
    commitments.set_fields(demo_db, 1, {"agency": "Filtered Agency"})
    assert audit.record_trail(demo_db, text="Filtered Agency")
    assert not audit.record_trail(demo_db, who="nobody-like-this")
    assert not audit.record_trail(demo_db, since=date.today() + timedelta(days=2))
    assert not audit.record_trail(demo_db, until=date.today() - timedelta(days=2))
    assert all(ln.entry.table == "party" for ln in audit.record_trail(demo_db, kind="party"))
    # One record: only its own rows, filtered the same way.
    one = audit.record_trail(demo_db, table="commitment", record_id=1, text="Filtered Agency")
    assert one and {ln.entry.record_id for ln in one} == {"1"}


@pytest.fixture
def window(qtbot: Any, qapp: Any, demo_db: Database) -> Iterator[MainWindow]:
    w = open_main_window(qtbot, qapp, demo_db, page="audit")
    yield w
    w.close()


def _shown(page: AuditPage) -> list[list[str]]:
    return page.shown_table()[1]


@pytest.mark.slow
def test_audit_page_in_the_window(window: MainWindow, qtbot: Any, tmp_path: Path) -> None:
    db = window.ctx.db
    page: AuditPage = window.pages["audit"]  # type: ignore[assignment]
    assert window.current_page_name() == "audit"
    # A change made elsewhere arrives on the change notice; newest first; fields as labels.
    commitments.set_fields(db, 1, {"agency": FORMULA})
    window.refresh()
    qtbot.waitUntil(lambda: bool(_shown(page)) and _shown(page)[0][7] == FORMULA, timeout=5000)
    headers = page.shown_table()[0]
    assert headers[:6] == ["When", "Who", "What", "Record", "Action", "Field"]
    first = _shown(page)[0]
    assert first[2] == "Commitment" and first[4] == "changed" and first[5] == "Agency"
    assert first[1] == audit.trail(db, limit=1)[0].who
    # Filters go to the database: who, kind, text, dates.
    page.who.setFocus()
    type_text(qtbot, page.who, "nobody-like-this")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=5000)
    page.who.clear()
    page.kind.setCurrentIndex(page.kind.findData("party"))
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and {r[2] for r in _shown(page)} == {"Party"}, timeout=5000)
    page.kind.setCurrentIndex(0)
    page.search.setFocus()
    type_text(qtbot, page.search, "HYPERLINK")
    qtbot.waitUntil(lambda: len(_shown(page)) == 1, timeout=5000)
    page.search.clear()
    page.since.set_date(date.today() + timedelta(days=2))
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=5000)
    page.since.set_date(None)
    qtbot.waitUntil(lambda: page.model.rowCount() > 1, timeout=5000)
    # Export what is shown: the formula-like value stays text.
    page.search.setText("HYPERLINK")
    qtbot.waitUntil(lambda: len(_shown(page)) == 1, timeout=5000)
    target = page.export(tmp_path / "audit.xlsx")
    assert target is not None
    ws = load_workbook(target).active
    assert ws is not None
    assert [c.value for c in ws[1]][:6] == headers[:6]
    cell = ws.cell(row=2, column=headers.index("New value") + 1)
    assert cell.value == FORMULA and cell.data_type == "s"
    assert ws.max_row == 2


@pytest.mark.slow
def test_changes_of_an_agreement_and_a_body(window: MainWindow, qtbot: Any) -> None:
    db = window.ctx.db
    data = agreements.get(db, 1)
    data.place = "Astana, Palace of Peace"
    agreements.save(db, data)
    body = bodies.get(db, 1)
    body.notes = "Body note for the audit"
    bodies.save(db, body)
    window.refresh()
    page: AuditPage = window.pages["audit"]  # type: ignore[assignment]
    for name, expected_field, expected_value in (
        ("agreements", "Place", "Astana, Palace of Peace"),
        ("bodies", "Notes", "Body note for the audit"),
    ):
        window.show_page(name)
        source = window.pages[name]
        qtbot.waitUntil(lambda s=source: s.select_id(1), timeout=5000)  # type: ignore[attr-defined]
        source.act_changes.trigger()  # type: ignore[attr-defined]
        assert window.current_page_name() == "audit"
        assert page.record_bar.isVisible() and page.record is not None and page.record[1] == 1
        qtbot.waitUntil(
            lambda f=expected_field, v=expected_value: [f, v] in [[r[5], r[7]] for r in _shown(page)],
            timeout=5000,
        )
        allowed = {"Agreement", "Agreement's party", "Signatory", "Status change", "Body", "Body's party", "Co-chair"}
        assert {r[2] for r in _shown(page)} <= allowed
        window.go_back()
        assert window.current_page_name() == name
    page.all_button.click()
    assert page.record is None and not page.record_bar.isVisible()


def test_cli_audit_labels_and_excel(demo_target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--db", demo_target, "--lang", "en", "set", "KZ-CN-2024/01", f"agency={FORMULA}"]) == 0
    capsys.readouterr()
    target = tmp_path / "trail.xlsx"
    args = ["--db", demo_target, "--lang", "ru", "audit", "--table", "commitment", "--ref", "HYPERLINK"]
    assert cli.main([*args, "--xlsx", str(target)]) == 0
    out = capsys.readouterr().out
    assert "Ведомство:" in out and "изменено" in out
    ws = load_workbook(target).active
    assert ws is not None
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][0] == "Когда"
    cell = next(c for row in ws.iter_rows(min_row=2) for c in row if c.value == FORMULA)
    assert cell.data_type == "s"
