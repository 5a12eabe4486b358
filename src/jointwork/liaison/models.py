"""Incidents and their triage: who leads, who is told, why, and what the bodies then decided."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models

from jointwork.accounts.models import Organisation


class IncidentQuerySet(models.QuerySet["Incident"]):
    def visible_to(self, user: Any) -> IncidentQuerySet:
        """Incidents a user may see: those their organisations reported or are named in.

        A body is "named" when the current triage names it as lead, candidate or one to notify
        (the MoU's information sharing, Annex C, is between the bodies involved).
        """
        if getattr(user, "is_superuser", False):
            return self
        if not getattr(user, "is_authenticated", False):
            return self.none()
        org_ids = list(user.memberships.values_list("organisation_id", flat=True))
        return self.filter(
            models.Q(reporter_organisation_id__in=org_ids)
            | models.Q(triages__organisations__in=org_ids)
        ).distinct()


class Incident(models.Model):
    """A health and safety incident as reported: the facts of the `jointwork triage` contract."""

    summary = models.CharField(max_length=300, help_text="What happened, in a sentence.")
    facts = models.JSONField(help_text="The facts as given (DESIGN.md triage contract).")
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    reporter_organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="incidents_reported"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = IncidentQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"Incident {self.pk}: {self.summary}"


class TriageState(models.TextChoices):
    PROPOSED = "proposed", "Proposed by the table"
    ACCEPTED = "accepted", "Lead accepted"
    HANDED_OVER = "handed_over", "Lead handed over"
    AGREED = "agreed", "Lead agreed between the bodies"


class Triage(models.Model):
    """The table's answer for an incident, and the lead body's response to it."""

    incident = models.ForeignKey(Incident, on_delete=models.CASCADE, related_name="triages")
    # The table's answer, exactly as `jointwork triage --json` gives it.
    lead = models.CharField(max_length=20)
    candidates = models.JSONField(default=list)
    notify = models.JSONField(default=list)
    reasons = models.JSONField(default=list)
    table_version = models.CharField(max_length=60)
    # The register organisations of every body the answer names, for visibility.
    organisations = models.ManyToManyField(Organisation, blank=True, related_name="+")
    # What the bodies did with it: the body now leading ("" until agreed when the table asks
    # the bodies to agree primacy), by whom and why.
    state = models.CharField(
        max_length=20, choices=TriageState.choices, default=TriageState.PROPOSED
    )
    lead_body = models.CharField(max_length=20, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_reason = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        get_latest_by = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"Triage of incident {self.incident_id}: {self.lead_body or self.lead}"

    def as_contract(self) -> dict:
        return {
            "lead": self.lead,
            "candidates": self.candidates,
            "notify": self.notify,
            "reasons": self.reasons,
            "table_version": self.table_version,
        }
