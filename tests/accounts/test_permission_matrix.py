"""Who may do what to an agreement: each role × own body / another body × each action.

Each cell really attempts the action through the service (or, for reading, the `rules` perm the
pages and API use), so the matrix tests what is enforced, not only what is declared.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import pytest
from django.core.exceptions import PermissionDenied

from jointwork.accounts.models import Organisation, Role
from jointwork.accounts.services import api_token_create, membership_set, user_ensure
from jointwork.register.models import Agreement, AgreementVersion
from jointwork.register.services import (
    agreement_create,
    agreement_supersede,
    agreement_update,
    contact_create,
    party_add,
    party_change_role,
    version_create,
    version_sign_off,
    version_submit,
)


@dataclass
class World:
    agreement: Agreement
    submitted: AgreementVersion
    party: Organisation  # the body whose staff are "own body" in the matrix
    outsider: Organisation  # a body that is not party to the agreement
    # Same parties, nothing awaiting sign-off (parties are fixed while a version is out).
    protocol: Agreement


@pytest.fixture
def world(db) -> World:
    """A two-party agreement with a version awaiting sign-off, built by the system actor."""
    orgs = {
        slug: Organisation.objects.create(slug=slug, name=slug.upper(), kind="regulator")
        for slug in ("alpha", "beta", "gamma")
    }
    agreement = agreement_create(
        actor=None,
        slug="alpha-beta-mou",
        title="Alpha–Beta MoU",
        kind="mou",
        status="current",
        parties=[orgs["alpha"], orgs["beta"]],
        private_notes="Only for Alpha and Beta.",
    )
    version = version_create(actor=None, agreement=agreement, text="1. Cooperate.")
    version_submit(actor=None, version=version)
    protocol = agreement_create(
        actor=None,
        slug="alpha-beta-protocol",
        title="Alpha–Beta protocol",
        kind="jwp",
        status="current",
        parties=[orgs["alpha"], orgs["beta"]],
    )
    return World(agreement, version, orgs["alpha"], orgs["gamma"], protocol)


def _allowed(action) -> bool:
    try:
        action()
    except PermissionDenied:
        return False
    return True


def view_private(user, w: World) -> bool:
    return user.has_perm("register.view_private_agreement", w.agreement)


def edit(user, w: World) -> bool:
    return _allowed(lambda: agreement_update(actor=user, agreement=w.agreement, summary="New."))


def create_version(user, w: World) -> bool:
    return _allowed(lambda: version_create(actor=user, agreement=w.agreement, text="2. More."))


def sign_off(user, w: World) -> bool:
    # Always for the party body: an outsider's own body is not a party at all.
    return _allowed(lambda: version_sign_off(actor=user, version=w.submitted, organisation=w.party))


def add_party(user, w: World) -> bool:
    return _allowed(lambda: party_add(actor=user, agreement=w.protocol, organisation=w.outsider))


def change_party_role(user, w: World) -> bool:
    party = w.protocol.parties.get(organisation=w.party)
    return _allowed(lambda: party_change_role(actor=user, party=party, role="supporter"))


def add_contact(user, w: World) -> bool:
    return _allowed(
        lambda: contact_create(
            actor=user, agreement=w.protocol, organisation=w.party, role="Duty officer"
        )
    )


def supersede(user, w: World) -> bool:
    return _allowed(
        lambda: agreement_supersede(actor=user, agreement=w.protocol, successor=w.agreement)
    )


ACTIONS = {
    f.__name__: f
    for f in (
        view_private,
        edit,
        create_version,
        sign_off,
        add_party,
        change_party_role,
        add_contact,
        supersede,
    )
}
CHANGES = {"edit", "create_version", "add_party", "change_party_role", "add_contact", "supersede"}

# What a member of a party body may do, by role. Members of another body may do nothing.
OWN_BODY = {
    Role.VIEWER: {"view_private"},
    Role.EDITOR: {"view_private", *CHANGES},
    Role.AGREEMENT_MANAGER: {"view_private", *CHANGES, "sign_off"},
    Role.INFORMATION_GOVERNANCE: {"view_private"},
    Role.ADMIN: {"view_private", *CHANGES, "sign_off"},
}


@pytest.mark.parametrize("action", ACTIONS)
@pytest.mark.parametrize("body", ["own", "other"])
@pytest.mark.parametrize("role", list(Role))
def test_permission_matrix(world, role, body, action):
    user = user_ensure(username=f"{role}-{body}", password="a-long-test-password")
    organisation = world.party if body == "own" else world.outsider
    membership_set(actor=None, user=user, organisation=organisation, role=role)
    expected = body == "own" and action in OWN_BODY[role]
    assert ACTIONS[action](user, world) is expected


@pytest.mark.parametrize(
    "action,expected",
    [("view_private", True), ("sign_off", False), *((change, True) for change in sorted(CHANGES))],
)
def test_platform_admins_manage_everything_but_never_sign_for_a_body(world, action, expected):
    admin = user_ensure(username="root", password="a-long-test-password", is_superuser=True)
    assert ACTIONS[action](admin, world) is expected


def test_anonymous_visitors_may_do_nothing(world):
    from django.contrib.auth.models import AnonymousUser

    visitor = AnonymousUser()
    assert not visitor.has_perm("register.view_private_agreement", world.agreement)
    assert not visitor.has_perm("register.change_agreement", world.agreement)
    assert not visitor.has_perm("register.view_version", world.submitted)


# The same rules through the pages and the API: each new write endpoint, each role × body.
ENDPOINTS = {
    "page_add_party": ("get", "/agreements/alpha-beta-protocol/parties/new/", None),
    "page_party_role": ("get", "/agreements/alpha-beta-protocol/parties/alpha/role/", None),
    "api_add_party": (
        "post",
        "/api/agreements/alpha-beta-protocol/parties",
        {"organisation": "gamma"},
    ),
    "api_party_role": (
        "patch",
        "/api/agreements/alpha-beta-protocol/parties/alpha",
        {"role": "supporter"},
    ),
    "api_add_contact": (
        "post",
        "/api/agreements/alpha-beta-protocol/contacts",
        {"organisation": "alpha", "role": "Duty officer"},
    ),
    "api_supersede": (
        "post",
        "/api/agreements/alpha-beta-protocol/supersede",
        {"successor": "alpha-beta-mou"},
    ),
}


@pytest.mark.parametrize("endpoint", ENDPOINTS)
@pytest.mark.parametrize("body", ["own", "other"])
@pytest.mark.parametrize("role", list(Role))
def test_permission_matrix_through_pages_and_api(world, client, role, body, endpoint):
    user = user_ensure(username=f"{role}-{body}", password="a-long-test-password")
    organisation = world.party if body == "own" else world.outsider
    membership_set(actor=None, user=user, organisation=organisation, role=role)
    method, url, payload = ENDPOINTS[endpoint]
    if url.startswith("/api/"):
        _, key = api_token_create(actor=user, user=user, name="matrix")
        response = getattr(client, method)(
            url,
            data=json.dumps(payload),
            content_type="application/json",
            HTTP_AUTHORIZATION=f"Bearer {key}",
        )
    else:
        client.force_login(user)
        response = client.get(url)
    allowed = body == "own" and role in {Role.EDITOR, Role.AGREEMENT_MANAGER, Role.ADMIN}
    assert (response.status_code < 300) is allowed, (response.status_code, response.content[:200])
    if not allowed:
        assert response.status_code == 403
