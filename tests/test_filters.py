"""The commitment filter: every criterion in SQL, alone and combined, and SQL == in-memory predicate."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from desktop.domain.filters import CommitmentFilter, compile_filter
from desktop.services import agreements, bodies, commitment_list, commitments, parties
from desktop.services.commitment_list import Col
from desktop.services.records import AgreementData, BodyData, CommitmentData, PartyData
from desktop.storage.database import Database

TODAY = date(2026, 1, 15)


class Register:
    """A small register with known ids, built through the services."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.kz = parties.save(db, PartyData(name="Republic of Kazakhstan", short_name="Kazakhstan", country_code="KZ"))
        self.cn = parties.save(db, PartyData(name="People's Republic of China", short_name="China", country_code="CN"))
        self.protocol = agreements.save(
            db,
            AgreementData(
                reg_number="KZ-CN-2024-05-20/1",
                title="Protocol",
                party_ids=[self.kz, self.cn],
                signed_on=date(2024, 5, 20),
            ),
        )
        self.roadmap = agreements.save(
            db,
            AgreementData(
                reg_number="KZ-CN-2025/7", title="Roadmap", party_ids=[self.kz, self.cn], signed_on=date(2025, 1, 10)
            ),
        )
        self.committee = bodies.save(db, BodyData(name="Kazakh-Chinese Cooperation Committee"))
        self.agri = bodies.save(
            db, BodyData(name="Agricultural Subcommittee", kind="subcommittee", parent_id=self.committee)
        )
        self.seeds = bodies.save(db, BodyData(name="Seeds working group", kind="working_group", parent_id=self.agri))
        self.innovation = bodies.save(
            db, BodyData(name="Innovation Subcommittee", kind="subcommittee", parent_id=self.committee)
        )

    def add(self, title: str, **fields: object) -> int:
        status = str(fields.pop("status", "not_started"))
        commitment_id = commitments.save(self.db, CommitmentData(title=title, **fields))  # type: ignore[arg-type]
        if status != "not_started":
            note = "reason"
            if status == "completed":
                commitments.change_status(
                    self.db,
                    commitment_id,
                    status,
                    note,
                    completed_on=date(2025, 1, 1),
                    today=TODAY,
                    letter_number="10",
                    letter_date=date(2025, 1, 1),
                )
            else:
                commitments.change_status(self.db, commitment_id, status, note, today=TODAY)
        return commitment_id


@pytest.fixture
def reg(db: Database) -> Register:
    r = Register(db)
    r.c_kaz = r.add(
        "ҚАЗАҚ астығын экспорттау",
        sector="АУЫЛ ШАРУАШЫЛЫҒЫ",
        body_id=r.agri,
        party_id=r.kz,
        agreement_id=r.protocol,
        due_date=date(2025, 12, 31),
        status="in_progress",
    )
    r.c_zh = r.add(
        "Phytosanitary access",
        description="扩大哈萨克斯坦农业产品对华出口准入",
        sector="Agriculture",
        body_id=r.seeds,
        party_id=r.cn,
        agreement_id=r.protocol,
        due_date=date(2026, 1, 15),
    )
    r.c_latin = r.add(
        "Kazakh wheat to Chinese markets",
        sector="agriculture",
        body_id=r.committee,
        party_id=r.kz,
        agreement_id=r.roadmap,
        due_date=date(2026, 3, 1),
        status="completed",
    )
    r.c_tech = r.add(
        "High technologies",
        sector="Innovation",
        body_id=r.innovation,
        party_id=r.kz,
        agreement_id=r.roadmap,
        due_date=date(2025, 6, 30),
        status="on_hold",
    )
    r.c_visa = r.add("Visa-free regime 100%_done", sector="Consular", due_date=None)
    r.c_old = r.add("Cancelled plan", sector="Trade", body_id=r.agri, due_date=date(2024, 1, 1), status="cancelled")
    return r


def ids(db: Database, **criteria: object) -> set[int]:
    rows = commitment_list.list_rows(db, CommitmentFilter(**criteria), TODAY)  # type: ignore[arg-type]
    return {row[Col.ID] for row in rows}


