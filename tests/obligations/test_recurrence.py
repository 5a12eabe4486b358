"""Recurrence and triggers: London wall clock across clock changes, windows, offsets, errors."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jointwork.obligations.recurrence import (
    LONDON,
    RecurrenceError,
    apply_offset,
    expand,
    parse_offset,
    parse_rhythm,
)
from jointwork.obligations.workdays import calendar


def at(*args: int) -> datetime:
    return datetime(*args, tzinfo=LONDON)


def test_quarterly_meetings_keep_their_wall_clock_time_across_clock_changes() -> None:
    items = expand(
        "FREQ=MONTHLY;INTERVAL=3",
        dtstart=at(2024, 1, 10, 10),
        start=at(2026, 1, 1),
        end=at(2026, 12, 31),
    )
    assert [i.due.date() for i in items] == [
        date(2026, 1, 10),
        date(2026, 4, 10),
        date(2026, 7, 10),
        date(2026, 10, 10),
    ]
    assert {i.due.hour for i in items} == {10}
    assert [i.due.utcoffset() for i in items] == [
        timedelta(0),
        timedelta(hours=1),
        timedelta(hours=1),
        timedelta(hours=1),
    ]


def test_a_time_lost_to_the_spring_clock_change_moves_forward_an_hour() -> None:
    (item,) = expand(
        "FREQ=YEARLY", dtstart=at(2026, 3, 29, 1, 30), start=at(2026, 1, 1), end=at(2026, 12, 31)
    )
    assert item.due.astimezone(UTC) == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    assert (item.due.hour, item.due.minute) == (2, 30)


def test_rolling_to_the_preceding_working_day_skips_christmas_and_records_it() -> None:
    (item,) = expand(
        "FREQ=YEARLY",
        dtstart=at(2020, 12, 28, 9),
        start=at(2026, 12, 1),
        end=at(2026, 12, 31),
        calendar=calendar("eng"),
        roll="preceding",
    )
    # 28 Dec 2026 is the Boxing Day substitute, 26–27 a weekend, 25 Christmas Day.
    assert item.due == at(2026, 12, 24, 9)
    assert [s.day for s in item.trace.skipped] == [date(2026, 12, d) for d in (28, 27, 26, 25)]
    assert item.key == "2026-12-28"


def test_forty_eight_hours_before_a_release_is_elapsed_time_across_the_clock_change() -> None:
    release = at(2026, 3, 30, 9)  # Monday after the clocks go forward
    item = apply_offset(release, "-PT48H", calendar=calendar("eng"), rule_label="001 ¶18(i)")
    # Same-zone subtraction in Python is wall-clock, so compare in UTC.
    assert release.astimezone(UTC) - item.due.astimezone(UTC) == timedelta(hours=48)
    assert item.due == at(2026, 3, 28, 8)
    assert item.trace.offset == "-PT48H"
    assert item.trace.anchor == release


def test_a_notice_due_on_a_weekend_can_roll_back_to_friday() -> None:
    item = apply_offset(
        at(2026, 6, 8, 9), "-PT48H", calendar=calendar("eng"), roll="preceding", rule_label="x"
    )
    assert item.due == at(2026, 6, 5, 9)
    assert [s.reason for s in item.trace.skipped] == ["Saturday"]


def test_calendar_days_keep_the_wall_clock() -> None:
    item = apply_offset(at(2026, 10, 24, 9), "P1D", calendar=calendar("eng"), rule_label="x")
    assert item.due == at(2026, 10, 25, 9)  # 25 hours later: the clocks went back


def test_an_foi_deadline_is_the_twentieth_uk_working_day_to_the_end_of_that_day() -> None:
    item = apply_offset(
        at(2026, 7, 6, 14), "+20WD", calendar=calendar("uk"), rule_label="FOIA s10(1)"
    )
    assert item.due == at(2026, 8, 5, 23, 59)
    reasons = {s.day: s.reason for s in item.trace.skipped}
    assert "Battle of the Boyne (observed)" in reasons[date(2026, 7, 13)]
    assert "Summer Bank Holiday" in reasons[date(2026, 8, 3)]


def test_at_least_annually_is_a_window_ending_a_year_after_the_last_meeting() -> None:
    first, second = expand(
        "WINDOW=P0D/P1Y", dtstart=at(2024, 7, 10), start=at(2024, 7, 10), end=at(2025, 12, 31)
    )
    assert first.earliest == at(2024, 7, 10) and first.due.date() == date(2025, 7, 10)
    assert second.earliest is not None and second.earliest.date() == date(2025, 7, 10)
    assert second.due.date() == date(2026, 7, 10)


def test_every_two_to_three_years_is_a_window_from_two_to_three_years() -> None:
    (review,) = expand(
        "WINDOW=P2Y/P3Y", dtstart=at(2024, 7, 10), start=at(2024, 7, 10), end=at(2027, 1, 1)
    )
    assert review.earliest is not None
    assert (review.earliest.date(), review.due.date()) == (date(2026, 7, 10), date(2027, 7, 10))
    assert "due window from 2026-07-10 to 2027-07-10" in review.trace.notes


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("FREQ=FORTNIGHTLY", "invalid RRULE 'FREQ=FORTNIGHTLY'"),
        ("", "invalid rhythm"),
        ("WINDOW=P3Y/P2Y", "need 0 <= min <= max"),
        ("WINDOW=P1Y", "expected WINDOW=<min>/<max>"),
        ("WINDOW=PT5H/P1Y", "whole days"),
    ],
)
def test_a_bad_rhythm_is_refused_naming_it(text: str, message: str) -> None:
    with pytest.raises(RecurrenceError, match=message):
        parse_rhythm(text)


@pytest.mark.parametrize("text", ["48 hours", "-P", "PT", "P1.5D", "-PT48"])
def test_a_bad_offset_is_refused_naming_it(text: str) -> None:
    with pytest.raises(RecurrenceError, match="invalid offset"):
        parse_offset(text)


def test_naive_datetimes_are_refused() -> None:
    with pytest.raises(RecurrenceError, match="dtstart must be a time-zone-aware datetime"):
        expand("FREQ=DAILY", dtstart=datetime(2026, 1, 1), start=at(2026, 1, 1), end=at(2026, 2, 1))


def test_an_end_before_the_start_is_refused() -> None:
    with pytest.raises(RecurrenceError, match="is before start"):
        expand("FREQ=DAILY", dtstart=at(2026, 1, 1), start=at(2026, 2, 1), end=at(2026, 1, 1))


rrules = st.builds(
    lambda freq, interval, byday: f"FREQ={freq};INTERVAL={interval}{byday}",
    st.sampled_from(["DAILY", "WEEKLY", "MONTHLY", "YEARLY"]),
    st.integers(min_value=1, max_value=6),
    st.sampled_from(["", ";BYDAY=MO", ";BYDAY=TU,TH"]),
)
rhythms = st.one_of(rrules, st.sampled_from(["WINDOW=P0D/P1Y", "WINDOW=P2Y/P3Y", "WINDOW=P1M/P4M"]))
moments = st.datetimes(
    min_value=datetime(2020, 1, 1), max_value=datetime(2030, 12, 31), timezones=st.just(LONDON)
)


@settings(max_examples=200, deadline=None)
@given(
    rhythm=rhythms,
    dtstart=moments,
    start=moments,
    days=st.integers(min_value=0, max_value=800),
    roll=st.sampled_from(["none", "preceding", "following"]),
)
def test_expansion_is_ordered_within_range_unique_and_idempotent(
    rhythm: str, dtstart: datetime, start: datetime, days: int, roll: str
) -> None:
    end = start + timedelta(days=days)
    kwargs = {"dtstart": dtstart, "start": start, "end": end, "calendar": calendar("eng")}
    first = expand(rhythm, roll=roll, **kwargs)  # type: ignore[arg-type]
    again = expand(rhythm, roll=roll, **kwargs)  # type: ignore[arg-type]
    assert first == again
    keys = [i.key for i in first]
    assert len(keys) == len(set(keys))
    if roll == "none":
        dues = [i.due for i in first]
        assert dues == sorted(dues)
        for item in first:
            if item.earliest is None:
                assert start <= item.due <= end
            else:
                assert item.earliest <= item.due and item.earliest <= end and item.due >= start
    else:
        for item in first:
            assert calendar("eng").is_working_day(item.due.date())


@settings(max_examples=200, deadline=None)
@given(
    freq=st.sampled_from(["DAILY", "WEEKLY", "MONTHLY", "YEARLY"]),
    interval=st.integers(min_value=1, max_value=7),
    dtstart=st.datetimes(
        min_value=datetime(2020, 1, 1), max_value=datetime(2027, 12, 31), timezones=st.just(LONDON)
    ),
    start=moments,
    days=st.integers(min_value=0, max_value=1500),
)
def test_the_arithmetic_fast_path_agrees_with_dateutil(
    freq: str, interval: int, dtstart: datetime, start: datetime, days: int
) -> None:
    from dateutil.rrule import rrulestr

    end = start + timedelta(days=days)
    rule = f"FREQ={freq};INTERVAL={interval}"
    ours = [i.due for i in expand(rule, dtstart=dtstart, start=start, end=end)]
    naive = rrulestr(rule, dtstart=dtstart.replace(tzinfo=None))
    lo = start.astimezone(LONDON).replace(tzinfo=None) - timedelta(days=1)
    hi = end.astimezone(LONDON).replace(tzinfo=None) + timedelta(days=1)
    expected = [
        d.astimezone(UTC).astimezone(LONDON)
        for d in (o.replace(tzinfo=LONDON) for o in naive.between(lo, hi, inc=True))
        if start <= d.astimezone(UTC).astimezone(LONDON) <= end
    ]
    assert [d.astimezone(UTC) for d in ours] == [d.astimezone(UTC) for d in expected]


def test_an_until_in_utc_is_honoured() -> None:
    items = expand(
        "FREQ=DAILY;UNTIL=20260105T000000Z",
        dtstart=at(2026, 1, 1, 9),
        start=at(2026, 1, 1),
        end=at(2026, 2, 1),
    )
    assert [i.due.day for i in items] == [1, 2, 3, 4]
