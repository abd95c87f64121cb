"""register identity: every register gets a random id, kept in each of its backups

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30
"""

from collections.abc import Sequence
from datetime import UTC, datetime
from uuid import uuid4

import sqlalchemy as sa
from alembic import context, op
from sqlmodel.sql.sqltypes import AutoString

import desktop.domain.types

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    bind = op.get_bind()
    # A backup taken of a 0001 register just before this migration already carries the table
    # (storage.backup writes the identity into the copy): keep its row, the register's identity.
    if not sa.inspect(bind).has_table("register_info"):
        op.create_table(
            "register_info",
            sa.Column("register_id", AutoString(length=36), nullable=False),
            sa.Column("name", AutoString(length=200), nullable=False),
            sa.Column("location", AutoString(length=2000), nullable=False),
            sa.Column("created_at", desktop.domain.types.UTCDateTime(timezone=True), nullable=False),
            sa.PrimaryKeyConstraint("register_id", name=op.f("pk_register_info")),
        )
    if bind.execute(sa.text("SELECT count(*) FROM register_info")).scalar():
        return
    # The opener passes the identity it chose (and already wrote into the before-migration backup);
    # run any other way, the register gets a fresh random one.
    seed = context.config.attributes.get("register_seed") or {}
    info = sa.table(
        "register_info",
        sa.column("register_id", sa.String),
        sa.column("name", sa.String),
        sa.column("location", sa.String),
        sa.column("created_at", desktop.domain.types.UTCDateTime(timezone=True)),
    )
    op.bulk_insert(
        info,
        [
            {
                "register_id": seed.get("register_id") or str(uuid4()),
                "name": seed.get("name", ""),
                "location": seed.get("location", ""),
                "created_at": datetime.now(UTC),
            }
        ],
    )


def downgrade() -> None:
    op.drop_table("register_info")
