"""The teacher's report put together from the database's sums: every figure the screens,
the workbook, the PDF and the JSON show comes from one `ClassReport`."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from ipquiz.domain.answer_groups import AnswerGroup, group_sums
from ipquiz.domain.distractors import ChoiceShare, ChoiceSums, choice_shares, flag_distractors
from ipquiz.domain.item_analysis import ItemStatistics, ItemSums, group_cut, item_statistics
from ipquiz.domain.question import Category, Question
from ipquiz.domain.report_lines import (
    AttemptLine,
    CategoryLine,
    Gap,
    MissedLine,
    StandLine,
    gap_groups,
    with_gaps,
    with_totals,
)
from ipquiz.domain.score_statistics import ScoreStatistics, score_statistics

#: How many of the most missed questions a kiosk station lists.
MOST_MISSED = 5


@dataclass(frozen=True, slots=True)
class QuestionReport:
    question_id: str
    category: str
    question: Question | None  # None: no longer in the bank
    stats: ItemStatistics
    choices: tuple[ChoiceShare, ...]


@dataclass(frozen=True, slots=True)
class Tally:
    asked: int = 0
    correct: int = 0
    item_total: float = 0.0

    @property
    def accuracy(self) -> float | None:
        """Share of the credit earned (partly right answers count in part)."""
        return self.item_total / self.asked if self.asked else None

    def plus(self, line: CategoryLine) -> Tally:
        return Tally(
            self.asked + line.asked, self.correct + line.correct, self.item_total + line.item_total
        )


@dataclass(frozen=True, slots=True)
class StudentReport:
    line: AttemptLine
    categories: Mapping[str, Tally]

    @property
    def missed(self) -> tuple[str, ...]:
        """Question ids not fully right, in the order asked."""
        return self.line.missed


@dataclass(frozen=True, slots=True)
class Trend:
    """A person's attempts in scope, oldest first: their percentages and the change."""

    person: str
    percentages: tuple[float, ...]
    who: tuple[str, str] = ("guest", "")  # AttemptLine.who

    @property
    def change(self) -> float | None:
        if len(self.percentages) < 2:
            return None
        return self.percentages[-1] - self.percentages[0]


@dataclass(frozen=True, slots=True)
class StandReport:
    lines: tuple[StandLine, ...]
    #: station ("" for the stand) -> its most missed questions as (question id, asked, missed)
    most_missed: Mapping[str, tuple[tuple[str, int, float], ...]]


@dataclass(frozen=True, slots=True)
class ClassReport:
    made_at: dt.datetime
    test: ScoreStatistics
    students: tuple[StudentReport, ...]
    questions: tuple[QuestionReport, ...]
    categories: Mapping[str, Tally]
    category_names: Mapping[str, Category]
    trends: tuple[Trend, ...]
    stand: StandReport = field(default_factory=lambda: StandReport((), {}))

    @property
    def flagged(self) -> tuple[QuestionReport, ...]:
        return tuple(q for q in self.questions if q.stats.flags)

    def category_name(self, category: str, lang: str) -> str:
        found = self.category_names.get(category)
        return found.name(lang) if found else category


def question_reports(
    items: Sequence[ItemSums],
    answers: Sequence[ChoiceSums],
    questions: Mapping[str, Question],
) -> tuple[QuestionReport, ...]:
    """Statistics and distractor shares of every question asked, in bank order (category
    then id); a question gone from the bank keeps its figures, without choices."""
    by_question: dict[str, list[ChoiceSums]] = defaultdict(list)
    for answer in answers:
        by_question[answer.question_id].append(answer)
    reports = []
    for item in items:
        question = questions.get(item.question_id)
        stats = item_statistics(item)
        shares: tuple[ChoiceShare, ...] = ()
        if question is not None:
            shares = choice_shares(
                item,
                by_question[item.question_id],
                choice_count=question.choice_count,
                correct=question.correct,
            )
            stats = flag_distractors(stats, shares)
        category = question.category if question else ""
        reports.append(QuestionReport(item.question_id, category, question, stats, shares))
    return tuple(sorted(reports, key=lambda r: (r.category, r.question_id)))


def student_reports(
    lines: Sequence[AttemptLine], categories: Sequence[CategoryLine]
) -> tuple[StudentReport, ...]:
    per_attempt: dict[int, dict[str, Tally]] = defaultdict(dict)
    for c in categories:
        per_attempt[c.attempt_id][c.category] = Tally().plus(c)
    return tuple(
        StudentReport(
            line=line,
            categories=dict(sorted(per_attempt[line.attempt_id].items())),
        )
        for line in lines
    )


def trends(lines: Sequence[AttemptLine]) -> tuple[Trend, ...]:
    """Per person (a kept person by id, a guest by name), their percentages oldest first."""
    people: dict[tuple[str, str], list[AttemptLine]] = defaultdict(list)
    for line in lines:
        people[line.who].append(line)
    found = [
        Trend(group[0].person, tuple(a.percentage for a in sorted(group, key=_started)), who)
        for who, group in people.items()
    ]
    return tuple(sorted(found, key=lambda t: (t.person.casefold(), t.who)))


def _started(line: AttemptLine) -> tuple[dt.datetime, int]:
    return line.started_at, line.attempt_id


def overall_categories(categories: Sequence[CategoryLine]) -> dict[str, Tally]:
    found: dict[str, Tally] = defaultdict(Tally)
    for c in categories:
        found[c.category] = found[c.category].plus(c)
    return dict(sorted(found.items()))


def stand_report(lines: Sequence[StandLine], missed: Sequence[MissedLine]) -> StandReport:
    """The most missed questions per station and for the stand: the most missing first
    (a question asked once and missed is not "most missed" before one missed 10 times)."""
    per_station: dict[str, list[MissedLine]] = defaultdict(list)
    for m in missed:
        if m.missed > 0:
            per_station[m.station].append(m)
    most = {
        station: tuple(
            (m.question_id, m.asked, m.missed)
            for m in sorted(found, key=lambda m: (-m.missed, -m.missed / m.asked, m.question_id))[
                :MOST_MISSED
            ]
        )
        for station, found in sorted(per_station.items())
    }
    return StandReport(tuple(lines), most)


def class_report(
    *,
    made_at: dt.datetime,
    attempts: Sequence[AttemptLine],
    categories: Sequence[CategoryLine],
    gaps: Sequence[Gap],
    answers: Sequence[AnswerGroup],
    questions: Mapping[str, Question],
    category_names: Mapping[str, Category],
    stand: StandReport | None = None,
) -> ClassReport:
    """The report from the database's groups: `attempts` without their totals yet, their
    `categories` and `answers` from the answer rows, and the `gaps` without one."""
    categories = with_gaps(categories, gaps)
    lines = with_totals(attempts, categories)
    cut = group_cut([line.item_total for line in lines])
    items, choices = group_sums([*answers, *gap_groups(lines, gaps)], cut)
    reports = question_reports(items, choices, questions)
    variances = [(r.stats.sd or 0.0) ** 2 for r in reports]
    test = score_statistics(
        [line.percentage for line in lines],
        item_totals=[line.item_total for line in lines],
        item_variances=variances,
        same_questions=bool(items) and all(i.asked == len(lines) for i in items),
    )
    return ClassReport(
        made_at=made_at,
        test=test,
        students=student_reports(lines, categories),
        questions=reports,
        categories=overall_categories(categories),
        category_names=category_names,
        trends=trends(lines),
        stand=stand or StandReport((), {}),
    )
