"""The main window: a stack of screens, and the flow between them.

It holds no quiz rules: it passes user actions to services and renders what they return.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QElapsedTimer, QStandardPaths, QTimer, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices, QPaintEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from ipquiz.gui import window_geometry
from ipquiz.gui.busy import BusyOverlay
from ipquiz.gui.failures import Failure
from ipquiz.gui.loading import TopicCache, load_everything
from ipquiz.gui.prompts import confirm, warn
from ipquiz.gui.screens.exam_clock import ExamClock
from ipquiz.gui.service_calls import ServiceCalls
from ipquiz.gui.theme import register_bundled_fonts

# The services (and through them SQLAlchemy, Alembic and the bank loader) are imported
# inside the functions that use them, which first run on the loader thread after the
# window has painted: importing them here would delay the first frame by ~0.3 s.
if TYPE_CHECKING:
    from ipquiz.domain.certificates import CertificateFacts
    from ipquiz.domain.persons import Person
    from ipquiz.domain.progress import Progress
    from ipquiz.domain.question import Category, Question
    from ipquiz.domain.results import AnswerRecord
    from ipquiz.domain.spec import QuizSpec
    from ipquiz.gui.access_flow import AccessFlow
    from ipquiz.gui.certificate_dialog import CertificateDialog
    from ipquiz.gui.loading import Loaded
    from ipquiz.gui.profile_flow import ProfileFlow
    from ipquiz.gui.screens.bank_dialog import BankDialog
    from ipquiz.gui.screens.classes import ClassesScreen
    from ipquiz.gui.screens.live_class import LiveClassScreen
    from ipquiz.gui.screens.progress import ProgressScreen
    from ipquiz.gui.screens.question import QuestionScreen
    from ipquiz.gui.screens.quiz_sets import QuizSetsScreen
    from ipquiz.gui.screens.result import ResultScreen
    from ipquiz.gui.screens.results import ResultsScreen
    from ipquiz.gui.screens.start import StartChoice, StartScreen
    from ipquiz.services.app import AppServices
    from ipquiz.services.quiz_service import ActiveQuiz

log = logging.getLogger(__name__)

#: Start loading this long after `load_after_first_paint` even if no paint came (minimised).
LOAD_FALLBACK_MS = 500


class MainWindow(QMainWindow):
    loaded = Signal()  # the database and bank are open (the topics are live)

    def __init__(
        self,
        *,
        lang: str,
        open_services: Callable[[], AppServices],
        export_dir: Path,
        on_language: Callable[[str], None] = lambda _lang: None,
        topic_cache: TopicCache | None = None,
        database_url: str = "",
        start_fresh: Callable[[], Path] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.lang = lang
        self.services: AppServices | None = None
        self.active: ActiveQuiz | None = None
        self._categories: list[tuple[Category, int]] = []
        self._open_services = open_services
        self._start_fresh = start_fresh
        self._export_dir = export_dir
        self._on_language = on_language
        self._answer_clock = QElapsedTimer()
        # Every service call goes through here: off the UI thread, one at a time.
        self.calls = ServiceCalls(self, on_failure=self.show_failure, database_url=database_url)
        self._load_state = ""  # "", "after-paint" (waiting for the first paint), "started"
        self._topic_cache = topic_cache
        self._pending_start: StartChoice | None = None  # pressed before loading finished
        self._saved: dict[str, QuizSpec] = {}  # saved quiz sets by name, as last loaded

        # Screens are built on first use: the window paints its frame first, the start
        # screen follows a moment later, the database layer after that.
        self._start: StartScreen | None = None
        self.profiles: ProfileFlow | None = None  # the start screen's profile actions
        self.access: AccessFlow | None = None  # the accessibility preset of who plays
        self._question: QuestionScreen | None = None
        self._result: ResultScreen | None = None
        self._progress: ProgressScreen | None = None
        self._progress_of: int | None = None  # the person whose progress is shown
        self._quiz_sets: QuizSetsScreen | None = None
        self._classes: ClassesScreen | None = None
        self._live: LiveClassScreen | None = None
        self._results: ResultsScreen | None = None
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.setMinimumSize(1000, 700)
        self.exam_clock = ExamClock(self)
        self.exam_clock.time_up.connect(self._on_time_up)
        self.question_clock = ExamClock(self)  # a practice set's countdown per question
        self.question_clock.time_up.connect(self._on_question_time_up)
        self.busy = BusyOverlay(self, self.calls)
        self.set_language(lang)

    @property
    def start(self) -> StartScreen:
        if self._start is None:
            from ipquiz.gui.screens.start import StartScreen

            register_bundled_fonts()  # after the first paint, before the first text
            screen = self._start = StartScreen()
            self.stack.insertWidget(0, screen)
            if self.active is None:
                self.stack.setCurrentWidget(screen)
            screen.language_chosen.connect(self.set_language)
            screen.start_requested.connect(self._on_start_requested)
            screen.manage_bank_requested.connect(self.open_bank_dialog)
            screen.save_set_requested.connect(self._on_save_set_requested)
            screen.sets_requested.connect(self.open_quiz_sets)
            screen.classes_requested.connect(self.open_classes)
            screen.live_requested.connect(self.open_live_class)
            screen.results_requested.connect(self.open_results)
            from ipquiz.gui.profile_flow import ProfileFlow

            self.profiles = ProfileFlow(self, self.calls, screen.picker, lambda: self.services)
            from ipquiz.gui.access_flow import AccessFlow

            self.access = AccessFlow(self, self.calls, self.profiles, lambda: self.services)
            screen.access_requested.connect(self.access.edit)
            screen.picker.review_requested.connect(self._on_review_requested)
            screen.picker.progress_requested.connect(self._on_progress_requested)
            screen.set_language(self.lang)
            screen.set_loading(self.tr("Loading the question bank…"))
            cached = self._topic_cache.read() if self._topic_cache and not self.services else []
            if cached:  # last time's topics: usable before the database is even open
                self._categories = cached
            if self._categories:
                screen.set_categories(self._categories)
        return self._start

    @property
    def question(self) -> QuestionScreen:
        if self._question is None:
            from ipquiz.gui.screens.question import QuestionScreen

            screen = self._question = QuestionScreen()
            self.stack.addWidget(screen)
            screen.answer_submitted.connect(self._on_answer_submitted)
            screen.next_requested.connect(self._on_next_requested)
            screen.leave_requested.connect(self._on_leave_requested)
            screen.go_to.connect(self._on_go_to)
            screen.submit_requested.connect(self._on_submit_requested)
            screen.source_requested.connect(self.open_articles)
            self.exam_clock.tick.connect(screen.exam_bar.set_time_left)
            self.question_clock.tick.connect(screen.set_question_time)
        return self._question

    @property
    def result(self) -> ResultScreen:
        if self._result is None:
            from ipquiz.gui.screens.result import ResultScreen

            screen = self._result = ResultScreen()
            self.stack.addWidget(screen)
            screen.export_requested.connect(self._on_export_requested)
            screen.restart_requested.connect(self.show_start)
            screen.practise_missed_requested.connect(self._on_practise_missed)
            screen.certificate_requested.connect(self._on_certificate_requested)
            screen.review.source_requested.connect(self.open_articles)
        return self._result

    @property
    def quiz_sets(self) -> QuizSetsScreen:
        if self._quiz_sets is None:
            from ipquiz.gui.screens.quiz_sets import QuizSetsScreen

            screen = self._quiz_sets = QuizSetsScreen(self.calls)
            self.stack.addWidget(screen)
            screen.back_requested.connect(self.show_start)
            screen.sets_changed.connect(self._on_sets_changed)
        return self._quiz_sets

    @property
    def results(self) -> ResultsScreen:
        if self._results is None:
            from ipquiz.gui.screens.results import ResultsScreen

            screen = self._results = ResultsScreen(self.calls)
            self.stack.addWidget(screen)
            screen.back_requested.connect(self.show_start)
        return self._results

    def open_results(self, live_session: int | None = None) -> None:
        """The teacher's Results area, on every finished attempt until filters narrow it
        (or on one live class, from its end screen)."""
        if self.services is None:
            return
        screen = self.results
        screen.open(
            self.services, lang=self.lang, export_dir=self._export_dir, live_session=live_session
        )
        self.stack.setCurrentWidget(screen)
        screen.setFocus()

    def open_quiz_sets(self) -> None:
        """The set builder, on the sets as last loaded (the start screen's choice selected)."""
        if self.services is None:
            return
        screen = self.quiz_sets
        screen.show_sets(
            self.services,
            list(self._saved.values()),
            self._categories,
            lang=self.lang,
            export_dir=self._export_dir,
            select=self.start.choice().saved,
        )
        self.stack.setCurrentWidget(screen)
        screen.setFocus()

    @property
    def classes(self) -> ClassesScreen:
        if self._classes is None:
            from ipquiz.gui.screens.classes import ClassesScreen

            screen = self._classes = ClassesScreen(self.calls)
            self.stack.addWidget(screen)
            screen.back_requested.connect(self.show_start)
        return self._classes

    def open_classes(self) -> None:
        """The classes and their rosters."""
        if self.services is None:
            return
        screen = self.classes
        screen.show_classes(self.services, start_dir=self._export_dir, lang=self.lang)
        self.stack.setCurrentWidget(screen)
        screen.setFocus()

    @property
    def live_class(self) -> LiveClassScreen:
        if self._live is None:
            from ipquiz.gui.screens.live_class import LiveClassScreen

            screen = self._live = LiveClassScreen(self.calls)
            self.stack.addWidget(screen)
            screen.back_requested.connect(self.show_start)
            screen.language_chosen.connect(self.set_language)
            screen.report_requested.connect(self.open_results)
        return self._live

    def open_live_class(self) -> None:
        """A live class: set it up (or resume one), then the projector."""
        if self.services is None:
            return
        screen = self.live_class
        screen.open(self.services, lang=self.lang, export_dir=self._export_dir)
        self.stack.setCurrentWidget(screen)
        screen.setFocus()

    def _on_sets_changed(self, specs: list[QuizSpec], select: str) -> None:
        self._saved = {spec.name: spec for spec in specs}
        self.start.set_saved_specs(specs, select=select)

    @property
    def progress(self) -> ProgressScreen:
        if self._progress is None:
            from ipquiz.gui.screens.progress import ProgressScreen

            screen = self._progress = ProgressScreen()
            self.stack.addWidget(screen)
            screen.back_requested.connect(self.show_start)
            screen.goal_chosen.connect(self._on_goal_chosen)
        return self._progress

    # -- loading ---------------------------------------------------------------
    def load(self) -> None:
        """Open the database and bank behind the shown window."""
        if self._load_state == "started":
            return
        self._load_state = "started"
        self.calls.run(
            lambda: load_everything(self._open_services),
            self._on_loaded,
            failure=self._on_load_failed,
            block=False,  # the start screen can be filled in meanwhile
        )

    def load_after_first_paint(self) -> None:
        """Load once the window has painted: the first frame never waits for the database layer,
        and the loader thread does not compete with the first paint for the GIL."""
        if self._load_state == "":
            self._load_state = "after-paint"
            QTimer.singleShot(LOAD_FALLBACK_MS, self._load_if_waiting)

    def _load_if_waiting(self) -> None:
        if self._load_state in ("after-paint", "building"):
            _ = self.start
            self.load()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._load_state == "after-paint":
            # A zero timer runs after this paint pass (the children paint within it) is flushed:
            # then the start screen is built, painted, and only then is loading begun.
            self._load_state = "building"
            QTimer.singleShot(0, self._build_first_screen)

    def _build_first_screen(self) -> None:
        _ = self.start
        self._load_state = "after-paint"
        QTimer.singleShot(0, self._load_if_waiting)

    def _on_loaded(self, loaded: Loaded) -> None:
        self.services, self._categories, unfinished, saved = loaded
        self.start.set_categories(self._categories)
        self._saved = {spec.name: spec for spec in saved}
        self.start.set_saved_specs(saved)
        if self.profiles is not None:
            self.profiles.load()
        if self._topic_cache is not None:
            self._topic_cache.write(self._categories)
        if not self._categories:
            self.start.set_loading(self.tr("The question bank is empty."))
        for active in unfinished:  # a crash or power cut left these open
            if self.active is None and self.confirm_resume(active):
                self.active = active
                self._enter_quiz()
            else:
                self._abandon(active)
        self.loaded.emit()
        pending, self._pending_start = self._pending_start, None
        if pending is not None and self.active is None:
            self._on_start_requested(pending)

    def confirm_resume(self, active: ActiveQuiz) -> bool:
        quiz = active.quiz
        return confirm(
            self,
            self.tr("Resume your quiz?"),
            self.tr(
                "A quiz was interrupted with {0} of {1} questions answered. Carry on where "
                "it stopped, or close it as it is?"
            ).format(quiz.total - quiz.unanswered, quiz.total),
            yes=self.tr("Carry on"),
            no=self.tr("Close it"),
            safe=True,  # closing cannot be undone; carrying on can still be left
        )

    def _on_load_failed(self, failure: Failure) -> None:
        if failure.kind == "damaged" and self._start_fresh is not None:
            self.start.set_loading(failure.message)
            self._offer_fresh_start(failure)
            return
        self.start.set_loading(
            self.tr("Cannot open the question bank: {0}").format(failure.message)
        )
        self.show_failure(failure)

    def show_failure(self, failure: Failure) -> None:
        """A service call failed: say what is wrong in one line, and go on."""
        warn(self, self.tr("IP Quiz"), failure.message)

    def _offer_fresh_start(self, failure: Failure) -> None:
        """A damaged database is never written to; with the user's yes it is kept aside
        under a dated name and a fresh one is made."""
        if not confirm(
            self,
            self.tr("Damaged database"),
            failure.message
            + "\n\n"
            + self.tr(
                "Keep it aside under a dated name (nothing is deleted) and start on a fresh "
                "database? The bundled questions come back; earlier results stay in the kept file."
            ),
            yes=self.tr("Keep it aside and start fresh"),
            no=self.tr("Not now"),
        ):
            return
        start_fresh = self._start_fresh
        assert start_fresh is not None
        self.calls.run(start_fresh, self._on_fresh_start, failure=self._on_load_failed)

    def _on_fresh_start(self, kept: Path) -> None:
        self.start.set_loading(self.tr("The damaged database was kept as {0}.").format(kept))
        self._load_state = ""
        self.load()

    def open_bank_dialog(self) -> BankDialog | None:
        if self.services is None:
            return None
        from ipquiz.gui.screens.bank_dialog import BankDialog

        dialog = BankDialog(
            self.services,
            self.calls,
            self._categories,
            lang=self.lang,
            start_dir=self._export_dir,
            parent=self,
        )
        dialog.bank_changed.connect(self._reload_categories)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _reload_categories(self) -> None:
        if self.services is not None:
            self.calls.run(self.services.bank.categories, self._on_categories, block=False)

    def _on_categories(self, categories: list[tuple[Category, int]]) -> None:
        self._categories = categories
        self.start.set_categories(categories)
        if self._quiz_sets is not None:
            self._quiz_sets.editor.set_categories(categories, self.lang)
        if self._topic_cache is not None:
            self._topic_cache.write(categories)

    # -- language --------------------------------------------------------------
    def set_language(self, lang: str) -> None:
        self.lang = lang
        self._on_language(lang)
        self.setWindowTitle(self.tr("IP Quiz"))
        if self._start is not None:
            self._start.set_language(lang)
        if self._quiz_sets is not None:
            self._quiz_sets.set_language(lang)
        if self._results is not None:
            self._results.set_language(lang)
        if self._progress is not None:
            self._progress.set_language(lang, self._category_names())
        if self._live is not None:
            self._live.set_language(lang)

    def _category_names(self) -> dict[str, str]:
        return {c.id: c.name(self.lang) for c, _ in self._categories}

    # -- flow ------------------------------------------------------------------
    def show_start(self) -> None:
        self.question_clock.stop()
        self.active = None
        self.stack.setCurrentWidget(self.start)
        self.start.setFocus()
        if self.profiles is not None:  # after a quiz: the deck has changed
            self.profiles.refresh_due()

    def _on_start_requested(self, choice: StartChoice) -> None:
        if self.services is None:  # shown from the cache, still loading: start when ready
            self._pending_start = choice
            self.start.set_loading(self.tr("Starting…"))
            return
        if choice.person_id is not None and self.profiles is not None:  # its PIN first
            self.profiles.unlock(choice.person_id, lambda _id: self._start_quiz(choice))
        else:
            self._start_quiz(choice)

    def _start_quiz(self, choice: StartChoice) -> None:
        assert self.services is not None
        spec, quiz, lang = (
            self._timed_for_whom(self._spec_for(choice)),
            self.services.quiz,
            self.lang,
        )
        self.calls.run(
            lambda: quiz.start(
                spec=spec, lang=lang, player=choice.player, person_id=choice.person_id
            ),
            self._on_started,
            failure=self._on_start_failed,
        )

    def _on_review_requested(self, person_id: int) -> None:
        """Today's review session for the profile, in one tap (after its PIN)."""
        if self.services is not None and self.profiles is not None:
            self.profiles.unlock(person_id, self._start_review)

    def _start_review(self, person_id: int) -> None:
        assert self.services is not None
        from ipquiz.services.quiz_service import NoQuestionsError

        quiz, review, lang = self.services.quiz, self.services.review, self.lang

        def start() -> ActiveQuiz:
            spec = review.session_spec(person_id)
            if spec is None:
                raise NoQuestionsError("nothing is due for review")
            return quiz.start(spec=spec, lang=lang, person_id=person_id)

        self.calls.run(start, self._on_started, failure=self._on_review_failed)

    def _on_review_failed(self, failure: Failure) -> None:
        from ipquiz.services.quiz_service import NoQuestionsError

        if isinstance(failure.error, NoQuestionsError):
            if self.profiles is not None:
                self.profiles.refresh_due()
        else:
            self.show_failure(failure)

    def _on_started(self, active: ActiveQuiz) -> None:
        self.active = active
        self._enter_quiz()

    def _on_start_failed(self, failure: Failure) -> None:
        from ipquiz.services.quiz_service import NoQuestionsError

        if isinstance(failure.error, NoQuestionsError):
            self.start.set_loading(self.tr("No question matches the chosen topics."))
        else:
            self.show_failure(failure)

    def _spec_for(self, choice: StartChoice) -> QuizSpec:
        """The saved set as it was saved, or the settings on the start screen."""
        return self._saved.get(choice.saved) or choice.spec()

    @staticmethod
    def _timed_for_whom(spec: QuizSpec) -> QuizSpec:
        """`spec` for whoever plays: with no time limits, an exam's time is extended and
        a set's countdown per question is gone."""
        import dataclasses

        from ipquiz.gui.accessibility import current

        preset = current()
        return dataclasses.replace(
            spec,
            total_seconds=preset.exam_seconds(spec.total_seconds),
            question_seconds=preset.question_seconds(spec.question_seconds),
        )

    def _on_save_set_requested(self, choice: StartChoice) -> None:
        if self.services is None:
            return
        name = self.ask_set_name()
        if not name:
            return
        import dataclasses

        spec = dataclasses.replace(self._spec_for(dataclasses.replace(choice, saved="")), name=name)
        sets = self.services.sets
        self.calls.run(lambda: sets.save(spec), self._on_spec_saved)

    def _on_spec_saved(self, spec: QuizSpec) -> None:
        self._saved[spec.name] = spec
        self.start.set_saved_specs(list(self._saved.values()), select=spec.name)

    def ask_set_name(self) -> str:
        name, ok = QInputDialog.getText(
            self,
            self.tr("Save as a quiz set"),
            self.tr("Name of the set (e.g. Class 7 · Patents test):"),
        )
        return name.strip() if ok else ""

    def _enter_quiz(self) -> None:
        assert self.active is not None
        self._show_current_question()  # builds the question screen, which shows the clock
        from ipquiz.gui.accessibility import no_time_limits

        timed = self.active.quiz.spec.total_seconds is not None
        self.question.exam_bar.show_extra_time(timed and no_time_limits())
        self.exam_clock.start(self.active)
        self.stack.setCurrentWidget(self.question)

    def _show_current_question(self) -> None:
        assert self.active is not None
        category = self.active.quiz.current.question.category
        self.question.show_quiz(
            self.active.quiz,
            lang=self.lang,
            category=self._category_names().get(category, category),
        )
        from ipquiz.gui.article_dialog import law_notes

        replaced = self.active.superseded.get(self.active.quiz.current.question.id, ())
        self.question.set_law_notes(law_notes(replaced, self.lang))
        self._answer_clock.start()
        spec = self.active.quiz.spec
        if spec.question_seconds and not spec.answers_changeable:
            self.question_clock.count_down(spec.question_seconds)
        else:
            self.question_clock.stop()
            self.question.set_question_time(None)

    def open_articles(self, question: Question) -> None:
        """The question's source, tapped: the cited articles' texts in a dialog."""
        if self.services is None:
            return
        from ipquiz.gui.article_dialog import show_articles

        replaced = self.active.superseded.get(question.id, ()) if self.active else ()
        show_articles(
            self, self.calls, self.services.laws, question, lang=self.lang, superseded=replaced
        )

    def _on_question_time_up(self) -> None:
        """A practice question's countdown ran out: it counts as not answered."""
        if self.active is None or self.services is None or not self.active.quiz.asking:
            return
        active, quiz = self.active, self.services.quiz
        limit_ms = (active.quiz.spec.question_seconds or 0) * 1000
        self.calls.run(
            lambda: quiz.time_out(active, elapsed_ms=limit_ms),
            lambda record: self._on_answer_stored(active, record),
            failure=self._on_answer_failed,
            retry=True,
        )

    def _on_answer_submitted(self, chosen: frozenset[int]) -> None:
        if self.active is None or self.services is None or not self.active.quiz.asking:
            return
        active, quiz, elapsed = self.active, self.services.quiz, self._answer_clock.elapsed()
        self.question_clock.stop()
        # Retried while the database is away: the answer stays on screen until it is stored.
        self.calls.run(
            lambda: quiz.answer(active, chosen, elapsed_ms=elapsed),
            lambda record: self._on_answer_stored(active, record),
            failure=self._on_answer_failed,
            retry=True,
        )

    def _on_answer_failed(self, failure: Failure) -> None:
        """Not stored (and not taken: the quiz is as before it), so it can be given again."""
        warn(self, self.tr("Answer not saved"), failure.message)
        if (
            self.active is not None
            and self.active.quiz.asking
            and self.active.quiz.spec.question_seconds
        ):
            self.question_clock.count_down(max(1, self.question_clock.seconds_left()))

    def _on_answer_stored(self, active: ActiveQuiz, record: AnswerRecord) -> None:
        if active is not self.active:
            return
        if active.quiz.spec.answers_changeable:  # an exam: no feedback until the end
            quiz = active.quiz
            answered = {a.position for a in quiz.answers}
            self.question.exam_bar.show_state(
                position=quiz.position, answered=answered, total=quiz.total
            )
        else:
            self.question.show_feedback(record)

    def _on_go_to(self, position: int) -> None:
        if self.active is None or not self.active.quiz.spec.answers_changeable:
            return
        if 0 <= position < self.active.quiz.total and self.active.quiz.asking:
            self.active.quiz.goto(position)
            self._show_current_question()

    def _on_submit_requested(self) -> None:
        if self.active is None or not self.active.quiz.asking:
            return
        if self.active.quiz.unanswered and not self.confirm_submit(self.active.quiz.unanswered):
            return
        self._show_result()

    def confirm_submit(self, unanswered: int) -> bool:
        return confirm(
            self,
            self.tr("Submit the exam?"),
            self.tr(
                "{0} questions are not answered yet; they will count as wrong. Submit anyway?"
            ).format(unanswered),
            yes=self.tr("Submit"),
            no=self.tr("Keep answering"),
        )

    def _on_time_up(self) -> None:
        """The exam's time ran out: it is submitted as it stands."""
        if self.active is not None and self.active.quiz.asking:
            self._show_result(self.tr("Time is up: the exam was submitted."))

    def _on_next_requested(self) -> None:
        if self.active is None or self.services is None or not self.active.quiz.in_feedback:
            return
        self.active.quiz.next()
        if self.active.quiz.asking:
            self._show_current_question()
            return
        self._show_result()

    def _show_result(self, status: str = "") -> None:
        assert self.active is not None
        assert self.services is not None
        self.exam_clock.stop()
        self.question_clock.stop()
        active, quiz = self.active, self.services.quiz
        self.calls.run(
            lambda: quiz.finish(active), lambda _: self._on_finished(active, status), retry=True
        )

    def _on_finished(self, active: ActiveQuiz, status: str) -> None:
        if active is not self.active:
            return
        self.result.show_result(
            active.quiz,
            lang=self.lang,
            category_names=self._category_names(),
            attempt_id=active.attempt_id,
        )
        self.stack.setCurrentWidget(self.result)
        self.result.setFocus()
        if status:
            self.result.set_status(status)

    # -- progress ----------------------------------------------------------------
    def _on_progress_requested(self, person_id: int) -> None:
        """The chosen profile's progress page (after its PIN, like everything of it)."""
        if self.profiles is not None:
            self.profiles.unlock(person_id, self.show_progress)

    def show_progress(self, person_id: int) -> None:
        if self.services is None:
            return
        services = self.services

        def work() -> tuple[Person, Progress]:
            return services.persons.get(person_id), services.progress.progress(person_id)

        self._progress_of = person_id
        self.calls.run(work, self._on_progress)

    def _on_progress(self, loaded: tuple[Person, Progress]) -> None:
        person, progress = loaded
        self.progress.show_progress(
            person.name, progress, lang=self.lang, topic_names=self._category_names()
        )
        self.stack.setCurrentWidget(self.progress)
        self.progress.setFocus()

    def _on_goal_chosen(self, goal: int) -> None:
        person_id = self._progress_of
        if self.services is None or person_id is None:
            return
        progress = self.services.progress
        self.calls.run(
            lambda: progress.set_daily_goal(person_id, goal),
            lambda _: self.show_progress(person_id),
        )

    def _on_practise_missed(self) -> None:
        """A practice quiz of exactly the questions the result shows as missed."""
        if self.active is None or self.services is None or not self.active.quiz.missed:
            return
        from ipquiz.domain.spec import QuizSpec

        missed = self.active.quiz.missed
        spec = QuizSpec.practice(question_ids=missed, count=len(missed))
        quiz, lang, active = self.services.quiz, self.lang, self.active
        self.calls.run(
            lambda: quiz.start(
                spec=spec, lang=lang, player=active.player, person_id=active.person_id
            ),
            self._on_started,
            failure=self._on_missed_failed,
        )

    def _on_missed_failed(self, failure: Failure) -> None:
        from ipquiz.services.quiz_service import NoQuestionsError

        if isinstance(failure.error, NoQuestionsError):
            self.result.set_status(self.tr("These questions are no longer in the question bank."))
        else:
            self.show_failure(failure)

    def _on_certificate_requested(self) -> None:
        attempt_id = self.result.attempt_id
        if self.services is None or attempt_id is None:
            return
        certificates = self.services.certificates
        self.calls.run(lambda: certificates.issue(attempt_id), self.open_certificate_dialog)

    def open_certificate_dialog(self, facts: CertificateFacts) -> CertificateDialog:
        from ipquiz.gui.certificate_dialog import CertificateDialog

        dialog = CertificateDialog(
            facts, lang=self.lang, start_dir=self._export_dir, calls=self.calls, parent=self
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _on_leave_requested(self) -> None:
        if self.active is None or self.services is None:
            self.show_start()
            return
        if self.confirm_leave():
            self.exam_clock.stop()
            self._abandon(self.active)
            self.show_start()

    def _abandon(self, active: ActiveQuiz) -> None:
        """Close the attempt as abandoned (retried: every answer given is already stored)."""
        assert self.services is not None
        quiz = self.services.quiz
        self.calls.run(lambda: quiz.abandon(active), retry=True, block=False)

    def confirm_leave(self) -> bool:
        """Say what leaving does: the attempt is closed as abandoned (see _on_leave_requested)."""
        quiz = self.active.quiz if self.active else None
        given = len(quiz.answers) if quiz else 0
        if quiz is not None and quiz.spec.answers_changeable:
            text = self.tr(
                "Leave the exam without submitting it? The {0} answers you gave stay saved, "
                "but the exam is closed: it cannot be continued later and gets no result."
            )
        else:
            text = self.tr(
                "Leave this quiz? The {0} answers you gave stay saved, but the quiz is closed: "
                "it cannot be continued later and is not counted as finished."
            )
        return confirm(
            self,
            self.tr("Leave the quiz?"),
            text.format(given),
            yes=self.tr("Leave"),
            no=self.tr("Keep answering"),
            destructive=True,  # the attempt cannot be taken up again
        )

    def _on_export_requested(self) -> None:
        """Export the attempt on the result screen (only that one), off the UI thread."""
        attempt_id = self.result.attempt_id
        if self.services is None or attempt_id is None:
            return
        path = self.ask_export_path()
        if path is None:
            return
        from ipquiz.domain.results import ResultFilter

        results, lang = self.services.results, self.lang
        scope = ResultFilter(attempt_id=attempt_id, statuses=("finished",))
        self.result.set_status(self.tr("Exporting…"))
        self.calls.run(
            lambda: results.export(path, scope=scope, lang=lang),
            lambda count: self._on_exported(path, count),
            failure=lambda failure: self._on_export_failed(path, failure),
        )

    def _on_exported(self, path: Path, count: int) -> None:
        self.result.set_status(self.tr("{0} rows written to {1}").format(count, path))
        if self.offer_open_folder(path):
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))

    def _on_export_failed(self, path: Path, failure: Failure) -> None:
        self.result.set_status("")
        exc = failure.error
        if isinstance(exc, OSError):
            warn(self, self.tr("Export failed"), f"{path}: {exc.strerror or exc}")
        else:
            self.show_failure(failure)

    def offer_open_folder(self, path: Path) -> bool:
        return confirm(
            self,
            self.tr("Results exported"),
            self.tr("The results were saved as {0}. Open the folder?").format(path.name),
            yes=self.tr("Open the folder"),
            no=self.tr("Close"),
        )

    def ask_export_path(self) -> Path | None:
        """Ask where to save; the dialog opens in the user's documents folder."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M")
        suggested = Path(folder or str(self._export_dir)) / f"ipquiz-results-{stamp}.xlsx"
        xlsx, csv = self.tr("Excel workbook (*.xlsx)"), self.tr("CSV files (*.csv)")
        name, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export results"), str(suggested), f"{xlsx};;{csv}", xlsx
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() not in (".xlsx", ".csv"):  # typed without an extension
            path = path.with_name(path.name + (".csv" if chosen == csv else ".xlsx"))
        return path

    def closeEvent(self, event: QCloseEvent) -> None:
        window_geometry.remember(self, self._export_dir)
        if self._live is not None:
            self._live.shutdown()
        self.calls.wait()
        if self.services is not None:
            self.services.close()
        super().closeEvent(event)
