"""controllers index: the dashboard's "on control" merges the controllers' commitment ids, in id order, with the
open commitments' ids, instead of picking the controllers out of every lead and co-executor

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-01
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # An index only: no table is rebuilt, so no batch copy (and no cascade) touches a row.
    op.create_index("ix_commitment_person_role", "commitment_person", ["role", "commitment_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_commitment_person_role", table_name="commitment_person")
