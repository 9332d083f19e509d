"""Starting, answering, finishing and resuming quizzes; each answer its own transaction."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from ipquiz.domain.laws import Superseded
from ipquiz.domain.persons import Person, UnknownPersonError, person_owner
from ipquiz.domain.question import Question
from ipquiz.domain.quiz import Checkpoint, Phase, PlannedQuestion, Quiz, plan_choices
from ipquiz.domain.results import AnswerRecord, QuizResult
from ipquiz.domain.selection import plan_draw
from ipquiz.domain.spec import Mode, QuizSpec
from ipquiz.services.clock import Clock, local_now
from ipquiz.services.laws import LawBook
from ipquiz.services.review import keeps_deck, record_answer
from ipquiz.services.station_lease import StationLease, default_station
from ipquiz.storage import bank_repo, person_repo, results_repo, selection_repo, station_repo
from ipquiz.storage.database import Database, Session


class NoQuestionsError(LookupError):
    """The chosen topics and difficulties match no question."""


@dataclass(slots=True)
class ActiveQuiz:
    """A quiz being played and the stored attempt it writes to."""

    attempt_id: int
    quiz: Quiz
    lang: str
    player: str
    person_id: int | None = None
    #: A kept person's answers also move their review deck (a guest's are only stored).
    keeps_deck: bool = False
    #: Per question id, the cited law texts no longer in force when the quiz started.
    superseded: dict[str, tuple[Superseded, ...]] = field(default_factory=dict)


def choose_questions(
    session: Session,
    *,
    spec: QuizSpec,
    owner: str,
    rng: random.Random,
    leave_out: frozenset[str] = frozenset(),
) -> list[str]:
    """The draw: stratified, continuing `owner`'s walk so nothing repeats too soon.

    Reads the stratum counts and the owner's cursors, then one index range scan per
    stratum; never scans or sorts the eligible pool. Questions citing a law version in
    `leave_out` are stepped over.
    """
    skip = selection_repo.citing(session, laws=leave_out)
    pool = selection_repo.without(
        selection_repo.available(session, categories=spec.categories), skip
    )
    walk = selection_repo.cursors(session, owner=owner)
    this_turn, next_turn = plan_draw(
        spec.count,
        pool,
        selection_repo.fresh(pool, walk),
        categories=spec.categories,
        mix=spec.difficulty_mix,
        rng=rng,
    )
    ids = selection_repo.draw(
        session, owner=owner, allocation=this_turn, pool=pool, walk=walk, skip=skip
    )
    if next_turn:
        selection_repo.begin_new_turn(pool, walk)
        selection_repo.save_turn(session, owner=owner, walk=walk)
        ids += selection_repo.draw(
            session, owner=owner, allocation=next_turn, pool=pool, walk=walk, skip=skip
        )
    rng.shuffle(ids)
    return ids


def set_questions(
    session: Session,
    *,
    spec: QuizSpec,
    owner: str,
    rng: random.Random,
    leave_out: frozenset[str] = frozenset(),
) -> list[Question]:
    """The questions a quiz asks, in the order it asks them.

    A hand-picked set asks its questions that are still in the bank (a retired one is
    left out); any other is drawn. Without shuffling, hand-picked questions keep the
    picked order and drawn ones go from easy to hard. Questions citing a law version in
    `leave_out` (texts no longer in force) are not asked.
    """
    if spec.question_ids:
        active = bank_repo.active_ids(session, spec.question_ids)
        questions = [
            q
            for q in bank_repo.load_questions(
                session, [i for i in spec.question_ids if i in active]
            )
            if not any(c.law in leave_out for c in q.citations)
        ]
        if spec.shuffle_questions:
            rng.shuffle(questions)
        return questions
    ids = choose_questions(session, spec=spec, owner=owner, rng=rng, leave_out=leave_out)
    questions = bank_repo.load_questions(session, ids)
    if not spec.shuffle_questions:
        questions.sort(key=lambda q: q.difficulty)
    return questions


def player_owner(player: str) -> str:
    """Whose draw history an attempt counts towards when no station is named."""
    return f"player:{player.strip().casefold() or 'guest'}"


class QuizService:
    def __init__(
        self,
        db: Database,
        *,
        clock: Clock = local_now,
        lease: StationLease | None = None,
        laws: LawBook | None = None,
    ) -> None:
        self._db = db
        self._clock = clock
        self._lease = lease
        self.laws = laws or LawBook()

    @property
    def station(self) -> str:
        """The station this program plays as (its attempts and kiosk rounds carry it)."""
        return self._lease.station if self._lease else default_station()

    # -- starting ------------------------------------------------------------------
    def start(
        self,
        *,
        spec: QuizSpec,
        lang: str,
        player: str = "",
        person_id: int | None = None,
        owner: str | None = None,
        also: Callable[[Session, int], None] | None = None,
        planned: Sequence[PlannedQuestion] | None = None,
    ) -> ActiveQuiz:
        """Draw the questions (stratified, not seen lately by `owner`) and open an attempt.

        The attempt is `person_id`'s (a profile or roster student, then marked as the one
        used last), or else a new guest's called `player` ("guest" when empty). The draw
        continues `owner`'s walk: by default the kept person's own, kept through renames.
        `also(session, attempt_id)` stores what a mode adds to the attempt (a kiosk round)
        in the same transaction: both are saved, or neither. `planned` gives the questions
        instead of a draw (a live class's students all get the class's questions).
        """

        def work(session: Session) -> ActiveQuiz:
            now = self._clock()
            person, draw_owner = self._person(session, player, person_id, now=now)
            quiz = Quiz(spec, planned or self._draw(session, spec, owner or draw_owner, now))
            attempt_id = results_repo.create_attempt(
                session,
                person_id=person.id,
                owner=owner or draw_owner,
                mode=spec.mode.value,
                lang=lang,
                spec=spec.to_dict(),
                plan=[{"id": p.question.id, "order": list(p.shown_order)} for p in quiz.planned],
                scoring_profile=quiz.profile.name,
                scoring_version=quiz.profile.version,
                now=now,
                station=self._lease.station if self._lease else "",
                process_id=self._lease.process_id if self._lease else None,
            )
            if also:
                also(session, attempt_id)
            active = ActiveQuiz(attempt_id, quiz, lang, person.name, person.id, not person.guest)
            active.superseded = self._superseded(quiz, now.date())
            return active

        return self._db.run(work)

    def _draw(
        self, session: Session, spec: QuizSpec, owner: str, now: dt.datetime
    ) -> tuple[PlannedQuestion, ...]:
        rng = random.Random(spec.seed)  # a second try draws as the first would have
        leave_out = (
            self.laws.superseded_keys(now.date()) if spec.leaves_out_superseded else frozenset()
        )
        questions = set_questions(session, spec=spec, owner=owner, rng=rng, leave_out=leave_out)
        if not questions:
            raise NoQuestionsError("no question matches the chosen topics")
        return plan_choices(questions, shuffle=spec.shuffle_choices, rng=rng)

    @staticmethod
    def _person(
        session: Session, player: str, person_id: int | None, *, now: dt.datetime
    ) -> tuple[Person, str]:
        """Who plays (a kept person marked as seen now, or a new guest) and whose draw
        walk the attempt continues."""
        if person_id is None:
            name = player.strip() or "guest"
            guest_id = person_repo.add_person(session, name=name, guest=True, now=now)
            return Person(id=guest_id, name=name, guest=True), player_owner(player)
        person = person_repo.get(session, person_id)
        if person is None:
            raise UnknownPersonError(f"no profile with id {person_id}")
        if person.guest:
            return person, player_owner(person.name)
        person_repo.update_person(session, person_id, last_seen_at=now)
        return person, person_owner(person_id)

    # -- answering -----------------------------------------------------------------
    def answer(
        self, active: ActiveQuiz, chosen: frozenset[int], *, elapsed_ms: int
    ) -> AnswerRecord:
        """Score the answer and commit it before returning, so the screen never runs ahead.

        If the commit fails (after the transient-fault retries) the quiz is put back as it
        was, so the same answer can be sent again (it replaces its own row: sent twice, it
        is stored once).
        """
        before = active.quiz.checkpoint()
        return self._store(active, active.quiz.answer(chosen, elapsed_ms=elapsed_ms), before)

    def time_out(self, active: ActiveQuiz, *, elapsed_ms: int) -> AnswerRecord:
        before = active.quiz.checkpoint()
        return self._store(active, active.quiz.time_out(elapsed_ms=elapsed_ms), before)

    def _store(self, active: ActiveQuiz, record: AnswerRecord, before: Checkpoint) -> AnswerRecord:
        """Store the answer and, for a kept person outside an exam, update their review
        deck in the same transaction (once: an answer sent again is not counted again).
        Anyone else's answer is one statement on its own (`Database.run_statement`: on a
        server, one round trip), the commit path of every kiosk visitor and guest."""
        now = self._clock()
        per_answer = not active.quiz.spec.answers_changeable  # an exam's count at submit

        def work(session: Session) -> None:
            deck = keeps_deck(session, active.person_id)
            fresh = deck and not results_repo.has_response(
                session, active.attempt_id, record.position
            )
            results_repo.add_response(session.connection(), active.attempt_id, record, now=now)
            if fresh and active.person_id is not None:
                record_answer(session, active.person_id, record, now=now)

        try:
            if per_answer and active.keeps_deck:
                self._db.run(work)
            else:
                self._db.run_statement(
                    lambda conn: results_repo.add_response(conn, active.attempt_id, record, now=now)
                )
        except BaseException:
            active.quiz.restore(before)
            raise
        return record

    # -- ending --------------------------------------------------------------------
    def finish(self, active: ActiveQuiz) -> QuizResult:
        """Close the attempt; an exam is submitted here (also when its time ran out)."""
        quiz = active.quiz
        if quiz.spec.answers_changeable and quiz.phase is Phase.QUESTION:
            quiz.submit()
        if quiz.phase is not Phase.FINISHED:
            raise ValueError("the quiz still has questions to answer")
        self._db.run(lambda session: self._close(session, active, "finished"))
        return quiz.result()

    def abandon(self, active: ActiveQuiz) -> None:
        self._db.run(lambda session: self._close(session, active, "abandoned"))

    def _close(self, session: Session, active: ActiveQuiz, status: str) -> None:
        """Close the attempt; a submitted exam's answers go to the review deck now (once:
        a close sent again finds the attempt closed)."""
        result = active.quiz.result()
        submitted = (
            status == "finished"
            and active.quiz.spec.answers_changeable
            and results_repo.status_of(session, active.attempt_id) == "active"
            and keeps_deck(session, active.person_id)
        )
        if submitted and active.person_id is not None:
            for record in active.quiz.answers:
                record_answer(session, active.person_id, record, now=self._clock())
        results_repo.close_attempt(
            session,
            active.attempt_id,
            status=status,
            score=result.overall.points,
            max_score=result.overall.max_points,
            now=self._clock(),
        )

    # -- after a crash -------------------------------------------------------------
    def interrupted(self) -> list[ActiveQuiz]:
        """This station's attempts that a crash or power cut left open, rebuilt with
        every stored answer, and now this program's.

        Only attempts whose program is gone are taken: another program's running attempt
        (on this machine or another of the same name) is left alone, and other stations'
        attempts are theirs to recover. Kiosk rounds are closed as abandoned here (the
        visitor is long gone); practice and exam attempts are returned, to be offered
        for resuming.
        """
        return self._db.run(self._take_interrupted)

    def _take_interrupted(self, session: Session) -> list[ActiveQuiz]:
        resumable: list[ActiveQuiz] = []
        lease = self._lease
        station = lease.station if lease else ""
        for attempt in station_repo.open_attempts(session, station=station):
            if lease is not None and not (
                lease.is_dead(attempt)
                and station_repo.take_over(
                    session, attempt, station=station, process_id=lease.process_id
                )
            ):
                continue
            active = self._rebuild(session, attempt.attempt_id)
            if active.quiz.spec.mode is Mode.LIVE:
                continue  # a live class's seat: its session resumes it with the class
            if active.quiz.spec.mode is Mode.KIOSK or active.quiz.phase is Phase.FINISHED:
                status = "finished" if active.quiz.phase is Phase.FINISHED else "abandoned"
                self._close(session, active, status)
            else:
                resumable.append(active)
        return resumable

    def reopen(self, attempt_ids: list[int]) -> list[ActiveQuiz]:
        """The attempts rebuilt with every stored answer (a live class resumed)."""
        return self._db.run(lambda session: [self._rebuild(session, i) for i in attempt_ids])

    def _rebuild(self, session: Session, attempt_id: int) -> ActiveQuiz:
        stored = results_repo.get_attempt(session, attempt_id)
        spec = QuizSpec.from_dict(stored.spec)
        ids = [item.question_id for item in stored.plan]
        by_id = {q.id: q for q in bank_repo.load_questions(session, ids)}
        planned = [
            PlannedQuestion(by_id[item.question_id], item.shown_order)
            for item in stored.plan
            if item.question_id in by_id
        ]
        quiz = Quiz(spec, planned, stored.answers)
        deck = keeps_deck(session, stored.person_id)
        active = ActiveQuiz(attempt_id, quiz, stored.lang, stored.player, stored.person_id, deck)
        active.superseded = self._superseded(quiz, self._clock().date())
        return active

    def _superseded(self, quiz: Quiz, on: dt.date) -> dict[str, tuple[Superseded, ...]]:
        """What practice tells the player: which questions rest on a replaced text."""
        found = {p.question.id: self.laws.superseded(p.question, on) for p in quiz.planned}
        return {qid: tuple(s) for qid, s in found.items() if s}


__all__ = ["ActiveQuiz", "NoQuestionsError", "PlannedQuestion", "QuizService", "player_owner"]
