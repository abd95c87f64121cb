"""attachments: files stored inside the register once by SHA-256 (attachment_content) and linked to agreements,
commitments and their reports (attachment); an execution report's letter becomes optional when a document is
its evidence

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401

import desktop.domain.types
from alembic import op
from desktop.storage import audit, live

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The links are audited (name, size, hash, who, when); the content is not: the trail would copy the bytes.
AUDITED = ("attachment",)
NOTIFYING = ("attachment", "attachment_content")


def upgrade() -> None:
    # Done first, before any table refers to execution_report: on SQLite the batch rebuild of the table then has no
    # children (desktop/storage/migrate.py runs it with foreign keys off and checks them after).
    with op.batch_alter_table("execution_report", schema=None) as batch_op:
        batch_op.alter_column("letter_date", existing_type=sa.Date(), nullable=True)
    op.create_table(
        "attachment_content",
        sa.Column("sha256", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", desktop.domain.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_attachment_content")),
    )
    op.create_table(
        "attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("agreement_id", sa.Integer(), nullable=True),
        sa.Column("commitment_id", sa.Integer(), nullable=True),
        sa.Column("execution_report_id", sa.Integer(), nullable=True),
        sa.Column("interim_report_id", sa.Integer(), nullable=True),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=255), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("media_type", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("added_by", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("added_at", desktop.domain.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["sha256"],
            ["attachment_content.sha256"],
            name=op.f("fk_attachment_sha256_attachment_content"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["agreement_id"], ["agreement.id"], name=op.f("fk_attachment_agreement_id_agreement"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["commitment_id"],
            ["commitment.id"],
            name=op.f("fk_attachment_commitment_id_commitment"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["execution_report_id"],
            ["execution_report.id"],
            name=op.f("fk_attachment_execution_report_id_execution_report"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["interim_report_id"],
            ["interim_report.id"],
            name=op.f("fk_attachment_interim_report_id_interim_report"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
    )
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        for column in ("sha256", "agreement_id", "commitment_id", "execution_report_id", "interim_report_id"):
            batch_op.create_index(batch_op.f(f"ix_attachment_{column}"), [column], unique=False)
    conn = op.get_bind()
    audit.create_triggers(conn, AUDITED)
    live.create_notify_triggers(conn, NOTIFYING)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        for table in NOTIFYING:  # the shared kelisim_notify() function stays: the other tables use it
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS kelisim_notify ON {table}")
    audit.drop_triggers(conn, AUDITED)
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        for column in ("interim_report_id", "execution_report_id", "commitment_id", "agreement_id", "sha256"):
            batch_op.drop_index(batch_op.f(f"ix_attachment_{column}"))
    op.drop_table("attachment")
    op.drop_table("attachment_content")
    # Reports whose only evidence was a document get their report date as the letter's (the column is required).
    op.execute("UPDATE execution_report SET letter_date = report_date WHERE letter_date IS NULL")
    with op.batch_alter_table("execution_report", schema=None) as batch_op:
        batch_op.alter_column("letter_date", existing_type=sa.Date(), nullable=False)
