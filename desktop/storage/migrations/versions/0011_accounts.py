"""account: a person's role on a single-user SQLite register (clerk, manager, admin), audited;
PostgreSQL: every register table NOTIFYs kelisim_changes on commit (live refresh of open windows)

Revision ID: 0011
Revises: 0009
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401

import desktop.domain.types
from alembic import op
from desktop.storage import audit, live

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# Explicit: a later migration that adds a table makes it notify with its own list.
NOTIFYING = (
    "party",
    "agreement",
    "agreement_party",
    "signatory",
    "body",
    "body_party",
    "co_chair",
    "commitment",
    "status_change",
    "trash",
    "deadline_extension",
    "person",
    "commitment_person",
    "execution_report",
    "interim_report",
    "account",
)


def upgrade() -> None:
    op.create_table(
        "account",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", desktop.domain.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account")),
        sa.UniqueConstraint("name", name=op.f("uq_account_name")),
    )
    conn = op.get_bind()
    audit.create_triggers(conn, ("account",))
    live.create_notify_triggers(conn, NOTIFYING)


def downgrade() -> None:
    conn = op.get_bind()
    live.drop_notify_triggers(conn, NOTIFYING)
    audit.drop_triggers(conn, ("account",))
    op.drop_table("account")
