"""The Commitments list after an edit (issue 16): only the rows the edit changed are read and put in place —
at 100,000 commitments reading everything again kept the clerk waiting 5-7 s for the row just edited. The
clerk's selection and scroll stay; a rename many rows show, or F5, reads the whole list. Both engines."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop.services import bodies, commitment_list, commitments
from desktop.services.commitment_list import Col
from desktop.storage.database import Database
from desktop.ui.main_window import MainWindow
from desktop.ui.operations import run_op
from tests.gui_helpers import open_main_window


@pytest.fixture
def whole_reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Every time the page reads the whole list."""
    counted: list[int] = []
    whole = commitment_list.list_rows_marked

    def counting(db: Database) -> Any:
        counted.append(1)
        return whole(db)

    monkeypatch.setattr(commitment_list, "list_rows_marked", counting)
    return counted


@pytest.fixture
def window(qtbot: Any, qapp: Any, demo_db: Database, whole_reads: list[int]) -> Iterator[MainWindow]:
    w = open_main_window(qtbot, qapp, demo_db, page="commitments")
    qtbot.waitUntil(lambda: w.commitments.is_loaded, timeout=5000)
    yield w
    w.close()


def _shown(window: MainWindow, record_id: int, column: int) -> Any:
    model = window.commitments.model
    row = model.row_for_id(record_id)
    return model.row(row)[column] if row >= 0 else None


def _settle(window: MainWindow, qtbot: Any) -> None:
    """Until the live refresh has looked for changes once more and the window's queries are done."""
    window.live_refresh.poll()  # type: ignore[attr-defined]  # what its timer does every half second
    assert window.ctx.wait_idle(5000)
    qtbot.wait(0)


def test_an_edit_reads_only_its_row_and_keeps_the_selection(
    window: MainWindow, demo_db: Database, whole_reads: list[int], qtbot: Any
) -> None:
    page = window.commitments
    ids = [page.model.row_id(r) for r in range(page.model.rowCount())]
    edited, selected = ids[2], ids[5]
    assert page.select_id(selected)
    reads = len(whole_reads)
    run_op(window.ctx, lambda db: commitments.change_status(db, edited, "on_hold", "ждём ответа партнёра", progress=40))
    qtbot.waitUntil(lambda: _shown(window, edited, Col.STATUS) == "on_hold", timeout=5000)
    assert _shown(window, edited, Col.PROGRESS) == 40
    assert page.current_id() == selected  # the clerk's row is still the one selected
    _settle(window, qtbot)  # the live refresh saw the same write (its own connection): nothing more is read
    assert len(whole_reads) == reads
    assert page.model.all_rows() == commitment_list.list_rows(demo_db)  # what a whole reading would show
    assert page.counts_text().endswith(str(len(ids)))

    # A commitment moved to the Trash leaves the list; a new one comes in; still no whole reading.
    from desktop.services import trash

    run_op(window.ctx, lambda db: trash.move_to_trash(db, entity="commitment", record_id=edited))
    qtbot.waitUntil(lambda: page.model.row_for_id(edited) < 0, timeout=5000)
    data = replace(commitments.get(demo_db, selected), id=None, version=None, ref="", title="Сауда үйін ашу 开设贸易馆")
    run_op(window.ctx, lambda db: commitments.save(db, data))
    qtbot.waitUntil(lambda: page.model.total_count == len(ids), timeout=5000)
    _settle(window, qtbot)
    assert len(whole_reads) == reads
    assert page.model.all_rows() == commitment_list.list_rows(demo_db)
    assert "Сауда үйін ашу 开设贸易馆" in [page.model.row(r)[Col.TITLE] for r in range(page.model.rowCount())]


def test_another_clerks_edit_is_read_as_its_row_only(
    window: MainWindow, demo_db: Database, whole_reads: list[int], qtbot: Any
) -> None:
    from desktop.storage.database import open_database

    target = demo_db.path if demo_db.path is not None else demo_db.engine.url.render_as_string(hide_password=False)
    other = open_database(target, auto_backup=False)
    try:
        record_id = window.commitments.model.row_id(0)
        reads = len(whole_reads)
        agency = "Министерство сельского хозяйства"
        commitments.set_fields(other, record_id, {"agency": agency})
        qtbot.waitUntil(lambda: _shown(window, record_id, Col.AGENCY) == agency, timeout=5000)
        assert len(whole_reads) == reads
    finally:
        other.close()


