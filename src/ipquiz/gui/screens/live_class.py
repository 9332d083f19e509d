"""The live class on the projector: start a session from a saved quiz set, show its code,
join URL and QR code, the students as they join, then either the live grid (self-paced)
or each question with its countdown and reveal (teacher-paced); the class result and
its export at the end.

The server answers the students on its own thread; this screen hears about changes
through a queued signal and redraws at most a few times a second, reading the room's
state in memory (no database work on the UI thread).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtNetwork import QAbstractSocket, QHostAddress, QNetworkInterface
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ipquiz.domain.accessibility import AccessPreset
from ipquiz.domain.language import EN, ZH
from ipquiz.domain.live import BOARD_SIZE, Pace, SeatStatus, Stage
from ipquiz.domain.question import CHOICE_LETTERS
from ipquiz.domain.results import AnswerRecord, ResultFilter
from ipquiz.gui.accessibility import current, preset_changes
from ipquiz.gui.failures import Failure
from ipquiz.gui.prompts import confirm, warn
from ipquiz.gui.qr_code import QrCode
from ipquiz.gui.question_image import QuestionImageView
from ipquiz.gui.widgets import (
    MIN_TARGET_PX,
    PlainLabel,
    ToggleRow,
    TranslatedWidget,
    WrapRow,
    named,
)

if TYPE_CHECKING:
    from ipquiz.domain.spec import QuizSpec
    from ipquiz.gui.service_calls import ServiceCalls
    from ipquiz.services.app import AppServices
    from ipquiz.services.live import LiveRoom
    from ipquiz.services.live_server import LiveServer

DEFAULT_PORT = 8765
#: The projector redraws at most this often while answers come in.
REDRAW_MS = 200
SHAPES = ("▲", "◆", "●", "■", "★", "⬟", "⬢", "✚")
RIGHT, WRONG, PARTLY, ANSWERED, OPEN, SKIPPED = "✓", "✗", "½", "●", "·", "–"
CELL_COLOURS = {RIGHT: "#d7f0de", WRONG: "#f9dcd8", PARTLY: "#fbeecb", ANSWERED: "#dde6f3"}


def interfaces() -> list[str]:
    """The PC's IPv4 addresses, the school network's first, this PC alone last."""
    found = [
        a.toString()
        for a in QNetworkInterface.allAddresses()
        if a.protocol() is QAbstractSocket.NetworkLayerProtocol.IPv4Protocol and not a.isLoopback()
    ]
    return [*found, QHostAddress(QHostAddress.SpecialAddress.LocalHost).toString()]


class LiveClassScreen(TranslatedWidget):
    back_requested = Signal()
    #: The projector's language switch (the window changes its language).
    language_chosen = Signal(str)
    #: Emitted on the server's threads; queued to this screen's thread.
    room_changed = Signal(str)
    #: The class report (item analysis, workbook, PDF) of the live class that just ended.
    report_requested = Signal(int)

    def __init__(self, calls: ServiceCalls, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("liveClassScreen")
        self._calls = calls
        self._services: AppServices | None = None
        self._lang = "en"
        self._export_dir = Path()
        self.room: LiveRoom | None = None
        self.server: LiveServer | None = None
        self._specs: list[QuizSpec] = []
        self._resumable: list[tuple[int, str, str]] = []
        self._shown_cells: dict[tuple[int, int], str] = {}
        self._shown_rows: list[str] = []
        self._shown_heads: list[str] = []
        self._picture_for: tuple[int, str] | None = None
        self.pages = QStackedWidget()
        self._build_setup()
        self._build_projector()
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(REDRAW_MS)
        self._redraw.timeout.connect(self.refresh)
        # a bound method (not a lambda): queued to this screen's thread
        self.room_changed.connect(self._on_room_changed)
        self._clock = QTimer(self)
        self._clock.setInterval(250)
        self._clock.timeout.connect(self._on_clock)
        self.retranslate()

    # -- building ------------------------------------------------------------------
    def _build_setup(self) -> None:
        page = QWidget()
        self.setup_title = named(QLabel(), "title")
        self.set_label = named(QLabel(), "fieldLabel")
        self.set_box = QComboBox()
        self.set_label.setBuddy(self.set_box)
        self.class_label = named(QLabel(), "fieldLabel")
        self.class_box = QComboBox()
        self.class_label.setBuddy(self.class_box)
        self.self_paced = QRadioButton()
        self.self_paced.setChecked(True)
        self.teacher_paced = QRadioButton()
        self.game = QCheckBox()
        self.game.setMinimumHeight(MIN_TARGET_PX)
        self.interface_label = named(QLabel(), "fieldLabel")
        self.interface_box = QComboBox()
        self.interface_label.setBuddy(self.interface_box)
        self.port = QSpinBox()
        self.port.setRange(1024, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.start_session = named(QPushButton(), "primary")
        self.start_session.clicked.connect(self._on_start_session)
        self.resume_button = QPushButton()
        self.resume_button.clicked.connect(self._on_resume)
        self.resume_button.hide()
        self.setup_status = PlainLabel(object_name="hint")
        self.setup_back = named(QPushButton(), "link")
        self.setup_back.clicked.connect(self.back_requested)
        for widget in (self.set_box, self.class_box, self.interface_box, self.port):
            widget.setMinimumHeight(MIN_TARGET_PX)
        for button in (self.start_session, self.resume_button):
            button.setMinimumHeight(MIN_TARGET_PX)
        form = QGridLayout()
        form.addWidget(self.set_label, 0, 0)
        form.addWidget(self.set_box, 0, 1)
        form.addWidget(self.class_label, 1, 0)
        form.addWidget(self.class_box, 1, 1)
        paces = QHBoxLayout()
        paces.addWidget(self.self_paced)
        paces.addWidget(self.teacher_paced)
        paces.addStretch(1)
        form.addLayout(paces, 2, 1)
        form.addWidget(self.game, 3, 1)
        form.addWidget(self.interface_label, 4, 0)
        where = QHBoxLayout()
        where.addWidget(self.interface_box, 1)
        where.addWidget(self.port)
        form.addLayout(where, 4, 1)
        column = QVBoxLayout(page)
        column.addWidget(self.setup_back, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.setup_title)
        column.addLayout(form)
        column.addWidget(self.start_session)
        column.addWidget(self.resume_button)
        column.addWidget(self.setup_status)
        column.addStretch(1)
        self.pages.addWidget(page)

    def _projector_font(self, label: QLabel, px: int, style: str = "") -> None:
        """A projector text `px` high at the normal text size; it follows the text size."""
        self._projector_fonts.append((label, px, style))
        self._size_projector_font(label, px, style, current())

    @staticmethod
    def _size_projector_font(label: QLabel, px: int, style: str, preset: AccessPreset) -> None:
        label.setStyleSheet(f"font-size: {preset.font_px(px)}px; {style}".strip())

    def _on_preset_changed(self, preset: AccessPreset) -> None:
        for label, px, style in self._projector_fonts:
            self._size_projector_font(label, px, style, preset)

    def _build_projector(self) -> None:
        self._projector_fonts: list[tuple[QLabel, int, str]] = []
        preset_changes().changed.connect(self._on_preset_changed)
        page = QWidget()
        self.code_caption = named(QLabel(), "hint")
        self.code = named(QLabel(), "liveCode")
        self._projector_font(self.code, 72, "font-weight: 700; letter-spacing: 8px;")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.url = PlainLabel(object_name="liveUrl")
        self._projector_font(self.url, 22)
        self.qr = QrCode()
        self.joined = PlainLabel(object_name="liveJoined")
        self._projector_font(self.joined, 20)
        join_text = QVBoxLayout()
        join_text.addWidget(self.code_caption)
        join_text.addWidget(self.code)
        join_text.addWidget(self.url)
        join_text.addWidget(self.joined, 1)
        self.join_panel = QWidget()
        join_row = QHBoxLayout(self.join_panel)
        join_row.addLayout(join_text, 1)
        join_row.addWidget(self.qr)
        self.small_join = PlainLabel(object_name="hint")  # the code once the quiz runs
        #: A self-paced set's time limit: what is left of it for the whole class.
        self.set_clock = named(QLabel(), "liveSetClock")
        self._projector_font(self.set_clock, 28, "font-weight: 700;")
        self.set_clock.hide()

        self.grid = QTableWidget()
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.question_panel = QWidget()
        panel = QVBoxLayout(self.question_panel)
        self.position = named(QLabel(), "hint")
        self.countdown = named(QLabel(), "liveCountdown")
        self._projector_font(self.countdown, 40, "font-weight: 700;")
        self.prompt = PlainLabel(object_name="questionPrompt")
        self._projector_font(self.prompt, 30)
        self.choices = PlainLabel(object_name="liveChoices")
        self._projector_font(self.choices, 26)
        self.answered = named(QLabel(), "hint")
        self.reveal_text = PlainLabel(object_name="liveReveal")
        self._projector_font(self.reveal_text, 20)
        top = QHBoxLayout()
        top.addWidget(self.position, 1)
        top.addWidget(self.countdown)
        panel.addLayout(top)
        panel.addWidget(self.prompt)
        self.picture = QuestionImageView()  # the question's picture, on its reveal too
        self.picture.box = QSize(420, 280)
        self._beside_choices = QHBoxLayout()  # teacher-paced: the top 5 right of the choices
        self._beside_choices.addWidget(self.choices, 3)
        self._beside_choices.addWidget(self.picture, 2)
        panel.addLayout(self._beside_choices)
        panel.addWidget(self.answered)
        panel.addWidget(self.reveal_text, 1)
        self.body = QStackedWidget()
        self.body.addWidget(self.grid)
        self.body.addWidget(self.question_panel)
        self.board = PlainLabel(object_name="liveBoard")  # a game lesson's top 5
        self._projector_font(self.board, 21)
        self.board.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.board.setMinimumWidth(220)
        self._beside_grid = middle = QHBoxLayout()  # self-paced: the top 5 right of the grid
        middle.addWidget(self.body, 3)
        middle.addWidget(self.board, 1)
        self.language = ToggleRow()
        for text, value in (("中文", ZH), ("English", EN)):
            self.language.add(text, value).setMinimumWidth(110)
        self.language.setAccessibleName("Language / 语言")
        self.language.group.buttonClicked.connect(self._on_language_clicked)
        head = QHBoxLayout()  # the set's clock under it: a 1024-wide projector keeps all three
        head.addWidget(self.small_join, 1)
        head.addWidget(self.language, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)

        self.go_button = named(QPushButton(), "primary")
        self.go_button.clicked.connect(self._on_go)
        self.pause_button = QPushButton()
        self.pause_button.clicked.connect(self._on_pause)
        self.skip_button = QPushButton()
        self.skip_button.clicked.connect(self._on_skip)
        self.students_button = QPushButton()
        self.students_button.clicked.connect(self._on_students)
        self.end_button = QPushButton()
        self.end_button.clicked.connect(self._on_end)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self._on_export)
        self.report_button = QPushButton()
        self.report_button.clicked.connect(self._on_report)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self._on_close)
        self.status = PlainLabel(object_name="hint")
        controls = WrapRow()  # more rows rather than buttons off the screen's edge
        for button in (
            self.go_button,
            self.pause_button,
            self.skip_button,
            self.students_button,
            self.end_button,
            self.export_button,
            self.report_button,
            self.close_button,
        ):
            button.setMinimumHeight(MIN_TARGET_PX)
            controls.append(button)
        column = QVBoxLayout(page)
        column.addLayout(head)
        column.addWidget(self.set_clock, 0, Qt.AlignmentFlag.AlignRight)
        column.addWidget(self.join_panel)
        column.addLayout(middle, 1)
        column.addWidget(self.status)
        column.addWidget(controls, 0, Qt.AlignmentFlag.AlignLeft)
        self.pages.addWidget(page)

    def retranslate(self) -> None:
        self.setup_title.setText(self.tr("Live class"))
        self.set_label.setText(self.tr("Quiz set"))
        self.class_label.setText(self.tr("Class"))
        if self.class_box.count():
            self.class_box.setItemText(0, self.tr("No class: students type a nickname"))
        self.self_paced.setText(self.tr("Self-paced (a live grid)"))
        self.teacher_paced.setText(self.tr("Teacher-paced (question by question)"))
        self.game.setText(
            self.tr("Game lesson: points for speed and right answers in a row, and a top-5 board")
        )
        self.interface_label.setText(self.tr("Network"))
        self.port.setToolTip(self.tr("Port (allow it in the PC's firewall)"))
        self.start_session.setText(self.tr("Start the live class"))
        self.setup_back.setText(self.tr("◀ Back"))
        self.code_caption.setText(self.tr("Open the page and enter the code, or scan:"))
        self.end_button.setText(self.tr("End"))
        self.students_button.setText(self.tr("Students…"))
        self.export_button.setText(self.tr("Export results…"))
        self.report_button.setText(self.tr("Class report…"))
        self.close_button.setText(self.tr("Close the session"))
        self.grid.setRowCount(0)  # the grid's headers are drawn again in the new language
        self.grid.setColumnCount(0)
        self._shown_cells.clear()
        self._shown_rows, self._shown_heads = [], []
        self.refresh()

    def set_language(self, lang: str) -> None:
        """The window's language: the projector's texts and the questions on it (each
        student's page keeps its own)."""
        self._lang = lang
        self.language.select(lang)
        self.refresh()

    def _on_language_clicked(self) -> None:
        lang = str(self.language.value())
        if lang != self._lang:
            self.language_chosen.emit(lang)

    # -- opening -------------------------------------------------------------------
    def open(self, services: AppServices, *, lang: str, export_dir: Path) -> None:
        """The setup page with the saved sets, the classes and a session to resume."""
        self._services, self._export_dir = services, export_dir
        self.set_language(lang)
        if self.room is not None:
            self.pages.setCurrentIndex(1)
            return
        self.pages.setCurrentIndex(0)
        self.interface_box.clear()
        self.interface_box.addItems(interfaces())
        live, sets, rosters = services.live, services.sets, services.rosters
        self._calls.run(
            lambda: (sets.sets(), rosters.classes(), live.resumable(), live.last_address()),
            self._on_choices,
        )

    def _on_choices(
        self,
        loaded: tuple[list[QuizSpec], list, list[tuple[int, str, str]], tuple[str, int] | None],
    ) -> None:
        self._specs, classes, self._resumable, address = loaded
        if address is not None:  # where the last class was served: a resumed one is found
            host, port = address
            if self.interface_box.findText(host) >= 0:
                self.interface_box.setCurrentText(host)
            self.port.setValue(port)
        self.set_box.clear()
        self.set_box.addItems([spec.name for spec in self._specs])
        self.class_box.clear()
        self.class_box.addItem(self.tr("No class: students type a nickname"), None)
        for summary in classes:
            self.class_box.addItem(f"{summary.group.name} ({summary.students})", summary.group.id)
        self.start_session.setEnabled(bool(self._specs))
        self.setup_status.setText(
            ""
            if self._specs
            else self.tr("Save a quiz set first (Quiz sets… on the start screen).")
        )
        if self._resumable:
            self.resume_button.setText(
                self.tr("Resume the live class with code {0}").format(self._resumable[0][1])
            )
        self.resume_button.setVisible(bool(self._resumable))

    # -- starting ------------------------------------------------------------------
    def _on_start_session(self) -> None:
        if self._services is None or not self._specs:
            return
        spec = self._specs[self.set_box.currentIndex()]
        pace = Pace.TEACHER if self.teacher_paced.isChecked() else Pace.SELF
        group_id = self.class_box.currentData()
        live, game = self._services.live, self.game.isChecked()
        self._serve(lambda: live.open(spec, pace=pace, group_id=group_id, game=game))

    def _on_resume(self) -> None:
        if self._services is None or not self._resumable:
            return
        live, session_id = self._services.live, self._resumable[0][0]
        self._serve(lambda: live.resume(session_id))

    def _serve(self, make_room: object) -> None:
        from ipquiz.services.live_server import LiveServer

        host, port = self.interface_box.currentText(), self.port.value()
        live = self._services.live if self._services else None

        def work() -> tuple[LiveRoom, LiveServer]:
            room = make_room()  # type: ignore[operator]
            server = LiveServer(room, host=host, port=port)
            server.start()
            if live is not None:
                live.remember_address(host, server.port)
            return room, server

        self.setup_status.setText(self.tr("Starting…"))
        self._calls.run(work, self._on_serving, failure=self._on_serve_failed)

    def _on_serve_failed(self, failure: Failure) -> None:
        self.setup_status.setText("")
        if isinstance(failure.error, OSError):
            warn(
                self,
                self.tr("The live class cannot start"),
                self.tr("Port {0} cannot be used: {1}. Choose another port.").format(
                    self.port.value(), failure.error.strerror or failure.error
                ),
            )
        else:
            self._calls.report(failure)

    def _on_serving(self, started: tuple[LiveRoom, LiveServer]) -> None:
        self.room, self.server = started
        self.room.listen(self.room_changed.emit)
        self.setup_status.setText("")
        self.code.setText(self.room.code)
        self.url.setText(self.server.url)
        self.qr.set_text(self.server.url)
        self._shown_cells.clear()
        self._shown_rows, self._shown_heads = [], []
        self.grid.setRowCount(0)
        self.grid.setColumnCount(0)
        self.pages.setCurrentIndex(1)
        self._clock.start()
        self.refresh()

    # -- the teacher's buttons -------------------------------------------------------
    def _on_go(self) -> None:
        room = self.room
        if room is None:
            return
        if room.stage is Stage.LOBBY:
            self._calls.run(room.start, lambda _: self.refresh())
        elif room.stage is Stage.QUESTION:
            self._calls.run(room.reveal, lambda _: self.refresh())
        elif room.stage is Stage.REVEAL:
            self._calls.run(room.next, lambda _: self.refresh())

    def _on_pause(self) -> None:
        if (room := self.room) is not None:
            paused = not room.paused
            self._calls.run(lambda: room.set_paused(paused), lambda _: self.refresh())

    def _on_skip(self) -> None:
        """Teacher-paced: the question on the projector; self-paced: one picked."""
        room = self.room
        if room is None:
            return
        position: int | None = room.position
        if room.pace is Pace.SELF:
            picked = self.pick(
                title=self.tr("Skip a question"),
                hint=self.tr("The question is skipped for everyone."),
                items=[
                    (f"{p + 1}. {item.question.localized(self._lang).prompt}", p)
                    for p, item in enumerate(room.planned)
                    if p not in room.skipped
                ],
                actions=[(self.tr("Skip this question"), "skip")],
            )
            if picked is None:
                return
            position = int(str(picked[1]))
        assert position is not None
        if not self.confirm(
            self.tr("Skip question {0}?").format(position + 1),
            self.tr(
                "It counts for nobody: answers already given to it are taken back, and "
                "nobody is asked it any more."
            ),
            yes=self.tr("Skip"),
            destructive=True,
        ):
            return
        self._calls.run(
            lambda: room.skip(position), lambda _: self.refresh(), failure=self._on_refused
        )

    def _on_students(self) -> None:
        """Remove a student from the class, or free a seat for its name to be taken again."""
        room = self.room
        if room is None:
            return
        picked = self.pick(
            title=self.tr("Students"),
            hint=self.tr(
                "Free a seat when a student needs another device: their name can be picked "
                "again, with the answers given so far. Remove a student who should not be "
                "in this class: their page says so and they cannot come back in; their "
                "answers are kept but left out of the class result."
            ),
            items=[(self._seat_name(seat.name, seat.status), seat.id) for seat, _ in room.grid()],
            actions=[
                (self.tr("Free the seat"), "free"),
                (self.tr("Remove from the class"), "remove"),
            ],
        )
        if picked is None:
            return
        key, seat_id = picked
        seat = room.seats.get(int(str(seat_id)))
        if seat is None:
            return
        if key == "free":
            asked = self.confirm(
                self.tr("Free {0}'s seat?").format(seat.name),
                self.tr("The name can be picked again on another device, with its answers."),
                yes=self.tr("Free the seat"),
            )
            work = room.free
        else:
            asked = self.confirm(
                self.tr("Remove {0} from the class?").format(seat.name),
                self.tr("Their page says so; they cannot come back in with it."),
                yes=self.tr("Remove"),
                destructive=True,
            )
            work = room.remove
        if asked:
            self._calls.run(lambda: work(seat.id), lambda _: self.refresh())

    def _on_refused(self, failure: Failure) -> None:
        if getattr(failure.error, "reason", "") == "last_question":
            warn(
                self,
                self.tr("Skip a question"),
                self.tr("This is the last question left: end the class instead."),
            )
        else:
            self._calls.report(failure)

    def pick(self, **what: object) -> tuple[str, object] | None:
        """The item and action picked in a touch-sized list (None: cancelled)."""
        from ipquiz.gui.screens.live_pick import PickDialog

        dialog = PickDialog(self, cancel=self.tr("Cancel"), **what)  # type: ignore[arg-type]
        return dialog.chosen if dialog.exec() else None

    def confirm(self, title: str, text: str, *, yes: str, destructive: bool = False) -> bool:
        """The app's own yes/no card; Esc keeps the class as it is."""
        return confirm(self, title, text, yes=yes, no=self.tr("Cancel"), destructive=destructive)

    def _seat_name(self, name: str, status: SeatStatus) -> str:
        return self.tr("{0} (seat free)").format(name) if status is SeatStatus.FREE else name

    def _on_end(self) -> None:
        if (room := self.room) is not None:
            self._calls.run(room.end, lambda _: self.refresh())

    def _on_close(self) -> None:
        """Stop listening; the class is over (or left running, to resume later)."""
        server = self.server
        self.room, self.server = None, None
        self._clock.stop()
        if server is not None:
            self._calls.run(server.stop, lambda _: self.back_requested.emit())
        else:
            self.back_requested.emit()

    def shutdown(self) -> None:
        """The window closes: stop listening now (a running class can be resumed)."""
        if self.server is not None:
            self.server.stop()
            self.server = None

    def _on_export(self) -> None:
        room, services = self.room, self._services
        if room is None or services is None:
            return
        path = self.ask_export_path()
        if path is None:
            return
        results, lang = services.results, self._lang
        scope = ResultFilter(live_session=room.session_id, statuses=("finished",))

        def work() -> int:
            return results.export(path, scope=scope, lang=lang)

        self._calls.run(
            work,
            lambda count: self.status.setText(
                self.tr("{0} rows written to {1}").format(count, path)
            ),
        )

    def _on_report(self) -> None:
        if self.room is not None:
            self.report_requested.emit(self.room.session_id)

    def ask_export_path(self) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export results"),
            str(self._export_dir / "live-class.xlsx"),
            self.tr("Excel workbook (*.xlsx)"),
        )
        return Path(name) if name else None

    # -- drawing -------------------------------------------------------------------
    def _on_room_changed(self, _what: str) -> None:
        if not self._redraw.isActive():
            self._redraw.start()

    def _on_clock(self) -> None:
        room = self.room
        if room is None:
            return
        left = room.remaining()
        if left is not None and not room.paused and room.pace is Pace.TEACHER:
            self.countdown.setText(str(int(left + 0.99)))
            if left <= 0:  # time is up: the class sees the answer
                self._calls.run(room.reveal, lambda _: self.refresh(), block=False)
        self._show_set_time(room, left)

    def _show_set_time(self, room: LiveRoom, left: float | None) -> None:
        """Self-paced: the whole set's time left (it stands still while paused)."""
        shown = room.pace is Pace.SELF and left is not None
        self.set_clock.setVisible(shown)
        if shown and left is not None:
            minutes, secs = divmod(int(left + 0.99), 60)
            self.set_clock.setText(
                self.tr("Time left for the set {0}:{1:02d}").format(minutes, secs)
            )

    def refresh(self) -> None:
        room = self.room
        if room is None:
            return
        stage = room.stage
        rows = room.grid()
        names = [seat.name for seat, _ in rows]
        self.joined.setText(
            self.tr("{0} joined: {1}").format(len(names), " · ".join(names))
            if names
            else self.tr("Nobody has joined yet.")
        )
        lobby = stage is Stage.LOBBY
        self.join_panel.setVisible(lobby)
        self.small_join.setVisible(not lobby)
        self.small_join.setText(
            self.tr("Code {0} · {1} · {2} joined").format(room.code, self.url.text(), len(names))
        )
        teacher = room.pace is Pace.TEACHER and stage in (Stage.QUESTION, Stage.REVEAL)
        self.body.setCurrentWidget(self.question_panel if teacher else self.grid)
        self._place_board(by_question=teacher)
        # self-paced, each student moves on alone: the projector has nothing to reveal
        self.go_button.setVisible(
            stage is not Stage.FINISHED and (room.pace is Pace.TEACHER or lobby)
        )
        self.go_button.setText(
            {
                Stage.LOBBY: self.tr("Start the quiz"),
                Stage.QUESTION: self.tr("Reveal the answer"),
                Stage.REVEAL: self.tr("Finish") if room.is_last() else self.tr("Next question"),
            }.get(stage, "")
        )
        running = stage in (Stage.QUESTION, Stage.REVEAL)
        self.skip_button.setVisible(
            (running if room.pace is Pace.TEACHER else stage is Stage.QUESTION) and room.counted > 1
        )
        self.skip_button.setText(
            self.tr("Skip this question")
            if room.pace is Pace.TEACHER
            else self.tr("Skip a question…")
        )
        self.students_button.setVisible(stage is not Stage.FINISHED and bool(rows))
        self._draw_board(room, stage)
        self.pause_button.setText(self.tr("Continue") if room.paused else self.tr("Pause"))
        self.pause_button.setVisible(stage is not Stage.FINISHED)
        self.end_button.setVisible(stage is not Stage.FINISHED)
        self.export_button.setVisible(stage is Stage.FINISHED)
        self.report_button.setVisible(stage is Stage.FINISHED)
        self.status.setText(
            self.tr("Paused: the devices wait.") if room.paused else self._class_line(rows, stage)
        )
        if teacher:
            self._draw_question(room, rows)
        self._draw_grid(room, rows)

    def _place_board(self, *, by_question: bool) -> None:
        """The top 5 sits by the choices while a question is on the projector (the
        question keeps the width), else by the grid."""
        if (self.board.parentWidget() is self.question_panel) == by_question:
            return
        for layout in (self._beside_choices, self._beside_grid):
            layout.removeWidget(self.board)
        (self._beside_choices if by_question else self._beside_grid).addWidget(self.board, 1)

    def _draw_board(self, room: LiveRoom, stage: Stage) -> None:
        """A game lesson's top 5: after each reveal (teacher-paced), live (self-paced)."""
        shown = room.game and (
            stage is Stage.FINISHED
            or (stage is Stage.REVEAL if room.pace is Pace.TEACHER else stage is Stage.QUESTION)
        )
        self.board.setVisible(shown)
        if shown:
            lines = [self.tr("Top {0}").format(BOARD_SIZE)]
            lines += [
                self.tr("{0}. {1} · {2} points").format(rank, name, points)
                for rank, (name, points) in enumerate(room.board(), start=1)
            ]
            self.board.setText("\n".join(lines))
            # all of it, even on a 1024x768 projector (the explanation gives way)
            self.board.setMinimumHeight(self.board.fontMetrics().lineSpacing() * len(lines) + 8)

    def _class_line(self, rows: list, stage: Stage) -> str:
        if stage is not Stage.FINISHED or not rows or self.room is None:
            return ""
        right = sum(1 for _, answers in rows for r in answers if r is not None and r.correct)
        total = len(rows) * self.room.counted
        return self.tr("The class got {0} % of the answers right.").format(
            round(100 * right / total)
        )

    def _draw_question(self, room: LiveRoom, rows: list) -> None:
        item = room.planned[room.position]
        text = item.question.localized(self._lang)
        self.position.setText(self.tr("Question {0} of {1}").format(room.position + 1, room.total))
        self.prompt.setText(text.prompt)
        if self._picture_for != (room.position, self._lang):  # drawn once a question
            self._picture_for = (room.position, self._lang)
            self.picture.show_image(item.question.image, self._lang)
        lines = [
            f"{SHAPES[i]} {CHOICE_LETTERS[i]}  {text.choices[original]}"
            for i, original in enumerate(item.shown_order)
        ]
        answered = sum(1 for _, answers in rows if answers[room.position] is not None)
        self.answered.setText(self.tr("{0} of {1} answered").format(answered, len(rows)))
        if room.stage is Stage.REVEAL:
            shares = room.shares(room.position)
            right = {item.shown_order.index(i) for i in item.question.correct}
            lines = [
                f"{line}   {round(share * 100)} %" + ("   ✓" if i in right else "")
                for i, (line, share) in enumerate(zip(lines, shares, strict=True))
            ]
            self.countdown.setText("")
            reveal = [
                self.tr("Answer: {0}").format(", ".join(CHOICE_LETTERS[i] for i in sorted(right)))
            ]
            if text.explanation:
                reveal.append(text.explanation)
            if text.source:
                reveal.append(self.tr("Source: {0}").format(text.source))
            self.reveal_text.setText("\n\n".join(reveal))
        else:
            self.reveal_text.setText("")
        self.choices.setText("\n".join(lines))

    def _draw_grid(self, room: LiveRoom, rows: list) -> None:
        """Students x questions; only the cells that changed are set again."""
        questions = room.total
        hide = room.pace is Pace.TEACHER and room.stage is Stage.QUESTION
        heads = [
            self.tr("{0} skipped").format(p + 1) if p in room.skipped else str(p + 1)
            for p in range(questions)
        ] + [self.tr("Right")]
        if self.grid.columnCount() != questions + 1:
            self.grid.setColumnCount(questions + 1)
            self._shown_cells.clear()
            self._shown_heads = []
        if heads != self._shown_heads:
            self._shown_heads = heads
            self.grid.setHorizontalHeaderLabels(heads)
        names = [self._seat_name(seat.name, seat.status) for seat, _ in rows] + [self.tr("Class")]
        if names != self._shown_rows:  # students joined, left or freed: the names again
            self._shown_rows = names
            self.grid.setRowCount(len(rows) + 1)
            self.grid.setVerticalHeaderLabels(names)
        for row, (_seat, answers) in enumerate(rows):
            for col, record in enumerate(answers):
                current = hide and col == room.position
                mark = SKIPPED if col in room.skipped else self._mark(record, hide_outcome=current)
                self._cell(row, col, mark)
            right = sum(1 for r in answers if r is not None and r.correct)
            self._cell(row, questions, f"{right}/{room.counted}")
        for col in range(questions):
            done = [a[col] for _, a in rows if a[col] is not None]
            share = (
                f"{round(100 * sum(1 for r in done if r and r.correct) / len(done))} %"
                if done and not (hide and col == room.position) and col not in room.skipped
                else ""
            )
            self._cell(len(rows), col, share)
        self._cell(len(rows), questions, "")  # rows move up when a student is removed

    def _mark(self, record: AnswerRecord | None, *, hide_outcome: bool) -> str:
        if record is None:
            return OPEN
        if hide_outcome:
            return ANSWERED
        if record.correct:
            return RIGHT
        return PARTLY if record.points > 0 else WRONG

    def _cell(self, row: int, col: int, text: str) -> None:
        if self._shown_cells.get((row, col)) == text:
            return
        self._shown_cells[(row, col)] = text
        item = QTableWidgetItem(text)
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        if text in CELL_COLOURS:
            item.setBackground(QColor(CELL_COLOURS[text]))
        item.setToolTip(
            {
                RIGHT: self.tr("right"),
                WRONG: self.tr("wrong"),
                PARTLY: self.tr("partly right"),
                ANSWERED: self.tr("answered"),
                OPEN: self.tr("not answered yet"),
                SKIPPED: self.tr("skipped: counts for nobody"),
            }.get(text, text)
        )
        self.grid.setItem(row, col, item)