def test_no_filter_lists_everything_in_id_order(reg: Register) -> None:
    rows = commitment_list.list_rows(reg.db, None, TODAY)
    assert [r[Col.ID] for r in rows] == sorted(r[Col.ID] for r in rows)
    assert len(rows) == 6
    row = next(r for r in rows if r[Col.ID] == reg.c_kaz)
    assert row[Col.AGREEMENT] == "KZ-CN-2024-05-20/1" and row[Col.BODY] == "Agricultural Subcommittee"
    assert row[Col.PARTY] == "Kazakhstan" and row[Col.DUE_DATE] == "2025-12-31" and row[Col.STATUS] == "in_progress"
    done = next(r for r in rows if r[Col.ID] == reg.c_latin)
    assert done[Col.COMPLETED_ON] == "2025-01-01" and done[Col.PROGRESS] == 100


def test_rows_are_the_drivers_tuples_and_equal_what_sqlalchemy_makes_of_them(reg: Register) -> None:
    """The list takes the driver's tuples as they come (no Row object per row): on both engines, nothing in the
    query converts a value, so they are the rows SQLAlchemy's own result gives, value for value and type for type."""
    query = commitment_list.base_query().order_by(commitment_list.commitment.c.id)
    with reg.db.read() as session:
        assert commitment_list._kept_as_fetched(session.connection().dialect)
        converted = [tuple(r) for r in session.execute(query).all()]
    listed = commitment_list.list_rows(reg.db, None, TODAY)
    assert listed == converted and len(listed) == 6
    assert [[type(v) for v in row] for row in listed] == [[type(v) for v in row] for row in converted]
    assert all(type(row) is tuple for row in listed)


def test_text_is_case_insensitive_in_cyrillic(reg: Register) -> None:
    assert ids(reg.db, text="қазақ") == {reg.c_kaz}
    assert ids(reg.db, text="ҚаЗаҚ") == {reg.c_kaz}


def test_text_finds_latin_in_any_case(reg: Register) -> None:
    assert ids(reg.db, text="KAZAKH WHEAT") == {reg.c_latin}
    assert ids(reg.db, text="Wheat") == {reg.c_latin}
    # The responsible party's name is searched too: "Republic of Kazakhstan".
    assert ids(reg.db, text="kazakh") == {reg.c_kaz, reg.c_latin, reg.c_tech}


def test_text_finds_a_chinese_substring(reg: Register) -> None:
    assert ids(reg.db, text="农业") == {reg.c_zh}


def test_text_terms_are_anded_and_wildcards_are_literal(reg: Register) -> None:
    assert ids(reg.db, text="phytosanitary 农业") == {reg.c_zh}
    assert ids(reg.db, text="phytosanitary wheat") == set()
    assert ids(reg.db, text="100%_") == {reg.c_visa}
    assert ids(reg.db, text="%") == {reg.c_visa}
    assert ids(reg.db, text="_") == {reg.c_visa}


def test_text_finds_body_and_agreement_names(reg: Register) -> None:
    assert ids(reg.db, text="seeds working") == {reg.c_zh}
    assert ids(reg.db, text="kz-cn-2025/7") == {reg.c_latin, reg.c_tech}


def test_status(reg: Register) -> None:
    assert ids(reg.db, statuses=frozenset({"in_progress"})) == {reg.c_kaz}
    assert ids(reg.db, statuses=frozenset({"not_started", "on_hold"})) == {reg.c_zh, reg.c_tech, reg.c_visa}


def test_overdue_excludes_closed_undated_and_due_today(reg: Register) -> None:
    # c_zh is due today, c_latin is completed, c_old cancelled, c_visa has no date.
    assert ids(reg.db, overdue=True) == {reg.c_kaz, reg.c_tech}


def test_body_includes_its_sub_bodies(reg: Register) -> None:
    assert ids(reg.db, body_id=reg.committee) == {reg.c_kaz, reg.c_zh, reg.c_latin, reg.c_tech, reg.c_old}
    assert ids(reg.db, body_id=reg.agri) == {reg.c_kaz, reg.c_zh, reg.c_old}
    assert ids(reg.db, body_id=reg.seeds) == {reg.c_zh}
    assert ids(reg.db, body_id=999) == set()


