"""Per-choice partial-credit weights and feedback (kept from GIFT and Moodle imports).

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("choices") as batch_op:
        batch_op.add_column(sa.Column("weight", sa.Float(), nullable=True))
    with op.batch_alter_table("choice_texts") as batch_op:
        batch_op.add_column(sa.Column("feedback", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("choice_texts") as batch_op:
        batch_op.drop_column("feedback")
    with op.batch_alter_table("choices") as batch_op:
        batch_op.drop_column("weight")
