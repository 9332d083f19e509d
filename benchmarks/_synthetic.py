"""Synthetic banks for the benchmarks: many questions, quickly, through the real schema."""

from __future__ import annotations

import random
from pathlib import Path

from sqlalchemy import insert

from ipquiz.domain.selection import random_key
from ipquiz.storage import bank_repo
from ipquiz.storage.database import Database, sqlite_url
from ipquiz.storage.models import CategoryRow, QuestionRow

CATEGORIES = [f"cat-{i}" for i in range(10)]


def synthetic_database(folder: Path, size: int, *, seed: int = 1) -> Database:
    """A migrated database with `size` active questions over 10 categories x 3 levels.

    Only the columns a draw reads are filled (no texts): the draw never touches them.
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
                session.execute(insert(QuestionRow), batch)
                batch.clear()
        if batch:
            session.execute(insert(QuestionRow), batch)
        bank_repo.refresh_strata(session)
    return db
