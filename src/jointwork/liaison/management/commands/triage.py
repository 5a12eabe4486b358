"""`jointwork triage FILE|- [--json]`: name the lead body for an incident's facts.

Contract (DESIGN.md): JSON on stdout with --json; exit 0 on success; exit 2 with a one-line
message on stderr naming what is wrong (unreadable file, malformed JSON, unknown or missing facts).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from jointwork.liaison.facts import FactsError, loads_facts
from jointwork.liaison.table import Triage, default_table


def _read(source: str) -> bytes:
    if source == "-":
        return sys.stdin.buffer.read()
    try:
        return Path(source).read_bytes()
    except OSError as exc:
        raise CommandError(f"cannot read {source}: {exc.strerror}", returncode=2) from None


def _human(result: Triage) -> str:
    lines = [f"Lead: {result.lead}"]
    if result.candidates:
        lines.append(f"Bodies to agree who leads: {', '.join(result.candidates)}")
    lines.append(f"Notify: {', '.join(result.notify) or 'nobody else'}")
    lines.append(f"Why (table {result.table_version}):")
    lines += [f"  [{r.rule}] {r.text}\n      {r.citation}" for r in result.reasons]
    return "\n".join(lines)


class Command(BaseCommand):
    help = "Name the lead body for a health and safety incident, who to notify, and why."
    # Pure evaluation: no database; system check warnings would break the one-line stderr.
    requires_system_checks: list[str] = []

    def add_arguments(self, parser) -> None:
        parser.add_argument("file", help="facts as a JSON object: a file path, or - for stdin")
        parser.add_argument("--json", action="store_true", help="print the result as JSON")

    def handle(self, *args, **options) -> None:
        source = options["file"]
        try:
            given = loads_facts(_read(source))
        except FactsError as exc:
            name = "stdin" if source == "-" else source
            raise CommandError(f"{name}: {exc}", returncode=2) from None
        result = default_table().triage(given)
        if options["json"]:
            self.stdout.write(json.dumps(result.as_dict(), ensure_ascii=False))
        else:
            self.stdout.write(_human(result))
