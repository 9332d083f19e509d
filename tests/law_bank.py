"""A topic of four questions, two resting on the 2019 Anti-Unfair Competition Law text
(replaced on 2025-10-15), added to a copy of the fixture bank."""

from __future__ import annotations

from pathlib import Path

OLD = frozenset({"g-old-1", "g-old-2"})
NEW = frozenset({"g-new-1", "g-new-2"})

_HEAD = """category: {id: gamma, name: {en: Gamma, zh-CN: 丙类}}
questions:
"""
_ENTRY = """  - id: {qid}
    type: single
    difficulty: 1
    source:
      en: {title_en}, Art. {art}
      zh-CN: {title_zh}第{art}条
      law: {law}
      articles: ["{art}"]
    answer: A
    en: {{prompt: "Question {qid}?", choices: [yes, no], explanation: Because {qid}.}}
    zh-CN: {{prompt: "问题{qid}？", choices: [是, 否], explanation: 因为{qid}。}}
"""
_AUCL = {
    "law": "aucl@2019",
    "title_en": "AUCL (2019 text)",
    "title_zh": "反不正当竞争法（2019年修正）",
}
_PATENT = {
    "law": "patent-law@2020",
    "title_en": "Patent Law (2020)",
    "title_zh": "专利法（2020年修正）",
}


def add_law_topic(bank: Path) -> Path:
    entries = (
        _ENTRY.format(qid="g-old-1", art="9", **_AUCL),
        _ENTRY.format(qid="g-old-2", art="6", **_AUCL),
        _ENTRY.format(qid="g-new-1", art="42", **_PATENT),
        _ENTRY.format(qid="g-new-2", art="2", **_PATENT),
    )
    (bank / "gamma.yaml").write_text(_HEAD + "".join(entries), encoding="utf-8")
    return bank
