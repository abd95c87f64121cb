"""Issue 16: a long register is imported without holding it in memory, and comes in exactly as a short one.

A long sheet's rows wait in a private temporary file (``workbook.SpilledRows``) and so do the
commitments the plan will create (``spool.Spool``). These tests shrink both thresholds to a few
rows, so a clerk-style register of a few dozen rows takes the long-register path, and check that
the plan and the register come out as they do with everything in memory — on both engines.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from desktop.domain.catalogue import render
from desktop.domain.messages import as_message
from desktop.domain.models import Agreement, Commitment, StatusChange
from desktop.services.importing import spool, workbook
from desktop.services.importing.apply import import_workbook
from desktop.services.importing.plan import New
from desktop.services.importing.spool import Spool
from desktop.services.importing.workbook import SpilledRows, read_workbook
from desktop.storage.database import Database

REG = "KZ-CN-2024-05-20/1"


def spill_early(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every sheet longer than two rows and every plan longer than two records goes to disk, in odd batches."""
    monkeypatch.setattr(workbook, "SPILL_ROWS", 2)
    monkeypatch.setattr(workbook, "_SPILL_BATCH", 3)
    monkeypatch.setattr(spool, "IN_MEMORY", 2)
    monkeypatch.setattr(spool, "_BATCH", 3)


def untidy_clerk_register(path: Path) -> Path:
    """A clerk's untidy register (test_import_clerk builds a tidier one): a title above Russian phrase headers,
    blank cells, dates typed and as dates, protocols the register does not know (each becomes one draft
    agreement), rows without a ref, a repeated title under a new protocol and a row with a bad date (both
    rejected), and a Yes/No column."""
    wb = Workbook()
    ws = wb.active
    ws.title = "2026"
    ws.append(["Контроль исполнения поручений"])
    ws.append(
        [
            "Шифр",
            "№ протокола",
            "Наименование обязательства",
            "Ответственный исполнитель",
            "Срок исполнения",
            "Статус исполнения",
            "Примечание",
            "На контроле",
        ]
    )
    for n in range(1, 31):
        protocol = REG if n % 3 == 0 else f"{n % 4}/2026"
        due: Any = datetime(2026, 1 + n % 12, 1 + n % 27) if n % 2 else f"{1 + n % 27:02d}.{1 + n % 12:02d}.2026"
        ref = f"KC-SP-{n:03d}" if n % 5 else None
        status = ("Выполнено", "В работе", None, "не начато")[n % 4]
        note = "ждём ответа Минсельхоза" if n % 7 == 0 else None
        ws.append(
            [
                ref,
                protocol,
                f"Поручение № {n} — қазақ 合作 ({n})",
                "МИД РК" if n % 2 else None,
                due,
                status,
                note,
                n % 2 == 0,
            ]
        )
    ws.append([None, "1/2026", "Поручение № 5 — қазақ 合作 (5)", None, None, None, None, None])  # row n=5 again
    ws.append(["KC-SP-BAD", "2/2026", "С неверным сроком", None, "31.02.2026", None, None, None])
    wb.save(path)
    return path


def described(plan: Any) -> tuple[list[str], list[tuple[str, str, int, str, str]]]:
    lines = plan.summary_lines("ru")
    rows = [
        (p.action, p.entity, p.row, render(as_message(p.key), "ru"), render(as_message(p.detail), "ru"))
        for p in plan.preview
    ]
    return lines, sorted(rows, key=lambda r: (r[2], r[1], r[0]))


def commitments_of(db: Database) -> list[tuple[Any, ...]]:
    with db.read() as session:
        rows = session.execute(
            select(
                Commitment.ref,
                Commitment.title,
                Commitment.agency,
                Commitment.due_date,
                Commitment.status,
                Commitment.progress,
                Commitment.notes,
                Commitment.search_text,
                Agreement.reg_number,
            )
            .join(Agreement, Agreement.id == Commitment.agreement_id, isouter=True)
            .where(Commitment.title.like("%(%"))
            .order_by(Commitment.id)
        ).all()
    return [tuple(r) for r in rows]


