"""Live classes: a seat can be freed or its student removed; a question can be skipped.

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("live_seats") as batch:
        batch.add_column(
            sa.Column("status", sa.String(16), server_default="seated", nullable=False)
        )
    with op.batch_alter_table("live_sessions") as batch:
        batch.add_column(sa.Column("skipped", sa.String(400), server_default="", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("live_sessions") as batch:
        batch.drop_column("skipped")
    with op.batch_alter_table("live_seats") as batch:
        batch.drop_column("status")
