from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from ipquiz.domain.selection import KEY_SPACE, allocate, random_key

POOL = {("a", 1): 30, ("a", 2): 30, ("a", 3): 30, ("b", 1): 30, ("b", 2): 30, ("b", 3): 30}


def test_categories_share_equally_and_the_mix_holds() -> None:
    got = allocate(12, POOL, categories=(), mix=(1, 1, 1), rng=random.Random(1))
    assert got == {s: 2 for s in POOL}
    got = allocate(20, POOL, categories=("a",), mix=(2, 1, 1), rng=random.Random(1))
    assert got == {("a", 1): 10, ("a", 2): 5, ("a", 3): 5}


def test_a_zero_share_leaves_a_level_out() -> None:
    got = allocate(10, POOL, categories=("a", "b"), mix=(0, 1, 0), rng=random.Random(1))
    assert got == {("a", 2): 5, ("b", 2): 5}


def test_short_strata_pass_their_share_on() -> None:
    pool = {("a", 1): 1, ("b", 1): 50}
    assert allocate(10, pool, categories=(), mix=(1, 1, 1), rng=random.Random(1)) == {
        ("a", 1): 1,
        ("b", 1): 9,
    }


def test_never_more_than_the_pool() -> None:
    pool = {("a", 1): 2, ("b", 3): 1}
    assert sum(allocate(50, pool, categories=(), mix=(1, 1, 1), rng=random.Random(1)).values()) == 3


@settings(max_examples=200, deadline=None)
@given(
    st.integers(1, 60),
    st.dictionaries(
        st.tuples(st.sampled_from("abcd"), st.integers(1, 3)), st.integers(0, 20), min_size=1
    ),
    st.tuples(st.integers(0, 3), st.integers(0, 3), st.integers(0, 3)).filter(any),
    st.integers(0, 1000),
)
def test_allocation_is_exact_and_within_the_pool(
    count: int, pool: dict[tuple[str, int], int], mix: tuple[int, int, int], seed: int
) -> None:
    mixf = (float(mix[0]), float(mix[1]), float(mix[2]))
    got = allocate(count, pool, categories=(), mix=mixf, rng=random.Random(seed))
    usable = sum(n for (c, d), n in pool.items() if mix[d - 1] > 0)
    assert sum(got.values()) == min(count, usable)
    assert all(0 < n <= pool[s] for s, n in got.items())
    assert all(mix[d - 1] > 0 for _, d in got)
    assert got == allocate(count, pool, categories=(), mix=mixf, rng=random.Random(seed))


def test_random_keys_are_stable_and_spread() -> None:
    assert random_key("pat-term-design") == random_key("pat-term-design")
    keys = [random_key(f"q{i}") for i in range(4000)]
    assert all(0 <= k < KEY_SPACE for k in keys)
    quarters = [
        sum(1 for k in keys if i * KEY_SPACE // 4 <= k < (i + 1) * KEY_SPACE // 4) for i in range(4)
    ]
    assert all(900 < n < 1100 for n in quarters)
