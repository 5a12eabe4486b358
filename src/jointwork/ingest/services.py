"""Writes for ingestion: save a parsed document as a draft version, run upload jobs, review.

A parsed document (the ``jointwork ingest --json`` contract, see DESIGN.md) becomes a draft
:class:`AgreementVersion` with its clause tree and *candidate* obligations. Nothing counts until
a person confirms it: only confirmed obligations feed the calendar.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from jointwork.accounts.models import Organisation
from jointwork.audit.services import audit_record
from jointwork.ingest import scope
from jointwork.ingest.contact_services import contacts_store
from jointwork.ingest.isolation import Bounds, parse_isolated
from jointwork.ingest.matching import OrgRef, match_names
from jointwork.ingest.models import IngestJob, JobState
from jointwork.ingest.pipeline import ParsedDocument
from jointwork.ingest.readers import IngestError
from jointwork.obligations import vocabulary
from jointwork.obligations.models import Obligation, ObligationKind, ObligationState
from jointwork.obligations.recurrence import london
from jointwork.obligations.services import (
    obligation_confirm,
    obligation_create,
    obligation_reject,
    obligation_update,
)
from jointwork.register.models import Agreement, AgreementVersion, Clause, VersionState
from jointwork.register.services import (
    ClauseInput,
    version_clauses_replace,
    version_create,
    version_update,
)

log = logging.getLogger(__name__)

# Documents up to this size are parsed while the upload request waits; larger ones go to the
# background worker with a progress page (a 15 kB agreement parses in milliseconds).
INLINE_PARSE_MAX_BYTES = 256 * 1024


def document_parse(data: bytes, filename: str) -> ParsedDocument:
    """Parse a document a person sent in, in a child process that is stopped when it needs more
    than ``JOINTWORK_INGEST_SECONDS`` or ``JOINTWORK_INGEST_MEMORY_MB`` (``IngestError``)."""
    bounds = Bounds(
        seconds=settings.JOINTWORK_INGEST_SECONDS, memory_mb=settings.JOINTWORK_INGEST_MEMORY_MB
    )
    return parse_isolated(data, filename, bounds)


def _require_change(actor: Any, agreement: Agreement | None) -> None:
    # A duty with no agreement (a forum's) was never ingested, so it is not reviewed here.
    if agreement is None:
        raise PermissionDenied("This duty belongs to no agreement; it is not reviewed here.")
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


@dataclass(frozen=True)
class Schedule:
    """An extracted duty's rhythm or trigger as the obligations engine stores it."""

    rrule: str = ""
    event: str = ""
    offset: str = ""
    region: str = "eng"
    # False for a duty that will never make due items on its own: no rhythm and no trigger that
    # can be put on a calendar with an offset (e.g. a review "at the request of either party").
    scheduled: bool = False
    problems: tuple[str, ...] = ()


def engine_schedule(item: Mapping[str, Any]) -> Schedule:
    """Translate the contract's ``recurrence``/``window`` and ``trigger`` (ISO 8601 offset with a
    ``working_days`` flag) into the engine's ``rrule``/``trigger_event``/``trigger_offset``."""
    problems: list[str] = []
    try:
        rrule = vocabulary.engine_rhythm(item.get("recurrence"), item.get("window"))
    except vocabulary.VocabularyError as exc:
        rrule, problems = "", [f"{exc}; set the rhythm when reviewing."]
    trigger = item.get("trigger") or {}
    event = trigger.get("event") or ""
    try:
        offset = vocabulary.engine_offset(
            trigger.get("offset"), working_days=bool(trigger.get("working_days"))
        )
    except vocabulary.VocabularyError as exc:
        offset = ""
        problems.append(f"{exc}; set the offset when reviewing.")
    region = "eng"
    if event:
        try:
            kind = vocabulary.event_kind(event)
        except vocabulary.VocabularyError as exc:
            # Kept on the duty for the reviewer, but it cannot be confirmed until corrected.
            problems.append(f"{exc}; choose a known event when reviewing.")
        else:
            region = kind.region or region
    scheduled = bool(rrule) or (vocabulary.is_scheduled(event) and bool(offset))
    return Schedule(rrule, event, offset, region, scheduled, tuple(problems))


# Rhythms start when the agreement comes into force, by the end of the working day (the built-in
# duties use 17:00 too); without a date they start when the duty is created.
RHYTHM_START = dt.time(17, 0)


def rhythm_anchor(document: Mapping[str, Any], agreement: Agreement) -> dt.datetime | None:
    """When an ingested rhythm starts: the document's in-force (or signature) date, else the
    register's; month-only dates ("2015-02") start on the first of the month."""
    for value in (document.get("in_force"), document.get("signed"), agreement.in_force_on):
        if not value:
            continue
        text = value.isoformat() if isinstance(value, dt.date) else str(value)
        try:
            day = dt.date.fromisoformat(text if len(text) > 7 else f"{text}-01")
        except ValueError:
            continue
        return london(dt.datetime.combine(day, RHYTHM_START))
    return None


