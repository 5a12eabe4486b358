"""``jointwork ingest FILE… [--json] [--save --agreement SLUG [--user NAME]]``: read agreements.

Without ``--save`` nothing is written: the command prints what it found (the DESIGN.md JSON
contract with ``--json``: one object for one file, an array for several). With ``--save`` the
document becomes a draft version of the agreement, with its clauses and candidate duties for a
person to review, recorded in the audit trail as the ``--user`` given (who must be allowed to
change the agreement) or as the system when none is given. Bad input exits 2 with one line on
stderr naming the file and the problem.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError

from jointwork.cli_support import MachineCommand, bad_input, read_source, source_label
from jointwork.ingest.pipeline import parse_document
from jointwork.ingest.readers import IngestError
from jointwork.ingest.services import draft_save
from jointwork.register.models import Agreement


def _read(path: str) -> tuple[bytes, str]:
    """The document's bytes and the name it goes by (``stdin`` for ``-``)."""
    return read_source(path), Path(source_label(path)).name


class Command(MachineCommand):
    help = "Read agreement documents into clauses, metadata and candidate duties."

    def add_arguments(self, parser) -> None:
        parser.add_argument("files", nargs="+", metavar="FILE", help="a document, or - for stdin")
        parser.add_argument("--json", action="store_true", help="print the JSON contract")
        parser.add_argument(
            "--save", action="store_true", help="store the document as a draft version"
        )
        parser.add_argument("--agreement", metavar="SLUG", help="the agreement to save it under")
        parser.add_argument(
            "--user", metavar="NAME", help="save as this user (audited; needs their permission)"
        )

    def handle(self, *args: Any, files: list[str], **options: Any) -> None:
        if options.get("user") and not options["save"]:
            raise bad_input("--user names who saves the draft: it needs --save")
        agreement = self._agreement(options) if options["save"] else None
        actor = self._actor(options.get("user")) if agreement is not None else None
        if agreement is not None and len(files) != 1:
            raise bad_input("--save takes exactly one FILE (one document becomes one version)")
        parsed = []
        for path in files:
            data, name = _read(path)
            try:
                parsed.append(parse_document(data, name))
            except IngestError as exc:
                raise bad_input(str(exc)) from None
        documents = [p.to_json() for p in parsed]
        if agreement is not None:
            documents[0]["saved"] = self._save(agreement, actor, parsed[0], documents[0])
        if options["json"]:
            payload = documents[0] if len(documents) == 1 else documents
            self.write_json(payload)
        else:
            for document in documents:
                self._describe(document)

    def _agreement(self, options: dict[str, Any]) -> Agreement:
        slug = options.get("agreement")
        if not slug:
            raise bad_input("--save needs --agreement SLUG (the agreement the version belongs to)")
        agreement = Agreement.objects.filter(slug=slug).first()
        if agreement is None:
            raise bad_input(f"--agreement {slug}: no agreement with that slug in the register")
        return agreement

    def _actor(self, username: str | None) -> Any:
        if not username:
            return None
        user = get_user_model().objects.filter(username=username, is_active=True).first()
        if user is None:
            raise bad_input(f"--user {username}: no active user with that name")
        return user

    def _save(
        self, agreement: Agreement, actor: Any, parsed: Any, document: dict[str, Any]
    ) -> dict[str, Any]:
        try:
            result = draft_save(
                actor=actor,
                agreement=agreement,
                document=document,
                text=parsed.text,
                source_name=document.get("source") or "",
            )
        except (ValidationError, PermissionDenied) as exc:
            detail = "; ".join(exc.messages) if isinstance(exc, ValidationError) else str(exc)
            raise bad_input(f"{document.get('source')}: not saved: {detail}") from None
        for warning in result.warnings:
            self.stderr.write(f"warning: {warning}")
        return {
            "agreement": agreement.slug,
            "version": result.version.number,
            "clauses": result.version.clauses.count(),
            "candidates": len(result.obligations),
            "warnings": result.warnings,
        }

    def _describe(self, document: dict[str, Any]) -> None:
        self.stdout.write(
            f"{document.get('source')}: {document.get('title') or 'untitled'} "
            f"({document.get('type') or 'type unknown'}); "
            f"{_count(document.get('clauses') or [])} clauses, "
            f"{len(document.get('obligations') or [])} duties found"
        )
        if saved := document.get("saved"):
            self.stdout.write(
                f"  saved as draft version {saved['version']} of {saved['agreement']} with "
                f"{saved['candidates']} candidate duties to review"
            )
        for warning in document.get("warnings") or []:
            self.stdout.write(f"  warning: {warning}")


def _count(clauses: list[dict[str, Any]]) -> int:
    return sum(1 + _count(c.get("children") or []) for c in clauses)
