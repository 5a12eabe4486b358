"""Working days in the four UK nations, with a trace of every day skipped.

Pure module: no Django. Bank holidays come from the pinned ``holidays`` package, always asked
with a subdivision, because ``country_holidays("GB")`` without one returns only the days common
to every nation and so drops Easter Monday and the August bank holiday (rules.md §3).

Regions: ``eng``, ``wls``, ``sct``, ``nir`` and ``uk``. ``uk`` closes a day that is a bank
holiday in *any* part of the United Kingdom: FOIA s10(6) defines a working day as any day other
than a Saturday, a Sunday, Christmas Day, Good Friday or a bank holiday "in any part of the
United Kingdom" (rules.md §2.5), which is what FOI response deadlines count.

Counting convention (FOIA s10(1) "the twentieth working day following the date of receipt"):
``add(d, n)`` for n > 0 is the n-th working day strictly after ``d``; for n < 0 the |n|-th
working day strictly before ``d``; n == 0 returns ``d`` unchanged. ``between(a, b)`` counts the
working days in ``(a, b]`` when a <= b and minus those in ``[b, a)`` when b < a, so that
``between(d, add(d, n)) == n`` for every d and n.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any, Literal, get_args

import holidays

Region = Literal["eng", "wls", "sct", "nir", "uk"]
NATIONS: tuple[str, ...] = ("eng", "wls", "sct", "nir")
REGIONS: tuple[str, ...] = (*NATIONS, "uk")
DEFAULT_REGION: Region = "eng"

_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_ONE_DAY = timedelta(days=1)


class WorkdaysError(ValueError):
    """Bad input to a working-day computation; the message names what is wrong."""


_REGION_NAMES: dict[str, Region] = {region: region for region in get_args(Region)}


def check_region(region: str) -> Region:
    """Return ``region`` if it is one we know, else raise naming the choices."""
    if region not in _REGION_NAMES:
        raise WorkdaysError(f"unknown region {region!r}: expected one of {', '.join(REGIONS)}")
    return _REGION_NAMES[region]


@dataclass(frozen=True)
class ExtraHoliday:
    """A one-off or proclaimed holiday the package does not (yet) know, entered as data.

    ``regions`` holds nations (``eng`` …) or ``uk`` for every nation.
    """

    day: date
    name: str
    regions: frozenset[str] = frozenset({"uk"})

    def __post_init__(self) -> None:
        unknown = set(self.regions) - set(REGIONS)
        if unknown or not self.regions:
            raise WorkdaysError(
                f"extra holiday {self.day.isoformat()} {self.name!r}: regions must be a non-empty "
                f"subset of {', '.join(REGIONS)}, got {sorted(self.regions)}"
            )

    def nations(self) -> frozenset[str]:
        return frozenset(NATIONS) if "uk" in self.regions else frozenset(self.regions)


@dataclass(frozen=True)
class Skip:
    """One day passed over by a computation, and why."""

    day: date
    reason: str

    def to_dict(self) -> dict[str, str]:
        return {"date": self.day.isoformat(), "reason": self.reason}


@dataclass(frozen=True)
class Trace:
    """How a date was calculated: the rule, the anchor, the offset, and each day skipped."""

    rule: str
    anchor: date | datetime
    offset: str
    result: date | datetime
    region: str | None = None
    skipped: tuple[Skip, ...] = ()
    notes: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "anchor": self.anchor.isoformat(),
            "offset": self.offset,
            "result": self.result.isoformat(),
            "region": self.region,
            "skipped": [s.to_dict() for s in self.skipped],
            "notes": list(self.notes),
        }


@dataclass(frozen=True)
class Computed:
    """A computed date and its trace."""

    value: date
    trace: Trace


@lru_cache(maxsize=512)
def _nation_year(nation: str, year: int) -> dict[date, str]:
    # Always with subdiv: the bare GB calendar omits Easter Monday and August (rules.md §3).
    table = holidays.country_holidays("GB", subdiv=nation.upper(), years=year)
    return {day: name for day, name in table.items() if day.year == year}


@dataclass
class WorkingCalendar:
    """Working days for one region, plus any extra holidays entered as data."""

    region: str = DEFAULT_REGION
    extra: Iterable[ExtraHoliday] = ()
    _extra: tuple[ExtraHoliday, ...] = field(init=False, repr=False)
    _years: dict[int, dict[date, str]] = field(init=False, repr=False, default_factory=dict)

    def __post_init__(self) -> None:
        check_region(self.region)
        self._extra = tuple(self.extra)

    @property
    def nations(self) -> tuple[str, ...]:
        return NATIONS if self.region == "uk" else (self.region,)

    def _closed_in(self, year: int) -> dict[date, str]:
        """Bank and extra holidays of ``year`` in this region, named with their nations."""
        cached = self._years.get(year)
        if cached is not None:
            return cached
        by_day: dict[date, dict[str, list[str]]] = {}
        for nation in self.nations:
            for day, name in _nation_year(nation, year).items():
                by_day.setdefault(day, {}).setdefault(name, []).append(nation)
        for extra in self._extra:
            if extra.day.year != year:
                continue
            hit = [n for n in self.nations if n in extra.nations()]
            if hit:
                by_day.setdefault(extra.day, {}).setdefault(f"{extra.name} (extra)", []).extend(hit)
        closed = {
            day: "; ".join(
                name if self.region != "uk" else f"{name} ({', '.join(sorted(where))})"
                for name, where in names.items()
            )
            for day, names in by_day.items()
        }
        self._years[year] = closed
        return closed

    def closed_reason(self, day: date) -> str | None:
        """Why ``day`` is not a working day (weekend or holiday name), or None if it is one."""
        weekday = day.weekday()
        if weekday >= 5:
            return _WEEKDAY_NAMES[weekday]
        closed = self._years.get(day.year)
        if closed is None:
            closed = self._closed_in(day.year)
        return closed.get(day)

    def is_working_day(self, day: date) -> bool:
        return self.closed_reason(day) is None

    def _walk(self, start: date, step: timedelta) -> Iterator[tuple[date, str | None]]:
        day = start
        while True:
            day += step
            yield day, self.closed_reason(day)

    def add_traced(self, start: date, n: int, *, rule: str = "working days") -> Computed:
        """The n-th working day after (n > 0) or before (n < 0) ``start``, with its trace."""
        _check_date(start, "start")
        skipped: list[Skip] = []
        result = start
        if n:
            step = _ONE_DAY if n > 0 else -_ONE_DAY
            remaining = abs(n)
            for day, reason in self._walk(start, step):
                if reason is None:
                    remaining -= 1
                    if remaining == 0:
                        result = day
                        break
                else:
                    skipped.append(Skip(day, reason))
        trace = Trace(
            rule=rule,
            anchor=start,
            offset=f"{n:+d} working days",
            result=result,
            region=self.region,
            skipped=tuple(skipped),
        )
        return Computed(result, trace)

    def add(self, start: date, n: int) -> date:
        return self.add_traced(start, n).value

    def between(self, start: date, end: date) -> int:
        """Working days in (start, end] (negative, counting [end, start), if end < start)."""
        _check_date(start, "start")
        _check_date(end, "end")
        if end < start:
            lo, hi, sign = end - _ONE_DAY, start - _ONE_DAY, -1
        else:
            lo, hi, sign = start, end, 1
        count = 0
        day = lo + _ONE_DAY
        while day <= hi:
            if self.closed_reason(day) is None:
                count += 1
            day += _ONE_DAY
        return sign * count

    def next_working_day(self, day: date) -> date:
        """The first working day strictly after ``day``."""
        return self.add(day, 1)

    def roll(
        self, day: date, direction: Literal["following", "preceding"]
    ) -> tuple[date, tuple[Skip, ...]]:
        """``day`` itself if it is a working day, else the nearest one after/before it, with
        the days passed over."""
        reason = self.closed_reason(day)
        if reason is None:
            return day, ()
        step = _ONE_DAY if direction == "following" else -_ONE_DAY
        skipped: list[Skip] = []
        while reason is not None:
            skipped.append(Skip(day, reason))
            day += step
            reason = self.closed_reason(day)
        return day, tuple(skipped)


def _check_date(value: object, what: str) -> None:
    if not isinstance(value, date) or isinstance(value, datetime):
        raise WorkdaysError(f"{what} must be a date, got {value!r}")


def calendar(region: str = DEFAULT_REGION, extra: Iterable[ExtraHoliday] = ()) -> WorkingCalendar:
    """A working calendar for ``region`` (see module docstring for ``uk``)."""
    return WorkingCalendar(region=region, extra=tuple(extra))


def add_working_days(
    start: date, n: int, *, region: str = DEFAULT_REGION, extra: Iterable[ExtraHoliday] = ()
) -> date:
    return calendar(region, extra).add(start, n)


def working_days_between(
    start: date, end: date, *, region: str = DEFAULT_REGION, extra: Iterable[ExtraHoliday] = ()
) -> int:
    return calendar(region, extra).between(start, end)


def next_working_day(
    day: date, *, region: str = DEFAULT_REGION, extra: Iterable[ExtraHoliday] = ()
) -> date:
    return calendar(region, extra).next_working_day(day)
