"""Writes for accounts: memberships and API tokens, each audited."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.db import transaction

from jointwork.accounts.models import ApiToken, Membership, Organisation, Role
from jointwork.audit.services import audit_record, snapshot


@transaction.atomic
def membership_set(*, actor: Any, user: Any, organisation: Organisation, role: str) -> Membership:
    """Give ``user`` a role at ``organisation`` (creating or changing the membership)."""
    if role not in Role.values:
        raise ValueError(f"Unknown role {role!r}; expected one of {', '.join(Role.values)}")
    membership, created = Membership.objects.get_or_create(
        user=user, organisation=organisation, defaults={"role": role}
    )
    before = None if created else snapshot(membership)
    if not created and membership.role != role:
        membership.role = role
        membership.save(update_fields=["role"])
    if created or before != snapshot(membership):
        audit_record(
            actor=actor,
            event="membership.set",
            target=membership,
            before=before,
            after=snapshot(membership),
        )
    return membership


@transaction.atomic
def api_token_create(*, actor: Any, user: Any, name: str) -> tuple[ApiToken, str]:
    """Create a token; the plain key is returned once and never stored."""
    key = ApiToken.new_key()
    token = ApiToken.objects.create(user=user, name=name, key_hash=ApiToken.hash_key(key))
    audit_record(actor=actor, event="api_token.create", target=token, after={"name": name})
    return token, key


@transaction.atomic
def user_ensure(
    *, username: str, password: str, email: str = "", is_superuser: bool = False
) -> Any:
    """Create the user if missing (used for the documented demo logins)."""
    user_model = get_user_model()
    user = user_model.objects.filter(username=username).first()
    if user is None:
        user = user_model(
            username=username, email=email, is_staff=is_superuser, is_superuser=is_superuser
        )
        user.set_password(password)
        user.save()
        audit_record(actor=None, event="user.create", target=user, after={"username": username})
    return user