def test_spool_is_the_list_it_stands_for() -> None:
    items = [
        {"ref": f"C-{i}", "agreement_id": New("agreements", f"{i % 3}/2026"), "due": date(2026, 1, 1 + i % 28)}
        for i in range(23)
    ]
    spooled: Spool[dict[str, Any]] = Spool(in_memory=4)
    for item in items:
        spooled.append(item)
    assert len(spooled) == 23 and "on disk" in repr(spooled)
    assert list(spooled) == items and spooled == items
    assert spooled[0] == items[0] and spooled[4] == items[4] and spooled[-1] == items[-1]
    for start, stop in ((0, 5), (3, 9), (4, 4), (10, 23), (20, 99)):
        assert spooled[start:stop] == items[start:stop], (start, stop)
    assert spooled[::5] == items[::5]
    with pytest.raises(IndexError):
        spooled[23]
    # A New read back is the same reference: the writer maps it to the id given to the record it names.
    assert {spooled[7]["agreement_id"]: 1}[New("agreements", "1/2026")] == 1
    assert Spool(items, in_memory=100) == items


def test_a_long_sheet_reads_back_every_value_with_its_type(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = untidy_clerk_register(tmp_path / "register.xlsx")
    in_memory = read_workbook(path)
    spill_early(monkeypatch)
    spilled = read_workbook(path)
    rows, kept = spilled.sheets[0].rows, in_memory.sheets[0].rows
    assert isinstance(rows, SpilledRows) and isinstance(kept, list)
    assert list(rows) == kept and len(rows) == len(kept)
    assert [type(v) for _n, r in rows for v in r] == [type(v) for _n, r in kept for v in r]  # dates, bools, ints
    assert (
        rows[5] == kept[5]
        and rows[-1] == kept[-1]
        and list(rows[3:9]) == kept[3:9]
        and list(rows[1:][2:4]) == kept[3:5]
    )


def test_a_long_register_comes_in_as_a_short_one(
    demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = untidy_clerk_register(tmp_path / "контроль.xlsx")
    expected = described(import_workbook(demo_db, path, dry_run=True, skip_invalid=True).plan)
    spill_early(monkeypatch)
    plan = import_workbook(demo_db, path, dry_run=True, skip_invalid=True).plan
    assert described(plan) == expected  # the same counts, rows, rejections, new protocols, in Russian
    assert isinstance(plan.new["commitments"], Spool) and len(plan.new["commitments"]) == 30
    assert plan.rejected_rows == 2  # the repeated title under the protocol a row before it created, the bad date
    rejected = "\n".join(render(r.describe(), "ru") for r in plan.rejections)
    assert "31.02.2026" in rejected and "row" not in rejected

    result = import_workbook(demo_db, path, skip_invalid=True)
    assert result.written
    stored = commitments_of(demo_db)
    assert len(stored) == 30
    generated = [r[0] for r in stored if r[0].startswith("C-")]
    assert len(generated) == 6 and generated == sorted(generated)  # ref-less rows numbered in the sheet's order
    with demo_db.read() as session:
        drafts = session.scalars(select(Agreement.reg_number).where(Agreement.reg_number.like("%/2026"))).all()
        assert sorted(drafts) == ["0/2026", "1/2026", "2/2026", "3/2026"]  # each unknown protocol created once
        history = session.scalars(
            select(StatusChange.to_status)
            .join(Commitment, Commitment.id == StatusChange.commitment_id)
            .where(Commitment.title.like("%(%"))
        ).all()
        assert len(history) == 30  # each created commitment's first status, written beside it
    first = next(r for r in stored if r[0] == "KC-SP-001")
    assert first[3] == date(2026, 2, 2) and first[2] == "МИД РК" and first[4] == "in_progress"
    assert "kc-sp-001" in first[7] and "қазақ" in first[7] and "1/2026" in first[7]  # found by ref, text, protocol
    done = next(r for r in stored if r[0] == "KC-SP-004")
    assert done[4] == "completed" and done[5] == 100 and done[3] == date(2026, 5, 5)
    assert next(r for r in stored if r[0] == "KC-SP-007")[6] == "ждём ответа Минсельхоза"
