"""Expand an obligation's rhythm or trigger into due dates, each with its trace.

Pure module: no Django. All datetimes are aware; the wall clock is Europe/London.

Rhythms (the text stored on an obligation):
- an RFC 5545 RRULE (``FREQ=MONTHLY;INTERVAL=3``, optionally prefixed ``RRULE:``), expanded with
  dateutil on London wall-clock time, so a 10:00 meeting stays at 10:00 across the clock changes;
- a due window ``WINDOW=<min>/<max>`` of two ISO 8601 durations, for duties such as "strategic
  meetings at least annually" (``WINDOW=P0D/P1Y``: any time up to a year after the last one) or
  "reviewed every two to three years" (``WINDOW=P2Y/P3Y``: not before two years, not after three).

Trigger offsets (event + offset):
- ISO 8601 durations: ``-PT48H`` (elapsed hours, counted in UTC so that a clock change does not
  shorten or lengthen the notice), ``P3D`` / ``-P1W`` (calendar days on the London wall clock);
- working days: ``+20WD`` / ``-2WD`` (also written ``P20WD``), counted in a region's calendar.
"""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import Literal, get_args
from zoneinfo import ZoneInfo

from dateutil.relativedelta import relativedelta
from dateutil.rrule import rrule, rrulestr

from jointwork.obligations.workdays import Skip, Trace, WorkingCalendar

LONDON = ZoneInfo("Europe/London")
Roll = Literal["none", "preceding", "following"]
END_OF_DAY = time(23, 59)  # a deadline on a day runs to its end


class RecurrenceError(ValueError):
    """Bad rhythm, offset or date; the message names the text that is wrong."""


_ROLLS: dict[str, Roll] = {roll: roll for roll in get_args(Roll)}


def check_roll(roll: str) -> Roll:
    """Return ``roll`` if it is a way we know to move a date off a non-working day, else raise."""
    try:
        return _ROLLS[roll]
    except KeyError:
        raise RecurrenceError(
            f"unknown roll {roll!r}: expected one of {', '.join(_ROLLS)}"
        ) from None


# ---------------------------------------------------------------- parsing

_ISO_DURATION = re.compile(
    r"^(?P<sign>[+-])?P(?!$)(?:(?P<y>\d+)Y)?(?:(?P<mo>\d+)M)?(?:(?P<w>\d+)W)?(?:(?P<d>\d+)D)?"
    r"(?:T(?=\d)(?:(?P<h>\d+)H)?(?:(?P<mi>\d+)M)?(?:(?P<s>\d+)S)?)?$"
)
_WORKING_DAYS = re.compile(r"^(?P<sign>[+-])?P?(?P<n>\d+)WD$")


@dataclass(frozen=True)
class Offset:
    """A parsed trigger offset: calendar part, elapsed part, or working days."""

    text: str
    calendar: relativedelta
    elapsed: timedelta
    working_days: int | None = None


def parse_duration(text: str) -> tuple[relativedelta, timedelta]:
    """Split an ISO 8601 duration into its calendar part (Y/M/W/D) and elapsed part (H/M/S)."""
    match = _ISO_DURATION.match(text.strip().upper())
    if match is None:
        raise RecurrenceError(
            f"invalid offset {text!r}: expected an ISO 8601 duration such as -PT48H or P1Y, "
            "or working days such as +20WD"
        )
    sign = -1 if match["sign"] == "-" else 1

    def part(name: str) -> int:
        return sign * int(match[name] or 0)

    cal = relativedelta(years=part("y"), months=part("mo"), weeks=part("w"), days=part("d"))
    elapsed = timedelta(hours=part("h"), minutes=part("mi"), seconds=part("s"))
    return cal, elapsed


@lru_cache(maxsize=1024)
def parse_offset(text: str) -> Offset:
    """Parse ``-PT48H``, ``P3D``, ``+20WD`` … (see module docstring)."""
    if not isinstance(text, str) or not text.strip():
        raise RecurrenceError(f"invalid offset {text!r}: empty")
    wd = _WORKING_DAYS.match(text.strip().upper())
    if wd is not None:
        n = int(wd["n"]) * (-1 if wd["sign"] == "-" else 1)
        return Offset(text=text, calendar=relativedelta(), elapsed=timedelta(), working_days=n)
    cal, elapsed = parse_duration(text)
    return Offset(text=text, calendar=cal, elapsed=elapsed)


