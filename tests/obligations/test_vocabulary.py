"""The bridge from the ingest contract's values to what the engine stores (pure)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jointwork.obligations import recurrence
from jointwork.obligations.vocabulary import VocabularyError, engine_offset, engine_rhythm


@pytest.mark.parametrize(
    ("rrule", "window", "stored"),
    [
        ("FREQ=MONTHLY;INTERVAL=3", None, "FREQ=MONTHLY;INTERVAL=3"),
        ("FREQ=YEARLY;INTERVAL=2", "P2Y/P3Y", "WINDOW=P2Y/P3Y"),
        ("FREQ=YEARLY", "P0D/P1Y", "WINDOW=P0D/P1Y"),
        ("RRULE:FREQ=WEEKLY", None, "FREQ=WEEKLY"),
        (None, None, ""),
    ],
)
def test_a_window_is_stored_as_the_engines_window_and_else_the_rrule(rrule, window, stored):
    assert engine_rhythm(rrule, window) == stored
    if stored:
        recurrence.parse_rhythm(stored)


@pytest.mark.parametrize(
    ("offset", "working", "stored"),
    [("-PT48H", False, "-PT48H"), ("-P10D", True, "-10WD"), ("P20D", True, "+20WD"),
     ("P3D", False, "P3D"), (None, False, "")],
)  # fmt: skip
def test_working_days_become_the_engines_wd_offsets(offset, working, stored):
    assert engine_offset(offset, working_days=working) == stored


def test_a_working_day_flag_on_an_hour_offset_is_refused():
    with pytest.raises(VocabularyError, match="-PT48H"):
        engine_offset("-PT48H", working_days=True)


@settings(max_examples=200)
@given(st.integers(min_value=0, max_value=400), st.booleans())
def test_n_working_days_in_the_contract_count_n_working_days_in_the_engine(n, before):
    text = f"{'-' if before else ''}P{n}D"
    parsed = recurrence.parse_offset(engine_offset(text, working_days=True))
    assert parsed.working_days == (-n if before else n)
