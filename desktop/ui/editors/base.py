"""The frame every editor shares: load off the GUI thread, validate as the clerk types, save, show conflicts.

A subclass builds its fields with ``add_field`` and implements ``load`` (runs in the worker),
``fill``, ``collect``, ``check`` (the service's pure validate) and ``persist`` (the service's save).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import ConflictError, FieldProblem, KelisimError, ValidationError
from desktop.domain.messages import Message
from desktop.storage.database import Database
from desktop.ui.editors.widgets import ERROR_LABEL_STYLE, DateField, error_label, mark_field
from desktop.ui.i18n import error_text, text
from desktop.ui.operations import AppContext, Change, run_op, run_query, show_error

FieldWidget = TypeVar("FieldWidget", bound=QWidget)

log = logging.getLogger(__name__)


def problems_of(error: BaseException) -> list[FieldProblem]:
    """Field problems carried by a ValidationError or FieldError; [] for other errors."""
    problems = getattr(error, "problems", None)
    return list(problems) if isinstance(problems, list) else []


def alive(widget: QWidget) -> bool:
    # A worker may answer after the clerk closed the dialog and Qt deleted it.
    return shiboken6.isValid(widget)


class EditorDialog(QDialog):
    saved = Signal(int)
    # The notices that may concern this editor's record (what it writes is told by the services, not here).
    watches = Change.ALL

    def __init__(self, parent: QWidget | None, ctx: AppContext, record_id: int | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record_id = record_id
        self.version: int | None = None
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setSizeGripEnabled(True)
        self.finished.connect(self.deleteLater)  # one dialog per edit: free it once closed
        self._fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self._server: dict[str, Message] = {}
        self._loaded = False
        self._saving = False
        self.dirty = False
        self.problems: list[FieldProblem] = []

        self.banner = QLabel(self)
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(ERROR_LABEL_STYLE + " padding: 4px;")
        self.banner.hide()
        self.content = QWidget(self)
        self.content.setEnabled(False)  # until the record is loaded
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.save_button.setEnabled(False)
        self.save_button.setToolTip(self.tr("Save (Enter, or Ctrl+Enter in a text box)"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancel")
        self.cancel_button.setAutoDefault(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.status_line = QLabel(self.tr("Loading…"), self)
        self.status_line.setObjectName("status_line")
        self.status_line.setStyleSheet("color: palette(mid);")
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_line, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.content, 1)
        layout.addLayout(bottom)
        for keys in ("Ctrl+Return", "Ctrl+Enter", "Ctrl+S"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.accept)
        ctx.changed.connect(self._someone_changed)

    # ----- building -------------------------------------------------------------------------------------------
    @staticmethod
    def new_form() -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        return form

    def add_field(
        self,
        form: QFormLayout,
        name: str,
        label: str,
        widget: FieldWidget,
        signal: SignalInstance | None,
        *,
        grow: bool = False,
    ) -> FieldWidget:
        """Add a labelled field whose objectName is the data field name, with its error line under it."""
        widget.setObjectName(name)
        error = error_label()
        error.setObjectName(f"{name}_error")
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(widget, 1 if grow else 0)
        column.addWidget(error)
        if not grow:
            # Spare height goes to the growing fields (summary, lists), not between a field and its message.
            box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        caption = QLabel(label)
        caption.setBuddy(widget)
        form.addRow(caption, box)
        self._fields[name] = widget
        self._errors[name] = error
        if signal is not None:
            signal.connect(lambda *_args, field=name: self.edited(field))
        return widget

    def add_status_row(
        self,
        form: QFormLayout,
        status: QWidget,
        caption: str,
        status_dialog: Callable[[QWidget | None, AppContext, int], object],
    ) -> QPushButton:
        """The status field with its "Change status…" button beside it; returns the button.

        A stored record's status changes through ``status_dialog``, which takes this editor's place,
        so the change lands in the history with who, when and why.
        """

        def on_change_status() -> None:
            record_id = self.record_id
            if record_id is not None:
                self.hand_over(lambda: status_dialog(self.parentWidget(), self.ctx, record_id))

        button = QPushButton(self.tr("Change status…"))
        button.setObjectName("change_status")
        button.setAutoDefault(False)
        button.setToolTip(self.tr("Status changes are recorded in the history with who, when and why"))
        button.clicked.connect(on_change_status)
        row_widget = QWidget()
        row = QHBoxLayout(row_widget)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(status, 1)
        row.addWidget(button)
        self.add_field(form, "status", caption, row_widget, None)
        row_widget.setObjectName("status_row")
        row_widget.setFocusProxy(status)
        status.setObjectName("status")
        self.add_error_slot("status", status, self._errors["status"])
        return button

    def add_error_slot(self, name: str, widget: QWidget, error: QLabel) -> None:
        """Register a field laid out by hand so its problems are marked like the others."""
        self._fields[name] = widget
        self._errors[name] = error

    def field(self, name: str) -> Any:
        return self._fields[name]

    @staticmethod
    def fold_rows(form: QFormLayout, title: str, fields: list[QWidget], expanded: bool = False) -> QToolButton:
        """A heading row that shows or hides the rows of ``fields`` (e.g. the names in other languages)."""
        toggle = QToolButton()
        toggle.setText(title)
        toggle.setCheckable(True)
        toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toggle.setAutoRaise(True)

        def show(on: bool) -> None:
            toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
            for widget in fields:
                form.setRowVisible(widget.parentWidget() or widget, on)

        toggle.toggled.connect(show)
        toggle.setChecked(expanded)
        show(expanded)
        return toggle

    # ----- to implement ---------------------------------------------------------------------------------------
    def load(self, db: Database) -> Any:
        raise NotImplementedError

    def fill(self, loaded: Any) -> None:
        raise NotImplementedError

    def collect(self) -> Any:
        raise NotImplementedError

    def check(self, data: Any) -> None:
        """Raise ValidationError for what the clerk typed (the service's pure validate)."""
        raise NotImplementedError

    def persist(self, db: Database, data: Any) -> int:
        raise NotImplementedError

    def extra_problems(self, data: Any) -> list[FieldProblem]:
        """Problems the form finds itself (dates that are not dates, a parent under itself)."""
        problems = []
        for name, widget in self._fields.items():
            if isinstance(widget, DateField) and widget.problem():
                problems.append(FieldProblem(name, Message.verbatim(widget.problem() or "")))
        return problems

    # ----- loading --------------------------------------------------------------------------------------------
    def start(self) -> QDialog:
        self.open()
        run_query(self.ctx, self.load, self._loaded_ok, parent=self, on_failure=self._load_failed)
        return self

    def _loaded_ok(self, loaded: Any) -> None:
        if not alive(self):
            return
        self.fill(loaded)
        for edit in self.content.findChildren(QLineEdit):
            edit.setCursorPosition(0)  # long titles show their beginning, not their end
        self._loaded = True
        self.dirty = False
        self.content.setEnabled(True)
        self.status_line.setText("")
        self.revalidate()
        self.focus_first()

    def _someone_changed(self, change: Change) -> None:
        """A change notice (this window's, or another window's through live refresh): when it is this
        record's, read its version again and say at once that someone else changed it."""
        if not alive(self) or not self._loaded or self._saving or self.record_id is None:
            return
        if not change & self.watches or self.version is None:
            return

        def compare(loaded: Any) -> None:
            if not alive(self) or self._saving:
                return
            data = getattr(loaded, "data", loaded)
            now = getattr(data, "version", None)
            if now is not None and self.version is not None and now != self.version:
                self.show_banner(
                    self.tr(
                        "Someone else has just changed this record. Saving will be refused: "
                        "copy your changes, then open it again."
                    )
                )

        run_query(self.ctx, self.load, compare, parent=self, on_failure=lambda _e: None)

    def _load_failed(self, error: BaseException) -> None:
        if not alive(self):
            return
        show_error(self, error, self.tr("Cannot open the record"))
        self.done(QDialog.DialogCode.Rejected)

    def focus_first(self) -> None:
        first = next(iter(self._fields.values()), None)
        if first is not None:
            first.setFocus()

    # ----- validation -----------------------------------------------------------------------------------------
    def edited(self, name: str) -> None:
        if not self._loaded:
            return
        self.dirty = True
        self._server.pop(name, None)
        self.revalidate()

    def revalidate(self) -> list[FieldProblem]:
        data = self.collect()
        problems = self.extra_problems(data)
        try:
            self.check(data)
        except ValidationError as exc:
            problems.extend(exc.problems)
        known = {p.field for p in problems}
        problems.extend(FieldProblem(f, m) for f, m in self._server.items() if f not in known)
        self.problems = problems
        self.show_problems(problems)
        self.save_button.setEnabled(self._loaded and not self._saving and not problems)
        return problems

    def show_problems(self, problems: list[FieldProblem]) -> None:
        for name, widget in self._fields.items():
            mark_field(widget, self._errors.get(name), [text(p.message) for p in problems if p.field == name])
        stray = [text(p.described()) for p in problems if p.field not in self._fields]
        self.show_banner("\n".join(stray))
        self.grow_to_fit()

    def grow_to_fit(self) -> None:
        """Messages appear under fields as the clerk types: grow so none is squeezed, never shrink."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        wanted = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else -1
        wanted = max(wanted, layout.totalMinimumSize().height())
        if wanted > self.height():
            self.resize(self.width(), wanted)

    def show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    # ----- saving ---------------------------------------------------------------------------------------------
    def accept(self) -> None:
        """Enter or Save: save when valid; otherwise take the clerk to the first bad field."""
        if not self._loaded or self._saving:
            return
        problems = self.revalidate()
        if problems:
            widget = self._fields.get(problems[0].field)
            if widget is not None:
                widget.setFocus()
            return
        data = self.collect()
        self._saving = True
        self.save_button.setEnabled(False)
        self.status_line.setText(self.tr("Saving…"))
        run_op(
            self.ctx,
            lambda db: self.persist(db, data),
            parent=self,
            on_success=self._saved_ok,
            on_failure=self._save_failed,
        )

    def _saved_ok(self, record_id: int) -> None:
        if not alive(self):
            return
        self._saving = False
        self.dirty = False
        self.record_id = record_id if isinstance(record_id, int) else self.record_id
        self.saved.emit(self.record_id or 0)
        super().accept()

    def _save_failed(self, error: BaseException) -> None:
        if not alive(self):
            return
        self._saving = False
        self.status_line.setText("")
        if isinstance(error, ConflictError):
            # The clerk's input stays in the form: they may copy it, then reopen the record.
            QMessageBox.warning(self, self.tr("Changed by someone else"), error_text(error))
            self.show_banner(error_text(error))
            self.save_button.setEnabled(True)
            return
        problems = problems_of(error)
        if problems:
            self._server.update({p.field: p.message for p in problems})
            self.revalidate()
            widget = self._fields.get(problems[0].field)
            if widget is not None:
                widget.setFocus()
            return
        if isinstance(error, KelisimError):
            self.show_banner(error_text(error))
            self.save_button.setEnabled(True)
            return
        show_error(self, error)
        self.save_button.setEnabled(True)

    def reject(self) -> None:
        """Esc or Cancel: ask first when there are unsaved edits."""
        if self.dirty and not self._saving:
            if not self.confirm_discard():
                return
        self.dirty = False
        super().reject()

    def confirm_discard(self) -> bool:
        """Ask with the clerk's verbs (not the ambiguous Discard/Cancel pair): close without saving, or keep editing."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Discard changes?"),
            self.tr("You have unsaved changes. Close without saving them?"),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        close = box.addButton(self.tr("Close without saving"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        self.discard_box: QMessageBox | None = box
        box.exec()
        self.discard_box = None
        return box.clickedButton() is close

    def hand_over(self, opener: Callable[[], object]) -> None:
        """Close this editor and open another dialog (e.g. the status change) in its place."""
        if self.dirty:
            QMessageBox.information(
                self, self.tr("Save first"), self.tr("Save or discard your edits before changing the status.")
            )
            return
        super().reject()
        opener()
