"""The "Views" button of the Commitments, Agreements and Bodies pages: saved filters, sort and columns, per
register (the Agreements and Bodies pages keep their filter box's text as the view's filter)."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMenu,
    QStyle,
    QToolButton,
    QWidget,
)

from desktop.domain.filters import CommitmentFilter
from desktop.ui import saved_views
from desktop.ui.operations import AppContext
from desktop.ui.saved_views import SavedView


class ViewPage(Protocol):
    name: str
    search: QLineEdit

    @property
    def view(self) -> QAbstractItemView: ...  # read only: a table or a tree (the Bodies page) will do

    def current_filter(self) -> CommitmentFilter: ...
    def header(self) -> QHeaderView: ...
    def register(self) -> str: ...
    def show_filter(self, flt: CommitmentFilter) -> None: ...


class _TextPage(Protocol):
    search: QLineEdit
    ctx: AppContext

    def apply_filter(self) -> None: ...


class TextFilterViews:
    """Saved views of a page whose filter is its filter box's text (Agreements, Bodies): kept per register."""

    def register(self: _TextPage) -> str:
        return self.ctx.label

    def current_filter(self: _TextPage) -> CommitmentFilter:
        return CommitmentFilter(text=self.search.text())

    def show_filter(self: _TextPage, flt: CommitmentFilter) -> None:
        self.search.setText(flt.text)
        self.apply_filter()


class ViewsButton(QToolButton):
    def __init__(self, page: ViewPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.current = ""  # the view last applied or saved: "Save" offers its name
        self.setObjectName("views")
        self.setText(self.tr("Views"))
        self.setToolTip(self.tr("Saved views: filters, sort and columns, by name"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.views_menu = QMenu(self)
        self.views_menu.setObjectName("views_menu")
        self.views_menu.aboutToShow.connect(self.rebuild)
        self.setMenu(self.views_menu)
        self.rebuild()

    def sizeHint(self) -> QSize:
        # Fusion draws the menu arrow of an instant pop-up inside the text's room: without this it covered the
        # last letter («Көріністер», «Виды»).
        hint = super().sizeHint()
        arrow = self.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, self)
        return QSize(hint.width() + arrow, hint.height())

    def views(self) -> list[SavedView]:
        return saved_views.load(self.page.name, self.page.register())

    def rebuild(self) -> None:
        menu = self.views_menu
        menu.clear()
        views = self.views()
        for view in views:
            action = menu.addAction(view.name)
            action.setCheckable(True)
            action.setChecked(view.name == self.current)
            action.triggered.connect(lambda _on=False, v=view: self.apply(v))
        if views:
            menu.addSeparator()
        menu.addAction(self.tr("Save current view…")).triggered.connect(lambda: self.save_current())
        rename = menu.addMenu(self.tr("Rename view"))
        delete = menu.addMenu(self.tr("Delete view"))
        for view in views:
            rename.addAction(view.name).triggered.connect(lambda _on=False, n=view.name: self.rename(n))
            delete.addAction(view.name).triggered.connect(lambda _on=False, n=view.name: self.delete(n))
        rename.setEnabled(bool(views))
        delete.setEnabled(bool(views))

    def apply(self, view: SavedView) -> None:
        """The view's columns and sort, then its filter (text included)."""
        header = self.page.header()
        if not view.header.isEmpty() and header.restoreState(view.header):
            model = self.page.view.model()
            if model is not None:
                model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.page.show_filter(view.filter)
        self.current = view.name

    def ask_name(self, title: str, default: str) -> str:
        name, ok = QInputDialog.getText(self.window(), title, self.tr("Name of the view:"), text=default)
        return name.strip() if ok else ""

    def save_current(self) -> None:
        name = self.ask_name(self.tr("Save current view"), self.current)
        if not name:
            return
        view = SavedView(name, self.page.current_filter(), self.page.header().saveState())
        saved_views.saved(self.page.name, self.page.register(), view)
        self.current = name
        self.rebuild()

    def rename(self, old: str) -> None:
        new = self.ask_name(self.tr("Rename view"), old)
        if not new or new == old:
            return
        saved_views.renamed(self.page.name, self.page.register(), old, new)
        if self.current == old:
            self.current = new
        self.rebuild()

    def delete(self, name: str) -> None:
        saved_views.deleted(self.page.name, self.page.register(), name)
        if self.current == name:
            self.current = ""
        self.rebuild()
