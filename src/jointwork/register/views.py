"""Register pages anyone may read (the register, agreements, published versions, the forum) and
the signed-in home. Pages that change things are in ``editing.py``."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from jointwork.accounts.decorators import object_permission_required
from jointwork.accounts.selectors import organisation_list
from jointwork.audit.selectors import audit_history_for_agreement
from jointwork.register.editing import signable_organisations
from jointwork.register.forms import SignOffForm
from jointwork.register.loaders import load_agreement, load_version
from jointwork.register.middleware import HtmxHttpRequest
from jointwork.register.models import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    AgreementVersion,
    VersionState,
)
from jointwork.register.selectors import (
    agreement_search,
    agreements_of,
    contacts_visible,
    forum_detail,
    register_groups,
    signoffs_awaiting,
)
from jointwork.register.services import new_version_refusal, outstanding_signoffs


def index(request: HtmxHttpRequest) -> HttpResponse:
    filters = {k: request.GET.get(k, "").strip() for k in ("q", "body", "kind", "status")}
    agreements = list(agreement_search(user=request.user, **filters))
    context = {
        "filters": filters,
        "filtering": any(filters.values()),
        "groups": register_groups(agreements),
        "count": len(agreements),
        "organisations": organisation_list(parties_only=True),
        "kinds": AgreementKind.choices,
        "statuses": AgreementStatus.choices,
        "forum": forum_detail(),
    }
    template = "register/partials/results.html" if request.htmx else "register/index.html"
    return render(request, template, context)


def agreement(request: HttpRequest, slug: str) -> HttpResponse:
    item = load_agreement(request, slug=slug)
    user = request.user
    can_view_private = user.has_perm("register.view_private_agreement", item)
    return render(
        request,
        "register/agreement.html",
        {
            "agreement": item,
            "contacts": contacts_visible(agreement=item, can_view_private=can_view_private),
            "versions": [
                v for v in item.versions.all() if user.has_perm("register.view_version", v)
            ],
            "can_view_private": can_view_private,
            "can_edit": user.has_perm("register.change_agreement", item),
            "can_add_version": user.has_perm("register.add_version", item),
            "can_view_history": user.has_perm("register.view_agreement_history", item),
            "new_version_refusal": new_version_refusal(item),
            # The bodies the user acts for here: their duties calendar and iCal feed.
            "my_parties": [
                p.organisation
                for p in item.parties.all()
                if user.has_perm("accounts.act_for_organisation", p.organisation)
            ],
        },
    )


@object_permission_required("register.view_version", load_version)
def version(request: HttpRequest, item: AgreementVersion, **_: Any) -> HttpResponse:
    user = request.user
    signable = (
        signable_organisations(user, item) if item.state == VersionState.AWAITING_SIGNOFF else []
    )
    return render(
        request,
        "register/version.html",
        {
            "agreement": item.agreement,
            "version": item,
            "outstanding": outstanding_signoffs(item),
            "signoff_forms": [
                SignOffForm(
                    initial={"organisation": o},
                    organisations=signable,
                    auto_id=f"signoff-{o.slug}-%s",
                )
                for o in signable
            ],
            "can_view_private": user.has_perm("register.view_private_agreement", item.agreement),
            "can_edit": user.has_perm("register.change_agreement", item.agreement),
        },
    )


@object_permission_required("register.view_agreement_history", load_agreement)
def history(request: HttpRequest, item: Agreement, **_: Any) -> HttpResponse:
    return render(
        request,
        "register/history.html",
        {"agreement": item, "events": audit_history_for_agreement(agreement_id=item.pk)},
    )


def forum(request: HttpRequest) -> HttpResponse:
    item = forum_detail()
    if item is None:
        raise Http404("No forum is recorded.")
    return render(request, "register/forum.html", {"forum": item})


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "register/dashboard.html",
        {
            "agreements": agreements_of(user=request.user),
            "awaiting": signoffs_awaiting(user=request.user),
            "can_add_agreement": request.user.has_perm("register.add_agreement"),
        },
    )
