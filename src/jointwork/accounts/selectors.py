from __future__ import annotations

from typing import Any

from jointwork.accounts.models import ApiToken, Membership, Organisation


def memberships_for(user: Any) -> list[Membership]:
    return list(user.memberships.select_related("organisation").order_by("organisation__name"))


def organisations_of(user: Any) -> list[Organisation]:
    return [m.organisation for m in memberships_for(user)]


def organisation_list(*, parties_only: bool = False) -> list[Organisation]:
    """All organisations, or only those party to some agreement (for the register's filter)."""
    qs = Organisation.objects.order_by("name")
    if parties_only:
        qs = qs.filter(parties__isnull=False).distinct()
    return list(qs)


def organisation_get(*, slug: str) -> Organisation:
    return Organisation.objects.get(slug=slug)


def api_tokens_of(user: Any) -> list[ApiToken]:
    return list(user.api_tokens.filter(revoked_at__isnull=True).order_by("-created_at"))
