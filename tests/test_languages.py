"""Messages are data, translated at the edge: the catalogue, the command line and the reports in each language.

The window's side (Qt translators, QLocale) is in tests/test_i18n.py and tests/test_gui_languages.py.
"""

from __future__ import annotations

import ast
import functools
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.cli import main
from desktop.domain import errors
from desktop.domain.catalogue import TRANSLATIONS_DIR, Catalogue, render
from desktop.domain.errors import InUseError, KelisimError, ValidationError
from desktop.domain.filters import CommitmentFilter
from desktop.domain.messages import EXTRACTION_FILE, Message, extract_calls, extraction_source
from desktop.reports.jobs import export_workbook
from desktop.reports.pdf import write_pdf
from desktop.services import agreements, bodies, commitments, lookups, parties
from desktop.services.importing.apply import import_workbook
from desktop.services.reporting import dataset
from desktop.storage.database import Database
from tests.engines import db_arg

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("ru", "kk")
# Latin words a Russian or Kazakh message may keep: product and format names, command-line syntax.
KEPT_LATIN = {
    # role names and commands as they are typed (--role clerk|manager|admin, admin setup), the server's
    # group roles, the iCalendar file format and its .ics extension
    "clerk",
    "manager",
    "admin",
    "setup",
    "kelisim_clerk",
    "kelisim_manager",
    "kelisim_admin",
    "ics",
    "icalendar",
    "kelisim",
    "postgresql",
    "sqlite",
    "excel",
    "iso",
    "xlsx",
    "xls",
    "pdf",
    "pg_dump",
    "zip",
    "db",
    "restore",
    "skip",
    "invalid",
    "xl",
    "workbook",
    "xml",
    "commitment",
    "agreement",
    "windows",
    "debian",
    "ubuntu",
    "path",
    "bin",
    "custom",
    # command-line syntax shown as typed: --map "Header=field", --on-conflict skip|overwrite, import --help
    "header",
    "field",
    "import",
    "overwrite",
    "on_conflict",
    # --help shows commands, metavars, choices and examples as they are typed: status REF --progress N,
    # set REF field=value, --edition full|briefing, --on-conflict fail, --map "…=due_date", FIELD 'ignore',
    # the 'manual' backup pool, .dump files, KZ-CN-2024/01
    "status",
    "set",
    "ref",
    "full",
    "briefing",
    "fail",
    "due_date",
    "ignore",
    "manual",
    "dump",
    "kz",
    "cn",
    "url",
    "stderr",
    "utc",
    # audit --table takes table names as typed
    "body",
    "party",
    "status_change",
    "trash",
    # the attachments command is typed as it is; SHA-256 is the hash's name in every language
    "attachments",
    "sha",
}
ARGPARSE_FIELD = re.compile(r"%\([a-z_]+\)[sr]")  # argparse fills %(prog)s, %(value)r … itself
# Command-line options and file suffixes are typed as they are: "--replace-with-other-register", "-wal".
OPTION = re.compile(r"(?<![\w])--?[a-z][a-z-]*")
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z_]+")


# the catalogue ----------------------------------------------------------------------------------------
def ts_entries(lang: str) -> list[tuple[str, ET.Element]]:
    root = ET.parse(TRANSLATIONS_DIR / f"kelisim_{lang}.ts").getroot()
    return [(ctx.findtext("name") or "", m) for ctx in root.iter("context") for m in ctx.iter("message")]


@functools.cache  # parsing every module of the code is a second; seven tests ask, the code does not change
def code_messages() -> frozenset[tuple[str, str]]:
    return frozenset(
        {
            (context, text)
            for path in (ROOT / "desktop").rglob("*.py")
            for context, text, _plural, _line in extract_calls(path)
        }
    )


@pytest.mark.slow
def test_the_extraction_file_is_up_to_date() -> None:
    """`make translations` writes it; a Message added since would reach lupdate only after that run."""
    assert (ROOT / EXTRACTION_FILE).read_text(encoding="utf-8") == extraction_source(ROOT), "run `make translations`"


@pytest.mark.slow
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_of_the_code_is_translated(lang: str) -> None:
    catalogue = Catalogue(lang)
    missing = sorted(
        text
        for context, text in code_messages()
        if (context, text) not in catalogue.singular and (context, text) not in catalogue.plural
    )
    assert not missing, f"untranslated or unfinished in kelisim_{lang}.ts: {missing[:15]}"


