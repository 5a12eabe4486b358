"""API authentication: the browser session (with CSRF) or a bearer token."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja.security import HttpBearer, SessionAuth

from jointwork.accounts.models import ApiToken


class TokenAuth(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> Any:
        found = (
            ApiToken.objects.select_related("user")
            .filter(key_hash=ApiToken.hash_key(token), revoked_at__isnull=True)
            .first()
        )
        if found is None or not found.user.is_active:
            return None
        request.user = found.user
        return found.user


class BrowserSession(SessionAuth):
    """The browser session; CSRF is checked only when there is a signed-in session to protect.

    Without this, a bearer-token request (which carries no CSRF cookie) would be refused by the
    session's CSRF check before the token is even looked at.
    """

    def _get_key(self, request: HttpRequest) -> str | None:
        if not request.user.is_authenticated:
            return None
        return super()._get_key(request)


# Endpoints that need a signed-in user accept either; the token is tried first.
signed_in = [TokenAuth(), BrowserSession()]


def optional_user(request: HttpRequest) -> Any:
    """The user behind a session or bearer token, or AnonymousUser, for public endpoints."""
    header = request.headers.get("Authorization", "")
    if header.lower().startswith("bearer "):
        user = TokenAuth().authenticate(request, header[7:].strip())
        if user is not None:
            return user
    return request.user
