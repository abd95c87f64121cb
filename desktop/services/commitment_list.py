"""The commitment list: column tuples read in one query, filtered in SQL or in memory.

Rows are plain tuples (not objects) because a ministry archive holds 100,000 of them;
``Col`` names the positions.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from itertools import compress, repeat
from operator import contains, eq, ge, itemgetter, le, truth
from typing import TYPE_CHECKING, Any

from sqlalchemy import String, cast, func, select, union_all
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session as SASession
from sqlalchemy.sql import Select

from desktop.domain.filters import CommitmentFilter, RowPredicate, compile_filter, people_key_has
from desktop.domain.messages import Message
from desktop.domain.models import Agreement, AuditEntry, Body, Commitment, DeadlineExtension, Party
from desktop.domain.rules import is_overdue, overdue_clause, split_terms
from desktop.services import team_columns
from desktop.services.list_row import SQL_ORDERED, first_in_order
from desktop.services.list_row import Col as Col
from desktop.services.list_row import CommitmentRow as CommitmentRow
from desktop.storage.database import Database

if TYPE_CHECKING:  # the list's reading (and `kelisim list`) need not load the index's module
    from desktop.domain.search import WordIndex

# Table columns, not the mapped classes' attributes: the list reads plain tuples, and a statement made only of table
# columns runs without the ORM (no mapper set-up, no ORM compile step), which `kelisim list` would pay at start-up.
# Reports pass their ORM queries through ``apply_filter``: the same columns, so the same SQL.
commitment = Commitment.__table__
agreement = Agreement.__table__
body = Body.__table__
party = Party.__table__
extension = DeadlineExtension.__table__
audit = AuditEntry.__table__


def _iso(column: Any) -> Any:
    # Dates travel as ISO text: sortable, comparable, and no per-row date parsing. CAST gives
    # 'YYYY-MM-DD' on SQLite (stored so) and on PostgreSQL (ISO DateStyle) alike.
    return cast(column, String)


def _moves() -> Any:
    # Correlated on the indexed commitment_id: an index probe per row, nothing read for the unmoved ones.
    return (
        select(func.count())
        .where(extension.c.commitment_id == commitment.c.id)
        .correlate(commitment)
        .scalar_subquery()
        .label("moves")
    )


def base_query() -> Select[*tuple[Any, ...]]:
    return (
        select(
            commitment.c.id,
            commitment.c.ref,
            commitment.c.title,
            commitment.c.agreement_id,
            agreement.c.reg_number,
            commitment.c.body_id,
            body.c.name,
            commitment.c.party_id,
            func.coalesce(func.nullif(party.c.short_name, ""), party.c.name),
            commitment.c.agency,
            commitment.c.sector,
            _iso(commitment.c.due_date),
            commitment.c.priority,
            commitment.c.status,
            commitment.c.progress,
            _iso(commitment.c.completed_on),
            commitment.c.search_text,
            commitment.c.version,
            commitment.c.notes,
            _moves(),
            team_columns.lead_name_column(),
            team_columns.people_key_column(),
        )
        .outerjoin(agreement, agreement.c.id == commitment.c.agreement_id)
        .outerjoin(body, body.c.id == commitment.c.body_id)
        .outerjoin(party, party.c.id == commitment.c.party_id)
    )


def apply_filter(
    query: Select[*tuple[Any, ...]], flt: CommitmentFilter, today: date, body_ids: set[int] | None
) -> Select[*tuple[Any, ...]]:
    conditions = []
    for term in split_terms(flt.text):
        conditions.append(commitment.c.search_text.contains(term, autoescape=True))
    if flt.statuses:
        conditions.append(commitment.c.status.in_(sorted(flt.statuses)))
    if flt.overdue:
        conditions.append(overdue_clause(commitment.c.due_date, commitment.c.status, today))
    if flt.body_id is not None:
        conditions.append(commitment.c.body_id.in_(sorted(body_ids or {flt.body_id})))
    if flt.party_id is not None:
        conditions.append(commitment.c.party_id == flt.party_id)
    # No SQL condition for the sector: lower() folds ASCII only ("Straße" vs "STRASSE", Cyrillic),
    # so callers keep the rows ``sector_matches`` accepts, as the in-memory list does.
    if flt.agreement_id is not None:
        conditions.append(commitment.c.agreement_id == flt.agreement_id)
    if flt.person_id is not None:
        conditions.append(team_columns.involved_clause(flt.person_id, flt.person_role))
    if flt.due_after is not None:
        conditions.append(commitment.c.due_date >= flt.due_after)
    if flt.due_before is not None:
        conditions.append(commitment.c.due_date <= flt.due_before)
    return query.where(*conditions) if conditions else query


def body_scope(db: Database, flt: CommitmentFilter) -> set[int] | None:
    if flt.body_id is None:
        return None
    from desktop.services.bodies import with_descendants  # the editing services load only when a body is asked for

    return with_descendants(db, flt.body_id)


def list_rows(db: Database, flt: CommitmentFilter | None = None, today: date | None = None) -> list[CommitmentRow]:
    flt = flt or CommitmentFilter()
    today = today or date.today()
    query = apply_filter(base_query(), flt, today, body_scope(db, flt)).order_by(commitment.c.id)
    with db.read() as session:
        rows = _read_rows(session, query)
    if flt.sector.strip():
        rows = [r for r in rows if sector_matches(flt, r[Col.SECTOR])]
    return rows


def search_texts_marked(db: Database) -> tuple[int, list[int], list[str]]:
    """The trail's last entry, and the id and search text of every commitment in id order (the order and the
    rows of ``list_rows`` and ``list_rows_marked``), for the list's word index (``domain.search.WordIndex``).

    One statement reads both, so both come from one snapshot on either engine: texts read under the mark the
    list's rows were read up to are the texts of those rows."""
    last = select(func.coalesce(func.max(audit.c.id), 0)).scalar_subquery()
    query = select(commitment.c.id, commitment.c.search_text, last).order_by(commitment.c.id)
    with db.read() as session:
        found = session.connection().execute(query).all()
        mark = int(found[0][2]) if found else last_entry(session)
    return mark, [row[0] for row in found], [row[1] for row in found]


