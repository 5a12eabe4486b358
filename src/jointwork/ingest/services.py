"""Writes for ingestion: save a parsed document as a draft version, run upload jobs, review.

A parsed document (the ``jointwork ingest --json`` contract, see DESIGN.md) becomes a draft
:class:`AgreementVersion` with its clause tree and *candidate* obligations. Nothing counts until
a person confirms it: only confirmed obligations feed the calendar.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from jointwork.accounts.models import Organisation
from jointwork.audit.services import audit_record
from jointwork.ingest.matching import OrgRef, match_names
from jointwork.ingest.models import IngestJob, JobState
from jointwork.ingest.pipeline import parse_document
from jointwork.ingest.readers import IngestError
from jointwork.obligations.models import Obligation, ObligationKind, ObligationState
from jointwork.obligations.services import (
    _obligation_snapshot,
    obligation_confirm,
    obligation_create,
    obligation_reject,
)
from jointwork.register.models import Agreement, AgreementVersion, Clause
from jointwork.register.services import ClauseInput, version_create

log = logging.getLogger(__name__)

# Documents up to this size are parsed while the upload request waits; larger ones go to the
# background worker with a progress page (a 15 kB agreement parses in milliseconds).
INLINE_PARSE_MAX_BYTES = 256 * 1024


def _require_change(actor: Any, agreement: Agreement) -> None:
    if actor is not None and not actor.has_perm("register.change_agreement", agreement):
        raise PermissionDenied("You may not change this agreement's versions or duties.")


# ---------------------------------------------------------------------------------------------
# Saving a parsed document


@dataclass
class DraftResult:
    version: AgreementVersion
    obligations: list[Obligation]
    # What a reviewer must look at: parser warnings plus names that matched no organisation.
    warnings: list[str] = field(default_factory=list)


def _flatten(clauses: Iterable[Mapping[str, Any]], parent: str | None) -> Iterator[ClauseInput]:
    for item in clauses:
        span = item.get("span") or (None, None)
        yield ClauseInput(
            path=item["path"],
            number=item.get("number") or "",
            heading=item.get("heading") or "",
            text=item.get("text") or "",
            parent_path=parent,
            start=span[0],
            end=span[1],
        )
        yield from _flatten(item.get("children") or (), item["path"])


def _org_refs(agreement: Agreement) -> list[OrgRef]:
    parties = set(agreement.parties.values_list("organisation_id", flat=True))
    return [
        OrgRef(slug=o.slug, name=o.name, short_name=o.short_name, is_party=o.pk in parties)
        for o in Organisation.objects.only("pk", "slug", "name", "short_name")
    ]


def value_spans(obligation: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The character spans of an extracted obligation's values, as ``{field, start, end}``.

    The contract gives ``quote_span`` as [start, end] and ``spans`` as field -> [start, end]
    or, for names, field -> a list of [start, end].
    """
    fields = {"quote": obligation.get("quote_span"), **(obligation.get("spans") or {})}
    out: list[dict[str, Any]] = []
    for name, value in fields.items():
        if not value:
            continue
        pairs = value if isinstance(value[0], list | tuple) else [value]
        out.extend({"field": name, "start": p[0], "end": p[1]} for p in pairs if len(p) == 2)
    return out


def _names(value: Any) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


