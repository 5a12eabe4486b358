"""Duties that agreements create. Due items and reminders build on :class:`Obligation`."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import models
from django.urls import reverse

from jointwork.accounts.models import Organisation
from jointwork.obligations import describe, statutes, vocabulary
from jointwork.register.models import VersionState


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
    # Replaced when a later version was published (see ``supersede``); kept, never deleted.
    SUPERSEDED = "superseded", "Superseded by a later version"


REGION_CHOICES = [
    ("eng", "England"),
    ("wls", "Wales"),
    ("sct", "Scotland"),
    ("nir", "Northern Ireland"),
    ("uk", "Any part of the UK (FOIA s10(6))"),
]
ROLL_CHOICES = [
    ("none", "Keep the date"),
    ("preceding", "Preceding working day"),
    ("following", "Following working day"),
]


class ObligationQuerySet(models.QuerySet["Obligation"]):
    def in_force(self) -> ObligationQuerySet:
        """The one rule for which duties count: **confirmed, and either without a version
        (entered by hand or from the built-in register) or from a published version**.

        Materialisation, reminders, event-triggered items, the due CLI, iCal, dashboards and the
        sharing policy all read this. A duty confirmed on a draft waits until every party has
        signed the version (its text is agreed); a duty of a superseded version, or one a
        published version replaced (state *superseded*), no longer counts."""
        return self.filter(state=ObligationState.CONFIRMED).filter(
            models.Q(version__isnull=True) | models.Q(version__state=VersionState.PUBLISHED)
        )


class Obligation(models.Model):
    # Null only for a forum's duty (seed 004: the forum "meets three times per year").
    agreement = models.ForeignKey(
        "register.Agreement",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="obligations",
    )
    forum = models.ForeignKey(
        "register.Forum",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="obligations",
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
    # When the rhythm starts (DTSTART, or the base of a due window), London time.
    anchor_at = models.DateTimeField(null=True, blank=True)
    # Working-day calendar for offsets and rolling; FOI deadlines count in "uk" (FOIA s10(6)).
    region = models.CharField(max_length=3, choices=REGION_CHOICES, default="eng")
    # A due date on a weekend or bank holiday moves to the preceding working day by default.
    roll = models.CharField(max_length=10, choices=ROLL_CHOICES, default="preceding")
    reminder_working_days = models.PositiveSmallIntegerField(default=5)
    # The published version whose duty replaced this one (state superseded).
    superseded_by = models.ForeignKey(
        "register.AgreementVersion",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ObligationQuerySet.as_manager()

    class Meta:
        ordering = ["agreement", "clause_path", "id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(agreement__isnull=False) | models.Q(forum__isnull=False),
                name="obligation_belongs_somewhere",
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ({self.source_label} §{self.clause_path})"

    @property
    def source_label(self) -> str:
        if self.agreement is not None:
            return self.agreement.slug
        # the check constraint obligation_belongs_somewhere: a saved duty has one or the other
        return self.forum.slug if self.forum is not None else ""

    @property
    def citation(self) -> str:
        return f"{self.source_label} §{self.clause_path}" if self.clause_path else self.source_label

    @property
    def source_name(self) -> str:
        if self.agreement is not None:
            return self.agreement.title
        return self.forum.name if self.forum is not None else ""

    @property
    def clause_label(self) -> str:
        """The clause for people: "§18.ii", or an unnumbered clause's heading."""
        return describe.describe_clause(self.clause_path)

    @property
    def short_citation(self) -> str:
        """ "cqc-lga-mou-2015 §18.ii", "cqc-lgsco-mou-2024 Duration and review": for traces."""
        return f"{self.source_label} {self.clause_label}" if self.clause_path else self.source_label

    @property
    def plain_citation(self) -> str:
        """ "CQC–LGA MoU 2015, §18.ii": the agreement's (or forum's) name and the clause."""
        if not self.clause_path:
            return self.source_name
        return f"{self.source_name}, {self.clause_label}"

    @property
    def when(self) -> str:
        """When the duty falls due, in words ("every 3 months", "48 hours before …")."""
        return describe.describe_when(
            self.rrule,
            self.trigger_event,
            self.trigger_offset,
            default_offset=(self.details or {}).get("offset_basis") == "default",
        )


