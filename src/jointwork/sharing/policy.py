"""Sharing policies as data, and their evaluation (pure: no Django).

A policy is a list of rules. Each rule has an id, an effect (allow, deny, needs_review), a
condition (all of its tests must hold over the request's facts) and a citation: an agreement
clause path or a statute. Evaluation returns every rule that fired with its citation and the
condition that made it fire, under the precedence deny > needs_review > allow (DESIGN.md, "Rules
about rules"). When nothing allows the share, the answer is deny *because not authorised*, which is
reported differently from deny *because a rule prohibits it*.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from .canonical import canonical_bytes


class PolicyError(ValueError):
    """A policy or rule that cannot be used as written (names what is wrong and where)."""


class Effect(StrEnum):
    ALLOW = "allow"
    NEEDS_REVIEW = "needs_review"
    DENY = "deny"


# Higher wins: deny > needs_review > allow.
RANK: dict[Effect, int] = {Effect.ALLOW: 0, Effect.NEEDS_REVIEW: 1, Effect.DENY: 2}


class Basis(StrEnum):
    """Why the decision came out as it did."""

    ALLOWED = "allowed"  # at least one rule allows, none objects
    NEEDS_REVIEW = "needs_review"  # a rule asks a person to decide (or facts are missing)
    PROHIBITED = "prohibited"  # a rule explicitly denies
    NOT_AUTHORISED = "not_authorised"  # no rule allows: deny by default
    ERROR = "error"  # evaluation failed: recorded as needs_review with the error


OPS = ("eq", "ne", "in", "not_in", "is_null", "not_null")


@dataclass(frozen=True, slots=True)
class Test:
    """One test over a request fact, e.g. ``identifies_service_users eq true``."""

    __test__ = False  # not a pytest test class, despite its name

    field: str
    op: str
    value: Any = None

    def __post_init__(self) -> None:
        if self.op not in OPS:
            raise PolicyError(f"unknown operator {self.op!r} on field {self.field!r}")
        if self.op in ("in", "not_in"):
            if not isinstance(self.value, list | tuple | frozenset):
                raise PolicyError(f"{self.op} on {self.field!r} needs a list of values")
            object.__setattr__(self, "value", tuple(self.value))

    def holds(self, facts: Mapping[str, Any]) -> bool:
        actual = facts[self.field]  # a KeyError is an evaluation error, reported as such
        op = self.op
        if op == "eq":
            return actual is not None and actual == self.value
        if op == "ne":
            return actual is not None and actual != self.value
        if op == "in":
            return actual is not None and actual in self.value
        if op == "not_in":
            return actual is not None and actual not in self.value
        if op == "is_null":
            return actual is None
        return actual is not None  # not_null

    def describe(self) -> str:
        words = {"eq": "=", "ne": "≠", "in": "in", "not_in": "not in"}
        if self.op == "is_null":
            return f"{self.field} is missing"
        if self.op == "not_null":
            return f"{self.field} is given"
        return f"{self.field} {words[self.op]} {_show(self.value)}"

    def as_data(self) -> list[Any]:
        value = list(self.value) if isinstance(self.value, tuple) else self.value
        return (
            [self.field, self.op, value]
            if self.op not in ("is_null", "not_null")
            else [
                self.field,
                self.op,
            ]
        )


def _show(value: Any) -> str:
    if isinstance(value, tuple):
        return "[" + ", ".join(_show(v) for v in value) + "]"
    return json.dumps(value)


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    effect: Effect
    when: tuple[Test, ...]
    text: str
    citation: str
    # ODRL duties the recipient takes on when this rule allows (e.g. keep confidential).
    duties: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not self.id:
            raise PolicyError("a rule needs an id")
        if not self.citation:
            raise PolicyError(f"rule {self.id!r} has no citation")
        try:
            object.__setattr__(self, "effect", Effect(self.effect))
        except ValueError as exc:
            raise PolicyError(f"rule {self.id!r}: unknown effect {self.effect!r}") from exc

    def as_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "effect": str(self.effect),
            "when": [t.as_data() for t in self.when],
            "text": self.text,
            "citation": self.citation,
        }
        if self.duties:
            data["duties"] = list(self.duties)
        return data

    @classmethod
    def from_data(cls, data: Mapping[str, Any], where: str = "") -> Rule:
        at = f"{where}rule {data.get('id', '?')!r}"
        missing = [k for k in ("id", "effect", "text", "citation") if k not in data]
        if missing:
            raise PolicyError(f"{at}: missing {', '.join(missing)}")
        tests = []
        for raw in data.get("when", []):
            if not isinstance(raw, list | tuple) or len(raw) not in (2, 3):
                raise PolicyError(f"{at}: a test is [field, op] or [field, op, value], got {raw!r}")
            try:
                tests.append(Test(*raw))
            except PolicyError as exc:
                raise PolicyError(f"{at}: {exc}") from exc
        return cls(
            id=str(data["id"]),
            effect=data["effect"],
            when=tuple(tests),
            text=str(data["text"]),
            citation=str(data["citation"]),
            duties=tuple(data.get("duties", ())),
        )


@dataclass(frozen=True)
class Policy:
    """A named set of rules; its version is a digest of the rules, independent of their order."""

    id: str
    rules: tuple[Rule, ...]
    version: str = field(init=False)

    def __post_init__(self) -> None:
        seen: set[str] = set()
        for rule in self.rules:
            if rule.id in seen:
                raise PolicyError(f"policy {self.id!r}: rule id {rule.id!r} is used twice")
            seen.add(rule.id)
        body = sorted((r.as_data() for r in self.rules), key=lambda r: r["id"])
        digest = hashlib.sha256(canonical_bytes(body)).hexdigest()[:12]
        object.__setattr__(self, "version", f"{self.id}@{digest}")

    @property
    def fields(self) -> frozenset[str]:
        return frozenset(t.field for r in self.rules for t in r.when)

    def as_data(self) -> dict[str, Any]:
        return {"id": self.id, "version": self.version, "rules": [r.as_data() for r in self.rules]}


def combine(policy_id: str, *policies: Policy) -> Policy:
    """Join policies (e.g. the law and one agreement) into one, keeping every rule."""
    return Policy(policy_id, tuple(rule for p in policies for rule in p.rules))


@dataclass(frozen=True, slots=True)
class Reason:
    rule: str
    effect: Effect
    text: str
    citation: str
    condition: str

    def as_json(self) -> dict[str, str]:
        return {
            "rule": self.rule,
            "effect": str(self.effect),
            "text": self.text,
            "citation": self.citation,
            "condition": self.condition,
        }


@dataclass(frozen=True, slots=True)
class Decision:
    decision: Effect
    basis: Basis
    reasons: tuple[Reason, ...]
    policy_version: str
    error: str | None = None

    def as_json(self) -> dict[str, Any]:
        """The DESIGN.md contract: decision, reasons (rule, text, citation, …), policy_version."""
        return {
            "decision": str(self.decision),
            "reasons": [r.as_json() for r in self.reasons],
            "policy_version": self.policy_version,
        }


NOT_AUTHORISED_RULE = "default.not_authorised"
ENGINE_ERROR_RULE = "engine.error"


def fired_rules(rules: Iterable[Rule], facts: Mapping[str, Any]) -> list[Rule]:
    return [r for r in rules if all(t.holds(facts) for t in r.when)]


def decide_from_fired(fired: Iterable[Rule], policy: Policy) -> Decision:
    """Apply the precedence to the rules that fired; reasons sorted so rule order cannot matter."""
    ordered = sorted(fired, key=lambda r: (-RANK[r.effect], r.id))
    reasons = tuple(
        Reason(
            r.id,
            r.effect,
            r.text,
            r.citation,
            " and ".join(t.describe() for t in r.when) or "always",
        )
        for r in ordered
    )
    if not ordered:
        return Decision(
            Effect.DENY,
            Basis.NOT_AUTHORISED,
            (_not_authorised(policy),),
            policy.version,
        )
    top = ordered[0].effect
    if top is Effect.DENY:
        return Decision(Effect.DENY, Basis.PROHIBITED, reasons, policy.version)
    if top is Effect.NEEDS_REVIEW:
        return Decision(Effect.NEEDS_REVIEW, Basis.NEEDS_REVIEW, reasons, policy.version)
    return Decision(Effect.ALLOW, Basis.ALLOWED, reasons, policy.version)


def _not_authorised(policy: Policy) -> Reason:
    return Reason(
        NOT_AUTHORISED_RULE,
        Effect.DENY,
        "Not authorised: no rule of the agreement or the law allows this share.",
        f"policy {policy.version}: no permission matched",
        "no allow rule fired",
    )


def error_decision(policy_version: str, error: str) -> Decision:
    """An evaluation error is a decision too: needs_review with the error, never a silent deny."""
    return Decision(
        Effect.NEEDS_REVIEW,
        Basis.ERROR,
        (
            Reason(
                ENGINE_ERROR_RULE,
                Effect.NEEDS_REVIEW,
                f"The policy could not be evaluated ({error}); a person must decide.",
                f"policy {policy_version}",
                "evaluation error",
            ),
        ),
        policy_version,
        error=error,
    )


def evaluate(policy: Policy, facts: Mapping[str, Any]) -> Decision:
    """Evaluate rule by rule: the reference interpreter (`compiled` holds the fast path)."""
    try:
        fired = fired_rules(policy.rules, facts)
    except Exception as exc:
        return error_decision(policy.version, describe_error(exc))
    return decide_from_fired(fired, policy)


def describe_error(exc: Exception) -> str:
    if isinstance(exc, KeyError):
        return f"fact {exc.args[0]!r} is not in the request"
    return f"{type(exc).__name__}: {exc}"
