"""The register: agreements between bodies, their versions, clauses, contacts, and the forum."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse

from jointwork.accounts.models import Organisation


class AgreementKind(models.TextChoices):
    MOU = "mou", "Memorandum of understanding"
    JWP = "jwp", "Joint working protocol"
    ISA = "isa", "Information sharing agreement"
    LIAISON = "liaison", "Liaison agreement"
    PROTOCOL = "protocol", "Protocol"
    OTHER = "other", "Other agreement"


class AgreementStatus(models.TextChoices):
    PROPOSED = "proposed", "Proposed"
    IN_DEVELOPMENT = "in_development", "In development"
    CURRENT = "current", "Current"
    UNDER_REVIEW = "under_review", "Under review"
    SUPERSEDED = "superseded", "Superseded"
    WITHDRAWN = "withdrawn", "Withdrawn"


# Statuses under which an agreement's terms are in force between its parties.
IN_FORCE_STATUSES = frozenset({AgreementStatus.CURRENT, AgreementStatus.UNDER_REVIEW})


class AgreementQuerySet(models.QuerySet["Agreement"]):
    def public(self) -> AgreementQuerySet:
        """Agreements anyone may read about: the public register."""
        return self.filter(is_public=True)

    def visible_to(self, user: Any) -> AgreementQuerySet:
        """Public agreements plus any the user's organisations are party to."""
        if getattr(user, "is_superuser", False):
            return self
        if not getattr(user, "is_authenticated", False):
            return self.public()
        org_ids = user.memberships.values("organisation_id")
        return self.filter(Q(is_public=True) | Q(parties__organisation_id__in=org_ids)).distinct()

    def in_force(self, *, at: dt.date | None = None) -> AgreementQuerySet:
        """Current or under-review agreements that had come into force by ``at`` (today)."""
        at = at or dt.date.today()
        return self.filter(status__in=IN_FORCE_STATUSES).filter(
            Q(in_force_on__isnull=True) | Q(in_force_on__lte=at)
        )

    def between(self, first: Organisation, second: Organisation) -> AgreementQuerySet:
        """Agreements to which both bodies are parties."""
        return self.filter(parties__organisation=first).filter(parties__organisation=second)


class Agreement(models.Model):
    slug = models.SlugField(unique=True, max_length=80)
    title = models.CharField(max_length=300)
    kind = models.CharField(max_length=20, choices=AgreementKind.choices)
    status = models.CharField(max_length=20, choices=AgreementStatus.choices)
    summary = models.TextField(blank=True)
    signed_on = models.DateField(null=True, blank=True)
    in_force_on = models.DateField(null=True, blank=True)
    next_review_on = models.DateField(null=True, blank=True)
    review_rule = models.CharField(max_length=300, blank=True)
    supersedes = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="superseded_by"
    )
    source_url = models.URLField(blank=True, max_length=500)
    is_public = models.BooleanField(default=True)
    # Visible only to members of the parties (e.g. working notes, escalation detail).
    private_notes = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = AgreementQuerySet.as_manager()

    class Meta:
        ordering = ["title"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("register:agreement", kwargs={"slug": self.slug})

    @property
    def is_in_force(self) -> bool:
        return self.status in IN_FORCE_STATUSES


# Parties with this role must sign every version; others (e.g. a supporting body) need not.
SIGNATORY = "signatory"
SUPPORTER = "supporter"
PARTY_ROLES = {
    SIGNATORY: "Signatory: signs every version",
    SUPPORTER: "Supporter: backs the agreement without signing it",
}


class Party(models.Model):
    agreement = models.ForeignKey(Agreement, on_delete=models.CASCADE, related_name="parties")
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="parties")
    relationship_lead = models.CharField(max_length=200, blank=True)
    relationship_lead_email = models.EmailField(blank=True)
    # e.g. "signatory"; the LGA supports the 2017 liaison MoU without signing it.
    role = models.CharField(max_length=60, default=SIGNATORY)

    class Meta:
        ordering = ["organisation__name"]
        constraints = [
            models.UniqueConstraint(fields=["agreement", "organisation"], name="one_party_per_org")
        ]

    def __str__(self) -> str:
        return f"{self.organisation} — {self.agreement}"


class VersionState(models.TextChoices):
    DRAFT = "draft", "Draft"
    AWAITING_SIGNOFF = "awaiting_signoff", "Awaiting sign-off"
    PUBLISHED = "published", "Published"
    SUPERSEDED = "superseded", "Superseded"


