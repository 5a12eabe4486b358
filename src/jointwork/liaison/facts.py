"""The facts of an incident, as `jointwork triage` takes them (DESIGN.md, machine interfaces).

Pure: no Django. `parse_facts` turns a JSON-like mapping into one or more `Facts` readings and
refuses anything it cannot read exactly: a missing fact, an unknown fact, a value outside the
fact's vocabulary or of the wrong type is a `FactsError` naming the fact. Nothing is defaulted.

A fact may be given as a list of values (or twice in the JSON text) when the reporter cannot
choose, e.g. a nurse who was also a patient (`"person_harmed": ["worker", "service_user"]`) or a
dual-registered care home (`"premises": ["care_home_nursing", "care_home_residential"]`). Such
input is *conflicting*: it yields several readings, and the table answers with its explicit
"agree primacy" outcome (MoU CQC/HSE/LAs: "Where it is unclear which regulator should have
jurisdiction ... the regulators will determine who should take the lead").
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

# The fact space. Order matters: it is the order of the compiled index key and of `Facts` fields.
# `None` for specific_hs_legislation is JSON null ("no specific regulations directly relevant").
FACT_VALUES: dict[str, tuple[Any, ...]] = {
    "provider_registered_with_cqc": (True, False),
    "person_harmed": ("service_user", "worker", "visitor", "contractor", "member_of_public"),
    "premises": (
        "hospital",
        "care_home_nursing",
        "care_home_residential",
        "domiciliary",
        "gp_surgery",
        "dental",
        "office",
        "other",
    ),
    "outcome": ("death", "serious_injury", "injury", "near_miss"),
    "suspected_gross_negligence": (True, False),
    "specific_hs_legislation": (
        None,
        "legionella",
        "lifting",
        "asbestos",
        "gas",
        "electrical",
        "other",
    ),
    "public_sector_provider": (True, False),
}
FACT_NAMES: tuple[str, ...] = tuple(FACT_VALUES)

# Short help for forms and error messages; the meaning each value has in the table.
FACT_HELP: dict[str, str] = {
    "provider_registered_with_cqc": "Is the provider of the service registered with CQC for it?",
    "person_harmed": "Who was harmed or put at risk: a person using the service, a worker, "
    "a visitor, a contractor or another member of the public.",
    "premises": "Where it happened; this decides HSE or the local authority under the "
    "Health and Safety (Enforcing Authority) Regulations 1998.",
    "outcome": "The worst outcome: death, serious injury, other injury, or a near miss.",
    "suspected_gross_negligence": "Is there a suspicion of gross negligence manslaughter or "
    "another serious criminal offence?",
    "specific_hs_legislation": "Specific health and safety regulations directly relevant to "
    "the cause of harm (legionella ACoP, LOLER lifting, asbestos, gas safety, electricity at "
    "work, other), or none.",
    "public_sector_provider": "Is the provider a local authority or other public body?",
}


class FactsError(ValueError):
    """Input that cannot be read as incident facts; the message names the fact at fault."""


@dataclass(frozen=True, slots=True)
class Facts:
    """One complete, valid reading of an incident's facts."""

    provider_registered_with_cqc: bool
    person_harmed: str
    premises: str
    outcome: str
    suspected_gross_negligence: bool
    specific_hs_legislation: str | None
    public_sector_provider: bool

    def key(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in FACT_NAMES)

    def as_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in FACT_NAMES}


@dataclass(frozen=True, slots=True)
class FactsInput:
    """What the reporter said: one reading, or several when a fact was given conflicting values."""

    readings: tuple[Facts, ...]
    conflicting: tuple[str, ...]  # names of the facts given more than one value


def all_facts() -> list[Facts]:
    """Every valid combination of facts (the whole, small, fact space)."""
    return [Facts(*combo) for combo in itertools.product(*FACT_VALUES.values())]


def _same_value(a: Any, b: Any) -> bool:
    # JSON true == 1 in Python; keep booleans and numbers apart.
    return type(a) is type(b) and a == b


def _check_value(name: str, value: Any) -> Any:
    allowed = FACT_VALUES[name]
    if not any(_same_value(value, ok) for ok in allowed):
        shown = ", ".join(json.dumps(v) for v in allowed)
        given = json.dumps(value, default=repr)
        raise FactsError(f"fact '{name}': {given} is not one of {shown}")
    return value


def _values(name: str, raw: Any) -> tuple[Any, ...]:
    if isinstance(raw, _Conflict):
        items = list(raw.values)
    elif isinstance(raw, list):
        if not raw:
            raise FactsError(f"fact '{name}': an empty list gives no value")
        items = raw
    else:
        items = [raw]
    values: list[Any] = []
    for item in items:
        value = _check_value(name, item)
        if not any(_same_value(value, seen) for seen in values):
            values.append(value)
    return tuple(values)


def parse_facts(data: Any) -> FactsInput:
    """Validate `data` (a mapping from the JSON contract) into one or more readings."""
    if not isinstance(data, Mapping):
        raise FactsError(f"facts must be a JSON object, not {type(data).__name__}")
    unknown = sorted(set(data) - set(FACT_NAMES))
    if unknown:
        raise FactsError(f"unknown fact '{unknown[0]}'; known facts: {', '.join(FACT_NAMES)}")
    missing = [name for name in FACT_NAMES if name not in data]
    if missing:
        raise FactsError(f"missing fact '{missing[0]}' ({len(missing)} missing in all)")
    per_fact = [_values(name, data[name]) for name in FACT_NAMES]
    conflicting = tuple(n for n, vs in zip(FACT_NAMES, per_fact, strict=True) if len(vs) > 1)
    readings = tuple(Facts(*combo) for combo in itertools.product(*per_fact))
    return FactsInput(readings=readings, conflicting=conflicting)


@dataclass(frozen=True, slots=True)
class _Conflict:
    """A key that appeared more than once in the JSON text, with the values it was given."""

    values: tuple[Any, ...]


def _merge_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    for key, value in pairs:
        if key not in merged:
            merged[key] = value
            continue
        earlier = merged[key]
        earlier_values = earlier.values if isinstance(earlier, _Conflict) else (earlier,)
        merged[key] = _Conflict((*earlier_values, value))
    return merged


def loads_facts(text: str | bytes) -> FactsInput:
    """Parse JSON text into facts; a key given twice counts as conflicting values."""
    try:
        data = json.loads(text, object_pairs_hook=_merge_duplicate_keys)
    except json.JSONDecodeError as exc:
        raise FactsError(
            f"malformed JSON at line {exc.lineno} column {exc.colno}: {exc.msg}"
        ) from None
    except UnicodeDecodeError as exc:
        raise FactsError(f"input is not UTF-8 text: {exc.reason}") from None
    return parse_facts(data)