@dataclass(frozen=True)
class RRuleRhythm:
    text: str
    # (FREQ, INTERVAL) when the rule has no BY*, COUNT or UNTIL part: such rules (most duties in
    # agreements: monthly, quarterly, yearly) are expanded by arithmetic instead of by iterating
    # from DTSTART. tests/obligations check the fast path against dateutil.
    simple: tuple[str, int] | None = None


@dataclass(frozen=True)
class WindowRhythm:
    text: str
    minimum: relativedelta
    maximum: relativedelta


Rhythm = RRuleRhythm | WindowRhythm


@lru_cache(maxsize=4096)
def parse_rhythm(text: str) -> Rhythm:
    """Parse a stored rhythm: an RRULE or ``WINDOW=<min>/<max>``; raise naming what is wrong."""
    if not isinstance(text, str) or not text.strip():
        raise RecurrenceError(f"invalid rhythm {text!r}: empty")
    body = text.strip()
    if body.upper().startswith("WINDOW="):
        parts = body[len("WINDOW=") :].split("/")
        if len(parts) != 2:
            raise RecurrenceError(f"invalid window {text!r}: expected WINDOW=<min>/<max>")
        try:
            lo_cal, lo_el = parse_duration(parts[0])
            hi_cal, hi_el = parse_duration(parts[1])
        except RecurrenceError as exc:
            raise RecurrenceError(f"invalid window {text!r}: {exc}") from None
        if lo_el or hi_el:
            raise RecurrenceError(f"invalid window {text!r}: use whole days, months or years")
        probe = date(2000, 1, 1)
        if probe + hi_cal <= probe or probe + lo_cal < probe or probe + lo_cal > probe + hi_cal:
            raise RecurrenceError(f"invalid window {text!r}: need 0 <= min <= max and max > 0")
        return WindowRhythm(text=body, minimum=lo_cal, maximum=hi_cal)
    rule_text = body[len("RRULE:") :] if body.upper().startswith("RRULE:") else body
    _rrule_for(rule_text, datetime(2000, 1, 1, tzinfo=LONDON))  # validates
    return RRuleRhythm(text=rule_text, simple=_simple_shape(rule_text))


def _simple_shape(rule_text: str) -> tuple[str, int] | None:
    parts = dict(p.split("=", 1) for p in rule_text.upper().split(";") if p)
    freq = parts.get("FREQ")
    if set(parts) - {"FREQ", "INTERVAL", "WKST"} or freq not in _SIMPLE_FREQS:
        return None
    return freq, int(parts.get("INTERVAL", "1"))


_SIMPLE_FREQS = {"DAILY", "WEEKLY", "MONTHLY", "YEARLY"}


def _rrule_occurrences(
    rule_text: str, anchor: datetime, start: datetime, end: datetime
) -> Iterator[datetime]:
    """dateutil's expansion on the London wall clock."""
    if "UNTIL" in rule_text.upper():
        # An UNTIL in UTC needs an aware DTSTART; dateutil then keeps the wall clock itself.
        yield from map(london, _rrule_for(rule_text, anchor).between(start, end, inc=True))
        return
    # Naive wall-clock iteration is much faster; the bounds are widened by a day and the exact
    # comparison made on the aware results.
    lo = start.astimezone(LONDON).replace(tzinfo=None) - timedelta(days=1)
    hi = end.astimezone(LONDON).replace(tzinfo=None) + timedelta(days=1)
    rule = _rrule_for(rule_text, anchor.replace(tzinfo=None))
    for occ in rule.between(lo, hi, inc=True):
        aware = london(occ)
        if start <= aware <= end:
            yield aware


