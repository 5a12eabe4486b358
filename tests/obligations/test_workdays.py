"""Working days: the worked examples of rules.md §3, hand-checked holidays, and properties."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jointwork.obligations.workdays import (
    REGIONS,
    ExtraHoliday,
    WorkdaysError,
    add_working_days,
    calendar,
    next_working_day,
    working_days_between,
)

# rules.md §3: the 20th working day following receipt (FOIA s10(1)), E&W and UK-wide.
WORKED_EXAMPLES = [
    ("2026-03-16", "2026-04-15", "2026-04-16"),  # St Patrick's Day 17 Mar (NI)
    ("2026-07-06", "2026-08-03", "2026-08-05"),  # Boyne observed 13 Jul, Scottish 3 Aug
    ("2026-11-20", "2026-12-18", "2026-12-21"),  # St Andrew's Day observed 30 Nov
    ("2025-12-19", "2026-01-21", "2026-01-22"),  # 2 Jan (Scotland)
    ("2026-04-01", "2026-05-01", "2026-05-01"),
    ("2026-12-14", "2027-01-14", "2027-01-15"),
]


@pytest.mark.parametrize(("received", "eng", "uk"), WORKED_EXAMPLES)
def test_it_matches_the_worked_foi_examples(received: str, eng: str, uk: str) -> None:
    day = date.fromisoformat(received)
    assert add_working_days(day, 20, region="eng") == date.fromisoformat(eng)
    assert add_working_days(day, 20, region="uk") == date.fromisoformat(uk)


def test_it_skips_boxing_day_substitute() -> None:
    # 2026: Christmas Fri 25, Boxing Day Sat 26, substitute Mon 28 December.
    assert next_working_day(date(2026, 12, 24)) == date(2026, 12, 29)


def test_it_skips_good_friday_and_easter_monday_in_england() -> None:
    assert next_working_day(date(2026, 4, 2), region="eng") == date(2026, 4, 7)


def test_scotland_works_on_easter_monday() -> None:
    assert next_working_day(date(2026, 4, 2), region="sct") == date(2026, 4, 6)


def test_it_keeps_the_august_bank_holiday_the_plain_gb_calendar_drops() -> None:
    cal = calendar("eng")
    assert not cal.is_working_day(date(2026, 8, 31))
    assert cal.closed_reason(date(2026, 8, 31)) == "Late Summer Bank Holiday"


def test_uk_region_closes_a_day_closed_in_any_nation() -> None:
    st_patrick = date(2026, 3, 17)
    assert calendar("eng").is_working_day(st_patrick)
    assert not calendar("nir").is_working_day(st_patrick)
    assert not calendar("uk").is_working_day(st_patrick)


def test_trace_names_every_weekend_and_bank_holiday_skipped() -> None:
    computed = calendar("uk").add_traced(date(2026, 3, 16), 20, rule="FOIA s10(1)")
    skipped = {s.day: s.reason for s in computed.trace.skipped}
    assert computed.value == date(2026, 4, 16)
    assert skipped[date(2026, 3, 17)] == "Saint Patrick's Day (nir)"
    assert skipped[date(2026, 4, 6)] == "Easter Monday (eng, nir, wls)"
    assert skipped[date(2026, 3, 21)] == "Saturday"
    assert len(skipped) == 11  # 4 weekends (8 days) + St Patrick + Good Friday + Easter Monday
    assert computed.trace.rule == "FOIA s10(1)"
    assert computed.trace.anchor == date(2026, 3, 16)
    assert computed.trace.to_dict()["offset"] == "+20 working days"


def test_an_extra_holiday_moves_the_result_only_where_it_applies() -> None:
    proclaimed = ExtraHoliday(date(2026, 4, 15), "Proclaimed holiday", frozenset({"sct"}))
    base = date(2026, 3, 16)
    assert add_working_days(base, 20, region="uk", extra=[proclaimed]) == date(2026, 4, 17)
    assert add_working_days(base, 20, region="eng", extra=[proclaimed]) == date(2026, 4, 15)
    reason = calendar("uk", [proclaimed]).closed_reason(date(2026, 4, 15))
    assert reason == "Proclaimed holiday (extra) (sct)"


def test_between_counts_working_days_after_the_start_up_to_the_end() -> None:
    # Mon 21 Dec 2026 to Tue 29 Dec: 22, 23, 24, 29 (25, 28 holidays; 26, 27 weekend).
    assert working_days_between(date(2026, 12, 21), date(2026, 12, 29)) == 4
    assert working_days_between(date(2026, 12, 29), date(2026, 12, 21)) == -4


def test_it_refuses_an_unknown_region_naming_it() -> None:
    with pytest.raises(WorkdaysError, match="unknown region 'gb'"):
        calendar("gb")


def test_it_refuses_an_extra_holiday_for_an_unknown_region() -> None:
    with pytest.raises(WorkdaysError, match="regions must be"):
        ExtraHoliday(date(2026, 1, 5), "x", frozenset({"england"}))


def test_it_refuses_a_datetime_where_a_date_is_needed() -> None:
    with pytest.raises(WorkdaysError, match="start must be a date"):
        calendar().add(datetime(2026, 1, 5, 9), 1)


dates = st.dates(min_value=date(2015, 1, 1), max_value=date(2035, 12, 31))
regions = st.sampled_from(REGIONS)


@settings(max_examples=200, deadline=None)
@given(day=dates, n=st.integers(min_value=-60, max_value=60), region=regions)
def test_adding_then_counting_returns_n(day: date, n: int, region: str) -> None:
    cal = calendar(region)
    assert cal.between(day, cal.add(day, n)) == n


@settings(max_examples=200, deadline=None)
@given(day=dates, n=st.integers(min_value=1, max_value=60), region=regions)
def test_adding_never_lands_on_a_weekend_or_bank_holiday(day: date, n: int, region: str) -> None:
    cal = calendar(region)
    for result in (cal.add(day, n), cal.add(day, -n)):
        assert result.weekday() < 5
        assert cal.closed_reason(result) is None


@settings(max_examples=200, deadline=None)
@given(day=dates, n=st.integers(min_value=0, max_value=40), region=regions)
def test_adding_one_more_day_moves_strictly_later(day: date, n: int, region: str) -> None:
    cal = calendar(region)
    assert cal.add(day, n + 1) > cal.add(day, n)


@settings(max_examples=200, deadline=None)
@given(day=dates, n=st.integers(min_value=1, max_value=40))
def test_uk_deadlines_are_never_earlier_than_any_nations(day: date, n: int) -> None:
    uk = calendar("uk").add(day, n)
    for nation in ("eng", "wls", "sct", "nir"):
        assert uk >= calendar(nation).add(day, n)


@settings(max_examples=200, deadline=None)
@given(day=dates, n=st.integers(min_value=1, max_value=40), region=regions)
def test_trace_accounts_for_every_day_passed(day: date, n: int, region: str) -> None:
    computed = calendar(region).add_traced(day, n)
    span = (computed.value - day).days
    assert span == n + len(computed.trace.skipped)
    assert all(day < s.day < computed.value for s in computed.trace.skipped)
