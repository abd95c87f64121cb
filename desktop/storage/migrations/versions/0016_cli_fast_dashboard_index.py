"""dashboard index: the home page's figures per body read from a narrow covering index, not the wide rows

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-01
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # An index only: no table is rebuilt, so no batch copy (and no cascade) touches a row.
    op.create_index(
        "ix_commitment_dashboard",
        "commitment",
        ["body_id", "status", "due_date", "completed_on", "progress"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_commitment_dashboard", table_name="commitment")
