"""iCalendar feeds of due items (RFC 5545, with the icalendar package)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.conf import settings
from icalendar import Calendar, Event

from jointwork.obligations.models import DueItem


def _describe(item: DueItem) -> str:
    trace = item.trace or {}
    lines = [item.obligation.summary, f"Clause: {item.obligation.citation}"]
    if item.earliest is not None:
        lines.append(f"Window opens {item.earliest.date().isoformat()}")
    if trace:
        lines.append(
            f"Calculated: {trace.get('rule')} — anchor {trace.get('anchor')}, offset "
            f"{trace.get('offset')}"
        )
        for skip in trace.get("skipped", []):
            lines.append(f"Skipped {skip['date']}: {skip['reason']}")
    lines.append(f"{settings.SITE_URL}{item.get_absolute_url()}")
    return "\n".join(lines)


def feed(items: Iterable[DueItem], *, name: str) -> bytes:
    cal = Calendar()
    cal.add("prodid", "-//Jointwork//obligations//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", name)
    stamp = dt.datetime.now(dt.UTC)
    for item in items:
        event = Event()
        event.add("uid", f"due-item-{item.pk}@jointwork")
        event.add("dtstamp", stamp)
        # A window (e.g. a review due in two to three years) shows on its closing day, not as
        # a year-long bar; the description says when it opens.
        event.add("dtstart", item.due.astimezone(dt.UTC))
        event.add("dtend", item.due.astimezone(dt.UTC))
        event.add("summary", f"[{item.get_state_display()}] {item.title}")
        event.add("description", _describe(item))
        event.add("categories", [item.obligation.get_kind_display()])
        cal.add_component(event)
    return cal.to_ical()