def _candidates_store(
    *,
    actor: Any,
    agreement: Agreement,
    version: AgreementVersion,
    document: Mapping[str, Any],
    skip: frozenset[tuple[str, str, str]] = frozenset(),
) -> tuple[list[Obligation], list[str]]:
    """Create one candidate obligation per extracted duty of ``document`` on ``version``,
    whose clauses are already stored; returns them and the warnings for the reviewer.

    ``skip`` holds (kind, clause path, quote) of duties a person already confirmed or rejected:
    extracting the same words again would only ask them the same question twice.
    """
    clauses = {c.path: c for c in Clause.objects.filter(version=version)}
    anchor = rhythm_anchor(document, agreement)
    orgs = {o.slug: o for o in Organisation.objects.all()}
    refs = _org_refs(agreement)
    warnings = list(document.get("warnings") or [])
    created: list[Obligation] = []
    for index, item in enumerate(document.get("obligations") or (), start=1):
        kind = item.get("kind") or ObligationKind.OTHER
        if kind not in ObligationKind.values:
            warnings.append(f"Obligation {index}: unknown kind {kind!r}, saved as 'other'.")
            kind = ObligationKind.OTHER
        if (kind, item.get("clause") or "", item.get("quote") or "") in skip:
            continue
        bearers = match_names(_names(item.get("bearer")), refs)
        counterparties = match_names(_names(item.get("counterparty")), refs)
        for name in bearers.unmatched + counterparties.unmatched:
            warnings.append(
                f"Obligation {index} (clause {item.get('clause')}): no organisation "
                f"matches {name!r}; choose one when reviewing."
            )
        path = item.get("clause") or ""
        if path and path not in clauses:
            warnings.append(f"Obligation {index}: cites clause {path!r}, which was not found.")
        schedule = engine_schedule(item)
        warnings.extend(
            f"Obligation {index} (clause {path}): {problem}" for problem in schedule.problems
        )
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
                rrule=schedule.rrule,
                trigger_event=schedule.event,
                trigger_offset=schedule.offset,
                region=schedule.region,
                anchor_at=anchor,
                details={
                    "source": "ingest",
                    # what the document said, in the ingest contract's terms
                    "contract": {
                        "recurrence": item.get("recurrence"),
                        "window": item.get("window"),
                        "trigger": item.get("trigger"),
                    },
                    "scheduled": schedule.scheduled,
                    # "keywords": the kind was guessed by the fallback, not read by a rule
                    "basis": item.get("basis") or "rule",
                    **scope.sharing_details(kind, item.get("quote") or ""),
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
    return created, warnings


@transaction.atomic
def draft_save(
    *,
    actor: Any,
    agreement: Agreement,
    document: Mapping[str, Any],
    text: str,
    source_name: str,
) -> DraftResult:
    """Store a parsed document as a draft version with its clauses, candidate obligations and
    the contacts it names (``contact_services.contacts_store``).

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
    created, warnings = _candidates_store(
        actor=actor, agreement=agreement, version=version, document=document
    )
    contacts_store(version=version, document=document, refs=_org_refs(agreement))
    return DraftResult(version=version, obligations=created, warnings=warnings)


# ---------------------------------------------------------------------------------------------
# Extracting a draft's own text (typed in the register, or edited after an upload)


def _extraction_source(version: AgreementVersion) -> str:
    return f"version-{version.number}.txt"


def draft_extract(*, actor: Any, version: AgreementVersion) -> DraftResult:
    """Read a draft's stored text as a ``.txt`` document and store its clauses and candidate
    duties the way an upload does (:func:`_candidates_store`).

    Candidates nobody has decided on yet are replaced. Confirmed and rejected duties are kept:
    they are linked to the new clause with the same path, or flagged ``clause_missing`` when
    the edited text no longer has it. Parsing happens before the transaction; the save checks
    the text did not change meanwhile.
    """
    agreement = version.agreement
    _require_change(actor, agreement)
    if version.state != VersionState.DRAFT:
        raise ValidationError(
            f"Version {version.number} is {version.get_state_display().lower()}: only a draft's "
            "text can be extracted again."
        )
    source_name = _extraction_source(version)
    read_sha256 = version.sha256
    try:
        parsed = _parse(version.text.encode(), source_name)
    except IngestError as exc:
        raise ValidationError(f"The text could not be read: {exc.problem}") from None
    document = parsed.to_json()
    with transaction.atomic():
        version = AgreementVersion.objects.select_for_update().get(pk=version.pk)
        if version.sha256 != read_sha256:
            raise ValidationError("The text changed while it was being read. Try again.")
        if version.state != VersionState.DRAFT:
            raise ValidationError("Only a draft's text can be extracted.")
        if parsed.text != version.text:
            # Spans point into the normalised text (line ends, joined hyphenation), as for an
            # upload, whose version holds the normalised text too.
            version = version_update(actor=actor, version=version, text=parsed.text)
        version_clauses_replace(
            actor=actor,
            version=version,
            clauses=list(_flatten(document.get("clauses") or (), None)),
        )
        replaced = list(
            Obligation.objects.filter(version=version, state=ObligationState.CANDIDATE)
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        Obligation.objects.filter(pk__in=replaced).delete()
        kept = list(Obligation.objects.filter(version=version).order_by("pk"))
        missing = _relink(version, kept)
        created, warnings = _candidates_store(
            actor=actor,
            agreement=agreement,
            version=version,
            document=document,
            skip=frozenset((o.kind, o.clause_path, o.quote) for o in kept),
        )
        contacts_store(version=version, document=document, refs=_org_refs(agreement))
        warnings += [
            f"A {o.get_state_display().lower()} duty cites clause {o.clause_path!r}, which the "
            "text no longer has: check it."
            for o in kept
            if o.pk in missing
        ]
        IngestJob.objects.create(
            agreement=agreement,
            created_by=actor if getattr(actor, "is_authenticated", False) else None,
            source_name=source_name,
            sha256=parsed.sha256,
            size=len(version.text.encode()),
            state=JobState.DONE,
            progress=100,
            version=version,
            warnings=warnings,
            text_sha256=version.sha256,
        )
        audit_record(
            actor=actor,
            event="version.extract",
            target=version,
            before={"candidates": replaced},
            after={
                "clauses": version.clauses.count(),
                "candidates": [o.pk for o in created],
                "kept": [o.pk for o in kept],
                "clause_missing": sorted(missing),
            },
            agreement=agreement,
        )
    return DraftResult(version=version, obligations=created, warnings=warnings)


def _relink(version: AgreementVersion, kept: list[Obligation]) -> set[int]:
    """Point kept duties at the new clause of the same path; the ids of those left without."""
    clauses = {c.path: c for c in Clause.objects.filter(version=version)}
    missing: set[int] = set()
    for obligation in kept:
        clause = clauses.get(obligation.clause_path)
        details = dict(obligation.details or {})
        if clause is None and obligation.clause_path:
            details["clause_missing"] = True
            missing.add(obligation.pk)
        else:
            details.pop("clause_missing", None)
        Obligation.objects.filter(pk=obligation.pk).update(clause=clause, details=details)
        obligation.clause, obligation.details = clause, details
    return missing


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


def ingest_inline(*, actor: Any, agreement: Agreement, data: bytes, filename: str) -> IngestJob:
    """Parse a small upload while the request waits, then record it and save its draft.

    A document that cannot be read raises ``IngestError`` before anything is written.
    """
    _require_change(actor, agreement)
    parsed = _parse(data, filename)
    job = ingest_job_create(actor=actor, agreement=agreement, data=data, filename=filename)
    return _job_finish(job, parsed)


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
        parsed = _parse(bytes(job.data), job.source_name)
    except IngestError as exc:
        return _fail(job_id, str(exc))
    _progress(job_id, progress=70)
    return _job_finish(job, parsed)


def _parse(data: bytes, filename: str) -> ParsedDocument:
    """:func:`document_parse`; a parser bug becomes a one-line ``IngestError`` (and a log entry
    with the traceback) rather than a job left "running" for ever or a server error page."""
    try:
        return document_parse(data, filename)
    except IngestError:
        raise
    except Exception:
        log.exception("parsing %s failed", filename)
        raise IngestError(filename, "the document could not be parsed (internal error)") from None


def _job_finish(job: IngestJob, parsed: ParsedDocument) -> IngestJob:
    """Save the draft of a parsed upload and mark its job done, in one transaction."""
    try:
        with transaction.atomic():
            locked = IngestJob.objects.select_for_update().get(pk=job.pk)
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
            locked.text_sha256 = result.version.sha256
            locked.warnings = result.warnings
            locked.data = b""
            locked.save()
            return locked
    except (ValidationError, PermissionDenied) as exc:
        return _fail(job.pk, f"{job.source_name}: the draft could not be saved: {_message(exc)}")


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
def candidate_update(*, actor: Any, obligation: Obligation, **changes: Any) -> Obligation:
    """Correct a candidate obligation before it is confirmed (``obligation_update``, audited)."""
    obligation = Obligation.objects.select_for_update().get(pk=obligation.pk)
    _require_change(actor, obligation.agreement)
    _require_candidate(obligation)
    return obligation_update(actor=actor, obligation=obligation, **changes)


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
