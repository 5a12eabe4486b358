"""Working out due items: calendars with the admin's extra holidays, an obligation's items for
a period, the items an event sets running, and recomputation. Reads and computes; the writes that
save what these return are in ``services``."""

from __future__ import annotations

import datetime as dt
from typing import Any

from jointwork.accounts.models import Organisation
from jointwork.obligations import describe, recurrence, workdays
from jointwork.obligations.models import (
    DueItem,
    DueItemState,
    ExtraHoliday,
    Obligation,
    TriggerEvent,
)
from jointwork.obligations.statutes import statutory_rules
from jointwork.obligations.workdays import Skip, WorkingCalendar

# Due items are made this many days ahead (the background task, and at once on confirmation).
HORIZON_DAYS = 400


def working_calendar(region: str) -> WorkingCalendar:
    """The region's working days, including every extra holiday an admin has entered."""
    extra = [workdays.ExtraHoliday(h.day, h.name, h.region_set) for h in ExtraHoliday.objects.all()]
    return workdays.calendar(region, extra)


def trace_dict(due: recurrence.DueDate, *, mode: str, region: str) -> dict[str, Any]:
    data = due.trace.to_dict()
    data["mode"] = mode  # how to recompute: "rhythm" rolls the nominal date, "offset" re-counts
    data["nominal"] = due.nominal.isoformat()
    data["calendar"] = region
    return data


def item_title(obligation: Obligation) -> str:
    return obligation.summary[:300]


def rhythm_due_items(
    obligation: Obligation, *, now: dt.datetime, until: dt.datetime
) -> list[DueItem]:
    """The obligation's due items (unsaved) from a month before ``now`` up to ``until``, each
    keyed by its occurrence so that saving them twice is harmless."""
    if not obligation.rrule:
        return []
    rhythm = recurrence.parse_rhythm(obligation.rrule)
    anchor = obligation.anchor_at or obligation.created_at
    cal = working_calendar(obligation.region)
    label = f"{obligation.short_citation}: {describe.describe_rhythm(obligation.rrule)}"
    if isinstance(rhythm, recurrence.WindowRhythm):
        dues = next_window(obligation, rhythm, anchor, cal, label, now, until)
    else:
        # Look back a little so an item due just before the first run is not skipped.
        start = max(anchor, now - dt.timedelta(days=LOOKBACK_DAYS))
        if start > until:
            return []
        dues = recurrence.expand(
            obligation.rrule,
            dtstart=anchor,
            start=start,
            end=until,
            calendar=cal,
            roll=recurrence.check_roll(obligation.roll),
            rule_label=label,
        )
    return [
        DueItem(
            obligation=obligation,
            key=due.key,
            title=item_title(obligation),
            due=due.due,
            earliest=due.earliest,
            trace=trace_dict(due, mode="rhythm", region=cal.region),
        )
        for due in dues
    ]


LOOKBACK_DAYS = 31


def next_window(
    obligation: Obligation,
    rhythm: recurrence.WindowRhythm,
    anchor: dt.datetime,
    cal: WorkingCalendar,
    label: str,
    now: dt.datetime,
    until: dt.datetime,
) -> list[recurrence.DueDate]:
    # One window at a time: the next opens from when the last was met (002: "at least
    # annually" runs from the last strategic meeting; a review from the last review).
    last = obligation.due_items.order_by("-due").first()
    if last is not None and last.state == DueItemState.OPEN:
        return []
    base = recurrence.london(anchor)
    if last is not None:
        base = last.closed_at if last.state == DueItemState.DONE and last.closed_at else last.due
    else:
        # Windows that closed before Jointwork tracked the duty are not invented as overdue
        # items (as with the look-back for rhythms): project from the close of each instead.
        while recurrence.london(dt.datetime.combine(base.date() + rhythm.maximum, dt.time())) < (
            now - dt.timedelta(days=LOOKBACK_DAYS)
        ):
            base = recurrence.london(dt.datetime.combine(base.date() + rhythm.maximum, dt.time()))
        if base.date() != anchor.astimezone(recurrence.LONDON).date():
            label = (
                f"{label}, projected from {anchor.date().isoformat()} (earlier windows untracked)"
            )
    basis = recurrence.Basis(
        rule=label,
        anchor=base.date(),
        offset=rhythm.text,
        region=cal.region,
        on_skip=f"rolled to the {obligation.roll} working day",
    )
    window = recurrence.window_after(
        rhythm,
        recurrence.london(base),
        basis,
        calendar=cal,
        roll=recurrence.check_roll(obligation.roll),
    )
    if window.earliest is not None and window.earliest > until:
        return []
    return [window]


