"""Export → import round trip: Kelisim's own workbook, read back into an empty register, loses nothing.

Records are compared through the services' own ``get``/``list_rows`` with ids replaced by the
natural keys (party name, registration number, body name, ref); versions and times are left out.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from desktop.domain import sheet_layout as layout
from desktop.domain.enums import HistoryEntity
from desktop.reports.excel import write_workbook
from desktop.services import agreements, bodies, commitment_list, commitments, history, lookups, parties
from desktop.services.importing.apply import import_workbook
from desktop.services.importing.cells import split_people
from desktop.services.records import AgreementData, BodyData, CommitmentData, PartyData, PersonData
from desktop.services.reporting import dataset
from desktop.storage.database import Database
from tests.engines import dump

TODAY = date(2026, 6, 1)
DESCRIPTION = "@x first line\n=1+1 second line\n-5\n\nЖол картасы: 小麦 экспорты"


def add_crafted(db: Database) -> None:
    """Records the demo lacks: an organisation, three parties and signatories, a dissolved body, hostile text."""
    sco = parties.save(
        db,
        PartyData(
            name="Shanghai Cooperation Organisation",
            short_name="SCO",
            kind="organisation",
            name_ru="Шанхайская организация сотрудничества",
            name_kk="Шанхай ынтымақтастық ұйымы",
            name_zh="上海合作组织",
        ),
    )
    kz, cn = lookups.party_id_by_name(db, "KZ"), lookups.party_id_by_name(db, "CN")
    reg = "=1+1"  # a registration number Excel would take for a formula
    agreement_id = agreements.save(
        db,
        AgreementData(
            reg_number=reg,
            title="-5 Memorandum on grain corridors",
            kind="memorandum",
            status="in_force",
            party_ids=[kz, cn, sco],
            signed_on=date(2025, 3, 4),
            place="Алматы",
            entry_into_force=date(2025, 4, 1),
            expiry=date(2030, 4, 1),
            summary="@x Summary\nsecond line",
            source_ref="https://example.org/a?b=1, page 2",
            title_ru="Меморандум о зерновых коридорах",
            title_kk="Астық дәліздері туралы меморандум",
            title_zh="粮食走廊备忘录",
            signatories=[
                PersonData("Ерлан Қарин", "Deputy Prime Minister", kz),
                PersonData("Wang, Yi", "", cn),
                PersonData("Observer - SCO", "Secretary-General [acting]", None),
            ],
        ),
        "signed in Almaty",
    )
    committee = lookups.body_id_by_name(db, "Kazakh-Chinese Cooperation Committee")
    bodies.save(
        db,
        BodyData(
            name="Grain working group",
            kind="working_group",
            parent_id=committee,
            party_ids=[kz, cn, sco],
            co_chairs=[PersonData("Айгүл Сейітқали", "Vice-minister", kz), PersonData("李强", "Director", cn)],
            established_by_id=agreement_id,
            established_on=date(2025, 3, 4),
            active=False,
            dissolved_on=date(2026, 1, 15),
            notes="=SUM(A1)\nDissolved after the corridor opened",
            name_ru="Зерновая группа",
            name_kk="Астық жұмыс тобы",
            name_zh="粮食工作组",
        ),
    )
    grain = lookups.body_id_by_name(db, "Grain working group")
    commitments.save(
        db,
        CommitmentData(
            ref="GR-1",
            title="=1+1",
            description=DESCRIPTION,
            agreement_id=agreement_id,
            body_id=grain,
            party_id=sco,
            agency="-5",
            sector="@x",
            due_date=date(2026, 2, 1),
            priority="critical",
            status="in_progress",
            progress=45,
        ),
    )
    done = commitments.save(
        db,
        CommitmentData(
            ref="GR-2",
            title="Астық терминалы 粮食码头",
            agreement_id=agreement_id,
            body_id=grain,
            party_id=kz,
            priority="high",
            due_date=date(2025, 12, 1),
        ),
        "opened",
    )
    commitments.change_status(
        db,
        done,
        "completed",
        "terminal opened",
        progress=100,
        completed_on=date(2025, 11, 20),
        letter_number="21-1/400",
        letter_date=date(2025, 11, 20),
    )
    commitments.save(db, CommitmentData(ref="GR-3", title="Bare commitment"))  # every optional field empty


def snapshot(db: Database) -> dict[str, Any]:
    """Every record as plain values, references by natural key, without ids, versions or times."""
    party_name = {r.id: r.name for r in parties.list_rows(db)}
    agreement_reg = {r.id: r.reg_number for r in agreements.list_rows(db)}
    body_name = {r.id: r.name for r in bodies.list_rows(db)}

    def person(p: PersonData) -> tuple[str, str, str | None]:
        return p.name, p.position, party_name.get(p.party_id) if p.party_id is not None else None

    out: dict[str, Any] = {"parties": {}, "agreements": {}, "bodies": {}, "commitments": {}}
    for party_id, name in party_name.items():
        out["parties"][name] = _plain(parties.get(db, party_id))
    for agreement_id, reg in agreement_reg.items():
        a = agreements.get(db, agreement_id)
        out["agreements"][reg] = _plain(a) | {
            "party_ids": sorted(party_name[p] for p in a.party_ids),
            "signatories": [person(p) for p in a.signatories],
        }
    for body_id, name in body_name.items():
        b = bodies.get(db, body_id)
        out["bodies"][name] = _plain(b) | {
            "parent_id": body_name.get(b.parent_id),
            "established_by_id": agreement_reg.get(b.established_by_id),
            "party_ids": sorted(party_name[p] for p in b.party_ids),
            "co_chairs": [person(p) for p in b.co_chairs],
        }
    for row in commitment_list.list_rows(db):
        c = commitments.get(db, row[commitment_list.Col.ID])
        out["commitments"][c.ref] = _plain(c) | {
            "agreement_id": agreement_reg.get(c.agreement_id),
            "body_id": body_name.get(c.body_id),
            "party_id": party_name.get(c.party_id),
        }
    return out


def _plain(record: Any) -> dict[str, Any]:
    return {k: v for k, v in asdict(record).items() if k not in ("id", "version")}


def trail(db: Database, ref: str) -> list[tuple]:
    entries = history.for_record(db, HistoryEntity.COMMITMENT, commitment_list.id_for_ref(db, ref))
    return [(h.from_status, h.to_status, h.changed_by, h.note) for h in entries]


def export(db: Database, path: Path) -> Path:
    """The whole register with its History sheet (off by default in status reports): what a move takes."""
    return write_workbook(dataset.build(db, today=TODAY), path, with_history=True)


def sheet_values(path: Path, *, versions: bool = False) -> dict[str, list[tuple]]:
    """Every sheet's cells but the Version column: a record's version belongs to its register."""
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        found = {}
        for ws in wb.worksheets:
            rows = [tuple(row) for row in ws.iter_rows(values_only=True)]
            drop = rows[0].index("Version") if rows and "Version" in rows[0] and not versions else None
            found[ws.title] = [r[:drop] + r[drop + 1 :] if drop is not None else r for r in rows]
        return found
    finally:
        wb.close()


@pytest.fixture
def source(demo_db: Database) -> Database:
    add_crafted(demo_db)
    return demo_db


@pytest.fixture
def copy(another_db: Database) -> Database:
    return another_db


@pytest.mark.slow
def test_export_into_an_empty_register_loses_nothing(source: Database, copy: Database, tmp_path: Path) -> None:
    first = export(source, tmp_path / "first.xlsx")
    result = import_workbook(copy, first)
    assert result.written and not result.plan.rejections and not result.plan.history_skipped
    original, imported = snapshot(source), snapshot(copy)
    for kind in ("parties", "agreements", "bodies", "commitments"):
        assert imported[kind] == original[kind], kind
    # The crafted records really are in the comparison, hostile text and all.
    assert imported["commitments"]["GR-1"]["description"] == DESCRIPTION
    assert imported["commitments"]["GR-1"]["title"] == "=1+1"
    assert len(imported["agreements"]["=1+1"]["party_ids"]) == 3
    assert imported["agreements"]["=1+1"]["signatories"][2] == ("Observer - SCO", "Secretary-General [acting]", None)
    assert imported["bodies"]["Grain working group"]["active"] is False
    assert imported["parties"]["Shanghai Cooperation Organisation"]["name_zh"] == "上海合作组织"
    # The status trail of a created commitment comes from the History sheet, not from the import.
    assert trail(copy, "GR-2") == trail(source, "GR-2")
    assert trail(copy, "KZ-CN-2024/01") == trail(source, "KZ-CN-2024/01")

    # (b) The imported register exports to the very same cells.
    second = export(copy, tmp_path / "second.xlsx")
    before, after = sheet_values(first), sheet_values(second)
    # The deadline moves on record are not in the workbook's import (a derived column): the copy's
    # KZ-CN-2024/10 is not "moved ×1". Compared apart, then left out of the cell-for-cell comparison.
    moved = before[layout.COMMITMENT_SHEET.name][0].index("Deadline moved")
    refs = {r[0]: r[moved] for r in before[layout.COMMITMENT_SHEET.name][1:]}
    assert refs["KZ-CN-2024/10"] == "×1" and {r[moved] for r in after[layout.COMMITMENT_SHEET.name][1:]} == {None}
    for values in (before, after):
        values[layout.COMMITMENT_SHEET.name] = [
            r[:moved] + r[moved + 1 :] for r in values[layout.COMMITMENT_SHEET.name]
        ]
    for sheet in (layout.COMMITMENT_SHEET, layout.AGREEMENT_SHEET, layout.BODY_SHEET, layout.PARTY_SHEET):
        assert after[sheet.name] == before[sheet.name], sheet.name
    assert before[layout.PARTY_SHEET.name][0] == layout.PARTY_SHEET.headers
    assert before[layout.COMMITMENT_SHEET.name][0] == tuple(
        h for h in layout.COMMITMENT_SHEET.headers if h not in ("Version", "Deadline moved")
    )

    # (c) Importing the same file again changes nothing: no versions bumped, no history added.
    state = dump(copy)
    again = import_workbook(copy, first)
    assert not again.written
    assert again.plan.counts["commitments"].unchanged == len(original["commitments"])
    assert again.plan.counts["parties"].unchanged == len(original["parties"])
    assert dump(copy) == state


@pytest.mark.slow
def test_one_edited_cell_updates_exactly_that_record(source: Database, tmp_path: Path) -> None:
    path = export(source, tmp_path / "edit.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb[layout.COMMITMENT_SHEET.name]
    headers = [c.value for c in ws[1]]
    ref_col, due_col = headers.index("Reference") + 1, headers.index("Due date") + 1
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, ref_col).value == "GR-1")
    ws.cell(row, due_col).value = date(2026, 9, 30)
    wb.save(path)
    before, state = (
        snapshot(source),
        {r[commitment_list.Col.REF]: r[commitment_list.Col.VERSION] for r in commitment_list.list_rows(source)},
    )
    result = import_workbook(source, path)
    assert result.plan.counts["commitments"].update == 1
    assert sum(c.update + c.add for c in result.plan.counts.values()) == 1
    after = snapshot(source)
    assert after["commitments"]["GR-1"]["due_date"] == date(2026, 9, 30)
    after["commitments"]["GR-1"]["due_date"] = before["commitments"]["GR-1"]["due_date"]
    assert after == before
    versions = {r[commitment_list.Col.REF]: r[commitment_list.Col.VERSION] for r in commitment_list.list_rows(source)}
    assert {ref for ref in versions if versions[ref] != state[ref]} == {"GR-1"}


def test_people_cells_name_position_and_party(source: Database, tmp_path: Path) -> None:
    values = sheet_values(export(source, tmp_path / "people.xlsx"))
    agreements_sheet = values[layout.AGREEMENT_SHEET.name]
    column = layout.AGREEMENT_SHEET.headers.index("Signatories")
    cell = next(r[column] for r in agreements_sheet[1:] if r[0] == "=1+1")
    assert cell.split("\n") == [
        "Ерлан Қарин — Deputy Prime Minister [Kazakhstan]",
        "Wang, Yi — [China]",
        "Observer - SCO — Secretary-General [acting] []",
    ]
    assert split_people(cell) == [
        ("Ерлан Қарин", "Deputy Prime Minister", "Kazakhstan"),
        ("Wang, Yi", "", "China"),
        ("Observer - SCO", "Secretary-General [acting]", ""),
    ]


def test_layout_columns_are_what_the_export_writes(demo_db: Database, tmp_path: Path) -> None:
    values = sheet_values(export(demo_db, tmp_path / "layout.xlsx"), versions=True)
    for sheet in (*layout.RECORD_SHEETS, layout.HISTORY_SHEET):
        assert values[sheet.name][0] == sheet.headers, sheet.name
    assert [label for _status, label in layout.STATUS_COLUMNS] == [dataset.label(s) for s in dataset.STATUS_ORDER]
