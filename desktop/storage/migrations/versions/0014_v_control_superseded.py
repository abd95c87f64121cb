"""superseded commitments: a cancelled commitment names the one that replaces it

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401

from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # One nullable column referring to the commitment table itself. On SQLite a reference is added by rebuilding the
    # table in batch mode; desktop/storage/migrate.py runs migrations with foreign keys off (no cascade fires while
    # the old table is dropped) and makes the audit triggers again over the new column. Existing rows stay NULL.
    with op.batch_alter_table("commitment", schema=None) as batch_op:
        batch_op.add_column(sa.Column("superseded_by_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_commitment_superseded_by_id"), ["superseded_by_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_commitment_superseded_by_id_commitment"),
            "commitment",
            ["superseded_by_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    with op.batch_alter_table("commitment", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_commitment_superseded_by_id_commitment"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_commitment_superseded_by_id"))
        batch_op.drop_column("superseded_by_id")
