"""Sorting and filtering through the real list model (``ui.table_model.RowTableModel``) with a view.

The model is built with the Commitments page's own columns when that page is in the tree, else
with one plain column per list position, and shown in a ``QTableView`` (offscreen) so every sort
and filter also pays for the view's reaction. Each timed step ends with ``processEvents``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from operator import itemgetter
from typing import Any

from desktop.domain.filters import CommitmentFilter
from desktop.services import commitment_list
from desktop.services.commitment_list import Col
from desktop.storage.database import Database
from tests.benchmarks import Bench, Result, available, median, missing, repeat

SORTED_COLUMNS = {  # list positions a clerk can sort by, when the page's own columns are unknown
    "ref": Col.REF,
    "title": Col.TITLE,
    "agreement": Col.AGREEMENT,
    "body": Col.BODY,
    "party": Col.PARTY,
    "agency": Col.AGENCY,
    "sector": Col.SECTOR,
    "due": Col.DUE_DATE,
    "priority": Col.PRIORITY,
    "status": Col.STATUS,
    "progress": Col.PROGRESS,
}


def _page_columns(db: Database) -> tuple[list[Any], str, Any]:
    """The Commitments page's own columns when the page is in the tree, else generic ones."""
    from desktop.ui.table_model import Column

    if available("desktop.ui.pages.commitments"):
        from desktop.ui.operations import AppContext
        from desktop.ui.pages.commitments import CommitmentsPage

        page = CommitmentsPage(AppContext(db))  # kept alive by the caller while its columns are used
        return list(page.columns()), "the Commitments page's columns", page
    return [Column(name, name, itemgetter(pos)) for name, pos in SORTED_COLUMNS.items()], "generic columns", None


def _as_the_page_lays_out(view: Any) -> None:
    """Set the view up as the list pages set theirs up (``list_page.set_up_rows_view``): laid out as soon as
    the model is reset, one line per row at a fixed height, no row numbers or grid. A bare QTableView lays
    itself out from a zero timer after painting once (every cell painted a second time), wraps and measures
    its rows, and numbers 100,000 of them: paints the clerk's list never makes."""
    if available("desktop.ui.pages.list_page"):
        from desktop.ui.pages import list_page

        if hasattr(list_page, "set_up_rows_view"):
            list_page.set_up_rows_view(view)
            list_page.configure_view(view)
        elif hasattr(list_page, "lay_out_on_reset"):
            list_page.lay_out_on_reset(view)


def _app() -> Any:
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def run(
    bench: Bench, db: Database, rows: list[tuple], filters: dict[str, CommitmentFilter], typed: str
) -> list[Result]:
    if not available("desktop.ui.table_model"):
        return [
            missing("sort", "sort by any column", "abs", 0.25, "desktop.ui.table_model"),
            missing("filter", "filter as you type", "abs", 0.05, "desktop.ui.table_model"),
        ]
    from PySide6.QtWidgets import QTableView

    from desktop.ui.table_model import RowTableModel

    app = _app()
    columns, source, _page = _page_columns(db)
    model = RowTableModel(columns)
    view = QTableView()
    view.setSortingEnabled(False)  # we call sort ourselves, as a header click does
    view.setModel(model)
    _as_the_page_lays_out(view)
    view.resize(1200, 700)
    view.show()
    model.set_rows(rows, predicate=None)
    app.processEvents()
    try:
        return [_sort(bench, app, model, rows, source), *_filters(bench, app, db, model, filters, typed)]
    finally:
        view.close()
        view.deleteLater()
        app.processEvents()


def _sort(bench: Bench, app: Any, model: Any, rows: list[tuple], source: str) -> Result:
    from PySide6.QtCore import Qt

    worst: tuple[float, list[float], str] = (0.0, [], "")
    floors: list[float] = []
    for column, spec in enumerate(model.columns):
        # Cold: set_rows drops the cached sort keys, as after every reload of the list.
        def reset() -> None:
            model.set_rows(rows, predicate=None)
            app.processEvents()

        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):

            def click(column: int = column, order: Qt.SortOrder = order) -> None:
                model.sort(column, order)
                app.processEvents()

            times = repeat(click, bench.runs, setup=reset)
            if (median(times) or 0.0) > worst[0]:
                worst = (median(times) or 0.0, times, f"{spec.key} {order.name}")
        keys = [spec.sort_key(spec.value(r)) for r in rows]  # the floor sorts precomputed keys only
        floors.append(
            median(repeat(lambda keys=keys: sorted(range(len(keys)), key=keys.__getitem__), bench.runs)) or 0.0
        )
    return Result(
        "sort",
        "sort by any column (worst column, cold keys)",
        "abs",
        0.25,
        value=worst[0],
        floor=max(floors),
        runs=worst[1],
        floor_label=f"Python sorted() of row positions by precomputed keys, slowest column ({source})",
        note=f"slowest: {worst[2]}",
    ).judge()


