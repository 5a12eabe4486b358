from django.http import HttpRequest

from jointwork.accounts.selectors import memberships_for


def memberships(request: HttpRequest) -> dict:
    """The signed-in user's organisations, for the header and forms."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"my_memberships": []}
    return {"my_memberships": memberships_for(user)}
