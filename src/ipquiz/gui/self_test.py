"""`ipquiz --self-test`: the real window, offscreen, plays a short quiz and exports it.

It proves that an installation (a frozen bundle above all) has everything it needs: Qt
and its offscreen platform plugin, the theme, the icons and both translations (ours and
Qt's), the Alembic migrations, the bundled bank, the database and the CSV export. It
plays in a scratch folder (and says so), so a kiosk's board and results stay clean; the
database it is pointed at (--data-dir, --database or their environment variables) is
checked without being changed: readable, writable, intact, a schema this version knows.

Every step prints one ``self-test:`` line. Exit code 0 when every check passed; 1 with
the reason on stderr otherwise.
"""

from __future__ import annotations

import csv
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QLibraryInfo, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialogButtonBox, QWidget

from ipquiz import __version__, error_log
from ipquiz.assets import resource
from ipquiz.config import DB_FILENAME, Locations
from ipquiz.domain.language import EN, ZH
from ipquiz.gui.app import create_window
from ipquiz.gui.main_window import MainWindow
from ipquiz.gui.theme import ICON_SIZES, apply_theme, register_bundled_fonts
from ipquiz.gui.widgets import ChoiceButton
from ipquiz.storage.faults import DatabaseFaultError

PREFIX = "self-test:"
QUESTIONS = 5
PLAYER = "自检 Self-test"
TIMEOUT_S = 60.0
#: Translated window titles prove that our .qm file was found and loaded.
ENGLISH_TITLE = "IP Quiz"


class SelfTestError(Exception):
    """A check failed; the message says which and why."""


def run_self_test(
    *, lang: str | None = None, out: TextIO | None = None, pointed_at: Locations | None = None
) -> int:
    """Run every check; returns the process exit code."""
    out = out or sys.stdout
    if QApplication.instance() is None:
        # The test never shows anything on a real screen, even on a kiosk.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "ipquiz"])
    assert isinstance(app, QApplication)
    app.setApplicationName("ipquiz")
    with tempfile.TemporaryDirectory(prefix="ipquiz-self-test-", ignore_cleanup_errors=True) as d:
        error_log.install(Path(d))  # the scratch play's log stays in the scratch folder
        try:
            SelfTest(app, Path(d), lang=lang or EN, out=out).run()
            if pointed_at is not None:
                check_pointed_at(pointed_at, out)
        except Exception as exc:  # every failure, expected or not, becomes the reason
            reason = (
                str(exc)
                if isinstance(exc, SelfTestError | DatabaseFaultError)
                else f"{type(exc).__name__}: {exc}"
            )
            print(f"{PREFIX} FAILED: {reason}", file=sys.stderr)
            return 1
    print(f"{PREFIX} passed", file=out)
    return 0


def check_pointed_at(locations: Locations, out: TextIO) -> None:
    """The user's own database, read without a write: a self-test that passes while the
    database it was pointed at is unreadable would be a lie."""
    from ipquiz.services.app import inspect_database

    report = inspect_database(locations)
    if not report.exists:
        print(f"{PREFIX} ok no database yet at {report.where}: made on first start", file=out)
    else:
        print(
            f"{PREFIX} ok your database {report.where}: readable, writable, intact "
            f"(schema {report.revision or 'none yet'}, {report.questions} questions)",
            file=out,
        )


def wait_until(condition: Callable[[], bool], what: str, timeout_s: float = TIMEOUT_S) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise SelfTestError(f"gave up after {timeout_s:.0f} s waiting for {what}")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.005)  # let the loader thread run


def answered(window: MainWindow) -> None:
    """Wait for the service calls a click started (they run off the UI thread)."""
    wait_until(lambda: window.calls.idle, "the database to answer")


def settle() -> None:
    """Deliver pending events, deferred deletions included."""
    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def click(button: QAbstractButton, what: str) -> None:
    if not (button.isVisible() and button.isEnabled()):
        raise SelfTestError(f"cannot click {what}: it is hidden or disabled")
    button.click()
    settle()


