"""The policy engine: precedence, reasons, missing facts, errors, versions, the table."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jointwork.sharing.compiled import CompiledPolicy
from jointwork.sharing.policy import (
    ENGINE_ERROR_RULE,
    NOT_AUTHORISED_RULE,
    Basis,
    Effect,
    Policy,
    PolicyError,
    Rule,
    Test,
    evaluate,
)

FIELDS = ("a", "b", "c", "who")
BOOL_VALUES = st.sampled_from([True, False, None])
facts_strategy = st.fixed_dictionaries(
    {
        "a": BOOL_VALUES,
        "b": BOOL_VALUES,
        "c": BOOL_VALUES,
        "who": st.sampled_from(["x", "y", "z", None]),
    }
)


@st.composite
def rule_tests(draw: st.DrawFn) -> Test:
    field = draw(st.sampled_from(FIELDS))
    op = draw(st.sampled_from(["eq", "ne", "in", "not_in", "is_null", "not_null"]))
    pool = ["x", "y", "z"] if field == "who" else [True, False]
    if op in ("in", "not_in"):
        return Test(field, op, draw(st.lists(st.sampled_from(pool), min_size=1, max_size=2)))
    return Test(field, op, draw(st.sampled_from(pool)) if op in ("eq", "ne") else None)


@st.composite
def rules_strategy(draw: st.DrawFn) -> list[Rule]:
    count = draw(st.integers(min_value=0, max_value=8))
    return [
        Rule(
            id=f"r{i}",
            effect=draw(st.sampled_from(list(Effect))),
            when=tuple(draw(st.lists(rule_tests(), max_size=3))),
            text=f"rule {i}",
            citation=f"clause {i}",
        )
        for i in range(count)
    ]


def rule(rule_id: str, effect: str, *tests: Test) -> Rule:
    return Rule(rule_id, effect, tests, f"text of {rule_id}", f"cite {rule_id}")


@settings(max_examples=200)
@given(rules=rules_strategy(), facts=facts_strategy, order=st.randoms())
def test_deny_wins_over_allow_whatever_the_order_of_rules(rules, facts, order) -> None:
    denier = rule("zz.deny", "deny", Test("a", "eq", True))
    allower = rule("aa.allow", "allow")
    mixed = [*rules, denier, allower]
    order.shuffle(mixed)
    decision = evaluate(Policy("p", tuple(mixed)), {**facts, "a": True})
    assert decision.decision is Effect.DENY
    assert decision.basis is Basis.PROHIBITED
    assert "zz.deny" in [r.rule for r in decision.reasons]


@settings(max_examples=200)
@given(rules=rules_strategy(), facts=facts_strategy, order=st.randoms())
def test_rule_order_changes_neither_the_decision_nor_the_version(rules, facts, order) -> None:
    shuffled = list(rules)
    order.shuffle(shuffled)
    first, second = Policy("p", tuple(rules)), Policy("p", tuple(shuffled))
    assert first.version == second.version
    assert evaluate(first, facts) == evaluate(second, facts)


@settings(max_examples=200)
@given(rules=rules_strategy(), facts=facts_strategy)
def test_the_same_request_and_policy_version_always_give_the_same_decision(rules, facts) -> None:
    policy = Policy("p", tuple(rules))
    compiled = CompiledPolicy(policy)
    reference = evaluate(policy, facts)
    assert evaluate(policy, dict(facts)) == reference
    assert compiled.decide(facts) == reference
    assert compiled.decide(dict(facts)) == reference


@settings(max_examples=200)
@given(rules=rules_strategy(), facts=facts_strategy)
def test_the_outcome_follows_the_strongest_rule_that_fired(rules, facts) -> None:
    decision = evaluate(Policy("p", tuple(rules)), facts)
    effects = {r.effect for r in decision.reasons if r.rule != NOT_AUTHORISED_RULE}
    if Effect.DENY in effects:
        assert decision.decision is Effect.DENY
    elif Effect.NEEDS_REVIEW in effects:
        assert decision.decision is Effect.NEEDS_REVIEW
    elif Effect.ALLOW in effects:
        assert decision.decision is Effect.ALLOW
    else:
        assert (decision.decision, decision.basis) == (Effect.DENY, Basis.NOT_AUTHORISED)


def test_it_tells_not_authorised_from_explicitly_prohibited() -> None:
    policy = Policy("p", (rule("only-b", "allow", Test("b", "eq", True)),))
    decision = evaluate(policy, {"b": False})
    assert decision.basis is Basis.NOT_AUTHORISED
    assert [r.rule for r in decision.reasons] == [NOT_AUTHORISED_RULE]
    prohibiting = Policy("q", (rule("no-b", "deny", Test("b", "eq", False)),))
    assert evaluate(prohibiting, {"b": False}).basis is Basis.PROHIBITED


def test_each_reason_names_the_condition_that_made_it_fire() -> None:
    policy = Policy(
        "p", (rule("r", "needs_review", Test("who", "in", ["x", "y"]), Test("a", "is_null")),)
    )
    (reason,) = evaluate(policy, {"who": "x", "a": None}).reasons
    assert reason.condition == 'who in ["x", "y"] and a is missing'
    assert reason.citation == "cite r"


def test_an_evaluation_error_is_a_needs_review_decision_with_the_error() -> None:
    policy = Policy("p", (rule("r", "allow", Test("missing_fact", "eq", True)),))
    for decision in (evaluate(policy, {}), CompiledPolicy(policy).decide({})):
        assert decision.decision is Effect.NEEDS_REVIEW
        assert decision.basis is Basis.ERROR
        assert decision.reasons[0].rule == ENGINE_ERROR_RULE
        assert "missing_fact" in (decision.error or "")


def test_the_table_treats_unnamed_values_alike_and_stays_bounded() -> None:
    policy = Policy("p", (rule("r", "deny", Test("who", "ne", "x")),))
    compiled = CompiledPolicy(policy)
    for name in ("y", "z", "anyone else"):
        assert compiled.decide({"who": name}).decision is Effect.DENY
    assert compiled.decide({"who": "x"}).basis is Basis.NOT_AUTHORISED
    assert compiled.size == 3  # "x", missing, anything else
    assert compiled.warm() == 3


def test_the_version_changes_when_a_rule_changes() -> None:
    before = Policy("p", (rule("r", "allow"),))
    after = Policy("p", (rule("r", "deny"),))
    assert before.version != after.version
    assert before.version.startswith("p@")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"id": "r", "effect": "maybe", "text": "t", "citation": "c"}, "unknown effect"),
        ({"id": "r", "effect": "allow", "text": "t"}, "missing citation"),
        (
            {
                "id": "r",
                "effect": "allow",
                "text": "t",
                "citation": "c",
                "when": [["a", "like", 1]],
            },
            "unknown operator",
        ),
        (
            {"id": "r", "effect": "allow", "text": "t", "citation": "c", "when": [["a", "in", 1]]},
            "needs a list",
        ),
    ],
)
def test_a_bad_rule_is_refused_naming_what_is_wrong(data, message) -> None:
    with pytest.raises(PolicyError, match=message):
        Rule.from_data(data)


def test_a_policy_refuses_two_rules_with_one_id() -> None:
    with pytest.raises(PolicyError, match="used twice"):
        Policy("p", (rule("r", "allow"), rule("r", "deny")))
