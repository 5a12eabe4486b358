"""Liaison API: pure triage for anyone; incidents for signed-in users of the bodies involved."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from ninja import Router, Schema, Status
from ninja.errors import HttpError

from jointwork.accounts.auth import signed_in
from jointwork.accounts.models import Organisation
from jointwork.liaison import services
from jointwork.liaison.facts import FactsError, loads_facts
from jointwork.liaison.models import Incident
from jointwork.liaison.selectors import incident_detail, incident_list, triage_current
from jointwork.liaison.table import default_table

router = Router(tags=["liaison"])


class ReasonOut(Schema):
    rule: str
    text: str
    citation: str


class TriageOut(Schema):
    lead: str
    candidates: list[str]
    notify: list[str]
    reasons: list[ReasonOut]
    table_version: str


class DecisionOut(Schema):
    state: str
    lead_body: str
    decision_reason: str


class IncidentOut(Schema):
    id: int
    summary: str
    organisation: str
    facts: dict[str, Any]
    created_at: str
    triage: TriageOut
    decision: DecisionOut


class IncidentIn(Schema):
    organisation: str
    summary: str
    facts: dict[str, Any]


class HandOverIn(Schema):
    to: str
    reason: str


class AgreeIn(Schema):
    lead: str
    reason: str


class ErrorOut(Schema):
    detail: str


def _incident_out(incident: Incident) -> dict[str, Any]:
    triage = triage_current(incident)
    return {
        "id": incident.pk,
        "summary": incident.summary,
        "organisation": incident.reporter_organisation.slug,
        "facts": incident.facts,
        "created_at": incident.created_at.isoformat(),
        "triage": triage.as_contract(),
        "decision": {
            "state": triage.state,
            "lead_body": triage.lead_body,
            "decision_reason": triage.decision_reason,
        },
    }


def _visible(request: HttpRequest, pk: int) -> Incident:
    try:
        return incident_detail(pk=pk, user=request.user)
    except Incident.DoesNotExist:
        raise HttpError(404, "No incident with that number is visible to you") from None


_OBJECT = {"type": "object"}


@router.post(
    "/triage",
    response={200: TriageOut, 422: ErrorOut},
    summary="Triage incident facts (pure evaluation, nothing stored)",
    openapi_extra={
        "requestBody": {"content": {"application/json": {"schema": {"type": "object"}}}}
    },
)
def triage(request: HttpRequest):
    """The body is the facts object of the `jointwork triage` contract; the answer is the same."""
    try:
        given = loads_facts(request.body)
    except FactsError as exc:
        return Status(422, {"detail": str(exc)})
    return Status(200, default_table().triage(given).as_dict())


@router.get(
    "/incidents", response=list[IncidentOut], auth=signed_in, summary="Incidents you can see"
)
def incidents(request: HttpRequest):
    return [_incident_out(incident) for incident in incident_list(user=request.user)]


@router.post(
    "/incidents",
    response={201: IncidentOut, 403: ErrorOut, 422: ErrorOut},
    auth=signed_in,
    summary="Record an incident and triage it",
)
def incident_create(request: HttpRequest, payload: IncidentIn):
    organisation = Organisation.objects.filter(slug=payload.organisation).first()
    if organisation is None:
        return Status(422, {"detail": f"unknown organisation '{payload.organisation}'"})
    try:
        incident = services.incident_record(
            actor=request.user,
            organisation=organisation,
            summary=payload.summary,
            facts=payload.facts,
        )
    except PermissionDenied as exc:
        return Status(403, {"detail": str(exc)})
    except (FactsError, ValueError) as exc:
        return Status(422, {"detail": str(exc)})
    return Status(201, _incident_out(incident_detail(pk=incident.pk, user=request.user)))


@router.get("/incidents/{pk}", response=IncidentOut, auth=signed_in, summary="One incident")
def incident_get(request: HttpRequest, pk: int):
    return _incident_out(_visible(request, pk))


def _act(request: HttpRequest, pk: int, action) -> Status:
    incident = _visible(request, pk)
    try:
        action(triage_current(incident))
    except PermissionDenied as exc:
        return Status(403, {"detail": str(exc)})
    except services.TriageActionError as exc:
        return Status(409, {"detail": str(exc)})
    return Status(200, _incident_out(_visible(request, pk)))


_ACTION_RESPONSES = {200: IncidentOut, 403: ErrorOut, 409: ErrorOut}


@router.post("/incidents/{pk}/accept", response=_ACTION_RESPONSES, auth=signed_in)
def incident_accept(request: HttpRequest, pk: int):
    return _act(request, pk, lambda t: services.triage_accept(actor=request.user, triage=t))


@router.post("/incidents/{pk}/hand-over", response=_ACTION_RESPONSES, auth=signed_in)
def incident_hand_over(request: HttpRequest, pk: int, payload: HandOverIn):
    return _act(
        request,
        pk,
        lambda t: services.triage_hand_over(
            actor=request.user, triage=t, to_body=payload.to, reason=payload.reason
        ),
    )


@router.post("/incidents/{pk}/agree", response=_ACTION_RESPONSES, auth=signed_in)
def incident_agree(request: HttpRequest, pk: int, payload: AgreeIn):
    return _act(
        request,
        pk,
        lambda t: services.triage_agree_primacy(
            actor=request.user, triage=t, lead_body=payload.lead, reason=payload.reason
        ),
    )