class AgreementVersion(models.Model):
    agreement = models.ForeignKey(Agreement, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    state = models.CharField(
        max_length=20, choices=VersionState.choices, default=VersionState.DRAFT
    )
    label = models.CharField(max_length=200, blank=True, help_text="e.g. 'February 2015 text'")
    source_name = models.CharField(max_length=255, blank=True)
    sha256 = models.CharField(max_length=64, blank=True)
    text = models.TextField(blank=True)
    change_note = models.TextField(blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    published_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["agreement", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["agreement", "number"], name="unique_version_number")
        ]

    def __str__(self) -> str:
        return f"{self.agreement} v{self.number}"

    @property
    def is_editable(self) -> bool:
        return self.state == VersionState.DRAFT

    def clean(self) -> None:
        if self.pk and self.state in {VersionState.PUBLISHED, VersionState.SUPERSEDED}:
            stored = AgreementVersion.objects.filter(pk=self.pk).values("text", "sha256").first()
            if stored and (stored["text"] != self.text or stored["sha256"] != self.sha256):
                raise ValidationError("A published version cannot be changed.")


class SignOff(models.Model):
    version = models.ForeignKey(AgreementVersion, on_delete=models.CASCADE, related_name="signoffs")
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    signed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    signed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["version", "organisation"], name="one_signoff_per_org")
        ]

    def __str__(self) -> str:
        return f"{self.organisation} signed {self.version}"


class Clause(models.Model):
    version = models.ForeignKey(AgreementVersion, on_delete=models.CASCADE, related_name="clauses")
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="children"
    )
    number = models.CharField(max_length=30, blank=True, help_text="As printed: 16, (ii), 5.3, g")
    path = models.CharField(max_length=120, help_text="Stable path, e.g. 18.ii or annex-b.1")
    heading = models.CharField(max_length=300, blank=True)
    text = models.TextField(blank=True)
    order = models.PositiveIntegerField()
    start = models.PositiveIntegerField(null=True, blank=True)
    end = models.PositiveIntegerField(null=True, blank=True)

    class Meta:
        ordering = ["version", "order"]
        constraints = [
            models.UniqueConstraint(fields=["version", "path"], name="unique_clause_path")
        ]

    def __str__(self) -> str:
        return f"{self.version.agreement.slug} §{self.path}"


class EscalationLevel(models.IntegerChoices):
    WORKING = 1, "Working level"
    MANAGERS = 2, "Relationship leads / managers"
    CHIEF_EXECUTIVES = 3, "Chief executives and heads of body"


class Contact(models.Model):
    agreement = models.ForeignKey(Agreement, on_delete=models.CASCADE, related_name="contacts")
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    name = models.CharField(max_length=200, blank=True)
    role = models.CharField(max_length=200)
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=40, blank=True)
    address = models.TextField(blank=True)
    escalation_level = models.PositiveSmallIntegerField(
        choices=EscalationLevel.choices, default=EscalationLevel.WORKING
    )
    is_public = models.BooleanField(default=False)

    class Meta:
        ordering = ["agreement", "escalation_level", "organisation__name", "name"]

    def __str__(self) -> str:
        return f"{self.name or self.role} ({self.organisation.label})"


class Forum(models.Model):
    slug = models.SlugField(unique=True)
    name = models.CharField(max_length=200)
    purpose = models.TextField(blank=True)
    meetings_per_year = models.PositiveSmallIntegerField(default=3)
    is_decision_making = models.BooleanField(default=False)

    def __str__(self) -> str:
        return self.name


class ForumMember(models.Model):
    forum = models.ForeignKey(Forum, on_delete=models.CASCADE, related_name="members")
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    role = models.CharField(max_length=100, blank=True, help_text="e.g. Chair and secretariat")

    class Meta:
        ordering = ["organisation__name"]
        constraints = [
            models.UniqueConstraint(fields=["forum", "organisation"], name="one_seat_per_org")
        ]

    def __str__(self) -> str:
        return f"{self.organisation} in {self.forum}"


class Meeting(models.Model):
    """A meeting of a forum or of an agreement's parties, with its agenda and action note."""

    forum = models.ForeignKey(
        Forum, null=True, blank=True, on_delete=models.CASCADE, related_name="meetings"
    )
    agreement = models.ForeignKey(
        Agreement, null=True, blank=True, on_delete=models.CASCADE, related_name="meetings"
    )
    held_on = models.DateField()
    title = models.CharField(max_length=200, blank=True)
    agenda = models.TextField(blank=True)
    action_note = models.TextField(blank=True)

    class Meta:
        ordering = ["-held_on"]
        constraints = [
            models.CheckConstraint(
                condition=Q(forum__isnull=False) | Q(agreement__isnull=False),
                name="meeting_belongs_somewhere",
            )
        ]

    def __str__(self) -> str:
        return f"{self.forum or self.agreement} on {self.held_on:%d %B %Y}"

    @property
    def is_planned(self) -> bool:
        return self.held_on > dt.date.today()


class MeetingAction(models.Model):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="actions")
    text = models.TextField()
    owner = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    due_on = models.DateField(null=True, blank=True)
    done = models.BooleanField(default=False)

    def __str__(self) -> str:
        return self.text[:60]
