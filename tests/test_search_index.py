"""The in-memory search index of quick open and the pickers: its letter pairs find exactly what a scan of
every text finds, in the same order, whatever is typed (any script, case, several words, backspace)."""

from __future__ import annotations

import random

import pytest

from desktop.domain import search
from desktop.domain.rules import fold
from desktop.domain.search import Entry, SearchIndex, letter_pairs
from desktop.services import quick_open
from desktop.storage.database import Database

WORDS = (
    "Қазақстан ынтымақтастық ауыл шаруашылығы комитеті жобалары Қытай Ресей "
    "Казахстан сотрудничество сельское хозяйство комиссия Китай инновации "
    "Agriculture cooperation committee Kazakhstan China transport energy Agreement on "
    "农业 合作 委员会 哈萨克斯坦 中国 KC-2024-000123 KZ-CN-2024/07 Türkiye Straße"
).split()


def _entries(count: int, seed: int = 7) -> list[Entry]:
    rng = random.Random(seed)
    found = []
    for i in range(count):
        ref = f"KC-{2015 + i % 10}-{i:06d}"
        title = " ".join(rng.choice(WORDS) for _ in range(rng.randrange(2, 7)))
        kind = rng.choice(("commitment", "agreement", "body", "party"))
        label = f"{ref} — {title}" if kind == "commitment" else title
        found.append(Entry(kind, i, label, ref, fold(ref, title)))
    return found


QUERIES = (
    "қазақ",
    "ҚАЗАҚСТАН ЫНТЫМАҚ",
    "agri coop",
    "coop agri",
    "农业合",
    "合作 委员",
    "kc-2019-0001",
    "000123",
    "strasse",
    "kz-cn 2024/07",
    "сельск хоз",
    "zz",
    "ауыл  шаруа",
)


def reference(index: SearchIndex, query: str, limit: int) -> list[Entry]:
    """What the index must answer, said plainly: every word in the text; label starts with the first word,
    then a word of the label does, then the rest; each in index order (shorter labels first)."""
    terms = query.casefold().split()
    if not terms:
        return []
    hits = [e for e in index.entries if all(t in e.text for t in terms)]
    first = terms[0]

    def bucket(e: Entry) -> int:
        label = e.label.casefold()
        return 0 if label.startswith(first) else 1 if " " + first in " " + label else 2

    return sorted(hits, key=bucket)[:limit]  # sorted() keeps the index order within a bucket


@pytest.mark.slow
@pytest.mark.parametrize("unchecked_from", [search.UNCHECKED_FROM, 0])
@pytest.mark.parametrize("limit", [5, 50])
def test_letter_pairs_find_what_a_scan_finds(limit: int, unchecked_from: int, monkeypatch: pytest.MonkeyPatch) -> None:
    # unchecked_from 0: every candidate list is checked lazily by the ranking, as for "kc-" at 100,000 records
    monkeypatch.setattr(search, "UNCHECKED_FROM", unchecked_from)
    entries = _entries(3000)
    scanned, paired = SearchIndex(entries), SearchIndex(entries).build_pairs()
    for query in QUERIES:
        # Typed letter by letter, then taken back letter by letter: every state of the box.
        typed = [query[:n] for n in range(1, len(query) + 1)]
        for text in typed + typed[::-1]:
            assert paired.find(text, limit) == scanned.find(text, limit), text
            if len(text.strip()) > 1:  # one letter: records with a word starting with it (no substring scan)
                assert paired.find(text, limit) == reference(paired, text, limit), text
    # A query pasted whole, and one after an unrelated one (no narrowing from the last).
    for query in QUERIES:
        assert paired.fresh().find(query, limit) == scanned.fresh().find(query, limit), query


def test_matches_hold_every_word_and_rank_word_starts_first() -> None:
    index = SearchIndex(_entries(2000)).build_pairs()
    found = index.find("ынтымақ қазақ", 50)
    assert found and all("ынтымақ" in e.text and "қазақ" in e.text for e in found)
    starts = [e.label.casefold().startswith("ынтымақ") or " ынтымақ" in e.label.casefold() for e in found]
    assert starts == sorted(starts, reverse=True)  # word starts before matches inside a word
    assert index.find("no such thing") == []


def test_letter_pairs_hold_no_whitespace_and_list_positions_in_order() -> None:
    pairs = letter_pairs(["ab cd", "bc ab", "x"])
    assert pairs == {"ab": [0, 1], "cd": [0], "bc": [1]}


def test_quick_open_over_the_register_with_letter_pairs(demo_db: Database) -> None:
    """The window's index as the services read it, letter pairs kept (as at 100,000 records), on both engines."""
    scanned = quick_open.build_index(demo_db)
    paired = quick_open.build_index(demo_db).build_pairs()
    assert scanned._pairs is None and paired._pairs is not None
    for query in ("ауыл шаруашылығы", "KZ-CN-2024/0", "китай", "中哈", "agri coop", "nothing like it"):
        typed = [query[:n] for n in range(1, len(query) + 1)]
        for text in typed + typed[::-1]:
            assert paired.find(text) == scanned.find(text), text
    found = paired.find("ауыл шаруашылығы")
    assert any(e.kind == "body" and e.label == "Subcommittee on Agricultural Cooperation" for e in found)
    assert any(e.kind == "commitment" and e.label.startswith("KZ-CN-2024/04") for e in found)
