"""Searching the bank for the set builder's read-only browser: filters in SQL, one page back."""

from __future__ import annotations

from sqlalchemy import (
    ColumnElement,
    SQLColumnExpression,
    and_,
    exists,
    func,
    literal,
    or_,
    select,
)
from sqlalchemy.orm import Session

from ipquiz.domain.bank_query import BankEntry, BankPage, BankQuery, EntryText
from ipquiz.storage.models import CategoryRow, CitationRow, QuestionRow, QuestionTextRow


def _text_has(column: SQLColumnExpression[str], needle: str) -> ColumnElement[bool]:
    """Case-insensitive "contains", with % and _ taken literally, on both dialects."""
    return func.lower(column).contains(needle.casefold(), autoescape=True)


def _conditions(query: BankQuery) -> list[SQLColumnExpression[bool]]:
    found: list[SQLColumnExpression[bool]] = [QuestionRow.active]
    if query.category:
        found.append(QuestionRow.category_id == query.category)
    if query.difficulty is not None:
        found.append(QuestionRow.difficulty == query.difficulty)
    if query.tag.strip():
        tags = literal(",") + QuestionRow.tags + literal(",")
        found.append(tags.contains(f",{query.tag.strip()},", autoescape=True))
    texts = QuestionTextRow.question_id == QuestionRow.id
    if query.text.strip():
        needle = query.text.strip()
        found.append(
            or_(
                _text_has(QuestionRow.id, needle),
                exists().where(and_(texts, _text_has(QuestionTextRow.prompt, needle))),
            )
        )
    if law := query.law.strip():  # a version ("patent-law@2020") or a whole law ("patent-law")
        cites = or_(CitationRow.law == law, CitationRow.law.startswith(f"{law}@", autoescape=True))
        found.append(exists().where(and_(CitationRow.question_id == QuestionRow.id, cites)))
    return found


def search(session: Session, query: BankQuery) -> BankPage:
    where = _conditions(query)
    total = session.scalar(select(func.count()).select_from(QuestionRow).where(*where)) or 0
    rows = session.execute(
        select(QuestionRow.id, QuestionRow.category_id, QuestionRow.difficulty)
        .outerjoin(CategoryRow, CategoryRow.id == QuestionRow.category_id)
        .where(*where)
        .order_by(
            CategoryRow.position, QuestionRow.category_id, QuestionRow.difficulty, QuestionRow.id
        )
        .limit(max(1, query.limit))
    ).all()
    texts: dict[str, dict[str, EntryText]] = {row.id: {} for row in rows}
    if texts:
        found = session.execute(
            select(
                QuestionTextRow.question_id,
                QuestionTextRow.lang,
                QuestionTextRow.prompt,
                QuestionTextRow.explanation,
                QuestionTextRow.source,
            ).where(QuestionTextRow.question_id.in_(list(texts)))
        )
        for qid, lang, prompt, explanation, source in found:
            texts[qid][lang] = EntryText(prompt, explanation or "", source or "")
    entries = tuple(
        BankEntry(row.id, row.category_id, row.difficulty, texts[row.id]) for row in rows
    )
    return BankPage(entries, int(total))


def tags(session: Session) -> list[str]:
    """Every tag of an active question, sorted."""
    found: set[str] = set()
    for joined in session.scalars(select(QuestionRow.tags).where(QuestionRow.active).distinct()):
        found.update(t for t in joined.split(",") if t)
    return sorted(found)


def cited_laws(session: Session) -> list[str]:
    """Every law version ("patent-law@2020", or "none") an active question cites, sorted."""
    return sorted(
        session.scalars(
            select(CitationRow.law)
            .join(QuestionRow, QuestionRow.id == CitationRow.question_id)
            .where(QuestionRow.active)
            .distinct()
        )
    )
