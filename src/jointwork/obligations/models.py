"""Duties that agreements create. Due items and reminders build on :class:`Obligation`."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from jointwork.accounts.models import Organisation


class ObligationKind(models.TextChoices):
    MEETING = "meeting", "Meeting"
    REVIEW = "review", "Review"
    NOTICE_BEFORE_PUBLICATION = "notice_before_publication", "Notice before publication"
    FOI_CONSULTATION = "foi_consultation", "Consult before answering an FOI request"
    INFORM = "inform", "Inform or notify"
    SHARE_INFORMATION = "share_information", "Share information"
    PROHIBITION = "prohibition", "Prohibition"
    CONFIDENTIALITY = "confidentiality", "Confidentiality"
    ESCALATION = "escalation", "Escalation"
    TRAINING = "training", "Training"
    OTHER = "other", "Other"


class ObligationState(models.TextChoices):
    CANDIDATE = "candidate", "Candidate (awaiting review)"
    CONFIRMED = "confirmed", "Confirmed"
    REJECTED = "rejected", "Rejected"


class ObligationQuerySet(models.QuerySet):
    def confirmed(self) -> ObligationQuerySet:
        """Only confirmed obligations count: they feed the calendar and the sharing policy."""
        return self.filter(state=ObligationState.CONFIRMED)


class Obligation(models.Model):
    agreement = models.ForeignKey(
        "register.Agreement", on_delete=models.CASCADE, related_name="obligations"
    )
    version = models.ForeignKey(
        "register.AgreementVersion",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="obligations",
    )
    clause = models.ForeignKey(
        "register.Clause", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # The citation as printed in the agreement, kept even when no Clause row exists.
    clause_path = models.CharField(max_length=120, blank=True)
    kind = models.CharField(max_length=40, choices=ObligationKind.choices)
    bearers = models.ManyToManyField(Organisation, related_name="obligations_borne")
    counterparties = models.ManyToManyField(
        Organisation, blank=True, related_name="obligations_owed"
    )
    summary = models.TextField()
    quote = models.TextField(blank=True)
    # RFC 5545 RRULE, e.g. "FREQ=MONTHLY;INTERVAL=3" for quarterly meetings.
    rrule = models.CharField(max_length=300, blank=True)
    # Event name + ISO 8601 duration offset, e.g. ("press_release", "-PT24H").
    trigger_event = models.CharField(max_length=60, blank=True)
    trigger_offset = models.CharField(max_length=40, blank=True)
    details = models.JSONField(default=dict, blank=True)
    state = models.CharField(
        max_length=20, choices=ObligationState.choices, default=ObligationState.CANDIDATE
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ObligationQuerySet.as_manager()

    class Meta:
        ordering = ["agreement", "clause_path", "id"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ({self.agreement.slug} §{self.clause_path})"
