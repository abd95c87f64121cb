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
        self._pending: list[bytes] = []  # pickled, waiting for the next batch insert
        self._stored = 0  # items in the file
        self._connection: sqlite3.Connection | None = None
        self._lock = threading.Lock()  # a plan is built by one job and written by it; this makes it certain
        for item in items:
            self.append(item)

    def append(self, item: T) -> None:
        if len(self._head) < self._in_memory and not self._stored and not self._pending:
            self._head.append(item)
            return
        self._pending.append(pickle.dumps(item, pickle.HIGHEST_PROTOCOL))
        if len(self._pending) >= _BATCH:
            self._flush()

    def _flush(self) -> None:
        if not self._pending:
            return
        with self._lock:
            if self._connection is None:
                self._connection = sqlite3.connect("", check_same_thread=False)
                self._connection.execute("CREATE TABLE item (seq INTEGER PRIMARY KEY, data BLOB NOT NULL)")
            self._connection.executemany(
                "INSERT INTO item (seq, data) VALUES (?, ?)",
                ((self._stored + i, data) for i, data in enumerate(self._pending)),
            )
            self._stored += len(self._pending)
            self._pending = []

    def __len__(self) -> int:
        return len(self._head) + self._stored + len(self._pending)

    def _stored_items(self, start: int, stop: int) -> Iterator[T]:
        """Items ``start <= i < stop`` of the file, a batch at a time."""
        self._flush()
        position = start
        while position < stop and self._connection is not None:
            with self._lock:
                batch = self._connection.execute(
                    "SELECT data FROM item WHERE seq >= ? AND seq < ? ORDER BY seq LIMIT ?",
                    (position, stop, _BATCH),
                ).fetchall()
            if not batch:
                return
            for (data,) in batch:
                yield pickle.loads(data)
            position += len(batch)

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
