"""The frame every editor shares: load off the GUI thread, validate as the clerk types, save, show conflicts.

A subclass builds its fields with ``add_field`` and implements ``load`` (runs in the worker),
``fill``, ``collect``, ``check`` (the service's pure validate) and ``persist`` (the service's save).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import is_dataclass, replace
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QUndoCommand
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

from desktop.domain.errors import ConflictError, FieldProblem, KelisimError, ValidationError, field_label
from desktop.domain.messages import Message
from desktop.services import audit
from desktop.services.audit import TrailRow
from desktop.storage.database import Database
from desktop.ui import labels
from desktop.ui.editors.conflict import Comparison, compare, merged
from desktop.ui.editors.widgets import (
    ERROR_LABEL_STYLE,
    DateField,
    EnumCombo,
    PartyList,
    PeopleEditor,
    RecordPicker,
    error_label,
    mark_field,
)
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
    table = ""  # the record's table in the audit trail: who saved it last, on a conflict

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
        self._captions: dict[str, str] = {}
        self._server: dict[str, Message] = {}
        self._loaded = False
        self._saving = False
        self.dirty = False
        self.problems: list[FieldProblem] = []
        # Required-field messages wait until the clerk touched the field or tried to save.
        self._touched: set[str] = set()
        self._show_all = False
        self._at_load: set[tuple[str, str]] = set()  # problems the record opened with (e.g. empty required fields)
        # The record as loaded (the service's words and the form's), to tell a conflict's fields apart.
        self._loaded_record: Any = None
        self._loaded_in_form: Any = None
        self._before: Any = None  # what Ctrl+Z puts back after a save
        self._version_after: int | None = None
        self._conflict: tuple[Any, Any, Comparison] | None = None  # (loaded now, theirs, comparison)

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
        self.conflict_panel = QWidget(self)
        self.conflict_panel.setObjectName("conflict")
        self.conflict_text = QLabel(self.conflict_panel)
        self.conflict_text.setObjectName("conflict_text")
        self.conflict_text.setWordWrap(True)
        self.conflict_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.merge_button = QPushButton(self.tr("Take theirs and keep my other edits"), self.conflict_panel)
        self.merge_button.setObjectName("merge")
        self.merge_button.setAutoDefault(False)
        self.merge_button.clicked.connect(self.take_theirs_keep_mine)
        self.reload_button = QPushButton(self.tr("Take theirs, drop my edits"), self.conflict_panel)
        self.reload_button.setObjectName("reload")
        self.reload_button.setAutoDefault(False)
        self.reload_button.clicked.connect(self.take_theirs)
        panel = QVBoxLayout(self.conflict_panel)
        panel.setContentsMargins(6, 6, 6, 6)
        panel.addWidget(self.conflict_text)
        choice = QHBoxLayout()
        choice.addStretch(1)
        choice.addWidget(self.reload_button)
        choice.addWidget(self.merge_button)
        panel.addLayout(choice)
        self.conflict_panel.setStyleSheet("QWidget#conflict { border: 1px solid #c62828; }")
        self.conflict_panel.hide()
        self.merge_button.setEnabled(False)
        self.reload_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.conflict_panel)
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
        self._captions[name] = label.replace("&", "").strip().rstrip(":").strip()
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

    def field_name(self, name: str) -> str:
        """A field as the form captions it (Agency, Source agreement), else the catalogue's word for it."""
        return self._captions.get(name) or text(field_label(name))

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
        """Save through the service; an editor that can be undone also sets ``self._version_after``."""
        raise NotImplementedError

    def cross_warnings(self, db: Database, data: Any) -> list[FieldProblem] | None:
        """Checks against other records the clerk confirms before saving (runs in the worker); None: none."""
        return None

    def undo_service(self) -> Callable[[Database, Any, int], None] | None:
        """The service's ``undo_edit(db, before, version_after)``, for Ctrl+Z after a save; None: no undo."""
        return None

    def undo_text(self, before: Any) -> str:
        return self.tr("Edit of {0}").format(getattr(before, "ref", "") or getattr(before, "name", ""))

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
        self._remember_loaded(loaded)
        for edit in self.content.findChildren(QLineEdit):
            edit.setCursorPosition(0)  # long titles show their beginning, not their end
        self._loaded = True
        self.dirty = False
        self.content.setEnabled(True)
        self.status_line.setText("")
        self._at_load = {(p.field, text(p.message)) for p in self.revalidate()}
        self.show_problems(self.problems)
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

    @staticmethod
    def record_of(loaded: Any) -> Any:
        """The record inside what ``load`` returned (a record, or a bundle with the record as ``data``)."""
        return getattr(loaded, "data", loaded)

    @staticmethod
    def with_record(loaded: Any, record: Any) -> Any:
        if is_dataclass(loaded) and not isinstance(loaded, type) and hasattr(loaded, "data"):
            return replace(loaded, data=record)
        return record

    def _remember_loaded(self, loaded: Any) -> None:
        record = self.record_of(loaded)
        self._loaded_record = replace(record) if is_dataclass(record) and not isinstance(record, type) else record
        self._loaded_in_form = self.collect()
        self._before = self._loaded_record if self.record_id is not None else None

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
        if not self._loaded or not shiboken6.isValid(self):
            # Not loaded yet; or the dialog is being deleted with its window, and a date field, losing the
            # focus, finishes its editing: there is no form left to check.
            return
        self.dirty = True
        self._touched.add(name)
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
        self.update_save_button()
        return problems

    def update_save_button(self) -> None:
        """Save is enabled only when it can succeed; the line beside it says why not."""
        reason = ""
        if self._conflict is not None:
            reason = self.tr("Someone else saved this record: choose above how to go on before saving.")
        elif self.problems:
            names = list(dict.fromkeys(self.field_name(p.field) for p in self.problems))
            reason = self.tr("To save, fix: {0}").format(", ".join(names))
        enabled = self._loaded and not self._saving and not reason
        self.save_button.setEnabled(enabled)
        self.save_button.setToolTip(reason or self.tr("Save (Enter, or Ctrl+Enter in a text box)"))
        if self._loaded and not self._saving:
            self.status_line.setText(reason)

    def shown(self, problem: FieldProblem) -> bool:
        """Shown under its field once the clerk touched it or tried to save, when the database said it, or when
        another edit caused it (e.g. a note becomes required by the status picked); not for an empty form."""
        return (
            self._show_all
            or problem.field in self._touched
            or problem.field in self._server
            or (problem.field, text(problem.message)) not in self._at_load
        )

    def show_problems(self, problems: list[FieldProblem]) -> None:
        visible = [p for p in problems if self.shown(p)]
        for name, widget in self._fields.items():
            mark_field(widget, self._errors.get(name), [text(p.message) for p in visible if p.field == name])
        stray = [text(p.described()) for p in visible if p.field not in self._fields]
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
    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter while Save is disabled is still a save attempt: it shows every problem and goes to the first."""
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        plain = not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        if enter and plain and not self.save_button.isEnabled():
            self.accept()
            return
        super().keyPressEvent(event)

    def accept(self) -> None:
        """Enter or Save: save when valid; otherwise take the clerk to the first bad field."""
        if not self._loaded or self._saving or self._conflict is not None:
            return
        self._show_all = True
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
        run_query(
            self.ctx,
            lambda db: self.cross_warnings(db, data),
            lambda found: self._confirm_then_save(data, found),
            parent=self,
            on_failure=self._save_failed,
        )

    def _confirm_then_save(self, data: Any, warnings: list[FieldProblem] | None) -> None:
        if not alive(self):
            return
        if warnings:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Save anyway?"),
                self.tr("Please check before saving:")
                + "\n\n"
                + "\n".join(f"• {self.field_name(w.field)}: {text(w.message)}" for w in warnings),
                QMessageBox.StandardButton.NoButton,
                self,
            )
            box.setObjectName("save_anyway")
            go_on = box.addButton(self.tr("Save anyway"), QMessageBox.ButtonRole.AcceptRole)
            back = box.addButton(self.tr("Go back and correct"), QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(back)
            box.setEscapeButton(back)
            self.warning_box: QMessageBox | None = box
            box.exec()
            self.warning_box = None
            if box.clickedButton() is not go_on:
                self._saving = False
                self.revalidate()
                widget = self._fields.get(warnings[0].field)
                if widget is not None:
                    widget.setFocus()
                return
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
        self._push_undo()
        self.saved.emit(self.record_id or 0)
        super().accept()

    def _save_failed(self, error: BaseException) -> None:
        if not alive(self):
            return
        self._saving = False
        self.status_line.setText("")
        if isinstance(error, ConflictError) and not (self.table and self.record_id is not None):
            # A status change or a deadline move: nothing to merge; the clerk reopens it.
            QMessageBox.warning(self, self.tr("Changed by someone else"), error_text(error))
            self.show_banner(error_text(error))
            self.update_save_button()
            return
        if isinstance(error, ConflictError):
            # The clerk's input stays in the form; Save waits until they choose how to go on.
            self._conflict = (None, None, Comparison((), (), ()))
            self.conflict_text.setText(error_text(error))
            self.conflict_panel.show()
            self.merge_button.setEnabled(False)
            self.reload_button.setEnabled(False)
            self.update_save_button()
            record_id, table = self.record_id or 0, self.table
            run_query(
                self.ctx,
                lambda db: (self.load(db), audit.last_change(db, table, record_id) if table else None),
                self._show_conflict,
                parent=self,
            )
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

    def _push_undo(self) -> None:
        """Ctrl+Z takes this edit back through the same service (refused if someone changed the record since)."""
        undo, before, after = self.undo_service(), self._before, self._version_after
        if undo is None or before is None or after is None:
            return
        self.ctx.undo_stack.push(EditUndo(self.ctx, self.undo_text(before), undo, before, after))

    # ----- conflicts --------------------------------------------------------------------------------------------
    def value_text(self, name: str, value: Any) -> str:
        """A field's value in the clerk's words: the chosen name, not the stored id or code."""
        widget = self._fields.get(name)
        if isinstance(widget, QWidget) and widget.objectName() == "status_row":
            widget = widget.findChild(EnumCombo, "status")
        if value is None or value == "" or value == []:
            return "—"
        if isinstance(widget, (EnumCombo, RecordPicker)):
            index = widget.findData(value)
            return widget.itemText(index) if index >= 0 else str(value)
        if isinstance(widget, PartyList):
            items = [widget.item(r) for r in range(widget.count())]
            names = {item.data(Qt.ItemDataRole.UserRole): item.text() for item in items}
            return ", ".join(names.get(v, str(v)) for v in value)
        if isinstance(widget, PeopleEditor):
            return ", ".join(p.name for p in value)
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        return labels.day(value) if hasattr(value, "isoformat") else str(value)

    def _show_conflict(self, result: tuple[Any, TrailRow | None]) -> None:
        if not alive(self):
            return
        loaded, last = result
        theirs = self.record_of(loaded)
        mine = self.collect()
        comparison = compare(self._loaded_record, self._loaded_in_form, mine, theirs)
        self._conflict = (loaded, theirs, comparison)
        if last is not None and last.who:
            lines = [
                self.tr("{0} saved this record on {1}, after you opened it.").format(last.who, labels.moment(last.at))
            ]
        else:
            lines = [self.tr("Someone else saved this record after you opened it.")]
        for name in comparison.theirs:
            label = self.field_name(name)
            theirs_text = self.value_text(name, getattr(theirs, name))
            if name in comparison.collisions:
                mine_text = self.value_text(name, getattr(mine, name))
                lines.append(self.tr("• {0}: theirs “{1}”, yours “{2}”").format(label, theirs_text, mine_text))
            else:
                lines.append(self.tr("• {0}: now “{1}”").format(label, theirs_text))
        if comparison.kept:
            kept = ", ".join(self.field_name(n) for n in comparison.kept)
            lines.append(self.tr("Your other edits can be kept: {0}.").format(kept))
        self.conflict_text.setText("\n".join(lines))
        self.merge_button.setEnabled(True)
        self.reload_button.setEnabled(True)
        self.merge_button.setFocus()
        self.grow_to_fit()

    def take_theirs_keep_mine(self) -> None:
        """The record as the other clerk saved it, with this clerk's edits that do not collide; then Save."""
        if self._conflict is None or self._conflict[0] is None:
            return
        loaded, theirs, comparison = self._conflict
        self._resolve(loaded, merged(theirs, self.collect(), comparison), bool(comparison.kept))

    def take_theirs(self) -> None:
        if self._conflict is None or self._conflict[0] is None:
            return
        loaded, theirs, _comparison = self._conflict
        self._resolve(loaded, theirs, False)

    def _resolve(self, loaded: Any, record: Any, dirty: bool) -> None:
        self._loaded = False  # filling is not typing
        self.fill(loaded)
        self._remember_loaded(loaded)
        self.fill(self.with_record(loaded, record))
        self._loaded = True
        self._conflict = None
        self.conflict_panel.hide()
        self.dirty = dirty
        self.show_banner("")
        self.revalidate()

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


class EditUndo(QUndoCommand):
    """One saved edit of a record; undoing saves the record as it was, through the service."""

    def __init__(
        self,
        ctx: AppContext,
        text: str,
        undo: Callable[[Database, Any, int], None],
        before: Any,
        version_after: int,
    ) -> None:
        super().__init__(text)
        self.ctx, self.undo_edit, self.before, self.version_after = ctx, undo, before, version_after

    def redo(self) -> None:
        pass  # pushed after the save itself

    def undo(self) -> None:
        parent = self.ctx.parent()
        run_op(
            self.ctx,
            lambda db: self.undo_edit(db, self.before, self.version_after),
            parent=parent if isinstance(parent, QWidget) else None,
        )
