"""Attached files in the window: a list (name, size, what it hangs on, who added it, when) with Add…, Open,
Save as… and Remove, for a commitment (its own files and its reports') and for an agreement (its signed scans).

Open writes a private copy (services.attachments.open_copy, off the GUI thread) and hands it to the system's viewer
with ``QDesktopServices.openUrl`` — only for documents and images (rules.opens_in_viewer); anything else is only
saved out. Kelisim never executes or renders an attached file itself."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import AttachmentOwner
from desktop.domain.rules import opens_in_viewer
from desktop.services import attachments
from desktop.services.attachments import AttachmentRow, Owner
from desktop.ui import labels, settings
from desktop.ui.operations import AppContext, Change, run_op, run_query


def file_size(size: int) -> str:
    """12 B, 320 KB, 1.5 MB in the window's language and number format."""
    locale = QLocale()
    if size >= 1024 * 1024:
        megabytes = locale.toString(size / (1024 * 1024), "f", 1)
        return QCoreApplication.translate("AttachmentsPanel", "{0} MB").format(megabytes)
    if size >= 1024:
        return QCoreApplication.translate("AttachmentsPanel", "{0} KB").format(locale.toString(round(size / 1024)))
    return QCoreApplication.translate("AttachmentsPanel", "{0} B").format(locale.toString(size))


def owner_word(kind: AttachmentOwner) -> str:
    words = {
        AttachmentOwner.AGREEMENT: QCoreApplication.translate("AttachmentsPanel", "Agreement"),
        AttachmentOwner.COMMITMENT: QCoreApplication.translate("AttachmentsPanel", "Commitment"),
        AttachmentOwner.EXECUTION_REPORT: QCoreApplication.translate("AttachmentsPanel", "Execution report"),
        AttachmentOwner.INTERIM_REPORT: QCoreApplication.translate("AttachmentsPanel", "Interim report"),
    }
    return words[kind]


def choose_files(parent: QWidget, title: str) -> list[Path]:
    names, _filter = QFileDialog.getOpenFileNames(
        parent,
        title,
        settings.LAST_ATTACH_DIR.get() or str(Path.home()),
        QCoreApplication.translate("AttachmentsPanel", "Documents and images ({0});;All files (*)").format(
            "*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.doc *.docx *.xls *.xlsx *.odt *.ods"
        ),
    )
    paths = [Path(n) for n in names if n]
    if paths:
        settings.LAST_ATTACH_DIR.set(str(paths[0].parent))
    return paths


def limit_mb() -> int:
    value = settings.ATTACHMENT_LIMIT_MB.get()
    return value if value > 0 else settings.ATTACHMENT_LIMIT_MB.default


