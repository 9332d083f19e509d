"""Kiosk mode: operator settings, and kiosk rounds with their board nicknames.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "kiosk_settings",
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_kiosk_settings")),
    )
    op.create_table(
        "kiosk_rounds",
        sa.Column("attempt_id", sa.Integer(), nullable=False),
        sa.Column("station", sa.String(120), nullable=False),
        sa.Column("visit", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("nickname", sa.String(40), nullable=True),
        sa.Column("on_board", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["attempt_id"],
            ["attempts.id"],
            name=op.f("fk_kiosk_rounds_attempt_id_attempts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("attempt_id", name=op.f("pk_kiosk_rounds")),
    )
    op.create_index(op.f("ix_kiosk_rounds_started_at"), "kiosk_rounds", ["started_at"])


def downgrade() -> None:
    op.drop_index(op.f("ix_kiosk_rounds_started_at"), table_name="kiosk_rounds")
    op.drop_table("kiosk_rounds")
    op.drop_table("kiosk_settings")
