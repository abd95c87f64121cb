"""audit_log: the audit trail, written by triggers on every register table

Revision ID: 0009
Revises: 0007
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401

import desktop.domain.types
from alembic import op
from desktop.storage import audit

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Explicit: a later migration that adds a table audits it with its own list.
TABLES = (
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
)


def upgrade() -> None:
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", desktop.domain.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("who", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("record_id", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("reference", sqlmodel.sql.sqltypes.AutoString(length=1200), nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("changes", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("hash", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_log_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_log_who"), ["who"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_log_table_name"), ["table_name"], unique=False)
    conn = op.get_bind()
    for statement in audit.guard_sql(conn.dialect.name):
        conn.exec_driver_sql(statement)
    audit.create_triggers(conn, TABLES)


def downgrade() -> None:
    conn = op.get_bind()
    audit.drop_triggers(conn, TABLES)
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_no_update")
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_no_delete")
    else:
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_guard ON audit_log")
        conn.exec_driver_sql("DROP FUNCTION IF EXISTS audit_log_guard()")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_log_table_name"))
        batch_op.drop_index(batch_op.f("ix_audit_log_who"))
        batch_op.drop_index(batch_op.f("ix_audit_log_at"))
    op.drop_table("audit_log")
