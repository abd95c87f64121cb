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

Once its jobs are made the child also serves work handed to it while the layout runs (``hand``): blocks of bytes
through which ``after`` is run (the report's pages deflated), which in this process would take the layout's own time
(a thread deflating them waited for Python's lock, and the layout for it, about a sixth of the report). A handed
block waits in a temporary file beside the output (the layout never waits for the child) and its result is read
back when asked for (``take``); blocks the child did not make are made here from that file.
"""

from __future__ import annotations

import os
import signal
import struct
import threading
import time
from array import array
from collections.abc import Callable
from pathlib import Path
from typing import Any, Generic, TypeVar

from desktop.reports.pdf_tags import open_spool

T = TypeVar("T")
_NOTICE = struct.Struct(">BQ")  # made (1) or not (0), the packed result's length
_MADE, _NOT_MADE = 1, 0
_LENGTH = struct.Struct(">Q")  # a handed block's length before it in the file; how far the file is written
_PLACE = struct.Struct(">QQ")  # a made block's offset and length in the results' file
# Handed blocks wait in a temporary file the child reads but never shortens: past this much, the caller makes the
# rest itself (the 100,000-commitment report's pages are ~220 MB of text).
HANDED_LIMIT = 512 << 20
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
    the bytes into the result here: the same value ``job()`` gives. ``after``: what the child makes of each block
    ``hand`` gives it once the jobs are made (``take`` gives ``after(block)``, wherever it was made)."""

    def __init__(
        self,
        pack: Callable[[T], bytes],
        unpack: Callable[[bytes], T],
        after: Callable[[bytes], bytes] | None = None,
    ) -> None:
        self.pack, self.unpack, self.after = pack, unpack, after
        self.jobs: list[Callable[[], T]] = []
        self._asked = 0  # jobs given out so far
        self._child = 0  # its process id while it runs
        self._notices = -1  # the pipe's end it writes where each result is
        self._spool: Any = None  # the file it writes the results to
        self._offset = 0  # where the next result starts in the file
        self._handed: Any = None  # the file handed blocks wait in, each after its length
        self._wake = -1  # the pipe's end telling the child how far that file is written
        self._handed_end = 0  # how far it is written
        self._blocks = array("Q")  # each handed block's offset (after its length) and length in that file
        self._made: array[int] | None = None  # each made block's offset and length in the results' file, once read
        self._served = True  # the child's results for the handed blocks read (or none to come)

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
        handed = open_spool(folder) if self.after is not None else None
        read, write = os.pipe()
        wake_read, wake_write = os.pipe() if handed is not None else (-1, -1)
        try:
            pid = os.fork()
        except OSError:
            for fd in (read, write, wake_read, wake_write):
                if fd >= 0:
                    os.close(fd)
            spool.close()
            if handed is not None:
                handed.close()
            return False
        if pid == 0:  # the child: never returns into the caller's code
            status = 1
            try:
                os.close(read)
                if wake_write >= 0:  # held here, the child would never see the layout end
                    os.close(wake_write)
                self._make_all(spool.fileno(), write)
                if handed is not None:
                    self._serve(spool.fileno(), write, handed.fileno(), wake_read)
                status = 0
            finally:
                os._exit(status)
        os.close(write)
        self._child, self._notices, self._spool = pid, read, spool
        if handed is not None:
            os.close(wake_read)
            os.set_blocking(wake_write, False)  # the layout never waits for the child to read
            self._handed, self._wake, self._served = handed, wake_write, False
        return True

    def _make_all(self, out: int, notices: int) -> None:
        """In the child: each job made, packed and written to ``out``, its notice to ``notices``."""
        self._offset = 0  # the child's own count of what it wrote to ``out``
        for job in self.jobs:
            try:
                packed = self.pack(job())
            except Exception:  # noqa: BLE001  made again by the layout, which then meets the error itself
                os.write(notices, _NOTICE.pack(_NOT_MADE, 0))
                continue
            _write_all(out, packed)
            self._offset += len(packed)
            os.write(notices, _NOTICE.pack(_MADE, len(packed)))

    def _serve(self, out: int, notices: int, handed: int, wake: int) -> None:
        """In the child, the jobs made: ``after`` of each block handed, in turn, as the layout says how far the file
        of them is written, until it stops handing (the pipe closed); the results written to ``out``, then their
        places to ``notices``."""
        assert self.after is not None
        places = array("Q")
        said = b""  # what the pipe said beyond the last whole length
        written = done = 0
        failed = False
        while True:
            got = os.read(wake, 1 << 16)
            said += got
            whole = len(said) - len(said) % _LENGTH.size
            if whole:  # only the latest counts: each says how far the file is written
                (written,) = _LENGTH.unpack_from(said, whole - _LENGTH.size)
                said = said[whole:]
            while done < written and not failed:
                (length,) = _LENGTH.unpack(b"".join(_pread_all(handed, _LENGTH.size, done)))
                block = b"".join(_pread_all(handed, length, done + _LENGTH.size))
                try:
                    made = self.after(block)
                except Exception:  # noqa: BLE001  made again by this process's parent, which meets the error itself
                    failed = True
                    break
                _write_all(out, made)
                places.extend((self._offset, len(made)))
                self._offset += len(made)
                done += _LENGTH.size + length
            if not got:
                break
        if failed:
            os.write(notices, _NOTICE.pack(_NOT_MADE, 0))
            return
        os.write(notices, _NOTICE.pack(_MADE, len(places) // 2))
        _write_all(notices, places.tobytes())

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

    def hand(self, block: bytes) -> int | None:
        """Give ``block`` to the child, for ``after`` once its jobs are made: its number for ``take``. None when it
        is not taken (no child, no ``after``, handing stopped, the file full): the caller makes it itself, as it makes
        every later one (once None, always None)."""
        if self._wake < 0:
            return None
        if self._handed_end + _LENGTH.size + len(block) > HANDED_LIMIT:
            self.stop_handing()
            return None
        try:
            _write_all(self._handed.fileno(), _LENGTH.pack(len(block)) + block, self._handed_end)
        except OSError:  # the disk full: what the child has stays its, nothing more is handed
            self.stop_handing()
            return None
        self._blocks.extend((self._handed_end + _LENGTH.size, len(block)))
        self._handed_end += _LENGTH.size + len(block)
        try:
            os.write(self._wake, _LENGTH.pack(self._handed_end))
        except BlockingIOError:  # the pipe is full of what the child has not read yet: a later word says more
            pass
        except OSError:  # the child is gone: ``take`` makes its blocks here
            pass
        return len(self._blocks) // 2 - 1

    def take(self, number: int) -> bytes:
        """``after`` of block ``number`` (``hand``): the child's result, read back (the first time, once handing
        has stopped, waiting for the child to have made them all), or made here when the child could not."""
        if self._made is None:
            self.stop_handing()
            self._made = self._read_made()
        assert self.after is not None
        if 2 * number + 1 < len(self._made):
            offset, length = self._made[2 * number], self._made[2 * number + 1]
            made = b"".join(_pread_all(self._spool.fileno(), length, offset))
            if len(made) != length:
                raise OSError("a prepared part of the report is missing from its temporary file")
            return made
        offset, length = self._blocks[2 * number], self._blocks[2 * number + 1]
        block = b"".join(_pread_all(self._handed.fileno(), length, offset))
        if len(block) != length:
            raise OSError("a part of the report is missing from its temporary file")
        return self.after(block)

    def stop_handing(self) -> None:
        """No more blocks are handed (``hand`` gives None from now on): the child makes the last ones and ends."""
        wake, self._wake = self._wake, -1
        if wake < 0:
            return
        try:
            os.set_blocking(wake, True)
            _write_all(wake, _LENGTH.pack(self._handed_end))  # the last word: how far the file is written
        except OSError:  # the child is gone: ``take`` makes its blocks here
            pass
        finally:
            os.close(wake)

    def _read_made(self) -> array[int]:
        """The places of the child's results for the handed blocks; empty when it made none (or not all of them)."""
        made = array("Q")
        self._served = True
        if not self._child or self._asked < len(self.jobs) or self._handed is None:
            return made
        notice = _read_exactly(self._notices, _NOTICE.size)
        if len(notice) < _NOTICE.size:
            return made
        status, count = _NOTICE.unpack(notice)
        if status != _MADE or count != len(self._blocks) // 2:
            return made
        places = _read_exactly(self._notices, count * _PLACE.size)
        if len(places) == count * _PLACE.size:
            made.frombytes(places)
        return made

    def _read_next(self) -> bytes | None:
        """The child's next result, waiting for it; None when it could not make it (or is gone)."""
        notice = _read_exactly(self._notices, _NOTICE.size)
        if len(notice) < _NOTICE.size:  # the child is gone: the rest is made here
            self.stop_handing()
            self._reap()
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
        """Stop the child if it still runs, reap it and let go of the pipes and the files."""
        self.stop_handing()
        self._reap()
        spool, self._spool = self._spool, None
        if spool is not None:
            spool.close()
        handed, self._handed = self._handed, None
        if handed is not None:
            handed.close()

    def _reap(self) -> None:
        """Stop the child if the layout did not ask for all it makes (stopped early: no more work), and reap it."""
        pid, self._child = self._child, 0
        if pid and (self._asked < len(self.jobs) or not self._served):
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        if self._notices >= 0:  # closed first: a child still writing to it ends rather than waits
            os.close(self._notices)
            self._notices = -1
        if pid:
            os.waitpid(pid, 0)


def _write_all(fd: int, data: bytes, offset: int | None = None) -> None:
    """All of ``data`` written to ``fd`` (at ``offset``, without moving the file's position, when given)."""
    view = memoryview(data)
    while view:
        wrote = os.write(fd, view) if offset is None else os.pwrite(fd, view, offset)
        if wrote <= 0:
            raise OSError("nothing was written")
        view = view[wrote:]
        if offset is not None:
            offset += wrote


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
