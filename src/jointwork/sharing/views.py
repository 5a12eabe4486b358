"""Sharing pages: file a request, see its decision, review queue, inbox, and the public ledger."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from jointwork.sharing import selectors, services
from jointwork.sharing.explain import explain
from jointwork.sharing.forms import ReviewForm, ShareRequestForm
from jointwork.sharing.models import RequestState, ShareRequest
from jointwork.sharing.request import RequestError


@login_required
def index(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "sharing/index.html",
        {
            "sent": selectors.requests_sent_by(request.user),
            "queue_count": len(selectors.review_queue(request.user)),
        },
    )


@login_required
def new(request: HttpRequest) -> HttpResponse:
    form = ShareRequestForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            share_request = services.share_request_file(actor=request.user, data=form.to_data())
        except (RequestError, PermissionDenied) as exc:
            form.add_error(None, str(exc))
        else:
            return redirect(share_request)
    return render(request, "sharing/new.html", {"form": form})


@login_required
def recipients(request: HttpRequest) -> HttpResponse:
    """htmx: the receiving body choices for the agreement and sending body chosen so far."""
    form = ShareRequestForm(user=request.user, initial=request.GET.dict())
    return render(request, "sharing/partials/recipient.html", {"form": form})


def _visible(request: HttpRequest, pk: int) -> ShareRequest:
    try:
        share_request = selectors.request_detail(pk)
    except ShareRequest.DoesNotExist as exc:
        raise Http404("No such share request.") from exc
    if not selectors.can_see_request(request.user, share_request):
        raise Http404("No such share request is visible to you.")
    return share_request


def _decision_context(share_request: ShareRequest) -> dict[str, Any]:
    decisions = list(share_request.decisions.all())
    return {
        "share_request": share_request,
        "decisions": [(d, explain(d.decision, d.basis, d.reasons)) for d in decisions],
    }


def _review_rights(request: HttpRequest, share_request: ShareRequest) -> dict[str, bool]:
    """Whether this user may approve or refuse now; the filer of a request may not (four eyes)."""
    governs = share_request.state == RequestState.AWAITING_REVIEW and request.user.has_perm(
        "accounts.govern_information_for", share_request.sender
    )
    own = services.filed_by(request.user, share_request)
    return {"can_review": governs and not own, "own_request_awaiting_review": governs and own}


@login_required
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    share_request = _visible(request, pk)
    return render(
        request,
        "sharing/detail.html",
        {
            **_decision_context(share_request),
            **_review_rights(request, share_request),
            "review_form": ReviewForm(),
        },
    )


@login_required
@require_POST
def review(request: HttpRequest, pk: int) -> HttpResponse:
    share_request = _visible(request, pk)
    form = ReviewForm(request.POST)
    error = None
    if form.is_valid():
        note = form.cleaned_data["note"]
        try:
            if form.cleaned_data["action"] == "approve":
                services.share_request_approve(
                    actor=request.user, share_request=share_request, note=note
                )
            else:
                services.share_request_refuse(
                    actor=request.user, share_request=share_request, reason=note
                )
        except services.OwnRequest as exc:
            context = {**_decision_context(share_request), "own_request_awaiting_review": True}
            return render(
                request, "sharing/detail.html", {**context, "review_error": str(exc)}, status=403
            )
        except services.SharingStateError as exc:
            error = str(exc)
        else:
            return redirect(share_request)
    return render(
        request,
        "sharing/detail.html",
        {
            **_decision_context(share_request),
            **_review_rights(request, share_request),
            "review_form": form,
            "review_error": error or "Choose approve or refuse.",
        },
        status=400,
    )


@login_required
def queue(request: HttpRequest) -> HttpResponse:
    return render(request, "sharing/queue.html", {"requests": selectors.review_queue(request.user)})


@login_required
def inbox(request: HttpRequest) -> HttpResponse:
    return render(request, "sharing/inbox.html", {"requests": selectors.inbox(request.user)})


def ledger(request: HttpRequest) -> HttpResponse:
    """Public: the ledger holds ids and hashes only, so anyone may check it."""
    verification = selectors.ledger_verify() if request.GET.get("verify") else None
    return render(
        request,
        "sharing/ledger.html",
        {"entries": selectors.ledger_recent(), "verification": verification},
    )