def _word_index(bench: Bench, db: Database, model: Any) -> Result | None:
    """Give the model the word index the Commitments page gives its own, the way the page gets it: the child's job
    (``reports.jobs.word_index``: the service's read and the domain's build), run here in this process (nothing is
    drawn meanwhile), then ``WordIndex`` over what the job returns and ``use_index`` as the page calls them. None:
    a tree without the index, or a list too short for the page to ask for one (the keystrokes then scan)."""
    if not available("desktop.domain.search") or not hasattr(model, "use_index"):
        return None
    from desktop.domain import search

    if not hasattr(search, "WordIndex") or model.total_count < search.WORD_INDEX_FROM:
        return None
    from desktop.reports import jobs
    from desktop.services.progress import no_progress

    started = time.perf_counter()
    compact = jobs.word_index(db, no_progress)
    build_s = time.perf_counter() - started
    index = search.WordIndex(compact)
    if not model.use_index(index, itemgetter(Col.SEARCH_TEXT)):
        raise AssertionError("the list did not take the word index built over its own rows")
    return Result(
        "filter_word_index",
        f"filter as you type: its word index, built in the background ({len(index):,} commitments)",
        "abs",
        WORD_INDEX_LIMIT_S,
        value=build_s,
        runs=[build_s],
        note=f"read and built in one process, as the page's child does; {index.word_count:,} words",
    ).judge()


WORD_INDEX_LIMIT_S = 5.0  # the clerk's first keystrokes scan until the index is in


def _filters(
    bench: Bench, app: Any, db: Database, model: Any, filters: dict[str, CommitmentFilter], typed: str
) -> list[Result]:
    built = _word_index(bench, db, model)
    results = [] if built is None else [built]
    indexed = "" if built is None else ", through the word index"
    for name, base in filters.items():
        steps = [typed[:i] for i in range(1, len(typed) + 1)] + [typed[:i] for i in range(len(typed) - 1, -1, -1)]
        per_step: dict[int, list[float]] = {i: [] for i in range(len(steps))}
        counts: list[int] = []
        for _ in range(bench.runs):
            model.set_filter(_predicate(db, base) if not base.is_empty else None)
            app.processEvents()
            previous = ""
            for i, text in enumerate(steps):
                started = time.perf_counter()
                narrowing = text.startswith(previous) and len(text) > len(previous) and previous != ""
                model.set_filter(_predicate(db, base.with_(text=text)), narrowing=narrowing)
                app.processEvents()
                per_step[i].append(time.perf_counter() - started)
                previous = text
                if i == len(typed) - 1:
                    counts.append(model.rowCount())
        worst_step = max(per_step, key=lambda i: median(per_step[i]) or 0.0)
        all_rows = model.all_rows()
        floor = repeat(lambda all_rows=all_rows: [r for r in all_rows if typed in r[Col.SEARCH_TEXT]], bench.runs)
        label = "filter as you type" + (
            "" if name == "alone" else f" + {name} filter" if name != "all" else " + status, body and due filters"
        )
        results.append(
            Result(
                f"filter_{name}",
                f"{label} (worst keystroke)",
                "abs",
                0.05,
                value=median(per_step[worst_step]),
                floor=median(floor),
                runs=per_step[worst_step],
                floor_label="one Python substring scan of the search text of all rows",
                note=f"worst: '{steps[worst_step]}' ({'typed' if worst_step < len(typed) else 'erased'}); "
                f"'{typed}' shows {counts[-1]:,} rows{indexed}",
            ).judge()
        )
    return results


def _predicate(db: Database, flt: CommitmentFilter) -> Callable[[tuple], bool]:
    # What the page does on a keystroke (pages/commitments.py): compile the filter, build the row test.
    return commitment_list.row_predicate(commitment_list.predicate_for(db, flt))
