"""Benchmark: the compiled sharing policy against the same 50 rules in Rego (opa-eval, regopy).

Run: PYTHONPATH=src python bench/sharing_policy.py
The policy is the base law policy plus the four seed agreements' sharing rules (each guarded by its
agreement), padded with a synthetic information sharing agreement to exactly 50 rules. The same
rules are emitted as Rego and evaluated by regorus (opa-eval) and rego-cpp (regopy) in the same run,
on the same JSON inputs; every engine's decisions are checked against ours before timing.
"""

from __future__ import annotations

import json
import random
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import opa_eval
import regopy

from jointwork.sharing.compiled import CompiledPolicy
from jointwork.sharing.policy import Policy, Rule, Test, evaluate
from jointwork.sharing.request import FLAGS, facts_of, parse_request
from jointwork.sharing.terms import (
    AgreementTerms,
    SharingObligation,
    agreement_policy,
    curated_obligations,
    load_law_policy,
)

RULES = 50
AGREEMENTS = {
    "cqc-lga-mou-2015": ("cqc", "lga"),
    "cqc-lgsco-mou-2024": ("cqc", "lgsco"),
    "cqc-ofsted-mou-2011": ("cqc", "ofsted"),
    "cqc-hse-la-liaison-2015": ("cqc", "hse", "local-authorities"),
}
PAD = "bench-isa"
PAD_PARTIES = ("cqc", "nhs-england")


def guarded(terms: AgreementTerms) -> list[Rule]:
    return [
        Rule(r.id, r.effect, (Test("agreement", "eq", terms.slug), *r.when), r.text, r.citation)
        for r in agreement_policy(terms).rules
    ]


def build_policy() -> tuple[Policy, dict[str, AgreementTerms]]:
    terms = {
        slug: AgreementTerms(slug, parties, True, curated_obligations(slug))
        for slug, parties in AGREEMENTS.items()
    }
    rules = list(load_law_policy().rules)
    for t in terms.values():
        rules.extend(guarded(t))
    # Pad with a synthetic ISA's clauses; the policy keeps the first RULES rules.
    kinds = ("prohibition", "foi_consultation", "confidentiality")
    facts = ("identifies_service_users", "identifies_registered_persons", "special_category")
    pad = [SharingObligation("share_information", "1", "Bench ISA.", personal_data="permitted")]
    for clause in range(2, RULES):
        kind = kinds[clause % 3]
        scope = (facts[clause % 3],) if kind == "prohibition" else ()
        pad.append(SharingObligation(kind, str(clause), f"Clause {clause}.", applies_to=scope))
    terms[PAD] = AgreementTerms(PAD, PAD_PARTIES, True, tuple(pad))
    rules.extend(guarded(terms[PAD]))
    return Policy("bench", tuple(rules[:RULES])), terms


def rego_value(value: object) -> str:
    return json.dumps(value)


def rego_test(test: Test) -> list[str]:
    ref = f'input["{test.field}"]'
    if test.op == "eq":
        return [f"{ref} == {rego_value(test.value)}"]
    if test.op == "ne":
        return [f"{ref} != null", f"{ref} != {rego_value(test.value)}"]
    if test.op == "is_null":
        return [f"{ref} == null"]
    if test.op == "not_null":
        return [f"{ref} != null"]
    members = "{" + ", ".join(rego_value(v) for v in test.value) + "}"
    if test.op == "in":
        return [f"{ref} in {members}"]
    return [f"{ref} != null", f"not {ref} in {members}"]


def to_rego(policy: Policy) -> str:
    sets = {"deny": "deny", "needs_review": "review", "allow": "allow"}
    out = ["package sharing", "", "import rego.v1", ""]
    for rule in policy.rules:
        body = [line for t in rule.when for line in rego_test(t)] or ["true"]
        out.append(f'{sets[rule.effect]} contains "{rule.id}" if {{')
        out.extend(f"\t{line}" for line in body)
        out.append("}")
    out += [
        "",
        'default decision := "deny"',
        'decision := "deny" if count(deny) > 0',
        'decision := "needs_review" if {',
        "\tcount(deny) == 0",
        "\tcount(review) > 0",
        "}",
        'decision := "allow" if {',
        "\tcount(deny) == 0",
        "\tcount(review) == 0",
        "\tcount(allow) > 0",
        "}",
    ]
    return "\n".join(out) + "\n"


