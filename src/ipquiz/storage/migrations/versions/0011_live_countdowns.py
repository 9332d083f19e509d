"""Live classes: the running countdowns are stored, so a resumed class keeps the time
already spent (the class's countdown, and each self-paced student's question).

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("live_sessions") as batch:
        batch.add_column(sa.Column("ends_at_ms", sa.BigInteger(), nullable=True))
        batch.add_column(sa.Column("paused_at_ms", sa.BigInteger(), nullable=True))
    with op.batch_alter_table("live_seats") as batch:
        batch.add_column(sa.Column("asked_position", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("asked_at_ms", sa.BigInteger(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("live_seats") as batch:
        batch.drop_column("asked_at_ms")
        batch.drop_column("asked_position")
    with op.batch_alter_table("live_sessions") as batch:
        batch.drop_column("paused_at_ms")
        batch.drop_column("ends_at_ms")
