"""briefing indexes: the briefing's roll-ups and "new since" answered from indexes, not the wide commitment rows

Revision ID: 0012
Revises: 0009
Create Date: 2026-12-01
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Indexes only: no table is rebuilt, so no batch copy (and no cascade) touches a row.
    op.create_index(
        "ix_commitment_rollup", "commitment", ["body_id", "party_id", "agency", "status", "due_date"], unique=False
    )
    op.create_index("ix_commitment_created_at", "commitment", ["created_at"], unique=False)
    op.create_index("ix_status_change_changed_at", "status_change", ["changed_at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_status_change_changed_at", table_name="status_change")
    op.drop_index("ix_commitment_created_at", table_name="commitment")
    op.drop_index("ix_commitment_rollup", table_name="commitment")
