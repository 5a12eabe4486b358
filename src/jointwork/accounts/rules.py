"""Object permissions, with the `rules` library: who may do what to which agreement.

A user acts for the organisations they are a member of. They may change an agreement only when
one of their organisations is a party to it and their role there allows editing; non-public
parts of an agreement are visible only to members of its parties. Platform staff (Django
superusers) may do everything, as they can in the admin.
"""

from __future__ import annotations

from typing import Any

import rules

from jointwork.accounts.models import EDITING_ROLES, SIGNING_ROLES, Role
from jointwork.register.models import SIGNATORY, VersionState


def _party_org_ids(agreement: Any) -> set[int]:
    cache = getattr(agreement, "_party_org_ids", None)
    if cache is None:
        cache = {p.organisation_id for p in agreement.parties.all()}
        agreement._party_org_ids = cache
    return cache


def roles_by_org(user: Any) -> dict[int, str]:
    """Organisation id → role for an authenticated user (cached on the user object)."""
    if not getattr(user, "is_authenticated", False):
        return {}
    cache = getattr(user, "_roles_by_org", None)
    if cache is None:
        cache = dict(user.memberships.values_list("organisation_id", "role"))
        user._roles_by_org = cache
    return cache


@rules.predicate
def is_platform_admin(user: Any) -> bool:
    return bool(getattr(user, "is_superuser", False))


@rules.predicate
def is_party_member(user: Any, agreement: Any) -> bool:
    if agreement is None:
        return False
    return bool(_party_org_ids(agreement) & roles_by_org(user).keys())


@rules.predicate
def is_party_editor(user: Any, agreement: Any) -> bool:
    if agreement is None:
        return False
    roles = roles_by_org(user)
    return any(roles.get(org_id) in EDITING_ROLES for org_id in _party_org_ids(agreement))


@rules.predicate
def can_sign_for(user: Any, organisation: Any) -> bool:
    if organisation is None:
        return False
    return roles_by_org(user).get(organisation.pk) in SIGNING_ROLES


@rules.predicate
def can_edit_for(user: Any, organisation: Any) -> bool:
    if organisation is None:
        return False
    return roles_by_org(user).get(organisation.pk) in EDITING_ROLES


def _signatory_org_ids(version: Any) -> set[int]:
    return {p.organisation_id for p in version.agreement.parties.all() if p.role == SIGNATORY}


@rules.predicate
def can_sign_for_a_party(user: Any, version: Any) -> bool:
    """The user holds a signing role at one of the version's signatory parties."""
    if version is None:
        return False
    roles = roles_by_org(user)
    return any(roles.get(org_id) in SIGNING_ROLES for org_id in _signatory_org_ids(version))


@rules.predicate
def is_version_party_member(user: Any, version: Any) -> bool:
    return version is not None and is_party_member(user, version.agreement)


@rules.predicate
def is_released_version_of_public_agreement(user: Any, version: Any) -> bool:
    # Published and superseded texts are the public record; drafts stay with the parties.
    return (
        version is not None
        and version.state in {VersionState.PUBLISHED, VersionState.SUPERSEDED}
        and version.agreement.is_public
    )


@rules.predicate
def is_member_of(user: Any, organisation: Any) -> bool:
    return organisation is not None and organisation.pk in roles_by_org(user)


@rules.predicate
def is_information_governance_at(user: Any, organisation: Any) -> bool:
    return organisation is not None and roles_by_org(user).get(organisation.pk) in {
        Role.INFORMATION_GOVERNANCE,
        Role.ADMIN,
    }


@rules.predicate
def has_any_editing_role(user: Any) -> bool:
    return any(role in EDITING_ROLES for role in roles_by_org(user).values())


rules.add_perm("register.add_agreement", has_any_editing_role | is_platform_admin)
rules.add_perm("register.change_agreement", is_party_editor | is_platform_admin)
rules.add_perm("register.view_private_agreement", is_party_member | is_platform_admin)
rules.add_perm("register.view_agreement_history", is_party_member | is_platform_admin)
rules.add_perm("register.add_version", is_party_editor | is_platform_admin)
rules.add_perm(
    "register.view_version",
    is_released_version_of_public_agreement | is_version_party_member | is_platform_admin,
)
# Signing is an act of the organisation (alterations need every party, e.g. CQC–LGSCO MoU
# 2024), so platform staff get no bypass here: services test these with ``rules.has_perm``,
# which, unlike ``User.has_perm``, does not wave superusers through.
rules.add_perm("register.sign_for_organisation", can_sign_for)
rules.add_perm("register.sign_off_version", can_sign_for_a_party)
rules.add_perm("register.add_agreement_for", can_edit_for | is_platform_admin)
rules.add_perm("accounts.act_for_organisation", is_member_of)
rules.add_perm("accounts.govern_information_for", is_information_governance_at)