def _read_rows(session: SASession, query: Select[*tuple[Any, ...]]) -> list[CommitmentRow]:
    result = session.connection().execute(query)
    if _kept_as_fetched(result.dialect):
        # The driver's own tuples: a Row object made and copied for each of 100,000 rows was a fifth of the
        # list's reading. One fetch of every row either way, not one call per row.
        rows: list[CommitmentRow] = list(result.cursor.fetchall())
        result.close()
        return rows
    return [tuple(r) for r in result.all()]


_KEPT_AS_FETCHED: dict[str, bool] = {}


def _kept_as_fetched(dialect: Dialect) -> bool:
    """Whether every column of the list comes from this driver as the list keeps it (ids, numbers, text; the
    dates as ISO text): no type of the query converts what the driver returns."""
    kept = _KEPT_AS_FETCHED.get(dialect.name)
    if kept is None:
        kept = all(
            column.type.dialect_impl(dialect).result_processor(dialect, None) is None
            for column in base_query().selected_columns
        )
        _KEPT_AS_FETCHED[dialect.name] = kept
    return kept


# --- reading only what changed ----------------------------------------------------------------------
#
# The window lists 100,000 commitments; reading them all again after one edit took 5-7 s there. The audit
# trail (storage/audit.py) is the register's own record of every write, in the order written (one writer at a
# time on both engines), so "what changed since the list was read" is the trail's entries after the last one
# the list had seen: the list reads the rows of the commitments they name, and only those.

# Records the list shows nothing of: their changes leave every row as it was.
_NOT_LISTED = frozenset({"status_change", "execution_report", "interim_report", "attachment", "trash", "account"})
ENTRIES_LIMIT = 5_000  # more changes than this (an import, a bulk edit of thousands): the whole list is read
ROWS_LIMIT = 2_000


@dataclass(frozen=True)
class ListChanges:
    mark: int  # the last trail entry read: the next changes are the entries after it
    rows: list[CommitmentRow]  # the changed or new commitments' rows, in id order
    gone: frozenset[int]  # commitments no longer listed (deleted, or moved to the Trash)


