"""Profiles and roster students are persons: made, listed, renamed (history kept), locked
by a PIN, and deleted with everything of theirs, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
from fakeclock import Clock

from ipquiz.domain.persons import DuplicateNameError, PersonData, PersonError, UnknownPersonError
from ipquiz.domain.quiz import Phase
from ipquiz.domain.results import ResultFilter
from ipquiz.domain.spec import QuizSpec
from ipquiz.services import pin_hash
from ipquiz.services.app import AppServices
from ipquiz.services.persons import add_kept
from ipquiz.storage import person_repo
from ipquiz.storage.database import Session


@pytest.fixture
def cheap_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests try many PINs: scrypt at a small cost (the format and checks are the same)."""
    monkeypatch.setattr(pin_hash, "SCRYPT_N", 2**10)


def play(services: AppServices, person_id: int | None, *, right: bool, player: str = "") -> int:
    """A three-question practice quiz answered all right or all wrong; the attempt id."""
    active = services.quiz.start(
        spec=QuizSpec(count=3, seed=5), lang="en", player=player, person_id=person_id
    )
    while active.quiz.phase is not Phase.FINISHED:
        question = active.quiz.current.question
        wrong = min(set(range(question.choice_count)) - question.correct)
        chosen = question.correct if right else frozenset({wrong})
        services.quiz.answer(active, frozenset(chosen), elapsed_ms=1000)
        active.quiz.next()
    services.quiz.finish(active)
    return active.attempt_id


def test_profiles_are_listed_by_name_and_guests_are_not(services: AppServices) -> None:
    persons = services.persons
    assert persons.kept() == []
    zhang = persons.create("  张  伟 ", colour="teal")
    persons.create("alice")
    persons.create_guest("visitor")
    play(services, None, right=True, player="another visitor")
    assert [p.name for p in persons.kept()] == ["alice", "张 伟"]
    assert zhang.colour == "teal"
    assert not zhang.guest
    assert not zhang.has_pin
    assert persons.find("张 伟") == persons.get(zhang.id)
    with pytest.raises(UnknownPersonError):
        persons.find("visitor")  # guests are nobody's profile


def test_names_are_unique_among_profiles_whatever_the_case(services: AppServices) -> None:
    persons = services.persons
    alice = persons.create("Alice")
    with pytest.raises(DuplicateNameError):
        persons.create("ALICE ")
    bob = persons.create("Bob")
    with pytest.raises(DuplicateNameError):
        persons.rename(bob.id, "alice")
    assert persons.rename(alice.id, "alice").name == "alice"  # its own name, new case
    with pytest.raises(PersonError):
        persons.create(" ")
    with pytest.raises(PersonError):
        persons.create("x" * 81)
    with pytest.raises(PersonError):
        persons.create("tab\there\x07")
    with pytest.raises(PersonError):
        persons.create("Carol", colour="ultraviolet")


def test_the_same_name_may_be_in_two_groups(services: AppServices, clock: Clock) -> None:
    def two_classes(session: Session) -> tuple[int, int]:
        a = person_repo.add_group(session, "初二(3)班", now=clock.now)
        b = person_repo.add_group(session, "初二(4)班", now=clock.now)
        for group, number in ((a, "01"), (b, "01")):
            add_kept(session, "王芳", now=clock.now, group_id=group, roster_number=number)
        return a, b

    a, b = services.db.run(two_classes)
    home = services.persons.create("王芳")
    assert [p.roster_number for p in services.persons.kept(a)] == ["01"]
    assert services.persons.kept(b)[0].group_name == "初二(4)班"
    assert services.persons.kept() == [home]
    assert len(services.persons.kept(every_group=True)) == 3
    with pytest.raises(DuplicateNameError):
        services.db.run(lambda s: add_kept(s, " 王芳 ", now=clock.now, group_id=a))


def test_a_profile_plays_and_renaming_keeps_its_history(services: AppServices) -> None:
    mei = services.persons.create("韩梅梅")
    first = play(services, mei.id, right=False)
    services.persons.rename(mei.id, "Meimei")
    second = play(services, mei.id, right=True)
    mine = services.results.attempts(ResultFilter(person_id=mei.id))
    assert [(a.id, a.player, a.person_id) for a in mine] == [
        (first, "Meimei", mei.id),
        (second, "Meimei", mei.id),
    ]
    # a guest's attempt is its own person's, named as typed
    guest_attempt = play(services, None, right=True, player="路人")
    (guest,) = services.results.attempts(ResultFilter(attempt_id=guest_attempt))
    assert guest.player == "路人"
    assert guest.person_id not in (None, mei.id)