@transaction.atomic
def draft_save(
    *,
    actor: Any,
    agreement: Agreement,
    document: Mapping[str, Any],
    text: str,
    source_name: str,
) -> DraftResult:
    """Store a parsed document as a draft version with its clauses and candidate obligations.

    One transaction: a bad clause tree or obligation leaves nothing behind. Bearer and
    counterparty names are mapped to organisations (exact, then fuzzy); names that match no
    organisation are kept on the obligation's details and reported as warnings.
    """
    _require_change(actor, agreement)
    version = version_create(
        actor=actor,
        agreement=agreement,
        text=text,
        label=(document.get("title") or "")[:200],
        source_name=source_name[:255],
        change_note=f"Ingested from {source_name} (file sha256 {document.get('sha256', '')}).",
        clauses=list(_flatten(document.get("clauses") or (), None)),
    )
    clauses = {c.path: c for c in Clause.objects.filter(version=version)}
    orgs = {o.slug: o for o in Organisation.objects.all()}
    refs = _org_refs(agreement)
    warnings = list(document.get("warnings") or [])
    created: list[Obligation] = []
    for index, item in enumerate(document.get("obligations") or (), start=1):
        kind = item.get("kind") or ObligationKind.OTHER
        if kind not in ObligationKind.values:
            warnings.append(f"Obligation {index}: unknown kind {kind!r}, saved as 'other'.")
            kind = ObligationKind.OTHER
        bearers = match_names(_names(item.get("bearer")), refs)
        counterparties = match_names(_names(item.get("counterparty")), refs)
        for name in bearers.unmatched + counterparties.unmatched:
            warnings.append(
                f"Obligation {index} (clause {item.get('clause')}): no organisation "
                f"matches {name!r}; choose one when reviewing."
            )
        trigger = item.get("trigger") or {}
        path = item.get("clause") or ""
        if path and path not in clauses:
            warnings.append(f"Obligation {index}: cites clause {path!r}, which was not found.")
        created.append(
            obligation_create(
                actor=actor,
                agreement=agreement,
                version=version,
                kind=kind,
                # A summary is required; fall back to the words it came from.
                summary=item.get("summary") or (item.get("quote") or "")[:300] or kind,
                bearers=[orgs[s] for s in bearers.slugs],
                counterparties=[orgs[s] for s in counterparties.slugs],
                clause=clauses.get(path),
                clause_path=path,
                quote=item.get("quote") or "",
                rrule=item.get("recurrence") or "",
                trigger_event=trigger.get("event") or "",
                trigger_offset=trigger.get("offset") or "",
                details={
                    "source": "ingest",
                    "spans": value_spans(item),
                    "names": {
                        "bearer": _names(item.get("bearer")),
                        "counterparty": _names(item.get("counterparty")),
                    },
                    "matched": bearers.how + counterparties.how,
                    "unmatched": bearers.unmatched + counterparties.unmatched,
                },
            )
        )
    return DraftResult(version=version, obligations=created, warnings=warnings)


# ---------------------------------------------------------------------------------------------
# Upload jobs


@transaction.atomic
def ingest_job_create(*, actor: Any, agreement: Agreement, data: bytes, filename: str) -> IngestJob:
    """Record an upload; the caller runs it inline or enqueues :func:`ingest_job_run`."""
    _require_change(actor, agreement)
    job = IngestJob.objects.create(
        agreement=agreement,
        created_by=actor if getattr(actor, "is_authenticated", False) else None,
        source_name=filename[:255],
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        data=data,
    )
    audit_record(
        actor=actor,
        event="ingest_job.create",
        target=job,
        after={"source_name": job.source_name, "sha256": job.sha256, "size": job.size},
        agreement=agreement,
    )
    return job


def _progress(job_id: int, **fields: Any) -> None:
    IngestJob.objects.filter(pk=job_id).update(**fields)


