"""Export a sharing policy as W3C ODRL 2.2 JSON-LD (pure).

allow → odrl:permission, deny → odrl:prohibition, needs_review → a permission carrying a duty to
obtain information governance approval; rule duties (e.g. confidentiality) become duties on the
permission. Each rule's test becomes an ODRL constraint over a Jointwork left operand.
"""

from __future__ import annotations

from typing import Any

from .policy import Effect, Policy, Rule, Test

JW = "https://jointwork.example/ns/sharing#"
CONTEXT: list[Any] = ["http://www.w3.org/ns/odrl.jsonld", {"jw": JW}]
_OPERATORS = {"eq": "eq", "ne": "neq", "in": "isAnyOf", "not_in": "isNoneOf"}


def _constraint(test: Test) -> dict[str, Any]:
    if test.op in ("is_null", "not_null"):
        return {
            "leftOperand": f"jw:{test.field}",
            "operator": "eq" if test.op == "is_null" else "neq",
            "rightOperand": {"@id": "rdf:nil"},
        }
    value = list(test.value) if isinstance(test.value, tuple) else test.value
    return {
        "leftOperand": f"jw:{test.field}",
        "operator": _OPERATORS[test.op],
        "rightOperand": value,
    }


def _rule(rule: Rule, target: str) -> dict[str, Any]:
    out: dict[str, Any] = {
        "uid": f"urn:jointwork:rule:{rule.id}",
        "target": target,
        "action": "distribute",
        "jw:citation": rule.citation,
        "jw:text": rule.text,
    }
    if rule.when:
        out["constraint"] = [_constraint(t) for t in rule.when]
    duties = [{"action": f"jw:{d}"} for d in rule.duties]
    if rule.effect is Effect.NEEDS_REVIEW:
        duties.append({"action": "jw:obtainInformationGovernanceApproval"})
    if duties:
        out["duty"] = duties
    return out


def to_odrl(policy: Policy) -> dict[str, Any]:
    target = f"urn:jointwork:agreement:{policy.id}:shared-information"
    permissions = [
        _rule(r, target) for r in policy.rules if r.effect in (Effect.ALLOW, Effect.NEEDS_REVIEW)
    ]
    prohibitions = [_rule(r, target) for r in policy.rules if r.effect is Effect.DENY]
    return {
        "@context": CONTEXT,
        "@type": "Set",
        "uid": f"urn:jointwork:policy:{policy.version}",
        "profile": JW,
        "permission": permissions,
        "prohibition": prohibitions,
    }
