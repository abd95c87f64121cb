"""imported history: a status change carried from a workbook names who imported it and when

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401

import desktop.domain.types
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Two nullable columns added in place (ALTER TABLE ... ADD COLUMN on both engines): the table is not rebuilt,
    # so no batch copy (and no cascade) touches its rows. Existing rows stay native (NULL). On SQLite the audit
    # triggers are set aside and made again over the new columns by desktop/storage/migrate.py; on PostgreSQL the
    # trigger functions read the whole row (to_jsonb), so the new columns are audited as they are.
    op.add_column(
        "status_change", sa.Column("imported_by", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True)
    )
    op.add_column(
        "status_change", sa.Column("imported_at", desktop.domain.types.UTCDateTime(timezone=True), nullable=True)
    )


def downgrade() -> None:
    with op.batch_alter_table("status_change", schema=None) as batch_op:
        batch_op.drop_column("imported_at")
        batch_op.drop_column("imported_by")
