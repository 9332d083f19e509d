"""Certificates: who may have one (a passed exam), what it states, and checking a code."""

from __future__ import annotations

from ipquiz.domain.certificates import CertificateError, CertificateFacts, Sealed, read_code
from ipquiz.domain.language import LANGUAGES
from ipquiz.domain.results import StoredAttempt, passes, percent
from ipquiz.domain.scoring import profile_named
from ipquiz.domain.spec import Mode, QuizSpec
from ipquiz.storage import bank_repo, certificate_repo
from ipquiz.storage.database import Database, Session


def _sealed(stored: StoredAttempt, spec: QuizSpec) -> Sealed:
    assert stored.finished_at is not None
    return Sealed(
        attempt_id=stored.id,
        finished_at=stored.finished_at,
        score=stored.score,
        max_score=stored.max_score,
        quiz_set=spec.name.strip(),
    )


def _eligible(stored: StoredAttempt | None, attempt_id: int) -> tuple[StoredAttempt, QuizSpec]:
    """The attempt and its spec, if it earns a certificate; else why not."""
    if stored is None:
        raise CertificateError(f"there is no attempt {attempt_id}")
    spec = QuizSpec.from_dict(stored.spec)
    if spec.mode is not Mode.EXAM:
        raise CertificateError(f"attempt {attempt_id} is a {spec.mode.value}, not an exam")
    if stored.status != "finished" or stored.finished_at is None:
        raise CertificateError(f"attempt {attempt_id} was not finished")
    if not passes(stored.score, stored.max_score, spec.pass_mark):
        raise CertificateError(
            f"attempt {attempt_id} scored {percent(stored.score, stored.max_score)}%, "
            f"below the pass mark of {round(spec.pass_mark * 100)}%"
        )
    return stored, spec


def _topics(session: Session, stored: StoredAttempt, spec: QuizSpec) -> dict[str, tuple[str, ...]]:
    """The topics the exam covered (its questions' categories), named in each language."""
    ids = [item.question_id for item in stored.plan]
    covered = set(spec.categories) or {q.category for q in bank_repo.load_questions(session, ids)}
    ordered = [c for c, _ in bank_repo.list_categories(session) if c.id in covered]
    known = {c.id for c in ordered}
    return {
        lang: tuple([c.name(lang) for c in ordered] + sorted(covered - known)) for lang in LANGUAGES
    }


def _facts(session: Session, stored: StoredAttempt, spec: QuizSpec, code: str) -> CertificateFacts:
    profile = profile_named(stored.scoring_profile)
    assert stored.finished_at is not None
    return CertificateFacts(
        attempt_id=stored.id,
        name=stored.player,
        quiz_set=spec.name.strip(),
        points=profile.shown(stored.score),
        max_points=profile.shown(stored.max_score),
        percent=percent(stored.score, stored.max_score),
        pass_mark=spec.pass_mark,
        finished_at=stored.finished_at,
        topics=_topics(session, stored, spec),
        code=code,
    )


class CertificateService:
    """Certificates for passed exams, and their codes checked against this database."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def issue(self, attempt_id: int) -> CertificateFacts:
        """What the certificate of `attempt_id` states; CertificateError if it has none."""

        def work(session: Session) -> CertificateFacts:
            stored, spec = _eligible(certificate_repo.attempt(session, attempt_id), attempt_id)
            code = _sealed(stored, spec).code(certificate_repo.certificate_key(session))
            return _facts(session, stored, spec, code)

        return self._db.run(work)

    def verify(self, code: str) -> CertificateFacts:
        """The certificate `code` belongs to; CertificateError if no certificate of this
        database has it (a mistyped code, another database's, or a changed result)."""
        attempt_id, mac = read_code(code)
        unknown = CertificateError(f"no certificate of this database has the code {code.strip()}")

        def work(session: Session) -> CertificateFacts:
            key = certificate_repo.existing_key(session)
            stored = certificate_repo.attempt(session, attempt_id)
            if key is None or stored is None:
                raise unknown
            try:
                stored, spec = _eligible(stored, attempt_id)
            except CertificateError:
                raise unknown from None
            sealed = _sealed(stored, spec)
            if not sealed.matches(key, mac):
                raise unknown
            return _facts(session, stored, spec, sealed.code(key))

        return self._db.run(work)
