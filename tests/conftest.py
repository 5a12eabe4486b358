"""Shared fixtures. Personas are built once here, each with a comment on why it exists."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from jointwork.accounts.models import Organisation, Role
from jointwork.accounts.services import membership_set, user_ensure
from jointwork.register.loader import load_register

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED = REPO_ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
PASSWORD = "a-long-test-password"


@pytest.fixture(autouse=True)
def fast_password_hashing(settings) -> None:
    """PBKDF2's million rounds cost ~1 s per test user; tests do not need the strength."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def seed_path(number: int) -> Path:
    """The seed document ``number`` (0–4) in ../shared/seeds."""
    matches = sorted(SEEDS.glob(f"{number:03d}_*.txt"))
    if not matches:
        pytest.skip(f"seed {number:03d} not found in {SEEDS}")
    return matches[0]


@pytest.fixture
def builtin_register(db) -> None:
    """The built-in register, as `make run` loads it."""
    load_register()


@pytest.fixture
def org(builtin_register) -> Callable[[str], Organisation]:
    return lambda slug: Organisation.objects.get(slug=slug)


@pytest.fixture
def make_user(db) -> Callable[..., object]:
    def make(username: str, org_slug: str | None = None, role: str = Role.VIEWER):
        user = user_ensure(username=username, password=PASSWORD)
        if org_slug:
            membership_set(
                actor=None,
                user=user,
                organisation=Organisation.objects.get(slug=org_slug),
                role=role,
            )
        return user

    return make


@pytest.fixture
def cqc_manager(builtin_register, make_user):
    """Signs off and edits CQC's agreements: the main actor of most journeys."""
    return make_user("cqc-manager", "cqc", Role.AGREEMENT_MANAGER)


@pytest.fixture
def lga_manager(builtin_register, make_user):
    """The other party to the CQC–LGA MoU: needed for all-party sign-off."""
    return make_user("lga-manager", "lga", Role.AGREEMENT_MANAGER)


@pytest.fixture
def cqc_viewer(builtin_register, make_user):
    """A CQC member who may read private parts but not change anything."""
    return make_user("cqc-viewer", "cqc", Role.VIEWER)


@pytest.fixture
def cqc_ig(builtin_register, make_user):
    """CQC's information governance officer: approves shares that need review."""
    return make_user("cqc-ig", "cqc", Role.INFORMATION_GOVERNANCE)


@pytest.fixture
def ofsted_editor(builtin_register, make_user):
    """An editor at a body that is not party to the CQC–LGA MoU: must be refused there."""
    return make_user("ofsted-editor", "ofsted", Role.EDITOR)


@pytest.fixture
def platform_admin(builtin_register):
    """A superuser, as for Django admin."""
    return user_ensure(username="platform-admin", password=PASSWORD, is_superuser=True)