def list_rows_marked(db: Database) -> tuple[list[CommitmentRow], int]:
    """Every commitment's row, and the trail's mark to ask ``changes_since`` from. The mark is read first: a
    write committed between the two reads is then read again by the next ``changes_since``, never missed."""
    with db.read() as session:
        mark = last_entry(session)
        return _read_rows(session, base_query().order_by(commitment.c.id)), mark


def changes_since(db: Database, mark: int) -> ListChanges | None:
    """The rows of the commitments written after the trail entry ``mark``, or None when the whole list must
    be read again (see ``written_since``)."""
    with db.read() as session:
        written = written_since(session, mark)
        if written is None:
            return None
        ids, last = written
        rows = _read_rows(session, base_query().where(commitment.c.id.in_(sorted(ids))).order_by(commitment.c.id))
    return ListChanges(last, rows, frozenset(ids - {r[Col.ID] for r in rows}))


def written_since(session: SASession, mark: int) -> tuple[set[int], int] | None:
    """The ids of the commitments whose rows the trail's entries after ``mark`` change, and the trail's last
    entry; None when more than those rows changed: a body, agreement, party or person renamed (many rows name
    it), more changes than the limits, or a trail that ends before the mark (the register was replaced)."""
    entries = session.execute(
        select(audit.c.id, audit.c.table_name, audit.c.record_id, audit.c.action, audit.c.changes)
        .where(audit.c.id > mark)
        .order_by(audit.c.id)
        .limit(ENTRIES_LIMIT + 1)
    ).all()
    if not entries:
        return (set(), mark) if last_entry(session) == mark else None
    if len(entries) > ENTRIES_LIMIT:
        return None
    ids = _commitments_named(session, entries)
    if ids is None or len(ids) > ROWS_LIMIT:
        return None
    return ids, int(entries[-1][0])


def last_entry(session: SASession) -> int:
    return int(session.scalar(select(func.coalesce(func.max(audit.c.id), 0))) or 0)


def _commitments_named(session: SASession, entries: Sequence[Any]) -> set[int] | None:
    """The ids of the commitments whose rows the trail ``entries`` change, or None when they change more."""
    ids: set[int] = set()
    moves: set[int] = set()  # deadline extensions whose commitment the entry does not name
    for _id, table, record_id, action, changed in entries:
        if table == "commitment":
            ids.add(int(record_id))
        elif table == "commitment_person":  # "commitment/role/person"
            ids.add(int(record_id.split("/", 1)[0]))
        elif table == "deadline_extension":
            old_new = json.loads(changed or "{}").get("commitment_id") or []
            named = [int(v) for v in old_new if v is not None]
            ids.update(named)
            if not named:
                moves.add(int(record_id))
        elif table == "person" and action == "insert":
            continue  # a new person: no row names them until a commitment_person entry says so
        elif table not in _NOT_LISTED:
            return None
    if moves:
        found = session.scalars(select(extension.c.commitment_id).where(extension.c.id.in_(sorted(moves)))).all()
        if len(found) < len(moves):
            return None
        ids.update(int(i) for i in found)
    return ids


def first_rows(
    db: Database,
    position: int | None,
    key: Callable[[Any], Any] | None,
    descending: bool,
    limit: int,
) -> list[CommitmentRow]:
    """The first ``limit`` rows of the whole list sorted by its column ``position`` with ``key``, as the
    list orders them once everything is loaded (Python's stable sort over rows in id order, so ties
    stay in id order, also descending). ``position`` None: the first rows in id order; ``key`` None:
    the column's SQL order, for the dates and numbers whose ``default_key`` order it is.

    Read narrow — the id and the one sorted value of every commitment, then the full rows of the
    winners — so the window paints its first screenful long before the 100,000 full rows arrive.
    """
    if position is None or (key is None and position in SQL_ORDERED):
        with db.read() as session:
            found = session.execute(first_screen_query(position, descending, limit)).all()
        return first_in_order(found, position, descending, limit)
    if key is None:
        raise ValueError(f"list position {position} has no SQL order; pass its sort key")
    query = base_query()
    with db.read() as session:
        column = query.selected_columns[position]
        pairs = session.execute(query.with_only_columns(commitment.c.id, column).order_by(commitment.c.id)).all()
        keys = [key(value) for _id, value in pairs]
        top = sorted(range(len(pairs)), key=keys.__getitem__, reverse=descending)[:limit]
        ids = [pairs[i][0] for i in top]
        found_by_id = {r[0]: tuple(r) for r in session.execute(query.where(commitment.c.id.in_(ids)))} if ids else {}
    return [found_by_id[i] for i in ids if i in found_by_id]