def _simple_occurrences(
    freq: str, interval: int, anchor: datetime, start: datetime, end: datetime
) -> Iterator[datetime]:
    """Occurrences of FREQ/INTERVAL from ``anchor`` within [start, end], as RFC 5545 defines
    them: a monthly or yearly rule skips a month or year without the anchor's day (31st, 29 Feb).
    Arithmetic on an aware datetime with the same zone keeps the wall-clock time.
    """
    lo = start.astimezone(LONDON)
    if freq in ("DAILY", "WEEKLY"):
        step = timedelta(days=interval * (7 if freq == "WEEKLY" else 1))
        k = max(0, (lo.replace(tzinfo=None) - anchor.replace(tzinfo=None)) // step - 1)
        while True:
            occ = _spring_gap(anchor + k * step)
            if occ > end:
                return
            if occ >= start:
                yield occ
            k += 1
    months = interval * (12 if freq == "YEARLY" else 1)
    k = max(0, ((lo.year - anchor.year) * 12 + lo.month - anchor.month) // months - 1)
    day = anchor.day
    while True:
        total = anchor.month - 1 + k * months
        year, month = anchor.year + total // 12, total % 12 + 1
        k += 1
        if day > 28 and day > monthrange(year, month)[1]:
            continue
        occ = _spring_gap(anchor.replace(year=year, month=month))
        if occ > end:
            return
        if occ >= start:
            yield occ


def _rrule_for(rule_text: str, dtstart: datetime) -> rrule:
    return _parsed_rrule(rule_text, dtstart.tzinfo is not None).replace(dtstart=dtstart)


@lru_cache(maxsize=4096)
def _parsed_rrule(rule_text: str, aware: bool) -> rrule:
    # Parsing is the slow part of dateutil; a parsed rule is re-anchored with replace().
    probe = datetime(2000, 1, 1, tzinfo=LONDON if aware else None)
    try:
        rule = rrulestr(rule_text, dtstart=probe, forceset=False)
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise RecurrenceError(f"invalid RRULE {rule_text!r}: {exc}") from None
    if not isinstance(rule, rrule):
        raise RecurrenceError(f"invalid RRULE {rule_text!r}: expected one rule, not a set")
    return rule


# ---------------------------------------------------------------- results


@dataclass(frozen=True, slots=True)
class Basis:
    """What every due date of one expansion shares: the rule, anchor, offset and calendar."""

    rule: str
    anchor: date | datetime
    offset: str
    region: str | None = None
    on_skip: str = ""  # the note a trace carries when days were skipped


@dataclass(frozen=True, slots=True)
class DueDate:
    """One due date (or window) computed for an obligation; ``trace`` says how.

    ``nominal`` is the date the rule itself gives, before any roll to a working day; the
    ``key`` derived from it is stable, so materialising twice finds the same item instead of
    making a second one. ``earliest`` is set for windows only.
    """

    nominal: datetime
    due: datetime
    basis: Basis
    skipped: tuple[Skip, ...] = ()
    earliest: datetime | None = None
    fixed_key: str = ""

    @property
    def key(self) -> str:
        if self.fixed_key:
            return self.fixed_key
        if self.earliest is not None:
            return f"window:{self.nominal.date().isoformat()}"
        return self.nominal.date().isoformat()

    @property
    def trace(self) -> Trace:
        notes: list[str] = []
        if self.earliest is not None:
            notes.append(
                f"due window from {self.earliest.date().isoformat()} "
                f"to {self.nominal.date().isoformat()}"
            )
        if self.skipped and self.basis.on_skip:
            notes.append(self.basis.on_skip)
        return Trace(
            rule=self.basis.rule,
            anchor=self.basis.anchor,
            offset=self.basis.offset,
            result=self.due,
            region=self.basis.region if self.skipped else None,
            skipped=self.skipped,
            notes=tuple(notes),
        )


def london(value: datetime) -> datetime:
    """Attach or convert to Europe/London; a wall time lost to the spring clock change is moved
    forward by the gap (01:30 on the last Sunday in March becomes 02:30 BST)."""
    if value.tzinfo is None:
        return _spring_gap(value.replace(tzinfo=LONDON))
    return value.astimezone(UTC).astimezone(LONDON)


def _spring_gap(value: datetime) -> datetime:
    # The only wall times London skips are 01:00–01:59 on a Sunday in March; every other
    # London wall time is already right, which spares the round trip on the hot path.
    if value.hour != 1 or value.month != 3:
        return value
    return value.astimezone(UTC).astimezone(LONDON)


def _require_aware(value: datetime, what: str) -> None:
    if not isinstance(value, datetime) or value.tzinfo is None:
        raise RecurrenceError(f"{what} must be a time-zone-aware datetime, got {value!r}")


def _roll(
    due: datetime, roll: Roll, cal: WorkingCalendar | None
) -> tuple[datetime, tuple[Skip, ...]]:
    if roll == "none" or cal is None:
        return due, ()
    day, skipped = cal.roll(due.date(), roll)
    if not skipped:
        return due, ()
    return london(datetime.combine(day, due.time())), skipped


def _basis(
    rule: str, anchor: date | datetime, offset: str, cal: WorkingCalendar | None, roll: Roll
) -> Basis:
    return Basis(
        rule=rule,
        anchor=anchor,
        offset=offset,
        region=cal.region if cal is not None else None,
        on_skip=f"rolled to the {roll} working day" if roll != "none" else "",
    )


def expand(
    rhythm_text: str,
    *,
    dtstart: datetime,
    start: datetime,
    end: datetime,
    calendar: WorkingCalendar | None = None,
    roll: Roll = "none",
    rule_label: str = "",
) -> list[DueDate]:
    """Due dates of a rhythm in [start, end], ordered by nominal date.

    ``dtstart`` anchors the rhythm (for a window, the date the duty was last met or began).
    ``roll`` moves a due date that falls on a non-working day of ``calendar``.
    """
    for value, what in ((dtstart, "dtstart"), (start, "start"), (end, "end")):
        _require_aware(value, what)
    if end < start:
        raise RecurrenceError(f"end {end.isoformat()} is before start {start.isoformat()}")
    rhythm = parse_rhythm(rhythm_text)
    label = rule_label or rhythm.text
    # The anchor's wall-clock time is the rule's, even if that time is skipped on its own day;
    # each occurrence is then placed on the real clock (an hour repeated in October means its
    # first pass, fold=0). RFC 5545 times are whole seconds.
    anchor = dtstart.astimezone(LONDON).replace(microsecond=0, fold=0)
    if isinstance(rhythm, WindowRhythm):
        basis = _basis(label, anchor.date(), rhythm.text, calendar, roll)
        return _expand_windows(rhythm, anchor, start, end, basis, calendar, roll)
    if rhythm.simple is not None:
        occurrences: Iterable[datetime] = _simple_occurrences(*rhythm.simple, anchor, start, end)
    else:
        occurrences = _rrule_occurrences(rhythm.text, anchor, start, end)
    basis = _basis(label, anchor, f"{rhythm.text} (Europe/London)", calendar, roll)
    out: list[DueDate] = []
    # Most occurrences fall on a working day; only those that do not go through _roll.
    closed = calendar.closed_reason if calendar is not None and roll != "none" else None
    for nominal in occurrences:
        if closed is not None and closed(nominal.date()) is not None:
            due, skipped = _roll(nominal, roll, calendar)
            out.append(DueDate(nominal, due, basis, skipped))
        else:
            out.append(DueDate(nominal, nominal, basis))
    return out


def window_after(
    rhythm: WindowRhythm,
    base: datetime,
    basis: Basis,
    *,
    calendar: WorkingCalendar | None = None,
    roll: Roll = "none",
) -> DueDate:
    """The window that opens ``minimum`` after ``base`` and closes ``maximum`` after it."""
    base_day = base.date()
    earliest = london(datetime.combine(base_day + rhythm.minimum, time(0, 0)))
    latest = london(datetime.combine(base_day + rhythm.maximum, END_OF_DAY))
    due, skipped = _roll(latest, roll, calendar)
    return DueDate(latest, due, basis, skipped, earliest=min(earliest, due))


def _expand_windows(
    rhythm: WindowRhythm,
    base: datetime,
    start: datetime,
    end: datetime,
    basis: Basis,
    calendar: WorkingCalendar | None,
    roll: Roll,
) -> list[DueDate]:
    # Without later completions to go on, each window is projected from the close of the one
    # before (the latest the duty could have been met); completing one re-anchors the next.
    out: list[DueDate] = []
    while True:
        window = window_after(rhythm, base, basis, calendar=calendar, roll=roll)
        if window.earliest is not None and window.earliest > end:
            return out
        if window.due >= start:
            out.append(window)
        base = window.nominal


def apply_offset(
    event_at: datetime,
    offset_text: str,
    *,
    calendar: WorkingCalendar,
    roll: Roll = "none",
    rule_label: str,
) -> DueDate:
    """The due date ``offset_text`` away from an event, with its trace."""
    _require_aware(event_at, "event time")
    offset = parse_offset(offset_text)
    anchor = london(event_at)
    key = f"{anchor.astimezone(UTC).isoformat()}{offset.text}"
    if offset.working_days is not None:
        computed = calendar.add_traced(anchor.date(), offset.working_days, rule=rule_label)
        due = london(datetime.combine(computed.value, END_OF_DAY))
        basis = _basis(rule_label, anchor, offset.text, calendar, "none")
        return DueDate(due, due, basis, computed.trace.skipped, fixed_key=key)
    nominal = london(anchor.replace(tzinfo=None) + offset.calendar)
    if offset.elapsed:
        # Hours are elapsed time: 48 hours across the March change is still 48 hours.
        nominal = (nominal.astimezone(UTC) + offset.elapsed).astimezone(LONDON)
    due, skipped = _roll(nominal, roll, calendar)
    basis = _basis(rule_label, anchor, offset.text, calendar, roll)
    return DueDate(nominal, due, basis, skipped, fixed_key=key)
