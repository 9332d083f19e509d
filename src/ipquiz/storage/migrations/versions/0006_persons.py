"""Persons: one model for a home profile, a roster student and a guest.

`players` becomes `persons` (every existing row a guest: a name typed for one attempt)
with an optional group, roster number, avatar colour, PIN hash and last-seen time;
`attempts.player_id` becomes `attempts.person_id`. New: `groups`, the review deck
(`review_cards`) and per-person settings.

SQLite renames tables and columns and adds columns in place (no table rebuild): a
rebuild drops the old table, and with foreign keys on, dropping `attempts` would cascade
to every response.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _postgresql() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def _kept_from_a_downgrade() -> bool:
    """A SQLite downgrade leaves `groups` and `players.group_id` (a column under a
    foreign key cannot be dropped in place): they are used again."""
    return not _postgresql() and sa.inspect(op.get_bind()).has_table("groups")


def _create_groups() -> None:
    op.create_table(
        "groups",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_groups")),
        sa.UniqueConstraint("name", name=op.f("uq_groups_name")),
    )


def upgrade() -> None:
    sqlite_kept = _kept_from_a_downgrade()
    if not sqlite_kept:
        _create_groups()
    op.rename_table("players", "persons")
    if _postgresql():
        op.execute("ALTER TABLE persons RENAME CONSTRAINT pk_players TO pk_persons")
        op.execute("ALTER SEQUENCE players_id_seq RENAME TO persons_id_seq")
        op.alter_column("attempts", "player_id", new_column_name="person_id")
        op.execute(
            "ALTER TABLE attempts RENAME CONSTRAINT fk_attempts_player_id_players"
            " TO fk_attempts_person_id_persons"
        )
    else:  # SQLite 3.26+ has already pointed the foreign key at `persons`
        op.execute("ALTER TABLE attempts RENAME COLUMN player_id TO person_id")
    op.create_index(op.f("ix_attempts_person_id"), "attempts", ["person_id"])
    op.add_column(
        "persons", sa.Column("guest", sa.Boolean(), server_default=sa.true(), nullable=False)
    )
    if _postgresql():
        op.add_column("persons", sa.Column("group_id", sa.Integer(), nullable=True))
        op.create_foreign_key(
            op.f("fk_persons_group_id_groups"),
            "persons",
            "groups",
            ["group_id"],
            ["id"],
        )
    elif not sqlite_kept:  # a column with its foreign key, added in place
        op.execute("ALTER TABLE persons ADD COLUMN group_id INTEGER REFERENCES groups (id)")
    op.add_column("persons", sa.Column("roster_number", sa.String(40), nullable=True))
    op.add_column("persons", sa.Column("colour", sa.String(16), nullable=True))
    op.add_column("persons", sa.Column("pin_hash", sa.Text(), nullable=True))
    op.add_column("persons", sa.Column("last_seen_at", sa.DateTime(), nullable=True))
    op.create_index(
        op.f("ix_persons_group_id_roster_number"),
        "persons",
        ["group_id", "roster_number"],
        unique=True,
    )
    op.create_index(op.f("ix_persons_guest_group_id"), "persons", ["guest", "group_id"])
    op.create_index(op.f("ix_persons_last_seen_at"), "persons", ["last_seen_at"])
    op.create_table(
        "review_cards",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.String(128), nullable=False),
        sa.Column("card_json", sa.Text(), nullable=False),
        sa.Column("due", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["persons.id"],
            name=op.f("fk_review_cards_person_id_persons"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["question_id"],
            ["questions.id"],
            name=op.f("fk_review_cards_question_id_questions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("person_id", "question_id", name=op.f("pk_review_cards")),
    )
    op.create_index(op.f("ix_review_cards_person_id_due"), "review_cards", ["person_id", "due"])
    op.create_table(
        "person_settings",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["persons.id"],
            name=op.f("fk_person_settings_person_id_persons"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("person_id", "key", name=op.f("pk_person_settings")),
    )


def downgrade() -> None:
    """Back to one guest row per attempt: kept persons' groups, PINs, decks and settings
    are dropped; every attempt and its person's name stay."""
    op.drop_table("person_settings")
    op.drop_index(op.f("ix_review_cards_person_id_due"), table_name="review_cards")
    op.drop_table("review_cards")
    op.drop_index(op.f("ix_persons_last_seen_at"), table_name="persons")
    op.drop_index(op.f("ix_persons_guest_group_id"), table_name="persons")
    op.drop_index(op.f("ix_persons_group_id_roster_number"), table_name="persons")
    op.drop_index(op.f("ix_attempts_person_id"), table_name="attempts")
    if _postgresql():
        op.drop_constraint(op.f("fk_persons_group_id_groups"), "persons", type_="foreignkey")
    else:  # a column under a foreign key cannot be dropped in place: kept, cleared
        op.execute("UPDATE persons SET group_id = NULL")
        op.execute("DELETE FROM groups")
    for column in ("last_seen_at", "pin_hash", "colour", "roster_number", "guest"):
        op.drop_column("persons", column)
    if _postgresql():
        op.drop_column("persons", "group_id")
        op.execute(
            "ALTER TABLE attempts RENAME CONSTRAINT fk_attempts_person_id_persons"
            " TO fk_attempts_player_id_players"
        )
        op.alter_column("attempts", "person_id", new_column_name="player_id")
        op.execute("ALTER SEQUENCE persons_id_seq RENAME TO players_id_seq")
        op.execute("ALTER TABLE persons RENAME CONSTRAINT pk_persons TO pk_players")
    else:
        op.execute("ALTER TABLE attempts RENAME COLUMN person_id TO player_id")
    op.rename_table("persons", "players")
    if _postgresql():
        op.drop_table("groups")
