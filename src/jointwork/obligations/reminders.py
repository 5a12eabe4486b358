"""Reminders: one digest email per organisation, naming each item due soon or overdue.

An item is reminded to each body that must act on it ``reminder_working_days`` working days
before it is due, and once more when it is overdue. Each reminder is recorded (one row per item,
organisation and kind, unique), so a re-run sends nothing twice. The rows are written in the
same transaction as the send: if sending fails, nothing is recorded and the next run retries.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction

from jointwork.accounts.models import Organisation
from jointwork.obligations.models import DueItem, Reminder
from jointwork.obligations.recurrence import LONDON
from jointwork.obligations.scheduling import bearers_of, working_calendar
from jointwork.obligations.workdays import WorkingCalendar
from jointwork.register.models import Party

# Look no further ahead than this for "due soon" (longer than any reminder period in use).
AHEAD_DAYS = 45


@dataclass(frozen=True)
class Pending:
    item: DueItem
    organisation: Organisation
    kind: str


def pending_reminders(*, at: dt.datetime) -> list[Pending]:
    """Reminders that are due and not yet sent."""
    items = (
        DueItem.objects.open()
        .in_force()
        .filter(paused_at__isnull=True, due__lt=at + dt.timedelta(days=AHEAD_DAYS))
        .select_related(
            "obligation__agreement", "obligation__forum", "obligation__owner", "event__organisation"
        )
        .prefetch_related("obligation__bearers", "reminders")
    )
    today = at.astimezone(LONDON).date()
    calendars: dict[str, WorkingCalendar] = {}
    out: list[Pending] = []
    for item in items:
        if item.due < at:
            kind = Reminder.Kind.OVERDUE
        else:
            region = item.obligation.region
            cal = calendars.get(region) or calendars.setdefault(region, working_calendar(region))
            days_left = cal.between(today, item.due.astimezone(LONDON).date())
            if days_left > item.obligation.reminder_working_days:
                continue
            kind = Reminder.Kind.BEFORE
        sent = {(r.organisation_id, r.kind) for r in item.reminders.all()}
        for organisation in bearers_of(item):
            if (organisation.pk, kind) not in sent:
                out.append(Pending(item, organisation, kind))
    return out


def _recipients(organisation: Organisation, items: list[DueItem]) -> list[str]:
    agreement_ids = {i.obligation.agreement_id for i in items if i.obligation.agreement_id}
    leads = Party.objects.filter(organisation=organisation, agreement_id__in=agreement_ids).exclude(
        relationship_lead_email=""
    )
    emails = {p.relationship_lead_email for p in leads}
    for item in items:
        owner = item.obligation.owner
        if (
            owner is not None
            and owner.email
            and owner.memberships.filter(organisation=organisation).exists()
        ):
            emails.add(owner.email)
    return sorted(emails)


def _digest(organisation: Organisation, pending: list[Pending]) -> str:
    lines = [f"Jointwork reminders for {organisation.name}", ""]
    for kind, heading in ((Reminder.Kind.OVERDUE, "Overdue"), (Reminder.Kind.BEFORE, "Due soon")):
        rows = [p for p in pending if p.kind == kind]
        if rows:
            lines.append(f"{heading}:")
            for p in rows:
                due = p.item.due.astimezone(LONDON)
                lines.append(
                    f"- {due:%a %d %b %Y %H:%M} {p.item.title} ({p.item.obligation.citation}) "
                    f"{settings.SITE_URL}{p.item.get_absolute_url()}"
                )
            lines.append("")
    return "\n".join(lines)


def reminders_send(*, at: dt.datetime) -> int:
    """Send one digest per organisation; return how many reminders were recorded."""
    by_org: dict[int, list[Pending]] = defaultdict(list)
    orgs: dict[int, Organisation] = {}
    for p in pending_reminders(at=at):
        by_org[p.organisation.pk].append(p)
        orgs[p.organisation.pk] = p.organisation
    recorded = 0
    for org_id, pending in by_org.items():
        organisation = orgs[org_id]
        recipients = _recipients(organisation, [p.item for p in pending])
        if not recipients:
            continue  # nobody to tell yet; it stays pending until a lead's email is known
        with transaction.atomic():
            Reminder.objects.bulk_create(
                [
                    Reminder(
                        item=p.item,
                        organisation=organisation,
                        kind=p.kind,
                        recipients=", ".join(recipients),
                    )
                    for p in pending
                ]
            )
            send_mail(
                subject=f"Jointwork: {len(pending)} duties need attention at {organisation.label}",
                message=_digest(organisation, pending),
                from_email=None,
                recipient_list=recipients,
            )
        recorded += len(pending)
    return recorded
