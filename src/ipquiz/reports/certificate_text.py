"""The words of a certificate in each language, as plain lines for a page.

A certificate's language is chosen on its own (a Chinese learner may want an English
one for an application), and the command line makes them without the window's
translator, so the wording lives here rather than in the window's translations.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Final

from ipquiz.domain.certificates import CertificateFacts
from ipquiz.domain.language import EN, LANGUAGES, ZH

#: What `--lang` and the window offer besides a single language: one page in each.
BOTH: Final = "both"

WORDS: Final[dict[str, dict[str, str]]] = {
    EN: {
        "title": "Certificate of Achievement",
        "subject": "Intellectual property knowledge",
        "certifies": "This certifies that",
        "passed_set": "passed the exam “{0}”",
        "passed": "passed an intellectual property knowledge exam",
        "score": "with a score of {0}% ({1} of {2} points; pass mark {3}%)",
        "date": "on {0}",
        "topics": "Topics: {0}",
        "separator": ", ",
        "code": "Verification code: {0}",
        "check": "Check it with IP Quiz: ipquiz certificate verify {0}",
        "issuer": "IP Quiz",
    },
    ZH: {
        "title": "合格证书",
        "subject": "知识产权知识",
        "certifies": "兹证明",
        "passed_set": "通过了“{0}”考试",
        "passed": "通过了知识产权知识考试",
        "score": "成绩 {0}%（满分 {2} 分，得 {1} 分；及格线 {3}%）",
        "date": "考试日期：{0}",
        "topics": "考查主题：{0}",
        "separator": "、",
        "code": "验证码：{0}",
        "check": "用“知识产权知识竞答”核验：ipquiz certificate verify {0}",
        "issuer": "知识产权知识竞答",
    },
}
_MONTHS: Final = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def pages_for(choice: str) -> tuple[str, ...]:
    """The languages of the pages: one language, or every language for BOTH."""
    if choice == BOTH:
        return LANGUAGES
    if choice not in LANGUAGES:
        raise ValueError(f"a certificate is in {', '.join(LANGUAGES)} or {BOTH}, not {choice!r}")
    return (choice,)


def long_date(day: dt.date, lang: str) -> str:
    """3 December 2026 / 2026年12月3日."""
    if lang == ZH:
        return f"{day.year}年{day.month}月{day.day}日"
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def _number(value: float) -> str:
    return f"{value:g}"


@dataclass(frozen=True, slots=True)
class CertificatePage:
    """One page's lines, top to bottom; every one is plain text."""

    lang: str
    title: str
    subject: str
    certifies: str
    name: str
    achievement: str
    score: str
    date: str
    topics: str
    code: str
    check: str
    issuer: str


def certificate_page(facts: CertificateFacts, lang: str) -> CertificatePage:
    words = WORDS[lang]
    passed = words["passed_set"].format(facts.quiz_set) if facts.quiz_set else words["passed"]
    topics = facts.topics.get(lang, ())
    return CertificatePage(
        lang=lang,
        title=words["title"],
        subject=words["subject"],
        certifies=words["certifies"],
        name=facts.name,
        achievement=passed,
        score=words["score"].format(
            facts.percent,
            _number(facts.points),
            _number(facts.max_points),
            round(facts.pass_mark * 100),
        ),
        date=words["date"].format(long_date(facts.finished_at.date(), lang)),
        topics=words["topics"].format(words["separator"].join(topics)) if topics else "",
        code=words["code"].format(facts.code),
        check=words["check"].format(facts.code),
        issuer=words["issuer"],
    )


def certificate_pages(facts: CertificateFacts, choice: str) -> list[CertificatePage]:
    return [certificate_page(facts, lang) for lang in pages_for(choice)]
