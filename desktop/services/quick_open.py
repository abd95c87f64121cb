"""Everything quick open (Ctrl+K) can find: agreements, bodies, commitments, parties and people.

Read as columns in a few queries (100,000 commitments in well under a second) and handed to
``domain.search.SearchIndex``, which the window keeps in memory and asks on every keystroke.
"""

from __future__ import annotations

from sqlalchemy import select

from desktop.domain.models import Agreement, Body, CoChair, Commitment, Party, Signatory
from desktop.domain.rules import fold
from desktop.domain.search import Entry, SearchIndex
from desktop.services import commitment_list
from desktop.storage.database import Database


def entries(db: Database) -> list[Entry]:
    found: list[Entry] = []
    with db.read() as session:
        for a_id, reg, title, *titles in session.execute(
            select(
                Agreement.id,
                Agreement.reg_number,
                Agreement.title,
                Agreement.title_ru,
                Agreement.title_kk,
                Agreement.title_zh,
                Agreement.place,
            )
        ):
            found.append(Entry("agreement", a_id, f"{reg} — {title}", reg, fold(reg, title, *titles)))
        for b_id, name, text in session.execute(select(Body.id, Body.name, Body.search_text)):
            found.append(Entry("body", b_id, name, "", text))
        for p_id, name, text in session.execute(select(Party.id, Party.name, Party.search_text)):
            found.append(Entry("party", p_id, name, "", text))
        for _s_id, name, position, agreement_id in session.execute(
            select(Signatory.id, Signatory.name, Signatory.position, Signatory.agreement_id)
        ):
            found.append(Entry("signatory", agreement_id, name, position, fold(name, position)))
        for _c_id, name, position, body_id in session.execute(
            select(CoChair.id, CoChair.name, CoChair.position, CoChair.body_id)
        ):
            found.append(Entry("co_chair", body_id, name, position, fold(name, position)))
        # Commitments last: with equal ranks the registers above come first.
        # By reference and title (not the description): short texts keep a keystroke fast at 100,000.
        for c_id, ref, title in session.execute(select(Commitment.id, Commitment.ref, Commitment.title)):
            found.append(commitment_entry(c_id, ref, title))
    return found


def commitment_entry(commitment_id: int, ref: str, title: str) -> Entry:
    return Entry("commitment", commitment_id, f"{ref} — {title}", ref, fold(ref, title))


def build_index(db: Database) -> SearchIndex:
    return SearchIndex(entries(db))


def build_index_marked(db: Database) -> tuple[SearchIndex, int]:
    """The index and the audit trail's last entry before it was read (see ``still_right``)."""
    with db.read() as session:
        mark = commitment_list.last_entry(session)
    return build_index(db), mark


def still_right(db: Database, index: SearchIndex, mark: int) -> int | None:
    """The trail's last entry when nothing written after ``mark`` changes what ``index`` finds (a status,
    a date, progress: at 100,000 commitments a new index is seconds of work), or None: read a new one."""
    with db.read() as session:
        written = commitment_list.written_since(session, mark)
        if written is None:
            return None
        ids, last = written
        if not ids:
            return last
        found = session.execute(
            select(Commitment.id, Commitment.ref, Commitment.title).where(Commitment.id.in_(sorted(ids)))
        ).all()
    if len(found) < len(ids):
        return None  # deleted: its entry must go
    return last if all(index.holds(commitment_entry(*row)) for row in found) else None
