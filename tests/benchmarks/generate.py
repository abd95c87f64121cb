"""The benchmark archive: a ministry register of realistic size, inserted in bulk.

40 parties, 5,000 agreements, 400 bodies (committees, their subcommittees and working groups),
N commitments (100,000 for ``make bench``) with three status-history entries each, each on control: a lead
executor and a controller from 600 people (a third also with one or two co-executors) and one interim report;
every tenth commitment has a scanned letter attached to it (small stand-in bytes, one file each), and every
agreement its signed scan. Titles and
descriptions mix Kazakh, Russian, English and Chinese; due dates spread over ten years around
today. The schema comes from the migrations (``open_database``); rows go in through raw
``sqlite3.executemany`` in one transaction because the ORM would take minutes. Every column the
services fill is filled the same way: ``search_text`` is ``rules.fold`` over the fields
``services/commitments.py::_search_text`` uses, ``version`` = 1, UTC timestamps written the way
SQLAlchemy writes them, completed ⇔ 100 % with a completion date, unique refs.

Archives are cached by N and seed under the user's cache folder (``KELISIM_BENCH_CACHE``
overrides), never inside the repository; callers work on a copy (``working_copy``).
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from desktop.domain.enums import CommitmentStatus
from desktop.domain.rules import commitment_search_text, fold
from desktop.storage import audit
from desktop.storage.database import open_database
from desktop.storage.engine import make_engine

GENERATOR_VERSION = 5  # bump when the data changes, so stale cached archives are not reused
PARTIES = 40
AGREEMENTS = 5_000  # at 100,000 commitments; smaller archives keep the proportions (smoke runs stay quick)
COMMITTEES, SUBCOMMITTEES_PER, GROUPS_PER = 40, 5, 4  # 40 + 200 + 160 = 400 bodies at 100,000
FULL = 100_000
PEOPLE = 600  # executors and controllers across the ministries (at 100,000 commitments)


def scaled(full: int, commitments: int, least: int) -> int:
    return max(least, round(full * min(commitments, FULL) / FULL))


USER = "bench-clerk"

# (English name, short, ISO, Russian, Kazakh, Chinese)
_COUNTRIES = [
    (
        "Republic of Kazakhstan",
        "Kazakhstan",
        "KZ",
        "Республика Казахстан",
        "Қазақстан Республикасы",
        "哈萨克斯坦共和国",
    ),
    (
        "People's Republic of China",
        "China",
        "CN",
        "Китайская Народная Республика",
        "Қытай Халық Республикасы",
        "中华人民共和国",
    ),
    ("Russian Federation", "Russia", "RU", "Российская Федерация", "Ресей Федерациясы", "俄罗斯联邦"),
    (
        "Republic of Uzbekistan",
        "Uzbekistan",
        "UZ",
        "Республика Узбекистан",
        "Өзбекстан Республикасы",
        "乌兹别克斯坦共和国",
    ),
    ("Kyrgyz Republic", "Kyrgyzstan", "KG", "Кыргызская Республика", "Қырғыз Республикасы", "吉尔吉斯共和国"),
    ("Republic of Türkiye", "Türkiye", "TR", "Турецкая Республика", "Түркия Республикасы", "土耳其共和国"),
    (
        "Federal Republic of Germany",
        "Germany",
        "DE",
        "Федеративная Республика Германия",
        "Германия Федеративтік Республикасы",
        "德意志联邦共和国",
    ),
    ("Republic of Korea", "Korea", "KR", "Республика Корея", "Корея Республикасы", "大韩民国"),
    ("Japan", "Japan", "JP", "Япония", "Жапония", "日本国"),
    ("Mongolia", "Mongolia", "MN", "Монголия", "Моңғолия", "蒙古国"),
]
_SECTORS = [
    ("Agriculture", "农业", "ауыл шаруашылығы"),
    ("Trade", "贸易", "сауда"),
    ("Innovation", "创新", "инновация"),
    ("Transport", "交通", "көлік"),
    ("Energy", "能源", "энергетика"),
    ("Tourism", "旅游", "туризм"),
    ("Education", "教育", "білім"),
    ("Water", "水资源", "су ресурстары"),
    ("Health", "卫生", "денсаулық"),
    ("Culture", "文化", "мәдениет"),
    ("Customs", "海关", "кеден"),
    ("Finance", "金融", "қаржы"),
]
_EN = [
    "Expand {s} cooperation with {p}",
    "Prepare a joint roadmap on {s}",
    "Hold the session of the {s} working group",
    "Agree the list of joint {s} projects",
    "Exchange statistics on {s} quarterly",
    "Open a {s} office in {c}",
]
_RU = [
    "Расширить сотрудничество в сфере «{s}» с {p}",
    "Подготовить дорожную карту по направлению «{s}»",
    "Провести заседание рабочей группы «{s}» в г. {c}",
    "Согласовать перечень совместных проектов «{s}»",
]
_KK = [
    "{p} елімен {s} саласындағы ынтымақтастықты кеңейту",
    "ҚАЗАҚ-ҚЫТАЙ {s} жобаларының тізбесін келісу",
    "Қазақстан мен {p} арасындағы {s} жөніндегі жол картасын әзірлеу",
    "{c} қаласында {s} кеңсесін ашу",
]
_ZH = ["扩大与{p}在{s}领域的合作", "制定{s}合作路线图", "在{c}举行{s}工作组会议", "商定{s}联合项目清单"]
_CITIES = ["Astana", "Almaty", "Beijing", "Ürümqi", "Shymkent", "Xi'an", "Aktau", "Khorgos"]
_PEOPLE = [
    "Murat Nurtleu (Мұрат Нұртілеу)",
    "Wang Yi (王毅)",
    "Li Qiang (李强)",
    "Ермек Көшербаев",
    "Zhang Ming (张明)",
    "Айгүл Сәрсенова",
    "Chen Jing (陈静)",
    "Сергей Иванов",
    "Нұрлан Әбдіхалықұлы",
    "Liu Yang (刘洋)",
]
_AGENCIES = [
    "Ministry of Agriculture of the Republic of Kazakhstan",
    "Министерство торговли и интеграции РК",
    "Қазақстан Республикасының Сыртқы істер министрлігі",
    "中华人民共和国商务部",
    "KAZAKH INVEST",
    "Ministry of Foreign Affairs of the People's Republic of China",
    "ҚАЗАҚСТАН ТЕМІР ЖОЛЫ",
]
# Final status → the two changes after "created": (from, to) pairs whose moves the rules allow.
_PATHS = {
    "not_started": (("not_started", "in_progress"), ("in_progress", "not_started")),
    "in_progress": (("not_started", "on_hold"), ("on_hold", "in_progress")),
    "completed": (("not_started", "in_progress"), ("in_progress", "completed")),
    "on_hold": (("not_started", "in_progress"), ("in_progress", "on_hold")),
    "cancelled": (("not_started", "in_progress"), ("in_progress", "cancelled")),
}
_STATUS_WEIGHTS = {"not_started": 20, "in_progress": 35, "completed": 30, "on_hold": 8, "cancelled": 7}
assert set(_PATHS) == {s.value for s in CommitmentStatus}


@dataclass(frozen=True)
class ArchiveInfo:
    path: Path
    commitments: int
    seed: int
    generated_in_s: float | None  # None when taken from the cache


def _stamp(moment: datetime) -> str:
    # SQLAlchemy's SQLite DATETIME text for a UTC value (UTCDateTime reads it back as aware UTC).
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def cache_dir() -> Path:
    override = os.environ.get("KELISIM_BENCH_CACHE")
    base = Path(override) if override else Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
    folder = base if override else base / "kelisim-bench"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def archive_path(commitments: int, seed: int) -> Path:
    return cache_dir() / f"archive-v{GENERATOR_VERSION}-n{commitments}-s{seed}.sqlite3"


def ensure_archive(commitments: int, seed: int = 2024, today: date | None = None) -> ArchiveInfo:
    """The cached archive for (N, seed), generated first if missing."""
    import time

    path = archive_path(commitments, seed)
    if path.exists():
        return ArchiveInfo(path, commitments, seed, None)
    started = time.perf_counter()
    # One partial file per process: two test workers may generate the same archive at once; the last rename wins
    # and both wrote the same archive.
    partial = path.with_name(f"{path.name}.partial-{os.getpid()}")
    partial.unlink(missing_ok=True)
    generate(partial, commitments, seed, today or date.today())
    os.replace(partial, path)  # a killed generation never leaves a half archive under the real name
    return ArchiveInfo(path, commitments, seed, time.perf_counter() - started)


def working_copy(archive: Path, folder: Path) -> Path:
    """A private copy to measure on: the benchmark changes statuses and writes backups beside it."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "archive.sqlite3"
    shutil.copyfile(archive, target)  # the cached file is closed and checkpointed: a plain copy is safe
    # Opened once here, so an archive cached before a newer migration is brought to the current schema now and the
    # groups measure the register as a clerk has it every day, not its one-time upgrade (nor Alembic's import).
    open_database(target, auto_backup=False).close()
    return target


