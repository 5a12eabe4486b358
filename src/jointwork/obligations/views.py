"""Obligation pages: dashboard, agreement calendar, an item with its trace, iCal feeds."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.contrib.messages.storage.base import Message
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.defaultfilters import pluralize
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from jointwork.accounts.decorators import AuthenticatedHttpRequest
from jointwork.accounts.models import Organisation
from jointwork.accounts.selectors import memberships_for
from jointwork.obligations import ical, scheduling, selectors, services
from jointwork.obligations.models import CALENDAR_EVENT_KINDS, DueItem, FeedToken
from jointwork.obligations.recurrence import LONDON
from jointwork.register.models import Agreement

COMPLIANCE_DAYS = 365


def _messages(request: HttpRequest) -> dict[str, list[Any]]:
    """Flash messages split once: errors for the page's GOV.UK error summary, the rest for the
    layout's banner (``messages`` replaces the context processor's, so nothing shows twice)."""
    errors: list[str] = []
    notices: list[Message] = []
    for m in messages.get_messages(request):
        if m.level >= messages.ERROR:
            errors.append(str(m))
        else:
            notices.append(m)
    return {"errors": errors, "messages": notices}


def _my_organisation(request: HttpRequest, slug: str | None) -> Organisation:
    orgs = [m.organisation for m in memberships_for(request.user)]
    if slug is None:
        if not orgs:
            raise PermissionDenied("You are not a member of any organisation.")
        return orgs[0]
    for organisation in orgs:
        if organisation.slug == slug:
            return organisation
    raise PermissionDenied("You are not a member of that organisation.")


@login_required
def dashboard(request: AuthenticatedHttpRequest, slug: str | None = None) -> HttpResponse:
    organisation = _my_organisation(request, slug)
    now = timezone.now()
    return render(
        request,
        "obligations/dashboard.html",
        {
            "board": selectors.dashboard(organisation=organisation, at=now),
            "compliance": selectors.compliance_by_agreement(
                organisation=organisation,
                start=now - dt.timedelta(days=COMPLIANCE_DAYS),
                end=now,
                at=now,
            ),
            "memberships": memberships_for(request.user),
            "party_to": Agreement.objects.filter(parties__organisation=organisation).order_by(
                "title"
            ),
            "feeds": [
                (f, request.build_absolute_uri(reverse("obligations:feed", args=[f.token])))
                for f in FeedToken.objects.filter(
                    organisation=organisation, revoked_at__isnull=True, created_by=request.user
                ).select_related("agreement")
            ],
        },
    )


def _party_agreement(request: HttpRequest, slug: str) -> Agreement:
    """An agreement whose calendar the user may see: its items name the parties' embargoed
    publications and FOI requests, so only members of its parties (and platform admins)."""
    agreement = Agreement.objects.visible_to(request.user).filter(slug=slug).first()
    if agreement is None or not request.user.has_perm("register.view_private_agreement", agreement):
        raise Http404("No agreement with that name is visible to you.")
    return agreement


@login_required
def agreement_calendar(request: HttpRequest, slug: str) -> HttpResponse:
    agreement = _party_agreement(request, slug)
    now = timezone.now()
    start, end = now - dt.timedelta(days=92), now + dt.timedelta(days=366)
    return render(
        request,
        "obligations/calendar.html",
        {
            "agreement": agreement,
            "items": selectors.agreement_calendar(agreement=agreement, start=start, end=end),
            "obligations": selectors.obligations_of(agreement=agreement),
            "compliance": selectors.compliance(
                agreement=agreement,
                start=now - dt.timedelta(days=COMPLIANCE_DAYS),
                end=now,
                at=now,
            ),
            "now": now,
            **_messages(request),
            "event_kinds": [(kind.value, kind.label) for kind in CALENDAR_EVENT_KINDS],
            "my_parties": [
                p.organisation
                for p in agreement.parties.select_related("organisation")
                if request.user.has_perm("accounts.act_for_organisation", p.organisation)
            ],
        },
    )


@login_required
@require_POST
def event_record(request: HttpRequest, slug: str) -> HttpResponse:
    """Record a planned publication, press release or FOI request; its items follow."""
    agreement = _party_agreement(request, slug)
    errors: list[str] = []
    organisation = Organisation.objects.filter(slug=request.POST.get("organisation")).first()
    if organisation is None:
        errors.append("Choose the organisation whose event it is")
    try:
        occurs_at = dt.datetime.fromisoformat(request.POST.get("occurs_at", ""))
    except ValueError:
        occurs_at = None
        errors.append("Enter the date and time as YYYY-MM-DDTHH:MM")
    title = request.POST.get("title", "").strip()
    if not title:
        errors.append("Enter a title")
    if organisation is not None and occurs_at is not None and not errors:
        if occurs_at.tzinfo is None:
            occurs_at = occurs_at.replace(tzinfo=LONDON)
        try:
            event = services.trigger_event_record(
                actor=request.user,
                kind=request.POST.get("kind", ""),
                agreement=agreement,
                organisation=organisation,
                occurs_at=occurs_at,
                title=title,
                reference=request.POST.get("reference", "").strip(),
            )
        except services.DueItemError as exc:
            errors.append(str(exc))
    for error in errors:
        messages.error(request, error)
    if not errors:
        count = event.due_items.count()
        messages.success(request, f"Event recorded with {count} due item{pluralize(count)}.")
    return redirect("obligations:calendar", slug=agreement.slug)


def _item_for(request: HttpRequest, pk: int) -> DueItem:
    try:
        due_item = selectors.item_detail(pk=pk)
    except DueItem.DoesNotExist as exc:
        raise Http404("No such item.") from exc
    if not request.user.has_perm("obligations.view_due_item", due_item):
        raise Http404("No such item.")
    return due_item


@login_required
def item(request: HttpRequest, pk: int) -> HttpResponse:
    due_item = _item_for(request, pk)
    bearer_ids = {o.pk for o in scheduling.bearers_of(due_item)}
    acting = [
        m.organisation for m in memberships_for(request.user) if m.organisation_id in bearer_ids
    ]
    return render(
        request,
        "obligations/item.html",
        {
            "item": due_item,
            "acting_for": acting,
            "is_overdue": due_item.is_overdue(at=timezone.now()),
            "trace": due_item.trace,
            "colleagues": selectors.people_at(organisations=acting),
            **_messages(request),
        },
    )


@login_required
@require_POST
def item_action(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    due_item = _item_for(request, pk)
    text = request.POST.get("text", "")
    now = timezone.now()
    try:
        if action in {"done", "waive"}:
            organisation = get_object_or_404(Organisation, slug=request.POST.get("organisation"))
            if action == "done":
                services.due_item_complete(
                    actor=request.user, item=due_item, organisation=organisation, evidence=text
                )
            else:
                services.due_item_waive(
                    actor=request.user, item=due_item, organisation=organisation, reason=text
                )
        elif action == "pause":
            services.due_item_pause(actor=request.user, item=due_item, reason=text, at=now)
        elif action == "resume":
            services.due_item_resume(actor=request.user, item=due_item, reason=text, at=now)
        elif action == "handover":
            to_user = get_object_or_404(get_user_model(), pk=request.POST.get("user") or 0)
            services.obligation_hand_over(
                actor=request.user, obligation=due_item.obligation, to_user=to_user
            )
        else:
            raise Http404("Unknown action.")
    except services.DueItemError as exc:
        messages.error(request, str(exc))
        return redirect(due_item.get_absolute_url())
    messages.success(request, "Saved.")
    return redirect(due_item.get_absolute_url())


@login_required
@require_POST
def feed_create(request: AuthenticatedHttpRequest) -> HttpResponse:
    organisation = _my_organisation(request, request.POST.get("organisation"))
    agreement = None
    if request.POST.get("agreement"):
        agreement = _party_agreement(request, request.POST["agreement"])
    services.feed_token_create(actor=request.user, organisation=organisation, agreement=agreement)
    return redirect("obligations:dashboard_for", slug=organisation.slug)


def feed(request: HttpRequest, token: str) -> HttpResponse:
    """The private feed: the token in the URL is the credential (calendar apps cannot log in)."""
    found = (
        FeedToken.objects.filter(token=token, revoked_at__isnull=True)
        .select_related("organisation", "agreement")
        .first()
    )
    if found is None:
        raise Http404("No such feed.")
    now = timezone.now()
    items = selectors.items_between(
        start=now - dt.timedelta(days=92),
        end=now + dt.timedelta(days=366),
        agreement_slug=found.agreement.slug if found.agreement else None,
        organisation=found.organisation,
    )
    name = f"Jointwork: {found.agreement.title if found.agreement else found.organisation.name}"
    response = HttpResponse(
        ical.feed(items, name=name, base_url=request.build_absolute_uri("/")),
        content_type="text/calendar",
    )
    response["Content-Disposition"] = 'inline; filename="jointwork.ics"'
    return response