def test_party(reg: Register) -> None:
    assert ids(reg.db, party_id=reg.cn) == {reg.c_zh}


def test_sector_ignores_case_in_latin_and_cyrillic(reg: Register) -> None:
    assert ids(reg.db, sector="AGRICULTURE") == {reg.c_zh, reg.c_latin}
    assert ids(reg.db, sector=" agriculture ") == {reg.c_zh, reg.c_latin}
    assert ids(reg.db, sector="ауыл шаруашылығы") == {reg.c_kaz}
    assert ids(reg.db, sector="Ауыл Шаруашылығы") == {reg.c_kaz}
    assert ids(reg.db, sector="ауыл") == set()  # a sector is matched whole, not as a substring


def test_agreement(reg: Register) -> None:
    assert ids(reg.db, agreement_id=reg.roadmap) == {reg.c_latin, reg.c_tech}


def test_due_range_is_inclusive_and_skips_undated(reg: Register) -> None:
    assert ids(reg.db, due_after=date(2026, 1, 15)) == {reg.c_zh, reg.c_latin}
    assert ids(reg.db, due_before=date(2025, 6, 30)) == {reg.c_tech, reg.c_old}
    assert ids(reg.db, due_after=date(2025, 6, 30), due_before=date(2025, 12, 31)) == {reg.c_kaz, reg.c_tech}


def test_filters_combine(reg: Register) -> None:
    assert ids(reg.db, body_id=reg.committee, overdue=True, party_id=reg.kz) == {reg.c_kaz, reg.c_tech}
    assert ids(reg.db, body_id=reg.agri, sector="agriculture", statuses=frozenset({"not_started"})) == {reg.c_zh}
    assert ids(reg.db, text="қазақ", agreement_id=reg.roadmap) == set()
    assert ids(reg.db, sector="Agriculture", agreement_id=reg.roadmap, due_before=date(2026, 12, 31), text="WHEAT") == {
        reg.c_latin
    }


def test_filter_is_empty_and_with_() -> None:
    assert CommitmentFilter().is_empty
    changed = CommitmentFilter().with_(overdue=True)
    assert not changed.is_empty and changed.overdue and CommitmentFilter().overdue is False


def test_compiled_predicate_without_a_body_scope_ignores_the_body() -> None:
    predicate = compile_filter(CommitmentFilter(body_id=3), TODAY, None)
    assert predicate("x", "not_started", None, 7, None, "", None)


def test_sectors_lists_each_sector_once_in_its_most_used_spelling(reg: Register) -> None:
    # "Agriculture" and "agriculture" are used once each: the tie goes to the spelling sorting first.
    assert commitment_list.sectors(reg.db) == ["Agriculture", "Consular", "Innovation", "Trade", "АУЫЛ ШАРУАШЫЛЫҒЫ"]
    reg.add("Grain corridor", sector="agriculture")
    assert commitment_list.sectors(reg.db)[0] == "agriculture"


# --- SQL and the in-memory predicate agree ---------------------------------------------------------------------

WORDS = [
    "ҚАЗАҚ",
    "қазақ",
    "Kazakh",
    "astana",
    "ASTANA",
    "农业",
    "农业合作",
    "创新",
    "Ауыл",
    "шаруашылығы",
    "wheat",
    "Trade",
    "сауда",
    "100%",
    "a_b",
    "Ünïcode",
    "straße",
]
SECTORS = [
    "Agriculture",
    "agriculture",
    "AGRICULTURE",
    "Ауыл шаруашылығы",
    "АУЫЛ ШАРУАШЫЛЫҒЫ",
    "农业",
    "Trade",
    "Сауда",
    "",
]
STATUSES = ["not_started", "in_progress", "completed", "on_hold", "cancelled"]


