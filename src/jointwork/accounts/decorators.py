"""One way for views to check object permissions: through the `rules` perms, never ad hoc."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib.auth.models import User
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse


class AuthenticatedHttpRequest(HttpRequest):
    """The request a ``login_required`` view receives: its user is signed in, not anonymous."""

    user: User


def object_permission_required(
    perm: str,
    load: Callable[..., Any],
    target: Callable[[Any], Any] | None = None,
) -> Callable[[Callable[..., HttpResponse]], Callable[..., HttpResponse]]:
    """Load the view's object with ``load(request, **kwargs)`` and check ``perm`` on it.

    ``target`` picks what the permission is about when it differs from the object (a contact's
    agreement, say).
    The view is called as ``view(request, obj, **kwargs)``, so the object is loaded once.
    Anonymous visitors are sent to sign in; a signed-in user without the permission gets 403.
    """

    def decorator(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        @wraps(view)
        def wrapped(request: HttpRequest, **kwargs: Any) -> HttpResponse:
            obj = load(request, **kwargs)
            if not request.user.has_perm(perm, target(obj) if target else obj):
                if not request.user.is_authenticated:
                    return redirect_to_login(request.get_full_path())
                raise PermissionDenied(f"You do not have permission to do this ({perm}).")
            return view(request, obj, **kwargs)

        return wrapped

    return decorator
