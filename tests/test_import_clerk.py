"""Issue 10: a clerk's own Excel register comes in whole, and an import never undoes newer work.

Each test builds its workbook the way a clerk keeps one (phrase headers in Russian and Kazakh, a
sheet per year, a hidden sheet, blank cells, Word's line breaks) or takes Kelisim's own export and
edits the register after it; then it reads back the register and its history. Every test runs on
SQLite and on PostgreSQL.
"""

from __future__ import annotations

import re
import subprocess
import zipfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from desktop.cli import main as cli_main
from desktop.domain.catalogue import render
from desktop.domain.enums import HistoryEntity
from desktop.domain.errors import ValidationError
from desktop.domain.messages import as_message
from desktop.domain.models import Agreement, Body, Commitment, Party
from desktop.domain.rules import commitment_progress_problems
from desktop.domain.words import history_note
from desktop.reports.excel import write_workbook
from desktop.reports.jobs import register_target
from desktop.reports.pdf import write_pdf
from desktop.services import commitment_list, commitments, history, lookups
from desktop.services.importing import mapping as mapping_module
from desktop.services.importing.apply import ImportConflicts, import_workbook
from desktop.services.importing.cells import text as cell_text
from desktop.services.importing.mapping import auto_map, field_for
from desktop.services.importing.workbook import read_workbook
from desktop.services.reporting import dataset
from desktop.storage.database import Database, open_database

TODAY = date(2026, 11, 30)
REG = "KZ-CN-2024-05-20/1"


# --- the register on both engines ------------------------------------------------------------------------
@pytest.fixture
def register(demo_db: Database) -> Database:
    """The demo register, on SQLite or on the session's PostgreSQL server (conftest's ``demo_db``)."""
    return demo_db


def cli(db: Database, *args: str) -> int:
    return cli_main(["--db", register_target(db), *args])


def rows_by_ref(db: Database) -> dict[str, tuple[Any, ...]]:
    return {r[commitment_list.Col.REF]: r for r in commitment_list.list_rows(db)}


def by_title(db: Database, title: str) -> tuple[Any, ...]:
    found = [r for r in commitment_list.list_rows(db) if r[commitment_list.Col.TITLE] == title]
    assert len(found) == 1, (title, found)
    return found[0]


def count(db: Database, model: type) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def trail(db: Database, commitment_id: int) -> list[Any]:
    return history.for_record(db, HistoryEntity.COMMITMENT, commitment_id)


def save(path: Path, wb: Workbook) -> Path:
    wb.save(path)
    return path


def backdate(path: Path, moment: datetime) -> Path:
    """Set the workbook's "last saved" property, as Excel writes it when the clerk saves the file."""
    stamp = moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(path) as archive:
        members = {info.filename: archive.read(info.filename) for info in archive.infolist()}
    core = members["docProps/core.xml"].decode("utf-8")
    core = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rf"\g<1>{stamp}\g<2>", core)
    members["docProps/core.xml"] = core.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def clerk_register(path: Path) -> Path:
    """A ministry clerk's register: a title row, phrase headers, one sheet per year, a hidden old sheet."""
    wb = Workbook()
    ws = wb.active
    ws.title = "2024"
    ws.append(["Реестр обязательств по протоколам заседаний"])
    ws.append(
        [
            "№ п/п",
            "№ протокола",
            "Наименование\nобязательства",
            "Ответственный исполнитель",
            "Срок исполнения",
            "Отметка об исполнении",
            "Примечание",
        ]
    )
    ws.append(
        [
            1,
            "12/2024",
            "Провести переговоры о поставках зерна",
            "МИД РК",
            date(2024, 10, 1),
            "Исполнено",
            # Word's manual line break and a bell, as Excel saves them.
            "Отчёт_x000B_направлен_x0007_в МИД",
        ]
    )
    ws.append([2, "12/2024", "Подготовить дорожную карту", None, "31.12.2025", "в работе", None])
    ws.append([3, REG, "Открыть торговый дом в Сиане", "Минторговли", None, "Исполнено 15.03.2025", "без даты?"])
    kk = wb.create_sheet("2025")
    kk.append(["№", "Хаттама нөмірі", "Міндеттеменің атауы", "Жауапты орындаушы", "Орындау мерзімі", "Ескертпе"])
    kk.append(
        [1, "7/2025", "Сауда айналымын арттыру", "Сауда министрлігі", date(2025, 12, 1), "Ministry_x000D_\nof Commerce"]
    )
    # The same commitment as 2024's second row: one record, this sheet filling in its agency and remark.
    kk.append([2, "12/2024", "Подготовить дорожную карту", "МИД РК", None, "перенесено на 2026"])
    old = wb.create_sheet("Архив", 0)
    old.append(["№", "Наименование обязательства"])
    old.append([1, "Старое обязательство, которое не нужно"])
    old.sheet_state = "hidden"
    wb.create_sheet("Пустой")
    return save(path, wb)


