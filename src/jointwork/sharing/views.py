"""Sharing pages: file a request, see its decision, review queue, inbox, and the public ledger."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from jointwork.sharing import selectors, services
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


def _visible(request: HttpRequest, pk: int) -> ShareRequest:
    try:
        share_request = selectors.request_detail(pk)
    except ShareRequest.DoesNotExist as exc:
        raise Http404("No such share request.") from exc
    if not selectors.can_see_request(request.user, share_request):
        raise Http404("No such share request is visible to you.")
    return share_request


@login_required
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    share_request = _visible(request, pk)
    can_review = share_request.state == RequestState.AWAITING_REVIEW and request.user.has_perm(
        "accounts.govern_information_for", share_request.sender
    )
    return render(
        request,
        "sharing/detail.html",
        {
            "share_request": share_request,
            "decisions": list(share_request.decisions.all()),
            "can_review": can_review,
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
        except services.SharingStateError as exc:
            error = str(exc)
        else:
            return redirect(share_request)
    return render(
        request,
        "sharing/detail.html",
        {
            "share_request": share_request,
            "decisions": list(share_request.decisions.all()),
            "can_review": True,
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
