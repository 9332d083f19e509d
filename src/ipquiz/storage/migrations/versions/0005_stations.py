"""Stations: each attempt records the station and the process that runs it, and each
running process renews a lease, so a station recovers only its own dead attempts.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "station_processes",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("station", sa.String(120), nullable=False),
        sa.Column("host", sa.String(255), nullable=False),
        sa.Column("pid", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("renewed_at", sa.DateTime(), nullable=False),
        sa.Column("ended", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_station_processes")),
    )
    with op.batch_alter_table("attempts") as batch:
        batch.add_column(sa.Column("station", sa.String(120), server_default="", nullable=False))
        batch.add_column(sa.Column("process_id", sa.Integer(), nullable=True))
        batch.create_index(batch.f("ix_attempts_station_status"), ["station", "status"])


def downgrade() -> None:
    with op.batch_alter_table("attempts") as batch:
        batch.drop_index(batch.f("ix_attempts_station_status"))
        batch.drop_column("process_id")
        batch.drop_column("station")
    op.drop_table("station_processes")
