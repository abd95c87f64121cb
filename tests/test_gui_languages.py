"""The window in each language: names in the viewer's language, dates and numbers by QLocale, messages
rendered through Qt, and a walk over every page and editor that fails when a label's text is wider than it."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionComboBox,
    QToolButton,
    QWidget,
)

from desktop.domain.errors import InUseError
from desktop.domain.messages import Message
from desktop.services import agreements
from desktop.storage.database import Database
from desktop.ui import i18n, labels
from desktop.ui.editors import edit_agreement, edit_body, edit_commitment, edit_party
from desktop.ui.editors.agreement_status import change_agreement_status
from desktop.ui.editors.status import change_commitment_status
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.list_page import header_room

pytestmark = pytest.mark.gui
LANGUAGES = ("en", "ru", "kk")


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    """Install one language's translators for a test; English again afterwards (other tests expect it)."""

    def install(lang: str) -> None:
        i18n.install_translators(qapp, lang)

    yield install
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.setParent(None)
    i18n.install_translators(qapp, "en")
    for translator in qapp.findChildren(QTranslator):  # English plural forms are only for these tests
        qapp.removeTranslator(translator)
        translator.setParent(None)
    i18n._state["language"] = "en"


def open_window(qtbot: Any, db: Database, width: int = 1280, height: int = 720) -> MainWindow:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitUntil(lambda: all(p.is_loaded for p in window.pages.values()), timeout=15_000)
    return window


def column_texts(window: MainWindow, page: str, column: str) -> list[str]:
    view_page = window.pages[page]
    model = view_page.model  # type: ignore[attr-defined]
    index = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) is not None
        and model.columns[c].key == column
    )
    return [model.index(r, index).data() for r in range(model.rowCount())]


# dates, numbers, messages --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "day", "number", "percent"),
    [
        ("en", "31 Dec 2026", "30,000", "75%"),
        ("ru", "31.12.2026", "30\u00a0000", "75\u00a0%"),
        ("kk", "31.12.2026", None, "75\u00a0%"),
    ],
)
def test_dates_and_numbers_follow_the_language(language, lang: str, day: str, number: str | None, percent: str) -> None:
    language(lang)
    assert labels.day(date(2026, 12, 31)) == day
    if number is not None:
        assert i18n.number(30000) == number
    else:
        assert i18n.number(30000).replace("\u00a0", " ") == "30 000"
    assert i18n.percent(75) == percent


@pytest.mark.parametrize("lang", ("ru", "kk"))
def test_date_entry_accepts_the_local_form_and_iso(language, lang: str) -> None:
    from desktop.ui.editors.widgets import parse_day

    language(lang)
    assert parse_day("31.12.2026") == parse_day("2026-12-31") == date(2026, 12, 31)


def test_english_date_entry_accepts_its_own_form(language) -> None:
    from desktop.ui.editors.widgets import parse_day

    language("en")
    assert parse_day("31 Dec 2026") == parse_day("2026-12-31") == date(2026, 12, 31)


def test_service_refusal_rendered_through_qt_in_kazakh(language, demo_db: Database) -> None:
    language("kk")
    with pytest.raises(InUseError) as info:
        agreements.delete(demo_db, 1)
    shown = i18n.error_text(info.value)
    assert shown.startswith("«KZ-CN-2024-05-20/1» жоюға болмайды: оған ") and "міндеттеме" in shown
    assert i18n.text(Message("%n commitment(s)", n=11)) == "11 міндеттеме"


def test_history_note_created_is_translated(language) -> None:
    language("ru")
    assert i18n.text(Message("created")) == "создано"


# names in the viewer's language -----------------------------------------------------------------------------
def test_names_in_the_interface_language_on_each_page(qtbot, language, demo_db: Database) -> None:
    from desktop.services import lookups

    language("ru")
    names = lookups.local_names(demo_db, "ru")
    assert names.bodies and names.agreements
    window = open_window(qtbot, demo_db)
    shown_titles = column_texts(window, "agreements", "title")
    assert set(names.agreements.values()) <= set(shown_titles)
    # Their parties too ("Китайская Народная Республика, Республика Казахстан", not "China, Kazakhstan").
    shown_parties = {p for text in column_texts(window, "agreements", "parties") for p in text.split(", ")}
    assert shown_parties and shown_parties <= set(names.party_ids.values())
    bodies_page = window.pages["bodies"]
    body_texts = [
        bodies_page.model.index(r, 0).data()  # type: ignore[attr-defined]
        for r in range(bodies_page.model.rowCount())  # type: ignore[attr-defined]
    ]
    top = names.bodies[min(names.bodies)]
    assert top in body_texts
    # The Commitments list's dates the Russian way too ("31.12.2026 · просрочено"), not ISO.
    due_texts = [t for t in column_texts(window, "commitments", "due_date") if t]
    assert due_texts and all(re.match(r"\d\d\.\d\d\.\d{4}", t) for t in due_texts), due_texts
    shown_bodies = set(column_texts(window, "commitments", "body"))
    assert shown_bodies & set(names.bodies.values())
    # The dashboard's progress per body and the filter bar's picker say the same names.
    dashboard_bodies = {row.body_id for row in window.dashboard.body_rows() if row.body_id is not None}
    assert dashboard_bodies
    # Its overdue list too, with dates the Russian way.
    overdue = window.dashboard.overdue_model
    qtbot.waitUntil(lambda: overdue.rowCount() > 0, timeout=10_000)
    listed_bodies = {overdue.index(r, 3).data() for r in range(overdue.rowCount())} - {""}
    assert listed_bodies and listed_bodies <= set(names.bodies.values())
    assert all(re.fullmatch(r"\d\d\.\d\d\.\d{4}", overdue.index(r, 0).data()) for r in range(overdue.rowCount()))
    bar = window.pages["commitments"].filter_bar  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: bar.body.count() > 1, timeout=10_000)
    picker = [bar.body.itemText(i).strip() for i in range(bar.body.count())]
    assert top in picker
    # Search still finds every form: the English name finds the commitments of the Russian-named body.
    window.close()


