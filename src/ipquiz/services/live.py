"""A live class: the session a teacher hosts, the seats students take from their
browsers, and their answers, each committed before it is acknowledged.

Every student is a person (a roster student of the class, or a guest under a nickname)
with an attempt of mode `live`, so results, reports and review read live answers where
they read every other answer. A device keeps a token that brings it back to its seat.
A host started again after a crash resumes the session with the same code.

One lock guards a room: the server's threads and the window's calls see one state.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import random
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ipquiz.domain.language import LANGUAGES
from ipquiz.domain.live import (
    Pace,
    SeatStatus,
    Stage,
    current_streak,
    leaders,
    new_code,
    session_scoring,
    shares,
)
from ipquiz.domain.nicknames import NicknameVerdict, check_nickname, tidy
from ipquiz.domain.persons import Person, same_name
from ipquiz.domain.question import Question, QuestionImage, QuestionType
from ipquiz.domain.quiz import Checkpoint, Phase, PlannedQuestion, plan_choices
from ipquiz.domain.results import AnswerRecord
from ipquiz.domain.scoring import profile_named
from ipquiz.domain.spec import Mode, QuizSpec
from ipquiz.local_settings import read_local, write_local
from ipquiz.services.clock import Clock, local_now
from ipquiz.services.quiz_service import ActiveQuiz, QuizService, set_questions
from ipquiz.storage import live_repo, person_repo, results_repo
from ipquiz.storage.database import Database, Session

#: Seconds per question when the set names none (teacher-paced).
DEFAULT_SECONDS = 30
#: An answer this late after the countdown is still taken (the network's delay).
GRACE_SECONDS = 1.5
#: A device that says its question's time is up may be this early (clocks drift).
EARLY_SECONDS = 0.25


#: What a device hears when its seat is no longer its own.
LEFT_REASONS = {SeatStatus.FREE: "seat_freed", SeatStatus.REMOVED: "removed"}


class LiveError(ValueError):
    """A request the session refuses; `reason` is a key the student's page translates."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


@dataclass(slots=True)
class Seat:
    id: int
    name: str
    person_id: int
    active: ActiveQuiz
    connected: int = 0
    status: SeatStatus = SeatStatus.SEATED
    #: Self-paced: the question this student was last sent, and when (the room's clock):
    #: its countdown and its speed points run from then. Once it is answered (or its
    #: time is up) the student reads its result until they ask for the next one.
    asked_at: float = field(default_factory=time.monotonic)
    asked_position: int | None = None
    #: One answer of a seat at a time (a device resending races its first send).
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def record(self, position: int) -> AnswerRecord | None:
        return self.active.quiz.answer_at(position)

    @property
    def next_position(self) -> int | None:
        """The first question this student has not answered (self-paced)."""
        quiz = self.active.quiz
        return next((p for p in range(quiz.total) if quiz.answer_at(p) is None), None)


@dataclass(frozen=True, slots=True)
class RosterName:
    person_id: int
    name: str
    taken: bool


def _texts(question: Question, order: tuple[int, ...]) -> dict[str, Any]:
    """Both languages of a question as a device shows it, choices in the shown order."""
    out: dict[str, Any] = {}
    for lang in LANGUAGES:
        text = question.localized(lang)
        out[lang] = {
            "prompt": text.prompt,
            "choices": [text.choices[i] for i in order],
            "explanation": text.explanation,
            "source": text.source,
        }
    return out


