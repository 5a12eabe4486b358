"""Incident liaison pages: record an incident, see its triage with reasons, act on it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from jointwork.accounts.decorators import AuthenticatedHttpRequest
from jointwork.accounts.models import EDITING_ROLES, Organisation
from jointwork.liaison import notifications, services
from jointwork.liaison.facts import FACT_NAMES, FactsError
from jointwork.liaison.forms import (
    QUESTIONS,
    AgreePrimacyForm,
    HandOverForm,
    IncidentForm,
    value_label,
)
from jointwork.liaison.models import Incident
from jointwork.liaison.selectors import incident_detail, incident_list, triage_current
from jointwork.liaison.table import AGREE, default_table


def _body_choices(codes: list[str]) -> list[tuple[str, str]]:
    bodies = default_table().bodies
    return [(code, bodies[code].name) for code in codes if code in bodies]


def _name(code: str) -> str:
    body = default_table().bodies.get(code)
    return body.name if body else code


def _accept_wording(code: str) -> tuple[str, str]:
    """The accept button and its confirmation. A body with no organisation in Jointwork (the
    police) does not act here: the reporting body records the decision that body took, and the
    words say so. Such bodies are named in the table by a common noun ("Police")."""
    body = default_table().bodies.get(code)
    if body is not None and not body.organisation:
        called = f"the {body.name.lower()}"
        return (
            f"Record that {called} accepted the lead",
            f"Recorded that {called} accepted the lead.",
        )
    return f"Accept the lead for {_name(code)}", "You have accepted the lead."


def _get_incident(request: HttpRequest, pk: int) -> Incident:
    try:
        return incident_detail(pk=pk, user=request.user)
    except Incident.DoesNotExist as exc:
        raise Http404("No incident with that number is visible to you.") from exc


@login_required
def index(request: HttpRequest) -> HttpResponse:
    return render(request, "liaison/index.html", {"incidents": incident_list(user=request.user)})


@login_required
def incident_new(request: AuthenticatedHttpRequest) -> HttpResponse:
    organisations = Organisation.objects.filter(
        memberships__user=request.user, memberships__role__in=EDITING_ROLES
    ).order_by("name")
    if request.user.is_superuser:
        organisations = Organisation.objects.order_by("name")
    form = IncidentForm(request.POST or None, organisations=organisations)
    if request.method == "POST" and form.is_valid():
        try:
            incident = services.incident_record(
                actor=request.user,
                organisation=form.cleaned_data["organisation"],
                summary=form.cleaned_data["summary"],
                facts=form.facts(),
            )
        except (FactsError, ValueError) as exc:
            form.add_error(None, str(exc))
        except PermissionDenied as exc:
            form.add_error("organisation", str(exc))
        else:
            messages.success(request, f"Incident {incident.pk} recorded and triaged.")
            return redirect("liaison:incident", pk=incident.pk)
    status = 400 if form.errors else 200
    return render(request, "liaison/incident_form.html", {"form": form}, status=status)


def _facts_display(facts: dict[str, Any]) -> list[tuple[str, str]]:
    """Question and answer per fact; conflicting answers (a list) are shown joined by "or"."""
    rows = []
    for name in FACT_NAMES:
        given = facts.get(name)
        values = given if isinstance(given, list) else [given]
        rows.append((QUESTIONS[name], " or ".join(value_label(name, v) for v in values)))
    return rows


def _detail(request: HttpRequest, incident: Incident, **forms: Any) -> dict[str, Any]:
    triage = triage_current(incident)
    bodies = default_table().bodies
    user = request.user
    can_lead = user.has_perm("liaison.act_as_lead", triage)
    can_agree = triage.state == "proposed" and user.has_perm("liaison.agree_primacy", triage)
    others = [code for code in bodies if code != triage.lead_body]
    return {
        "incident": incident,
        "triage": triage,
        "facts": _facts_display(incident.facts),
        "lead_name": _name(triage.lead_body),
        "candidate_names": [_name(code) for code in triage.candidates],
        "notify_names": [_name(code) for code in triage.notify],
        "can_accept": can_lead and triage.lead_body and triage.state != "accepted",
        "accept_label": _accept_wording(triage.lead_body)[0],
        "can_hand_over": can_lead and bool(triage.lead_body),
        "can_agree": can_agree,
        "hand_over_form": forms.get("hand_over_form")
        or HandOverForm(bodies=_body_choices(others), prefix="hand_over"),
        "agree_form": forms.get("agree_form")
        or AgreePrimacyForm(bodies=_body_choices(triage.candidates), prefix="agree"),
        "history": incident.triages.all()[1:],
        "table_lead_name": "the bodies must agree" if triage.lead == AGREE else _name(triage.lead),
        "notification_items": notifications.items_for(triage),
        "missing_duties": [_name(code) for code in notifications.missing_duties(triage)],
    }


@login_required
def incident(request: HttpRequest, pk: int) -> HttpResponse:
    item = _get_incident(request, pk)
    return render(request, "liaison/incident.html", _detail(request, item))


def _act(
    request: HttpRequest, item: Incident, action: Callable[[], object], done: str, **forms: Any
) -> HttpResponse:
    try:
        action()  # PermissionDenied propagates: Django answers 403
    except services.TriageActionError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, done)
        return redirect("liaison:incident", pk=item.pk)
    return render(request, "liaison/incident.html", _detail(request, item, **forms), status=400)


@login_required
@require_POST
def triage_accept(request: HttpRequest, pk: int) -> HttpResponse:
    item = _get_incident(request, pk)
    triage = triage_current(item)
    return _act(
        request,
        item,
        lambda: services.triage_accept(actor=request.user, triage=triage),
        _accept_wording(triage.lead_body)[1],
    )


@login_required
@require_POST
def triage_hand_over(request: HttpRequest, pk: int) -> HttpResponse:
    item = _get_incident(request, pk)
    triage = triage_current(item)
    others = [code for code in default_table().bodies if code != triage.lead_body]
    form = HandOverForm(request.POST, bodies=_body_choices(others), prefix="hand_over")
    if not form.is_valid():
        return render(
            request,
            "liaison/incident.html",
            _detail(request, item, hand_over_form=form),
            status=400,
        )
    return _act(
        request,
        item,
        lambda: services.triage_hand_over(
            actor=request.user,
            triage=triage,
            to_body=form.cleaned_data["to_body"],
            reason=form.cleaned_data["reason"],
        ),
        "You have handed over the lead.",
        hand_over_form=form,
    )


@login_required
@require_POST
def triage_agree(request: HttpRequest, pk: int) -> HttpResponse:
    item = _get_incident(request, pk)
    triage = triage_current(item)
    form = AgreePrimacyForm(request.POST, bodies=_body_choices(triage.candidates), prefix="agree")
    if not form.is_valid():
        return render(
            request, "liaison/incident.html", _detail(request, item, agree_form=form), status=400
        )
    return _act(
        request,
        item,
        lambda: services.triage_agree_primacy(
            actor=request.user,
            triage=triage,
            lead_body=form.cleaned_data["lead_body"],
            reason=form.cleaned_data["reason"],
        ),
        "You have recorded the agreed lead.",
        agree_form=form,
    )
