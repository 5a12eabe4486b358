"""``jointwork ingest FILE… [--json]``: parse agreements without saving (DESIGN.md contract).

Reads each path (or ``-`` for stdin), prints the parse as JSON with ``--json`` (one object for
one file, a list for several) or a short summary otherwise. Bad input exits 2 with a one-line
message on stderr naming the file and the problem. Saving a draft version (``--save
--agreement SLUG``) belongs to the ingest services.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from jointwork.ingest.pipeline import IngestError, Limits, parse_document


class Command(BaseCommand):
    help = "Parse agreement documents (txt, md, html, docx, pdf) into clauses, metadata and duties."
    # parse-only needs neither the database nor static files: keep stderr to the one-line error
    requires_system_checks: list = []

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", help="paths, or - to read standard input")
        parser.add_argument("--json", action="store_true", help="print the result as JSON")

    def handle(self, *args, files: list[str], json: bool, **options):
        limits = Limits()
        results = []
        for name in files:
            data = _read(name, limits.max_bytes)
            try:
                results.append(parse_document(data, "stdin" if name == "-" else Path(name).name))
            except IngestError as exc:
                raise CommandError(str(exc), returncode=2) from None
        if json:
            payload = [r.to_json() for r in results]
            self.stdout.write(_dumps(payload[0] if len(payload) == 1 else payload))
            return
        for r in results:
            meta = r.metadata
            self.stdout.write(
                f"{r.source}: {meta.type} '{meta.title}' between {', '.join(meta.party_names())}; "
                f"{sum(1 for _ in r.tree.walk())} clauses, {len(r.obligations)} obligation "
                f"candidates, {len(r.warnings)} warnings"
            )


def _read(name: str, max_bytes: int) -> bytes:
    try:
        if name == "-":
            return sys.stdin.buffer.read(max_bytes + 1)
        path = Path(name)
        if path.stat().st_size > max_bytes:
            raise CommandError(
                f"{path.name}: file is larger than {max_bytes // 1_048_576} MB", returncode=2
            )
        return path.read_bytes()
    except OSError as exc:
        raise CommandError(f"{name}: cannot read the file ({exc.strerror})", returncode=2) from None


def _dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)
