"""Russian and Kazakh: the window in each language, View → Language, and the translation files themselves."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from desktop.domain.messages import extraction_source
from desktop.storage.database import Database
from desktop.ui import settings
from desktop.ui.application import prepare_app
from desktop.ui.i18n import TRANSLATIONS_DIR, install_translators
from desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("ru", "kk")
PLACEHOLDER = re.compile(r"\{\d\}|%n")
ACCELERATOR = re.compile(r"&(?!&)\w")


# helpers ---------------------------------------------------------------------------------
@pytest.fixture
def translated(qapp: QApplication) -> Iterator[Callable[[Callable[[], object]], None]]:
    """Run a function that installs translators; remove whatever it installed afterwards, so other tests
    keep English (the translators are children of the app, which outlives every test)."""
    added: list[QTranslator] = []

    def run(install: Callable[[], object]) -> None:
        before = set(qapp.findChildren(QTranslator))
        install()
        added.extend(t for t in qapp.findChildren(QTranslator) if t not in before)

    yield run
    for translator in added:
        qapp.removeTranslator(translator)
        translator.setParent(None)
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


@pytest.fixture
def clean_language() -> Iterator[None]:
    """The stored language goes back to the default (other tests call prepare_app, which reads it)."""
    settings.app_settings().remove(settings.LANGUAGE.key)
    yield
    settings.app_settings().remove(settings.LANGUAGE.key)
    settings.app_settings().sync()


def open_window(qtbot, db: Database) -> MainWindow:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: all(p.is_loaded for p in window.pages.values()), timeout=10_000)
    return window


def sidebar_texts(window: MainWindow) -> list[str]:
    return [window.sidebar.item(row).text() for row in range(window.sidebar.count())]


def header_texts(window: MainWindow, page: str) -> list[str]:
    model = window.pages[page].model  # type: ignore[attr-defined]
    return [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) for c in range(model.columnCount())
    ]


def standard_buttons() -> tuple[str, str]:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    texts = (
        box.button(QDialogButtonBox.StandardButton.Save).text(),
        box.button(QDialogButtonBox.StandardButton.Cancel).text(),
    )
    box.deleteLater()
    return texts


def ts_messages(lang: str) -> list[tuple[str, ET.Element]]:
    root = ET.parse(TRANSLATIONS_DIR / f"kelisim_{lang}.ts").getroot()
    return [(ctx.findtext("name") or "", message) for ctx in root.iter("context") for message in ctx.iter("message")]


# the window in Russian and Kazakh --------------------------------------------------------------------
def test_window_in_russian(qtbot, qapp, demo_db: Database, translated) -> None:
    translated(lambda: install_translators(qapp, "ru"))
    window = open_window(qtbot, demo_db)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Файл", "&Правка", "&Вид", "&Справка"]
    assert sidebar_texts(window) == [
        "Сводка",
        "Соглашения",
        "Органы",
        "Обязательства",
        "Стороны",
        "Корзина",
        "Журнал изменений",
        "Пользователи",
    ]
    assert window.act_new.text() == "Со&здать…"
    assert window.act_quit.text() == "В&ыход"
    assert window.language_menu.menu.title() == "&Язык"
    headers = header_texts(window, "commitments")
    assert headers[:4] == ["№", "Обязательство", "Статус", "Срок"]
    # The demo holds overdue commitments: the status bar and dashboard say so in Russian.
    window.show_page("dashboard")
    # Plural forms from the catalogue: "10 обязательств", not "10 commitments" or "Обязательств: 10".
    assert window.counts_label.text() == "10 обязательств, 5 просрочено"
    assert window.dashboard.cards["overdue"].caption.text() == "Просрочено"
    # Qt's own buttons come from qtbase_ru.qm.
    assert standard_buttons() == ("Сохранить", "Отмена")
    window.close()


def test_window_in_kazakh(qtbot, qapp, demo_db: Database, translated) -> None:
    translated(lambda: install_translators(qapp, "kk"))
    window = open_window(qtbot, demo_db)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Файл", "Тү&зету", "&Көрініс", "&Анықтама"]
    assert sidebar_texts(window) == [
        "Жиынтық",
        "Келісімдер",
        "Органдар",
        "Міндеттемелер",
        "Тараптар",
        "Себет",
        "Өзгерістер журналы",
        "Пайдаланушылар",
    ]
    assert header_texts(window, "agreements")[:2] == ["Тіркеу нөмірі", "Атауы"]
    assert window.dashboard.cards["overdue"].caption.text() == "Мерзімі өткен"
    # Statuses shown in the rows are translated too (the demo has commitments in progress).
    window.show_page("commitments")
    page = window.pages["commitments"]
    shown = {page.model.index(r, 2).data() for r in range(page.model.rowCount())}  # type: ignore[attr-defined]
    assert "Орындалуда" in shown
    assert standard_buttons() == ("Сақтау", "Бас тарту")
    window.close()


def test_english_when_no_translator(qtbot, demo_db: Database) -> None:
    window = open_window(qtbot, demo_db)
    assert [action.text() for action in window.menuBar().actions()] == ["&File", "&Edit", "&View", "&Help"]
    assert sidebar_texts(window)[0] == "Dashboard"
    window.close()


# View → Language -------------------------------------------------------------------------------
def test_language_menu_stores_the_choice_for_the_next_start(
    qtbot, qapp, db: Database, clean_language, translated
) -> None:
    window = open_window(qtbot, db)
    language = window.language_menu
    view_entries = [action.menu() for action in window.view_menu.actions()]
    assert language.menu in view_entries
    assert [a.text() for a in language.menu.actions() if not a.isSeparator()] == [
        "English",
        "Русский",
        "Қазақша",
        "System default",
    ]
    assert language.actions[""].isChecked()  # nothing stored yet: the system's language

    language.actions["kk"].trigger()
    assert settings.LANGUAGE.get() == "kk"
    assert language.actions["kk"].isChecked() and not language.actions[""].isChecked()
    notice = language.notice
    assert notice is not None and notice.isVisible()
    assert "Қазақша" in notice.text() and "next time" in notice.text()
    assert language.restart_button.text() == "Restart now"
    assert notice.button(QMessageBox.StandardButton.Ok).text() == "Later"
    qtbot.mouseClick(notice.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: language.notice is None)

    # Choosing the language already stored changes nothing and asks nothing.
    language.actions["kk"].trigger()
    assert language.notice is None

    language.actions["ru"].trigger()
    assert settings.LANGUAGE.get() == "ru"
    language.notice.button(QMessageBox.StandardButton.Ok).click()  # type: ignore[union-attr]
    window.close()

    # The next start (prepare_app reads the setting) is in Russian, and the menu shows the choice.
    translated(lambda: prepare_app(qapp))
    again = open_window(qtbot, db)
    assert again.file_menu.title() == "&Файл"
    assert again.language_menu.actions["ru"].isChecked()
    again.language_menu.actions[""].trigger()
    assert settings.LANGUAGE.get() == ""
    assert "системы" in again.language_menu.notice.text()  # type: ignore[union-attr]
    again.language_menu.notice.close()  # type: ignore[union-attr]
    again.close()


# the translation files ---------------------------------------------------------------------------
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_is_translated_with_its_placeholders(lang: str) -> None:
    messages = ts_messages(lang)
    assert len(messages) > 300
    problems = []
    for context, message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = [form.text or "" for form in translation.iter("numerusform")]
        text = " | ".join(forms) if message.get("numerus") == "yes" else translation.text or ""
        where = f"{context}: {source!r} -> {text!r}"
        if message.get("numerus") == "yes" and (
            translation.get("type") is not None or not all(f.strip() for f in forms)
        ):
            problems.append(f"plural forms not translated: {where}")
            continue
        if message.get("numerus") == "yes":
            for form in forms:
                if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(form)):
                    problems.append(f"placeholders differ: {where}")
            continue
        if translation.get("type") is not None or not text.strip():
            problems.append(f"not translated ({translation.get('type')}): {where}")
            continue
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            problems.append(f"placeholders differ: {where}")
        if len(ACCELERATOR.findall(source)) != len(ACCELERATOR.findall(text)):
            problems.append(f"accelerator (&) lost or doubled: {where}")
        if source.endswith("…") != text.endswith("…"):
            problems.append(f"ellipsis lost: {where}")
        if source.endswith(":") != text.endswith(":"):
            problems.append(f"colon lost: {where}")
    assert not problems, "\n".join(problems)


def test_kazakh_uses_kazakh_letters() -> None:
    texts = " ".join(m.find("translation").text or "" for _c, m in ts_messages("kk"))  # type: ignore[union-attr]
    for letter in "әғқңөұүі":
        assert letter in texts, letter


@pytest.mark.parametrize("lang", LANGUAGES)
def test_compiled_qm_matches_the_ts(lang: str) -> None:
    """A .ts edited without running lrelease would ship the old words."""
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS_DIR / f"kelisim_{lang}.qm"))
    stale = [
        (context, message.findtext("source"))
        for context, message in ts_messages(lang)
        if message.get("numerus") != "yes"
        and translator.translate(context, message.findtext("source") or "") != message.findtext("translation")
    ]
    assert not stale, f"run `make translations`; stale in kelisim_{lang}.qm: {stale[:10]}"


def test_ts_files_hold_every_string_of_the_code(tmp_path: Path) -> None:
    """Strings added to the window after the last `make translations` would show in English."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    # The window's tr() strings, and every Message("…") of the code as `make translations` lists it.
    extracted = tmp_path / "messages_extracted.py"
    extracted.write_text(extraction_source(ROOT), encoding="utf-8")
    sources = sorted(str(p) for folder in ("desktop/ui", "desktop/reports") for p in (ROOT / folder).rglob("*.py"))
    sources.append(str(extracted))
    fresh = tmp_path / "fresh_ru.ts"
    subprocess.run(
        [str(lupdate), "-silent", "-locations", "none", *sources, "-ts", str(fresh)],
        check=True,
        cwd=ROOT,
        capture_output=True,
        timeout=120,
    )
    in_code = {
        (ctx.findtext("name") or "", m.findtext("source"))
        for ctx in ET.parse(fresh).getroot().iter("context")
        for m in ctx.iter("message")
    }
    for lang in LANGUAGES:
        in_ts = {(context, message.findtext("source")) for context, message in ts_messages(lang)}
        missing = sorted(in_code - in_ts, key=str)
        assert not missing, (
            f"run `make translations` and translate the new strings in kelisim_{lang}.ts: {missing[:10]}"
        )
