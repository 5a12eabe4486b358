"""Ingest API: parse a document (the ``jointwork ingest --json`` contract), list and confirm the
duties a draft version proposes."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404
from django.utils.datastructures import MultiValueDict
from ninja import File, Router, Schema
from ninja.errors import HttpError
from ninja.files import UploadedFile

from jointwork.accounts.auth import signed_in
from jointwork.ingest import selectors, services
from jointwork.ingest.forms import UploadForm
from jointwork.ingest.readers import IngestError
from jointwork.obligations.models import Obligation
from jointwork.register.models import AgreementVersion

router = Router(tags=["ingest"])


class CandidateOut(Schema):
    id: int
    state: str
    kind: str
    summary: str
    clause: str
    quote: str
    bearers: list[str]
    counterparties: list[str]
    rrule: str
    trigger_event: str
    trigger_offset: str
    # False when the duty will never make due items by itself (see obligations.vocabulary).
    scheduled: bool | None
    unmatched: list[str]
    details: dict[str, Any]


def _candidate_out(obligation: Obligation) -> dict[str, Any]:
    details = obligation.details or {}
    return {
        "id": obligation.pk,
        "state": obligation.state,
        "kind": obligation.kind,
        "summary": obligation.summary,
        "clause": obligation.clause_path,
        "quote": obligation.quote,
        "bearers": [o.slug for o in obligation.bearers.all()],
        "counterparties": [o.slug for o in obligation.counterparties.all()],
        "rrule": obligation.rrule,
        "trigger_event": obligation.trigger_event,
        "trigger_offset": obligation.trigger_offset,
        "scheduled": details.get("scheduled"),
        "unmatched": details.get("unmatched", []),
        "details": details,
    }


@router.post("/parse", auth=signed_in)
def parse(request, document: File[UploadedFile]) -> dict[str, Any]:
    """Parse an uploaded document without saving it; returns the DESIGN.md ingest contract.
    The same size, type, time and memory limits as the upload page (422 naming the problem)."""
    form = UploadForm(data={}, files=MultiValueDict({"document": [document]}))
    if not form.is_valid():
        raise HttpError(422, " ".join(map(str, form.errors["document"])))
    try:
        return services.document_parse(form.data_bytes, document.name or "upload").to_json()
    except IngestError as exc:
        raise HttpError(422, str(exc)) from exc


@router.get("/versions/{pk}/candidates", response=list[CandidateOut], auth=signed_in)
def candidates(request, pk: int):
    """The duties a version proposes, with their state, for members of the agreement's parties."""
    try:
        version = selectors.version_get(pk=pk)
    except AgreementVersion.DoesNotExist as exc:
        raise HttpError(404, "No such version.") from exc
    if not request.user.has_perm("register.view_private_agreement", version.agreement):
        raise HttpError(404, "No such version.")  # do not reveal private drafts
    rows = Obligation.objects.filter(version=version).prefetch_related("bearers", "counterparties")
    return [_candidate_out(o) for o in rows.order_by("id")]


@router.post("/duties/{pk}/confirm", response=CandidateOut, auth=signed_in)
def confirm(request, pk: int):
    """Confirm a candidate: it counts from now on, and a rhythm's due items appear at once."""
    obligation = get_object_or_404(Obligation, pk=pk, version__isnull=False)
    try:
        confirmed = services.candidate_confirm(actor=request.user, obligation=obligation)
    except PermissionDenied as exc:
        raise HttpError(403, str(exc)) from exc
    except ValidationError as exc:
        raise HttpError(409, " ".join(exc.messages)) from exc
    return _candidate_out(confirmed)