def test_names_stay_original_in_english(qtbot, demo_db: Database) -> None:
    from desktop.services import lookups

    window = open_window(qtbot, demo_db)
    titles = column_texts(window, "agreements", "title")
    with demo_db.read() as session:
        from sqlalchemy import select

        from desktop.domain.models import Agreement

        assert titles == [t for t in session.scalars(select(Agreement.title).order_by(Agreement.reg_number))]
    assert lookups.local_names(demo_db, "en").bodies == {}
    window.close()


# the label-fit walk ------------------------------------------------------------------------------------------
def cut_labels(root: QWidget) -> list[str]:
    """Visible labels, buttons and choice boxes whose single-line text is wider than the widget shows."""
    cut = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel) and not widget.wordWrap() and widget.text() and "<" not in widget.text():
            shown = (
                widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            )  # the mnemonic's & is not drawn
            needed = max(widget.fontMetrics().horizontalAdvance(line) for line in shown.split("\n"))
            room = widget.contentsRect().width() - 2 * widget.margin() - widget.indent() * (widget.indent() > 0)
            if needed > room + 1:
                cut.append(f"label {widget.text()!r}: {needed}px text in {room}px")
        elif isinstance(widget, QLineEdit) and widget.placeholderText() and not widget.text():
            needed = widget.fontMetrics().horizontalAdvance(widget.placeholderText())
            room = widget.width() - 12  # the frame and text margins
            if needed > room:
                cut.append(f"placeholder {widget.placeholderText()!r}: {needed}px text in {room}px")
        elif isinstance(widget, QAbstractButton) and widget.text() and type(widget).__name__ == "QPushButton":
            text = widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            needed = widget.fontMetrics().horizontalAdvance(text)
            if needed > widget.width() - 8:
                cut.append(f"button {text!r}: {needed}px text in {widget.width()}px")
        elif (
            isinstance(widget, QToolButton)
            and widget.menu() is not None
            and widget.popupMode() == QToolButton.ToolButtonPopupMode.InstantPopup
            and widget.text()
        ):  # the menu's arrow is drawn inside the text's room
            arrow = widget.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, widget)
            needed = widget.fontMetrics().horizontalAdvance(widget.text().replace("&", "")) + arrow
            if needed > widget.width() - 6:
                cut.append(f"menu button {widget.text()!r}: {needed}px text and arrow in {widget.width()}px")
        elif isinstance(widget, QComboBox) and not widget.isEditable() and widget.currentText():
            option = QStyleOptionComboBox()
            widget.initStyleOption(option)
            field = widget.style().subControlRect(
                QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, widget
            )
            needed = widget.fontMetrics().horizontalAdvance(widget.currentText())
            if not option.currentIcon.isNull():
                needed += option.iconSize.width() + 4
            if needed > field.width():
                cut.append(f"choice {widget.currentText()!r}: {needed}px text in {field.width()}px")
        elif isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal:
            model = widget.model()
            for section in range(widget.count()):
                heading = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
                if not heading or widget.isSectionHidden(section):
                    continue
                if header_room(widget, heading) > widget.sectionSize(section):
                    cut.append(f"column heading {heading!r}: {widget.sectionSize(section)}px")
    return cut


