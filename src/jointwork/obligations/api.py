"""Obligations API: an organisation's due items, one item with its trace, mark done, workdays."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.shortcuts import get_object_or_404
from django.utils import timezone
from ninja import Router, Schema, Status
from ninja.errors import HttpError

from jointwork.accounts.auth import signed_in
from jointwork.accounts.models import Organisation
from jointwork.obligations import scheduling, selectors, services, workdays
from jointwork.obligations.models import DueItem
from jointwork.register.models import Agreement

router = Router(tags=["obligations"])


class ItemOut(Schema):
    id: int
    title: str
    due: dt.datetime
    earliest: dt.datetime | None
    state: str
    agreement: str | None
    forum: str | None
    clause: str | None
    kind: str
    citation: str
    counterparty: str | None
    trace: dict[str, Any]


class DashboardOut(Schema):
    organisation: str
    overdue: list[ItemOut]
    this_week: list[ItemOut]
    upcoming: list[ItemOut]
    paused: list[ItemOut]


class CompleteIn(Schema):
    organisation: str
    evidence: str


class EventIn(Schema):
    kind: str
    agreement: str
    organisation: str
    occurs_at: dt.datetime
    title: str
    reference: str = ""


class EventOut(Schema):
    id: int
    items: list[ItemOut]


class WorkdaysOut(Schema):
    date: dt.date
    trace: dict[str, Any]


def _member_org(request, slug: str) -> Organisation:
    organisation = get_object_or_404(Organisation, slug=slug)
    if not request.user.has_perm("accounts.act_for_organisation", organisation):
        raise HttpError(403, f"you are not a member of {slug}")
    return organisation


@router.get("/organisations/{slug}/dashboard", response=DashboardOut, auth=signed_in)
def dashboard(request, slug: str):
    """Overdue, this week's and upcoming (90 days) open items the organisation must act on."""
    board = selectors.dashboard(organisation=_member_org(request, slug), at=timezone.now())
    return {
        "organisation": slug,
        **{
            name: [selectors.item_json(i) for i in getattr(board, name)]
            for name in ("overdue", "this_week", "upcoming", "paused")
        },
    }


def _visible_item(request, pk: int) -> DueItem:
    due_item = get_object_or_404(DueItem, pk=pk)
    if not request.user.has_perm("obligations.view_due_item", due_item):
        raise HttpError(404, "No such item.")
    return due_item


@router.get("/items/{pk}", response=ItemOut, auth=signed_in)
def item(request, pk: int):
    """One item and how its date was calculated."""
    return selectors.item_json(_visible_item(request, pk))


@router.post("/items/{pk}/done", response=ItemOut, auth=signed_in)
def complete(request, pk: int, payload: CompleteIn):
    due_item = _visible_item(request, pk)
    organisation = get_object_or_404(Organisation, slug=payload.organisation)
    try:
        done = services.due_item_complete(
            actor=request.user, item=due_item, organisation=organisation, evidence=payload.evidence
        )
    except services.DueItemError as exc:
        raise HttpError(409, str(exc)) from exc
    return selectors.item_json(done)


@router.post("/events", response={201: EventOut}, auth=signed_in)
def event_record(request, payload: EventIn):
    """Record a planned publication, press release or FOI request and create its items."""
    # A private agreement's existence is not disclosed to non-parties: 404 like an unknown one.
    agreement = get_object_or_404(
        Agreement.objects.visible_to(request.user), slug=payload.agreement
    )
    organisation = get_object_or_404(Organisation, slug=payload.organisation)
    try:
        event = services.trigger_event_record(
            actor=request.user,
            kind=payload.kind,
            agreement=agreement,
            organisation=organisation,
            occurs_at=payload.occurs_at,
            title=payload.title,
            reference=payload.reference,
        )
    except services.DueItemError as exc:
        raise HttpError(422, str(exc)) from exc
    items = event.due_items.select_related(
        "obligation__agreement", "obligation__forum", "counterparty"
    )
    return Status(201, {"id": event.pk, "items": [selectors.item_json(i) for i in items]})


@router.get("/workdays/add", response=WorkdaysOut)
def workdays_add(request, date: dt.date, n: int, region: str = workdays.DEFAULT_REGION):
    """The n-th working day after ``date`` (``uk`` skips any UK bank holiday: FOIA s10(6))."""
    try:
        cal = scheduling.working_calendar(workdays.check_region(region))
    except workdays.WorkdaysError as exc:
        raise HttpError(422, str(exc)) from exc
    computed = cal.add_traced(date, n, rule=f"{n} working days ({region})")
    return {"date": computed.value, "trace": computed.trace.to_dict()}
