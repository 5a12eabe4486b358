"""The one vocabulary of trigger events and the bridge from the ingest contract to the engine.

Pure module (no Django): ``ingest.extract`` names events from :data:`EVENTS`, ``ingest.services``
turns the ``jointwork ingest --json`` values into what ``recurrence`` understands, and
``obligations.models.TriggerEventKind`` is built from the events that can be put on a calendar.

- An event is *scheduled* when a person can record it with a time (a planned publication, a press
  release, an FOI request received) and the engine then computes due items from it. A party's
  request for a review or a disagreement to escalate is kept on the duty, but it has no time that
  can be planned, so it never makes a due item.
- The contract carries a rhythm as an RFC 5545 RRULE plus, for "at least annually" or "every two
  to three years", a ``window`` (``P0D/P1Y``, ``P2Y/P3Y``); the engine stores
  ``WINDOW=<min>/<max>``.
- The contract carries an offset as an ISO 8601 duration plus ``"working_days": true`` when the
  text counts working days (``-P10D``); the engine stores ``-10WD``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class EventKind:
    name: str
    label: str
    scheduled: bool
    # Working-day calendar for offsets counted from this event; None = the obligation's own.
    region: str | None = None
    source: str = ""
    # Recorded by a person on an agreement's calendar; False for events another domain raises.
    on_calendar: bool = True


EVENTS: tuple[EventKind, ...] = (
    EventKind(
        "publication",
        "Planned publication",
        True,
        source="CQC–LGA MoU 2015 ¶18(i): drafts about 48 hours before release to the media",
    ),
    EventKind(
        "press_release",
        "Press release",
        True,
        source="CQC–LGA MoU 2015 ¶18(ii): press releases about 24 hours before release",
    ),
    EventKind(
        "foi_request",
        "FOI request received",
        True,
        # FOIA 2000 s10(6): a bank holiday in any part of the UK is not a working day.
        region="uk",
        source="FOIA 2000 s10 and the s45 code on consultation (rules.md §2.5)",
    ),
    EventKind(
        "incident",
        "Incident triaged",
        True,
        source="CQC/HSE/LA liaison MoU 2015 para 4: notify relevant bodies (jointwork.liaison)",
        on_calendar=False,
    ),
    EventKind(
        "party_request",
        "A party asks (e.g. for a review)",
        False,
        source="CQC–LGA MoU 2015 ¶20; CQC–Ofsted MoU 2011 ¶23: review at either party's request",
    ),
    EventKind(
        "disagreement",
        "A disagreement to escalate",
        False,
        source="DESIGN.md escalation ladder (working level -> managers -> chief executives)",
    ),
)
BY_NAME: dict[str, EventKind] = {event.name: event for event in EVENTS}
SCHEDULED: tuple[EventKind, ...] = tuple(event for event in EVENTS if event.scheduled)


class VocabularyError(ValueError):
    """A value from the ingest contract that the engine cannot take; the message names it."""


def event_kind(name: str) -> EventKind:
    try:
        return BY_NAME[name]
    except KeyError:
        known = ", ".join(BY_NAME)
        raise VocabularyError(f"unknown event {name!r}: expected one of {known}") from None


def is_scheduled(name: str) -> bool:
    """True when recording this event with a time makes due items."""
    found = BY_NAME.get(name)
    return found is not None and found.scheduled


_WINDOW = re.compile(r"^P[0-9YMWD]+/P[0-9YMWD]+$")


def engine_rhythm(recurrence: str | None, window: str | None) -> str:
    """The rhythm the engine stores: ``WINDOW=<min>/<max>`` when the text gives a due window,
    else the RRULE (``""`` for none)."""
    if window:
        if not _WINDOW.match(window):
            raise VocabularyError(f"invalid window {window!r}: expected <min>/<max>, e.g. P2Y/P3Y")
        return f"WINDOW={window}"
    return (recurrence or "").removeprefix("RRULE:")


_DAYS = re.compile(r"^(?P<sign>[+-])?P(?P<n>\d+)D$")


def engine_offset(offset: str | None, *, working_days: bool = False) -> str:
    """The offset the engine stores: ``-P10D`` with the working-days flag becomes ``-10WD``;
    any other offset is kept (``-PT48H``)."""
    if not offset:
        return ""
    if not working_days:
        return offset
    match = _DAYS.match(offset.strip().upper())
    if match is None:
        raise VocabularyError(f"invalid working-day offset {offset!r}: expected e.g. P20D or -P5D")
    return f"{match['sign'] or '+'}{match['n']}WD"
