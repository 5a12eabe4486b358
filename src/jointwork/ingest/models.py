"""An uploaded document on its way to becoming a draft agreement version."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse

from jointwork.register.models import EscalationLevel


class JobState(models.TextChoices):
    QUEUED = "queued", "Waiting to start"
    RUNNING = "running", "Reading the document"
    DONE = "done", "Ready for review"
    FAILED = "failed", "Could not be read"


class IngestJob(models.Model):
    """One upload: its bytes until parsed, its progress, and the draft version it produced.

    Long documents are parsed by a background task (django-tasks); the progress page polls this
    row. The bytes are dropped once the draft is saved: the version holds the text from then on.
    """

    agreement = models.ForeignKey(
        "register.Agreement", on_delete=models.CASCADE, related_name="ingest_jobs"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    source_name = models.CharField(max_length=255)
    sha256 = models.CharField(max_length=64)
    size = models.PositiveIntegerField()
    data = models.BinaryField(editable=False, blank=True)
    state = models.CharField(max_length=20, choices=JobState.choices, default=JobState.QUEUED)
    progress = models.PositiveSmallIntegerField(default=0, help_text="Per cent done")
    error = models.TextField(blank=True)
    # What the reviewer should check: the parser's guesses and names matching no organisation.
    warnings = models.JSONField(default=list, blank=True)
    version = models.ForeignKey(
        "register.AgreementVersion",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # SHA-256 of the version text the clauses and candidates were extracted from: when the
    # draft's text is edited later, the review page offers to extract it again.
    text_sha256 = models.CharField(max_length=64, blank=True)
    task_id = models.CharField(max_length=64, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.source_name} for {self.agreement.slug} ({self.state})"

    def get_absolute_url(self) -> str:
        return reverse("ingest:job", kwargs={"pk": self.pk})

    @property
    def is_finished(self) -> bool:
        return self.state in {JobState.DONE, JobState.FAILED}


class ContactCandidate(models.Model):
    """A person the document names in its contacts annex (``ingest.contacts``), stored with
    the draft version it was read from. Nothing is added to the register until a person
    chooses to add it (``services.contact_candidate_add``); the spans point into the
    version's text."""

    version = models.ForeignKey(
        "register.AgreementVersion", on_delete=models.CASCADE, related_name="contact_candidates"
    )
    order = models.PositiveIntegerField()
    # As the document names it: a party's full name when it used a name the document defines.
    organisation_name = models.CharField(max_length=300, blank=True)
    # The organisation that name matched when the draft was saved (None: the reviewer chooses).
    organisation = models.ForeignKey(
        "accounts.Organisation", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    name = models.CharField(max_length=200, blank=True)
    role = models.CharField(max_length=200, blank=True)
    email = models.CharField(max_length=254, blank=True)
    phone = models.CharField(max_length=40, blank=True)
    address = models.TextField(blank=True)
    escalation_level = models.PositiveSmallIntegerField(
        null=True, blank=True, choices=EscalationLevel.choices
    )
    clause_path = models.CharField(max_length=120, blank=True)
    spans = models.JSONField(default=dict, blank=True)  # field -> [start, end] in the text

    class Meta:
        ordering = ["version", "order"]

    def __str__(self) -> str:
        return f"{self.name or self.role} ({self.organisation_name}) in {self.version}"
