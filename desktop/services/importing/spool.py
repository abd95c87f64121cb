"""A list that keeps its first items in memory and the rest in a private temporary file.

The import's plan holds one record per row of the file until it is written: for a 100,000-row
register that was the import's largest part of memory. Items past ``in_memory`` are pickled
into an on-disk SQLite database that the library deletes when its connection closes
(``sqlite3.connect("")``), and unpickled as they are read back, in order. Only the plan's own
values are pickled (strings, numbers, dates, New references), never anything read from a file
as bytes.
"""

from __future__ import annotations

import pickle
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from typing import Generic, TypeVar, overload

T = TypeVar("T")
IN_MEMORY = 5000
_BATCH = 1000


class Spool(Sequence[T], Generic[T]):
    def __init__(self, items: Iterable[T] = (), *, in_memory: int | None = None) -> None:
        self._in_memory = IN_MEMORY if in_memory is None else in_memory
        self._head: list[T] = []  # the first items, kept as they are
        self._pending: list[T] = []  # waiting to be written with the next batch
        self._stored = 0  # items in the file
        self._connection: sqlite3.Connection | None = None
        self._lock = threading.Lock()  # a plan is built by one job and written by it; this makes it certain
        for item in items:
            self.append(item)

    def append(self, item: T) -> None:
        if len(self._head) < self._in_memory and not self._stored and not self._pending:
            self._head.append(item)
            return
        self._pending.append(item)
        if len(self._pending) >= _BATCH:
            self._flush()

    def _flush(self) -> None:
        """The pending items into the file as one pickled batch: a pickle per item repeated every dict's keys
        and cost Python work per item on the way in and out."""
        if not self._pending:
            return
        batch = pickle.dumps(self._pending, pickle.HIGHEST_PROTOCOL)
        with self._lock:
            if self._connection is None:
                self._connection = sqlite3.connect("", check_same_thread=False)
                self._connection.execute("CREATE TABLE batch (first INTEGER PRIMARY KEY, items BLOB NOT NULL)")
            self._connection.execute("INSERT INTO batch (first, items) VALUES (?, ?)", (self._stored, batch))
            self._stored += len(self._pending)
            self._pending = []

    def __len__(self) -> int:
        return len(self._head) + self._stored + len(self._pending)

    def _stored_items(self, start: int, stop: int) -> Iterator[T]:
        """Items ``start <= i < stop`` of the file, a batch at a time."""
        self._flush()
        if self._connection is None:
            return
        with self._lock:
            found = self._connection.execute("SELECT max(first) FROM batch WHERE first <= ?", (start,)).fetchone()
        first = found[0] if found and found[0] is not None else start
        while first < stop:
            with self._lock:
                row = self._connection.execute(
                    "SELECT first, items FROM batch WHERE first >= ? ORDER BY first LIMIT 1", (first,)
                ).fetchone()
            if row is None:
                return
            first, data = row
            items: list[T] = pickle.loads(data)
            yield from items[max(0, start - first) : stop - first]
            first += len(items)

    def __iter__(self) -> Iterator[T]:
        yield from self._head
        yield from self._stored_items(0, len(self) - len(self._head))

    @overload
    def __getitem__(self, index: int) -> T: ...

    @overload
    def __getitem__(self, index: slice) -> list[T]: ...

    def __getitem__(self, index: int | slice) -> T | list[T]:
        if isinstance(index, slice):
            start, stop, step = index.indices(len(self))
            head = len(self._head)
            items = self._head[start : min(stop, head)] if start < head else []
            if stop > head:
                items += list(self._stored_items(max(start, head) - head, stop - head))
            return items[::step] if step != 1 else items
        position = index + len(self) if index < 0 else index
        if not 0 <= position < len(self):
            raise IndexError(index)
        if position < len(self._head):
            return self._head[position]
        return next(self._stored_items(position - len(self._head), position - len(self._head) + 1))

    def __repr__(self) -> str:
        return f"Spool({len(self)} items, {self._stored + len(self._pending)} on disk)"

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Spool | list):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # mutable, like the list it stands for

    def __del__(self) -> None:
        if self._connection is not None:
            self._connection.close()
