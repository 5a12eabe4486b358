"""`jointwork triage FILE|- [--json]`: name the lead body for an incident's facts.

Contract (DESIGN.md): JSON on stdout with --json; exit 0 on success; exit 2 with a one-line
message on stderr naming what is wrong (unreadable file, malformed JSON, unknown or missing facts).
"""

from __future__ import annotations

from jointwork.cli_support import MachineCommand, bad_input, read_source, source_label
from jointwork.liaison.facts import FactsError, loads_facts
from jointwork.liaison.table import Triage, default_table


def _human(result: Triage) -> str:
    lines = [f"Lead: {result.lead}"]
    if result.candidates:
        lines.append(f"Bodies to agree who leads: {', '.join(result.candidates)}")
    lines.append(f"Notify: {', '.join(result.notify) or 'nobody else'}")
    lines.append(f"Why (table {result.table_version}):")
    lines += [f"  [{r.rule}] {r.text}\n      {r.citation}" for r in result.reasons]
    return "\n".join(lines)


class Command(MachineCommand):
    help = "Name the lead body for a health and safety incident, who to notify, and why."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "file", metavar="FILE", help="facts as a JSON object: a file path, or - for stdin"
        )
        parser.add_argument("--json", action="store_true", help="print the result as JSON")

    def handle(self, *args, **options) -> None:
        source = options["file"]
        try:
            given = loads_facts(read_source(source))
        except FactsError as exc:
            raise bad_input(f"{source_label(source)}: {exc}") from None
        result = default_table().triage(given)
        if options["json"]:
            self.write_json(result.as_dict())
        else:
            self.stdout.write(_human(result))
