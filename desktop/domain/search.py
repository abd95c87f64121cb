"""Finding records by any part of a name, reference or title, in any script, in memory.

One index serves the typing pickers and quick open (Ctrl+K): entries carry casefolded text (all
scripts of the record), a query matches when every word occurs in it, and matches are ranked
(label starting with the first word, then a word of the label starting with it, then the rest;
shorter labels first). A query that extends the previous one only re-scans the previous matches.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import compress, islice, repeat
from operator import contains

from desktop.domain.rules import split_terms


@dataclass(frozen=True)
class Entry:
    kind: str  # "agreement", "body", "commitment", "party", "person"
    id: int
    label: str  # what the clerk sees
    detail: str  # a second line: the register it is in, a reference
    text: str  # casefolded search text over every script


class SearchIndex:
    def __init__(self, entries: Iterable[Entry]) -> None:
        # Shorter labels first: ranking within a bucket is then the index order, and can stop early.
        self.entries: list[Entry] = sorted(entries, key=lambda e: len(e.label))
        self._texts: list[str] = [e.text for e in self.entries]
        # For ranking: the folded label, the same with a space before it (a word start is " " + word), its length.
        self._labels: list[str] = [e.label.casefold() for e in self.entries]
        self._spaced: list[str] = [" " + label for label in self._labels]
        # One letter typed: records with a word starting with it (a substring scan of one letter finds everything).
        self._initials: dict[str, list[int]] = {}
        for i, label in enumerate(self._labels):
            for letter in {word[0] for word in label.split()}:
                self._initials.setdefault(letter, []).append(i)
        self._last_terms: list[str] = []
        self._last_hits: list[int] = []

    def __len__(self) -> int:
        return len(self.entries)

    def _keep(self, hits: list[int], term: str) -> list[int]:
        """The records of ``hits`` whose text holds ``term``."""
        return list(compress(hits, map(contains, map(self._texts.__getitem__, hits), repeat(term))))

    def _hits(self, terms: list[str]) -> list[int]:
        previous = self._last_terms
        narrowing = (
            bool(previous)
            and len(terms) >= len(previous)
            and all(t.startswith(p) for t, p in zip(terms, previous, strict=False))
        )
        texts = self._texts
        first, rest = terms[0], terms[1:]
        # The scans run in C (map/compress over the texts), not a Python loop per record: at 100,000 records
        # the keystroke that scans everything is the slowest one.
        if narrowing:
            hits = self._keep(self._last_hits, first)
        else:
            hits = list(compress(range(len(texts)), map(contains, texts, repeat(first))))
        for term in rest:
            hits = self._keep(hits, term)
        self._last_terms, self._last_hits = terms, hits
        return hits

    def find(self, query: str, limit: int = 50) -> list[Entry]:
        terms = split_terms(query)
        if not terms:
            return []
        if len(terms) == 1 and len(terms[0]) == 1:
            self._last_terms, self._last_hits = [], []
            initial = self._initials.get(terms[0], [])
            window = initial[: 5 * limit]
            starting = [i for i in window if self._labels[i].startswith(terms[0])]
            seen = set(starting)
            rest = [i for i in window if i not in seen]
            return [self.entries[i] for i in (starting + rest)[:limit]]
        hits = self._hits(terms)
        first, spaced_first = terms[0], " " + terms[0]
        labels, spaced = self._labels, self._spaced
        # Best first: the label starts with the first word; a word of the label does; the word is elsewhere.
        # Hits are in index order (shortest label first), so each bucket stops once it has enough.
        chosen = list(islice((i for i in hits if labels[i].startswith(first)), limit))
        if len(chosen) < limit:
            taken = set(chosen)
            chosen += islice((i for i in hits if i not in taken and spaced_first in spaced[i]), limit - len(chosen))
        if len(chosen) < limit:
            taken = set(chosen)
            chosen += islice((i for i in hits if i not in taken), limit - len(chosen))
        return [self.entries[i] for i in chosen]
