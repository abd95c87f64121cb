"""Finding records by any part of a name, reference or title, in any script, in memory.

One index serves the typing pickers and quick open (Ctrl+K): entries carry casefolded text (all
scripts of the record), a query matches when every word occurs in it, and matches are ranked
(label starting with the first word, then a word of the label starting with it, then the rest;
shorter labels first). A query that extends the previous one only re-scans the previous matches.

A large index (quick open over a whole register) also keeps the records holding each pair of
adjacent letters (``build_pairs``, off the GUI thread): a word typed afresh is then looked for only
among the records holding its rarest pair, not in every text, so each keystroke stays under the 50 ms
(tests/benchmarks/finding.py, 100,000 commitments). Which records match, and their order, is
exactly what a scan of every text gives.
"""

from __future__ import annotations

import gc
from array import array
from bisect import bisect_right
from collections import defaultdict, deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import accumulate, chain, compress, islice, repeat
from operator import add, contains

from desktop.domain.rules import split_terms

# From this many records quick open builds the letter pairs: below it, scanning every text takes about as long as
# looking the pairs up (a picker's few thousand agreements), and the pairs are not worth building.
PAIRS_FROM = 10_000
# More candidates than this are not all checked on a keystroke: the ranking checks them as it goes and stops
# once it has its fifty (typing "kc-" over 100,000 references "KC-…" would otherwise check every one).
UNCHECKED_FROM = 20_000


@dataclass(frozen=True)
class Entry:
    kind: str  # "agreement", "body", "commitment", "party", "person"
    id: int
    label: str  # what the clerk sees
    detail: str  # a second line: the register it is in, a reference
    text: str  # casefolded search text over every script


def letter_pairs(texts: Sequence[str]) -> dict[str, list[int]]:
    """Each pair of adjacent characters (no whitespace: a typed word has none) → the positions of the
    texts holding it, ascending."""
    collecting = gc.isenabled()
    gc.disable()  # millions of appends and no cycles: the collector would only walk the index again and again
    try:
        return _letter_pairs(texts)
    finally:
        if collecting:
            gc.enable()


def _letter_pairs(texts: Sequence[str]) -> dict[str, list[int]]:
    postings: defaultdict[str, list[int]] = defaultdict(list)
    known: dict[str, frozenset[str]] = {}  # a word's pairs, worked out once: registers repeat their words
    for position, text in enumerate(texts):
        pairs: set[str] = set()
        for word in set(text.split()):
            found = known.get(word)
            if found is None:
                found = known[word] = frozenset(map(add, word, word[1:]))
            pairs |= found
        for pair in pairs:
            postings[pair].append(position)
    return dict(postings)


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
        # Two letters or more: the records holding each pair of letters, once ``build_pairs`` has run.
        self._pairs: dict[str, list[int]] | None = None
        self._last_terms: list[str] = []
        self._last_hits: list[int] = []
        self._held: frozenset[Entry] | None = None

    def holds(self, entry: Entry) -> bool:
        """Whether the index has exactly this entry (the same record with the same label and text)."""
        if self._held is None:
            self._held = frozenset(self.entries)
        return entry in self._held

    def __len__(self) -> int:
        return len(self.entries)

    def build_pairs(self) -> SearchIndex:
        """Build the letter pairs (seconds at 100,000 records: quick open does it off the GUI thread after the
        index is in use, which scans meanwhile). Safe while another thread searches: they appear at once."""
        if self._pairs is None:
            self._pairs = letter_pairs(self._texts)
        return self

    def fresh(self) -> SearchIndex:
        """The same index without the memory of the last query (shares everything it built)."""
        copy = object.__new__(SearchIndex)
        copy.__dict__.update(self.__dict__)
        copy._last_terms, copy._last_hits = [], []
        return copy

    def _keep(self, hits: list[int], term: str) -> list[int]:
        """The records of ``hits`` whose text holds ``term``."""
        return list(compress(hits, map(contains, map(self._texts.__getitem__, hits), repeat(term))))

    def _holding(self, term: str) -> list[int] | None:
        """The records that may hold ``term`` (all of its letter pairs), fewest first; None: no pairs kept."""
        pairs = self._pairs  # read once: another thread may be building them
        if pairs is None or len(term) < 2:
            return None
        rarest: list[int] | None = None
        for k in range(len(term) - 1):
            found = pairs.get(term[k : k + 2])
            if found is None:
                return []
            if rarest is None or len(found) < len(rarest):
                rarest = found
        return rarest

    def _hits(self, terms: list[str]) -> tuple[list[int], bool]:
        """The records matching ``terms`` in index order, and whether each was checked: a long list of
        candidates is left unchecked (the ranking checks lazily only as far as it looks)."""
        previous = self._last_terms
        narrowing = (
            bool(previous)
            and len(terms) >= len(previous)
            and all(t.startswith(p) for t, p in zip(terms, previous, strict=False))
        )
        # Where to look: the last query's candidates when this one extends it, or the records holding the
        # rarest letter pair of any word — whichever is fewer; only without either, every text.
        source: list[int] | None = self._last_hits if narrowing else None
        for term in terms:
            holding = self._holding(term)
            if holding is not None and (source is None or len(holding) < len(source)):
                source = holding
        texts = self._texts
        # The scans run in C (map/compress over the texts), not a Python loop per record: at 100,000 records
        # the keystroke that scans everything is the slowest one.
        if source is None:
            hits = list(compress(range(len(texts)), map(contains, texts, repeat(terms[0]))))
            rest = terms[1:]
        else:
            # A pair's records all hold that pair: a two-letter word looked up by its pair needs no second look.
            pairs = self._pairs or {}
            hits, rest = source, [t for t in terms if not (len(t) == 2 and pairs.get(t) is source)]
        checked = not rest or len(hits) <= UNCHECKED_FROM
        if checked:
            for term in rest:
                hits = self._keep(hits, term)
        # Remembered for the next keystroke: every record matching an extension of ``terms`` is among them.
        self._last_terms, self._last_hits = terms, hits
        return hits, checked

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
        hits, checked = self._hits(terms)
        texts = self._texts

        def holding(flags: Iterable[bool]) -> Iterator[int]:
            """The hits whose flag is set (a test run in C), that hold every word."""
            found = compress(hits, flags)
            return found if checked else (i for i in found if all(t in texts[i] for t in terms))

        first, spaced_first = terms[0], " " + terms[0]
        labels, spaced = self._labels, self._spaced
        # Best first: the label starts with the first word; a word of the label does; the word is elsewhere.
        # Hits are in index order (shortest label first), so each bucket stops once it has enough; the tests
        # run in C over the hits, so a bucket with few members costs little even among many hits.
        chosen = list(islice(holding(map(str.startswith, map(labels.__getitem__, hits), repeat(first))), limit))
        if len(chosen) < limit:
            taken = set(chosen)
            word_start = holding(map(contains, map(spaced.__getitem__, hits), repeat(spaced_first)))
            chosen += islice((i for i in word_start if i not in taken), limit - len(chosen))
        if len(chosen) < limit:
            taken = set(chosen)
            longest = max(terms, key=len)
            anywhere = hits if checked else holding(map(contains, map(texts.__getitem__, hits), repeat(longest)))
            chosen += islice((i for i in anywhere if i not in taken), limit - len(chosen))
        return [self.entries[i] for i in chosen]


