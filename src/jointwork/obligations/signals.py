"""Obligations follows the register: a published version's duties start to count."""

from __future__ import annotations

from typing import Any

from jointwork.obligations.versions import version_duties_enact


def on_version_published(*, version: Any, actor: Any = None, **_: Any) -> None:
    version_duties_enact(actor=actor, version=version)
