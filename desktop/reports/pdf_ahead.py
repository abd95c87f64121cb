"""Work the layout will ask for, done ahead of it on the machine's second core.

The full report's commitment rows (each cell's text composed, cleaned, given its face and broken into lines, and
the row's height) depend only on the dataset, never on the pages: a quarter of the report's time that need not
wait for the layout. ``Ahead`` is a list of such jobs, asked for in order (``get``). With a second core it makes
them in a child forked from this process (a copy of the dataset, nothing sent to it), which writes each result,
packed, to a temporary file and says on a pipe where it is; the layout reads each back when it reaches it. Without
one — no ``fork`` (Windows), one core or every core busy, another thread running in this process (a fork copies
only this thread: a lock another thread holds would stay locked in the child; an export job's queue feeder is let
be, ``HARMLESS_THREADS``), a report too small to pay for it —
each job is made when asked, here. A job the child could not make or pack is made here too, so any error is this
process's own. The child is reaped (killed when the layout stops early) however the build ends.
"""

from __future__ import annotations

import os
import signal
import struct
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Generic, TypeVar

from desktop.reports.pdf_tags import open_spool

T = TypeVar("T")
_NOTICE = struct.Struct(">BQ")  # made (1) or not (0), the packed result's length
_MADE, _NOT_MADE = 1, 0
IDLE_CORE = 0.5  # of a core, on average over the last minute (where nothing says how busy the cores are now)


def second_core() -> bool:
    """Whether a forked child can run beside this process: POSIX ``fork``, no other thread, and two usable cores,
    one of them idle now. On cores that are all busy the child takes the layout's own time (measured on 2 cores at
    a load of 4.5: the 10,000-commitment report 15 % slower with the child; 30 % faster with it on an idle machine).
    """
    if not hasattr(os, "fork") or not _alone():
        return False
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return cores >= 2 and _idle_core(cores)


# Threads the child never meets: multiprocessing's queue feeder (an export job's progress goes to the window through
# a queue) takes only the queue's own locks, which the child never touches.
HARMLESS_THREADS = frozenset({"QueueFeederThread"})


def _alone() -> bool:
    """No other thread runs in this process but those in ``HARMLESS_THREADS``."""
    me = threading.current_thread()
    return all(thread is me or thread.name in HARMLESS_THREADS for thread in threading.enumerate())


def _idle_core(cores: int) -> bool:
    """Whether a core is idle beside this process: the tasks running this moment (Linux: ``/proc/loadavg``, this
    process among them), read up to three times a millisecond apart (another task may run for a moment); else the
    last minute's load average, which lags (a minute after a busy spell it still counts it)."""
    for attempt in range(3):
        running = _running_now()
        if running is None:
            break
        if running <= cores - 1:
            return True
        if attempt < 2:
            time.sleep(0.001)
    else:
        return False
    return not hasattr(os, "getloadavg") or os.getloadavg()[0] <= cores - IDLE_CORE


def _running_now() -> int | None:
    """The tasks running or ready to run this moment, this one included; None where the system does not say."""
    try:
        return int(Path("/proc/loadavg").read_text(encoding="ascii").split()[3].split("/")[0])
    except (OSError, ValueError, IndexError):
        return None


class Ahead(Generic[T]):
    """Jobs made ahead of the layout in a forked child (``start``), or when asked (``get``) in this process.

    ``pack`` turns a result into bytes in the child (raising ``TypeError`` for a result it cannot pack), ``unpack``
    the bytes into the result here: the same value ``job()`` gives."""

    def __init__(self, pack: Callable[[T], bytes], unpack: Callable[[bytes], T]) -> None:
        self.pack, self.unpack = pack, unpack
        self.jobs: list[Callable[[], T]] = []
        self._asked = 0  # jobs given out so far
        self._child = 0  # its process id while it runs
        self._notices = -1  # the pipe's end it writes where each result is
        self._spool: Any = None  # the file it writes the results to
        self._offset = 0  # where the next result starts in the file

    def add(self, job: Callable[[], T]) -> int:
        """Queue ``job``; returns its number for ``get``."""
        if self._child:
            raise RuntimeError("jobs are added before the child starts")
        self.jobs.append(job)
        return len(self.jobs) - 1

    def start(self, folder: str | None) -> bool:
        """Fork the child that makes every job in turn, its results spooled in ``folder``. Returns whether it runs."""
        if not self.jobs:
            return False
        spool = open_spool(folder)
        read, write = os.pipe()
        try:
            pid = os.fork()
        except OSError:
            os.close(read)
            os.close(write)
            spool.close()
            return False
        if pid == 0:  # the child: never returns into the caller's code
            status = 1
            try:
                os.close(read)
                self._make_all(spool.fileno(), write)
                status = 0
            finally:
                os._exit(status)
        os.close(write)
        self._child, self._notices, self._spool = pid, read, spool
        return True

    def _make_all(self, out: int, notices: int) -> None:
        """In the child: each job made, packed and written to ``out``, its notice to ``notices``."""
        for job in self.jobs:
            try:
                packed = self.pack(job())
            except Exception:  # noqa: BLE001  made again by the layout, which then meets the error itself
                os.write(notices, _NOTICE.pack(_NOT_MADE, 0))
                continue
            view = memoryview(packed)
            while view:
                view = view[os.write(out, view) :]
            os.write(notices, _NOTICE.pack(_MADE, len(packed)))

    def get(self, number: int) -> T:
        """Job ``number``'s result. Jobs are asked for in the order they were added."""
        if number != self._asked:
            raise ValueError(f"job {number} asked for before job {self._asked}")
        self._asked += 1
        if self._child:
            packed = self._read_next()
            if packed is not None:
                return self.unpack(packed)
        return self.jobs[number]()

    def _read_next(self) -> bytes | None:
        """The child's next result, waiting for it; None when it could not make it (or is gone)."""
        notice = _read_exactly(self._notices, _NOTICE.size)
        if len(notice) < _NOTICE.size:  # the child is gone: the rest is made here
            self.close()
            return None
        made, length = _NOTICE.unpack(notice)
        if made != _MADE:
            return None
        offset, self._offset = self._offset, self._offset + length
        packed = b"".join(_pread_all(self._spool.fileno(), length, offset))
        if len(packed) != length:
            raise OSError("a prepared part of the report is missing from its temporary file")
        return packed

    def close(self) -> None:
        """Stop the child if it still runs, reap it and let go of the pipe and the file."""
        pid, self._child = self._child, 0
        if pid:
            if self._asked < len(self.jobs):  # the layout stopped early (cancelled, failed): no more work
                try:
                    os.kill(pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
            os.waitpid(pid, 0)
        if self._notices >= 0:
            os.close(self._notices)
            self._notices = -1
        spool, self._spool = self._spool, None
        if spool is not None:
            spool.close()


def _read_exactly(fd: int, size: int) -> bytes:
    parts = []
    while size:
        part = os.read(fd, size)
        if not part:
            break
        parts.append(part)
        size -= len(part)
    return b"".join(parts)


def _pread_all(fd: int, length: int, offset: int) -> list[bytes]:
    parts = []
    while length:
        part = os.pread(fd, length, offset)
        if not part:
            break
        parts.append(part)
        length -= len(part)
        offset += len(part)
    return parts
