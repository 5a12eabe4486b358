"""Load the policy test cases in tests/sharing/cases/ (the `opa test` of Jointwork policies)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jointwork.sharing.request import ShareRequestData, parse_request
from jointwork.sharing.terms import AgreementTerms, curated_obligations

CASES_DIR = Path(__file__).resolve().parent / "cases"


@dataclass(frozen=True)
class Case:
    file: str
    name: str
    terms: AgreementTerms
    request: ShareRequestData
    decision: str
    basis: str | None
    fired: tuple[str, ...]


def _request(
    defaults: dict[str, Any], overrides: dict[str, Any], agreement: str
) -> ShareRequestData:
    # TOML has no null: the string "null" stands for an unstated flag.
    merged = {"agreement": agreement, **defaults, **overrides}
    return parse_request({k: (None if v == "null" else v) for k, v in merged.items()})


def load_cases() -> list[Case]:
    cases = []
    for path in sorted(CASES_DIR.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        slug = data["agreement"]
        obligations = curated_obligations(slug)
        for raw in data["case"]:
            in_force = raw.get("in_force", data["in_force"])
            terms = AgreementTerms(slug, tuple(data["parties"]), in_force, obligations)
            cases.append(
                Case(
                    file=path.name,
                    name=raw["name"],
                    terms=terms,
                    request=_request(data["defaults"], raw["request"], slug),
                    decision=raw["decision"],
                    basis=raw.get("basis"),
                    fired=tuple(raw.get("fired", ())),
                )
            )
    return cases