class DueItemState(models.TextChoices):
    OPEN = "open", "Open"
    DONE = "done", "Done"
    MISSED = "missed", "Missed"
    WAIVED = "waived", "Waived"


class DueItemQuerySet(models.QuerySet["DueItem"]):
    def open(self) -> DueItemQuerySet:
        return self.filter(state=DueItemState.OPEN)

    def overdue(self, *, at: dt.datetime) -> DueItemQuerySet:
        """Open items whose due moment has passed at ``at``. Overdue is derived from the date,
        never stored, so it cannot go stale; a paused item is not overdue while paused."""
        return self.filter(state=DueItemState.OPEN, due__lt=at, paused_at__isnull=True)

    def due_between(self, start: dt.datetime, end: dt.datetime) -> DueItemQuerySet:
        """Items due in [start, end)."""
        return self.filter(due__gte=start, due__lt=end)

    def in_force(self) -> DueItemQuerySet:
        """Items that count: open items of duties in force (``Obligation.objects.in_force()``)
        or of a statute, and closed items of any duty (the record of what was done or waived)."""
        return self.filter(
            models.Q(obligation__in=Obligation.objects.in_force())
            | ~models.Q(state=DueItemState.OPEN)
            | ~models.Q(statute="")
        )

    def borne_by(self, organisation: Organisation) -> DueItemQuerySet:
        """Items the organisation must act on: a rhythm's items fall to every bearer; an event's
        items to the body whose event it is (the publisher, the FOI receiver). They stay visible
        to the organisation whoever owns them, so a person's leaving hides nothing."""
        borne = Obligation.objects.filter(bearers=organisation).values("id")
        return self.filter(
            models.Q(event__isnull=True, obligation_id__in=borne)
            | models.Q(event__organisation=organisation)
        )


# The events that make due items when recorded with a time, from the one vocabulary ingest uses.
# Built with Enum's functional API, which Django documents for Choices; django-stubs types only
# the class syntax (hence the ignore), and members made from data are Any to mypy either way.
TriggerEventKind = models.TextChoices(  # type: ignore[call-overload]
    "TriggerEventKind", [(e.name.upper(), (e.name, e.label)) for e in vocabulary.SCHEDULED]
)
# The events a person records on an agreement's calendar; the others (an incident triaged) are
# raised by their own domain through `event_items_open`.
CALENDAR_EVENT_KINDS = tuple(
    TriggerEventKind(e.name) for e in vocabulary.SCHEDULED if e.on_calendar
)