def press_return(widget: QWidget) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(
            widget, QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
        )
    settle()


class SelfTest:
    def __init__(self, app: QApplication, folder: Path, *, lang: str, out: TextIO) -> None:
        self.app = app
        self.folder = folder
        self.lang = lang
        self.out = out
        data = folder / "data"  # never IPQUIZ_DATABASE or IPQUIZ_DATA_DIR: not the user's data
        self.locations = Locations(data_dir=data, database_url=f"sqlite:///{data / DB_FILENAME}")

    def say(self, message: str) -> None:
        print(f"{PREFIX} {message}", file=self.out, flush=True)

    def run(self) -> None:
        frozen = " (frozen)" if getattr(sys, "frozen", False) else ""
        self.say(
            f"ipquiz {__version__}{frozen}, Qt {QLibraryInfo.version().toString()}, "
            f"platform {self.app.platformName()}"
        )
        self.say(f"playing in a scratch folder, {self.folder}: your data is not changed")
        self.check_look()
        window = create_window(self.locations, lang=self.lang)
        try:
            window.resize(1280, 820)  # the checks play at the designed size
            window.show()
            window.load_after_first_paint()
            self.check_languages(window)
            self.wait_for_bank(window)
            expected_right = self.play(window)
            self.export_and_check(window, expected_right)
        finally:
            window.close()
            settle()
        if not (self.locations.data_dir / DB_FILENAME).exists():
            raise SelfTestError(f"no database was written in {self.locations.data_dir}")

    # -- the steps -------------------------------------------------------------
    def check_look(self) -> None:
        apply_theme(self.app)  # raises if the theme file is missing
        if not register_bundled_fonts():
            raise SelfTestError(f"the bundled font is missing from {resource('fonts')}")
        sizes = self.app.windowIcon().availableSizes()
        if len(sizes) < len(ICON_SIZES):
            raise SelfTestError(
                f"app icon: {len(sizes)} of {len(ICON_SIZES)} sizes found in resources/icons"
            )
        self.say(f"ok theme, font and icon ({len(sizes)} sizes)")

    def check_languages(self, window: MainWindow) -> None:
        buttons = {b.property("value"): b for b in window.start.language.group.buttons()}
        click(buttons[ZH], "the 中文 button")
        chinese_title = window.windowTitle()
        if chinese_title == ENGLISH_TITLE:
            raise SelfTestError("the Chinese translation (ipquiz_zh_CN.qm) was not loaded")
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        cancel = box.buttons()[0].text()
        if cancel != "取消":
            qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            raise SelfTestError(
                f"Qt's own buttons read {cancel!r} in Chinese: is qtbase_zh_CN.qm in"
                f" {qt_translations}?"
            )
        click(buttons[self.lang], f"the {self.lang} language button")
        if self.lang == EN and window.windowTitle() != ENGLISH_TITLE:
            raise SelfTestError(
                f"switching back to English left the title {window.windowTitle()!r}"
            )
        self.say(f"ok translations (zh-CN title {chinese_title!r}, and Qt's own)")

    def wait_for_bank(self, window: MainWindow) -> None:
        loading = window.start.status.text()
        wait_until(
            lambda: window.services is not None or window.start.status.text() != loading,
            "the database and the bank to load",
        )
        if window.services is None:
            raise SelfTestError(f"the bank did not load: {window.start.status.text()}")
        topics = window.start.selected_categories()
        if not topics:
            raise SelfTestError("the start screen lists no topics: is questions/ empty?")
        self.say(f"ok database migrated and bank loaded ({len(topics)} topics)")

    def play(self, window: MainWindow) -> int:
        """Answer right, wrong, right, wrong, right; returns how many should be right."""
        start = window.start
        start.name.setText(PLAYER)
        length = next(b for b in start.length.group.buttons() if b.property("value") == QUESTIONS)
        click(length, f"the {QUESTIONS}-question length")
        click(start.start_button, "Start")
        answered(window)
        if window.stack.currentWidget() is not window.question or window.active is None:
            raise SelfTestError(f"the quiz did not start: {start.status.text()!r}")
        screen = window.question
        expected_right = 0
        for n in range(QUESTIONS):
            quiz = window.active.quiz
            if quiz.position != n:
                raise SelfTestError(
                    f"expected question {n + 1}, the quiz is at {quiz.position + 1}"
                )
            question = quiz.current.question
            items = (screen.choices_box.itemAt(i) for i in range(screen.choices_box.count()))
            buttons = [w for it in items if it and isinstance(w := it.widget(), ChoiceButton)]
            if len(buttons) != question.choice_count:
                raise SelfTestError(
                    f"question {question.id}: {len(buttons)} buttons for "
                    f"{question.choice_count} choices"
                )
            aim_right = n % 2 == 0
            if aim_right:
                picks = [b for b in buttons if int(b.property("original")) in question.correct]
            else:
                picks = [b for b in buttons if int(b.property("original")) not in question.correct]
                picks = picks[:1]
            for b in picks:
                click(b, f"a choice of question {question.id}")
            chosen = frozenset(int(b.property("original")) for b in picks)
            if n % 2 == 0:
                click(screen.action_button, "Confirm")
            else:
                press_return(screen)  # the keyboard path
            answered(window)
            if not screen.feedback.isVisible():
                raise SelfTestError(f"question {question.id}: no feedback after answering")
            record = quiz.answers[-1]
            shown = screen.feedback.property("state")
            if shown != ("right" if record.correct else "wrong"):
                raise SelfTestError(
                    f"question {question.id}: feedback shows {shown!r} for {record.correct}"
                )
            if not question.weights and record.correct != (chosen == question.correct):
                raise SelfTestError(f"question {question.id}: scored {record.correct}")
            expected_right += int(record.correct)
            click(screen.action_button, "Next")
            answered(window)
        if window.stack.currentWidget() is not window.result:
            raise SelfTestError("the result screen did not open after the last question")
        result = window.active.quiz.result() if window.active else None
        if result is None or result.overall.correct != expected_right:
            raise SelfTestError(f"result: expected {expected_right} right, got {result}")
        self.say(f"ok played {QUESTIONS} questions through the widgets ({expected_right} right)")
        return expected_right

    def export_and_check(self, window: MainWindow, expected_right: int) -> None:
        from ipquiz.reports.result_columns import COLUMNS, headers, word

        path = self.folder / "results.csv"
        offered: list[Path] = []

        def offer(path: Path) -> bool:  # no dialogs: the folder is not opened
            offered.append(path)
            return False

        window.ask_export_path = lambda: path  # type: ignore[method-assign]
        window.offer_open_folder = offer  # type: ignore[method-assign]
        click(window.result.export_button, "Export results")
        wait_until(lambda: bool(offered), "the export to finish")
        if not path.exists():
            raise SelfTestError(f"export: {path} was not written ({window.result.status.text()})")
        raw = path.read_bytes()
        if not raw.startswith(b"\xef\xbb\xbf"):
            raise SelfTestError("export: no UTF-8 byte order mark (Excel would garble Chinese)")
        rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
        if rows[0] != headers(self.lang):
            raise SelfTestError(f"export: unexpected header {rows[0]}")
        keys = [c.key for c in COLUMNS]
        records = [dict(zip(keys, r, strict=True)) for r in rows[1:]]
        if len(records) != QUESTIONS:
            raise SelfTestError(f"export: {len(records)} rows, expected {QUESTIONS}")
        if {r["player"] for r in records} != {PLAYER}:
            raise SelfTestError(f"export: player names {sorted({r['player'] for r in records})}")
        assert window.active is not None
        planned = {p.question.id for p in window.active.quiz.planned}
        if {r["question_id"] for r in records} != planned:
            raise SelfTestError("export: the question ids differ from the questions played")
        right = sum(r["result"] == word("correct", self.lang) for r in records)
        if right != expected_right:
            raise SelfTestError(f"export: {right} answers marked right, expected {expected_right}")
        self.say(f"ok exported and checked {len(records)} answers ({path.name})")
