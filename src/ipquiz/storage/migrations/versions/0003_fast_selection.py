"""Fast, fair selection: random keys, stratum counts, draw cursors; saved quiz specs.

Revision ID: 0003
Revises: 0002
"""

import hashlib

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _random_key(question_id: str) -> int:
    # Frozen copy of ipquiz.domain.selection.random_key: migrations never change.
    return int.from_bytes(hashlib.sha1(question_id.encode("utf-8")).digest()[:4], "big") >> 1


def upgrade() -> None:
    with op.batch_alter_table("questions") as batch_op:
        batch_op.add_column(sa.Column("rand_key", sa.Integer(), nullable=False, server_default="0"))
        batch_op.drop_index("ix_questions_category_id_difficulty_active")
        batch_op.create_index(
            "ix_questions_category_id_difficulty_active_rand_key",
            ["category_id", "difficulty", "active", "rand_key"],
        )
    conn = op.get_bind()
    ids = [row[0] for row in conn.execute(sa.text("SELECT id FROM questions"))]
    if ids:
        conn.execute(
            sa.text("UPDATE questions SET rand_key = :k WHERE id = :id"),
            [{"k": _random_key(i), "id": i} for i in ids],
        )
    with op.batch_alter_table("attempts") as batch_op:
        batch_op.add_column(sa.Column("owner", sa.String(120), nullable=False, server_default=""))
    op.create_table(
        "strata",
        sa.Column("category_id", sa.String(64), nullable=False),
        sa.Column("difficulty", sa.Integer(), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("category_id", "difficulty", name=op.f("pk_strata")),
    )
    conn.execute(
        sa.text(
            "INSERT INTO strata (category_id, difficulty, n) SELECT category_id, difficulty, count(*)"
            " FROM questions WHERE active GROUP BY category_id, difficulty"
        )
    )
    op.create_table(
        "draw_cursors",
        sa.Column("owner", sa.String(120), nullable=False),
        sa.Column("category_id", sa.String(64), nullable=False),
        sa.Column("difficulty", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("seen", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("owner", "category_id", "difficulty", name=op.f("pk_draw_cursors")),
    )
    op.create_table(
        "quiz_specs",
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("spec_json", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_quiz_specs")),
    )


def downgrade() -> None:
    op.drop_table("quiz_specs")
    op.drop_table("draw_cursors")
    op.drop_table("strata")
    with op.batch_alter_table("attempts") as batch_op:
        batch_op.drop_column("owner")
    with op.batch_alter_table("questions") as batch_op:
        batch_op.drop_index("ix_questions_category_id_difficulty_active_rand_key")
        batch_op.create_index(
            "ix_questions_category_id_difficulty_active", ["category_id", "difficulty", "active"]
        )
        batch_op.drop_column("rand_key")
