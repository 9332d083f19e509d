"""`ipquiz certificate …`: a passed exam's certificate as a PDF, and checking a code.

The PDF is drawn by Qt's own PDF writer, which lives in the GUI layer
(`ipquiz.gui.certificate_page`, QtGui only): the command imports it when it runs, and it
renders on Qt's offscreen platform, so no window or display is needed.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from ipquiz.cli.common import CliError, file_error, opened, output_path
from ipquiz.cli.results_commands import interface_language
from ipquiz.config import Locations
from ipquiz.domain.certificates import CertificateError, CertificateFacts
from ipquiz.domain.language import LANGUAGES, normalize_language
from ipquiz.reports.certificate_text import BOTH

DESCRIPTION = """\
A finished exam whose score reaches its pass mark earns a certificate: the person's name,
the quiz set, the score, the date, the topics and a short verification code. Without an
action, writes the certificate of --attempt to -o FILE.pdf; `verify CODE` checks a code
against this database.
"""


def certificate_language(value: str) -> str:
    if value.strip().lower() == BOTH:
        return BOTH
    try:
        return normalize_language(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{exc} or {BOTH}") from None


def add_parser(commands: Any) -> None:
    cert = commands.add_parser(
        "certificate",
        help="a passed exam's certificate (PDF), or check a code",
        description=DESCRIPTION,
    )
    cert.add_argument("--attempt", type=int, metavar="ID", help="the exam attempt's number")
    cert.add_argument("-o", "--output", metavar="FILE.pdf", help="the PDF file to write")
    cert.add_argument(
        "--lang",
        dest="certificate_lang",
        type=certificate_language,
        metavar="LANG",
        help=f"{' or '.join(LANGUAGES)}, or {BOTH} (a page in each; default: the interface language)",
    )
    cert.set_defaults(run=write_certificate, certificate_parser=cert)
    actions = cert.add_subparsers(dest="certificate_command", metavar="ACTION")
    verify = actions.add_parser(
        "verify",
        help="check a certificate's code against this database",
        description="Exit 0 and the certificate's facts if the code belongs to a certificate "
        "of this database; exit 1 if not (mistyped, from another database, or the result "
        "was changed after the certificate was made).",
    )
    verify.add_argument(
        "code", metavar="CODE", help="e.g. 3F-K7QD-2M9X (case, dashes and spaces do not matter)"
    )
    verify.add_argument("--json", action="store_true", help="print the facts as JSON")
    verify.set_defaults(run=verify_code)


def write_certificate(args: argparse.Namespace, locations: Locations) -> int:
    if args.attempt is None or not args.output:
        args.certificate_parser.error("give --attempt ID and -o FILE.pdf (or the verify action)")
    path = output_path(args.output)
    choice = args.certificate_lang or interface_language(args.lang)
    with opened(locations) as services:
        try:
            facts = services.certificates.issue(args.attempt)
        except CertificateError as exc:
            raise CliError(f"no certificate: {exc}") from None
    from ipquiz.gui.certificate_page import write_certificate as write_pdf

    try:
        write_pdf(path, facts, choice)
    except OSError as exc:
        raise file_error(path, exc, "write") from exc
    print(f"certificate {facts.code} for {facts.name} written to {path}")
    return 0


def facts_json(facts: CertificateFacts) -> dict[str, Any]:
    return {
        "valid": True,
        "code": facts.code,
        "attempt": facts.attempt_id,
        "name": facts.name,
        "quiz_set": facts.quiz_set,
        "points": facts.points,
        "max_points": facts.max_points,
        "percent": facts.percent,
        "pass_mark_percent": round(facts.pass_mark * 100),
        "finished_at": facts.finished_at.isoformat(),
        "topics": {lang: list(names) for lang, names in facts.topics.items()},
    }


def verify_code(args: argparse.Namespace, locations: Locations) -> int:
    with opened(locations) as services:
        try:
            facts = services.certificates.verify(args.code)
        except CertificateError as exc:
            if args.json:
                print(json.dumps({"valid": False, "code": args.code.strip(), "reason": str(exc)}))
            raise CliError(str(exc)) from None
    if args.json:
        print(json.dumps(facts_json(facts), ensure_ascii=False))
        return 0
    what = f"“{facts.quiz_set}”" if facts.quiz_set else "an exam"
    print(
        f"valid: certificate {facts.code}: {facts.name} passed {what} with {facts.percent}% "
        f"({facts.points:g} of {facts.max_points:g} points) on {facts.finished_at:%Y-%m-%d} "
        f"(attempt {facts.attempt_id})"
    )
    return 0