class LiveRoom:
    """One running live session: its questions, its seats and where it stands."""

    def __init__(
        self,
        service: LiveService,
        *,
        session_id: int,
        code: str,
        pace: Pace,
        spec: QuizSpec,
        planned: list[PlannedQuestion],
        roster: list[Person],
        stage: Stage = Stage.LOBBY,
        position: int = 0,
        paused: bool = False,
        skipped: frozenset[int] = frozenset(),
        ends_at_ms: int | None = None,
        paused_at_ms: int | None = None,
    ) -> None:
        self._service = service
        self.session_id = session_id
        self.code = code
        self.pace = pace
        self.spec = spec
        self.planned = planned
        self.roster = roster
        self.stage = stage
        self.position = position
        self.paused = paused
        #: Questions the teacher skipped: asked of nobody, counted for nobody.
        self.skipped = skipped
        #: Seated and freed seats, in joining order (removed ones are kept apart).
        self.seats: dict[int, Seat] = {}
        self._removed: dict[int, Seat] = {}
        self._by_token: dict[str, Seat] = {}
        self._lock = threading.RLock()
        self._listeners: list[Callable[[str], None]] = []
        self._claiming: list[tuple[int, str]] = []  # names being seated right now
        #: When the running countdown ends (the room's clock): a teacher-paced question's,
        #: or a self-paced set's time limit. Stored as a moment of the wall clock, so a
        #: resumed session keeps the time already spent.
        self._deadline: float | None = None
        #: The clock of the countdown and of answer times (a test moves its own).
        self.monotonic: Callable[[], float] = service.monotonic
        #: When the class was paused (every countdown stands still from then).
        self._paused_at = self.monotonic()
        if paused and paused_at_ms is not None:
            self._paused_at = self.moment(paused_at_ms)
        if stage is Stage.QUESTION:
            self._deadline = self._new_deadline() if ends_at_ms is None else self.moment(ends_at_ms)

    # -- watching ------------------------------------------------------------------
    def listen(self, listener: Callable[[str], None]) -> None:
        """`listener(what)` is called (on the changing thread) after every change."""
        self._listeners.append(listener)

    def _changed(self, what: str) -> None:
        for listener in list(self._listeners):
            listener(what)

    # -- moments kept across a restart -------------------------------------------------
    def wall_ms(self, moment: float) -> int:
        """A moment of the room's clock as milliseconds of the wall clock (stored)."""
        return round((self._service.wall() + moment - self.monotonic()) * 1000)

    def moment(self, wall_ms: int) -> float:
        """A stored wall-clock moment on the room's clock."""
        return self.monotonic() - (self._service.wall() - wall_ms / 1000)

    def stored_countdown(self) -> tuple[int | None, int | None]:
        """(when the running countdown ends, when the class was paused), as stored."""
        ends = None if self._deadline is None else self.wall_ms(self._deadline)
        return ends, self.wall_ms(self._paused_at) if self.paused else None

    @property
    def seconds(self) -> int:
        return self.spec.question_seconds or DEFAULT_SECONDS

    @property
    def total(self) -> int:
        return len(self.planned)

    def _new_deadline(self) -> float | None:
        """The countdown that starts now: each teacher-paced question has one; a
        self-paced set has one when it has a time limit."""
        if self.pace is Pace.TEACHER:
            return self.monotonic() + self.seconds
        if self.spec.total_seconds:
            return self.monotonic() + self.spec.total_seconds
        return None

    @property
    def counted(self) -> int:
        """The questions that count: all but the skipped ones."""
        return self.total - len(self.skipped)

    @property
    def game(self) -> bool:
        """A game lesson: speed-and-streak points and a top-5 board."""
        return profile_named(self.spec.scoring).speed

    def remaining(self) -> float | None:
        """Seconds left on the countdown (None: none runs); it stands still while the
        session is paused."""
        if self._deadline is None or self.stage is not Stage.QUESTION:
            return None
        return max(0.0, self._deadline - self._now())

    def _now(self) -> float:
        """The countdowns' now: they stand still while the class is paused."""
        return self._paused_at if self.paused else self.monotonic()

    def time_up(self) -> bool:
        """The countdown ended longer ago than the network's delay: answers are late."""
        with self._lock:
            return self._too_late()

    def _too_late(self) -> bool:
        return (
            self._deadline is not None
            and self.stage is Stage.QUESTION
            and not self.paused
            and self.monotonic() > self._deadline + GRACE_SECONDS
        )

    @property
    def question_limit(self) -> int | None:
        """Self-paced: each question's own time (the set's time per question), if any."""
        return self.spec.question_seconds if self.pace is Pace.SELF else None

    def _asked(self, seat: Seat) -> int | None:
        """The question `seat` is answering now (self-paced): the first one not answered,
        sent at `seat.asked_at`, or None while the student reads a result or is done."""
        position = self.next_for(seat)
        if position is None or self.stage is not Stage.QUESTION:
            return None
        if seat.asked_position is not None and seat.record(seat.asked_position) is not None:
            return None  # reading the result of the last one
        if seat.asked_position != position:  # (a question skipped under the student)
            seat.asked_position, seat.asked_at = position, self.monotonic()
        return position

    def reading(self, seat: Seat) -> int | None:
        """Self-paced: the question whose result `seat` reads (they asked for no next yet)."""
        asked = seat.asked_position
        if asked is None or seat.record(asked) is None or self.next_for(seat) is None:
            return None
        return asked

    def seat_remaining(self, seat: Seat) -> float | None:
        """Seconds left for `seat`: its question's own time (counted from when it was
        sent) or the set's time limit, whichever ends first (None: no countdown)."""
        left = self.remaining()
        limit = self.question_limit
        if limit and self._asked(seat) is not None:
            own = max(0.0, seat.asked_at + limit - self._now())
            left = own if left is None else min(left, own)
        return left

    def _question_late(self, seat: Seat, position: int, *, grace: float) -> bool:
        """`seat`'s own time for the question at `position` ended (`grace` seconds ago)."""
        limit = self.question_limit
        return bool(
            limit
            and not self.paused
            and self._asked(seat) == position
            and self.monotonic() > seat.asked_at + limit + grace
        )

    # -- students ------------------------------------------------------------------
    def names(self) -> list[RosterName]:
        with self._lock:
            taken = {seat.person_id for seat in self._holding()}
            return [RosterName(p.id, p.name, p.id in taken) for p in self.roster]

    def _holding(self) -> list[Seat]:
        """The seats whose names cannot be claimed: seated and removed ones."""
        return [
            *(s for s in self.seats.values() if s.status is SeatStatus.SEATED),
            *self._removed.values(),
        ]

    def seat_of(self, token: str) -> Seat | None:
        with self._lock:
            return self._by_token.get(token_hash(token))

    def seat_back(self, seat: Seat, hashed_token: str) -> None:
        """A seat stored before the host was restarted, found again by its token."""
        with self._lock:
            if seat.status is SeatStatus.REMOVED:
                self._removed[seat.id] = seat
            else:
                self.seats[seat.id] = seat
            if seat.status is not SeatStatus.FREE:  # a freed seat's old token holds nothing
                self._by_token[hashed_token] = seat

    def claim(self, *, person_id: int | None, nickname: str | None) -> tuple[Seat, str]:
        """Seat a roster student or a nickname (each name once); returns the seat and the
        token the device keeps. A name whose seat the teacher freed takes that seat over,
        with its answers. The name is held while its seat is stored, outside the room's
        lock, so the projector and other devices never wait on that commit."""
        with self._lock:
            if self.stage is Stage.FINISHED:
                raise LiveError("ended")
            held = [*((s.person_id, s.name) for s in self._holding()), *self._claiming]
            if person_id is not None:
                person = next((p for p in self.roster if p.id == person_id), None)
                if person is None:
                    raise LiveError("unknown_name")
                if any(person.id == taken for taken, _ in held):
                    raise LiveError("name_taken")
                name = person.name
            else:
                if self.roster:
                    raise LiveError("roster_only")
                name = tidy(nickname or "")
                if check_nickname(name) is not NicknameVerdict.OK:
                    raise LiveError("nickname_refused")
                if any(same_name(name, other) for _, other in held):
                    raise LiveError("name_taken")
            claim = (person_id or 0, name)
            freed = next(
                (
                    s
                    for s in self.seats.values()
                    if s.status is SeatStatus.FREE
                    and (s.person_id == person_id if person_id else same_name(s.name, name))
                ),
                None,
            )
            self._claiming.append(claim)
        token = secrets.token_urlsafe(32)
        try:
            if freed is None:
                seat = self._service.seat(self, person_id=person_id, name=name, token=token)
            else:
                seat = freed
                self._service.set_seat(seat, SeatStatus.SEATED, token=token)
                seat.status = SeatStatus.SEATED
        finally:
            with self._lock:
                self._claiming.remove(claim)
        with self._lock:  # a student joining a running class is sent a question now
            asking = self._ask_now([seat])
        if asking:
            self._service.save_asked(self, [seat])
        self.seat_back(seat, token_hash(token))
        self._changed("join")
        return seat, token

    def answer(self, seat: Seat, position: int, chosen: frozenset[int]) -> AnswerRecord:
        """Score and commit `seat`'s answer (`chosen`: the buttons as shown); an answer
        sent again (the device did not hear the acknowledgement) gets the stored one
        back, stored once. One answer of a seat at a time; the commit happens outside
        the room's lock (the projector reads the room meanwhile)."""
        with seat.lock:
            if (stored := seat.record(position)) is not None:
                return stored
            with self._lock:
                if seat.status is not SeatStatus.SEATED:
                    raise LiveError(LEFT_REASONS[seat.status])
                if position in self.skipped:
                    raise LiveError("skipped")
                if self.paused or self.stage is not Stage.QUESTION:
                    raise LiveError("not_now")
                if self._too_late():
                    raise LiveError("time_up")
                late = False
                if self.pace is Pace.TEACHER:
                    if position != self.position:
                        raise LiveError("not_now")
                    elapsed = self.seconds - (self.remaining() or 0.0)
                else:
                    if position != self.next_for(seat):
                        raise LiveError("not_now")
                    # the student's own time for this question, from when it was sent
                    late = self._question_late(seat, position, grace=GRACE_SECONDS)
                    elapsed = self.monotonic() - seat.asked_at
            quiz = seat.active.quiz
            if not 0 <= position < quiz.total:
                raise LiveError("not_now")
            order = self.planned[position].shown_order
            if any(i >= len(order) for i in chosen):
                raise LiveError("bad_answer")
            if late:  # stored as not answered: the student reads its result next
                record = self._time_out(seat, position)
            else:
                quiz.restore(Checkpoint(Phase.QUESTION, position, quiz.answers))
                try:
                    record = self._service.quiz.answer(
                        seat.active,
                        frozenset(order[i] for i in chosen),
                        elapsed_ms=round(max(0.0, elapsed) * 1000),
                    )
                except ValueError as exc:
                    raise LiveError("bad_answer") from exc
                seat.asked_at = self.monotonic()
            seat.asked_position = position
        self._changed("answer")
        if late:
            raise LiveError("time_up")
        return record

    def _time_out(self, seat: Seat, position: int) -> AnswerRecord:
        """Store `seat`'s question at `position` as not answered: its time is up."""
        quiz = seat.active.quiz
        quiz.restore(Checkpoint(Phase.QUESTION, position, quiz.answers))
        limit_ms = (self.question_limit or 0) * 1000
        return self._service.quiz.time_out(seat.active, elapsed_ms=limit_ms)

    def go_on(self, seat: Seat, position: int) -> None:
        """Self-paced: the student is done with the question at `position`. After reading
        its result, the next question is sent now, and its time runs from now (reading
        costs no time, nor points); a question whose own time is up is stored as not
        answered, and its result is shown."""
        with seat.lock:
            with self._lock:
                if (
                    self.pace is not Pace.SELF
                    or self.stage is not Stage.QUESTION
                    or self.paused
                    or seat.status is not SeatStatus.SEATED
                ):
                    raise LiveError("not_now")
                late = False
                if self.reading(seat) == position:
                    seat.asked_position, seat.asked_at = self.next_for(seat), self.monotonic()
                elif self._question_late(seat, position, grace=-EARLY_SECONDS):
                    late = True
                else:
                    raise LiveError("not_now")
            if late:
                self._time_out(seat, position)
            else:
                self._service.save_asked(self, [seat])
        if late:
            self._changed("answer")

    def _ask_now(self, seats: list[Seat]) -> bool:
        """Self-paced: each of `seats` is sent their next question now (True: the caller
        stores it)."""
        if self.pace is not Pace.SELF or self.stage is not Stage.QUESTION:
            return False
        now = self.monotonic()
        for seat in seats:
            seat.asked_position, seat.asked_at = self.next_for(seat), now
        return True

    # -- the teacher ---------------------------------------------------------------
    def start(self) -> None:
        """Out of the lobby: the first question (teacher-paced) or everyone's own pace."""
        with self._lock:
            if self.stage is not Stage.LOBBY:
                return
            self._go(Stage.QUESTION, 0)
            seats = list(self.seats.values())
            if self._ask_now(seats):  # the first question is sent now
                self._service.save_asked(self, seats)

    def reveal(self) -> None:
        with self._lock:
            if self.pace is Pace.TEACHER and self.stage is Stage.QUESTION:
                self._go(Stage.REVEAL, self.position)

    def next(self) -> None:
        """The next question after a reveal, or the end after the last one."""
        with self._lock:
            if self.pace is not Pace.TEACHER or self.stage is not Stage.REVEAL:
                return
            following = self._following(self.position)
            if following is not None:
                self._go(Stage.QUESTION, following)
                return
        self.end()

    def set_paused(self, paused: bool) -> None:
        with self._lock:
            if self.stage is Stage.FINISHED:
                return
            shift = 0.0  # how long the class stood still
            if paused and not self.paused:
                self._paused_at = self.monotonic()
            elif self.paused and not paused:
                shift = self.monotonic() - self._paused_at
                if self._deadline is not None:
                    self._deadline += shift
                for seat in self.seats.values():
                    seat.asked_at += shift
            self.paused = paused
            self._service.save_stage(self, shifted_ms=round(shift * 1000))
        self._changed("stage")

    def skip(self, position: int | None = None) -> None:
        """Skip a question for everyone: teacher-paced, the one on the projector (asked or
        revealed; the class moves on to the next); self-paced, the question at `position`
        (students who have not reached it are never asked it). Answers already given to
        it are taken back: it counts for nobody. The last question left is not skipped."""
        with self._lock:
            if self.stage is Stage.FINISHED:
                return
            if self.pace is Pace.TEACHER:
                if self.stage not in (Stage.QUESTION, Stage.REVEAL):
                    return
                position = self.position
            if position is None or not 0 <= position < self.total or position in self.skipped:
                return
            if self.counted <= 1:
                raise LiveError("last_question")
            self.skipped = self.skipped | {position}
            seats = [*self.seats.values(), *self._removed.values()]
        for seat in seats:  # answers being stored now are stored (and taken back) first
            seat.lock.acquire()
        try:
            try:
                self._service.skip(self)
            except BaseException:
                with self._lock:
                    self.skipped = self.skipped - {position}
                raise
            for seat in seats:
                quiz = seat.active.quiz
                at = quiz.checkpoint()
                kept = tuple(a for a in at.answers if a.position != position)
                quiz.restore(Checkpoint(at.phase, at.cursor, kept))
        finally:
            for seat in seats:
                seat.lock.release()
        with self._lock:  # teacher-paced: on to the next question, or the end
            moving = self.pace is Pace.TEACHER and self.position == position
            moving = moving and self.stage in (Stage.QUESTION, Stage.REVEAL)
            following = self._following(position)
            if moving and following is not None:
                self._go(Stage.QUESTION, following)
                return
        if moving:
            self.end()
        else:
            self._changed("stage")

    def _following(self, position: int) -> int | None:
        return next((p for p in range(position + 1, self.total) if p not in self.skipped), None)

    def remove(self, seat_id: int) -> None:
        """Take a student out of the class (see SeatStatus.REMOVED)."""
        with self._lock:
            seat = self.seats.get(seat_id)
            if seat is None or self.stage is Stage.FINISHED:
                return
        with seat.lock:  # an answer being stored is stored first
            self._service.remove(self, seat)
            with self._lock:
                seat.status = SeatStatus.REMOVED
                self._removed[seat.id] = self.seats.pop(seat.id)
        self._changed("seats")

    def free(self, seat_id: int) -> None:
        """Free a seat: its name can be claimed again (see SeatStatus.FREE)."""
        with self._lock:
            seat = self.seats.get(seat_id)
            if seat is None or seat.status is not SeatStatus.SEATED:
                return
            if self.stage is Stage.FINISHED:
                return
        with seat.lock:
            self._service.set_seat(seat, SeatStatus.FREE)
            with self._lock:
                seat.status = SeatStatus.FREE
                self._by_token = {h: s for h, s in self._by_token.items() if s is not seat}
        self._changed("seats")

    def end(self) -> None:
        """Close every seat's attempt with its score and end the session (answers being
        stored at that moment are stored first)."""
        with self._lock:
            if self.stage is Stage.FINISHED:
                return
            self.stage, self.paused = Stage.FINISHED, False
            seats = list(self.seats.values())
        for seat in seats:
            with seat.lock:
                pass
        self._service.end(self)
        self._changed("stage")

    def _go(self, stage: Stage, position: int) -> None:
        self.stage, self.position = stage, position
        if stage is Stage.QUESTION:
            self._deadline = self._new_deadline()
        self._service.save_stage(self)
        self._changed("stage")

    def everyone_answered(self) -> bool:
        with self._lock:
            seated = [s for s in self.seats.values() if s.status is SeatStatus.SEATED]
            return bool(seated) and all(s.record(self.position) is not None for s in seated)

    def next_for(self, seat: Seat) -> int | None:
        """The first question `seat` has not answered and nobody skipped (self-paced)."""
        quiz = seat.active.quiz
        return next(
            (p for p in range(quiz.total) if p not in self.skipped and quiz.answer_at(p) is None),
            None,
        )

    def is_last(self) -> bool:
        """Teacher-paced: no question follows the one on the projector."""
        with self._lock:
            return self._following(self.position) is None

    # -- points (a game lesson) -------------------------------------------------------
    def points(self, seat: Seat) -> int:
        return round(sum(r.points for r in seat.active.quiz.answers))

    def streak(self, seat: Seat) -> int:
        return current_streak(
            [None if (r := seat.record(p)) is None else r.correct for p in range(self.total)]
        )

    def board(self) -> list[tuple[str, int]]:
        """The top 5 by points (a game lesson), freed seats included."""
        with self._lock:
            seats = list(self.seats.values())
        return leaders((seat.name, self.points(seat)) for seat in seats)

    # -- what screens show ---------------------------------------------------------
    def shares(self, position: int) -> list[float]:
        item = self.planned[position]
        with self._lock:
            chosen = [
                frozenset(item.shown_order.index(i) for i in r.chosen)
                for seat in self.seats.values()
                if (r := seat.record(position)) is not None and r.chosen
            ]
        return shares(chosen, item.question.choice_count)

    def question_view(self, position: int) -> dict[str, Any]:
        item = self.planned[position]
        image = item.question.image
        return {
            "position": position,
            "kind": "multiple" if item.question.type is QuestionType.MULTIPLE else "single",
            "texts": {
                lang: {"prompt": t["prompt"], "choices": t["choices"]}
                for lang, t in _texts(item.question, item.shown_order).items()
            },
            # The picture, served by this session at this address, and its description
            # per language (the page's alt text).
            "image": None
            if image is None
            else {
                "src": f"/image/{self.code}/{position}",
                "alt": {lang: image.describe(lang) for lang in LANGUAGES},
            },
        }

    def picture(self, position: int) -> QuestionImage | None:
        """The picture of the question at `position` once the class has been shown that
        question (None: no such question, no picture, or not shown yet)."""
        with self._lock:
            if not 0 <= position < self.total or self.stage is Stage.LOBBY:
                return None
            if self.pace is Pace.TEACHER and position > self.position:
                return None
            return self.planned[position].question.image

    def result_view(self, seat: Seat | None, position: int) -> dict[str, Any]:
        """The right answer, explanation and source (and `seat`'s answer) of a question."""
        item = self.planned[position]
        record = seat.record(position) if seat else None
        texts = _texts(item.question, item.shown_order)
        return {
            "position": position,
            "correct": sorted(item.shown_order.index(i) for i in item.question.correct),
            "chosen": sorted(item.shown_order.index(i) for i in record.chosen) if record else [],
            "right": bool(record and record.correct),
            # stored with no choice: the student's own time for it ran out
            "timed_out": bool(record and not record.chosen),
            "texts": {
                lang: {"explanation": t["explanation"], "source": t["source"]}
                for lang, t in texts.items()
            },
        }

    def state_for(self, seat: Seat | None) -> dict[str, Any]:
        """Everything a device shows now, built fresh (a reconnect is one message)."""
        with self._lock:
            state: dict[str, Any] = {
                "type": "state",
                "stage": self.stage.value,
                "pace": self.pace.value,
                "paused": self.paused,
                "total": self.total,
                "skipped": sorted(self.skipped),
                "game": self.game,
                # self-paced: each question has its own time (the countdown says so)
                "question_time": bool(self.question_limit),
            }
            if seat is not None and seat.status is SeatStatus.REMOVED:
                state.update(name=None, removed=True)
                return state
            if seat is not None and seat.status is SeatStatus.FREE:
                seat = None
            state["name"] = seat.name if seat else None
            if seat is None:
                state["roster"] = [
                    {"person": r.person_id, "name": r.name, "taken": r.taken} for r in self.names()
                ]
                return state
            position: int | None = None
            if self.stage is not Stage.LOBBY:
                position = self.position if self.pace is Pace.TEACHER else self.next_for(seat)
            reading = self.reading(seat) if self.pace is Pace.SELF else None
            if reading is not None and not self._too_late():
                state["reading"] = self._summary_item(seat, reading)
                left = self.remaining()
                state["ms_left"] = None if left is None else round(left * 1000)
            elif self.stage is Stage.QUESTION and position is not None:
                state["question"] = self.question_view(position)
                record = seat.record(position)
                state["answered"] = (
                    sorted(self.planned[position].shown_order.index(i) for i in record.chosen)
                    if record
                    else None
                )
                # Milliseconds left, not a moment: the device counts down from when it
                # hears this, whatever its own clock says.
                left = self.seat_remaining(seat) if self.pace is Pace.SELF else self.remaining()
                state["ms_left"] = None if left is None else round(left * 1000)
            if self.stage is Stage.REVEAL:  # the result under its question's prompt
                state["result"] = self._summary_item(seat, self.position)
                state["shares"] = self.shares(self.position)
            if (
                self.pace is Pace.SELF
                and self.stage is Stage.QUESTION
                and (position is None or self._too_late())
            ):
                state["done"] = True
                state.pop("question", None)
                state.pop("reading", None)
            if self.game:
                state["points"] = self.points(seat)
                state["streak"] = self.streak(seat)
            if self.stage is Stage.FINISHED or state.get("done"):
                quiz = seat.active.quiz
                state["summary"] = {
                    "right": sum(1 for r in quiz.answers if r.correct),
                    "total": self.counted,
                    "questions": [self._summary_item(seat, p) for p in range(self.total)],
                }
            return state

    def _summary_item(self, seat: Seat, position: int) -> dict[str, Any]:
        """A question's result with its prompt (a reveal, the list at the end)."""
        item = self.result_view(seat, position)
        item["skipped"] = position in self.skipped
        asked = self.question_view(position)
        for lang, texts in item["texts"].items():
            texts["prompt"] = asked["texts"][lang]["prompt"]
        # its picture again, once the class has been shown that question
        item["image"] = asked["image"] if self.picture(position) is not None else None
        return item

    def grid(self) -> list[tuple[Seat, list[AnswerRecord | None]]]:
        """Students x questions, in joining order."""
        with self._lock:
            return [
                (seat, [seat.record(p) for p in range(self.total)]) for seat in self.seats.values()
            ]


