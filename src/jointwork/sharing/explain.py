"""A stored decision in plain English for the request page: what it means, and its reasons grouped
by what they did (pure: works on the stored reason dicts)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

DECISION_LABELS = {
    "allow": "Allowed",
    "deny": "Refused",
    "needs_review": "Needs review by information governance",
}
BASIS_LABELS = {
    "allowed": "a rule allows it and none objects",
    "prohibited": "a rule prohibits it",
    "not_authorised": "no rule allows it",
    "needs_review": "a rule asks information governance to decide",
    "error": "the policy could not be evaluated, so a person must decide",
    "approved": "approved after review",
    "refused": "refused after review",
}


@dataclass(frozen=True, slots=True)
class ReasonGroup:
    heading: str
    reasons: tuple[Mapping[str, Any], ...]
    # Set when these rules fired but a stronger outcome took precedence (deny > review > allow).
    overridden: str = ""


@dataclass(frozen=True, slots=True)
class Explanation:
    label: str
    basis: str
    groups: tuple[ReasonGroup, ...] = field(default=())


def _overridden(decision: str) -> str:
    if decision == "deny":
        return "Overridden: a refusal takes precedence over any rule that allows."
    return "Overridden until information governance approves: review takes precedence."


def explain(decision: str, basis: str, reasons: Sequence[Mapping[str, Any]]) -> Explanation:
    """Group a policy decision's reasons: what refused it, what needs review, and what would allow
    it (labelled overridden unless the share was allowed). Reasons without an effect (an
    information governance approval or refusal) form one group."""
    by_effect: dict[str, list[Mapping[str, Any]]] = {}
    for reason in reasons:
        by_effect.setdefault(reason.get("effect") or "", []).append(reason)
    groups = []
    if by_effect.get("deny"):
        groups.append(ReasonGroup("What refused it", tuple(by_effect["deny"])))
    if by_effect.get("needs_review"):
        groups.append(ReasonGroup("What needs review", tuple(by_effect["needs_review"])))
    if by_effect.get("allow"):
        allows = tuple(by_effect["allow"])
        if decision == "allow":
            groups.append(ReasonGroup("What allows it", allows))
        else:
            groups.append(
                ReasonGroup("Rules that would otherwise allow it", allows, _overridden(decision))
            )
    if by_effect.get(""):
        groups.append(ReasonGroup("Reason given", tuple(by_effect[""])))
    return Explanation(
        label=DECISION_LABELS.get(decision, decision),
        basis=BASIS_LABELS.get(basis, basis),
        groups=tuple(groups),
    )
