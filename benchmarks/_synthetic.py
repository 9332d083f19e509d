"""Synthetic banks for the benchmarks: many questions, quickly, through the real schema."""

from __future__ import annotations

import random
from pathlib import Path

from sqlalchemy import insert
from sqlalchemy.orm import Session

from ipquiz.domain.selection import random_key
from ipquiz.storage import bank_repo
from ipquiz.storage.database import Database, sqlite_url
from ipquiz.storage.models import (
    CategoryRow,
    ChoiceRow,
    ChoiceTextRow,
    QuestionRow,
    QuestionTextRow,
)

CATEGORIES = [f"cat-{i}" for i in range(10)]
LANGS = ("zh-CN", "en")


def synthetic_database(folder: Path, size: int, *, seed: int = 1, texts: bool = False) -> Database:
    """A migrated database with `size` active questions over 10 categories x 3 levels.

    Only the columns a draw reads are filled, unless `texts`: then every question also
    has a prompt, an explanation and four choices in two languages, as a real bank does.
    """
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"bank-{size}.db"
    if path.exists():
        path.unlink()
    db = Database(sqlite_url(path))
    db.upgrade()
    rng = random.Random(seed)
    with db.transaction() as session:
        session.execute(
            insert(CategoryRow), [{"id": c, "position": i} for i, c in enumerate(CATEGORIES)]
        )
        batch: list[dict[str, object]] = []
        for n in range(size):
            qid = f"q{n}"
            batch.append(
                {
                    "id": qid,
                    "category_id": rng.choice(CATEGORIES),
                    "qtype": "single",
                    "difficulty": rng.randint(1, 3),
                    "jurisdiction": "CN",
                    "tags": "",
                    "source_url": "",
                    "active": True,
                    "origin": "bundled",
                    "rand_key": random_key(qid),
                }
            )
            if len(batch) == 50_000:
                _insert(session, batch, texts=texts)
        if batch:
            _insert(session, batch, texts=texts)
        bank_repo.refresh_strata(session)
    return db


def _insert(session: Session, batch: list[dict[str, object]], *, texts: bool) -> None:
    session.execute(insert(QuestionRow), batch)
    if texts:
        ids = [row["id"] for row in batch]
        session.execute(
            insert(QuestionTextRow),
            [
                {
                    "question_id": q,
                    "lang": lang,
                    "prompt": f"{q} prompt " * 6,
                    "explanation": "x" * 80,
                }
                for q in ids
                for lang in LANGS
            ],
        )
        session.execute(
            insert(ChoiceRow),
            [
                {"question_id": q, "position": p, "is_correct": p == 0}
                for q in ids
                for p in range(4)
            ],
        )
        session.execute(
            insert(ChoiceTextRow),
            [
                {"question_id": q, "position": p, "lang": lang, "text": f"choice {p}"}
                for q in ids
                for p in range(4)
                for lang in LANGS
            ],
        )
    batch.clear()
