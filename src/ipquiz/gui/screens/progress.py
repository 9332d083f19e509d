"""A profile's progress: the streak and today's goal first, then the charts (questions and
accuracy per week, mastery per topic, reviews coming up), every figure also in words."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ipquiz.domain.language import ZH
from ipquiz.domain.progress import Progress
from ipquiz.gui.chart_view import ChartView
from ipquiz.gui.charts import Bar, BarChart
from ipquiz.gui.widgets import MIN_TARGET_PX, ToggleRow, TranslatedWidget, named, scroll_area

GOALS = (5, 10, 20, 30)
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _percent(share: float | None) -> str:
    return "—" if share is None else f"{round(share * 100)}%"


def _card() -> tuple[QWidget, QVBoxLayout]:
    card = named(QWidget(), "card")
    layout = QVBoxLayout(card)
    layout.setContentsMargins(20, 16, 20, 16)
    layout.setSpacing(6)
    return card, layout


class StatCard(QWidget):
    """A big figure with its caption under it (the figure is words, not a colour)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # the card's QSS
        self.figure = named(QLabel(), "statFigure")
        self.caption = named(QLabel(), "statCaption")
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.setSpacing(2)
        layout.addWidget(self.figure)
        layout.addWidget(self.caption)

    def show_figure(self, figure: str, caption: str) -> None:
        self.figure.setText(figure)
        self.caption.setText(caption)
        self.setAccessibleName(f"{caption}: {figure}")


