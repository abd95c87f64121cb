"""Finding records by any part of a name, reference or title, in any script, in memory.

One index serves the typing pickers and quick open (Ctrl+K): entries carry casefolded text (all
scripts of the record), a query matches when every word occurs in it, and matches are ranked
(label starting with the first word, then a word of the label starting with it, then the rest;
shorter labels first). A query that extends the previous one only re-scans the previous matches.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable
from dataclasses import dataclass

from desktop.domain.rules import split_terms


@dataclass(frozen=True)
class Entry:
    kind: str  # "agreement", "body", "commitment", "party", "person"
    id: int
    label: str  # what the clerk sees
    detail: str  # a second line: the register it is in, a reference
    text: str  # casefolded search text over every script


def _rank(entry: Entry, first: str) -> tuple[int, int]:
    label = entry.label.casefold()
    if label.startswith(first):
        return 0, len(label)
    if any(word.startswith(first) for word in label.split()):
        return 1, len(label)
    return 2, len(label)


class SearchIndex:
    def __init__(self, entries: Iterable[Entry]) -> None:
        self.entries: list[Entry] = list(entries)
        self._texts: list[str] = [e.text for e in self.entries]
        self._last_terms: list[str] = []
        self._last_hits: list[int] = []

    def __len__(self) -> int:
        return len(self.entries)

    def _hits(self, terms: list[str]) -> list[int]:
        previous = self._last_terms
        narrowing = (
            bool(previous)
            and len(terms) >= len(previous)
            and all(t.startswith(p) for t, p in zip(terms, previous, strict=False))
        )
        candidates: Iterable[int] = self._last_hits if narrowing else range(len(self._texts))
        texts = self._texts
        first, rest = terms[0], terms[1:]
        hits = [i for i in candidates if first in texts[i]]
        for term in rest:
            hits = [i for i in hits if term in texts[i]]
        self._last_terms, self._last_hits = terms, hits
        return hits

    def find(self, query: str, limit: int = 50) -> list[Entry]:
        terms = split_terms(query)
        if not terms:
            return []
        hits = self._hits(terms)
        entries = self.entries
        first = terms[0]
        best = heapq.nsmallest(limit, hits, key=lambda i: (*_rank(entries[i], first), i))
        return [entries[i] for i in best]
