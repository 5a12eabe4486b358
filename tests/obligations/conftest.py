"""Obligation fixtures: the built-in register with its duties loaded, and a clock."""

from __future__ import annotations

import datetime as dt

import pytest

from jointwork.obligations.loader import load_obligations
from jointwork.obligations.recurrence import LONDON


def at(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=LONDON)


@pytest.fixture
def duties(builtin_register) -> None:
    """The seed agreements' duties, as `make run` loads them after the register."""
    load_obligations()