def ingest_job_run(*, job_id: int) -> IngestJob:
    """Parse an upload and save its draft. Safe to run again: a finished job is left as it is.

    Parsing happens outside any transaction (it can take seconds); the draft and the job's
    "done" state are then written in one transaction, under a lock on the job, so a task that
    runs twice still creates one version.
    """
    job = IngestJob.objects.select_related("agreement", "created_by").get(pk=job_id)
    if job.is_finished:
        return job
    _progress(job_id, state=JobState.RUNNING, progress=10)
    try:
        parsed = parse_document(bytes(job.data), job.source_name)
    except IngestError as exc:
        return _fail(job_id, str(exc))
    except Exception:  # a parser bug must not leave the job "running" for ever
        log.exception("ingest job %s failed while parsing", job_id)
        return _fail(
            job_id, f"{job.source_name}: the document could not be parsed (internal error)"
        )
    _progress(job_id, progress=70)
    try:
        with transaction.atomic():
            locked = IngestJob.objects.select_for_update().get(pk=job_id)
            if locked.is_finished:
                return locked
            result = draft_save(
                actor=job.created_by,
                agreement=job.agreement,
                document=parsed.to_json(),
                text=parsed.text,
                source_name=job.source_name,
            )
            locked.state = JobState.DONE
            locked.progress = 100
            locked.version = result.version
            locked.warnings = result.warnings
            locked.data = b""
            locked.save()
            return locked
    except (ValidationError, PermissionDenied) as exc:
        return _fail(job_id, f"{job.source_name}: the draft could not be saved: {_message(exc)}")


def _message(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        return "; ".join(exc.messages)
    return str(exc)


def _fail(job_id: int, message: str) -> IngestJob:
    _progress(job_id, state=JobState.FAILED, progress=100, error=message)
    return IngestJob.objects.get(pk=job_id)


# ---------------------------------------------------------------------------------------------
# Review of candidate obligations


def _require_candidate(obligation: Obligation) -> None:
    if obligation.state != ObligationState.CANDIDATE:
        raise ValidationError(
            f"This duty is already {obligation.get_state_display().lower()}; "
            "only candidates can be edited, confirmed or rejected here."
        )


@transaction.atomic
def candidate_update(
    *,
    actor: Any,
    obligation: Obligation,
    kind: str,
    summary: str,
    bearers: Sequence[Organisation],
    counterparties: Sequence[Organisation] = (),
    rrule: str = "",
    trigger_event: str = "",
    trigger_offset: str = "",
    clause: Clause | None = None,
) -> Obligation:
    """Correct a candidate obligation before it is confirmed (audited with old and new values)."""
    obligation = Obligation.objects.select_for_update().get(pk=obligation.pk)
    _require_change(actor, obligation.agreement)
    _require_candidate(obligation)
    if clause is not None and clause.version_id != obligation.version_id:
        raise ValidationError({"clause": "The clause must belong to the version under review."})
    before = _obligation_snapshot(obligation)
    obligation.kind = kind
    obligation.summary = summary
    obligation.rrule = rrule
    obligation.trigger_event = trigger_event
    obligation.trigger_offset = trigger_offset
    obligation.clause = clause
    obligation.clause_path = clause.path if clause is not None else obligation.clause_path
    obligation.full_clean(exclude=["bearers", "counterparties"])
    obligation.save()
    obligation.bearers.set(bearers)
    obligation.counterparties.set(counterparties)
    after = _obligation_snapshot(obligation)
    if after != before:
        audit_record(
            actor=actor,
            event="obligation.update",
            target=obligation,
            before=before,
            after=after,
            agreement=obligation.agreement,
        )
    return obligation


@transaction.atomic
def candidate_confirm(*, actor: Any, obligation: Obligation) -> Obligation:
    """Confirm a reviewed candidate: from now on it counts (calendar, reminders)."""
    obligation = Obligation.objects.select_for_update().get(pk=obligation.pk)
    _require_change(actor, obligation.agreement)
    _require_candidate(obligation)
    if not obligation.bearers.exists():
        raise ValidationError({"bearers": "Say who bears this duty before confirming it."})
    return obligation_confirm(actor=actor, obligation=obligation)


@transaction.atomic
def candidate_reject(*, actor: Any, obligation: Obligation, reason: str = "") -> Obligation:
    """Reject a candidate the parser got wrong; it stays on record, audited, but never counts."""
    obligation = Obligation.objects.select_for_update().get(pk=obligation.pk)
    _require_change(actor, obligation.agreement)
    _require_candidate(obligation)
    return obligation_reject(actor=actor, obligation=obligation, reason=reason)