def first_screen_query(position: int | None, descending: bool, limit: int) -> Select[*tuple[Any, ...]]:
    """The rows ``first_in_order`` takes the first screenful from, in one statement with no parameters (the
    window's start-up runs it compiled, before SQLAlchemy is imported: ``services.first_screen``): the first
    ``limit`` ids in id order, or for a SQL-ordered column the first ``limit`` with a value and the first
    ``limit`` without (SQLite walks an index for them where one leads with the column: the due date's)."""
    ids: Any
    if position is None:
        ids = select(commitment.c.id).order_by(commitment.c.id).limit(limit)
    else:
        column = SQL_ORDER_COLUMNS[position]
        values = select(commitment.c.id).where(column.is_not(None))
        values = values.order_by(column.desc() if descending else column, commitment.c.id).limit(limit)
        blanks = select(commitment.c.id).where(column.is_(None)).order_by(commitment.c.id).limit(limit)
        ids = union_all(select(values.subquery().c.id), select(blanks.subquery().c.id))
    return base_query().where(commitment.c.id.in_(ids))


# The stored column each of ``list_row.SQL_ORDERED``'s positions is sorted by (not its CAST in the list's row).
SQL_ORDER_COLUMNS: dict[int, Any] = {
    Col.DUE_DATE: commitment.c.due_date,
    Col.COMPLETED_ON: commitment.c.completed_on,
    Col.PROGRESS: commitment.c.progress,
}


def sector_matches(flt: CommitmentFilter, sector: str | None) -> bool:
    """The sector condition, folded as the in-memory filter folds it (every script, not ASCII only)."""
    wanted = flt.sector.strip().casefold()
    return not wanted or (sector or "").casefold() == wanted


def predicate_for(db: Database, flt: CommitmentFilter, today: date | None = None) -> RowPredicate:
    return compile_filter(flt, today or date.today(), body_scope(db, flt))


def row_matches(predicate: RowPredicate, row: Sequence[Any]) -> bool:
    return predicate(
        row[Col.SEARCH_TEXT],
        row[Col.STATUS],
        row[Col.DUE_DATE],
        row[Col.BODY_ID],
        row[Col.PARTY_ID],
        row[Col.SECTOR],
        row[Col.AGREEMENT_ID],
        row[Col.PEOPLE],
    )


def _equals(column: int, wanted: object) -> Callable[[Sequence[Any]], bool]:
    return lambda r: r[column] == wanted


def _contains(column: int, term: str) -> Callable[[Sequence[Any]], bool]:
    return lambda r: term in r[column]


def row_predicate(compiled: RowPredicate) -> RowFilter:
    """The test ``row_matches`` makes, built from only the conditions in force (see ``RowFilter``)."""
    return RowFilter(compiled)


Positions = Sequence[int]


