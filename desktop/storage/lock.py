"""One Kelisim at a time on a register file: the window holds this lock while it is open, and
``restore`` refuses while anyone else holds it.

The lock is ``<register>.lock`` beside the file, locked with the operating system's file lock
(``flock``; ``msvcrt.locking`` on Windows), so a lock left by a crashed process is free again at
once. The file says who holds it (process id, program, host) so a refusal can name the holder.
"""

from __future__ import annotations

import os
import socket
import sys
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.errors import StorageError


def lock_path_for(register: Path) -> Path:
    return register.with_name(register.name + ".lock")


@dataclass(frozen=True)
class Holder:
    pid: str
    program: str
    host: str

    def __str__(self) -> str:
        who = self.program or "Kelisim"
        where = f" on {self.host}" if self.host and self.host != socket.gethostname() else ""
        return f"{who} (process {self.pid or '?'}{where})"


def _try_os_lock(fd: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _read_holder(path: Path) -> Holder:
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        lines = []
    lines += ["", "", ""]
    return Holder(pid=lines[0].strip(), program=lines[1].strip(), host=lines[2].strip())


class RegisterLock:
    """Held from ``acquire`` until ``release`` (or the process ends)."""

    def __init__(self, register: Path, fd: int) -> None:
        self.register = register
        self.path = lock_path_for(register)
        self._fd: int | None = fd

    @classmethod
    def try_acquire(cls, register: Path, program: str = "Kelisim") -> RegisterLock | Holder:
        """The lock, or who holds it. Raises StorageError when the lock file cannot be made."""
        path = lock_path_for(register)
        for _attempt in range(5):
            old_umask = os.umask(0o077)
            try:
                fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
            except OSError as exc:
                raise StorageError(f"cannot lock {register}: {exc.strerror or exc}") from exc
            finally:
                os.umask(old_umask)
            if not _try_os_lock(fd):
                os.close(fd)
                return _read_holder(path)
            try:
                same = os.fstat(fd).st_ino == os.stat(path).st_ino
            except FileNotFoundError:
                same = False
            if not same:  # the holder released (and removed) it between our open and our lock: again
                os.close(fd)
                continue
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n{program}\n{socket.gethostname()}\n".encode())
            return cls(register, fd)
        raise StorageError(f"cannot lock {register}: the lock file keeps changing")

    @classmethod
    def acquire(cls, register: Path, doing: str) -> RegisterLock:
        """The lock, or StorageError naming who has the register open."""
        got = cls.try_acquire(register)
        if isinstance(got, Holder):
            raise StorageError(f"cannot {doing}: the register {register} is open in {got}; close that window first")
        return got

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            self.path.unlink(missing_ok=True)  # while still locked: nobody can lock the old file meanwhile
        except OSError:  # Windows cannot remove a file it has open: remove it after closing
            os.close(fd)
            self.path.unlink(missing_ok=True)
            return
        os.close(fd)  # closing drops the OS lock

    def __enter__(self) -> RegisterLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def holder_of(register: Path) -> Holder | None:
    """Who holds the register's lock now, or None (takes and drops the lock to find out)."""
    if not lock_path_for(register).exists():
        return None
    got = RegisterLock.try_acquire(register)
    if isinstance(got, Holder):
        return got
    got.release()
    return None