# --- the list's word index ------------------------------------------------------------------------------
#
# Filtering the Commitments list as the clerk types tests every row's search text for each word typed: at
# 100,000 rows a second letter scans some 36 million characters (~35 ms) on every keystroke. A typed word holds
# no whitespace (``split_terms``), so a text holds it exactly when one of the text's own words (``str.split``)
# does: looking for it among the register's distinct words (about 100,000 at 100,000 rows, short ones) and
# marking the texts those words are in gives exactly the rows the scan gives, in about a third of the time.

# From this many rows the list asks for a word index: below it a scan takes a few milliseconds.
WORD_INDEX_FROM = 10_000
# What each step costs, in characters of text a scan would test in the same time (measured at 100,000 rows: a
# scan ~1 ns a character; a word of the vocabulary tested one by one ~85 ns; a word found by searching the
# vocabulary as one string ~2 µs, so that way only for a few; a text marked from a posting ~45 ns).
_VOCABULARY_COST = 1  # a character of the vocabulary, counting a term's occurrences in it
_WORD_COST = 85
_HIT_COST = 2000
_POSTING_COST = 45
_LETTER_SCAN = 0.6  # a single letter is scanned for with memchr: that much of the cost of a longer term


@dataclass(frozen=True)
class CompactWordIndex:
    """A word index as a child process hands it over: a few flat objects, unpickled in milliseconds."""

    ids: array[int]  # array('q'): the record ids of the texts, in the order they were indexed
    vocabulary: str  # the distinct words joined by "\n" (a word never holds whitespace)
    word_starts: array[int]  # array('i'): where each word starts in ``vocabulary``
    postings: array[int]  # array('i'): the positions of the texts holding each word, word after word
    offsets: array[int]  # array('i'): where each word's positions start in ``postings``, and their end
    text_chars: int  # the characters of all the texts: what a scan of every one would test
    mark: int = 0  # what the texts were read up to (the audit trail's last entry), for the caller to compare


