"""people and control: persons in the register, who executes and controls each commitment, execution reports

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401

import desktop.domain.types
from alembic import op
from desktop.storage import audit

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("person", "commitment_person", "execution_report", "interim_report")


def upgrade() -> None:
    # New tables only: the commitment table is not rebuilt, so no batch copy (and no cascade) touches its rows.
    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("agency", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
        sa.Column("position", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("contact", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("login", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("created_at", desktop.domain.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_login"), ["login"], unique=False)
    op.create_table(
        "commitment_person",
        sa.Column("commitment_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["commitment_id"],
            ["commitment.id"],
            name=op.f("fk_commitment_person_commitment_id_commitment"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_commitment_person_person_id_person"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("commitment_id", "role", "person_id", name=op.f("pk_commitment_person")),
    )
    with op.batch_alter_table("commitment_person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_commitment_person_person_id"), ["person_id"], unique=False)
    op.create_table(
        "execution_report",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("commitment_id", sa.Integer(), nullable=False),
        sa.Column("text", sqlmodel.sql.sqltypes.AutoString(length=4000), nullable=False),
        sa.Column("letter_number", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("letter_date", sa.Date(), nullable=False),
        sa.Column("report_date", sa.Date(), nullable=False),
        sa.Column("submitted_by", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("submitted_at", desktop.domain.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("decision", sa.String(length=20), nullable=False),
        sa.Column("decided_by", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("decided_at", desktop.domain.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("reason", sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=False),
        sa.ForeignKeyConstraint(
            ["commitment_id"],
            ["commitment.id"],
            name=op.f("fk_execution_report_commitment_id_commitment"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_execution_report")),
    )
    with op.batch_alter_table("execution_report", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_execution_report_commitment_id"), ["commitment_id"], unique=False)
    op.create_table(
        "interim_report",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("commitment_id", sa.Integer(), nullable=False),
        sa.Column("report_date", sa.Date(), nullable=False),
        sa.Column("text", sqlmodel.sql.sqltypes.AutoString(length=4000), nullable=False),
        sa.Column("progress", sa.Integer(), nullable=True),
        sa.Column("reported_by", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("reported_at", desktop.domain.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["commitment_id"],
            ["commitment.id"],
            name=op.f("fk_interim_report_commitment_id_commitment"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interim_report")),
    )
    with op.batch_alter_table("interim_report", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_interim_report_commitment_id"), ["commitment_id"], unique=False)
    audit.create_triggers(op.get_bind(), TABLES)


def downgrade() -> None:
    audit.drop_triggers(op.get_bind(), TABLES)
    with op.batch_alter_table("interim_report", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_interim_report_commitment_id"))
    op.drop_table("interim_report")
    with op.batch_alter_table("execution_report", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_execution_report_commitment_id"))
    op.drop_table("execution_report")
    with op.batch_alter_table("commitment_person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_commitment_person_person_id"))
    op.drop_table("commitment_person")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_login"))
        batch_op.drop_index(batch_op.f("ix_person_name"))
    op.drop_table("person")
