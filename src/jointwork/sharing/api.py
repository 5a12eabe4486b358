"""Sharing API: decide (dry run), file and review requests, verify the ledger, export a policy."""

from __future__ import annotations

import json
from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from ninja import Router, Schema, Status
from ninja.errors import HttpError

from jointwork.accounts.auth import optional_user, signed_in
from jointwork.register.models import Agreement
from jointwork.sharing import selectors, services
from jointwork.sharing.models import ShareRequest
from jointwork.sharing.odrl import to_odrl
from jointwork.sharing.request import RequestError, ShareRequestData, parse_request
from jointwork.sharing.terms import policy_for

router = Router(tags=["sharing"])


class ReasonOut(Schema):
    rule: str
    text: str
    citation: str
    effect: str | None = None
    condition: str | None = None


class DecisionOut(Schema):
    decision: str
    reasons: list[ReasonOut]
    policy_version: str


class DecisionRecordOut(DecisionOut):
    kind: str
    basis: str
    approver: str | None


class RequestOut(Schema):
    id: int
    agreement: str
    sender: str
    recipient: str
    state: str
    decisions: list[DecisionRecordOut]


class ReviewIn(Schema):
    note: str = ""


class VerificationOut(Schema):
    ok: bool
    count: int
    head: str
    broken_seq: int | None
    problem: str


def _body(request: HttpRequest) -> ShareRequestData:
    try:
        return parse_request(json.loads(request.body or b"null"))
    except ValueError as exc:  # RequestError and malformed JSON alike
        message = str(exc) if isinstance(exc, RequestError) else f"malformed JSON: {exc}"
        raise HttpError(400, message) from exc


def _out(sr: ShareRequest) -> dict[str, Any]:
    return {
        "id": sr.pk,
        "agreement": sr.agreement.slug,
        "sender": sr.sender.slug,
        "recipient": sr.recipient.slug,
        "state": sr.state,
        "decisions": [
            {
                "kind": d.kind,
                "decision": d.decision,
                "basis": d.basis,
                "reasons": d.reasons,
                "policy_version": d.policy_version,
                "approver": d.approver.get_username() if d.approver else None,
            }
            for d in sr.decisions.all()
        ],
    }


@router.post("/decide", response=DecisionOut, auth=signed_in)
def decide(request: HttpRequest):
    """The `jointwork share decide` contract over HTTP: decides, records nothing."""
    try:
        return services.share_decide(data=_body(request)).as_json()
    except RequestError as exc:
        raise HttpError(400, str(exc)) from exc


@router.post("/requests", response={201: RequestOut}, auth=signed_in)
def file_request(request: HttpRequest):
    try:
        sr = services.share_request_file(actor=request.user, data=_body(request))
    except RequestError as exc:
        raise HttpError(400, str(exc)) from exc
    except PermissionDenied as exc:
        raise HttpError(403, str(exc)) from exc
    return Status(201, _out(selectors.request_detail(sr.pk)))


def _visible(request: HttpRequest, pk: int) -> ShareRequest:
    try:
        sr = selectors.request_detail(pk)
    except ShareRequest.DoesNotExist as exc:
        raise HttpError(404, "No such share request.") from exc
    if not selectors.can_see_request(request.user, sr):
        raise HttpError(404, "No such share request is visible to you.")
    return sr


@router.get("/requests/{pk}", response=RequestOut, auth=signed_in)
def request_get(request: HttpRequest, pk: int):
    return _out(_visible(request, pk))


@router.post("/requests/{pk}/approve", response=RequestOut, auth=signed_in)
def approve(request: HttpRequest, pk: int, payload: ReviewIn):
    return _review(request, pk, approve=True, note=payload.note)


@router.post("/requests/{pk}/refuse", response=RequestOut, auth=signed_in)
def refuse(request: HttpRequest, pk: int, payload: ReviewIn):
    return _review(request, pk, approve=False, note=payload.note)


def _review(request: HttpRequest, pk: int, *, approve: bool, note: str) -> dict[str, Any]:
    sr = _visible(request, pk)
    try:
        if approve:
            services.share_request_approve(actor=request.user, share_request=sr, note=note)
        else:
            services.share_request_refuse(actor=request.user, share_request=sr, reason=note)
    except PermissionDenied as exc:
        raise HttpError(403, str(exc)) from exc
    except services.SharingStateError as exc:
        raise HttpError(409, str(exc)) from exc
    return _out(selectors.request_detail(pk))


@router.get("/ledger/verify", response=VerificationOut)
def ledger_verify(request: HttpRequest):
    """Public: the ledger holds ids and hashes only."""
    return selectors.ledger_verify().as_json()


@router.get("/policies/{slug}/odrl")
def policy_odrl(request: HttpRequest, slug: str):
    """The agreement's sharing policy (with the law) as W3C ODRL 2.2 JSON-LD."""
    agreement = Agreement.objects.visible_to(optional_user(request)).filter(slug=slug).first()
    if agreement is None:
        raise HttpError(404, f"No agreement {slug!r} is visible to you.")
    terms = selectors.agreement_terms(agreement)
    return to_odrl(policy_for(terms, services.POLICY_BOOK.law))
