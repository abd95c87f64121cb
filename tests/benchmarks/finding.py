"""Finding as the clerk types: quick open (Ctrl+K) over the whole archive and the typing pickers.

Each keystroke of a word typed letter by letter is timed on its own; the slowest keystroke of the
word is the figure (the first letter scans everything, later ones only the previous matches).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from desktop.domain.search import SearchIndex
from desktop.services import lookups, quick_open
from desktop.storage.database import Database
from tests.benchmarks import Bench, Result, median, timed

KEYSTROKE_LIMIT_S = 0.050
PAIRS_LIMIT_S = 5.0  # background work: typing scans meanwhile
TYPED = ("қазақ", "agri coop")  # Kazakh letters in lower case; two words of an English name


def _slowest_keystroke(search: Callable[[str], object], word: str) -> float:
    slowest = 0.0
    for n in range(1, len(word) + 1):
        started = time.perf_counter()
        search(word[:n])
        slowest = max(slowest, time.perf_counter() - started)
    return slowest


def run(bench: Bench, db: Database) -> list[Result]:
    build_s, index = timed(lambda: quick_open.build_index(db))
    assert isinstance(index, SearchIndex)
    pairs_s, _ = timed(index.build_pairs)  # the window builds them off the GUI thread once the index is in use
    results = [
        Result(
            "quick_open_index",
            f"quick open: read the in-memory index ({len(index):,} records)",
            "abs",
            3.0,
            value=build_s,
            runs=[build_s],
        ).judge(),
        Result(
            "quick_open_pairs",
            f"quick open: its letter pairs, built in the background ({len(index):,} records)",
            "abs",
            PAIRS_LIMIT_S,
            value=pairs_s,
            runs=[pairs_s],
        ).judge(),
    ]
    for word in TYPED:
        if not index.find(word[:1]):
            raise AssertionError(f"quick open found nothing for {word[:1]!r}")
        # Each run types the word into the window's index as built (its letter pairs included), without the
        # memory of the previous run's query.
        times = [_slowest_keystroke(index.fresh().find, word) for _ in range(bench.runs)]
        results.append(
            Result(
                f"quick_open_keystroke_{'kk' if not word.isascii() else 'en'}",
                f"quick open: slowest keystroke typing “{word}” over {len(index):,} records",
                "abs",
                KEYSTROKE_LIMIT_S,
                value=median(times),
                runs=times,
            ).judge()
        )
    results.append(_picker(bench, db))
    return results


def _picker(bench: Bench, db: Database) -> Result:
    """The real RecordPicker (index + the drop-down list it fills) over every agreement."""
    from PySide6.QtWidgets import QApplication

    from desktop.ui.editors.widgets import RecordPicker

    app: Any = QApplication.instance() or QApplication([])
    choices = lookups.agreement_choices(db)
    picker = RecordPicker("—")
    picker.set_choices(choices)
    word = "agreement on"

    def typing() -> float:
        return _slowest_keystroke(lambda text: picker._typed(text), word)

    times = [typing() for _ in range(bench.runs)]
    picker.completer().popup().hide()
    picker.deleteLater()
    app.processEvents()
    return Result(
        "picker_keystroke",
        f"agreement picker: slowest keystroke typing “{word}” over {len(choices):,} agreements",
        "abs",
        KEYSTROKE_LIMIT_S,
        value=median(times),
        runs=times,
    ).judge()