@pytest.mark.slow
@pytest.mark.parametrize("lang", LANGUAGES)
def test_translated_messages_hold_no_english(lang: str) -> None:
    catalogue = Catalogue(lang)
    english = []
    for context, text in code_messages():
        translated = " ".join(catalogue.plural.get((context, text), [])) or catalogue.singular.get((context, text), "")
        translated = OPTION.sub(" ", ARGPARSE_FIELD.sub(" ", translated))
        words = {w.lower() for w in LATIN_WORD.findall(translated)} - KEPT_LATIN
        if words and any(c.isalpha() for c in text):
            english.append(f"{text!r} -> {translated!r} ({sorted(words)})")
    assert not english, "\n".join(english)


@pytest.mark.slow
def test_english_plural_forms_are_complete() -> None:
    catalogue = Catalogue("en")
    plurals = {(c, t) for c, t in code_messages() if "%n" in t}
    assert plurals and plurals <= set(catalogue.plural), sorted(plurals - set(catalogue.plural))


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", ["1 commitment", "2 commitments", "5 commitments", "21 commitments", "11 commitments"]),
        ("ru", ["1 обязательство", "2 обязательства", "5 обязательств", "21 обязательство", "11 обязательств"]),
        ("kk", ["1 міндеттеме", "2 міндеттеме", "5 міндеттеме", "21 міндеттеме", "11 міндеттеме"]),
    ],
)
def test_plural_forms(lang: str, expected: list[str]) -> None:
    assert [render(Message("%n commitment(s)", n=n), lang) for n in (1, 2, 5, 21, 11)] == expected


# no English literal outside the catalogue ------------------------------------------------------------------
def _error_names() -> set[str]:
    import importlib

    for path in (ROOT / "desktop").rglob("*.py"):
        module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        if "/ui/" in path.as_posix() or "/migrations/" in path.as_posix() or module.endswith("__main__"):
            continue
        importlib.import_module(module)
    found: set[str] = set()
    stack: list[type] = [KelisimError]
    while stack:
        cls = stack.pop()
        found.add(cls.__name__)
        stack.extend(cls.__subclasses__())
    return found | {"FieldProblem", "CellError", "Rejection"}