def _random_commitments(reg: Register, rng: random.Random, count: int) -> None:
    from desktop.domain.models import Commitment
    from desktop.domain.rules import fold

    body_ids = [reg.committee, reg.agri, reg.seeds, reg.innovation, None]
    with reg.db.write() as session:
        for index in range(count):
            title = " ".join(rng.sample(WORDS, rng.randint(1, 4)))
            status = rng.choice(STATUSES)
            sector = rng.choice(SECTORS)
            due = TODAY + timedelta(days=rng.randint(-400, 400)) if rng.random() < 0.85 else None
            session.add(
                Commitment(
                    ref=f"R-{index:05d}",
                    title=title,
                    sector=sector,
                    status=status,
                    due_date=due,
                    body_id=rng.choice(body_ids),
                    party_id=rng.choice([reg.kz, reg.cn, None]),
                    agreement_id=rng.choice([reg.protocol, reg.roadmap, None]),
                    progress=100 if status == "completed" else rng.randint(0, 99),
                    completed_on=date(2025, 1, 1) if status == "completed" else None,
                    search_text=fold(f"R-{index:05d}", title, sector),
                )
            )


def _random_filter(reg: Register, rng: random.Random) -> CommitmentFilter:
    flt = CommitmentFilter()
    if rng.random() < 0.5:
        flt = flt.with_(
            text=" ".join(
                rng.choice(WORDS).swapcase() if rng.random() < 0.5 else rng.choice(WORDS)
                for _ in range(rng.randint(1, 2))
            )
        )
    if rng.random() < 0.3:
        flt = flt.with_(statuses=frozenset(rng.sample(STATUSES, rng.randint(1, 3))))
    if rng.random() < 0.3:
        flt = flt.with_(overdue=True)
    if rng.random() < 0.3:
        flt = flt.with_(body_id=rng.choice([reg.committee, reg.agri, reg.seeds, reg.innovation]))
    if rng.random() < 0.3:
        flt = flt.with_(party_id=rng.choice([reg.kz, reg.cn]))
    if rng.random() < 0.3:
        sector = rng.choice([s for s in SECTORS if s])
        flt = flt.with_(sector=sector.swapcase() if rng.random() < 0.5 else sector)
    if rng.random() < 0.3:
        flt = flt.with_(agreement_id=rng.choice([reg.protocol, reg.roadmap]))
    if rng.random() < 0.3:
        flt = flt.with_(due_after=TODAY + timedelta(days=rng.randint(-300, 100)))
    if rng.random() < 0.3:
        flt = flt.with_(due_before=TODAY + timedelta(days=rng.randint(-100, 300)))
    return flt


@pytest.mark.slow
def test_sql_filter_and_in_memory_predicate_agree(reg: Register) -> None:
    rng = random.Random(20240520)
    _random_commitments(reg, rng, 400)
    everything = commitment_list.list_rows(reg.db, CommitmentFilter(), TODAY)
    assert len(everything) == 406
    non_trivial = 0
    for _ in range(300):
        flt = _random_filter(reg, rng)
        from_sql = [r[Col.ID] for r in commitment_list.list_rows(reg.db, flt, TODAY)]
        predicate = commitment_list.predicate_for(reg.db, flt, TODAY)
        in_memory = [r[Col.ID] for r in everything if commitment_list.row_matches(predicate, r)]
        assert from_sql == in_memory, flt
        fast = commitment_list.row_predicate(predicate)  # what the list runs on each keystroke
        assert [r[Col.ID] for r in everything if fast(r)] == in_memory, flt
        non_trivial += 0 < len(from_sql) < len(everything)
    assert non_trivial > 100  # the filters really select something, most of the time


def test_text_search_follows_renamed_bodies_parties_and_agreements(reg: Register) -> None:
    version = commitments.get(reg.db, reg.c_zh).version
    body = bodies.get(reg.db, reg.seeds)
    body.name = "Тұқым жұмыс тобы"
    bodies.save(reg.db, body)
    party = parties.get(reg.db, reg.cn)
    party.name = "中华人民共和国"
    parties.save(reg.db, party)
    agreement = agreements.get(reg.db, reg.roadmap)
    agreement.reg_number = "KZ-CN-2025/7-bis"
    agreements.save(reg.db, agreement)
    assert ids(reg.db, text="ТҰҚЫМ") == {reg.c_zh}
    assert ids(reg.db, text="seeds") == set()
    assert ids(reg.db, text="中华人民") == {reg.c_zh}
    assert ids(reg.db, text="7-BIS") == {reg.c_latin, reg.c_tech}
    # Derived text is not an edit: a form open on the commitment can still be saved.
    assert commitments.get(reg.db, reg.c_zh).version == version