class RowFilter:
    """A compiled filter over list rows: a test of one row (``filter(row)``), and the same test over many
    rows at once (``narrow_base``, ``narrow_text``) for the list's filter-as-you-type.

    The list runs it on each keystroke over 100,000 rows. Each condition in force is one pass over the
    row positions made entirely of C-level iterators (``compress`` over ``map``: no Python code runs per
    row, and no per-row array is kept beside the rows for the collector to walk), the cheap non-text
    conditions first. ``base`` (the filter without its words) lets the list keep the rows those
    conditions let through while only the words change; ``implies`` tells the list when the rows of an
    earlier pass can be narrowed instead of scanning every row again.
    """

    def __init__(self, compiled: RowPredicate) -> None:
        self.compiled = compiled
        self.terms = compiled.terms
        self.base = replace(compiled, terms=())  # hashable: the list's cache key
        self._row_test = _row_test(compiled)
        self._narrowers = _narrowers(self.base)

    def __call__(self, row: Sequence[Any]) -> bool:
        return self._row_test(row)

    @property
    def has_base(self) -> bool:
        return bool(self._narrowers)

    def narrow_base(self, rows: Sequence[Sequence[Any]], positions: Positions) -> list[int]:
        """The positions (in their order) whose rows pass every condition but the words."""
        if not self._narrowers:
            return list(positions)
        kept = list(positions)
        for narrow in self._narrowers:
            kept = narrow(rows, kept)
        return kept

    def narrow_text(
        self, rows: Sequence[Sequence[Any]], positions: Positions, index: WordIndex | None = None
    ) -> list[int]:
        """The positions (in their order) whose rows hold every word. ``index``: a word index of exactly these
        rows' search texts (``domain.search.WordIndex``), which finds a word without testing every text when
        that is cheaper."""
        kept = positions
        for term in self.terms:
            found = index.narrow(kept, term) if index is not None else None
            if found is not None:
                kept = found
                continue
            if isinstance(kept, range) and kept == range(len(rows)):  # every row, in load order: no indirection
                texts = map(itemgetter(Col.SEARCH_TEXT), rows)
            else:
                texts = _values(rows, kept, Col.SEARCH_TEXT)
            kept = _keep(kept, map(contains, texts, repeat(term)))
        return list(kept)

    def select(self, rows: Sequence[Sequence[Any]], positions: Positions) -> list[int]:
        return self.narrow_text(rows, self.narrow_base(rows, positions))

    def implies(self, earlier: tuple[str, ...]) -> bool:
        """Every row holding this filter's words holds the words ``earlier`` too (each earlier word is
        part of one of these): the rows an earlier pass with those words let through can be narrowed."""
        return all(any(word in term for term in self.terms) for word in earlier)


Narrower = Callable[[Sequence[Sequence[Any]], list[int]], list[int]]


def _keep(positions: Positions, flags: Any) -> list[int]:
    return list(compress(positions, flags))


def _values(rows: Sequence[Sequence[Any]], positions: Positions, column: int) -> Any:
    """The values at ``column`` of the rows at ``positions``, one by one (C-level)."""
    return map(itemgetter(column), map(rows.__getitem__, positions))


def _in_set(column: int, wanted: frozenset[Any]) -> Narrower:
    return lambda rows, pos: _keep(pos, map(wanted.__contains__, _values(rows, pos, column)))


def _equal_at(column: int, wanted: object) -> Narrower:
    return lambda rows, pos: _keep(pos, map(eq, _values(rows, pos, column), repeat(wanted)))


def _dated(test: Callable[[Any, Any], bool], bound: str) -> Narrower:
    """Rows with a due date (ISO text) that passes ``test(due, bound)``; blank dates never pass."""

    def narrow(rows: Sequence[Sequence[Any]], pos: list[int]) -> list[int]:
        dated = _keep(pos, map(truth, _values(rows, pos, Col.DUE_DATE)))
        return _keep(dated, map(test, _values(rows, dated, Col.DUE_DATE), repeat(bound)))

    return narrow


