"""The database schema as SQLAlchemy 2 typed models (Alembic owns its history)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_N_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Meta(Base):
    """Small key/value facts about the database, such as the bank's content hash."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class CategoryRow(Base):
    __tablename__ = "categories"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    names: Mapped[list[CategoryNameRow]] = relationship(
        cascade="all, delete-orphan", lazy="selectin"
    )


class CategoryNameRow(Base):
    __tablename__ = "category_names"
    category_id: Mapped[str] = mapped_column(
        ForeignKey("categories.id", ondelete="CASCADE"), primary_key=True
    )
    lang: Mapped[str] = mapped_column(String(8), primary_key=True)
    name: Mapped[str] = mapped_column(Text)


class QuestionRow(Base):
    __tablename__ = "questions"
    id: Mapped[str] = mapped_column(String(128), primary_key=True)
    category_id: Mapped[str] = mapped_column(ForeignKey("categories.id"))
    qtype: Mapped[str] = mapped_column(String(16))
    difficulty: Mapped[int] = mapped_column(Integer)
    jurisdiction: Mapped[str] = mapped_column(String(32), default="")
    tags: Mapped[str] = mapped_column(Text, default="")
    source_url: Mapped[str] = mapped_column(Text, default="")
    checked: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    origin: Mapped[str] = mapped_column(String(16), default="bundled")
    #: Place in the fixed random order draws walk along (see domain.selection).
    rand_key: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    texts: Mapped[list[QuestionTextRow]] = relationship(
        cascade="all, delete-orphan", lazy="selectin"
    )
    choices: Mapped[list[ChoiceRow]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="ChoiceRow.position"
    )
    #: Every choice's texts, loaded by question id. Loading them through ChoiceRow.texts
    #: asks for (question_id, position) row values, which SQLite answers with a scan of
    #: the whole table: 65 ms per round on a 100,000-question bank.
    choice_texts: Mapped[list[ChoiceTextRow]] = relationship(
        viewonly=True,
        lazy="selectin",
        primaryjoin="QuestionRow.id == foreign(ChoiceTextRow.question_id)",
    )

    image: Mapped[QuestionImageRow | None] = relationship(
        cascade="all, delete-orphan", lazy="selectin"
    )
    citations: Mapped[list[CitationRow]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="CitationRow.position"
    )

    __table_args__ = (Index(None, "category_id", "difficulty", "active", "rand_key"),)


