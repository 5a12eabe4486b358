"""The fast path: a policy compiled into a table over its finite decision space (pure).

Every test compares one fact with constants written in the policy, so a fact only matters through
which of those constants it equals, or whether it is missing. Each fact therefore has a small
domain: the constants it is compared with, None, and OTHER (anything else). The product of those
domains is finite; a decision, with all its reasons, is computed once per point by the reference
interpreter and kept in a table. Deciding is then one tuple build and one dict lookup, and returns
exactly what `policy.evaluate` would, reasons and citations included.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Mapping
from typing import Any

from .policy import Decision, Policy, describe_error, error_decision, evaluate
from .request import ShareRequestData, facts_of
from .terms import AgreementTerms, policy_for


class _Other:
    """Stands for every value a policy never names; equal only to itself."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "OTHER"


OTHER = _Other()
# Above this many points, `warm` leaves the table to fill on demand (it stays bounded all the same).
WARM_LIMIT = 200_000


class CompiledPolicy:
    def __init__(self, policy: Policy) -> None:
        self.policy = policy
        self.version = policy.version
        self.fields: tuple[str, ...] = tuple(sorted(policy.fields))
        constants: dict[str, set[Any]] = {f: set() for f in self.fields}
        for rule in policy.rules:
            for test in rule.when:
                if test.op in ("in", "not_in"):
                    constants[test.field].update(test.value)
                elif test.op in ("eq", "ne"):
                    constants[test.field].add(test.value)
        self._known = tuple(frozenset(constants[f]) for f in self.fields)
        self.domains: tuple[tuple[Any, ...], ...] = tuple(
            (*sorted(constants[f], key=repr), None, OTHER) for f in self.fields
        )
        self.size = math.prod(len(d) for d in self.domains)
        self._table: dict[tuple[Any, ...], Decision] = {}

    def warm(self) -> int:
        """Precompute every point of the decision space if small enough; return the table size."""
        if self.size <= WARM_LIMIT:
            for point in itertools.product(*self.domains):
                self._table.setdefault(point, self._compute(point))
        return len(self._table)

    def decide(self, facts: Mapping[str, Any]) -> Decision:
        try:
            key = tuple([facts[f] for f in self.fields])
            found = self._table.get(key)
            if found is not None:
                return found
            point = tuple(
                v if v is None or v in known else OTHER
                for v, known in zip(key, self._known, strict=True)
            )
        except Exception as exc:
            return error_decision(self.version, describe_error(exc))
        found = self._table.get(point)
        if found is None:
            found = self._table[point] = self._compute(point)
        return found

    def _compute(self, point: tuple[Any, ...]) -> Decision:
        return evaluate(self.policy, dict(zip(self.fields, point, strict=True)))


class PolicyBook:
    """Compiled policies indexed by agreement terms: the law plus each agreement's own rules."""

    def __init__(self, law: Policy) -> None:
        self.law = law
        self._compiled: dict[AgreementTerms, CompiledPolicy] = {}

    def compiled_for(self, terms: AgreementTerms) -> CompiledPolicy:
        compiled = self._compiled.get(terms)
        if compiled is None:
            compiled = self._compiled[terms] = CompiledPolicy(policy_for(terms, self.law))
        return compiled

    def decide(self, request: ShareRequestData, terms: AgreementTerms) -> Decision:
        facts = facts_of(request, agreement_in_force=terms.in_force)
        return self.compiled_for(terms).decide(facts)