def _narrowers(compiled: RowPredicate) -> list[Narrower]:
    status, due = Col.STATUS, Col.DUE_DATE
    found: list[Narrower] = []
    if compiled.statuses:
        found.append(_in_set(status, compiled.statuses))
    if compiled.overdue_before is not None:
        before = compiled.overdue_before
        found.append(lambda rows, pos: [i for i in pos if is_overdue(rows[i][due], rows[i][status], before)])
    if compiled.body_ids is not None:
        found.append(_in_set(Col.BODY_ID, compiled.body_ids))
    for column, wanted in ((Col.PARTY_ID, compiled.party_id), (Col.AGREEMENT_ID, compiled.agreement_id)):
        if wanted is not None:
            found.append(_equal_at(column, wanted))
    if compiled.person_id is not None:
        person_id, role, key = compiled.person_id, compiled.person_role, Col.PEOPLE
        found.append(lambda rows, pos: [i for i in pos if people_key_has(rows[i][key], person_id, role)])
    if compiled.sector:
        sector, column = compiled.sector, Col.SECTOR
        found.append(lambda rows, pos: [i for i in pos if (rows[i][column] or "").casefold() == sector])
    if compiled.due_after is not None:
        found.append(_dated(ge, compiled.due_after))
    if compiled.due_before is not None:
        found.append(_dated(le, compiled.due_before))
    return found


def _row_test(compiled: RowPredicate) -> Callable[[Sequence[Any]], bool]:
    checks: list[Callable[[Sequence[Any]], bool]] = []
    text, status, due = Col.SEARCH_TEXT, Col.STATUS, Col.DUE_DATE
    if compiled.statuses:
        statuses = compiled.statuses
        checks.append(lambda r: r[status] in statuses)
    if compiled.overdue_before is not None:
        before = compiled.overdue_before
        checks.append(lambda r: is_overdue(r[due], r[status], before))
    if compiled.body_ids is not None:
        body_ids = compiled.body_ids
        checks.append(lambda r: r[Col.BODY_ID] in body_ids)
    for column, wanted in ((Col.PARTY_ID, compiled.party_id), (Col.AGREEMENT_ID, compiled.agreement_id)):
        if wanted is not None:
            checks.append(_equals(column, wanted))
    if compiled.person_id is not None:
        person_id, role = compiled.person_id, compiled.person_role
        checks.append(lambda r: people_key_has(r[Col.PEOPLE], person_id, role))
    if compiled.sector:
        sector = compiled.sector
        checks.append(lambda r: (r[Col.SECTOR] or "").casefold() == sector)
    if compiled.due_after is not None:
        after = compiled.due_after
        checks.append(lambda r: bool(r[due]) and r[due] >= after)
    if compiled.due_before is not None:
        until = compiled.due_before
        checks.append(lambda r: bool(r[due]) and r[due] <= until)
    for term in compiled.terms:
        checks.append(_contains(text, term))
    if not checks:
        return lambda r: True
    if len(checks) == 1:
        return checks[0]
    return lambda r: all(check(r) for check in checks)


def sectors(db: Database) -> list[str]:
    """One entry per sector ignoring case (the filter ignores case), in its most used spelling.

    Sorted by the folded name, so the order never depends on set iteration.
    """
    with db.read() as session:
        found = session.execute(
            select(commitment.c.sector, func.count()).where(commitment.c.sector != "").group_by(commitment.c.sector)
        ).all()
    best: dict[str, tuple[int, str]] = {}
    for spelling, count in found:
        key = spelling.casefold()
        # Most used wins; on a tie the spelling that sorts first, so the choice is stable.
        if key not in best or (-count, spelling) < (-best[key][0], best[key][1]):
            best[key] = (count, spelling)
    return [best[key][1] for key in sorted(best)]


def id_for_ref(db: Database, ref: str) -> int:
    from desktop.domain.errors import NotFoundError

    with db.read() as session:
        found = session.scalar(select(commitment.c.id).where(commitment.c.ref == ref.strip()))
    if found is None:
        raise NotFoundError(Message("no commitment has the reference “{0}”", ref))
    return int(found)


def superseded_refs(db: Database) -> dict[int, str]:
    """Every superseded commitment's id with the reference of the one that replaces it (lists and reports)."""
    with db.read() as session:
        return superseded_refs_in(session)


def superseded_refs_in(session: SASession) -> dict[int, str]:
    replacement = commitment.alias("replacement")
    superseded_by = commitment.c.superseded_by_id
    rows = session.execute(
        select(commitment.c.id, replacement.c.ref)
        .join(replacement, replacement.c.id == superseded_by)
        .where(superseded_by.is_not(None))
    ).all()
    return {int(r[0]): str(r[1]) for r in rows}
