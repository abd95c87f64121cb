"""Driving real widgets the way a clerk does: typing (in any script), clicking, waiting for dialogs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QPushButton, QWidget


def type_text(qtbot: Any, target: QWidget, text: str) -> None:
    """Key presses carrying the text, as a keyboard layout sends them.

    QTest.keyClicks aborts the process on non-ASCII characters (a Qt assertion), so those are
    sent as key events carrying their text.
    """
    for char in text:
        if char.isascii():
            qtbot.keyClicks(target, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def type_into(qtbot: Any, dialog: QWidget, name: str, text: str) -> None:
    widget = dialog.findChild(QWidget, name)
    assert widget is not None, f"no field named {name!r}"
    target = getattr(widget, "edit", widget)  # a date field: type into its line edit
    target.setFocus()
    type_text(qtbot, target, text)


def choose(dialog: QWidget, name: str, label_part: str) -> None:
    """Pick the combo box entry whose text contains ``label_part``."""
    combo = dialog.findChild(QComboBox, name)
    assert combo is not None, f"no combo box named {name!r}"
    for index in range(combo.count()):
        if label_part in combo.itemText(index):
            combo.setCurrentIndex(index)
            return
    raise AssertionError(
        f"{label_part!r} is not offered in {name!r}: {[combo.itemText(i) for i in range(combo.count())]}"
    )


def click_save(qtbot: Any, dialog: QDialog) -> None:
    button = dialog.findChild(QPushButton, "save")
    assert button.isEnabled(), dialog.findChild(QWidget, "banner")
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def wait_for_dialog(qtbot: Any, parent: QWidget, object_name: str | None = None) -> QDialog:
    """The dialog an action just opened, once its record has loaded."""
    found: list[QDialog] = []

    def opened() -> bool:
        found[:] = [
            d
            for d in parent.findChildren(QDialog)
            if d.isVisible() and (object_name is None or d.objectName() == object_name)
        ]
        return bool(found)

    qtbot.waitUntil(opened, timeout=5000)
    dialog = found[-1]
    content = getattr(dialog, "content", None)
    if content is not None:
        qtbot.waitUntil(content.isEnabled, timeout=5000)
    return dialog


def open_main_window(qtbot: Any, qapp: Any, db: Any, page: str = "commitments") -> Any:
    """The real main window on ``db``, every page loaded, showing ``page`` (closed and deleted by qtbot)."""
    from desktop.ui.application import prepare_app
    from desktop.ui.main_window import MainWindow

    prepare_app(qapp)
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: all(p.is_loaded for p in window.pages.values()), timeout=10_000)
    window.show_page(page)
    return window
