"""Match the party names an extracted obligation gives to organisations in the register.

Pure module: no Django. Documents name bodies in full ("the Care Quality Commission"), by an
abbreviation they define ("CQC"), loosely ("the Ombudsman") or collectively ("both parties").
Exact matches on name, short name or slug come first; then a fuzzy match (rapidfuzz) above a
high threshold, preferring the agreement's own parties; anything else is reported unmatched so a
reviewer sees it rather than the duty silently losing a bearer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

__all__ = ["MatchResult", "OrgRef", "match_names"]

# Fuzzy scores (0–100) below this are not trusted: "Local Government Association" and "Local
# Government and Social Care Ombudsman" score about 75 against each other.
FUZZY_THRESHOLD = 88

# Words that stand for every party to the agreement ("both parties will meet quarterly").
_ALL_PARTIES = re.compile(r"^(?:both|all|each|either|the)\s+(?:of\s+the\s+)?part(?:y|ies)$")
_ARTICLE = re.compile(r"^the\s+", re.IGNORECASE)
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class OrgRef:
    """An organisation as the matcher sees it; ``is_party`` when it is party to the agreement."""

    slug: str
    name: str
    short_name: str = ""
    is_party: bool = False


@dataclass(frozen=True)
class MatchResult:
    slugs: list[str]
    # Names that matched nothing, as the document printed them.
    unmatched: list[str]
    # (name as printed, slug, how: "exact" | "fuzzy 93" | "all parties") for the audit trail.
    how: list[tuple[str, str, str]]


def _key(text: str) -> str:
    text = _SPACE.sub(" ", text.replace("&", "and").replace("’", "'")).strip().casefold()
    return _ARTICLE.sub("", text).strip(" .,;:")


def _exact(name: str, orgs: Sequence[OrgRef]) -> OrgRef | None:
    key = _key(name)
    for org in sorted(orgs, key=lambda o: not o.is_party):
        if key in {_key(org.name), _key(org.slug), _key(org.short_name) if org.short_name else ""}:
            return org
    return None


def _fuzzy(name: str, orgs: Sequence[OrgRef]) -> tuple[OrgRef, float] | None:
    # Parties first: an abbreviation-free "Ombudsman" should resolve within the agreement.
    for pool in ([o for o in orgs if o.is_party], list(orgs)):
        if not pool:
            continue
        found = process.extract(
            _key(name),
            [_key(o.name) for o in pool],
            scorer=fuzz.token_set_ratio,
            score_cutoff=FUZZY_THRESHOLD,
            limit=2,
        )
        if not found:
            continue
        if len(found) > 1 and found[1][1] == found[0][1]:
            return None  # "Local Government" fits two bodies equally: let a person choose
        return pool[found[0][2]], found[0][1]
    return None


def match_names(names: Sequence[str], orgs: Sequence[OrgRef]) -> MatchResult:
    """Map printed names to organisation slugs, in first-seen order, without duplicates."""
    slugs: list[str] = []
    unmatched: list[str] = []
    how: list[tuple[str, str, str]] = []

    def add(name: str, slug: str, reason: str) -> None:
        if slug not in slugs:
            slugs.append(slug)
        how.append((name, slug, reason))

    for name in names:
        if not name or not name.strip():
            continue
        if _ALL_PARTIES.match(_key(name)) or _key(name) == "parties":
            parties = [o for o in orgs if o.is_party]
            if not parties:
                unmatched.append(name)
            for org in parties:
                add(name, org.slug, "all parties")
            continue
        exact = _exact(name, orgs)
        if exact is not None:
            add(name, exact.slug, "exact")
            continue
        fuzzy = _fuzzy(name, orgs)
        if fuzzy is not None:
            add(name, fuzzy[0].slug, f"fuzzy {fuzzy[1]:.0f}")
        elif name not in unmatched:
            unmatched.append(name)
    return MatchResult(slugs=slugs, unmatched=unmatched, how=how)
