"""Template filters that show a duty's timing and clause in plain English (``describe``)."""

from __future__ import annotations

from django import template

from jointwork.obligations import describe
from jointwork.obligations.models import Obligation

register = template.Library()


@register.filter
def when(obligation: Obligation) -> str:
    """ "every 3 months", "48 hours before a planned publication", …"""
    return obligation.when


@register.filter
def clause_label(obligation: Obligation) -> str:
    """ "§18.ii", or the heading of an unnumbered clause ("Duration and review")."""
    return obligation.clause_label


@register.filter
def offset_words(offset: str) -> str:
    """A stored offset ("-PT48H", "+20WD") in words, for a date's trace."""
    described = describe.describe_duration(offset or "")
    if described is None:
        return offset
    words, sign = described
    return f"{words} {'before' if sign < 0 else 'after'}" if sign else words
