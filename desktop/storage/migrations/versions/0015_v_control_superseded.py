"""superseded commitments: a cancelled commitment names the one that replaces it

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # One nullable column added in place (ALTER TABLE ... ADD COLUMN on both engines) and its index: the table is not
    # rebuilt, so no batch copy (and no cascade) touches its rows; existing rows stay NULL. On SQLite the audit
    # triggers are made again over the new column by desktop/storage/migrate.py; PostgreSQL's read the whole row.
    op.add_column("commitment", sa.Column("superseded_by_id", sa.Integer(), nullable=True))
    with op.batch_alter_table("commitment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_commitment_superseded_by_id"), ["superseded_by_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("commitment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_commitment_superseded_by_id"))
        batch_op.drop_column("superseded_by_id")