def _is_literal_text(node: ast.AST) -> bool:
    """An English sentence written in place: a string literal with letters, an f-string, or text + text."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return bool(set(re.findall(r"[A-Za-z]{2,}", node.value)) - {"kelisim"})
    if isinstance(node, ast.JoinedStr):
        return any(_is_literal_text(part) for part in node.values if isinstance(part, ast.Constant))
    if isinstance(node, ast.BinOp):
        return _is_literal_text(node.left) or _is_literal_text(node.right)
    return False


@pytest.mark.slow
def test_no_user_visible_english_literal_outside_the_catalogue() -> None:
    """Errors, field problems and command-line output carry Messages, never finished English sentences."""
    names = _error_names()
    found = []
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        where = path.relative_to(ROOT).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            args = list(node.args)
            if name in ("FieldProblem", "FieldError", "ExportError", "Rejection") or name == "add":
                args = args[1:]  # the field name (or path) first: an identifier, not a sentence
                if name == "Rejection":
                    args = args[3:]
            if (
                name == "Message"
                and node.args
                and not isinstance(node.args[0], ast.Constant)
                and "messages.py" not in where
            ):
                found.append(f"{where}:{node.lineno}: Message() needs a literal text (lupdate cannot see it)")
            checked = (
                name in names
                or name in ("FieldError", "add")
                or (name in ("print", "say") and (where.startswith("desktop/commands") or where == "desktop/cli.py"))
            )
            if name == "add" and "rules" not in where:
                checked = False
            if checked and any(_is_literal_text(a) for a in args):
                found.append(f"{where}:{node.lineno}: {ast.unparse(node)[:110]}")
            if where.startswith("desktop/commands") or where == "desktop/cli.py":  # --help is read too
                texts = [k.value for k in node.keywords if k.arg in ("help", "description", "epilog")]
                texts += args if name == "add_argument_group" else []
                if any(_is_literal_text(t) for t in texts):
                    found.append(f"{where}:{node.lineno}: help text {ast.unparse(node)[:100]}")
    assert not found, "user-visible English outside the catalogue:\n" + "\n".join(found)


# every domain/service message in each language ------------------------------------------------------------
def refusals(db: Database) -> list[KelisimError]:
    """Real refusals of the services, raised against the demo register."""
    raised: list[KelisimError] = []
    attempts = [
        lambda: parties.delete(db, 1),
        lambda: bodies.delete(db, 1),
        lambda: agreements.delete(db, 1),
        lambda: commitments.change_status(db, 1, "cancelled", ""),
        lambda: lookups.party_id_by_name(db, "Atlantis"),
    ]
    for attempt in attempts:
        with pytest.raises(KelisimError) as info:
            attempt()
        raised.append(info.value)
    return raised


@pytest.mark.parametrize("lang", LANGUAGES)
def test_service_refusals_in_the_users_language(demo_db: Database, lang: str) -> None:
    for error in refusals(demo_db):
        shown = render(error.describe(), lang)
        english = {w.lower() for w in LATIN_WORD.findall(shown)} - KEPT_LATIN
        # Data stays as it is (the demo's English names); nothing else is English.
        data_words = {w.lower() for w in LATIN_WORD.findall(" ".join(str(a) for a in _data_args(error.describe())))}
        assert not english - data_words, (lang, shown)


def _data_args(message: Message) -> list[object]:
    found: list[object] = []
    for arg in message.args:
        found += _data_args(arg) if isinstance(arg, Message) else [arg]
    return found


def test_the_in_use_refusal_counts_in_russian(demo_db: Database) -> None:
    with pytest.raises(InUseError) as info:
        agreements.delete(demo_db, 1)
    shown = render(info.value.describe(), "ru")
    assert shown.startswith("«KZ-CN-2024-05-20/1» нельзя удалить: на него ссылаются ")
    assert re.search(r"\d+ обязательств(о|а)?\b", shown), shown


def test_field_labels_and_values_in_kazakh() -> None:
    from desktop.domain.rules import status_change_problems

    with pytest.raises(ValidationError) as info:
        raise ValidationError(status_change_problems("completed", "on_hold", ""))
    shown = render(info.value.describe(), "kk")
    assert shown.startswith("Мәртебесі: ") and "«Орындалды»" in shown and "«Кідіртілген»" in shown, shown


# the command line ---------------------------------------------------------------------------------------
def test_command_line_follows_lang(demo_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    target = db_arg(demo_db)
    demo_db.close()
    assert main(["--db", target, "--lang", "ru", "list"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "10 обязательств"
    assert main(["--db", target, "--lang", "kk", "list", "--party", "Atlantis"]) == 1
    assert capsys.readouterr().err.startswith("kelisim: белгісіз мән (тарап) «Atlantis»; рұқсат етілгендері: ")


@pytest.mark.slow
def test_command_line_follows_the_locale(demo_db: Database, tmp_path: Path) -> None:
    """Without --lang the system locale decides (LANG=kk_KZ.UTF-8); list/status start without Qt."""
    env = {"LANG": "kk_KZ.UTF-8", "PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)}
    target = db_arg(demo_db)
    demo_db.close()
    probe = (
        "import sys; from desktop.cli import main; code = main(sys.argv[1:]); "
        "assert 'PySide6' not in sys.modules; sys.exit(code)"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, "--db", target, "status", "KZ-CN-2024/01", "cancelled"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 1, done.stderr
    assert done.stderr.startswith("kelisim: Ескертпе: «Күші жойылған» мәртебесіне ауыстыру үшін ескертпе қажет"), (
        done.stderr
    )


# reports in each language ---------------------------------------------------------------------------------
REPORT_WORDS = {
    "ru": (
        "Сводка",
        "Обязательства по органам",
        "Состояние на",
        "01.06.2026",
        "Приложение. Соглашения",
        "Страница 1 из",
    ),
    "kk": ("Жиынтық", "Органдар бойынша міндеттемелер", "Жағдай күні", "01.06.2026", "Қосымша. Келісімдер", "1-бет"),
    "en": ("Summary", "Commitments by body", "Status as of", "1 Jun 2026", "Annex. Agreements", "Page 1 of"),
}
SHEETS = {
    "ru": ["Сводка", "Обязательства", "Соглашения", "Органы", "Стороны", "Люди", "История"],
    "kk": ["Жиынтық", "Міндеттемелер", "Келісімдер", "Органдар", "Тараптар", "Адамдар", "Тарих"],
    "en": ["Summary", "Commitments", "Agreements", "Bodies", "Parties", "People", "History"],
}


@pytest.mark.slow
@pytest.mark.parametrize("lang", ("ru", "kk", "en"))
def test_pdf_report_in_each_language(demo_db: Database, tmp_path: Path, lang: str) -> None:
    data = dataset.build(
        demo_db, CommitmentFilter(statuses=frozenset({"in_progress"})), date(2026, 6, 1), language=lang
    )
    target = write_pdf(data, tmp_path / f"report-{lang}.pdf")
    text = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True, check=True).stdout
    flat = " ".join(text.split())
    for words in REPORT_WORDS[lang]:
        assert words in flat, (lang, words)
    status = render(Message("In progress"), lang)
    assert f"{render(Message('Status: {0}', Message('In progress')), lang)}" in flat and status in flat
    # The document's language, read from its catalogue (the tagged PDF packs it into an object stream).
    from pypdf import PdfReader

    assert PdfReader(target).trailer["/Root"]["/Lang"] == {"ru": "ru-RU", "kk": "kk-KZ", "en": "en-GB"}[lang]
    if lang != "en":
        # The demo stores Russian and Kazakh body names: the sections use them.
        with demo_db.read() as session:
            from sqlalchemy import select

            from desktop.domain.models import Body

            local = session.scalars(select(getattr(Body, f"name_{lang}")).where(Body.id == 1)).one()
        assert local and " ".join(local.split()) in flat


@pytest.mark.slow
@pytest.mark.parametrize("lang", ("ru", "kk", "en"))
def test_workbook_in_each_language_reads_back(demo_db: Database, tmp_path: Path, lang: str) -> None:
    target = tmp_path / f"report-{lang}.xlsx"
    export_workbook(demo_db, target, CommitmentFilter(), date(2026, 6, 1), language=lang, with_history=True)
    wb = load_workbook(target)
    assert wb.sheetnames == SHEETS[lang]
    summary = wb[SHEETS[lang][0]]
    assert summary["A2"].value == render(Message("Generated"), lang)
    assert summary["B4"].value == render(Message("All commitments"), lang)
    assert summary["B3"].number_format == ("d mmm yyyy" if lang == "en" else "dd.mm.yyyy")
    commitments_sheet = wb[SHEETS[lang][1]]
    assert commitments_sheet["A1"].value == render(Message("Reference"), lang)
    statuses = {row[12] for row in commitments_sheet.iter_rows(min_row=2, values_only=True)}
    assert render(Message("In progress"), lang) in statuses
    assert wb.properties.language == {"ru": "ru-RU", "kk": "kk-KZ", "en": "en-GB"}[lang]
    # The import reads a translated workbook back: nothing to change in the register it came from.
    result = import_workbook(demo_db, target, dry_run=True)
    assert not result.plan.rejections and not result.plan.problems, result.plan.summary_lines(lang)
    assert not result.plan.has_changes, result.plan.summary_lines(lang)


def test_export_command_takes_the_report_language(demo_db: Database, tmp_path: Path, capsys) -> None:
    target = db_arg(demo_db)
    demo_db.close()
    out = tmp_path / "report.xlsx"
    assert main(["--db", target, "--lang", "kk", "export", "xlsx", "-o", str(out), "--lang", "ru", "--quiet"]) == 0
    assert load_workbook(out).sheetnames[0] == "Сводка"
    said = capsys.readouterr().out
    assert said.startswith(f"{out} жазылды: 10 міндеттеме"), said  # the messages follow --lang kk


def test_field_labels_cover_every_checked_field() -> None:
    assert {"reg_number", "title", "name", "status", "note", "progress"} <= set(errors.FIELD_LABELS)


@pytest.mark.parametrize(
    ("lang", "usage", "described", "error"),
    [
        ("ru", "использование: ", "список обязательств", "ошибка: нераспознанные аргументы: --frobnicate"),
        ("kk", "қолданылуы: ", "міндеттемелер тізімі", "қате: танылмаған аргументтер: --frobnicate"),
        ("en", "usage: ", "list commitments", "error: unrecognized arguments: --frobnicate"),
    ],
)
def test_command_line_help_and_usage_errors_in_the_language(
    lang: str, usage: str, described: str, error: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        main(["--lang", lang, "--help"])
    shown = capsys.readouterr().out
    assert shown.startswith(usage) and described in shown
    if lang != "en":  # argparse's own words too
        assert "positional arguments" not in shown and "show this help message" not in shown
    with pytest.raises(SystemExit):
        main(["--lang", lang, "export", "pdf", "--help"])
    export_help = capsys.readouterr().out
    assert "%(" not in export_help and ("filters (combine freely)" in export_help) == (lang == "en")
    with pytest.raises(SystemExit):
        main(["--lang", lang, "list", "--frobnicate"])
    assert error in capsys.readouterr().err
