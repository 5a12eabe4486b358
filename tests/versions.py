"""Test helper: publish a version as the parties would, every signatory signing it off."""

from __future__ import annotations

from typing import Any

from jointwork.register.services import outstanding_signoffs, version_sign_off, version_submit


def publish(version: Any) -> Any:
    """Send ``version`` for sign-off and sign it for every signatory (system actor), so it is
    published and ``register.signals.version_published`` fires."""
    version = version_submit(actor=None, version=version)
    for organisation in outstanding_signoffs(version):
        version = version_sign_off(actor=None, version=version, organisation=organisation)
    version.refresh_from_db()
    return version
