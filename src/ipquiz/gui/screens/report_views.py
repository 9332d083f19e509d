"""What the Results area opens: a student's answers (the result screen's review list, with
the teacher's captions) and a question with its choices, shares and explanation.

Question and choice texts and names are data: shown as plain text, never as markup.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ipquiz.domain.class_report import QuestionReport
from ipquiz.domain.question import CHOICE_LETTERS, Question
from ipquiz.domain.quiz import PlannedQuestion
from ipquiz.domain.results import StoredAttempt
from ipquiz.gui.chart_view import ChartView
from ipquiz.gui.report_charts import distractor_chart, figure
from ipquiz.gui.screens.answer_review import AnswerReview
from ipquiz.gui.widgets import PlainLabel, named, scroll_area


class StudentAnswers(QDialog):
    """Every question of one attempt, in the order asked, as the student saw it."""

    def __init__(
        self,
        attempt: StoredAttempt,
        questions: dict[str, Question],
        *,
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Answers of {0}").format(attempt.player))
        self.review = AnswerReview()
        words = {
            "Your answer": self.tr("Answer given"),
            "Correct answer": self.tr("Correct answer"),
            "Points": self.tr("Points"),
            "not answered": self.tr("not answered"),
            "Your answer: {0}": self.tr("Answer given: {0}"),
            "Correct answer: {0}": self.tr("Correct answer: {0}"),
        }
        answers = {a.position: a for a in attempt.answers}
        shown = [
            (n, PlannedQuestion(questions[item.question_id], item.shown_order))
            for n, item in enumerate(attempt.plan)
            if item.question_id in questions
        ]
        self.review.set_count(len(shown))
        for row, (position, planned) in enumerate(shown):
            record = answers.get(position)
            self.review.items[row].show_question(
                position + 1,
                planned,
                record,
                lang=lang,
                points=f"{record.points:g} / {record.max_points:g}" if record else "0",
                words=words.__getitem__,
            )
        self.review.open_missed()
        heading = PlainLabel(
            self.tr("{0}: {1} of {2} points").format(
                attempt.player, f"{attempt.score:g}", f"{attempt.max_score:g}"
            ),
            object_name="heading",
        )
        scroll = scroll_area()
        scroll.setWidget(self.review)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(860, 640)


class QuestionPanel(QWidget):
    """The chosen question: its text, each choice with its share (the key marked ✔ in
    words, not colour alone), the distractor chart and the explanation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prompt = PlainLabel(object_name="questionPrompt")
        self.figures = PlainLabel(object_name="hint")
        self.choices = PlainLabel()
        self.chart = ChartView()
        self.explanation = PlainLabel()
        self.explanation_title = named(QLabel(), "sectionTitle")
        inner = QWidget()
        column = QVBoxLayout(inner)
        for widget in (
            self.prompt,
            self.figures,
            self.choices,
            self.chart,
            self.explanation_title,
            self.explanation,
        ):
            column.addWidget(widget)
        column.addStretch(1)
        scroll = scroll_area()
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.explanation_title.setTextFormat(Qt.TextFormat.PlainText)

    def show_question(self, q: QuestionReport, *, lang: str, flags: str) -> None:
        s = q.stats
        text = q.question.localized(lang) if q.question else None
        self.prompt.setText(f"{q.question_id}\n{text.prompt if text else ''}")
        self.figures.setText(
            self.tr(
                "Asked {0} times, right {1}. Facility {2}, discrimination {3}, "
                "item-rest correlation {4}, efficiency {5}."
            ).format(
                s.asked,
                s.correct,
                figure(s.facility),
                figure(s.discrimination),
                figure(s.item_rest),
                figure(s.efficiency),
            )
            + (f"\n⚑ {flags}" if flags else "")
        )
        lines = []
        for c in q.choices:
            if c.index is None:
                label = self.tr("no answer")
            else:
                choice = text.choices[c.index] if text and c.index < len(text.choices) else ""
                label = f"{CHOICE_LETTERS[c.index]}. {choice}"
                if c.key:
                    label += "  ✔ " + self.tr("key")
            lines.append(f"{label} — {c.share * 100:.0f}% ({c.count})")
        self.choices.setText("\n".join(lines))
        self.chart.set_chart(
            distractor_chart(q, lang, self.tr("Who chose what"), self.tr("no answer"))
        )
        self.explanation_title.setText(self.tr("Explanation"))
        self.explanation.setText(text.explanation if text else "")
        for widget in (self.explanation_title, self.explanation):
            widget.setVisible(bool(text and text.explanation))
