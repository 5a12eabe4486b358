"""Build an agreement's sharing policy from its obligations, and load the base law policy (pure).

Obligations are plain dataclasses so that confirmed `obligations.Obligation` rows and the curated
files in `policies/agreements/` flow through the same path; nothing here knows any agreement or body
by name. The law policy is `policies/law.toml`, each rule cited to rules.md §2's sources.
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .policy import Effect, Policy, PolicyError, Rule, Test, combine

POLICY_DIR = Path(__file__).resolve().parent / "policies"
LAW_FILE = POLICY_DIR / "law.toml"
AGREEMENTS_DIR = POLICY_DIR / "agreements"

SHARING_KINDS = ("prohibition", "share_information", "confidentiality", "foi_consultation")
# How a share_information clause treats personal data: "excluded" (only non-personal information is
# exchanged), "case_by_case" (personal data judged case by case, e.g. CQC–LGSCO, CQC–Ofsted ¶17)
# or "permitted" (the agreement itself is the gateway; the law rules still apply).
PERSONAL_DATA_MODES = ("excluded", "case_by_case", "permitted")
# Facts a prohibition may name.
PROHIBITABLE = (
    "personal_data",
    "identifies_service_users",
    "identifies_registered_persons",
    "special_category",
)


@dataclass(frozen=True, slots=True)
class SharingObligation:
    kind: str
    clause: str  # clause path, e.g. "16" or "3.g.ii"
    text: str
    bearers: tuple[str, ...] = ()  # organisation slugs; empty = every party
    counterparties: tuple[str, ...] = ()
    applies_to: tuple[str, ...] = ()  # prohibition: the facts it forbids
    personal_data: str = "excluded"  # share_information: see PERSONAL_DATA_MODES

    def __post_init__(self) -> None:
        where = f"obligation {self.kind!r} at clause {self.clause!r}"
        if self.kind not in SHARING_KINDS:
            raise PolicyError(f"{where}: not a sharing kind ({', '.join(SHARING_KINDS)})")
        if self.kind == "prohibition":
            bad = [f for f in self.applies_to if f not in PROHIBITABLE]
            if bad:
                raise PolicyError(f"{where}: cannot prohibit {bad[0]!r}")
        if self.personal_data not in PERSONAL_DATA_MODES:
            raise PolicyError(f"{where}: personal_data must be one of {PERSONAL_DATA_MODES}")


@dataclass(frozen=True, slots=True)
class AgreementTerms:
    """What the policy needs from the register: parties, whether in force, sharing obligations."""

    slug: str
    parties: tuple[str, ...]
    in_force: bool
    obligations: tuple[SharingObligation, ...] = ()


def load_law_policy(path: Path = LAW_FILE) -> Policy:
    return _policy_from_file(path)


def _policy_from_file(path: Path) -> Policy:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    rules = tuple(Rule.from_data(r, where=f"{path.name}: ") for r in data.get("rule", []))
    return Policy(str(data["id"]), rules)


def load_obligation_file(path: Path) -> tuple[str, tuple[SharingObligation, ...]]:
    """A curated obligations file: `agreement = "slug"` and `[[obligation]]` tables."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    rows = []
    for i, row in enumerate(data.get("obligation", []), start=1):
        try:
            rows.append(obligation_from_data(row))
        except (KeyError, TypeError, PolicyError) as exc:
            raise PolicyError(f"{path.name}: obligation {i}: {exc}") from exc
    return str(data["agreement"]), tuple(rows)


def obligation_from_data(row: dict[str, Any]) -> SharingObligation:
    return SharingObligation(
        kind=row["kind"],
        clause=str(row["clause"]),
        text=row["text"],
        bearers=tuple(row.get("bearers", ())),
        counterparties=tuple(row.get("counterparties", ())),
        applies_to=tuple(row.get("applies_to", ())),
        personal_data=row.get("personal_data", "excluded"),
    )


