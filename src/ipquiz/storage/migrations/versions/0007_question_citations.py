"""The law versions and articles each question cites (laws as versions).

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "question_citations",
        sa.Column("question_id", sa.String(128), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("law", sa.String(64), nullable=False),
        sa.Column("articles", sa.Text(), nullable=False, server_default=""),
        sa.ForeignKeyConstraint(
            ["question_id"],
            ["questions.id"],
            name="fk_question_citations_question_id_questions",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("question_id", "position", name="pk_question_citations"),
    )
    op.create_index("ix_question_citations_law", "question_citations", ["law"])


def downgrade() -> None:
    op.drop_index("ix_question_citations_law", "question_citations")
    op.drop_table("question_citations")
