"""Organisations, the people who work for them, and what each person may do there."""

from __future__ import annotations

import hashlib
import secrets

from django.conf import settings
from django.db import models


class OrganisationKind(models.TextChoices):
    REGULATOR = "regulator", "Regulator"
    OMBUDSMAN = "ombudsman", "Ombudsman"
    ASSOCIATION = "association", "Association"
    LOCAL_AUTHORITY = "local_authority", "Local authority"
    POLICE = "police", "Police"
    GOVERNMENT = "government", "Government body"
    OTHER = "other", "Other"


class Organisation(models.Model):
    slug = models.SlugField(unique=True, max_length=60)
    name = models.CharField(max_length=200, unique=True)
    short_name = models.CharField(max_length=40, blank=True, help_text="e.g. CQC, LGA")
    kind = models.CharField(max_length=20, choices=OrganisationKind.choices)
    website = models.URLField(blank=True)
    description = models.TextField(blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    @property
    def label(self) -> str:
        return self.short_name or self.name


class Role(models.TextChoices):
    VIEWER = "viewer", "Viewer"
    EDITOR = "editor", "Editor"
    AGREEMENT_MANAGER = "agreement_manager", "Agreement manager"
    INFORMATION_GOVERNANCE = "information_governance", "Information governance"
    ADMIN = "admin", "Organisation admin"


# Roles allowed to change agreements their organisation is party to.
EDITING_ROLES = frozenset({Role.EDITOR, Role.AGREEMENT_MANAGER, Role.ADMIN})
# Roles allowed to sign off a version on behalf of their organisation.
SIGNING_ROLES = frozenset({Role.AGREEMENT_MANAGER, Role.ADMIN})


class Membership(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="memberships"
    )
    role = models.CharField(max_length=30, choices=Role.choices, default=Role.VIEWER)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "organisation"], name="one_membership_per_org")
        ]

    def __str__(self) -> str:
        return f"{self.user} at {self.organisation} ({self.get_role_display()})"


class ApiToken(models.Model):
    """A bearer token for the JSON API. Only a SHA-256 of the token is stored."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens"
    )
    name = models.CharField(max_length=100)
    key_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"{self.name} ({self.user})"

    @staticmethod
    def hash_key(key: str) -> str:
        return hashlib.sha256(key.encode()).hexdigest()

    @staticmethod
    def new_key() -> str:
        return "jw_" + secrets.token_urlsafe(32)