def event_due_items(event: TriggerEvent) -> list[DueItem]:
    """The items an event sets running (unsaved): one per counterparty of each obligation it
    triggers, plus any statutory deadline it starts."""
    items: list[DueItem] = []
    obligations = (
        Obligation.objects.in_force()
        .filter(agreement=event.agreement, trigger_event=event.kind, bearers=event.organisation)
        # "Advance notice" with no interval has no date to compute (docs/obligations.md).
        .exclude(trigger_offset="")
        .select_related("agreement")
        .prefetch_related("counterparties")
    )
    for obligation in obligations:
        cal = working_calendar(obligation.region)
        due = recurrence.apply_offset(
            event.occurs_at,
            obligation.trigger_offset,
            calendar=cal,
            roll=recurrence.check_roll(obligation.roll),
            rule_label=f"{obligation.short_citation}: {obligation.when}",
        )
        for other in obligation.counterparties.all():
            if other.pk == event.organisation_id:
                continue
            items.append(
                DueItem(
                    obligation=obligation,
                    key=f"event:{event.pk}:{other.slug}",
                    title=f"{obligation.get_kind_display()} — {other.label}: {event.title}"[:300],
                    due=due.due,
                    trace=trace_dict(due, mode="offset", region=cal.region),
                    event=event,
                    counterparty=other,
                )
            )
    statute = statutory_rules().get(event.kind)
    if statute and items:
        # The statutory deadline hangs off the first obligation the event triggered (an item
        # needs one); `statute` marks it as the law's, so it shows its own kind and citation.
        cal = working_calendar(statute["region"])
        due = recurrence.apply_offset(
            event.occurs_at, statute["offset"], calendar=cal, rule_label=statute["citation"]
        )
        items.append(
            DueItem(
                obligation=items[0].obligation,
                key=f"event:{event.pk}:statutory",
                title=f"{statute['title']}: {event.title}"[:300],
                due=due.due,
                trace=trace_dict(due, mode="offset", region=cal.region),
                event=event,
                statute=event.kind,
            )
        )
    return items


def bearers_of(item: DueItem) -> list[Organisation]:
    """Who must act on an item: the event's body for an event item, else every bearer."""
    if item.event is not None:
        return [item.event.organisation]
    return list(item.obligation.bearers.all())


def recompute(item: DueItem, cal: WorkingCalendar) -> tuple[dt.datetime, dict[str, Any]]:
    """The item's due time and trace worked out again from its stored trace (e.g. after an
    extra holiday was added)."""
    trace = item.trace
    roll = recurrence.check_roll(item.obligation.roll)
    if trace.get("mode") == "offset":
        due = recurrence.apply_offset(
            dt.datetime.fromisoformat(trace["anchor"]),
            trace["offset"],
            calendar=cal,
            roll=roll,
            rule_label=trace["rule"],
        )
        return due.due, trace_dict(due, mode="offset", region=cal.region)
    nominal = dt.datetime.fromisoformat(trace["nominal"]).astimezone(recurrence.LONDON)
    day = nominal.date()
    skipped: tuple[Skip, ...] = ()
    if roll != "none":
        day, skipped = cal.roll(day, roll)
    due_at = recurrence.london(dt.datetime.combine(day, nominal.time()))
    notes = [n for n in trace.get("notes", []) if not n.startswith("rolled to")]
    if skipped:
        notes.append(f"rolled to the {roll} working day")
    new_trace = {
        **trace,
        "result": due_at.isoformat(),
        "region": cal.region if skipped else None,
        "skipped": [s.to_dict() for s in skipped],
        "notes": notes,
    }
    return due_at, new_trace