class WordIndex:
    """For each distinct word of a list of texts, the positions of the texts holding it.

    ``narrow(positions, term)`` gives exactly what testing ``term in texts[i]`` for each of ``positions`` gives
    (in their order), or None when that scan would be cheaper than the index (few positions; a term in so many
    words that marking their texts costs more, as most single letters are, which a scan finds with ``memchr``).
    The words holding a term are found by searching the vocabulary as one string when it occurs there a few
    times (the usual case once two letters are typed), else by testing every word.
    """

    __slots__ = ("_offsets", "_postings", "_starts", "_vocabulary", "_words", "ids", "mark", "text_chars")

    def __init__(self, compact: CompactWordIndex) -> None:
        self.ids = compact.ids
        self.mark = compact.mark
        self.text_chars = compact.text_chars
        self._vocabulary = compact.vocabulary
        self._starts = compact.word_starts
        self._words = compact.vocabulary.split("\n") if len(compact.word_starts) else []
        self._postings = compact.postings
        self._offsets = compact.offsets

    @classmethod
    def build(cls, ids: Iterable[int], texts: Sequence[str], mark: int = 0) -> WordIndex:
        return cls(build_compact(ids, texts, mark))

    def compact(self) -> CompactWordIndex:
        return CompactWordIndex(
            self.ids, self._vocabulary, self._starts, self._postings, self._offsets, self.text_chars, self.mark
        )

    def __len__(self) -> int:
        return len(self.ids)

    @property
    def word_count(self) -> int:
        return len(self._words)

    def narrow(self, positions: Sequence[int], term: str) -> list[int] | None:
        """The ``positions`` (in their order) whose texts hold ``term``; None: scan them instead (cheaper)."""
        count = len(self.ids)
        if not term or not count or not positions:
            return None
        scan_cost = len(positions) * (self.text_chars // count + 1) * (_LETTER_SCAN if len(term) == 1 else 1)
        if len(self._vocabulary) * _VOCABULARY_COST >= scan_cost:
            return None  # fewer characters to scan than the vocabulary holds
        hits = self._vocabulary.count(term)
        if min(hits * _HIT_COST, len(self._words) * _WORD_COST) >= scan_cost:
            return None
        found = self._searched(term) if hits * _HIT_COST < len(self._words) * _WORD_COST else self._tested(term)
        offsets = self._offsets
        starts = list(map(offsets.__getitem__, found))
        ends = list(map(offsets.__getitem__, map(add, found, repeat(1))))
        if (sum(ends) - sum(starts)) * _POSTING_COST >= scan_cost:
            return None  # a word part of very many words: marking their texts costs more than the scan
        marked = bytearray(count)
        holding = chain.from_iterable(map(self._postings.__getitem__, map(slice, starts, ends)))
        deque(map(marked.__setitem__, holding, repeat(1)), maxlen=0)  # C-level: no Python code per text
        if isinstance(positions, range) and positions == range(count):
            return list(compress(positions, marked))
        return list(compress(positions, map(marked.__getitem__, positions)))

    def _searched(self, term: str) -> list[int]:
        """The words holding ``term``, found by searching the vocabulary (one string) occurrence by occurrence."""
        vocabulary, starts = self._vocabulary, self._starts
        last = len(starts) - 1
        found: list[int] = []
        at = vocabulary.find(term)
        while at >= 0:
            word = bisect_right(starts, at) - 1
            found.append(word)
            if word == last:
                break
            at = vocabulary.find(term, starts[word + 1])  # the next word on: each word once
        return found

    def _tested(self, term: str) -> list[int]:
        """The words holding ``term``, each word tested (C-level): for a term found in very many words."""
        return list(compress(range(len(self._words)), map(contains, self._words, repeat(term))))


def build_compact(ids: Iterable[int], texts: Sequence[str], mark: int = 0) -> CompactWordIndex:
    """The word index of ``texts`` (seconds at 100,000: built in a child process, see ``reports/jobs.py``)."""
    collecting = gc.isenabled()
    gc.disable()  # millions of appends and no cycles: the collector would only walk the index again and again
    try:
        by_word: dict[str, array[int]] = {}
        known = by_word.get
        for position, text in enumerate(texts):
            for word in set(text.split()):
                positions = known(word)
                if positions is None:
                    positions = by_word[word] = array("i")
                positions.append(position)
        postings = array("i")
        offsets = array("i", [0])
        for positions in by_word.values():
            postings.extend(positions)
            offsets.append(len(postings))
        # Each word starts one character ("\n") after the end of the one before.
        word_starts = array("i", accumulate(map(len, by_word), _after_separator, initial=0))
        if word_starts:
            word_starts.pop()  # the start of a word after the last
        return CompactWordIndex(
            array("q", ids), "\n".join(by_word), word_starts, postings, offsets, sum(map(len, texts)), mark
        )
    finally:
        if collecting:
            gc.enable()


def _after_separator(start: int, length: int) -> int:
    return start + length + 1