def editors(window: MainWindow) -> list[Callable[[], Any]]:
    ctx = window.ctx
    return [
        lambda: edit_party(window, ctx, 1),
        lambda: edit_agreement(window, ctx, 1),
        lambda: edit_body(window, ctx, 2),
        lambda: edit_commitment(window, ctx, 3),
        lambda: change_commitment_status(window, ctx, 3),
        lambda: change_agreement_status(window, ctx, 1),
    ]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_label_is_cut_at_1280x720(qtbot, language, demo_db: Database, lang: str) -> None:
    language(lang)
    window = open_window(qtbot, demo_db)
    problems: list[str] = []
    for name in window.pages:
        window.show_page(name)
        qtbot.wait(50)
        problems += [f"{name} page: {p}" for p in cut_labels(window)]
    for open_dialog in editors(window):
        dialog = open_dialog()
        dialog.show()
        qtbot.waitUntil(lambda d=dialog: d.isVisible(), timeout=5_000)
        content = getattr(dialog, "content", None)
        if content is not None:
            qtbot.waitUntil(lambda c=content: c.isEnabled(), timeout=10_000)
        qtbot.wait(50)
        problems += [f"{type(dialog).__name__}: {p}" for p in cut_labels(dialog)]
        dialog.dirty = False
        dialog.close()
    window.close()
    assert not problems, f"{lang}:\n" + "\n".join(problems)


def overlapping(parent: QWidget, widgets: list[QWidget]) -> list[str]:
    boxes = [(w, w.geometry().translated(w.parentWidget().mapTo(parent, w.pos()) - w.pos())) for w in widgets]
    return [
        f"{a.objectName() or type(a).__name__} overlaps {b.objectName() or type(b).__name__}"
        for i, (a, ra) in enumerate(boxes)
        for b, rb in boxes[i + 1 :]
        if ra.intersects(rb)
    ]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_filter_bar_wraps_instead_of_overlapping(qtbot, language, demo_db: Database, lang: str) -> None:
    language(lang)
    window = open_window(qtbot, demo_db, 1100, 720)
    window.show_page("commitments")
    bar = window.pages["commitments"].filter_bar  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: bar.isVisible(), timeout=5_000)
    widgets = [
        bar.body,
        bar.party,
        bar.sector,
        bar.agreement,
        bar.person,
        bar.person_role,
        bar.due_from,
        bar.due_to,
        bar.reset_button,
    ]
    qtbot.waitUntil(lambda: bar.wrapped, timeout=5_000)
    qtbot.waitUntil(lambda: not overlapping(bar, widgets), timeout=5_000)  # once the layout has run
    assert all(w.width() >= w.minimumSizeHint().width() for w in widgets)
    window.resize(1800, 900)
    qtbot.waitUntil(lambda: not bar.wrapped, timeout=5_000)
    qtbot.waitUntil(lambda: not overlapping(bar, widgets), timeout=5_000)  # once the layout has run
    window.close()


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_export_choices_fit_their_words(qtbot, language, lang: str, kind: str) -> None:
    """The export dialog: «напр. Для служебного пользования (на каждой странице)» was cut in Russian."""
    from desktop.ui.report_dialog import ReportChoices, ReportDialog

    language(lang)
    dialog = ReportDialog(None, kind, ReportChoices())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.isVisible, timeout=5_000)
    assert not cut_labels(dialog), f"{lang}: {cut_labels(dialog)}"


@pytest.mark.parametrize(
    ("lang", "one", "two", "question"),
    [
        ("en", "it has 1 sub-body", "it has 2 sub-bodies", "Its 2 commitments, with their history"),
        ("ru", "у него 1 подчинённый орган", "у него 2 подчинённых органа", "его 2 обязательства с историей"),
        ("kk", "оның 1 бағынышты органы бар", "оның 2 бағынышты органы бар", "оның 2 міндеттемесі тарихымен"),
    ],
)
def test_delete_reasons_count_in_the_window(
    qtbot, language, demo_db: Database, monkeypatch: pytest.MonkeyPatch, lang: str, one: str, two: str, question: str
) -> None:
    """Delete's tooltip and question read their counts in each language (1 sub-body, 2 sub-bodies)."""
    from PySide6.QtWidgets import QMessageBox

    from desktop.services import bodies
    from desktop.services.records import BodyData

    language(lang)
    # The committee (1) has two sub-bodies; the innovation subcommittee (3) gets one; agriculture (2) has
    # two commitments and nothing below it.
    bodies.save(demo_db, BodyData(name="Working group on start-ups", kind="working_group", parent_id=3))
    window = open_window(qtbot, demo_db)
    window.show_page("bodies")
    page: Any = window.pages["bodies"]
    for body_id, words in ((1, two), (3, one)):
        qtbot.waitUntil(lambda body_id=body_id: page.select_id(body_id), timeout=5000)
        qtbot.waitUntil(lambda: not window.act_delete.isEnabled(), timeout=5000)
        assert words in window.act_delete.toolTip()
    asked: list[str] = []

    def answer(_parent: Any, _title: str, text: str, *_rest: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    qtbot.waitUntil(lambda: page.select_id(2), timeout=5000)
    qtbot.waitUntil(window.act_delete.isEnabled, timeout=5000)
    window.act_delete.trigger()
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    assert question in asked[0]
    window.ctx.wait_idle()
    window.close()
