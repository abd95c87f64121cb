"""The main window: navigation, remembered state, the dashboard figures, the public API."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import QMenu, QToolBar

from desktop.domain.filters import CommitmentFilter
from desktop.services import dashboard
from desktop.storage.database import Database
from desktop.ui import settings
from desktop.ui.application import prepare_app
from desktop.ui.main_window import PAGE_NAMES, MainWindow

pytestmark = pytest.mark.gui


def open_window(qtbot, db: Database) -> MainWindow:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: all(p.is_loaded for p in window.pages.values()), timeout=10_000)
    return window


@pytest.fixture
def window(qtbot, qapp, demo_db: Database) -> Iterator[MainWindow]:
    prepare_app(qapp)
    w = open_window(qtbot, demo_db)
    yield w
    w.close()


def test_sidebar_and_ctrl_digits_switch_pages(window: MainWindow, qtbot) -> None:
    for number, name in enumerate(PAGE_NAMES, start=1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.current_page_name() == name
        assert window.stack.currentWidget() is window.pages[name]
    window.sidebar.setCurrentRow(1)
    assert window.current_page_name() == "agreements"
    window.show_page("bodies")
    assert window.sidebar.currentRow() == 2
    with pytest.raises(ValueError, match="no page named"):
        window.show_page("nowhere")


def test_public_api_for_the_other_modules(window: MainWindow) -> None:
    assert isinstance(window.file_menu, QMenu) and isinstance(window.toolbar, QToolBar)
    assert set(window.pages) == set(PAGE_NAMES)
    # Quit stays last in the File menu, after anything extensions added.
    assert window.file_menu.actions()[-1] is window.act_quit
    assert window.current_commitment_filter() == CommitmentFilter()
    page = window.commitments
    page.filter_bar.overdue.setChecked(True)
    page.search.setText("visa")
    assert window.current_commitment_filter() == CommitmentFilter(text="visa", overdue=True)


def test_status_bar_shows_path_counts_and_busy(window: MainWindow, qtbot) -> None:
    assert window.ctx.db.label in window.path_label.text()  # the file, or server and database
    window.show_page("commitments")
    assert window.counts_label.text() == "Commitments: 10"
    assert window.busy_bar.isHidden()
    with qtbot.waitSignal(window.ctx.busy_changed, timeout=5000) as blocker:
        window.refresh()
    assert blocker.args == [True]
    qtbot.waitUntil(lambda: window.busy_bar.isHidden(), timeout=5000)


def test_geometry_last_page_and_columns_are_remembered(qtbot, qapp, demo_db: Database) -> None:
    prepare_app(qapp)
    first = open_window(qtbot, demo_db)
    first.resize(771, 655)  # within the 800×800 offscreen screen
    first.show_page("parties")
    header = first.pages["parties"].view.horizontalHeader()  # type: ignore[attr-defined]
    header.resizeSection(0, 333)
    first.close()
    assert not settings.WINDOW_GEOMETRY.get().isEmpty()
    assert settings.LAST_PAGE.get() == "parties"
    assert isinstance(settings.column_state("parties").get(), QByteArray)

    second = open_window(qtbot, demo_db)
    try:
        assert second.current_page_name() == "parties"
        assert (second.width(), second.height()) == (771, 655)
        assert second.pages["parties"].view.horizontalHeader().sectionSize(0) == 333  # type: ignore[attr-defined]
    finally:
        second.show_page("dashboard")
        second.close()


def test_dashboard_figures_match_the_service(window: MainWindow) -> None:
    expected = dashboard.load(window.ctx.db)
    page = window.dashboard
    assert page.cards["total"].value.text() == str(expected.total)
    assert page.cards["overdue"].value.text() == str(expected.overdue)
    assert page.cards["due_soon"].value.text() == str(expected.due_soon)
    assert page.cards["agreements"].value.text() == str(expected.agreements)
    assert page.cards["bodies"].value.text() == str(expected.bodies)
    assert page.cards["completed"].value.text() == str(expected.by_status["completed"])
    assert dict(page.chart.items()) == expected.by_status
    assert [r.id for r in page.overdue_model.shown_rows()] == [i.id for i in expected.overdue_items]
    assert page.body_rows() == expected.per_body


def test_dashboard_refreshes_after_a_change_and_opens_commitments(window: MainWindow, qtbot, monkeypatch) -> None:
    from desktop.services import commitments
    from desktop.services.records import CommitmentData
    from desktop.ui.operations import run_op

    page = window.dashboard
    before = page.load_count
    run_op(
        window.ctx,
        lambda db: commitments.save(db, CommitmentData(title="Open a trade house in Ürümqi")),
    )
    qtbot.waitUntil(lambda: page.load_count > before, timeout=5000)
    assert page.cards["total"].value.text() == "11"

    opened: list[int] = []
    import desktop.ui.editors as editors

    monkeypatch.setattr(editors, "show_commitment", lambda parent, ctx, cid: opened.append(cid))
    window.show_page("dashboard")
    page.overdue_view.setFocus()
    page.overdue_view.setCurrentIndex(page.overdue_model.index(0, 1))
    qtbot.keyClick(page.overdue_view, Qt.Key.Key_Return)
    assert opened == [page.overdue_model.row_id(0)]

    # A figure is a link: the Overdue card shows the commitments filtered to the overdue ones.
    qtbot.mouseClick(page.cards["overdue"], Qt.MouseButton.LeftButton)
    assert window.current_page_name() == "commitments"
    assert window.current_commitment_filter() == CommitmentFilter(overdue=True)
    assert window.commitments.model.rowCount() == int(page.cards["overdue"].value.text())


def test_a_page_off_screen_reads_a_change_once_when_shown(window: MainWindow, qtbot) -> None:
    """An edit is read again by the page on screen; the others only note it, and read once when next shown
    (at 100,000 commitments the dashboard and the audit trail are each a query the clerk would wait behind)."""
    from desktop.services import commitments
    from desktop.services.records import CommitmentData
    from desktop.ui.operations import run_op

    window.show_page("commitments")
    listed, dash, audit = window.commitments, window.dashboard, window.pages["audit"]
    qtbot.waitUntil(lambda: all(p.is_loaded for p in (listed, dash, audit)), timeout=5000)
    counts = {page: page.load_count for page in (listed, dash, audit)}
    run_op(window.ctx, lambda db: commitments.save(db, CommitmentData(title="Open a trade house in Ürümqi")))
    qtbot.waitUntil(lambda: listed.load_count > counts[listed], timeout=5000)
    assert window.ctx.wait_idle(5000)
    qtbot.wait(0)  # deliver whatever the finished queries sent back
    assert (dash.load_count, audit.load_count) == (counts[dash], counts[audit])
    assert dash.cards["total"].value.text() == "10"  # what it showed before the edit, not yet read again

    window.show_page("dashboard")
    qtbot.waitUntil(lambda: dash.cards["total"].value.text() == "11", timeout=5000)
    assert dash.load_count == counts[dash] + 1
    window.show_page("audit")
    qtbot.waitUntil(lambda: audit.load_count == counts[audit] + 1, timeout=5000)
    assert "Ürümqi" in " ".join(
        str(audit.model.index(r, c).data())
        for r in range(audit.model.rowCount())
        for c in range(audit.model.columnCount())
    )
    listed_count = listed.load_count
    window.show_page("commitments")  # read already: shown again without a query
    assert window.ctx.wait_idle(5000)
    qtbot.wait(0)
    assert listed.load_count == listed_count and listed.model.rowCount() == 11


def test_screenshots_of_every_page(window: MainWindow, qtbot, tmp_path) -> None:
    for name in PAGE_NAMES:
        window.show_page(name)
        qtbot.wait(50)
        image = window.grab()
        path = tmp_path / f"{name}.png"
        assert image.save(str(path)) and path.stat().st_size > 10_000
