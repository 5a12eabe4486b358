"""Each seed agreement's sharing clauses, decided by the interpreter and by the compiled table."""

import pytest

from jointwork.sharing.compiled import PolicyBook
from jointwork.sharing.policy import evaluate
from jointwork.sharing.request import facts_of
from jointwork.sharing.terms import load_law_policy, policy_for

from .sharing_cases import Case, load_cases

LAW = load_law_policy()
CASES = load_cases()


@pytest.mark.parametrize("case", CASES, ids=[f"{c.file}: {c.name}" for c in CASES])
def test_policy_case_gives_the_expected_decision_with_cited_reasons(case: Case) -> None:
    decision = PolicyBook(LAW).decide(case.request, case.terms)
    fired = [r.rule for r in decision.reasons]
    assert str(decision.decision) == case.decision, fired
    if case.basis:
        assert str(decision.basis) == case.basis
    assert set(case.fired) <= set(fired)
    assert all(r.citation and r.condition for r in decision.reasons)


@pytest.mark.parametrize("case", CASES, ids=[f"{c.file}: {c.name}" for c in CASES])
def test_compiled_decision_equals_the_interpreters(case: Case) -> None:
    facts = facts_of(case.request, agreement_in_force=case.terms.in_force)
    assert PolicyBook(LAW).decide(case.request, case.terms) == evaluate(
        policy_for(case.terms, LAW), facts
    )


def test_every_seed_agreement_has_policy_cases() -> None:
    slugs = {c.terms.slug for c in CASES}
    assert {
        "cqc-hse-la-liaison-2015",
        "cqc-lga-mou-2015",
        "cqc-lgsco-mou-2024",
        "cqc-ofsted-mou-2011",
    } <= slugs
