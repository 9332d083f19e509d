"""Which strata a quiz draws from: categories x difficulty, in the asked-for mix.

The database side (storage/selection_repo.py) then takes the questions of each
stratum along a fixed random order, so drawing never scans or sorts the pool.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Mapping, Sequence
from typing import Any

Stratum = tuple[str, int]  # (category id, difficulty)

#: Random keys live in [0, KEY_SPACE).
KEY_SPACE = 2**31


def random_key(question_id: str) -> int:
    """A question's place in the fixed random order: a hash, the same on every machine."""
    return int.from_bytes(hashlib.sha1(question_id.encode("utf-8")).digest()[:4], "big") >> 1


def apportion(
    total: int, weights: Mapping[Any, float], capacity: Mapping[Any, int], rng: random.Random
) -> dict[Any, int]:
    """Split `total` by `weights` (largest remainder, ties at random), within `capacity`.

    What a full part cannot take goes to the others, so the sum is the smaller of
    `total` and the whole capacity.
    """
    result = {key: 0 for key in weights}
    remaining = min(total, sum(capacity[k] for k in weights))
    while remaining > 0:
        open_keys = {k: w for k, w in weights.items() if result[k] < capacity[k] and w > 0}
        weight_sum = sum(open_keys.values())
        shares = {k: remaining * w / weight_sum for k, w in open_keys.items()}
        for k, share in shares.items():
            take = min(int(share), capacity[k] - result[k])
            result[k] += take
            remaining -= take
        by_remainder = sorted(
            open_keys, key=lambda k: (shares[k] - int(shares[k]), rng.random()), reverse=True
        )
        for k in by_remainder:
            if remaining == 0:
                break
            if result[k] < capacity[k]:
                result[k] += 1
                remaining -= 1
    return result


def allocate(
    count: int,
    available: Mapping[Stratum, int],
    *,
    categories: Sequence[str],
    mix: tuple[float, float, float],
    rng: random.Random,
) -> dict[Stratum, int]:
    """How many questions to take from each stratum.

    Categories share the quiz equally; inside a category the difficulty mix decides.
    A stratum that runs short passes its share on to the others, so the quiz is as
    long as asked whenever the pool allows.
    """
    wanted = set(categories) if categories else {c for c, _ in available}

    def usable(cat: str, level: int) -> int:
        return available.get((cat, level), 0) if mix[level - 1] > 0 else 0

    cats = sorted(c for c in wanted if any(usable(c, d) for d in (1, 2, 3)))
    per_category = apportion(
        count,
        {c: 1.0 for c in cats},
        {c: sum(usable(c, d) for d in (1, 2, 3)) for c in cats},
        rng,
    )
    result: dict[Stratum, int] = {}
    for cat, quota in per_category.items():
        levels = apportion(
            quota,
            {d: mix[d - 1] for d in (1, 2, 3) if usable(cat, d)},
            {d: usable(cat, d) for d in (1, 2, 3)},
            rng,
        )
        result.update({(cat, d): n for d, n in levels.items() if n > 0})
    return result


def plan_draw(
    count: int,
    pool: Mapping[Stratum, int],
    fresh: Mapping[Stratum, int],
    *,
    categories: Sequence[str],
    mix: tuple[float, float, float],
    rng: random.Random,
) -> tuple[dict[Stratum, int], dict[Stratum, int]]:
    """Two allocations: from what the owner has not seen in this turn (`fresh`), and
    what that cannot cover, taken from a new turn through the pool (often empty)."""
    now = allocate(count, fresh, categories=categories, mix=mix, rng=rng)
    wanted = sum(
        allocate(count, pool, categories=categories, mix=mix, rng=random.Random(0)).values()
    )
    short = wanted - sum(now.values())
    if short <= 0:
        return now, {}
    spare = {s: n - now.get(s, 0) for s, n in pool.items()}
    return now, allocate(short, spare, categories=categories, mix=mix, rng=rng)