def test_the_last_profile_used_is_preselected(services: AppServices, clock: Clock) -> None:
    persons = services.persons
    a, b = persons.create("A"), persons.create("B")
    assert persons.last_used() is None
    play(services, b.id, right=True)
    assert persons.last_used() == persons.get(b.id)
    clock.now += dt.timedelta(minutes=5)
    persons.touch(a.id)
    last = persons.last_used()
    assert last is not None
    assert last.id == a.id
    assert last.last_seen_at == clock.now
    play(services, None, right=True, player="guest")  # a guest changes nothing
    assert persons.last_used() == last


def test_delete_says_how_much_and_takes_it_all(services: AppServices, clock: Clock) -> None:
    persons = services.persons
    gone, stays = persons.create("Gone"), persons.create("Stays")
    for right in (True, False):
        play(services, gone.id, right=right)
    play(services, stays.id, right=False)
    persons.put_settings(gone.id, {"daily_goal": "10"})
    expected = PersonData(attempts=2, answers=6, review_cards=3)  # the missed three
    assert persons.data_of(gone.id) == expected
    assert persons.delete(gone.id) == expected
    with pytest.raises(UnknownPersonError):
        persons.get(gone.id)
    assert [a.person_id for a in services.results.attempts(ResultFilter())] == [stays.id]
    assert persons.data_of(stays.id) == PersonData(attempts=1, answers=3, review_cards=3)
    with pytest.raises(UnknownPersonError):
        persons.delete(gone.id)


def test_a_pin_keeps_a_profile_private(
    services: AppServices, clock: Clock, cheap_scrypt: None
) -> None:
    persons = services.persons
    kid = persons.create("Kid", pin="2468")
    assert kid.has_pin
    stored = services.db.run(lambda s: person_repo.pin_hash(s, kid.id))
    assert stored is not None
    assert "2468" not in stored
    assert pin_hash.pin_matches("2468", stored)
    assert persons.check_pin(kid.id, "2468").ok
    for left in (4, 3, 2, 1):
        check = persons.check_pin(kid.id, "0000")
        assert not check.ok
        assert check.tries_left == left
        assert check.locked_seconds == 0
    locked = persons.check_pin(kid.id, "0000")
    assert not locked.ok
    assert locked.locked_seconds > 0
    assert not persons.check_pin(kid.id, "2468").ok  # locked: even the right PIN waits
    clock.now += dt.timedelta(seconds=locked.locked_seconds)
    assert persons.check_pin(kid.id, "2468").ok
    assert persons.check_pin(kid.id, "0000").tries_left == 4  # the count starts again
    assert persons.check_pin(persons.create("Open").id, "").ok  # no PIN: opens
    assert not persons.set_pin(kid.id, None).has_pin
    with pytest.raises(PersonError):
        persons.set_pin(kid.id, "12345")
    with pytest.raises(PersonError):
        persons.create("Other", pin="12a4")


def test_an_older_cheaper_pin_hash_is_brought_up_to_date(
    services: AppServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pin_hash, "SCRYPT_N", 2**10)
    kid = services.persons.create("Kid", pin="1357")
    monkeypatch.setattr(pin_hash, "SCRYPT_N", 2**11)
    assert services.persons.check_pin(kid.id, "1357").ok
    stored = services.db.run(lambda s: person_repo.pin_hash(s, kid.id))
    assert stored is not None
    assert pin_hash.is_current(stored)


def test_a_deleted_group_lets_its_persons_go(services: AppServices, clock: Clock) -> None:
    def make(session: Session) -> int:
        group = person_repo.add_group(session, "Chess club", now=clock.now)
        add_kept(session, "Li", now=clock.now, group_id=group)
        return group

    group = services.db.run(make)
    services.db.run(lambda s: person_repo.delete_group(s, group))
    (li,) = services.persons.kept()
    assert li.name == "Li"
    assert li.group_id is None
