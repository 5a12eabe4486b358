"""iCalendar feeds of due items (RFC 5545, with the icalendar package)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.conf import settings
from icalendar import Calendar, Event

from jointwork.obligations.models import DueItem


def _describe(item: DueItem, base_url: str) -> str:
    trace = item.trace or {}
    statute = item.statutory_rule
    if statute:
        # The deadline is the law's (FOIA s10), not the consultation clause's.
        lines = [f"{statute['title']}.", f"Set by law: {statute['citation']}"]
    else:
        lines = [
            item.obligation.summary,
            f"Clause: {item.obligation.plain_citation}",
            f"When: {item.obligation.when}",
        ]
    if item.earliest is not None:
        lines.append(f"Window opens {item.earliest.date().isoformat()}")
    if trace:
        lines.append(f"Calculated: {trace.get('rule')}, from {trace.get('anchor')}")
        for skip in trace.get("skipped", []):
            lines.append(f"Skipped {skip['date']}: {skip['reason']}")
    lines.append(f"{base_url.rstrip('/')}{item.get_absolute_url()}")
    return "\n".join(lines)


def feed(items: Iterable[DueItem], *, name: str, base_url: str | None = None) -> bytes:
    """The items as an iCalendar. ``base_url`` makes each event's link to its item page: pages
    pass ``request.build_absolute_uri("/")``; without a request (the CLI) it is ``SITE_URL``."""
    base_url = base_url or settings.SITE_URL
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
        event.add("description", _describe(item, base_url))
        event.add("categories", [item.kind_label])
        cal.add_component(event)
    return cal.to_ical()