class CitationRow(Base):
    """One law version a question rests on (`aucl@2019`, or `none`) and its articles."""

    __tablename__ = "question_citations"
    question_id: Mapped[str] = mapped_column(
        ForeignKey("questions.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    law: Mapped[str] = mapped_column(String(64), index=True)
    articles: Mapped[str] = mapped_column(Text, default="", server_default="")


class QuestionImageRow(Base):
    """The picture a question asks about, checked on import (bank.images)."""

    __tablename__ = "question_images"
    question_id: Mapped[str] = mapped_column(
        ForeignKey("questions.id", ondelete="CASCADE"), primary_key=True
    )
    format: Mapped[str] = mapped_column(String(8))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    licence: Mapped[str] = mapped_column(Text)
    alt_zh: Mapped[str] = mapped_column(Text, default="", server_default="")
    alt_en: Mapped[str] = mapped_column(Text, default="", server_default="")


class QuestionTextRow(Base):
    """A question's prompt, explanation and source citation in one language."""

    __tablename__ = "question_texts"
    question_id: Mapped[str] = mapped_column(
        ForeignKey("questions.id", ondelete="CASCADE"), primary_key=True
    )
    lang: Mapped[str] = mapped_column(String(8), primary_key=True)
    prompt: Mapped[str] = mapped_column(Text)
    explanation: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(Text, default="")


class ChoiceRow(Base):
    __tablename__ = "choices"
    question_id: Mapped[str] = mapped_column(
        ForeignKey("questions.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    is_correct: Mapped[bool] = mapped_column(Boolean, default=False)
    weight: Mapped[float | None] = mapped_column(Float, nullable=True)
    #: Not loaded with the question (see QuestionRow.choice_texts); kept for the cascade.
    texts: Mapped[list[ChoiceTextRow]] = relationship(cascade="all, delete-orphan")


class ChoiceTextRow(Base):
    __tablename__ = "choice_texts"
    question_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    lang: Mapped[str] = mapped_column(String(8), primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    feedback: Mapped[str] = mapped_column(Text, default="", server_default="")

    __table_args__ = (
        ForeignKeyConstraint(
            ["question_id", "position"],
            ["choices.question_id", "choices.position"],
            ondelete="CASCADE",
        ),
    )


class GroupRow(Base):
    """A class ("初二(3)班") or any other group of persons."""

    __tablename__ = "groups"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class PersonRow(Base):
    """Whoever an attempt belongs to: a kept person (a home profile, a roster student) or
    a guest (a name typed for one attempt; nothing is kept for it beyond its attempts)."""

    __tablename__ = "persons"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(80))
    guest: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    #: No ON DELETE rule (SQLite adds this column in place, where a rule would not be
    #: read back): a group's persons are let go of before the group is deleted.
    group_id: Mapped[int | None] = mapped_column(ForeignKey("groups.id"), nullable=True)
    roster_number: Mapped[str | None] = mapped_column(String(40), nullable=True)
    colour: Mapped[str | None] = mapped_column(String(16), nullable=True)
    pin_hash: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    last_seen_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    group: Mapped[GroupRow | None] = relationship(lazy="joined")

    #: Every kiosk visitor is a guest row: the kept persons of a group, and the one used
    #: last, are found by index, never by reading every visitor.
    __table_args__ = (
        Index(None, "group_id", "roster_number", unique=True),
        Index(None, "guest", "group_id"),
        Index(None, "last_seen_at"),
    )


class AttemptRow(Base):
    __tablename__ = "attempts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"))
    mode: Mapped[str] = mapped_column(String(16))
    lang: Mapped[str] = mapped_column(String(8))
    spec_json: Mapped[str] = mapped_column(Text)
    plan_json: Mapped[str] = mapped_column(Text)
    scoring_profile: Mapped[str] = mapped_column(String(32))
    scoring_version: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16), default="active")
    #: The station and the program running it: only that program, or its station once
    #: the program is gone, may resume or close it ("" : from before stations).
    station: Mapped[str] = mapped_column(String(120), default="", server_default="")
    process_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    #: Whose "seen" questions this attempt counts towards: a person, or a kiosk station.
    owner: Mapped[str] = mapped_column(String(120), default="", server_default="")
    started_at: Mapped[dt.datetime] = mapped_column(DateTime)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    score: Mapped[float] = mapped_column(Float, default=0.0)
    max_score: Mapped[float] = mapped_column(Float, default=0.0)
    person: Mapped[PersonRow] = relationship(lazy="joined")

    __table_args__ = (
        Index(None, "status", "finished_at"),
        Index(None, "station", "status"),
        Index(None, "person_id"),
    )


