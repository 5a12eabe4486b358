"""Cited data from ``fixtures/obligations.toml`` that is not a duty of an agreement: deadlines set
by law (``[statutory]``, e.g. the FOIA s10 response deadline) and Jointwork's own defaults
(``[defaults]``, e.g. when to consult a partner about an FOI request, which the MoUs leave open).
Pure module (no Django)."""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).resolve().parent / "fixtures"
DATA_FILE = FIXTURES / "obligations.toml"


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    return tomllib.loads(DATA_FILE.read_text(encoding="utf-8"))


def statutory_rules() -> dict[str, dict[str, str]]:
    """Deadlines set by law, by the event that starts them: title, kind label, short citation
    (``cite``), full citation, offset and region."""
    return _data().get("statutory", {})


def default_offsets() -> dict[str, str]:
    """Jointwork's default offset for a duty whose clause gives none, by trigger event."""
    return _data().get("defaults", {}).get("offsets", {})