def requests(terms: dict[str, AgreementTerms], n: int, seed: int = 7) -> list[str]:
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        slug = rnd.choice(sorted(terms))
        bodies = sorted({*terms[slug].parties, "ofsted", "hscic"})
        sender, recipient = rnd.sample(bodies, 2)
        data = {"agreement": slug, "from": sender, "to": recipient, "purpose": "bench"}
        for flag in FLAGS:
            data[flag] = rnd.choice(
                [True, False, False, False, None]
                if flag != "foi_request"
                else [False] * 4 + [True, None]
            )
        data["legal_basis"] = rnd.choice([None, "UK GDPR Art 6(1)(e)", "Art 6(1)(e); Art 9(2)(h)"])
        facts = facts_of(parse_request(data), agreement_in_force=terms[slug].in_force)
        out.append(json.dumps(facts))
    return out


def rate(fn: Callable[[str], object], inputs: Sequence[str], min_seconds: float = 1.0) -> float:
    done, start = 0, time.perf_counter()
    while True:
        for item in inputs:
            fn(item)
        done += len(inputs)
        elapsed = time.perf_counter() - start
        if elapsed >= min_seconds:
            return done / elapsed


def main() -> None:
    policy, terms = build_policy()
    assert len(policy.rules) == RULES, len(policy.rules)
    inputs = requests(terms, 2000)
    compiled = CompiledPolicy(policy)

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "sharing.rego"
        path.write_text(to_rego(policy), encoding="utf-8")
        opa = opa_eval.OpaEval(str(path), query="data.sharing.decision")
    rego = regopy.Interpreter()
    rego.add_module("sharing", to_rego(policy))

    def ours(item: str) -> str:
        return compiled.decide(json.loads(item)).decision

    def interpreted(item: str) -> str:
        return evaluate(policy, json.loads(item)).decision

    def with_opa(item: str) -> str:
        return opa.evaluate_parsed(item)

    def with_regopy(item: str) -> str:
        rego.set_input_term(item)
        return rego.query("data.sharing.decision").results[0].expressions[0]

    cold_start = time.perf_counter()
    expected = [ours(i) for i in inputs]
    cold = len(inputs) / (time.perf_counter() - cold_start)
    mismatches = sum(with_opa(i) != e for i, e in zip(inputs, expected, strict=True))
    sample = inputs[:200]
    mismatches += sum(with_regopy(i) != e for i, e in zip(sample, expected[:200], strict=True))
    mismatches += sum(interpreted(i) != e for i, e in zip(sample, expected[:200], strict=True))
    if mismatches:
        sys.exit(f"engines disagree on {mismatches} decisions")

    ours_rate = rate(ours, inputs)
    opa_rate = rate(with_opa, inputs)
    regopy_rate = rate(with_regopy, sample)
    interp_rate = rate(interpreted, inputs)
    print(f"BENCH sharing.decisions {ours_rate:.0f} per_s vs opa-eval {ours_rate / opa_rate:.2f}x")
    print(f"BENCH sharing.decisions {ours_rate:.0f} per_s vs regopy {ours_rate / regopy_rate:.1f}x")
    ratio = interp_rate / opa_rate
    print(f"BENCH sharing.decisions_interpreted {interp_rate:.0f} per_s vs opa-eval {ratio:.2f}x")
    print(f"BENCH sharing.decisions_first_seen {cold:.0f} per_s")
    print(f"BENCH sharing.opa_eval {opa_rate:.0f} per_s")
    print(f"BENCH sharing.regopy {regopy_rate:.0f} per_s")
    print(f"BENCH sharing.table_points {len(compiled._table)} points of {compiled.size}")


if __name__ == "__main__":
    main()
