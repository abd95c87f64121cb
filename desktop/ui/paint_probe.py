"""Paint markers for the benchmark, which watches the window from outside: ``KELISIM_PAINT_PROBE=1``.

Loaded only when that variable is set; it changes nothing in the window. On the process's stdout,
each line written right after the paint it names (an event filter sees the paint event go through):

- ``kelisim-paint: window`` — the main window's first paint;
- ``kelisim-paint: rows N`` — the Commitments list's first paint with rows in it (N shown);
- ``kelisim-paint: all N`` — its first paint once every commitment is loaded (N in the register);
- ``kelisim-paint: key ID N`` — the list's first paint after the keys of stdin command ID were filtered;
  when their filter pass left the same rows shown (the list is not repainted: it already shows them),
  once the events queued by that pass (the filter box's own repaint) have been handled.

The benchmark starts its clock before it starts the process (or before it writes a key) and stops
it when it reads the line: what it measures includes the pipe, never the window's own clock. On
stdin the window takes lines ``key ID TEXT`` (TEXT typed into the filter box as key presses, ``\\b`` for
Backspace), ``clear`` (empties the filter box) and ``quit``; with ``KELISIM_PAINT_PROBE=exit`` it
also quits by itself once everything is painted.
"""

from __future__ import annotations

import sys
import threading
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


def say(line: str) -> None:
    sys.stdout.write(f"kelisim-paint: {line}\n")
    sys.stdout.flush()


class _Commands(QObject):
    received = Signal(str)


class PaintProbe(QObject):
    def __init__(self, app: QApplication, window: QWidget, mode: str) -> None:
        super().__init__(window)
        self.app, self.window, self.mode = app, window, mode
        self.page: Any = window.pages["commitments"]  # type: ignore[attr-defined]
        self.viewport = self.page.view.viewport()
        self.window_painted = False
        self.rows_painted = False
        self.all_painted = False
        self.resets = 0
        self.key_waiting: int | None = None  # model resets seen when the last key was sent
        self.key_id = ""
        self.page.model.modelReset.connect(self._reset)
        self.page.model.filtered.connect(self._filtered)
        window.installEventFilter(self)
        self.viewport.installEventFilter(self)
        self.commands = _Commands()
        self.commands.received.connect(self._command, Qt.ConnectionType.QueuedConnection)
        threading.Thread(target=self._read_stdin, name="paint-probe-stdin", daemon=True).start()

    def _reset(self) -> None:
        self.resets += 1

    def _filtered(self) -> None:
        if self.key_waiting is not None and self.resets == self.key_waiting:
            # The same rows as before: nothing of the list to repaint. Said from a zero timer, once what
            # the pass left queued (the filter box showing the key) has been done.
            QTimer.singleShot(0, self._unchanged)

    def _unchanged(self) -> None:
        if self.key_waiting is not None and self.resets == self.key_waiting:
            self.key_waiting = None
            say(f"key {self.key_id} {self.page.model.rowCount()}")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Paint:
            return False
        # The paint runs after the filter returns: the line is written from a zero timer, i.e. once
        # this paint (and whatever else is queued now) has been done.
        if watched is self.window and not self.window_painted:
            self.window_painted = True
            QTimer.singleShot(0, lambda: say("window"))
        elif watched is self.viewport:
            QTimer.singleShot(0, self._list_painted)
        return False

    def _list_painted(self) -> None:
        shown = self.page.model.rowCount()
        if shown and not self.rows_painted:
            self.rows_painted = True
            say(f"rows {shown}")
        if self.page.is_loaded and shown and not self.all_painted:
            self.all_painted = True
            say(f"all {self.page.model.total_count}")
            if self.mode == "exit":
                QTimer.singleShot(0, self.app.quit)
        if self.key_waiting is not None and self.resets > self.key_waiting:
            self.key_waiting = None
            say(f"key {self.key_id} {shown}")

    def _read_stdin(self) -> None:
        for line in sys.stdin:
            self.commands.received.emit(line.rstrip("\n"))

    def _command(self, line: str) -> None:
        if line == "quit":
            self.app.quit()
        elif line == "clear":
            self.page.search.clear()
        elif line.startswith("key "):
            self.key_id, _, typed = line[4:].partition(" ")
            self.key_waiting = self.resets
            self.page.search.setFocus()
            for char in typed.replace("\\b", "\b"):
                key = Qt.Key.Key_Backspace if char == "\b" else Qt.Key.Key_unknown
                text = "" if char == "\b" else char
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(self.page.search, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text))


def install(app: QApplication, window: QWidget, mode: str) -> PaintProbe:
    probe = PaintProbe(app, window, mode)
    window.paint_probe = probe  # type: ignore[attr-defined]  # lives as long as the window
    window.show_page("commitments")  # type: ignore[attr-defined]
    return probe