class TriggerEvent(models.Model):
    """Something that sets duties running: a planned publication, a press release, an FOI
    request. ``occurs_at`` is the release time or the time of receipt."""

    kind = models.CharField(max_length=30, choices=TriggerEventKind.choices)
    agreement = models.ForeignKey(
        "register.Agreement", on_delete=models.CASCADE, related_name="trigger_events"
    )
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    occurs_at = models.DateTimeField()
    title = models.CharField(max_length=300)
    reference = models.CharField(max_length=100, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-occurs_at"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.title}"


class DueItem(models.Model):
    obligation = models.ForeignKey(Obligation, on_delete=models.CASCADE, related_name="due_items")
    # Stable per obligation (the rule's occurrence, or event + counterparty): re-running the
    # materialiser finds the item instead of adding a second one.
    key = models.CharField(max_length=160)
    title = models.CharField(max_length=300)
    due = models.DateTimeField()
    earliest = models.DateTimeField(null=True, blank=True)
    trace = models.JSONField(default=dict)
    state = models.CharField(max_length=10, choices=DueItemState.choices, default=DueItemState.OPEN)
    event = models.ForeignKey(
        TriggerEvent, null=True, blank=True, on_delete=models.CASCADE, related_name="due_items"
    )
    counterparty = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    # A deadline set by law, not by the duty (the key of its row under [statutory] in
    # fixtures/obligations.toml, e.g. "foi_request" for FOIA s10); blank for the duty's own items.
    statute = models.CharField(max_length=40, blank=True)
    paused_at = models.DateTimeField(null=True, blank=True)
    evidence = models.TextField(blank=True)
    reason = models.TextField(blank=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    closed_for = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    closed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = DueItemQuerySet.as_manager()

    class Meta:
        ordering = ["due", "id"]
        constraints = [
            models.UniqueConstraint(fields=["obligation", "key"], name="one_due_item_per_key")
        ]
        indexes = [models.Index(fields=["state", "due"])]

    def __str__(self) -> str:
        return f"{self.title} (due {self.due:%d %b %Y})"

    def get_absolute_url(self) -> str:
        return reverse("obligations:item", kwargs={"pk": self.pk})

    @property
    def statutory_rule(self) -> dict[str, str] | None:
        """The law's row (``[statutory]``) for a statutory deadline, else None."""
        return statutes.statutory_rules().get(self.statute) if self.statute else None

    @property
    def kind_label(self) -> str:
        """What kind of item this is: the statute's own kind for a statutory deadline."""
        rule = self.statutory_rule
        return rule["kind"] if rule else self.obligation.get_kind_display()

    @property
    def citation(self) -> str:
        """Where it comes from: "FOIA 2000 s10(1)" for the FOI deadline, else the clause."""
        rule = self.statutory_rule
        return rule["cite"] if rule else self.obligation.plain_citation

    def is_overdue(self, *, at: dt.datetime) -> bool:
        return self.state == DueItemState.OPEN and self.paused_at is None and self.due < at


class DueItemChange(models.Model):
    """A pause, resumption, extension or recomputation of an item's date, with its reason."""

    class Kind(models.TextChoices):
        PAUSED = "paused", "Paused"
        RESUMED = "resumed", "Resumed"
        EXTENDED = "extended", "Extended"
        RECOMPUTED = "recomputed", "Recomputed"

    item = models.ForeignKey(DueItem, on_delete=models.CASCADE, related_name="changes")
    kind = models.CharField(max_length=12, choices=Kind.choices)
    reason = models.TextField()
    old_due = models.DateTimeField(null=True, blank=True)
    new_due = models.DateTimeField(null=True, blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["at", "id"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.reason[:60]}"


class ExtraHoliday(models.Model):
    """A one-off or proclaimed bank holiday the holidays package does not know yet."""

    day = models.DateField()
    name = models.CharField(max_length=200)
    # Comma-separated: eng, wls, sct, nir, or uk for every nation.
    regions = models.CharField(max_length=40, default="uk")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["day"]
        constraints = [models.UniqueConstraint(fields=["day", "name"], name="unique_extra_holiday")]

    def __str__(self) -> str:
        return f"{self.name} ({self.day:%d %B %Y}, {self.regions})"

    @property
    def region_set(self) -> frozenset[str]:
        return frozenset(r.strip() for r in self.regions.split(",") if r.strip())


class Reminder(models.Model):
    """One reminder sent for an item to an organisation: recorded so it is sent once."""

    class Kind(models.TextChoices):
        BEFORE = "before", "Due soon"
        OVERDUE = "overdue", "Overdue"

    item = models.ForeignKey(DueItem, on_delete=models.CASCADE, related_name="reminders")
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    recipients = models.TextField()
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["item", "organisation", "kind"], name="one_reminder_per_kind"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} reminder for item {self.item_id}"


class FeedToken(models.Model):
    """A private iCal feed URL for an organisation's or one agreement's calendar."""

    token = models.CharField(max_length=64, unique=True)
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    agreement = models.ForeignKey(
        "register.Agreement", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        scope = self.agreement.slug if self.agreement is not None else self.organisation.slug
        return f"iCal feed for {scope}"
