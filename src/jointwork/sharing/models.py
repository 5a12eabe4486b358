"""Share requests, their decisions, and the hash-chained ledger."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, NoReturn

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import models
from django.urls import reverse

from jointwork.accounts.models import Organisation


class RequestState(models.TextChoices):
    ALLOWED = "allowed", "Allowed"
    DENIED = "denied", "Denied"
    AWAITING_REVIEW = "awaiting_review", "Awaiting information governance review"
    APPROVED = "approved", "Approved after review"
    REFUSED = "refused", "Refused after review"


# States in which the receiving body may see what it received.
RECEIVED_STATES = frozenset({RequestState.ALLOWED, RequestState.APPROVED})


class ShareRequestQuerySet(models.QuerySet["ShareRequest"]):
    def awaiting_review_for(self, organisation_ids: Iterable[int]) -> ShareRequestQuerySet:
        """Requests a sending body's information governance must approve or refuse."""
        return self.filter(state=RequestState.AWAITING_REVIEW, sender_id__in=organisation_ids)

    def received_by(self, organisation_ids: Iterable[int]) -> ShareRequestQuerySet:
        """What a receiving body has been sent: allowed outright or approved after review."""
        return self.filter(state__in=RECEIVED_STATES, recipient_id__in=organisation_ids)


class ShareRequest(models.Model):
    agreement = models.ForeignKey(
        "register.Agreement", on_delete=models.PROTECT, related_name="share_requests"
    )
    sender = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    recipient = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    filed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    purpose = models.TextField()
    data_description = models.TextField(blank=True)
    # The DESIGN.md flags; null = not stated (the policy then asks for review).
    personal_data = models.BooleanField(null=True)
    identifies_service_users = models.BooleanField(null=True)
    identifies_registered_persons = models.BooleanField(null=True)
    special_category = models.BooleanField(null=True)
    pre_publication = models.BooleanField(null=True)
    foi_request = models.BooleanField(null=True)
    legal_basis = models.CharField(max_length=300, blank=True)
    state = models.CharField(max_length=20, choices=RequestState.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ShareRequestQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"Share request {self.pk}: {self.sender.label} to {self.recipient.label}"

    def get_absolute_url(self) -> str:
        return reverse("sharing:request", kwargs={"pk": self.pk})


class DecisionKind(models.TextChoices):
    POLICY = "policy", "Policy decision"
    APPROVAL = "approval", "Approved by information governance"
    REFUSAL = "refusal", "Refused by information governance"


class Decision(models.Model):
    request = models.ForeignKey(ShareRequest, on_delete=models.PROTECT, related_name="decisions")
    kind = models.CharField(max_length=20, choices=DecisionKind.choices)
    decision = models.CharField(max_length=20)  # allow | deny | needs_review
    basis = models.CharField(max_length=20, blank=True)  # allowed, prohibited, not_authorised, …
    reasons = models.JSONField(default=list)  # [{rule, effect, text, citation, condition}]
    policy_version = models.CharField(max_length=120)
    error = models.TextField(blank=True)
    approver = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    note = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["request", "id"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.decision} (request {self.request_id})"


class LedgerEntry(models.Model):
    """One link of the hash chain. The payload is stored as its exact canonical JSON text."""

    seq = models.PositiveBigIntegerField(unique=True)
    prev_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64, unique=True)
    payload = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["seq"]

    def __str__(self) -> str:
        return f"ledger #{self.seq} {self.hash[:12]}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk is not None:
            raise PermissionDenied("Ledger entries are append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise PermissionDenied("Ledger entries are append-only.")


class LedgerHead(models.Model):
    """The single row writers lock (SELECT … FOR UPDATE) so appends stay ordered and gap-free."""

    seq = models.PositiveBigIntegerField(default=0)
    hash = models.CharField(max_length=64)

    def __str__(self) -> str:
        return f"ledger head #{self.seq}"
