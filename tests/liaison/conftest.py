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
def base_facts() -> dict[str, Any]:
    return dict(BASE)


@pytest.fixture
def incident():
    """Triage the baseline incident with some facts changed."""

    def run(**changes: Any) -> Triage:
        return triage(BASE | changes)

    return run
