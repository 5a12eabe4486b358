"""Shared helpers for the liaison tests (pure: no database)."""

from typing import Any

import pytest

from jointwork.liaison.table import Triage, triage

# A baseline incident: a patient of a CQC-registered hospital seriously hurt, nothing else special.
# Each scenario changes only the facts it is about.
BASE: dict[str, Any] = {
    "provider_registered_with_cqc": True,
    "person_harmed": "service_user",
    "premises": "hospital",
    "outcome": "serious_injury",
    "suspected_gross_negligence": False,
    "specific_hs_legislation": None,
    "public_sector_provider": False,
}


@pytest.fixture
def liaison_orgs(db) -> dict[str, Any]:
    """Only the organisations these tests need (loading the whole register is slow)."""
    from jointwork.accounts.models import Organisation, OrganisationKind

    names = {
        "cqc": ("Care Quality Commission", OrganisationKind.REGULATOR),
        "hse": ("Health and Safety Executive", OrganisationKind.REGULATOR),
        "local-authorities": ("Local authorities in England", OrganisationKind.LOCAL_AUTHORITY),
        "ofsted": ("Ofsted", OrganisationKind.REGULATOR),
    }
    return {
        slug: Organisation.objects.get_or_create(slug=slug, defaults={"name": n, "kind": k})[0]
        for slug, (n, k) in names.items()
    }


@pytest.fixture
def editors(liaison_orgs):
    """Editors at each body the table can name, and at a body it never names.

    cqc/hse/la act for those lead bodies; `ofsted` is an outsider who must see nothing. They
    have no password (tests sign in with force_login): hashing one costs seconds per test.
    """
    from django.contrib.auth import get_user_model

    from jointwork.accounts.models import Role
    from jointwork.accounts.services import membership_set

    def editor(name: str, slug: str):
        user = get_user_model().objects.create(username=f"{name}-editor")
        membership_set(actor=None, user=user, organisation=liaison_orgs[slug], role=Role.EDITOR)
        return user

    return {
        "cqc": editor("cqc", "cqc"),
        "hse": editor("hse", "hse"),
        "la": editor("la", "local-authorities"),
        "ofsted": editor("ofsted", "ofsted"),
    }


@pytest.fixture
def org(liaison_orgs):
    return liaison_orgs.__getitem__


@pytest.fixture
def record(org):
    """Record an incident for `by`'s organisation slug with the baseline facts changed."""
    from jointwork.liaison.services import incident_record

    def run(actor, slug: str, summary: str = "A fall from a window", **changes: Any):
        return incident_record(
            actor=actor, organisation=org(slug), summary=summary, facts=BASE | changes
        )

    return run


@pytest.fixture
def base_facts() -> dict[str, Any]:
    return dict(BASE)


@pytest.fixture
def incident():
    """Triage the baseline incident with some facts changed."""

    def run(**changes: Any) -> Triage:
        return triage(BASE | changes)

    return run
