"""`jointwork share decide FILE|- [--json]`: decide a share request (DESIGN.md contract).

Deciding here records nothing: filing a request (pages, API) is what puts it on the ledger.
Exit 0 with the decision; exit 2 with one line on stderr for bad input.
"""

from __future__ import annotations

import json

from jointwork.cli_support import MachineCommand, bad_input, read_source, source_label
from jointwork.sharing.request import RequestError, parse_request
from jointwork.sharing.services import share_decide


class Command(MachineCommand):
    help = "Decide an information share under its agreement and the law."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", metavar="{decide}", required=True)
        decide = sub.add_parser("decide", help="decide a request read from FILE or - (stdin)")
        decide.add_argument("file", metavar="FILE", help="a JSON request file, or - for stdin")
        decide.add_argument("--json", action="store_true", help="print the decision as JSON")

    def handle(self, *args, action: str, file: str, json: bool = False, **options):
        label = source_label(file)
        data = _parse(read_source(file), label)
        try:
            decision = share_decide(data=parse_request(data))
        except RequestError as exc:
            raise bad_input(f"{label}: {exc}") from exc
        if json:
            self.write_json(decision.as_json())
            return
        self.stdout.write(f"{decision.decision} ({decision.basis}) under {decision.policy_version}")
        for reason in decision.reasons:
            self.stdout.write(
                f"- [{reason.effect}] {reason.rule}: {reason.text} ({reason.citation})"
            )


def _parse(raw: bytes, label: str):
    try:
        return json.loads(raw)
    except ValueError as exc:  # UnicodeDecodeError included
        raise bad_input(f"{label}: malformed JSON: {exc}") from exc
