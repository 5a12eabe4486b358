"""The engine's stored values in plain English (pure: no database)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jointwork.obligations.describe import (
    describe_clause,
    describe_duration,
    describe_rhythm,
    describe_trigger,
    describe_when,
)
from jointwork.obligations.recurrence import parse_offset, parse_rhythm
from jointwork.obligations.vocabulary import EVENTS


@pytest.mark.parametrize(
    ("rhythm", "words"),
    [
        ("FREQ=MONTHLY;INTERVAL=3", "every 3 months"),
        ("FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1", "every 3 months on the last day of the month"),
        ("FREQ=YEARLY", "every year"),
        ("FREQ=WEEKLY;BYDAY=1MO", "every week on the first Monday"),
        ("WINDOW=P2Y/P3Y", "between 2 and 3 years after the last"),
        ("WINDOW=P0D/P1Y", "within 1 year of the last"),
    ],
)
def test_a_rhythm_reads_as_words(rhythm, words):
    assert describe_rhythm(rhythm) == words


@pytest.mark.parametrize(
    ("event", "offset", "words"),
    [
        ("publication", "-PT48H", "48 hours before a planned publication"),
        ("press_release", "-PT24H", "24 hours before a press release"),
        ("foi_request", "+10WD", "10 working days after an FOI request is received"),
        ("incident", "+1WD", "1 working day after an incident is triaged"),
        ("incident", "P10D", "10 days after an incident is triaged"),
        ("foi_request", "", "when an FOI request is received"),
    ],
)
def test_a_trigger_reads_as_words(event, offset, words):
    assert describe_trigger(event, offset) == words


def test_a_default_offset_is_labelled_as_jointworks_not_the_clauses():
    words = describe_when("", "foi_request", "+10WD", default_offset=True)
    assert words.startswith("10 working days after an FOI request is received")
    assert "Jointwork's default" in words


@pytest.mark.parametrize(
    ("path", "words"),
    [
        ("18.ii", "§18.ii"),
        ("3.g.ii", "§3.g.ii"),
        ("joint-statement.p1", "Joint statement, paragraph 1"),
        ("areas-of-co-operation.g", "Areas of co-operation (g)"),
        ("duration-and-review", "Duration and review"),
        ("annex-b.p2", "Annex B, paragraph 2"),
        ("forum", "Forum"),
    ],
)
def test_a_clause_is_cited_by_number_or_by_its_heading(path, words):
    assert describe_clause(path) == words


def test_an_unreadable_value_is_shown_as_stored_not_hidden():
    assert "FREQ=FORTNIGHTLY" in describe_rhythm("FREQ=FORTNIGHTLY")
    assert "48 hours" in describe_trigger("publication", "48 hours")


FREQS = {"DAILY": "day", "WEEKLY": "week", "MONTHLY": "month", "YEARLY": "year"}


@settings(max_examples=200)
@given(st.sampled_from(sorted(FREQS)), st.integers(1, 60))
def test_every_plain_rhythm_the_engine_reads_names_its_interval_and_unit(freq, interval):
    text = f"FREQ={freq};INTERVAL={interval}"
    parse_rhythm(text)  # the engine reads it
    words = describe_rhythm(text)
    unit = FREQS[freq]
    assert words == (f"every {interval} {unit}s" if interval > 1 else f"every {unit}")
    assert "=" not in words


@settings(max_examples=200)
@given(
    st.sampled_from([e.name for e in EVENTS]),
    st.integers(1, 400),
    st.sampled_from(["H", "D", "WD", "W"]),
    st.sampled_from(["-", "+", ""]),
)
def test_every_offset_the_engine_reads_becomes_before_or_after_with_its_number(
    event, n, unit, sign
):
    offset = f"{sign}{n}WD" if unit == "WD" else f"{sign}P{'T' if unit == 'H' else ''}{n}{unit}"
    parse_offset(offset)
    words = describe_trigger(event, offset)
    assert words.startswith(f"{n} ")
    assert (" before " in words) == (sign == "-")
    assert (" after " in words) == (sign != "-")
    assert offset not in words


@settings(max_examples=200)
@given(
    st.from_regex(
        r"[a-z]{2,10}(-[a-z]{2,10}){0,3}(\.(p[0-9]{1,2}|[a-h]|[ivx]{1,3})){0,2}", fullmatch=True
    )
)
def test_an_unnumbered_path_reads_as_a_heading_without_its_code(path):
    words = describe_clause(path)
    assert not words.startswith("§")
    assert words[0].isupper()
    assert "." not in words


@settings(max_examples=200)
@given(st.from_regex(r"[0-9]{1,2}(\.[a-z0-9]{1,4}){0,3}", fullmatch=True))
def test_a_numbered_path_is_cited_with_a_section_sign(path):
    assert describe_clause(path) == f"§{path}"


def test_a_duration_of_mixed_units_joins_them_in_words():
    assert describe_duration("P1DT2H") == ("1 day and 2 hours", 1)