class AttachmentsPanel(QWidget):
    """The files of one record, kept current: reloads when attachments (or the record) change anywhere."""

    loaded = Signal()

    def __init__(self, ctx: AppContext, owner: Owner | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.owner = owner
        self.rows: list[AttachmentRow] = []
        self.setObjectName("attachments_panel")
        self.caption = QLabel(self.tr("Attachments"))
        self.caption.setObjectName("attachments_caption")
        self.caption.setStyleSheet("font-weight: bold;")
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("attachments")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Size"), self.tr("On"), self.tr("Added by"), self.tr("Added on")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._fit_columns()
        self.table.itemSelectionChanged.connect(self._enable)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.add_button = QPushButton(self.tr("A&dd…"))
        self.add_button.setObjectName("add_attachment")
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setObjectName("open_attachment")
        self.open_button.setToolTip(self.tr("Open a copy with the system's viewer"))
        self.save_button = QPushButton(self.tr("Save &as…"))
        self.save_button.setObjectName("save_attachment")
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.remove_button.setObjectName("remove_attachment")
        self.add_button.clicked.connect(lambda: self.add_files())
        self.open_button.clicked.connect(self.open_selected)
        self.save_button.clicked.connect(self.save_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_button, self.open_button, self.save_button, self.remove_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.limit_note = QLabel(self.tr("At most {0} MB a file").format(limit_mb()))
        self.limit_note.setStyleSheet("color: palette(mid);")
        buttons.addWidget(self.limit_note)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.setColumnHidden(2, owner is None or owner.kind != AttachmentOwner.COMMITMENT)
        self._enable()
        ctx.changed.connect(self._on_changed)

    # --- loading ----------------------------------------------------------------------------------------

    def set_owner(self, owner: Owner | None) -> None:
        self.owner = owner
        self.table.setColumnHidden(2, owner is None or owner.kind != AttachmentOwner.COMMITMENT)
        self.refresh()

    def refresh(self) -> None:
        owner = self.owner
        if owner is None:
            self._show([])
            return
        run_query(self.ctx, lambda db: attachments.list_for(db, owner), self._show, parent=self)

    def _on_changed(self, change: Change) -> None:
        from desktop.ui.editors.base import alive

        if alive(self) and change & (Change.COMMITMENTS | Change.AGREEMENTS):
            self.refresh()

    def _show(self, rows: list[AttachmentRow]) -> None:
        from desktop.ui.editors.base import alive

        if not alive(self):
            return
        chosen = self.selected()
        self.rows = rows
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            cells = (
                row.name,
                file_size(row.size),
                owner_word(row.owner),
                row.added_by,
                labels.moment(row.added_at),
            )
            for column, cell in enumerate(cells):
                item = QTableWidgetItem(cell)
                item.setToolTip(f"{row.name}\nSHA-256 {row.sha256}" if column == 0 else cell)
                if column == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(index, column, item)
            if chosen is not None and row.id == chosen.id:
                self.table.selectRow(index)
        self._fit_columns()
        self.table.resizeRowsToContents()
        self.caption.setText(self.tr("Attachments ({0})").format(len(rows)) if rows else self.tr("Attachments"))
        self._enable()
        self.loaded.emit()

    def _fit_columns(self) -> None:
        """Each column but the name as wide as its contents, never narrower than its heading in this language."""
        from desktop.ui.pages.list_page import header_room

        header = self.table.horizontalHeader()
        for column in range(1, 5):
            self.table.resizeColumnToContents(column)
            item = self.table.horizontalHeaderItem(column)
            heading = item.text() if item is not None else ""
            self.table.setColumnWidth(column, max(self.table.columnWidth(column), header_room(header, heading)))

    def selected(self) -> AttachmentRow | None:
        index = self.table.currentRow()
        picked = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not picked or not 0 <= index < len(self.rows):
            return None
        return self.rows[index]

    def _enable(self) -> None:
        one = self.selected() is not None
        self.add_button.setEnabled(self.owner is not None)
        for button in (self.open_button, self.save_button, self.remove_button):
            button.setEnabled(one)

    # --- actions ----------------------------------------------------------------------------------------

    def add_files(self, paths: Sequence[Path] | None = None) -> None:
        owner = self.owner
        if owner is None:
            return
        chosen = list(paths) if paths else choose_files(self, self.tr("Attach documents"))
        if not chosen:
            return
        limit = limit_mb()
        run_op(self.ctx, lambda db: attachments.add(db, owner, chosen, limit_mb=limit), parent=self)

    def open_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        if not opens_in_viewer(row.name):
            QMessageBox.information(
                self,
                self.tr("Not opened"),
                self.tr(
                    "Kelisim opens only documents and images with the system's viewer. Save “{0}” with "
                    "Save as… and check it before opening it."
                ).format(row.name),
            )
            return
        run_query(self.ctx, lambda db: attachments.open_copy(db, row.id), self._open_path, parent=self)

    def _open_path(self, path: Path) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            QMessageBox.information(
                self,
                self.tr("Not opened"),
                self.tr("No program opens this kind of file here. A copy is at:\n{0}").format(path),
            )

    def save_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        start = Path(settings.LAST_ATTACH_DIR.get() or str(Path.home())) / row.name
        name, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the attached file as"), str(start))
        if not name:
            return
        target = Path(name)
        settings.LAST_ATTACH_DIR.set(str(target.parent))
        run_query(self.ctx, lambda db: attachments.save_to(db, row.id, target), self._saved, parent=self)

    def _saved(self, written: Path) -> None:
        from desktop.ui.editors.base import alive

        if alive(self):
            self.limit_note.setText(self.tr("Saved {0}").format(written))

    def remove_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove the attached file"),
            self.tr("Remove “{0}” from this record?").format(row.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        run_op(self.ctx, lambda db: attachments.remove(db, row.id), parent=self)


class DocumentsField(QWidget):
    """Files chosen to go with a report: "Attach document…" adds, "Remove" takes one off the list. Nothing is read
    until the report is saved (then on the write worker, with the report, in one transaction)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QListWidget

        super().__init__(parent)
        self._paths: list[Path] = []
        self.list = QListWidget()
        self.list.setObjectName("documents")
        self.list.setMaximumHeight(70)
        self.attach_button = QPushButton(self.tr("Attach &document…"))
        self.attach_button.setObjectName("attach_document")
        self.attach_button.setAutoDefault(False)
        self.drop_button = QPushButton(self.tr("Remove"))
        self.drop_button.setObjectName("drop_document")
        self.drop_button.setAutoDefault(False)
        self.drop_button.setEnabled(False)
        self.attach_button.clicked.connect(lambda: self.add_paths(choose_files(self, self.tr("Attach documents"))))
        self.drop_button.clicked.connect(self._drop)
        self.list.currentRowChanged.connect(lambda row: self.drop_button.setEnabled(row >= 0))
        buttons = QVBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.drop_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

    def add_paths(self, paths: Sequence[Path]) -> None:
        for path in paths:
            if path not in self._paths:
                self._paths.append(path)
                self.list.addItem(path.name)
        if paths:
            self.changed.emit()

    def _drop(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._paths):
            del self._paths[row]
            self.list.takeItem(row)
            self.changed.emit()

    def paths(self) -> list[Path]:
        return list(self._paths)
