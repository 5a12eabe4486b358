"""Signals the register sends, so that other domains can follow it without the register
importing them."""

from __future__ import annotations

from django.dispatch import Signal

# Sent (inside the publishing transaction) when every signatory has signed a version and it is
# published. Keyword arguments: ``version`` (the AgreementVersion now published), ``superseded``
# (the versions it replaced, now superseded) and ``actor`` (who gave the last sign-off).
version_published = Signal()
