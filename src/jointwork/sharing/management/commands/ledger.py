"""`jointwork ledger verify [--export FILE] [--json]`: re-compute the sharing ledger's hash chain.

Exit 0 when the chain is intact and ends at the recorded head; 1 when an entry is broken or
entries are missing (named on stderr); 2 for bad input. `--export FILE` writes a bundle whose
header carries the recorded head; docs/sharing.md shows how to verify it offline.
"""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import CommandError

from jointwork.cli_support import MachineCommand, bad_input
from jointwork.sharing.ledger import LedgerError, entry_from_stored, export_bundle
from jointwork.sharing.selectors import ledger_head, ledger_rows, ledger_verify

BROKEN = 1


class Command(MachineCommand):
    help = "Verify the sharing ledger (and optionally export it as a bundle)."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", metavar="{verify}", required=True)
        verify = sub.add_parser(
            "verify", help="re-compute the chain; report the first broken or missing entry"
        )
        verify.add_argument("--export", metavar="FILE", help="write a verifiable bundle to FILE")
        verify.add_argument("--json", action="store_true", help="print the result as JSON")

    def handle(self, *args, action: str, export: str | None = None, json: bool = False, **options):
        head = ledger_head()
        result = ledger_verify()
        if json:
            self.write_json(result.as_json())
        elif result.ok:
            self.stdout.write(f"Ledger OK: {result.count} entries, head {result.head}")
        if not result.ok:
            where = f" at entry {result.broken_seq}" if result.broken_seq else ""
            raise CommandError(f"ledger broken{where}: {result.problem}", returncode=BROKEN)
        if export:
            try:
                # Up to the head read before verifying: later appends belong to the next export.
                upto = head.seq if head else 0
                entries = [entry_from_stored(*row) for row in ledger_rows(upto=upto)]
                Path(export).write_bytes(export_bundle(entries, head))
            except (OSError, LedgerError) as exc:
                raise bad_input(f"{export}: cannot export: {exc}") from exc
            if not json:
                self.stdout.write(f"Exported {len(entries)} entries to {export}")
