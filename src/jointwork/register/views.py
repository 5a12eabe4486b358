"""Register pages: the public register, one page per agreement, the forum, and a signed-in home."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from jointwork.accounts.selectors import organisation_list
from jointwork.register.models import Agreement, AgreementKind, AgreementStatus
from jointwork.register.selectors import (
    agreement_detail,
    agreement_search,
    contacts_visible,
    forum_detail,
    register_groups,
)


def index(request: HttpRequest) -> HttpResponse:
    filters = {k: request.GET.get(k, "").strip() for k in ("q", "body", "kind", "status")}
    agreements = list(agreement_search(user=request.user, **filters))
    context = {
        "filters": filters,
        "filtering": any(filters.values()),
        "groups": register_groups(agreements),
        "count": len(agreements),
        "organisations": organisation_list(),
        "kinds": AgreementKind.choices,
        "statuses": AgreementStatus.choices,
        "forum": forum_detail(),
    }
    template = "register/partials/results.html" if request.htmx else "register/index.html"
    return render(request, template, context)


def agreement(request: HttpRequest, slug: str) -> HttpResponse:
    try:
        item = agreement_detail(slug=slug, user=request.user)
    except Agreement.DoesNotExist as exc:
        raise Http404("No agreement with that name is visible to you.") from exc
    can_view_private = request.user.has_perm("register.view_private_agreement", item)
    return render(
        request,
        "register/agreement.html",
        {
            "agreement": item,
            "contacts": contacts_visible(agreement=item, can_view_private=can_view_private),
            "can_view_private": can_view_private,
            "can_edit": request.user.has_perm("register.change_agreement", item),
        },
    )


def forum(request: HttpRequest) -> HttpResponse:
    item = forum_detail()
    if item is None:
        raise Http404("No forum is recorded.")
    return render(request, "register/forum.html", {"forum": item})


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    org_ids = list(request.user.memberships.values_list("organisation_id", flat=True))
    mine = (
        Agreement.objects.filter(parties__organisation_id__in=org_ids)
        .distinct()
        .prefetch_related("parties__organisation")
        .order_by("title")
    )
    return render(request, "register/dashboard.html", {"agreements": mine})
