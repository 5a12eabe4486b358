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
def editors(builtin_register, make_user):
    """Editors at each body the table can name, and at a body it never names.

    cqc/hse/la act for those lead bodies; `ofsted` is an outsider who must see nothing.
    """
    from jointwork.accounts.models import Role

    return {
        "cqc": make_user("cqc-editor", "cqc", Role.EDITOR),
        "hse": make_user("hse-editor", "hse", Role.EDITOR),
        "la": make_user("la-editor", "local-authorities", Role.EDITOR),
        "ofsted": make_user("ofsted-editor", "ofsted", Role.EDITOR),
    }


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
