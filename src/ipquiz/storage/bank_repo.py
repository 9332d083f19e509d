"""Reading and writing the question bank in the database."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import BindParameter, Date, bindparam, delete, func, insert, select, update
from sqlalchemy.orm import Session

from ipquiz.domain.language import EN, LANGUAGES, ZH
from ipquiz.domain.laws import Citation
from ipquiz.domain.question import (
    Category,
    ImageFormat,
    Question,
    QuestionImage,
    QuestionText,
    QuestionType,
)
from ipquiz.domain.selection import random_key
from ipquiz.storage.models import (
    Base,
    CategoryNameRow,
    CategoryRow,
    ChoiceRow,
    ChoiceTextRow,
    CitationRow,
    Meta,
    QuestionImageRow,
    QuestionRow,
    QuestionTextRow,
    StratumRow,
)
from ipquiz.storage.upsert import upsert

BANK_HASH_KEY = "bundled_bank_hash"
_CHUNK = 500


def get_meta(session: Session, key: str) -> str | None:
    row = session.get(Meta, key)
    return row.value if row else None


def set_meta(session: Session, key: str, value: str) -> None:
    upsert(session, Meta, [{"key": key, "value": value}], key=["key"])


def save_categories(session: Session, categories: Iterable[Category]) -> None:
    for position, cat in enumerate(categories):
        session.execute(delete(CategoryNameRow).where(CategoryNameRow.category_id == cat.id))
        row = session.get(CategoryRow, cat.id)
        if row is None:
            session.add(CategoryRow(id=cat.id, position=position))
        else:
            row.position = position
        session.flush()
        session.execute(
            insert(CategoryNameRow),
            [
                {"category_id": cat.id, "lang": lang, "name": name}
                for lang, name in cat.names.items()
            ],
        )


def _bulk_insert(session: Session, model: type[Base], rows: Sequence[dict[str, Any]]) -> None:
    """Insert many rows fast: SQLite gets them straight through the driver's executemany.

    SQLAlchemy's per-row parameter handling costs more than SQLite's own insert, and a
    100,000-question import writes over a million rows. Other databases use Core.
    """
    if not rows:
        return
    conn = session.connection()
    table = Base.metadata.tables[model.__tablename__]
    if conn.dialect.name != "sqlite":
        conn.execute(table.insert(), list(rows))
        return
    columns = list(rows[0])
    sql = (
        f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    )
    values = [tuple(row.values()) for row in rows]  # every row is built with the same keys
    dates = [i for i, c in enumerate(columns) if isinstance(table.c[c].type, Date)]
    if dates:  # SQLAlchemy keeps SQLite dates as ISO text: do the same here
        values = [
            tuple(v.isoformat() if i in dates and v is not None else v for i, v in enumerate(t))
            for t in values
        ]
    conn.exec_driver_sql(sql, values)


def merge_categories(session: Session, categories: Iterable[Category]) -> None:
    """Add new categories and missing language names; existing names are kept."""
    last = session.scalar(select(func.max(CategoryRow.position))) or 0
    for cat in categories:
        if session.get(CategoryRow, cat.id) is None:
            last += 1
            session.add(CategoryRow(id=cat.id, position=last))
            session.flush()
        have = set(
            session.scalars(
                select(CategoryNameRow.lang).where(CategoryNameRow.category_id == cat.id)
            )
        )
        for lang, name in cat.names.items():
            if lang not in have:
                session.add(CategoryNameRow(category_id=cat.id, lang=lang, name=name))


def _chunks(items: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


_IDS: BindParameter[str] = bindparam("ids", expanding=True)
_EXISTING = select(QuestionRow.id).where(QuestionRow.id.in_(_IDS))
_CLEAR_TEXTS = (
    delete(CitationRow).where(CitationRow.question_id.in_(_IDS)),
    delete(QuestionImageRow).where(QuestionImageRow.question_id.in_(_IDS)),
    delete(ChoiceTextRow).where(ChoiceTextRow.question_id.in_(_IDS)),
    delete(ChoiceRow).where(ChoiceRow.question_id.in_(_IDS)),
    delete(QuestionTextRow).where(QuestionTextRow.question_id.in_(_IDS)),
)


def save_questions(session: Session, questions: Sequence[Question], *, origin: str) -> None:
    """Insert or replace `questions` (by id); responses that point at them stay intact."""
    conn = session.connection()
    existing: set[str] = set()
    for chunk in _chunks([q.id for q in questions]):
        existing.update(conn.execute(_EXISTING, {"ids": list(chunk)}).scalars())
    for chunk in _chunks(sorted(existing)):  # replaced questions lose their old texts
        for stmt in _CLEAR_TEXTS:
            conn.execute(stmt, {"ids": list(chunk)})
    rows = [
        {
            "id": q.id,
            "category_id": q.category,
            "qtype": q.type.value,
            "difficulty": q.difficulty,
            "jurisdiction": q.jurisdiction,
            "tags": ",".join(q.tags),
            "source_url": q.source_url,
            "checked": q.checked,
            "active": True,
            "origin": origin,
            "rand_key": random_key(q.id),
        }
        for q in questions
    ]
    new_rows = [r for r in rows if r["id"] not in existing]
    old_rows = [r for r in rows if r["id"] in existing]
    _bulk_insert(session, QuestionRow, new_rows)
    if old_rows:  # an update keeps where the question came from
        session.execute(
            update(QuestionRow), [{k: v for k, v in r.items() if k != "origin"} for r in old_rows]
        )
    texts: list[dict[str, Any]] = []
    citations = [
        {"question_id": q.id, "position": i, "law": c.law, "articles": ", ".join(c.articles)}
        for q in questions
        for i, c in enumerate(q.citations)
    ]
    images = [
        {
            "question_id": q.id,
            "format": q.image.format.value,
            "data": q.image.data,
            "licence": q.image.licence,
            "alt_zh": q.image.alt.get(ZH, ""),
            "alt_en": q.image.alt.get(EN, ""),
        }
        for q in questions
        if q.image is not None
    ]
    choices: list[dict[str, Any]] = []
    choice_texts: list[dict[str, Any]] = []
    for q in questions:
        for lang, t in q.texts.items():
            texts.append(
                {
                    "question_id": q.id,
                    "lang": lang,
                    "prompt": t.prompt,
                    "explanation": t.explanation,
                    "source": t.source,
                }
            )
            # True/false shows fixed labels: its rows exist only to hold feedback.
            shown = t.choices or ("",) * (q.choice_count if t.choice_feedback else 0)
            feedback = t.choice_feedback or ("",) * len(shown)
            choice_texts.extend(
                {"question_id": q.id, "position": i, "lang": lang, "text": c, "feedback": f}
                for i, (c, f) in enumerate(zip(shown, feedback, strict=True))
            )
        choices.extend(
            {
                "question_id": q.id,
                "position": i,
                "is_correct": i in q.correct,
                "weight": q.weights[i] if q.weights else None,
            }
            for i in range(q.choice_count)
        )
    for table, values in (
        (QuestionTextRow, texts),
        (ChoiceRow, choices),
        (ChoiceTextRow, choice_texts),
        (CitationRow, citations),
        (QuestionImageRow, images),
    ):
        _bulk_insert(session, table, values)


def refresh_strata(session: Session) -> None:
    """Recount questions per (category, difficulty) after the bank changed."""
    session.execute(delete(StratumRow))
    session.execute(
        insert(StratumRow).from_select(
            ["category_id", "difficulty", "n"],
            select(QuestionRow.category_id, QuestionRow.difficulty, func.count())
            .where(QuestionRow.active)
            .group_by(QuestionRow.category_id, QuestionRow.difficulty),
        )
    )


def retire_missing(session: Session, keep: Iterable[str], *, origin: str) -> int:
    """Mark questions of `origin` that are no longer in the files as inactive."""
    keep_set = set(keep)
    stale = [
        qid
        for qid in session.scalars(
            select(QuestionRow.id).where(QuestionRow.origin == origin, QuestionRow.active)
        )
        if qid not in keep_set
    ]
    for chunk in _chunks(stale):
        session.execute(update(QuestionRow).where(QuestionRow.id.in_(chunk)).values(active=False))
    return len(stale)


def question_from_row(row: QuestionRow) -> Question:
    by_lang: dict[str, dict[int, ChoiceTextRow]] = {}
    for ct in row.choice_texts:
        by_lang.setdefault(ct.lang, {})[ct.position] = ct
    texts = {}
    true_false = row.qtype == QuestionType.TRUE_FALSE.value
    for t in row.texts:
        rows = [ct for _, ct in sorted(by_lang.get(t.lang, {}).items())]
        feedback = tuple(ct.feedback for ct in rows)
        texts[t.lang] = QuestionText(
            prompt=t.prompt,
            choices=() if true_false else tuple(ct.text for ct in rows),
            explanation=t.explanation,
            source=t.source,
            choice_feedback=feedback if any(feedback) else (),
        )
    weights = tuple(c.weight for c in row.choices if c.weight is not None)
    return Question(
        id=row.id,
        category=row.category_id,
        type=QuestionType(row.qtype),
        difficulty=row.difficulty,
        texts=texts,
        correct=frozenset(c.position for c in row.choices if c.is_correct),
        tags=tuple(t for t in row.tags.split(",") if t),
        jurisdiction=row.jurisdiction,
        source_url=row.source_url,
        checked=row.checked,
        weights=weights if len(weights) == len(row.choices) else (),
        citations=tuple(
            Citation(c.law, tuple(a for a in c.articles.split(", ") if a)) for c in row.citations
        ),
        image=_image(row.image),
    )


def _image(row: QuestionImageRow | None) -> QuestionImage | None:
    if row is None:
        return None
    alt = {lang: text for lang, text in ((ZH, row.alt_zh), (EN, row.alt_en)) if text}
    return QuestionImage(ImageFormat(row.format), row.data, row.licence, alt)


def existing_ids(session: Session, ids: Iterable[str]) -> set[str]:
    """Which of `ids` the bank already has (retired questions included)."""
    conn = session.connection()
    found: set[str] = set()
    for chunk in _chunks(list(ids)):
        found.update(conn.execute(_EXISTING, {"ids": list(chunk)}).scalars())
    return found


def active_ids(session: Session, ids: Iterable[str]) -> set[str]:
    """Which of `ids` are active questions (retired ones are not in the bank any more)."""
    found: set[str] = set()
    for chunk in _chunks(list(ids)):
        found.update(
            session.scalars(
                select(QuestionRow.id).where(QuestionRow.active, QuestionRow.id.in_(chunk))
            )
        )
    return found


def questions_asking(session: Session, prompts: Iterable[str]) -> list[Question]:
    """Active questions with one of `prompts` as their prompt in some language."""
    ids: set[str] = set()
    for chunk in _chunks(sorted(set(prompts))):
        ids.update(
            session.scalars(
                select(QuestionTextRow.question_id)
                .join(QuestionRow, QuestionRow.id == QuestionTextRow.question_id)
                .where(QuestionRow.active, QuestionTextRow.prompt.in_(chunk))
            )
        )
    found = sorted(ids)
    return [q for chunk in _chunks(found) for q in load_questions(session, chunk)]


def load_questions(session: Session, ids: Sequence[str]) -> list[Question]:
    """Questions by id, in the order asked."""
    rows = {r.id: r for r in session.scalars(select(QuestionRow).where(QuestionRow.id.in_(ids)))}
    return [question_from_row(rows[i]) for i in ids if i in rows]


def questions_by_id(session: Session, ids: Iterable[str]) -> dict[str, Question]:
    """The questions of `ids` still in the bank (any number of ids, queried in chunks)."""
    found = sorted(set(ids))
    return {q.id: q for chunk in _chunks(found) for q in load_questions(session, chunk)}


def all_questions(session: Session, *, category: str | None = None) -> list[Question]:
    stmt = select(QuestionRow).where(QuestionRow.active).order_by(QuestionRow.id)
    if category:
        stmt = stmt.where(QuestionRow.category_id == category)
    return [question_from_row(r) for r in session.scalars(stmt)]


def list_categories(session: Session) -> list[tuple[Category, int]]:
    """Categories in bank order, each with its number of active questions."""
    counts = dict(
        session.execute(
            select(QuestionRow.category_id, func.count())
            .where(QuestionRow.active)
            .group_by(QuestionRow.category_id)
        ).all()
    )
    rows = session.scalars(select(CategoryRow).order_by(CategoryRow.position, CategoryRow.id))
    return [
        (Category(id=r.id, names={n.lang: n.name for n in r.names}), int(counts.get(r.id, 0)))
        for r in rows
    ]


def bank_stats(session: Session) -> dict[str, Any]:
    active = QuestionRow.active
    by_category = Counter(
        dict(
            session.execute(
                select(QuestionRow.category_id, func.count())
                .where(active)
                .group_by(QuestionRow.category_id)
            ).all()
        )
    )
    by_type = dict(
        session.execute(
            select(QuestionRow.qtype, func.count()).where(active).group_by(QuestionRow.qtype)
        ).all()
    )
    by_difficulty = dict(
        session.execute(
            select(QuestionRow.difficulty, func.count())
            .where(active)
            .group_by(QuestionRow.difficulty)
        ).all()
    )
    languages = dict(
        session.execute(
            select(QuestionTextRow.lang, func.count())
            .join(QuestionRow, QuestionRow.id == QuestionTextRow.question_id)
            .where(active)
            .group_by(QuestionTextRow.lang)
        ).all()
    )
    with_source = session.scalar(
        select(func.count(func.distinct(QuestionTextRow.question_id)))
        .join(QuestionRow, QuestionRow.id == QuestionTextRow.question_id)
        .where(active, QuestionTextRow.source != "")
    )
    return {
        "questions": sum(by_category.values()),
        "by_category": dict(sorted(by_category.items())),
        "by_type": {k: int(v) for k, v in sorted(by_type.items())},
        "by_difficulty": {str(k): int(v) for k, v in sorted(by_difficulty.items())},
        "languages": {lang: int(languages.get(lang, 0)) for lang in LANGUAGES},
        "with_source": int(with_source or 0),
    }
