"""The teacher's Results area: choose a class, a quiz set and dates, see the class report
(figures, distribution, topics, students, item analysis), open a student's answers or a
question, and save the workbook or the PDF.

Every database call goes through the window's ServiceCalls (off the UI thread, with the
busy state). Names and question texts are data, shown as plain text.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ipquiz.domain.class_report import ClassReport, QuestionReport
from ipquiz.domain.item_analysis import ItemFlag
from ipquiz.domain.persons import Group
from ipquiz.domain.question import Question
from ipquiz.domain.report_lines import SessionLine
from ipquiz.domain.results import ResultFilter, StoredAttempt
from ipquiz.domain.score_statistics import ScoreNote
from ipquiz.domain.spec import Mode
from ipquiz.gui.chart_view import ChartView
from ipquiz.gui.failures import Failure
from ipquiz.gui.prompts import warn
from ipquiz.gui.report_charts import category_chart, distribution_chart, figure
from ipquiz.gui.screens.report_views import QuestionPanel, StudentAnswers
from ipquiz.gui.widgets import (
    MIN_TARGET_PX,
    PlainLabel,
    TranslatedWidget,
    named,
    read_only_table,
    scroll_area,
    table_item,
)

if TYPE_CHECKING:
    from ipquiz.gui.service_calls import ServiceCalls
    from ipquiz.services.app import AppServices
    from ipquiz.services.report_service import ReportFile

#: The date a date box shows as "any" (its minimum).
ANY_DATE = QDate(2000, 1, 1)
# Column constants of the two tables.
S_NAME, S_SET, S_STARTED, S_MINUTES, S_PERCENT, S_PASSED, S_RIGHT, S_MISSED = range(8)
Q_ID, Q_PROMPT, Q_ASKED, Q_FACILITY, Q_DISCRIMINATION, Q_ITEM_REST, Q_FLAGS = range(7)


#: Figures stand right in their cells.
NUMBER = Qt.AlignmentFlag.AlignRight


def _table(columns: int) -> QTableWidget:
    table = read_only_table(columns)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


class ResultsScreen(TranslatedWidget):
    back_requested = Signal()
    report_shown = Signal()  # a report has been put on screen (tests wait for it)

    def __init__(self, calls: ServiceCalls, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.calls = calls
        self.services: AppServices | None = None
        self.report: ClassReport | None = None
        self._chosen_session: int | None = None
        self._lang = "en"
        self._export_dir = Path()

        self.title = named(QLabel(), "title")
        self.back_button = named(QPushButton(), "link")
        self.back_button.clicked.connect(self.back_requested)
        self.group = QComboBox()
        self.quiz_set = QComboBox()
        self.live = QComboBox()
        self.mode = QComboBox()
        self.since, self.until = QDateEdit(), QDateEdit()
        for box in (self.since, self.until):
            box.setCalendarPopup(True)
            box.setMinimumDate(ANY_DATE)
            box.setDate(ANY_DATE)
            box.setDisplayFormat("yyyy-MM-dd")
        for widget in (self.group, self.quiz_set, self.live, self.mode, self.since, self.until):
            widget.setMinimumHeight(MIN_TARGET_PX)
        self.show_button = named(QPushButton(), "primary")
        self.show_button.setMinimumHeight(MIN_TARGET_PX)
        self.show_button.clicked.connect(self.refresh)
        self.xlsx_button = QPushButton()
        self.pdf_button = QPushButton()
        for button, suffix in ((self.xlsx_button, "xlsx"), (self.pdf_button, "pdf")):
            button.setMinimumHeight(MIN_TARGET_PX)
            button.clicked.connect(lambda _=False, s=suffix: self.export(s))
        self.filter_labels = [QLabel() for _ in range(6)]
        self.status = PlainLabel(object_name="status")

        self.figures = PlainLabel()
        self.notes = PlainLabel(object_name="hint")
        self.distribution = ChartView(columns=True)
        self.categories = ChartView()
        self.flagged = PlainLabel()
        summary = QWidget()
        column = QVBoxLayout(summary)
        charts = QHBoxLayout()
        charts.addWidget(self.distribution, 1)
        charts.addWidget(self.categories, 1)
        column.addWidget(self.figures)
        column.addWidget(self.notes)
        column.addLayout(charts)
        self.flagged_title = named(QLabel(), "sectionTitle")
        column.addWidget(self.flagged_title)
        column.addWidget(self.flagged)
        column.addStretch(1)
        summary_scroll = scroll_area()
        summary_scroll.setWidget(summary)

        self.students = _table(8)
        self.students.cellClicked.connect(lambda row, _col: self.open_student(row))
        self.students.itemActivated.connect(lambda item: self.open_student(item.row()))
        self.questions = _table(7)
        self.questions.currentCellChanged.connect(lambda row, *_: self.show_question(row))
        self.question_panel = QuestionPanel()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.questions)
        split.addWidget(self.question_panel)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(summary_scroll, "")
        self.tabs.addTab(self.students, "")
        self.tabs.addTab(split, "")

        head = QHBoxLayout()
        head.addWidget(self.back_button)
        head.addWidget(self.title, 1)
        head.addWidget(self.xlsx_button)
        head.addWidget(self.pdf_button)
        filters = QGridLayout()
        choices = (self.group, self.quiz_set, self.live, self.mode, self.since, self.until)
        for n, choice in enumerate(choices):
            filters.addWidget(self.filter_labels[n], 0, n)
            filters.addWidget(choice, 1, n)
            filters.setColumnStretch(n, 2 if n < 3 else 1)
        filters.addWidget(self.show_button, 1, len(choices))
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(filters)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)
        self._set_exportable(False)
        self.retranslate()

    # -- texts -------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("Results"))
        self.back_button.setText(self.tr("◀ Back"))
        self.show_button.setText(self.tr("Show"))
        self.xlsx_button.setText(self.tr("Save workbook…"))
        self.pdf_button.setText(self.tr("Save PDF report…"))
        for label, text in zip(
            self.filter_labels,
            (
                self.tr("Class"),
                self.tr("Quiz set"),
                self.tr("Live class"),
                self.tr("Mode"),
                self.tr("From"),
                self.tr("To"),
            ),
            strict=True,
        ):
            label.setText(text)
        for box in (self.since, self.until):
            box.setSpecialValueText(self.tr("any day"))
        self.tabs.setTabText(0, self.tr("Summary"))
        self.tabs.setTabText(1, self.tr("Students"))
        self.tabs.setTabText(2, self.tr("Questions"))
        self.students.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Quiz set"),
                self.tr("Started"),
                self.tr("Minutes"),
                self.tr("Score"),
                self.tr("Pass/fail"),
                self.tr("Right"),
                self.tr("Missed"),
            ]
        )
        self.questions.setHorizontalHeaderLabels(
            [
                self.tr("Question id"),
                self.tr("Question"),
                self.tr("Asked"),
                self.tr("Facility"),
                self.tr("Discrimination"),
                self.tr("Item-rest r"),
                self.tr("Flags"),
            ]
        )
        self.flagged_title.setText(self.tr("Questions to look at"))
        self._fill_modes()
        if self.report is not None:
            self._show(self.report)

    def _fill_modes(self) -> None:
        chosen = self.mode.currentData()
        self.mode.clear()
        self.mode.addItem(self.tr("Any mode"), "")
        self.mode.addItem(self.tr("Exam"), Mode.EXAM.value)
        self.mode.addItem(self.tr("Practice"), Mode.PRACTICE.value)
        self.mode.addItem(self.tr("Kiosk"), Mode.KIOSK.value)
        self.mode.setCurrentIndex(max(0, self.mode.findData(chosen)))

    def flag_words(self, flags: tuple[ItemFlag, ...]) -> str:
        words = {
            ItemFlag.TOO_EASY: self.tr("too easy"),
            ItemFlag.TOO_HARD: self.tr("too hard"),
            ItemFlag.NEGATIVE_DISCRIMINATION: self.tr("negative discrimination: check the key"),
            ItemFlag.LOW_DISCRIMINATION: self.tr("low discrimination"),
            ItemFlag.STRONG_DISTRACTOR: self.tr("a wrong choice draws strong students"),
        }
        return self.tr("; ").join(words[f] for f in flags)

    def note_words(self, note: ScoreNote) -> str:
        return {
            ScoreNote.NO_ATTEMPTS: self.tr("No finished attempt matches these choices."),
            ScoreNote.SMALL_GROUP: self.tr(
                "Fewer than 30 attempts: the figures say little about the questions."
            ),
            ScoreNote.DIFFERENT_QUESTIONS: self.tr(
                "The attempts were given different questions: no reliability for the whole test."
            ),
            ScoreNote.NO_SPREAD: self.tr("Every attempt scored the same: no reliability."),
            ScoreNote.NEGATIVE_RELIABILITY: self.tr(
                "Reliability below zero: the questions do not measure one thing."
            ),
        }[note]

    # -- from the window ---------------------------------------------------------
    def open(
        self,
        services: AppServices,
        *,
        lang: str,
        export_dir: Path,
        live_session: int | None = None,
    ) -> None:
        """Load the classes and quiz sets to choose from, then the report of everything (or
        of one live class, when the projector's end screen asks for it)."""
        self.services, self._lang, self._export_dir = services, lang, export_dir
        self._chosen_session = live_session
        rosters, sets, reports = services.rosters, services.sets, services.reports
        self.calls.run(
            lambda: (
                [c.group for c in rosters.classes()],
                [s.name for s in sets.sets()],
                reports.live_sessions(),
            ),
            lambda found: self._on_choices(*found),
        )

    def set_language(self, lang: str) -> None:
        self._lang = lang
        if self.report is not None:
            self._show(self.report)

    def _on_choices(
        self, groups: list[Group], sets: list[str], sessions: list[SessionLine]
    ) -> None:
        self.group.clear()
        self.group.addItem(self.tr("Everyone"), None)
        for g in groups:
            self.group.addItem(g.name, g.id)
        self.quiz_set.clear()
        self.quiz_set.addItem(self.tr("Any quiz set"), "")
        for name in sets:
            self.quiz_set.addItem(name, name)
        self.live.clear()
        self.live.addItem(self.tr("Any"), None)
        for live in sessions:
            label = f"{live.code} · {live.started_at:%Y-%m-%d %H:%M}"
            if live.group:
                label += f" · {live.group}"
            self.live.addItem(label + self.tr(" ({0} students)").format(live.students), live.id)
        if self._chosen_session is not None:
            self.live.setCurrentIndex(max(0, self.live.findData(self._chosen_session)))
            self._chosen_session = None
        self.refresh()

    def scope(self) -> ResultFilter:
        since = self.since.date()
        until = self.until.date()
        return ResultFilter(
            group_id=self.group.currentData(),
            quiz_set=str(self.quiz_set.currentData() or ""),
            live_session=self.live.currentData(),
            mode=str(self.mode.currentData() or ""),
            since=None if since == ANY_DATE else _moment(since),
            until=None if until == ANY_DATE else _moment(until) + dt.timedelta(days=1),
        )

    def refresh(self) -> None:
        if self.services is None:
            return
        reports, scope = self.services.reports, self.scope()
        self.status.setText(self.tr("Adding up the answers…"))
        self.calls.run(lambda: reports.report(scope), self._show, failure=self._on_failed)

    # -- showing -------------------------------------------------------------------
    def _show(self, report: ClassReport) -> None:
        self.report = report
        lang, t = self._lang, report.test
        self.status.setText(
            self.tr("{0} attempts by {1} people, {2} questions").format(
                t.attempts, len(report.trends), len(report.questions)
            )
        )
        self.figures.setText(
            self.tr(
                "Mean {0}%, median {1}%, standard deviation {2}, lowest {3}%, highest {4}%. "
                "Reliability (Cronbach's alpha / KR-20) {5}, standard error of measurement {6}."
            ).format(
                figure(t.mean, 1),
                figure(t.median, 1),
                figure(t.sd, 1),
                figure(t.lowest, 0),
                figure(t.highest, 0),
                figure(t.reliability),
                figure(t.sem, 1),
            )
        )
        self.notes.setText(
            "\n".join(["• " + self.note_words(n) for n in t.notes] + self._stand_lines(report))
        )
        self.distribution.set_chart(distribution_chart(report, self.tr("Score distribution (%)")))
        self.categories.set_chart(category_chart(report, lang, self.tr("Accuracy by topic")))
        self.flagged.setText(
            "\n".join(
                f"{q.question_id}  {_prompt(q, lang)}\n    ⚑ {self.flag_words(q.stats.flags)}"
                for q in report.flagged
            )
            or self.tr("No question is flagged.")
        )
        self._fill_students(report)
        self._fill_questions(report)
        self._set_exportable(bool(report.students))
        self.report_shown.emit()

    def _stand_lines(self, report: ClassReport) -> list[str]:
        """Kiosk rounds over the chosen days: each station and the whole stand."""
        lines = []
        for line in report.stand.lines:
            if line.day is not None:
                continue
            missed = ", ".join(q for q, _, _ in report.stand.most_missed.get(line.station, ())[:3])
            lines.append(
                self.tr("{0}: {1} rounds, {2} players, mean {3}%; most missed: {4}").format(
                    line.station or self.tr("Whole stand"),
                    line.rounds,
                    line.visitors,
                    f"{line.mean_share * 100:.0f}",
                    missed or "—",
                )
            )
        return lines

    def _fill_students(self, report: ClassReport) -> None:
        table = self.students
        table.setRowCount(len(report.students))
        for row, student in enumerate(report.students):
            line = student.line
            minutes = line.seconds / 60 if line.seconds is not None else None
            cells = [
                table_item(line.person),
                table_item(line.quiz_set),
                table_item(f"{line.started_at:%Y-%m-%d %H:%M}"),
                table_item(figure(minutes, 1), NUMBER),
                table_item(f"{line.percentage:.0f}%", NUMBER),
                table_item(self.tr("✔ pass") if line.passed else self.tr("✘ fail")),
                table_item(f"{line.correct} / {line.asked}", NUMBER),
                table_item(str(len(student.missed)), NUMBER),
            ]
            for column, cell in enumerate(cells):
                table.setItem(row, column, cell)

    def _fill_questions(self, report: ClassReport) -> None:
        table = self.questions
        table.setRowCount(len(report.questions))
        for row, q in enumerate(report.questions):
            s = q.stats
            prompt = _prompt(q, self._lang)
            cells = [
                table_item(q.question_id),
                table_item(prompt[:60] + ("…" if len(prompt) > 60 else "")),
                table_item(str(s.asked), NUMBER),
                table_item(figure(s.facility), NUMBER),
                table_item(figure(s.discrimination), NUMBER),
                table_item(figure(s.item_rest), NUMBER),
                table_item(("⚑ " if s.flags else "") + self.flag_words(s.flags)),
            ]
            for column, cell in enumerate(cells):
                table.setItem(row, column, cell)
        if report.questions:
            table.setCurrentCell(0, 0)
            self.show_question(0)

    def show_question(self, row: int) -> None:
        if self.report is None or not 0 <= row < len(self.report.questions):
            return
        q = self.report.questions[row]
        self.question_panel.show_question(q, lang=self._lang, flags=self.flag_words(q.stats.flags))

    def open_student(self, row: int) -> None:
        if self.report is None or self.services is None:
            return
        if not 0 <= row < len(self.report.students):
            return
        attempt_id = self.report.students[row].line.attempt_id
        reports = self.services.reports
        self.calls.run(lambda: reports.attempt(attempt_id), lambda found: self._on_attempt(*found))

    def _on_attempt(self, attempt: StoredAttempt, questions: dict[str, Question]) -> None:
        self.answers_dialog = StudentAnswers(attempt, questions, lang=self._lang, parent=self)
        self.answers_dialog.open()

    # -- saving ------------------------------------------------------------------
    def _set_exportable(self, on: bool) -> None:
        self.xlsx_button.setEnabled(on)
        self.pdf_button.setEnabled(on)

    def ask_path(self, suffix: str) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M")
        suggested = Path(folder or str(self._export_dir)) / f"ipquiz-report-{stamp}.{suffix}"
        kind = self.tr("Excel workbook (*.xlsx)") if suffix == "xlsx" else self.tr("PDF (*.pdf)")
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the report"), str(suggested), kind
        )
        if not name:
            return None
        path = Path(name)
        return (
            path if path.suffix.lower() == f".{suffix}" else path.with_name(f"{path.name}.{suffix}")
        )

    def export(self, suffix: str) -> None:
        """Save the report on what is chosen: one click here, one in the file dialog."""
        if self.services is None:
            return
        path = self.ask_path(suffix)
        if path is None:
            return
        from ipquiz.gui.report_pdf import write_report_pdf
        from ipquiz.services.report_service import ReportFormat

        reports, scope, lang = self.services.reports, self.scope(), self._lang
        fmt = ReportFormat(suffix)
        self.status.setText(self.tr("Saving {0}…").format(path.name))
        self.calls.run(
            lambda: reports.export(path, scope=scope, lang=lang, fmt=fmt, pdf=write_report_pdf),
            self._on_saved,
            failure=self._on_failed,
        )

    def _on_saved(self, written: ReportFile) -> None:
        self.status.setText(self.tr("Saved {0}").format(written.path))

    def _on_failed(self, failure: Failure) -> None:
        self.status.setText("")
        if isinstance(failure.error, OSError):
            warn(self, self.tr("The report was not saved"), str(failure.error))
        else:
            self.calls.report(failure)


def _prompt(q: QuestionReport, lang: str) -> str:
    return q.question.localized(lang).prompt if q.question else ""


def _moment(day: QDate) -> dt.datetime:
    return dt.datetime(day.year(), day.month(), day.day())
