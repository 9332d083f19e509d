"""A picture on a question (PNG or SVG), with its licence and a description per language.

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "question_images",
        sa.Column("question_id", sa.String(128), nullable=False),
        sa.Column("format", sa.String(8), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("licence", sa.Text(), nullable=False),
        sa.Column("alt_zh", sa.Text(), nullable=False, server_default=""),
        sa.Column("alt_en", sa.Text(), nullable=False, server_default=""),
        sa.ForeignKeyConstraint(
            ["question_id"],
            ["questions.id"],
            name="fk_question_images_question_id_questions",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("question_id", name="pk_question_images"),
    )


def downgrade() -> None:
    op.drop_table("question_images")
