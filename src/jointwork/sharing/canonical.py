"""Canonical JSON bytes, shared by policy versions and the ledger (pure)."""

from __future__ import annotations

import json
from typing import Any


class CanonicalError(ValueError):
    pass


def canonical_bytes(value: Any) -> bytes:
    """Sorted keys, no spaces, UTF-8. Floats are refused: their text form is not unique."""
    _refuse_floats(value)
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def _refuse_floats(value: Any) -> None:
    if isinstance(value, float):
        raise CanonicalError(f"floats are not allowed in canonical JSON: {value!r}")
    if isinstance(value, dict):
        for v in value.values():
            _refuse_floats(v)
    elif isinstance(value, list | tuple):
        for v in value:
            _refuse_floats(v)
