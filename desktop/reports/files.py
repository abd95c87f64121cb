"""Writing a report file safely: a temporary file beside the target, renamed over it at the end.

A cancelled or failed export therefore never leaves half a workbook under the name the user
chose, and never destroys the previous report of that name. Problems with the folder or the
file become ``ExportError`` with the path and the reason, ready to show.
"""

from __future__ import annotations

import errno
import logging
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop.domain.errors import KelisimError
from desktop.domain.messages import Message, as_message

log = logging.getLogger(__name__)


class ExportError(KelisimError):
    """The report could not be written where the user asked; the message says where and why."""

    def __init__(self, path: Path, reason: Message | str) -> None:
        self.path = path
        self.reason = as_message(reason)
        super().__init__(Message("Cannot write {0}: {1}", path, self.reason))


def reason_for(exc: OSError) -> Message:
    if exc.errno in (errno.EACCES, errno.EPERM):
        return Message(
            "permission denied — the folder is read-only, or the file is open in another program "
            "(close it and try again)"
        )
    if exc.errno == errno.EROFS:
        return Message("the disk is read-only")
    if exc.errno == errno.ENOSPC:
        return Message("the disk is full")
    if exc.errno == errno.ENOENT:
        return Message("the folder does not exist")
    if exc.errno == errno.EISDIR:
        return Message("a folder has that name")
    if exc.errno == errno.ENAMETOOLONG:
        return Message("the file name is too long")
    return Message.verbatim(exc.strerror or str(exc))


def check_target(target: Path) -> Path:
    """Refuse clearly before any work when the file cannot possibly be written."""
    target = Path(target).expanduser()
    if not target.name:
        raise ExportError(target, Message("no file name given"))
    if target.is_dir():
        raise ExportError(target, Message("a folder has that name"))
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(target, Message("the folder {0} does not exist", folder))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ExportError(target, Message("the folder {0} is read-only for you", folder))
    if target.exists() and not os.access(target, os.W_OK):
        raise ExportError(target, Message("the file exists and is read-only"))
    return target


def partial_prefix(target: Path) -> str:
    return ".~" + target.stem[:40] + "-"


def remove_partials(target: Path, since: float) -> list[Path]:
    """Remove the temporary files ``atomic_output`` made for ``target`` since ``since`` (a time.time()).

    For a writer that was killed before it could clean up (a terminated export process).
    """
    removed = []
    folder = target.parent if str(target.parent) else Path(".")
    for path in folder.glob(f"{partial_prefix(target)}*{target.suffix}.part"):
        try:
            if path.stat().st_mtime >= since - 1:
                path.unlink()
                removed.append(path)
        except FileNotFoundError:
            continue
    return removed


@contextmanager
def atomic_output(target: Path) -> Iterator[Path]:
    """Yield a temporary path in the target's folder; on success it replaces the target.

    Any exception (including ``Cancelled``) removes the temporary file and propagates.
    """
    target = check_target(target)
    try:
        handle, name = tempfile.mkstemp(
            prefix=partial_prefix(target), suffix=target.suffix + ".part", dir=target.parent
        )
    except OSError as exc:
        raise ExportError(target, reason_for(exc)) from exc
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        # mkstemp makes the file private (0600); a report is meant to be shared like any document.
        mode = target.stat().st_mode & 0o777 if target.exists() else 0o644
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except OSError as exc:
        _remove(temporary)
        raise ExportError(target, reason_for(exc)) from exc
    except BaseException:
        _remove(temporary)
        raise


def _remove(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        log.warning("could not remove the partial export %s", path, exc_info=True)