class StationProcessRow(Base):
    """A program running (or once run) on a station; its lease tells live from dead."""

    __tablename__ = "station_processes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    station: Mapped[str] = mapped_column(String(120))
    host: Mapped[str] = mapped_column(String(255))
    pid: Mapped[int] = mapped_column(Integer)
    started_at: Mapped[dt.datetime] = mapped_column(DateTime)
    renewed_at: Mapped[dt.datetime] = mapped_column(DateTime)
    ended: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class ResponseRow(Base):
    __tablename__ = "responses"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    attempt_id: Mapped[int] = mapped_column(ForeignKey("attempts.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    question_id: Mapped[str] = mapped_column(ForeignKey("questions.id"))
    category_id: Mapped[str] = mapped_column(String(64))
    difficulty: Mapped[int] = mapped_column(Integer)
    chosen: Mapped[str] = mapped_column(String(32))
    shown_order: Mapped[str] = mapped_column(String(32))
    correct: Mapped[bool] = mapped_column(Boolean)
    points: Mapped[float] = mapped_column(Float)
    max_points: Mapped[float] = mapped_column(Float)
    elapsed_ms: Mapped[int] = mapped_column(Integer)
    answered_at: Mapped[dt.datetime] = mapped_column(DateTime)

    __table_args__ = (UniqueConstraint("attempt_id", "position"),)


class StratumRow(Base):
    """How many active questions each (category, difficulty) has: read by every draw."""

    __tablename__ = "strata"
    category_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    difficulty: Mapped[int] = mapped_column(Integer, primary_key=True)
    n: Mapped[int] = mapped_column(Integer)


class DrawCursorRow(Base):
    """Where an owner stands in a stratum's random order; a full turn = pool used up."""

    __tablename__ = "draw_cursors"
    owner: Mapped[str] = mapped_column(String(120), primary_key=True)
    category_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    difficulty: Mapped[int] = mapped_column(Integer, primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    seen: Mapped[int] = mapped_column(Integer, default=0)  # questions taken in this turn


class SavedSpecRow(Base):
    """A named quiz set (a teacher's exam), reused as is."""

    __tablename__ = "quiz_specs"
    name: Mapped[str] = mapped_column(String(120), primary_key=True)
    spec_json: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)


class KioskSettingRow(Base):
    """One kiosk setting (KioskSettings.to_strings), the PIN hash and the lockout state."""

    __tablename__ = "kiosk_settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class KioskRoundRow(Base):
    """A kiosk round: which visit it belongs to, and the nickname it is on the board as."""

    __tablename__ = "kiosk_rounds"
    attempt_id: Mapped[int] = mapped_column(
        ForeignKey("attempts.id", ondelete="CASCADE"), primary_key=True
    )
    station: Mapped[str] = mapped_column(String(120))
    #: The attempt id of the visit's first round: a visitor may play again.
    visit: Mapped[int] = mapped_column(Integer)
    started_at: Mapped[dt.datetime] = mapped_column(DateTime)
    nickname: Mapped[str | None] = mapped_column(String(40), nullable=True)
    on_board: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (Index(None, "started_at"),)


class ReviewCardRow(Base):
    """A question in a person's review deck: its scheduler state and when it is due."""

    __tablename__ = "review_cards"
    person_id: Mapped[int] = mapped_column(
        ForeignKey("persons.id", ondelete="CASCADE"), primary_key=True
    )
    question_id: Mapped[str] = mapped_column(
        ForeignKey("questions.id", ondelete="CASCADE"), primary_key=True
    )
    #: The scheduler's card as JSON (fsrs `Card.to_dict()`).
    card_json: Mapped[str] = mapped_column(Text)
    due: Mapped[dt.datetime] = mapped_column(DateTime)

    __table_args__ = (Index(None, "person_id", "due"),)


class PersonSettingRow(Base):
    """A per-person preference, such as the daily goal."""

    __tablename__ = "person_settings"
    person_id: Mapped[int] = mapped_column(
        ForeignKey("persons.id", ondelete="CASCADE"), primary_key=True
    )
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class LiveSessionRow(Base):
    """A live class hosted by this program: its code, questions and where it stands, so
    a host started again after a crash resumes it with the same code."""

    __tablename__ = "live_sessions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    code: Mapped[str] = mapped_column(String(6))
    #: "running" (also while paused) or "ended".
    status: Mapped[str] = mapped_column(String(16), default="running")
    pace: Mapped[str] = mapped_column(String(16))
    #: The set as asked: question ids fixed and the seed that fixes the choice order.
    spec_json: Mapped[str] = mapped_column(Text)
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("groups.id", ondelete="SET NULL"), nullable=True
    )
    stage: Mapped[str] = mapped_column(String(16), default="lobby")
    position: Mapped[int] = mapped_column(Integer, default=0)
    paused: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    station: Mapped[str] = mapped_column(String(120), default="", server_default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    ended_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    #: The positions of the questions the teacher skipped, comma-separated.
    skipped: Mapped[str] = mapped_column(String(400), default="", server_default="")
    #: When the running countdown ends (a teacher-paced question's, or a self-paced set's
    #: time limit), in milliseconds of the wall clock; and when the class was paused.
    ends_at_ms: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    paused_at_ms: Mapped[int | None] = mapped_column(BigInteger, nullable=True)

    __table_args__ = (Index(None, "status", "code"),)


class LiveSeatRow(Base):
    """A student in a live class: the person, their attempt, and the hash of the token
    their device keeps to come back to this seat."""

    __tablename__ = "live_seats"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("live_sessions.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"))
    attempt_id: Mapped[int] = mapped_column(ForeignKey("attempts.id", ondelete="CASCADE"))
    token_hash: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(80))
    joined_at: Mapped[dt.datetime] = mapped_column(DateTime)
    #: "seated"; "free" (the name can be claimed again, the seat's answers with it);
    #: "removed" (the teacher took the student out: the token no longer brings them in).
    status: Mapped[str] = mapped_column(String(16), default="seated", server_default="seated")
    #: Self-paced: the question this student was last sent, and when (milliseconds of the
    #: wall clock): its countdown and its speed points run from then.
    asked_position: Mapped[int | None] = mapped_column(Integer, nullable=True)
    asked_at_ms: Mapped[int | None] = mapped_column(BigInteger, nullable=True)

    __table_args__ = (
        Index(None, "token_hash", unique=True),
        Index(None, "session_id", "person_id", unique=True),
    )
