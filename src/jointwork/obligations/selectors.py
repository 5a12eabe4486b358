"""Reads for obligations: dashboards, calendars, compliance. Each keeps its queries few."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from django.contrib.auth import get_user_model
from django.db.models import Count, F, Q

from jointwork.accounts.models import Organisation
from jointwork.obligations.models import DueItem, DueItemQuerySet, DueItemState, Obligation
from jointwork.obligations.recurrence import LONDON

UPCOMING_DAYS = 90


RELATED = ("obligation__agreement", "obligation__forum", "counterparty", "event__organisation")


def _items() -> DueItemQuerySet:
    """Items that count (``DueItem.objects.in_force()``), with what their pages show."""
    return DueItem.objects.in_force().select_related(*RELATED)


@dataclass
class Dashboard:
    organisation: Organisation
    at: dt.datetime
    overdue: list[DueItem] = field(default_factory=list)
    this_week: list[DueItem] = field(default_factory=list)
    upcoming: list[DueItem] = field(default_factory=list)
    paused: list[DueItem] = field(default_factory=list)
    by_agreement: dict[tuple[str, str], list[DueItem]] = field(default_factory=dict)


def week_end(at: dt.datetime) -> dt.datetime:
    """The end of the London week (Sunday midnight) containing ``at``."""
    local = at.astimezone(LONDON)
    monday = local.date() - dt.timedelta(days=local.weekday())
    return dt.datetime.combine(monday + dt.timedelta(days=7), dt.time(0), tzinfo=LONDON)


def dashboard(*, organisation: Organisation, at: dt.datetime) -> Dashboard:
    """An organisation's open items: overdue, due this week, upcoming (90 days), by agreement.

    One query for the items (with their obligation, agreement, forum and counterparty)."""
    board = Dashboard(organisation=organisation, at=at)
    horizon = at + dt.timedelta(days=UPCOMING_DAYS)
    end_of_week = week_end(at)
    items = _items().borne_by(organisation).open().filter(due__lt=horizon).order_by("due", "id")
    # (agreement or forum name, agreement slug or "") → its items, for the "by agreement" list.
    grouped: dict[tuple[str, str], list[DueItem]] = defaultdict(list)
    for item in items:
        if item.paused_at is not None:
            board.paused.append(item)
        elif item.due < at:
            board.overdue.append(item)
        elif item.due < end_of_week:
            board.this_week.append(item)
        else:
            board.upcoming.append(item)
        duty = item.obligation
        grouped[(duty.source_name, duty.agreement.slug if duty.agreement else "")].append(item)
    board.by_agreement = dict(sorted(grouped.items()))
    return board


def agreement_calendar(*, agreement: Any, start: dt.datetime, end: dt.datetime) -> list[DueItem]:
    return list(
        _items().filter(obligation__agreement=agreement).due_between(start, end).order_by("due")
    )


def items_between(
    *,
    start: dt.datetime,
    end: dt.datetime,
    agreement_slug: str | None = None,
    organisation: Organisation | None = None,
) -> list[DueItem]:
    qs = _items().due_between(start, end)
    if agreement_slug:
        qs = qs.filter(obligation__agreement__slug=agreement_slug)
    if organisation is not None:
        qs = qs.borne_by(organisation)
    return list(qs.order_by("due", "id"))


def item_detail(*, pk: int) -> DueItem:
    # Any item, even of a duty no longer in force: its page says what became of it.
    return (
        DueItem.objects.select_related(*RELATED)
        .prefetch_related(
            "changes__actor", "reminders", "obligation__bearers", "obligation__agreement__parties"
        )
        .select_related("closed_by", "closed_for", "obligation__owner")
        .get(pk=pk)
    )


@dataclass(frozen=True)
class Compliance:
    """On time / late / missed over a period; waived items count in none of them."""

    on_time: int
    late: int
    missed: int
    waived: int
    open_overdue: int

    @property
    def rate(self) -> float | None:
        total = self.on_time + self.late + self.missed + self.open_overdue
        return None if total == 0 else self.on_time / total


def compliance(
    *,
    start: dt.datetime,
    end: dt.datetime,
    at: dt.datetime,
    agreement: Any = None,
    organisation: Organisation | None = None,
) -> Compliance:
    """Compliance for items due in [start, end): done by the due time is on time, done after
    it is late, marked missed or still open past due is missed. One query."""
    qs = DueItem.objects.in_force().due_between(start, end)
    if agreement is not None:
        qs = qs.filter(obligation__agreement=agreement)
    if organisation is not None:
        qs = qs.borne_by(organisation)
    done = Q(state=DueItemState.DONE)
    counts = qs.aggregate(
        on_time=Count("id", filter=done & Q(closed_at__lte=F("due"))),
        late=Count("id", filter=done & Q(closed_at__gt=F("due"))),
        missed=Count("id", filter=Q(state=DueItemState.MISSED)),
        waived=Count("id", filter=Q(state=DueItemState.WAIVED)),
        open_overdue=Count(
            "id", filter=Q(state=DueItemState.OPEN, due__lt=at, paused_at__isnull=True)
        ),
    )
    return Compliance(**counts)


def compliance_by_agreement(
    *, organisation: Organisation, start: dt.datetime, end: dt.datetime, at: dt.datetime
) -> dict[str, Compliance]:
    """Per agreement (or forum) the organisation bears duties under, in one query."""
    done = Q(state=DueItemState.DONE)
    rows = (
        DueItem.objects.in_force()
        .borne_by(organisation)
        .due_between(start, end)
        .values("obligation__agreement__slug", "obligation__forum__slug")
        .annotate(
            on_time=Count("id", filter=done & Q(closed_at__lte=F("due"))),
            late=Count("id", filter=done & Q(closed_at__gt=F("due"))),
            missed=Count("id", filter=Q(state=DueItemState.MISSED)),
            waived=Count("id", filter=Q(state=DueItemState.WAIVED)),
            open_overdue=Count(
                "id", filter=Q(state=DueItemState.OPEN, due__lt=at, paused_at__isnull=True)
            ),
        )
        .order_by("obligation__agreement__slug", "obligation__forum__slug")
    )
    out: dict[str, Compliance] = {}
    for row in rows:
        label = row.pop("obligation__agreement__slug") or row.pop("obligation__forum__slug")
        row.pop("obligation__forum__slug", None)
        out[label] = Compliance(**row)
    return out


def obligations_of(*, agreement: Any) -> list[Obligation]:
    return list(
        Obligation.objects.filter(agreement=agreement)
        .in_force()
        .prefetch_related("bearers", "counterparties")
        .select_related("owner")
    )


def people_at(*, organisations: list[Organisation]) -> list[Any]:
    """Active people at these organisations: whom a duty can be handed over to."""
    return list(
        get_user_model()
        .objects.filter(is_active=True, memberships__organisation__in=organisations)
        .distinct()
        .order_by("username")
    )


def item_json(item: DueItem) -> dict[str, Any]:
    """An item as the `due` command and the API print it (the DESIGN contract)."""
    return {
        "id": item.pk,
        "title": item.title,
        "due": item.due.astimezone(LONDON).isoformat(),
        "earliest": item.earliest.astimezone(LONDON).isoformat() if item.earliest else None,
        "state": item.state,
        "agreement": agreement.slug if (agreement := item.obligation.agreement) else None,
        "forum": forum.slug if (forum := item.obligation.forum) else None,
        # A deadline set by law (FOIA s10) is not the duty's clause: it has its own kind and cite.
        "clause": None if item.statute else item.obligation.clause_path,
        "kind": "statutory_deadline" if item.statute else item.obligation.kind,
        "citation": item.citation,
        "counterparty": other.slug if (other := item.counterparty) else None,
        "trace": item.trace,
    }