class ProgressScreen(TranslatedWidget):
    back_requested = Signal()
    goal_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progressScreen")
        self.progress: Progress | None = None
        self.person_name = ""
        self._lang = ZH
        self._topic_names: Mapping[str, str] = {}

        self.title = named(QLabel(), "title")
        self.back_button = named(QPushButton(), "secondary")
        self.back_button.setMinimumHeight(MIN_TARGET_PX)
        self.back_button.clicked.connect(self.back_requested)
        self.streak, self.answered, self.accuracy = StatCard(), StatCard(), StatCard()

        goal_card, goal_layout = _card()
        self.goal_label = named(QLabel(), "fieldLabel")
        self.today = named(QLabel(), "goalToday")
        self.today.setWordWrap(True)
        self.today_bar = QProgressBar()
        self.today_bar.setObjectName("progress")
        self.today_bar.setTextVisible(False)
        self.today_bar.setFixedHeight(12)
        self.week_goal = named(QLabel(), "subtitle")
        self.week_goal.setWordWrap(True)
        self.goal_choice_label = named(QLabel(), "statCaption")
        self.goal_choice = ToggleRow()
        for goal in GOALS:
            self.goal_choice.add("", goal)
        self.goal_choice.group.buttonClicked.connect(
            lambda button: self.goal_chosen.emit(int(button.property("value")))
        )
        for widget in (
            self.goal_label,
            self.today,
            self.today_bar,
            self.week_goal,
            self.goal_choice_label,
            self.goal_choice,
        ):
            goal_layout.addWidget(widget)

        self.per_week = ChartView(columns=True)
        self.accuracy_week = ChartView(columns=True)
        self.mastery = ChartView()
        self.reviews = ChartView(columns=True)
        self.charts = (self.per_week, self.accuracy_week, self.reviews, self.mastery)

        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.back_button)
        stats = QHBoxLayout()
        stats.setSpacing(16)
        for stat in (self.streak, self.answered, self.accuracy):
            stats.addWidget(stat, 1)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(16)
        grid.addWidget(goal_card, 0, 0)
        for n, chart in enumerate(self.charts, start=1):  # mastery last, full width
            frame, inside = _card()
            inside.addWidget(chart)
            grid.addWidget(frame, n // 2, n % 2, 1, 2 if chart is self.mastery else 1)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.setSpacing(16)
        body_layout.addLayout(stats)
        body_layout.addLayout(grid)
        body_layout.addStretch(1)
        area = scroll_area()
        area.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 20)
        layout.setSpacing(16)
        layout.addLayout(head)
        layout.addWidget(area, 1)
        self.retranslate()

    def show_progress(
        self, name: str, progress: Progress, *, lang: str, topic_names: Mapping[str, str]
    ) -> None:
        self.person_name, self.progress = name, progress
        self._lang, self._topic_names = lang, topic_names
        self._render()

    def set_language(self, lang: str, topic_names: Mapping[str, str]) -> None:
        """Dates and topic names in `lang` (the words follow Qt's language change)."""
        self._lang, self._topic_names = lang, topic_names
        self._render()

    # -- words --------------------------------------------------------------------
    def _day(self, day: dt.date) -> str:
        return (
            f"{day.month}月{day.day}日"
            if self._lang == ZH
            else f"{day.day} {MONTHS[day.month - 1]}"
        )

    def _review_day(self, day: dt.date, today: dt.date) -> str:
        if day == today:
            return self.tr("Today")
        if day == today + dt.timedelta(days=1):
            return self.tr("Tomorrow")
        names = [
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        ]
        return names[day.weekday()]

    def _render(self) -> None:
        p = self.progress
        if p is None:
            return
        self.title.setText(self.tr("{0}'s progress").format(self.person_name))
        self.streak.show_figure(
            self.tr("1 day") if p.streak == 1 else self.tr("{0} days").format(p.streak),
            self.tr("in a row")
            if p.practised_today or not p.streak
            else self.tr("in a row: practise today to keep it going"),
        )
        self.answered.show_figure(str(p.answered), self.tr("questions answered"))
        self.accuracy.show_figure(
            _percent(p.accuracy),
            self.tr("answered right ({0} of {1})").format(p.correct, p.answered)
            if p.answered
            else self.tr("answered right: none answered yet"),
        )
        self.today.setText(
            self.tr("Today: {0} of {1} questions").format(p.today_answered, p.daily_goal)
            + ("  ✔ " + self.tr("goal met") if p.goal_met_today else "")
        )
        self.today_bar.setRange(0, p.daily_goal)
        self.today_bar.setValue(min(p.today_answered, p.daily_goal))
        self.today_bar.setAccessibleName(self.today.text())
        self.week_goal.setText(
            self.tr("Goal met on {0} of the last 7 days.").format(p.goal_met_last_7)
        )
        self.goal_choice.select(p.daily_goal)
        weeks = p.weeks if any(w.answered for w in p.weeks) else ()
        no_answers = self.tr("No answers in the last 8 weeks yet: play a quiz and come back.")
        most = max([w.answered for w in weeks] + [1])
        self.per_week.set_chart(
            BarChart(
                title=self.tr("Questions answered per week"),
                bars=tuple(Bar(self._day(w.start), w.answered, str(w.answered)) for w in weeks),
                maximum=most,
                empty_text=no_answers,
            )
        )
        self.accuracy_week.set_chart(
            BarChart(
                title=self.tr("Answered right per week"),
                bars=tuple(
                    Bar(self._day(w.start), w.accuracy or 0.0, _percent(w.accuracy)) for w in weeks
                ),
                maximum=1.0,
                empty_text=no_answers,
            )
        )
        self.mastery.set_chart(
            BarChart(
                title=self.tr("Mastery by topic (last answer right)"),
                bars=tuple(
                    Bar(
                        self._topic_names.get(m.category, m.category),
                        m.share,
                        f"{_percent(m.share)} · {m.mastered}/{m.questions}",
                    )
                    for m in p.mastery
                ),
                maximum=1.0,
                empty_text=self.tr("The question bank is empty."),
            )
        )
        today = p.reviews[0].day if p.reviews else dt.date.today()
        due = sum(d.answered for d in p.reviews)
        self.reviews.set_chart(
            BarChart(
                title=self.tr("Reviews coming up"),
                bars=tuple(
                    Bar(self._review_day(d.day, today), d.answered, str(d.answered))
                    for d in p.reviews
                )
                if due
                else (),
                maximum=max([d.answered for d in p.reviews] + [1]),
                empty_text=self.tr("Nothing to review in the next 7 days."),
            )
        )

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("Back"))
        self.goal_label.setText(self.tr("Daily goal"))
        self.goal_choice_label.setText(self.tr("Questions a day:"))
        for button in self.goal_choice.group.buttons():
            button.setText(str(button.property("value")))
        if self.progress is None:
            self.title.setText(self.tr("Progress"))
        self._render()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.back_requested.emit()
            return
        super().keyPressEvent(event)
