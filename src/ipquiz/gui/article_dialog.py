"""The cited law, one tap away: a source line that opens the articles' texts.

The texts are the published Chinese ones (English where the app holds an official
translation); when only Chinese is held and English is shown, the question's own
explanation follows them. Everything is plain text, in a scrolling dialog with a
large Close button: Esc, Enter or a tap closes it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ipquiz.domain.language import EN
from ipquiz.domain.laws import Superseded
from ipquiz.domain.question import Question
from ipquiz.gui.widgets import MIN_TARGET_PX, PlainLabel, WrappingButton, named, scroll_area
from ipquiz.services.laws import ArticleText, LawBook

if TYPE_CHECKING:
    from ipquiz.gui.service_calls import ServiceCalls


def law_notes(superseded: Sequence[Superseded], lang: str) -> list[str]:
    """'This question cites …; that text was replaced on …' for each replaced text."""
    notes = []
    for s in superseded:
        title = s.version.title(lang)
        new = s.replaced_by
        if new is not None and new.in_force_from is not None:
            notes.append(
                QCoreApplication.translate(
                    "LawNotice", "This question cites {0}; that text was replaced on {1}."
                ).format(title, new.in_force_from.isoformat())
            )
        else:
            notes.append(
                QCoreApplication.translate(
                    "LawNotice", "This question cites {0}, which is not in force today."
                ).format(title)
            )
    return notes


def show_articles(
    parent: QWidget,
    calls: ServiceCalls,
    laws: LawBook,
    question: Question,
    *,
    lang: str,
    superseded: Sequence[Superseded] = (),
) -> None:
    """Read the cited articles off the UI thread, then show them over `parent`."""

    def shown(articles: list[ArticleText]) -> None:
        text = question.localized(lang)
        dialog = ArticleDialog(
            articles,
            lang=lang,
            explanation=text.explanation,
            notices=law_notes(superseded, lang),
            parent=parent,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fit_to(parent.window())
        dialog.open()

    calls.run(lambda: laws.question_articles(question, lang), shown, block=False)


class SourceLink(WrappingButton):
    """'Source: … ›' as one large target; clicked (tap, Enter or Space) opens the texts."""

    def __init__(self, parent: QWidget | None = None, *, object_name: str = "sourceLink") -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setMinimumHeight(MIN_TARGET_PX)
        self._layout = row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 10, 6)
        self.label = PlainLabel(parent=self, object_name="sourceLinkText")
        self.arrow = named(QLabel("›", self), "sourceLinkArrow")
        for child in (self.label, self.arrow):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        row.addWidget(self.label, 1)
        row.addWidget(self.arrow, 0, Qt.AlignmentFlag.AlignVCenter)

    def set_source(self, text: str, *, readable: bool) -> None:
        """`readable`: the question cites a law the app can show (else a plain line)."""
        self.label.setText(text)
        self.arrow.setVisible(readable)
        self.setEnabled(readable)
        self.setAccessibleName(text)
        self.setAccessibleDescription(self.tr("Shows the cited articles") if readable else "")
        self.updateGeometry()


class ArticleDialog(QDialog):
    def __init__(
        self,
        articles: Sequence[ArticleText],
        *,
        lang: str,
        explanation: str = "",
        notices: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("articleDialog")
        self.setWindowTitle(self.tr("The law cited"))
        self.setModal(True)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(20, 16, 20, 16)
        column.setSpacing(10)
        for notice in notices:
            column.addWidget(PlainLabel(notice, object_name="lawNotice"))
        borrowed = False
        for item in articles:
            heading = item.title
            if item.article:
                heading += " · " + self.tr("Art. {0}").format(item.article)
            column.addWidget(PlainLabel(heading, object_name="articleHeading"))
            if item.text:
                text = PlainLabel(item.text, object_name="articleText")
                text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                column.addWidget(text)
                borrowed = borrowed or item.lang != lang
            else:
                missing = self.tr("The app does not hold this text. Official source: {0}")
                column.addWidget(
                    PlainLabel(missing.format(item.source_url or "—"), object_name="articleMissing")
                )
        if borrowed and lang == EN:
            column.addWidget(
                PlainLabel(
                    self.tr(
                        "No official English translation is held; the text is the Chinese one."
                    ),
                    object_name="articleNote",
                )
            )
            if explanation:
                column.addWidget(PlainLabel(self.tr("In short"), object_name="articleHeading"))
                column.addWidget(PlainLabel(explanation, object_name="articleText"))
        column.addStretch(1)
        scroller = scroll_area()
        scroller.setWidget(body)
        self.close_button = named(QPushButton(self.tr("Close")), "primary")
        self.close_button.setMinimumHeight(MIN_TARGET_PX)
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(scroller, 1)
        layout.addWidget(self.close_button)
        self.resize(760, 560)

    def fit_to(self, window: QWidget) -> None:
        """Most of the window it opens over (a kiosk's portrait screen included)."""
        size = window.size()
        self.resize(max(480, int(size.width() * 0.8)), max(360, int(size.height() * 0.75)))
