"""commitment notes: the clerk's remarks («Примечание») have a home

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from sqlmodel.sql.sqltypes import AutoString

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A plain ADD COLUMN with a server default fills the existing rows; no table rebuild on SQLite.
    with op.batch_alter_table("commitment", schema=None) as batch_op:
        batch_op.add_column(sa.Column("notes", AutoString(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("commitment", schema=None) as batch_op:
        batch_op.drop_column("notes")