# --- the whole register in one go ----------------------------------------------------------------------------
@pytest.mark.slow
def test_clerk_register_comes_in_whole(register: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # The clerk saved the file a minute before importing it.
    path = backdate(clerk_register(tmp_path / "реестр 2024-2025.xlsx"), datetime.now(UTC) - timedelta(minutes=1))
    agreements_before, commitments_before = count(register, Agreement), count(register, Commitment)

    assert cli(register, "import", str(path), "--dry-run") == 0
    out = capsys.readouterr().out
    # Every sheet is named with what became of it.
    assert "'Архив' — hidden: skipped" in out
    assert "'2024' — read as commitments" in out and "'2025' — read as commitments" in out
    assert "'Пустой' — empty: nothing to read" in out
    assert "1 merged into rows of other sheets" in out
    assert count(register, Commitment) == commitments_before  # a dry run writes nothing

    assert cli(register, "import", str(path)) == 0
    out = capsys.readouterr().out
    assert "Imported." in out
    # The unknown protocols became agreements (drafts: the file gives no date or parties).
    assert count(register, Agreement) == agreements_before + 2
    with register.read() as session:
        made = {
            a.reg_number: a
            for a in session.scalars(select(Agreement).where(Agreement.reg_number.in_(["12/2024", "7/2025"])))
        }
    assert made["12/2024"].kind == "protocol" and made["12/2024"].status == "draft"
    # Four commitments: the row present in both yearly sheets is one record.
    assert count(register, Commitment) == commitments_before + 4
    talks = by_title(register, "Провести переговоры о поставках зерна")
    assert talks[commitment_list.Col.AGREEMENT] == "12/2024"
    # Done rows come in done: 100 % with no progress column, the date left unknown, not invented.
    assert talks[commitment_list.Col.STATUS] == "completed" and talks[commitment_list.Col.PROGRESS] == 100
    assert talks[commitment_list.Col.COMPLETED_ON] is None
    # Word's line break stays a line break; the bell becomes a space: no words run together.
    assert talks[commitment_list.Col.NOTES] == "Отчёт\nнаправлен в МИД"
    xian = by_title(register, "Открыть торговый дом в Сиане")
    assert xian[commitment_list.Col.AGREEMENT] == REG  # the register's own agreement, not a new one
    assert xian[commitment_list.Col.STATUS] == "completed" and xian[commitment_list.Col.COMPLETED_ON] == "2025-03-15"
    roadmap = by_title(register, "Подготовить дорожную карту")
    assert roadmap[commitment_list.Col.AGENCY] == "МИД РК"  # from the 2025 sheet
    assert roadmap[commitment_list.Col.DUE_DATE] == "2025-12-31"  # from 2024: the 2025 cell is blank
    assert roadmap[commitment_list.Col.NOTES] == "перенесено на 2026"
    assert roadmap[commitment_list.Col.STATUS] == "in_progress"
    trade = by_title(register, "Сауда айналымын арттыру")
    assert trade[commitment_list.Col.NOTES] == "Ministry\nof Commerce"
    assert all(
        r[commitment_list.Col.TITLE] != "Старое обязательство, которое не нужно"
        for r in commitment_list.list_rows(register)
    )
    # The commitment stored done without a date opens and saves in the editor's rules.
    data = commitments.get(register, talks[0])
    data.agency = "МИД Республики Казахстан"
    commitments.save(register, data)
    assert commitments.get(register, talks[0]).completed_on is None

    # Importing the same file again: the agency edited since the file was saved is a conflict, never
    # silently undone; keeping the register's values, nothing changes.
    assert cli(register, "import", str(path)) == 1
    captured = capsys.readouterr()
    assert "Ответственный исполнитель: register 'МИД Республики Казахстан', file 'МИД РК'" in captured.err
    assert cli(register, "import", str(path), "--on-conflict", "skip") == 0
    assert "Nothing to change" in capsys.readouterr().out
    assert commitments.get(register, talks[0]).agency == "МИД Республики Казахстан"


def test_completed_without_date_is_relaxed_only_for_unknown_dates(register: Database) -> None:
    # The rule stays: completing a commitment in the window needs its date.
    assert commitment_progress_problems("completed", 100, None, TODAY)
    assert not commitment_progress_problems("completed", 100, None, TODAY, date_unknown=True)
    assert commitment_progress_problems("completed", 90, None, TODAY, date_unknown=True)  # still 100 %
    ref_id = commitment_list.id_for_ref(register, "KZ-CN-2024/02")
    data = commitments.get(register, ref_id)
    data.status, data.progress, data.completed_on = "completed", 100, None
    with pytest.raises(ValidationError, match="needs a completion date"):
        commitments.save(register, data)


# --- blank cells ---------------------------------------------------------------------------------------------------
def test_blank_cells_never_erase(register: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = rows_by_ref(register)["KZ-CN-2024/01"]
    wb = Workbook()
    ws = wb.active
    ws.title = "Обязательства"
    ws.append(["Ref", "Title", "Agency", "Due date"])
    ws.append(["KZ-CN-2024/01", "Увеличить товарооборот (уточнено)", None, "  "])
    path = save(tmp_path / "blank.xlsx", wb)
    assert cli(register, "import", str(path), "--dry-run") == 0
    out = capsys.readouterr().out
    assert "KZ-CN-2024/01: Title; kept (blank in the file): Agency and Due date" in out
    result = import_workbook(register, path, dry_run=True)
    detail = next(p.detail for p in result.plan.preview if p.key == "KZ-CN-2024/01")
    assert "kept (blank in the file): Agency and Due date" in detail
    assert cli(register, "import", str(path)) == 0
    after = rows_by_ref(register)["KZ-CN-2024/01"]
    assert after[commitment_list.Col.TITLE] == "Увеличить товарооборот (уточнено)"
    assert after[commitment_list.Col.AGENCY] == before[commitment_list.Col.AGENCY] != ""
    assert after[commitment_list.Col.DUE_DATE] == before[commitment_list.Col.DUE_DATE] is not None
    # The change is in the record's history, made by the import, naming the file.
    latest = trail(register, after[0])[0]
    assert latest.note.startswith("imported from blank.xlsx:") and "Title" in latest.note
    assert latest.changed_by == "test-clerk"


# --- stale rows ----------------------------------------------------------------------------------------------------
def _export(db: Database, path: Path) -> Path:
    return write_workbook(dataset.build(db, today=TODAY), path)


@pytest.mark.slow
def test_stale_export_is_a_conflict_never_an_overwrite(
    register: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monday = _export(register, tmp_path / "monday.xlsx")
    # Tuesday: one commitment completed, another's agency changed, in the register.
    done_id = commitment_list.id_for_ref(register, "KZ-CN-2024/02")
    commitments.change_status(
        register, done_id, "completed", "target met", today=TODAY, letter_number="4", letter_date=TODAY
    )
    other_id = commitment_list.id_for_ref(register, "KZ-CN-2024/03")
    other = commitments.get(register, other_id)
    other.agency = "Министерство сельского хозяйства (новое)"
    commitments.save(register, other)
    state = rows_by_ref(register)
    done_trail = len(trail(register, done_id))

    # Default: fail, naming each record and field; nothing written.
    assert cli(register, "import", str(monday)) == 1
    captured = capsys.readouterr()
    message = captured.out + captured.err
    assert "KZ-CN-2024/02" in message and "KZ-CN-2024/03" in message
    assert "Status: register 'completed', file 'in_progress'" in message
    assert "Agency: register 'Министерство сельского хозяйства (новое)'" in message
    assert rows_by_ref(register) == state
    with pytest.raises(ImportConflicts):
        import_workbook(register, monday)

    # skip: the newer edits survive, the conflicts are reported.
    assert cli(register, "import", str(monday), "--on-conflict", "skip") == 0
    out = capsys.readouterr().out
    assert "register kept" in out and "KZ-CN-2024/02" in out
    assert rows_by_ref(register) == state
    assert len(trail(register, done_id)) == done_trail

    # overwrite: the clerk's say; the change is in the history, by the import, with the file's name.
    assert cli(register, "import", str(monday), "--on-conflict", "overwrite") == 0
    after = rows_by_ref(register)
    assert after["KZ-CN-2024/03"][commitment_list.Col.AGENCY] == "Министерство сельского хозяйства Республики Казахстан"
    assert after["KZ-CN-2024/02"][commitment_list.Col.STATUS] == "in_progress"
    latest = trail(register, other_id)[0]
    assert latest.note.startswith("imported from monday.xlsx:") and "Agency" in latest.note


def test_foreign_sheet_changed_since_it_was_saved_is_a_conflict(register: Database, tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Лист1"
    ws.append(["Код", "Наименование обязательства", "Ответственный"])
    ws.append(["KZ-CN-2024/01", "Увеличить товарооборот", "Министерство торговли (по файлу)"])
    ws.append(["KZ-CN-2024/05", "Developing cooperation in innovation (file)", None])
    path = backdate(save(tmp_path / "лист.xlsx", wb), datetime.now(UTC) - timedelta(days=2))
    # After the file was saved, the register changed KZ-CN-2024/01; KZ-CN-2024/05 was not touched since.
    changed = commitments.get(register, commitment_list.id_for_ref(register, "KZ-CN-2024/01"))
    changed.agency = "Министерство торговли и интеграции (после файла)"
    commitments.save(register, changed)
    with register.write() as session:  # KZ-CN-2024/05 last changed before the file was saved
        c = session.scalar(select(Commitment).where(Commitment.ref == "KZ-CN-2024/05"))
        c.updated_at = datetime.now(UTC) - timedelta(days=3)
    result = import_workbook(register, path, on_conflict="skip")
    assert [c.key for c in result.plan.conflicts] == ["KZ-CN-2024/01"]
    fields = {f.field: (f.register, f.file) for f in result.plan.conflicts[0].fields}
    assert fields["Ответственный"] == (
        "Министерство торговли и интеграции (после файла)",
        "Министерство торговли (по файлу)",
    )
    after = rows_by_ref(register)
    assert after["KZ-CN-2024/01"][commitment_list.Col.AGENCY] == "Министерство торговли и интеграции (после файла)"
    assert after["KZ-CN-2024/05"][commitment_list.Col.TITLE] == "Developing cooperation in innovation (file)"


def test_status_of_execution_column_and_russian_summary(
    register: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A register headed «Статус исполнения» (status *of execution*, not progress): «Выполнено» rows come in
    completed; the Russian summary names each sheet as read as commitments in Russian."""
    wb = Workbook()
    ws = wb.active
    ws.title = "2026"
    ws.append(["Контроль исполнения поручений, 2026 год"])
    ws.append([])
    ws.append(
        [
            "№ п/п",
            "№ протокола",
            "Наименование обязательства",
            "Ответственный исполнитель",
            "Срок исполнения",
            "Статус исполнения",
            "Примечание",
        ]
    )
    ws.append([1, "3/2026", "Согласовать фитосанитарные требования", "Минсельхоз", "31.03.2026", "Выполнено", None])
    ws.append([2, "3/2026", "Провести выставку в Урумчи", None, None, "В работе", "ждём ответа"])
    ws.append([3, "3/2026", "Подписать меморандум по логистике", "МИИР", date(2026, 6, 30), None, None])
    earlier = wb.create_sheet("2025")
    earlier.append(["№", "Наименование обязательства", "Статус исполнения", "Срок исполнения"])
    earlier.append([1, "Обменяться статистикой торговли", "выполнено", None])
    path = save(tmp_path / "контроль 2026.xlsx", wb)

    target = register_target(register)
    # The preview (the window's table) speaks the clerk's language: no English word of the importer's own.
    plan = import_workbook(register, path, dry_run=True).plan
    preview = "\n".join(f"{render(as_message(p.key), 'ru')} {render(as_message(p.detail), 'ru')}" for p in plan.preview)
    assert "новый протокол, указанный в обязательствах" in preview and "(новый шифр)" in preview
    assert "выполнено, дата неизвестна" in preview and "в новом соглашении 3/2026" in preview
    for english in ("completed", "under the new", "named by", "(new ref)", "row ", "one record"):
        assert english not in preview, english
    assert cli_main(["--lang", "ru", "--db", target, "import", str(path)]) == 0
    out = capsys.readouterr().out
    assert "'2026' — прочитан как обязательства" in out and "'2025' — прочитан как обязательства" in out
    assert "всего" not in out
    done = by_title(register, "Согласовать фитосанитарные требования")
    assert done[commitment_list.Col.STATUS] == "completed" and done[commitment_list.Col.PROGRESS] == 100
    assert done[commitment_list.Col.DUE_DATE] == "2026-03-31"  # a date typed as text, the Russian way
    assert done[commitment_list.Col.COMPLETED_ON] is None  # unknown, not invented
    fair = by_title(register, "Провести выставку в Урумчи")
    assert fair[commitment_list.Col.STATUS] == "in_progress" and fair[commitment_list.Col.NOTES] == "ждём ответа"
    assert fair[commitment_list.Col.DUE_DATE] is None and fair[commitment_list.Col.AGENCY] == ""
    memo = by_title(register, "Подписать меморандум по логистике")
    assert memo[commitment_list.Col.STATUS] == "not_started"  # a blank status says nothing: the default
    stats = by_title(register, "Обменяться статистикой торговли")
    assert stats[commitment_list.Col.STATUS] == "completed"


# --- headers ---------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("№ п/п", None),
        ("№ протокола", "agreement"),
        ("Наименование обязательства", "title"),
        ("НАИМЕНОВАНИЕ\nОБЯЗАТЕЛЬСТВ", "title"),
        ("Содержание поручения", "title"),
        ("Ответственный исполнитель", "agency"),
        ("Ответственный", "agency"),
        ("Срок исполнения", "due_date"),
        ("Контрольный срок", "due_date"),
        ("3. Срок исполнения:", "due_date"),
        ("Отметка об исполнении", "status"),
        ("Примечание", "notes"),
        ("Примечания", "notes"),
        ("Міндеттеменің атауы", "title"),
        ("Міндеттеме атауы", "title"),
        ("Жауапты орындаушы", "agency"),
        ("Орындау мерзімі", "due_date"),
        ("Орындау мерзім", "due_date"),
        ("Ескертпе", "notes"),
        ("Ескертпелер", "notes"),
        ("Due dates", "due_date"),
        ("Статус исполнения", "status"),
        ("Статус выполнения", "status"),
        ("Состояние исполнения", "status"),
        ("Ход исполнения", "progress"),
        ("Дата исполнения", "completed_on"),
        ("Орындалу мәртебесі", "status"),
        ("Execution status", "status"),
    ],
)
def test_headers_are_matched_by_meaning(header: str, expected: str | None) -> None:
    assert field_for("commitments", header) == expected


@pytest.mark.slow
def test_two_columns_for_one_field_are_asked_and_remembered(
    register: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KELISIM_DATA_DIR", str(tmp_path / "data"))
    wb = Workbook()
    ws = wb.active
    ws.append(["Наименование обязательства", "Срок исполнения", "Контрольный срок"])
    ws.append(["Согласовать график визитов", "01.06.2026", "15.06.2026"])
    path = save(tmp_path / "два срока.xlsx", wb)
    assert cli(register, "import", str(path)) == 1
    out = capsys.readouterr().out
    assert "columns 'Срок исполнения' and 'Контрольный срок' both look like 'Due date'" in out and "--map" in out
    book = read_workbook(path)
    assert auto_map(book)[0].contested == {"due_date": [1, 2]}
    assert (
        cli(register, "import", str(path), "--map", "Контрольный срок=due_date", "--map", "Срок исполнения=ignore") == 0
    )
    assert by_title(register, "Согласовать график визитов")[commitment_list.Col.DUE_DATE] == "2026-06-15"
    # The next file with the same headers maps itself as the clerk confirmed.
    wb = Workbook()
    ws = wb.active
    ws.append(["Наименование обязательства", "Срок исполнения", "Контрольный срок"])
    ws.append(["Провести форум", "01.07.2026", "20.07.2026"])
    nxt = save(tmp_path / "следующий.xlsx", wb)
    remembered = auto_map(read_workbook(nxt))[0]
    assert remembered.remembered and remembered.columns == {0: "title", 2: "due_date"}
    assert cli(register, "import", str(nxt)) == 0
    assert "remembered mapping" in capsys.readouterr().out
    assert by_title(register, "Провести форум")[commitment_list.Col.DUE_DATE] == "2026-07-20"


def test_import_help_lists_the_fields(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli_main(["import", "--help"])
    out = capsys.readouterr().out
    assert "--map" in out and "--on-conflict" in out
    for name in mapping_module.FIELDS["commitments"]:
        assert name in out


# --- names in another script or case -----------------------------------------------------------------------------
def test_parties_and_bodies_in_another_script_or_case_are_matched(register: Database, tmp_path: Path) -> None:
    parties_before, bodies_before = count(register, Party), count(register, Body)
    wb = Workbook()
    ws = wb.active
    ws.append(["Наименование обязательства", "Ответственная сторона", "Орган"])
    ws.append(["Первое", "КИТАЙСКАЯ НАРОДНАЯ РЕСПУБЛИКА", "kazakh-chinese cooperation committee"])
    ws.append(["Второе", "Қазақстан Республикасы", "KAZAKH-CHINESE  COOPERATION COMMITTEE"])
    ws.append(["Третье", "Respublika Kazakhstan", "Новый рабочий орган"])
    path = save(tmp_path / "стороны.xlsx", wb)
    result = import_workbook(register, path)
    assert result.written and not result.plan.rejections
    assert count(register, Party) == parties_before
    assert count(register, Body) == bodies_before + 1  # only the body the register did not have
    china = lookups.party_id_by_name(register, "People's Republic of China")
    kazakhstan = lookups.party_id_by_name(register, "Republic of Kazakhstan")
    assert by_title(register, "Первое")[commitment_list.Col.PARTY_ID] == china
    assert by_title(register, "Второе")[commitment_list.Col.PARTY_ID] == kazakhstan
    assert by_title(register, "Третье")[commitment_list.Col.PARTY_ID] == kazakhstan
    committee = lookups.body_id_by_name(register, "Kazakh-Chinese Cooperation Committee")
    assert by_title(register, "Первое")[commitment_list.Col.BODY_ID] == committee
    assert by_title(register, "Второе")[commitment_list.Col.BODY_ID] == committee


# --- notes and text ------------------------------------------------------------------------------------------------
def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.mark.slow
def test_notes_and_text_kept_as_written_through_both_exports(register: Database, tmp_path: Path) -> None:
    ref_id = commitment_list.id_for_ref(register, "KZ-CN-2024/04")
    data = commitments.get(register, ref_id)
    data.notes = "Примечание: письмо\nМИД № 12 _x000D_ как есть"
    data.agency = "Ministry\x0bof\x0cCommerce\x07of China"
    commitments.save(register, data)
    stored = commitments.get(register, ref_id)
    xlsx = _export(register, tmp_path / "notes.xlsx")
    wb = openpyxl.load_workbook(xlsx, read_only=True)
    rows = list(wb["Commitments"].iter_rows(values_only=True))
    header = rows[0]
    row = next(r for r in rows if r[0] == "KZ-CN-2024/04")
    wb.close()
    # Excel holds what a cell can: a line break stays one, other control characters are spaces.
    assert cell_text(row[header.index("Agency")]) == "Ministry\nof Commerce of China"
    assert cell_text(row[header.index("Notes")]) == stored.notes  # even the literal "_x000D_"
    pdf = tmp_path / "notes.pdf"
    write_pdf(dataset.build(register, today=TODAY), pdf)
    text = _pdf_text(pdf)
    assert "Ministry" in text and "MinistryofCommerce" not in text and "Commerceof" not in text
    assert "Примечание: письмо" in text
    # The notes come back with an import into an empty register.
    empty = open_database(tmp_path / "empty.sqlite3")
    try:
        assert import_workbook(empty, xlsx).written
        again = commitments.get(empty, commitment_list.id_for_ref(empty, "KZ-CN-2024/04"))
        assert again.notes == stored.notes and again.agency == "Ministry\nof Commerce of China"
    finally:
        empty.close()


# --- migration 0003 ------------------------------------------------------------------------------------------------
@pytest.mark.slow
def test_upgrade_from_a_populated_0001_register_adds_notes(sqlite_demo_db: Database) -> None:
    demo_db = sqlite_demo_db  # SQLite only: the test rewinds the file's schema by hand
    import sqlite3

    from desktop.domain.models import StatusChange
    from desktop.storage import migrate

    before = {m.__tablename__: count(demo_db, m) for m in (Party, Agreement, Body, Commitment, StatusChange)}
    path = demo_db.path
    assert path is not None
    demo_db.close()
    with sqlite3.connect(path) as conn:  # the register as Kelisim before 0003 left it
        for (trigger,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
            conn.execute(f'DROP TRIGGER "{trigger}"')  # 0009's audit trail came later
        conn.execute("DROP TABLE audit_log")
        conn.execute("ALTER TABLE commitment DROP COLUMN notes")
        conn.execute("DROP TABLE register_info")  # 0002's
        conn.execute("DROP TABLE trash")  # 0007's (after 0003)
        conn.execute("DROP TABLE deadline_extension")  # 0008's
        conn.execute("DROP TABLE account")  # 0011's
        conn.execute("ALTER TABLE status_change DROP COLUMN imported_by")  # 0013's
        conn.execute("ALTER TABLE status_change DROP COLUMN imported_at")  # 0013's
        conn.execute("DROP INDEX ix_commitment_dashboard")  # 0016's
        conn.execute("DROP INDEX ix_commitment_superseded_by_id")  # 0015's
        conn.execute("ALTER TABLE commitment DROP COLUMN superseded_by_id")  # 0015's
        conn.execute("DROP INDEX ix_commitment_rollup")  # 0012's
        conn.execute("DROP INDEX ix_commitment_created_at")  # 0012's
        conn.execute("DROP INDEX ix_status_change_changed_at")  # 0012's
        conn.execute("DROP TABLE attachment")  # 0014's
        conn.execute("DROP TABLE attachment_content")  # 0014's
        conn.execute("DROP TABLE commitment_person")  # 0010's
        conn.execute("DROP TABLE execution_report")  # 0010's
        conn.execute("DROP TABLE interim_report")  # 0010's
        conn.execute("DROP TABLE person")  # 0010's
        conn.execute("UPDATE alembic_version SET version_num = '0001'")
    upgraded = open_database(path)
    try:
        assert migrate.current_revision(upgraded.engine) == migrate.head_revision(upgraded.engine)
        after = {m.__tablename__: count(upgraded, m) for m in (Party, Agreement, Body, Commitment, StatusChange)}
        assert after == before
        assert {r[commitment_list.Col.NOTES] for r in commitment_list.list_rows(upgraded)} == {""}
        with upgraded.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    finally:
        upgraded.close()


@pytest.mark.slow
def test_notes_column_is_hidden_until_shown(qtbot: Any, qapp: Any, demo_db: Database) -> None:
    from desktop.ui.application import prepare_app
    from desktop.ui.main_window import MainWindow

    prepare_app(qapp)
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: all(p.is_loaded for p in window.pages.values()), timeout=10_000)
    try:
        page = window.pages["commitments"]
        keys = [c.key for c in page.model.columns]
        notes = keys.index("notes")
        assert page.header().isSectionHidden(notes)
        menu = page.column_menu()
        action = next(a for a in menu.actions() if a.text() == "Notes")
        assert not action.isChecked()
        action.setChecked(True)  # the clerk ticks it in the header's menu
        assert not page.header().isSectionHidden(notes)
    finally:
        window.ctx.wait_idle()
        window.close()


def test_stale_agreement_row_is_a_conflict_and_its_change_is_in_its_history(register: Database, tmp_path: Path) -> None:
    from desktop.services import agreements

    monday = _export(register, tmp_path / "agreements-monday.xlsx")
    with register.read() as session:
        agreement_id = session.scalar(select(Agreement.id).where(Agreement.reg_number == REG))
    data = agreements.get(register, agreement_id)
    old_place = data.place
    data.place = "Астана, Акорда"
    agreements.save(register, data)
    result = import_workbook(register, monday, on_conflict="skip")
    conflict = next(c for c in result.plan.conflicts if c.entity == "agreements")
    assert conflict.key == REG and not conflict.taken
    assert {f.field: (f.register, f.file) for f in conflict.fields}["Place"] == ("Астана, Акорда", old_place)
    assert agreements.get(register, agreement_id).place == "Астана, Акорда"
    import_workbook(register, monday, overwrite={f"agreements:{REG}"})
    assert agreements.get(register, agreement_id).place == old_place
    latest = history.for_record(register, HistoryEntity.AGREEMENT, agreement_id)[0]
    assert latest.note.startswith("imported from agreements-monday.xlsx:") and "Астана, Акорда" in latest.note


def test_preview_shows_new_agreements_with_their_commitments(register: Database, tmp_path: Path) -> None:
    path = clerk_register(tmp_path / "реестр.xlsx")
    plan = import_workbook(register, path, dry_run=True).plan
    rows = [(p.action, p.entity, p.key, p.detail) for p in plan.preview]
    assert (
        "add",
        "agreements",
        "12/2024",
        "new protocol named by the commitments (draft: no date, no parties)",
    ) in rows
    under = [r for r in rows if r[1] == "commitments" and "under the new agreement 12/2024" in r[3]]
    assert {str(r[3]).split(" — ")[0] for r in under} == {
        "Провести переговоры о поставках зерна",
        "Подготовить дорожную карту",
    }
    assert any("completed, date unknown" in r[3] for r in under)


def test_an_imports_history_note_reads_in_the_clerks_language(register: Database, tmp_path: Path) -> None:
    """The note an import stores ("imported from FILE: …") is shown translated; the file and values as they are."""
    wb = Workbook()
    ws = wb.active
    ws.append(["Ref", "Title", "Agency"])
    ws.append(["KZ-CN-2024/01", "Увеличить товарооборот", "Министерство торговли и интеграции"])
    path = save(tmp_path / "правки.xlsx", wb)
    assert import_workbook(register, path).plan is not None
    commitment = rows_by_ref(register)["KZ-CN-2024/01"][0]
    latest = trail(register, commitment)[0]
    assert latest.note.startswith("imported from правки.xlsx: ")
    shown = render(history_note(latest.note, latest.from_status), "ru")
    assert shown.startswith("импортировано из правки.xlsx: ") and "Министерство торговли и интеграции" in shown
    assert render(history_note("imported from старый.xlsx", None), "kk").startswith("импортталды: старый.xlsx")


def register_with_a_notes_sheet(path: Path) -> Path:
    """Two commitments, and the clerk's notes beside them: contacts, with no column a commitment needs."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Контроль 2026"
    ws.append(["Наименование обязательства", "Срок исполнения", "Ответственный исполнитель"])
    ws.append(["Согласовать график поставок зерна", "01.06.2026", "МСХ РК"])
    ws.append(["Подготовить справку к визиту", date(2026, 7, 1), "МИД РК"])
    notes = wb.create_sheet("Справочно")
    notes.append(["Контактное лицо", "Телефон"])
    notes.append(["Ахметова А.", "+7 717 200 00 00"])
    return save(path, wb)


def test_a_notes_sheet_is_left_out_with_skip_invalid(
    register: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = register_with_a_notes_sheet(tmp_path / "контроль.xlsx")
    before = count(register, Commitment)

    assert cli(register, "import", str(path)) == 1  # the sheet is named; nothing is written without the choice
    out = capsys.readouterr().out
    assert "'Справочно' — not read: a required column is missing" in out
    assert "use --skip-invalid to import the others" in out
    assert count(register, Commitment) == before

    assert cli(register, "import", str(path), "--skip-invalid") == 0
    out = capsys.readouterr().out
    assert "'Справочно' — not read: a required column is missing" in out
    assert count(register, Commitment) == before + 2
    assert by_title(register, "Подготовить справку к визиту")[commitment_list.Col.DUE_DATE] == "2026-07-01"
