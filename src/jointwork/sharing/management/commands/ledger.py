"""`jointwork ledger verify [--export FILE] [--json]`: re-compute the sharing ledger's hash chain.

Exit 0 when the chain is intact, 1 when an entry is broken (named on stderr), 2 for bad input.
`--export FILE` writes a bundle that docs/sharing.md shows how to verify offline.
"""

from __future__ import annotations

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from jointwork.sharing.ledger import LedgerError, entry_from_stored, export_bundle
from jointwork.sharing.selectors import ledger_rows, ledger_verify


class Command(BaseCommand):
    # Machine interface: stderr carries only the one-line error (no system-check warnings).
    requires_system_checks: list[str] = []
    help = "Verify the sharing ledger (and optionally export it as a bundle)."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        verify = sub.add_parser(
            "verify", help="re-compute the chain; report the first broken entry"
        )
        verify.add_argument("--export", metavar="FILE", help="write a verifiable bundle to FILE")
        verify.add_argument("--json", action="store_true", help="print the result as JSON")

    def handle(self, *args, action: str, export: str | None = None, json: bool = False, **options):
        result = ledger_verify()
        if json:
            self.stdout.write(_dumps(result.as_json()))
        elif result.ok:
            self.stdout.write(f"Ledger OK: {result.count} entries, head {result.head}")
        if not result.ok:
            raise CommandError(
                f"ledger broken at entry {result.broken_seq}: {result.problem}", returncode=1
            )
        if export:
            try:
                entries = [entry_from_stored(*row) for row in ledger_rows()]
                Path(export).write_bytes(export_bundle(entries))
            except (OSError, LedgerError) as exc:
                raise CommandError(f"{export}: cannot export: {exc}", returncode=2) from exc
            if not json:
                self.stdout.write(f"Exported {len(entries)} entries to {export}")


def _dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)
