from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from jointwork.accounts.selectors import memberships_for


def memberships(request: HttpRequest) -> dict:
    """The signed-in user's organisations, queried only by pages that show them."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"my_memberships": []}
    return {"my_memberships": SimpleLazyObject(lambda: memberships_for(user))}
