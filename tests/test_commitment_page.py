"""The commitment page's one read: the record with its agreement, body path, party, history, moves and changes."""

from __future__ import annotations

from sqlalchemy import select

from desktop.domain.models import Body, Commitment
from desktop.services import commitment_page
from desktop.storage.database import Database


def test_the_page_reads_the_record_with_everything_around_it(demo_db: Database) -> None:
    with demo_db.read() as session:
        commitment = session.scalars(select(Commitment).where(Commitment.body_id.is_not(None))).first()
        assert commitment is not None and commitment.id is not None
        body = session.get(Body, commitment.body_id)
        assert body is not None
        parent = session.get(Body, body.parent_id) if body.parent_id is not None else None
    page = commitment_page.load_page(demo_db, commitment_id=commitment.id)
    assert page.data.id == commitment.id and page.data.title == commitment.title
    # The body as a path from the top committee down.
    assert page.body_path.endswith(body.name)
    if parent is not None:
        assert page.body_path.startswith(parent.name) and " › " in page.body_path
    if commitment.agreement_id is not None:
        assert " — " in page.agreement
    assert page.history, "the demo's commitments have their status history"
    assert [h.changed_at for h in page.history] == sorted((h.changed_at for h in page.history), reverse=True)
