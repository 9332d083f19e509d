from __future__ import annotations

import pytest

from ipquiz.domain.spreadsheet_cells import neutralize


@pytest.mark.parametrize("risky", ["=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx"])
def test_formula_like_text_is_neutralised(risky: str) -> None:
    assert neutralize(risky) == "'" + risky


@pytest.mark.parametrize("safe", ["李雷", "a=b", "", 3, 1.5, True])
def test_other_values_pass(safe: object) -> None:
    assert neutralize(safe) == safe