class LiveService:
    """Opens, resumes and keeps the live sessions of this station."""

    def __init__(
        self,
        db: Database,
        quiz: QuizService,
        *,
        clock: Clock = local_now,
        monotonic: Callable[[], float] = time.monotonic,
        wall: Callable[[], float] = time.time,
        data_dir: Path | None = None,
    ) -> None:
        self._db = db
        self.quiz = quiz
        self._clock = clock
        self._data_dir = data_dir
        #: The countdowns' and answer times' clock.
        self.monotonic = monotonic
        #: The clock of the stored countdowns (seconds since the epoch): a session
        #: resumed after its host died keeps the time spent, the time it was down too
        #: (the students' devices counted it down all along).
        self.wall = wall

    def open(
        self,
        spec: QuizSpec,
        *,
        pace: Pace,
        group_id: int | None = None,
        game: bool = False,
        rng: random.Random | None = None,
    ) -> LiveRoom:
        """A new session: the set's questions drawn once (every student gets the same
        questions in the same order, choices shown alike) and a code no running session
        of this database has. Scored for accuracy, unless `game`: then speed-and-streak
        points (each question timed) and a top-5 board."""
        rng = rng or random.Random(secrets.randbits(64))
        seed = rng.randrange(2**31)
        now = self._clock()

        def work(session: Session) -> LiveRoom:
            draw = set_questions(session, spec=spec, owner="live", rng=random.Random(seed))
            if not draw:
                raise LiveError("no_questions")
            fixed = dataclasses.replace(
                spec,
                mode=Mode.LIVE,
                question_ids=tuple(q.id for q in draw),
                count=len(draw),
                shuffle_questions=False,
                seed=seed,
                scoring=session_scoring(spec.scoring, game=game),
                question_seconds=spec.question_seconds or (DEFAULT_SECONDS if game else None),
            )
            code = new_code(rng, live_repo.running_codes(session))
            session_id = live_repo.add_session(
                session,
                code=code,
                pace=pace.value,
                spec_json=json.dumps(fixed.to_dict()),
                group_id=group_id,
                station=self.quiz.station,
                now=now,
            )
            return self._room(session, session_id)

        return self._db.run(work)

    def last_address(self) -> tuple[str, int] | None:
        """Where this machine last served a live class (a resumed one is served there
        again, so the students' devices find it by themselves)."""
        if self._data_dir is None:
            return None
        stored = read_local(self._data_dir)
        host, port = stored.get("live_host", ""), stored.get("live_port", "")
        return (host, int(port)) if host and port.isdigit() else None

    def remember_address(self, host: str, port: int) -> None:
        if self._data_dir is not None:
            write_local(self._data_dir, live_host=host, live_port=str(port))

    def resumable(self) -> list[tuple[int, str, str]]:
        """This station's sessions a crash left running: (id, code, pace), newest first."""
        station = self.quiz.station
        found = self._db.run(lambda session: live_repo.running(session, station=station))
        return [(s.id, s.code, s.pace) for s in found]

    def resume(self, session_id: int) -> LiveRoom:
        """The session as it was: same code, stage, seats, tokens and stored answers."""
        room = self._db.run(lambda session: self._room(session, session_id))
        stored = self._db.run(lambda session: live_repo.seats(session, session_id))
        actives = self.quiz.reopen([s.attempt_id for s in stored])
        for seat_row, active in zip(stored, actives, strict=True):
            asked = seat_row.asked_at_ms
            seat = Seat(
                seat_row.id,
                seat_row.name,
                seat_row.person_id,
                active,
                status=SeatStatus(seat_row.status),
                asked_at=room.monotonic() if asked is None else room.moment(asked),
                asked_position=seat_row.asked_position,
            )
            room.seat_back(seat, seat_row.token_hash)
        return room

    def _room(self, session: Session, session_id: int) -> LiveRoom:
        stored = live_repo.get_session(session, session_id)
        spec = QuizSpec.from_dict(json.loads(stored.spec_json))
        questions = set_questions(session, spec=spec, owner="live", rng=random.Random(spec.seed))
        planned = list(
            plan_choices(questions, shuffle=spec.shuffle_choices, rng=random.Random(spec.seed))
        )
        roster = person_repo.kept(session, group_id=stored.group_id) if stored.group_id else []
        return LiveRoom(
            self,
            session_id=stored.id,
            code=stored.code,
            pace=Pace(stored.pace),
            spec=spec,
            planned=planned,
            roster=sorted(roster, key=lambda p: (p.roster_number or "", p.name)),
            stage=Stage(stored.stage),
            position=stored.position,
            paused=stored.paused,
            skipped=stored.skipped,
            ends_at_ms=stored.ends_at_ms,
            paused_at_ms=stored.paused_at_ms,
        )

    # -- called by a room under its lock ---------------------------------------------
    def seat(self, room: LiveRoom, *, person_id: int | None, name: str, token: str) -> Seat:
        """The seat's attempt and row, in one transaction."""
        seat_ids: list[int] = []

        def also(session: Session, attempt_id: int) -> None:
            seat_ids.append(
                live_repo.add_seat(
                    session,
                    session_id=room.session_id,
                    person_id=person_id or live_repo.person_of(session, attempt_id),
                    attempt_id=attempt_id,
                    token_hash=token_hash(token),
                    name=name,
                    now=self._clock(),
                )
            )

        active = self.quiz.start(
            spec=room.spec,
            lang="zh-CN",
            player=name,
            person_id=person_id,
            owner=f"live:{room.session_id}",
            also=also,
            planned=room.planned,
        )
        return Seat(seat_ids[-1], name, active.person_id or 0, active, asked_at=room.monotonic())

    def set_seat(self, seat: Seat, status: SeatStatus, *, token: str | None = None) -> None:
        """A seat freed, or taken again by the device holding `token`."""
        hashed = token_hash(token) if token else None
        self._db.run(
            lambda session: live_repo.set_seat(
                session, seat.id, status=status.value, token_hash=hashed
            )
        )

    def remove(self, room: LiveRoom, seat: Seat) -> None:
        """The seat removed and its attempt closed as abandoned (kept, not counted)."""
        now = self._clock()

        def work(session: Session) -> None:
            live_repo.set_seat(session, seat.id, status=SeatStatus.REMOVED.value)
            _close(session, room, seat, status="abandoned", now=now)

        self._db.run(work)

    def skip(self, room: LiveRoom) -> None:
        self._db.run(
            lambda session: live_repo.skip_question(session, room.session_id, skipped=room.skipped)
        )

    def save_stage(self, room: LiveRoom, *, shifted_ms: int = 0) -> None:
        """Where the class stands and its countdown (`shifted_ms`: how long a pause held
        every student's question)."""
        ends_at_ms, paused_at_ms = room.stored_countdown()

        def work(session: Session) -> None:
            live_repo.set_stage(
                session,
                room.session_id,
                stage=room.stage.value,
                position=room.position,
                paused=room.paused,
                ends_at_ms=ends_at_ms,
                paused_at_ms=paused_at_ms,
            )
            if shifted_ms:
                live_repo.shift_asked(session, room.session_id, by_ms=shifted_ms)

        self._db.run(work)

    def save_asked(self, room: LiveRoom, seats: list[Seat]) -> None:
        """The question each of `seats` was sent, and when."""
        asked = [(s.id, s.asked_position, room.wall_ms(s.asked_at)) for s in seats]
        if asked:
            self._db.run(lambda session: live_repo.set_asked(session, asked))

    def end(self, room: LiveRoom) -> None:
        now = self._clock()

        def work(session: Session) -> None:
            for seat in room.seats.values():
                _close(session, room, seat, status="finished", now=now)
            live_repo.end_session(session, room.session_id, now=now)

        self._db.run(work)


def _close(session: Session, room: LiveRoom, seat: Seat, *, status: str, now: Any) -> None:
    """Close a seat's attempt with its score (the skipped questions left out)."""
    result = seat.active.quiz.result(leaving_out=room.skipped)
    results_repo.close_attempt(
        session,
        seat.active.attempt_id,
        status=status,
        score=result.overall.points,
        max_score=result.overall.max_points,
        now=now,
    )


__all__ = ["LiveError", "LiveRoom", "LiveService", "RosterName", "Seat", "token_hash"]