@functools.lru_cache(maxsize=256)  # package data: read once per process
def curated_obligations(
    slug: str, directory: Path = AGREEMENTS_DIR
) -> tuple[SharingObligation, ...]:
    path = directory / f"{slug}.toml"
    if not path.exists():
        return ()
    named, rows = load_obligation_file(path)
    if named != slug:
        raise PolicyError(f"{path.name}: names agreement {named!r}, expected {slug!r}")
    return rows


def agreement_policy(terms: AgreementTerms) -> Policy:
    """The rules an agreement contributes: who its parties are, and what its clauses say."""
    rules: list[Rule] = list(_party_rules(terms))
    for ob in terms.obligations:
        rules.extend(_rules_for(terms.slug, ob))
    unique: dict[str, Rule] = {}
    for rule in rules:  # the same clause from two sources (file and confirmed row) counts once
        unique.setdefault(rule.id, rule)
    return Policy(terms.slug, tuple(unique.values()))


def policy_for(terms: AgreementTerms, law: Policy) -> Policy:
    return combine(terms.slug, law, agreement_policy(terms))


def _cite(slug: str, clause: str) -> str:
    return f"{slug} §{clause}"


def _party_rules(terms: AgreementTerms) -> Iterable[Rule]:
    parties = list(terms.parties)
    why = "ICO Data Sharing Code of Practice (DPA 2018 s121): share under an agreement"
    for field, role in (("from", "sender"), ("to", "recipient")):
        yield Rule(
            id=f"{terms.slug}.parties.{field}",
            effect=Effect.DENY,
            when=(Test(field, "not_in", parties),),
            text=f"No agreement in force between the two bodies: the {role} is not a party to "
            f"{terms.slug} ({', '.join(parties)}).",
            citation=f"{terms.slug} parties; {why}",
        )


def _between(ob: SharingObligation) -> tuple[Test, ...]:
    tests = []
    if ob.bearers:
        tests.append(Test("from", "in", list(ob.bearers)))
    if ob.counterparties:
        tests.append(Test("to", "in", list(ob.counterparties)))
    return tuple(tests)


def _rules_for(slug: str, ob: SharingObligation) -> Sequence[Rule]:
    base = f"{slug}.{ob.clause}.{ob.kind}"
    cite = _cite(slug, ob.clause)
    between = _between(ob)
    if ob.kind == "prohibition" and not ob.applies_to:
        # A confirmed prohibition whose scope nobody recorded: a person must check it every time.
        return [
            Rule(
                f"{base}.unscoped",
                Effect.NEEDS_REVIEW,
                between,
                f"This clause prohibits some sharing and its scope is not recorded: {ob.text}",
                cite,
            )
        ]
    if ob.kind == "prohibition":
        return [
            Rule(f"{base}.{fact}", Effect.DENY, (*between, Test(fact, "eq", True)), ob.text, cite)
            for fact in ob.applies_to
        ]
    if ob.kind == "share_information":
        if ob.personal_data == "permitted":
            return [Rule(base, Effect.ALLOW, between, ob.text, cite)]
        rules = [
            Rule(base, Effect.ALLOW, (*between, Test("personal_data", "eq", False)), ob.text, cite)
        ]
        if ob.personal_data == "case_by_case":
            rules.append(
                Rule(
                    f"{base}.case_by_case",
                    Effect.NEEDS_REVIEW,
                    (*between, Test("personal_data", "eq", True)),
                    f"Personal data is shared only after a case-by-case decision: {ob.text}",
                    cite,
                )
            )
        return rules
    if ob.kind == "confidentiality":
        # Drafts shared ahead of publication are expected; the recipient keeps them confidential.
        return [
            Rule(
                base,
                Effect.ALLOW,
                (*between, Test("pre_publication", "eq", True), Test("personal_data", "eq", False)),
                f"Shared in advance of publication, to be kept confidential: {ob.text}",
                cite,
                duties=("keep_confidential_until_publication",),
            )
        ]
    # foi_consultation
    return [
        Rule(
            base,
            Effect.NEEDS_REVIEW,
            (*between, Test("foi_request", "eq", True)),
            f"Consult the other party before disclosing under FOI: {ob.text}",
            cite,
        )
    ]
