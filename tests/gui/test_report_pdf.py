"""The PDF report's pages: questions packed as many to a page as fit."""

from __future__ import annotations

from ipquiz.gui.report_pdf import pack


def test_pack_fills_pages_in_order() -> None:
    assert pack([400, 400, 400, 900, 100], 1000) == [[0, 1], [2], [3, 4]]
    assert pack([1200, 10], 1000) == [[0], [1]]  # a very long question has a page of its own
    assert pack([], 1000) == []
