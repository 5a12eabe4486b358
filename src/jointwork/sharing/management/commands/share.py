"""`jointwork share decide FILE|- [--json]`: decide a share request (DESIGN.md contract).

Deciding here records nothing: filing a request (pages, API) is what puts it on the ledger.
Exit 0 with the decision; exit 2 with one line on stderr for bad input.
"""

from __future__ import annotations

import json
import sys

from django.core.management.base import BaseCommand, CommandError

from jointwork.sharing.request import RequestError, parse_request
from jointwork.sharing.services import share_decide


class Command(BaseCommand):
    # Machine interface: stderr carries only the one-line error (no system-check warnings).
    requires_system_checks: list[str] = []
    help = "Decide an information share under its agreement and the law."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        decide = sub.add_parser("decide", help="decide a request read from FILE or - (stdin)")
        decide.add_argument("file", help="a JSON request file, or - for stdin")
        decide.add_argument("--json", action="store_true", help="print the decision as JSON")

    def handle(self, *args, action: str, file: str, json: bool = False, **options):
        data = _read_json(file)
        try:
            decision = share_decide(data=parse_request(data))
        except RequestError as exc:
            raise CommandError(f"{file}: {exc}", returncode=2) from exc
        if json:
            self.stdout.write(_dumps(decision.as_json()))
            return
        self.stdout.write(f"{decision.decision} ({decision.basis}) under {decision.policy_version}")
        for reason in decision.reasons:
            self.stdout.write(
                f"- [{reason.effect}] {reason.rule}: {reason.text} ({reason.citation})"
            )


def _dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


def _read_json(file: str):
    try:
        text = sys.stdin.read() if file == "-" else open(file, encoding="utf-8").read()  # noqa: SIM115
    except OSError as exc:
        raise CommandError(f"{file}: cannot read: {exc.strerror}", returncode=2) from exc
    try:
        return json.loads(text)
    except ValueError as exc:
        raise CommandError(f"{file}: malformed JSON: {exc}", returncode=2) from exc
