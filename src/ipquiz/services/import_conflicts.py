"""Deciding, question by question, what an import does to questions the bank already has.

A question is "already there" when the bank has its id, or, for files that carry no
ids (Aiken) or carry other ids, when a bank question asks the same thing in a shared
language. What happens then is the user's choice (`OnConflict`); a replacement that
would lose a language, a source, an explanation or feedback is refused for the whole
file, before anything is written.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from ipquiz.bank.problems import BankFileError, Problem
from ipquiz.domain.conflicts import Loss, OnConflict, free_id, losses, same_question
from ipquiz.domain.question import Question
from ipquiz.storage import bank_repo
from ipquiz.storage.database import Session


@dataclass(frozen=True, slots=True)
class Refusal:
    """One replacement that would make the bank poorer."""

    question: str
    lost: tuple[Loss, ...]


class PoorerBankError(BankFileError):
    """The import would replace questions with poorer copies; nothing was written."""

    def __init__(self, file: str, refusals: Sequence[Refusal]) -> None:
        self.refusals = tuple(refusals)
        super().__init__(
            [
                Problem(
                    file,
                    0,
                    f"question {r.question}: replacing it would drop "
                    f"{', '.join(map(str, r.lost))}; the bank keeps its version",
                )
                for r in refusals
            ]
        )


@dataclass(frozen=True, slots=True)
class Resolution:
    write: tuple[Question, ...]  # new and replacing questions, with their final ids
    kept: tuple[str, ...]  # ids of bank questions left as they were
    replaced: tuple[str, ...]  # ids of bank questions overwritten
    renamed: tuple[tuple[str, str], ...]  # (id in the file, id given) for copies


def _bank_twin(session: Session, questions: Sequence[Question]) -> dict[str, Question]:
    """For each incoming question, the bank question it matches (by id, else content)."""
    live = bank_repo.active_ids(session, [q.id for q in questions])  # retired ones come back
    by_id = {q.id: q for q in _load(session, sorted(live))}
    prompts = [t.prompt for q in questions if q.id not in by_id for t in q.texts.values()]
    candidates: dict[str, list[Question]] = {}
    for old in bank_repo.questions_asking(session, prompts):
        for text in old.texts.values():
            candidates.setdefault(text.prompt, []).append(old)
    twins: dict[str, Question] = {}
    for q in questions:
        if q.id in by_id:
            twins[q.id] = by_id[q.id]
            continue
        for text in q.texts.values():
            match = next((o for o in candidates.get(text.prompt, ()) if same_question(o, q)), None)
            if match is not None:
                twins[q.id] = match
                break
    return twins


def _load(session: Session, ids: Sequence[str]) -> list[Question]:
    step = 500
    return [
        q
        for i in range(0, len(ids), step)
        for q in bank_repo.load_questions(session, ids[i : i + step])
    ]


def resolve(
    session: Session, questions: Sequence[Question], *, on_conflict: OnConflict, file: str
) -> Resolution:
    """What to write; raises PoorerBankError when a replacement would lose something."""
    twins = _bank_twin(session, questions)
    write: list[Question] = []
    kept: list[str] = []
    replaced: list[str] = []
    renamed: list[tuple[str, str]] = []
    refusals: list[Refusal] = []
    taken = {q.id for q in questions}
    for q in questions:
        old = twins.get(q.id)
        if old is None:
            write.append(q)
        elif on_conflict is OnConflict.KEEP:
            kept.append(old.id)
        elif on_conflict is OnConflict.REPLACE:
            lost = losses(old, q)
            if lost:
                refusals.append(Refusal(old.id, lost))
            else:
                write.append(dataclasses.replace(q, id=old.id))
                replaced.append(old.id)
        elif old.id != q.id:  # the same question under another id: a copy as it is
            write.append(q)
        else:
            new_id = _copy_id(session, q.id, taken)
            taken.add(new_id)
            write.append(dataclasses.replace(q, id=new_id))
            renamed.append((q.id, new_id))
    if refusals:
        raise PoorerBankError(file, refusals)
    return Resolution(tuple(write), tuple(kept), tuple(replaced), tuple(renamed))


def _copy_id(session: Session, wanted: str, taken: set[str]) -> str:
    """A fresh id for a copy: `wanted-2`, `wanted-3`… free in the file and the bank."""
    taken.add(wanted)
    while True:
        candidate = free_id(wanted, taken)
        if not bank_repo.existing_ids(session, [candidate]):
            return candidate
        taken.add(candidate)
