from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from jointwork.accounts.forms import ApiTokenForm
from jointwork.accounts.selectors import api_tokens_of
from jointwork.accounts.services import api_token_create


@login_required
def tokens(request: HttpRequest) -> HttpResponse:
    """Create a bearer token for the API; the key is shown once, on this response only."""
    form = ApiTokenForm(request.POST or None)
    key = None
    if request.method == "POST" and form.is_valid():
        _, key = api_token_create(
            actor=request.user, user=request.user, name=form.cleaned_data["name"]
        )
        form = ApiTokenForm()
    status = 400 if form.is_bound and form.errors else 200
    return render(
        request,
        "accounts/tokens.html",
        {"form": form, "key": key, "tokens": api_tokens_of(request.user)},
        status=status,
    )