def test_a_body_renamed_or_f5_reads_the_whole_list(
    window: MainWindow, demo_db: Database, whole_reads: list[int], qtbot: Any
) -> None:
    page = window.commitments
    record_id = next(r[Col.ID] for r in page.model.all_rows() if r[Col.BODY_ID] is not None)
    body_id = _shown(window, record_id, Col.BODY_ID)
    reads = len(whole_reads)
    renamed = replace(bodies.get(demo_db, body_id), name="Подкомитет по инновациям")
    run_op(window.ctx, lambda db: bodies.save(db, renamed))
    qtbot.waitUntil(lambda: _shown(window, record_id, Col.BODY) == "Подкомитет по инновациям", timeout=5000)
    assert len(whole_reads) > reads
    _settle(window, qtbot)
    reads = len(whole_reads)
    window.refresh()  # F5: the clerk asks for everything
    qtbot.waitUntil(lambda: len(whole_reads) == reads + 1, timeout=5000)


def test_a_trail_that_cannot_be_read_falls_back_to_the_whole_list(
    window: MainWindow, demo_db: Database, whole_reads: list[int], qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refused(db: Database, mark: int) -> Any:
        raise PermissionError("permission denied for table audit_log")

    monkeypatch.setattr(commitment_list, "changes_since", refused)
    record_id = window.commitments.model.row_id(0)
    reads = len(whole_reads)
    run_op(window.ctx, lambda db: commitments.set_fields(db, record_id, {"agency": "Ministry of Agriculture"}))
    qtbot.waitUntil(lambda: _shown(window, record_id, Col.AGENCY) == "Ministry of Agriculture", timeout=5000)
    assert len(whole_reads) > reads  # read whole, and no error put in front of the clerk


def test_an_edit_reads_again_only_the_filter_choices_it_can_change(
    window: MainWindow, demo_db: Database, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A commitment's edit can bring a new sector or person to the filter bar; the bodies and agreements it
    lists (thousands in an archive) are read again only when one of them changes."""
    from desktop.services import lookups

    bar = window.commitments.filter_bar
    agreement_reads: list[int] = []
    whole = lookups.agreement_choices
    monkeypatch.setattr(lookups, "agreement_choices", lambda *a: agreement_reads.append(1) or whole(*a))
    record_id = window.commitments.model.row_id(0)
    run_op(window.ctx, lambda db: commitments.set_fields(db, record_id, {"sector": "Цифрландыру"}))
    qtbot.waitUntil(lambda: bar.sector.findData("Цифрландыру") >= 0, timeout=5000)
    assert agreement_reads == []
    body_id = next(r[Col.BODY_ID] for r in window.commitments.model.all_rows() if r[Col.BODY_ID] is not None)
    renamed = replace(bodies.get(demo_db, body_id), name="Подкомитет по цифровизации")
    run_op(window.ctx, lambda db: bodies.save(db, renamed))
    qtbot.waitUntil(
        lambda: bar.body.findText("Подкомитет по цифровизации", Qt.MatchFlag.MatchContains) >= 0, timeout=5000
    )
    assert agreement_reads


def test_quick_open_keeps_its_index_through_an_edit_that_changes_no_entry(window: MainWindow, qtbot: Any) -> None:
    """Ctrl+K's index of every record (seconds to read at 100,000 commitments) is kept through a status change,
    and read again when a title changes."""
    dialog = window.quick_open()
    index = window._quick_index
    qtbot.waitUntil(lambda: dialog.index is not None, timeout=5000)  # type: ignore[attr-defined]
    dialog.close()  # type: ignore[attr-defined]
    reads = index.reads
    record_id = next(r[Col.ID] for r in window.commitments.model.all_rows() if r[Col.STATUS] == "in_progress")
    run_op(window.ctx, lambda db: commitments.change_status(db, record_id, "on_hold", "ждём", progress=20))
    qtbot.waitUntil(lambda: _shown(window, record_id, Col.STATUS) == "on_hold", timeout=5000)
    _settle(window, qtbot)
    qtbot.waitUntil(lambda: index.index is not None, timeout=5000)
    assert index.reads == reads

    data = commitments.get(window.ctx.db, record_id)
    data.title = "Зебра на улицах Астаны 斑马线"
    run_op(window.ctx, lambda db: commitments.save(db, data))
    qtbot.waitUntil(lambda: index.reads == reads + 1, timeout=5000)  # read again a moment after the change
    dialog = window.quick_open()
    qtbot.waitUntil(lambda: dialog.index is not None, timeout=5000)  # type: ignore[attr-defined]
    dialog.box.setText("зебра")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: dialog.results.count() == 1, timeout=5000)  # type: ignore[attr-defined]