def generate(path: Path, commitments: int, seed: int, today: date) -> None:
    db = open_database(path, auto_backup=False)  # the schema and application_id come from the migrations
    db.close()
    rng = random.Random(seed)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA synchronous = OFF")  # a generated file, rebuilt on failure: no need to fsync
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("BEGIN")
        # A generated archive stands for a register kept before the audit trail existed: its rows have no
        # trail. The triggers are set aside while it is written and made again below.
        triggers = conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'audit^_%' ESCAPE '^' "
            "AND tbl_name <> 'audit_log'"
        ).fetchall()
        for (trigger,) in triggers:
            conn.execute(f'DROP TRIGGER "{trigger}"')
        _insert_all(conn, rng, commitments, today)
        conn.execute("COMMIT")
        problems = conn.execute("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise RuntimeError(f"generated archive breaks foreign keys: {problems[:5]}")
    finally:
        conn.close()
    engine = make_engine(path)
    try:
        with engine.begin() as audited:
            audit.remake_sqlite_triggers(audited, audit.REGISTER_TABLES)
    finally:
        engine.dispose()
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _insert_all(conn: sqlite3.Connection, rng: random.Random, commitments: int, today: date) -> None:
    now = datetime.now(UTC)
    parties = _parties(conn, now)
    agreements = _agreements(conn, rng, parties, today, now, scaled(AGREEMENTS, commitments, 10))
    bodies = _bodies(conn, rng, parties, agreements, now, scaled(COMMITTEES, commitments, 2))
    _commitments(conn, rng, commitments, parties, agreements, bodies, today, now)
    _control(conn, rng, commitments, today, now, scaled(PEOPLE, commitments, 6))
    _attachments(conn, commitments, len(agreements), now)


def _attachments(conn: sqlite3.Connection, commitments: int, agreements: int, now: datetime) -> None:
    """Attachment metadata as the register holds it: content rows (stand-in bytes, distinct per file) and the
    links that name them; the lists, exports and backups read the links."""
    import hashlib

    stamp = _stamp(now)
    contents, links = [], []
    owners = [("commitment_id", cid, f"письмо {cid}.pdf") for cid in range(10, commitments + 1, 10)]
    owners += [("agreement_id", aid, f"signed scan {aid}.pdf") for aid in range(1, agreements + 1)]
    for column, owner, name in owners:
        data = b"%PDF-1.4\n% stand-in for a scanned document\n" + name.encode() + b"\n%%EOF\n"
        digest = hashlib.sha256(data).hexdigest()
        contents.append((digest, len(data), data, stamp))
        links.append(
            (
                digest,
                owner if column == "agreement_id" else None,
                owner if column == "commitment_id" else None,
                name,
                len(data),
                "application/pdf",
                USER,
                stamp,
            )
        )
    conn.executemany("INSERT INTO attachment_content (sha256, size, data, created_at) VALUES (?,?,?,?)", contents)
    conn.executemany(
        "INSERT INTO attachment (sha256, agreement_id, commitment_id, name, size, media_type, added_by, added_at) "
        "VALUES (?,?,?,?,?,?,?,?)",
        links,
    )


_FIRST = ["Айгүл", "Ермек", "Мұрат", "Сәуле", "Нұрлан", "Ольга", "Дмитрий", "Wang", "Li", "Zhang", "Anna", "Ғалым"]
_LAST = ["Сәрсенова", "Көшербаев", "Нұртілеу", "Иванова", "Петров", "Ming", "Qiang", "Yi", "Smith", "Омарова"]


def _control(
    conn: sqlite3.Connection, rng: random.Random, commitments: int, today: date, now: datetime, people: int
) -> None:
    """People, each commitment's lead executor and controller (a third also co-executors), one interim report
    per commitment — what the list, the reports and My work read for control of execution."""
    stamp = _stamp(now)
    conn.executemany(
        "INSERT INTO person (id, name, agency, position, contact, login, created_at) VALUES (?,?,?,?,?,?,?)",
        [
            (
                pid,
                f"{_FIRST[pid % len(_FIRST)]} {_LAST[(pid // len(_FIRST)) % len(_LAST)]} {pid}",
                _AGENCIES[pid % len(_AGENCIES)],
                "chief expert" if pid % 3 else "head of division",
                f"+7 7172 72{pid:04d}",
                f"clerk{pid}" if pid <= 50 else "",
                stamp,
            )
            for pid in range(1, people + 1)
        ],
    )
    links, reports = [], []
    for cid in range(1, commitments + 1):
        lead, controller = rng.randrange(1, people + 1), rng.randrange(1, people + 1)
        team = {lead}
        links.append((cid, "lead", lead, 0))
        if cid % 3 == 0:
            for order in range(1, rng.randrange(2, 4)):
                co = rng.randrange(1, people + 1)
                if co not in team:
                    team.add(co)
                    links.append((cid, "co", co, order))
        if controller not in team:
            links.append((cid, "controller", controller, 0))
        day = today - timedelta(days=rng.randrange(0, 365))
        reports.append(
            (
                cid,
                day.isoformat(),
                "Промежуточная информация: работа ведётся / Аралық ақпарат: жұмыс жүргізілуде",
                rng.randrange(0, 100),
                USER,
                stamp,
            )
        )
    conn.executemany(
        "INSERT INTO commitment_person (commitment_id, role, person_id, sort_order) VALUES (?,?,?,?)", links
    )
    conn.executemany(
        "INSERT INTO interim_report (commitment_id, report_date, text, progress, reported_by, reported_at) "
        "VALUES (?,?,?,?,?,?)",
        reports,
    )


def _parties(conn: sqlite3.Connection, now: datetime) -> list[tuple[int, str, str, str]]:
    """(id, name, short name, Chinese name); countries repeat with a numbered delegation suffix."""
    rows, out = [], []
    for i in range(PARTIES):
        en, short, iso, ru, kk, zh = _COUNTRIES[i % len(_COUNTRIES)]
        if i >= len(_COUNTRIES):  # party names need not be unique, but distinct ones read better
            n = i // len(_COUNTRIES) + 1
            en, short, ru, kk, zh = f"{en} ({n})", f"{short} {n}", f"{ru} ({n})", f"{kk} ({n})", f"{zh}（{n}）"
        search = fold(en, short, iso, ru, kk, zh)
        rows.append((i + 1, en, short, "state", iso, ru, kk, zh, search, 1, _stamp(now), _stamp(now)))
        out.append((i + 1, en, short, zh))
    conn.executemany(
        "INSERT INTO party (id, name, short_name, kind, country_code, name_ru, name_kk, name_zh, "
        "search_text, version, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        rows,
    )
    return out


def _agreements(
    conn: sqlite3.Connection, rng: random.Random, parties: list, today: date, now: datetime, count: int
) -> list[tuple[int, str, date, int]]:
    """(id, reg number, signed on, main foreign party id)."""
    rows, links, signers, history, out = [], [], [], [], []
    kinds = ["protocol", "agreement", "memorandum", "joint_statement", "roadmap"]
    for i in range(1, count + 1):
        other = parties[rng.randrange(1, len(parties))]
        signed = today - timedelta(days=rng.randrange(30, 3650))
        sector, sector_zh, sector_kk = rng.choice(_SECTORS)
        reg = f"KZ-{other[2][:2].upper()}-{signed.isoformat()}/{i}"
        title = f"Agreement on {sector.lower()} cooperation between Kazakhstan and {other[2]}"
        title_ru = f"Соглашение о сотрудничестве в области «{sector}» между Казахстаном и {other[2]}"
        title_kk = f"Қазақстан мен {other[2]} арасындағы {sector_kk} саласындағы ынтымақтастық туралы келісім"
        title_zh = f"哈萨克斯坦与{other[3]}{sector_zh}合作协定"
        place = rng.choice(_CITIES)
        summary = f"Signed in {place}; covers {sector.lower()} projects, exchanges of experts and a joint plan."
        in_force = signed + timedelta(days=rng.randrange(0, 90))
        status = "in_force" if in_force <= today else "signed"
        stamp = _stamp(now)
        rows.append(
            (
                i,
                reg,
                title,
                title_ru,
                title_kk,
                title_zh,
                rng.choice(kinds),
                status,
                signed.isoformat(),
                place,
                in_force.isoformat() if status == "in_force" else None,
                None,
                summary,
                "",
                fold(reg, title, title_ru, title_kk, title_zh, place, summary),
                1,
                stamp,
                stamp,
            )
        )
        links += [(i, 1), (i, other[0])]
        signers += [
            (i, _PEOPLE[0], "Minister of Foreign Affairs of the Republic of Kazakhstan", 1, 0),
            (i, rng.choice(_PEOPLE[1:]), "Minister", other[0], 1),
        ]
        history.append(("agreement", None, i, None, status, stamp, USER, "registered"))
        out.append((i, reg, signed, other[0]))
    conn.executemany(
        "INSERT INTO agreement (id, reg_number, title, title_ru, title_kk, title_zh, kind, status, "
        "signed_on, place, entry_into_force, expiry, summary, source_ref, search_text, version, "
        "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        rows,
    )
    conn.executemany("INSERT INTO agreement_party (agreement_id, party_id) VALUES (?,?)", links)
    conn.executemany(
        "INSERT INTO signatory (agreement_id, name, position, party_id, sort_order) VALUES (?,?,?,?,?)", signers
    )
    conn.executemany(
        "INSERT INTO status_change (entity, commitment_id, agreement_id, from_status, to_status, "
        "changed_at, changed_by, note) VALUES (?,?,?,?,?,?,?,?)",
        history,
    )
    return out


def _bodies(
    conn: sqlite3.Connection, rng: random.Random, parties: list, agreements: list, now: datetime, committees: int
) -> list[tuple[int, str, int]]:
    """(id, name, party id); committees first, then their subcommittees, then working groups."""
    rows, links, chairs, out = [], [], [], []
    next_id = 1

    def add(name: str, ru: str, kk: str, zh: str, kind: str, parent: int | None, party: tuple) -> int:
        nonlocal next_id
        body_id, next_id = next_id, next_id + 1
        agreement = rng.choice(agreements)
        stamp = _stamp(now)
        rows.append(
            (
                body_id,
                name,
                ru,
                kk,
                zh,
                kind,
                parent,
                agreement[0],
                agreement[2].isoformat(),
                1,
                None,
                "",
                fold(name, ru, kk, zh),
                1,
                stamp,
                stamp,
            )
        )
        links.extend([(body_id, 1), (body_id, party[0])] if party[0] != 1 else [(body_id, 1)])
        chairs.extend(
            [(body_id, _PEOPLE[0], "Co-chair", 1, 0), (body_id, rng.choice(_PEOPLE[1:]), "Co-chair", party[0], 1)]
        )
        out.append((body_id, name, party[0]))
        return body_id

    partners = len(parties) - 1
    for c in range(committees):
        party = parties[1 + c % partners]
        # Bodies are found by name (the editor's pickers, the import, the reports): a second body
        # with a partner is its intergovernmental commission, never a second committee of the same name.
        if c < partners:
            tag, tag_zh = party[2], party[3]
            committee = add(
                f"Kazakh-{party[2]} Cooperation Committee",
                f"Казахстанско-{party[2]} комитет по сотрудничеству",
                f"Қазақстан-{party[2]} ынтымақтастық комитеті",
                f"中哈{party[3]}合作委员会",
                "committee",
                None,
                party,
            )
        else:
            tag, tag_zh = f"{party[2]}, commission {c // partners + 1}", f"{party[3]}，委员会{c // partners + 1}"
            committee = add(
                f"Kazakh-{party[2]} Intergovernmental Commission {c // partners + 1}",
                f"Казахстанско-{party[2]} межправительственная комиссия {c // partners + 1}",
                f"Қазақстан-{party[2]} үкіметаралық комиссиясы {c // partners + 1}",
                f"中哈{party[3]}政府间委员会{c // partners + 1}",
                "committee",
                None,
                party,
            )
        for s in range(SUBCOMMITTEES_PER):
            sector, sector_zh, sector_kk = _SECTORS[(c + s) % len(_SECTORS)]
            sub = add(
                f"Subcommittee on {sector} Cooperation ({tag})",
                f"Подкомитет «{sector}» ({tag})",
                f"{sector_kk} жөніндегі кіші комитет ({tag})",
                f"{sector_zh}合作分委会（{tag_zh}）",
                "subcommittee",
                committee,
                party,
            )
            if s < GROUPS_PER:
                add(
                    f"Working group on {sector} projects ({tag})",
                    f"Рабочая группа «{sector}» ({tag})",
                    f"{sector_kk} жобалары жөніндегі жұмыс тобы ({tag})",
                    f"{sector_zh}项目工作组（{tag_zh}）",
                    "working_group",
                    sub,
                    party,
                )
    names = [fold(r[1]) for r in rows]
    assert len(set(names)) == len(names), "the generator named two bodies alike: the import could not tell them apart"
    conn.executemany(
        "INSERT INTO body (id, name, name_ru, name_kk, name_zh, kind, parent_id, established_by_id, "
        "established_on, active, dissolved_on, notes, search_text, version, created_at, updated_at) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        rows,
    )
    conn.executemany("INSERT INTO body_party (body_id, party_id) VALUES (?,?)", links)
    conn.executemany("INSERT INTO co_chair (body_id, name, position, party_id, sort_order) VALUES (?,?,?,?,?)", chairs)
    return out


def _text(rng: random.Random, templates: list[str], sector: str, party: str, city: str) -> str:
    return rng.choice(templates).format(s=sector, p=party, c=city)


def _commitment_rows(
    rng: random.Random, count: int, parties: list, agreements: list, bodies: list, today: date, now: datetime
) -> Iterator[tuple[tuple, list[tuple]]]:
    statuses, weights = list(_STATUS_WEIGHTS), list(_STATUS_WEIGHTS.values())
    party_names = {p[0]: p[1] for p in parties}
    for cid in range(1, count + 1):
        agreement = agreements[rng.randrange(len(agreements))]
        body = bodies[rng.randrange(len(bodies))]
        party_id = rng.choice((1, agreement[3]))
        sector, sector_zh, sector_kk = _SECTORS[rng.randrange(len(_SECTORS))]
        city, partner = rng.choice(_CITIES), party_names[agreement[3]]
        language = rng.randrange(4)
        title = _text(
            rng, (_EN, _RU, _KK, _ZH)[language], (sector, sector, sector_kk, sector_zh)[language], partner, city
        )
        description = (
            f"{_text(rng, _RU, sector, partner, city)}. {_text(rng, _KK, sector_kk, partner, city)}. "
            f"{_text(rng, _ZH, sector_zh, partner, city)}. Responsible: {rng.choice(_PEOPLE)}."
        )
        agency = rng.choice(_AGENCIES)
        ref = f"KC-{agreement[2].year}-{cid:06d}"
        due = today + timedelta(days=rng.randrange(-5 * 365, 5 * 365))
        status = rng.choices(statuses, weights)[0]
        created = datetime.combine(agreement[2], datetime.min.time(), UTC) + timedelta(hours=rng.randrange(9, 18))
        if status == "completed":
            progress = 100
            completed = agreement[2] + timedelta(days=rng.randrange(0, max(1, (today - agreement[2]).days)))
        else:
            progress = 0 if status == "not_started" else rng.randrange(1, 100)
            completed = None
        steps = [created + timedelta(days=d) for d in (0, 10, 40)]
        changed = [min(s, now) for s in steps]
        search = commitment_search_text(
            ref, title, description, agency, sector, agreement[1], body[1], party_names[party_id]
        )
        row = (
            cid,
            ref,
            title,
            description,
            agreement[0],
            body[0],
            party_id,
            agency,
            sector,
            due.isoformat(),
            rng.choice(("low", "normal", "normal", "high", "critical")),
            status,
            progress,
            completed.isoformat() if completed else None,
            search,
            1,
            _stamp(changed[0]),
            _stamp(changed[2]),
        )
        (a, b), (c, d) = _PATHS[status]
        history = [
            ("commitment", cid, None, None, "not_started", _stamp(changed[0]), USER, "created"),
            ("commitment", cid, None, a, b, _stamp(changed[1]), USER, "work planned"),
            (
                "commitment",
                cid,
                None,
                c,
                d,
                _stamp(changed[2]),
                USER,
                "agreed at the committee session" if d != "cancelled" else "cancelled by the parties",
            ),
        ]
        yield row, history


def _commitments(
    conn: sqlite3.Connection,
    rng: random.Random,
    count: int,
    parties: list,
    agreements: list,
    bodies: list,
    today: date,
    now: datetime,
) -> None:
    rows, history = [], []
    for row, entries in _commitment_rows(rng, count, parties, agreements, bodies, today, now):
        rows.append(row)
        history.extend(entries)
    conn.executemany(
        "INSERT INTO commitment (id, ref, title, description, agreement_id, body_id, party_id, agency, "
        "sector, due_date, priority, status, progress, completed_on, search_text, version, created_at, "
        "updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        rows,
    )
    conn.executemany(
        "INSERT INTO status_change (entity, commitment_id, agreement_id, from_status, to_status, "
        "changed_at, changed_by, note) VALUES (?,?,?,?,?,?,?,?)",
        history,
    )


def scratch_dir(prefix: str = "kelisim-bench-") -> Path:
    return Path(tempfile.mkdtemp(prefix=prefix))
