"""The incident triage decision table: load, evaluate, lint (pure, no Django).

The table is data (`tables/triage.toml`), versioned, with a citation on every row. Evaluation
(docs/liaison.md, "How the table is read"):

1. `enforcing_authority` rows derive HSE / LA / unclear from the premises (EA Regulations 1998);
2. `lead` rows name the regulator: the first row, by ascending `priority`, whose conditions hold;
3. `primacy` rows may put the police first (Work-related Deaths Protocol); the regulator the lead
   row named is then notified instead;
4. every matching `notify` row adds the bodies it names;
5. facts given more than one value get the `conflict` row: lead `agree_primacy`, the candidates
   being every body some reading names.

`Table.evaluate` answers from an index compiled once over the whole fact space (it is small:
`facts.all_facts()`); `Table.interpret` walks the rows one by one and is what the index is built
from, what the linter uses, and the peer the benchmark compares against.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from jointwork.liaison.facts import FACT_VALUES, Facts, FactsInput, all_facts, parse_facts

DEFAULT_TABLE = Path(__file__).resolve().parent / "tables" / "triage.toml"

AGREE = "agree_primacy"
LEADS = ("CQC", "HSE", "LA", "police", AGREE)
# Canonical order of the notify list (DESIGN.md: bodies as CQC/HSE/LA plus these).
NOTIFY_NAMES = (
    "CQC",
    "HSE",
    "LA",
    "police",
    "Coroner",
    "Safeguarding Adults Board",
    "RIDDOR report",
)
EA = "enforcing_authority"  # the derived fact, and the notify symbol that stands for its value
EA_VALUES = ("HSE", "LA", "unclear")
EA_BODIES = {"HSE": ("HSE",), "LA": ("LA",), "unclear": ("HSE", "LA")}
CONDITION_VALUES: dict[str, tuple[Any, ...]] = {**FACT_VALUES, EA: EA_VALUES}
SECTIONS = ("enforcing_authority", "lead", "primacy", "notify")
_ROW_KEYS = {"id", "priority", "when", "value", "lead", "candidates", "notify", "text"}
_ROW_KEYS |= {"citation", "sources"}


class TableError(ValueError):
    """A table file that cannot be used; the message names the row and what is wrong."""


@dataclass(frozen=True, slots=True)
class Reason:
    rule: str
    text: str
    citation: str

    def as_dict(self) -> dict[str, str]:
        return {"rule": self.rule, "text": self.text, "citation": self.citation}


@dataclass(frozen=True, slots=True)
class Triage:
    lead: str
    candidates: tuple[str, ...]
    notify: tuple[str, ...]
    reasons: tuple[Reason, ...]
    table_version: str

    def as_dict(self) -> dict[str, Any]:
        """The `jointwork triage --json` contract (DESIGN.md)."""
        return {
            "lead": self.lead,
            "candidates": list(self.candidates),
            "notify": list(self.notify),
            "reasons": [reason.as_dict() for reason in self.reasons],
            "table_version": self.table_version,
        }


@dataclass(frozen=True, slots=True)
class Body:
    code: str  # as in `lead`: CQC, HSE, LA, police
    name: str
    organisation: str  # register organisation slug, or "" when it has none in Jointwork


@dataclass(frozen=True, slots=True)
class Row:
    section: str
    id: str
    priority: int
    when: Mapping[str, frozenset[Any]]
    text: str
    citation: str  # the row's citation followed by its source URLs
    value: str = ""  # enforcing_authority rows
    lead: str = ""  # lead and primacy rows
    candidates: tuple[str, ...] = ()
    notify: tuple[str, ...] = ()

    def matches(self, env: Mapping[str, Any]) -> bool:
        return all(env[name] in allowed for name, allowed in self.when.items())

    @property
    def reason(self) -> Reason:
        return Reason(self.id, self.text, self.citation)


def _ordered(names: Iterable[str], order: tuple[str, ...]) -> tuple[str, ...]:
    wanted = set(names)
    return tuple(name for name in order if name in wanted)


def _first(rows: tuple[Row, ...], env: Mapping[str, Any]) -> Row | None:
    return next((row for row in rows if row.matches(env)), None)


@dataclass(frozen=True)
class Table:
    version: str
    agreement: str
    enforcing_authority: tuple[Row, ...]
    lead: tuple[Row, ...]
    primacy: tuple[Row, ...]
    notify: tuple[Row, ...]
    conflict: Row
    sources: Mapping[str, str] = field(default_factory=dict)  # key -> URL
    bodies: Mapping[str, Body] = field(default_factory=dict)  # lead code -> body

    def rows(self) -> tuple[Row, ...]:
        return (*self.enforcing_authority, *self.lead, *self.primacy, *self.notify)

    def interpret(self, facts: Facts) -> Triage:
        """Evaluate one reading row by row (the reference semantics)."""
        env: dict[str, Any] = facts.as_dict()
        ea_row = _first(self.enforcing_authority, env)
        if ea_row is None:
            raise TableError(f"no enforcing_authority row matches {facts.as_dict()}")
        env[EA] = ea_row.value
        lead_row = _first(self.lead, env)
        if lead_row is None:
            raise TableError(f"no lead row matches {env}")
        primacy_row = _first(self.primacy, env)
        fired = [row for row in self.notify if row.matches(env)]

        notify = set(lead_row.notify)
        for row in fired:
            for name in row.notify:
                notify.update(EA_BODIES[ea_row.value] if name == EA else (name,))
        lead, candidates = lead_row.lead, lead_row.candidates
        reasons = [lead_row.reason]
        if primacy_row is not None:
            # WRDP: the regulator that would otherwise lead is told and works with the police.
            notify.update(candidates or (lead,))
            lead, candidates = primacy_row.lead, ()
            reasons.insert(0, primacy_row.reason)
        uses_ea = EA in lead_row.when or any(EA in row.notify for row in fired)
        if uses_ea:
            reasons.append(ea_row.reason)
        reasons.extend(row.reason for row in fired)
        notify.discard(lead)
        return Triage(
            lead=lead,
            candidates=candidates,
            notify=_ordered(notify, NOTIFY_NAMES),
            reasons=tuple(reasons),
            table_version=self.version,
        )

    def notify_rules(self, reasons: Iterable[Mapping[str, str]]) -> dict[str, tuple[str, ...]]:
        """For each body a triage tells, the ids of the reasons whose rows put it on the list.

        A lead row names its candidates (and, under police primacy, the regulator it would have
        made lead); a notify row its bodies, `enforcing_authority` standing for HSE and LA; the
        conflict row every candidate. Names the reasons do not explain are absent.
        """
        rows = {row.id: row for row in self.rows()}
        given = [reason["rule"] for reason in reasons]
        lead_rows = [rows[rid] for rid in given if rid in rows and rows[rid].section == "lead"]
        regulators = {name for row in lead_rows for name in (row.lead, *row.candidates)}
        found: dict[str, list[str]] = {}
        for rid in given:
            row = rows.get(rid)
            if rid == self.conflict.id:
                names: set[str] = set(LEADS)
            elif row is None:
                continue
            elif row.section == "notify":
                names = {
                    n
                    for name in row.notify
                    for n in (EA_BODIES["unclear"] if name == EA else (name,))
                }
            elif row.section == "lead":
                names = {*row.candidates, *row.notify} | (
                    regulators if self._demoted(given) else set()
                )
            elif row.section == "primacy":
                names = regulators
            else:
                continue
            for name in names:
                found.setdefault(name, []).append(rid)
        return {name: tuple(ids) for name, ids in found.items()}

    def _demoted(self, rule_ids: list[str]) -> bool:
        primacy = {row.id for row in self.primacy}
        return any(rid in primacy for rid in rule_ids)

    @cached_property
    def _index(self) -> dict[tuple[Any, ...], Triage]:
        return {facts.key(): self.interpret(facts) for facts in all_facts()}

    def compile(self) -> Table:
        """Build the index now rather than on the first evaluation."""
        _ = self._index
        return self

    def evaluate(self, facts: Facts) -> Triage:
        """Evaluate one reading from the compiled index (same answer as `interpret`)."""
        return self._index[facts.key()]

    def triage(self, given: FactsInput) -> Triage:
        """Evaluate what the reporter said, answering conflicting facts with the conflict row."""
        results = [self.evaluate(reading) for reading in given.readings]
        if len(results) == 1:
            return results[0]
        candidates: set[str] = set()
        notify: set[str] = set()
        reasons: dict[str, Reason] = {}
        for result in results:
            candidates.update(result.candidates if result.lead == AGREE else (result.lead,))
            notify.update(result.notify)
            reasons.update((reason.rule, reason) for reason in result.reasons)
        conflict = Reason(
            self.conflict.id,
            f"{self.conflict.text} Facts given more than one value: "
            f"{', '.join(given.conflicting)}.",
            self.conflict.citation,
        )
        return Triage(
            lead=AGREE,
            candidates=_ordered(candidates, LEADS),
            notify=_ordered(notify | candidates, NOTIFY_NAMES),
            reasons=(conflict, *reasons.values()),
            table_version=self.version,
        )


# ----------------------------------------------------------------------------- loading


def _condition_values(where: str, name: str, raw: Any) -> frozenset[Any]:
    if name not in CONDITION_VALUES:
        raise TableError(f"{where}: unknown fact '{name}' in when")
    items = raw if isinstance(raw, list) else [raw]
    # TOML has no null: "none" stands for JSON null (no specific legislation).
    items = [None if name == "specific_hs_legislation" and v == "none" else v for v in items]
    allowed = CONDITION_VALUES[name]
    for item in items:
        if not any(type(item) is type(ok) and item == ok for ok in allowed):
            raise TableError(f"{where}: '{item}' is not a value of fact '{name}'")
    return frozenset(items)


def _names(where: str, raw: Any, allowed: tuple[str, ...], what: str) -> tuple[str, ...]:
    if not isinstance(raw, list) or not all(isinstance(n, str) for n in raw):
        raise TableError(f"{where}: {what} must be a list of names")
    unknown = [name for name in raw if name not in allowed]
    if unknown:
        raise TableError(f"{where}: unknown {what} '{unknown[0]}'")
    return tuple(raw)


def _row(section: str, raw: Mapping[str, Any], sources: Mapping[str, str], n: int) -> Row:
    where = f"{section} row {n + 1} ({raw.get('id', 'no id')})"
    extra = set(raw) - _ROW_KEYS
    if extra:
        raise TableError(f"{where}: unknown key '{sorted(extra)[0]}'")
    for key in ("id", "text", "citation"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise TableError(f"{where}: '{key}' must be a non-empty string")
    keys = raw.get("sources")
    if not isinstance(keys, list) or not keys:
        raise TableError(f"{where}: 'sources' must list at least one source key")
    missing = [key for key in keys if key not in sources]
    if missing:
        raise TableError(f"{where}: source '{missing[0]}' is not in [sources]")
    priority = raw.get("priority", 0)
    if section != "notify" and (type(priority) is not int or "priority" not in raw):
        raise TableError(f"{where}: 'priority' must be an integer")
    when = raw.get("when", {})
    if not isinstance(when, dict):
        raise TableError(f"{where}: 'when' must be a table of fact = [values]")
    row = Row(
        section=section,
        id=raw["id"],
        priority=priority,
        when={name: _condition_values(where, name, v) for name, v in when.items()},
        text=raw["text"],
        citation=f"{raw['citation']} — {'; '.join(sources[key] for key in keys)}",
        value=raw.get("value", ""),
        lead=raw.get("lead", ""),
        candidates=_names(where, raw.get("candidates", []), LEADS[:4], "candidate"),
        notify=_names(where, raw.get("notify", []), (*NOTIFY_NAMES, EA), "notify name"),
    )
    _check_outcome(where, row)
    return row


def _check_outcome(where: str, row: Row) -> None:
    if row.section == "enforcing_authority" and row.value not in EA_VALUES:
        raise TableError(f"{where}: 'value' must be one of {', '.join(EA_VALUES)}")
    if row.section in ("lead", "primacy") and row.lead not in LEADS:
        raise TableError(f"{where}: 'lead' must be one of {', '.join(LEADS)}")
    if row.section == "primacy" and row.lead == AGREE:
        raise TableError(f"{where}: a primacy row must name the body that takes primacy")
    if row.lead == AGREE and len(set(row.candidates)) < 2:
        raise TableError(f"{where}: agree_primacy needs at least two distinct candidates")
    if row.lead != AGREE and row.candidates:
        raise TableError(f"{where}: candidates are only for agree_primacy")
    if not set(row.candidates) <= set(row.notify):
        raise TableError(f"{where}: every candidate must also be notified")
    if row.section == "notify" and not row.notify:
        raise TableError(f"{where}: a notify row must name someone to notify")


def _sources(raw: Any) -> dict[str, str]:
    if not isinstance(raw, dict) or not raw:
        raise TableError("[sources] must map source keys to {title, url}")
    urls = {}
    for key, entry in raw.items():
        url = entry.get("url", "") if isinstance(entry, dict) else ""
        if not url.startswith(("https://", "http://")) or not entry.get("title"):
            raise TableError(f"source '{key}': needs a title and an http(s) url")
        urls[key] = url
    return urls


def _bodies(raw: Any) -> dict[str, Body]:
    if not isinstance(raw, dict):
        raise TableError("[bodies] must map each lead code to {name, organisation}")
    missing = [code for code in LEADS if code != AGREE and code not in raw]
    if missing:
        raise TableError(f"[bodies] has no entry for lead '{missing[0]}'")
    bodies = {}
    for code, entry in raw.items():
        if code not in LEADS or code == AGREE:
            raise TableError(f"[bodies]: '{code}' is not a lead body")
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            raise TableError(f"[bodies] {code}: needs a name")
        bodies[code] = Body(code, entry["name"], str(entry.get("organisation", "")))
    return bodies


def _section(data: Mapping[str, Any], name: str, sources: Mapping[str, str]) -> tuple[Row, ...]:
    rows = tuple(_row(name, raw, sources, n) for n, raw in enumerate(data.get(name, [])))
    if name != "notify":
        seen: dict[int, str] = {}
        for row in rows:
            if row.priority in seen:
                raise TableError(
                    f"{name} rows {seen[row.priority]} and {row.id} share priority {row.priority}"
                )
            seen[row.priority] = row.id
        rows = tuple(sorted(rows, key=lambda row: row.priority))
    return rows


def parse_table(text: str) -> Table:
    """Build a table from TOML text, refusing any row it cannot use."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise TableError(f"table is not valid TOML: {exc}") from None
    unknown = set(data) - {"version", "agreement", "sources", "bodies", "conflict", *SECTIONS}
    if unknown:
        raise TableError(f"unknown top-level key '{sorted(unknown)[0]}'")
    if not isinstance(data.get("version"), str) or not data["version"]:
        raise TableError("the table needs a 'version' string")
    sources = _sources(data.get("sources"))
    if not isinstance(data.get("conflict"), dict):
        raise TableError("the table needs a [conflict] row")
    sections = {name: _section(data, name, sources) for name in SECTIONS}
    ids = [row.id for rows in sections.values() for row in rows] + [data["conflict"].get("id")]
    duplicates = sorted({rid for rid in ids if ids.count(rid) > 1})
    if duplicates:
        raise TableError(f"row id '{duplicates[0]}' is used more than once")
    return Table(
        version=data["version"],
        agreement=data.get("agreement", ""),
        conflict=_row("conflict", data["conflict"] | {"priority": 0}, sources, 0),
        sources=sources,
        bodies=_bodies(data.get("bodies")),
        **sections,
    )


def load_table(path: Path | str = DEFAULT_TABLE) -> Table:
    return parse_table(Path(path).read_text(encoding="utf-8"))


@cache
def default_table() -> Table:
    """The shipped table, compiled once per process."""
    return load_table().compile()


def triage(data: Any, table: Table | None = None) -> Triage:
    """Validate facts from the JSON contract and triage them (raises FactsError on bad input)."""
    return (table or default_table()).triage(parse_facts(data))


# ----------------------------------------------------------------------------- linting


@dataclass(frozen=True, slots=True)
class LintProblem:
    kind: str  # "uncovered" | "shadowed" | "unsatisfiable"
    rule: str  # the row id, or the section with a gap
    message: str


def _first_fired(
    rows: tuple[Row, ...], env: Mapping[str, Any], fired: dict[str, int]
) -> Row | None:
    row = _first(rows, env)
    if row is not None:
        fired[row.id] += 1
    return row


def _dead_rows(
    rows: tuple[Row, ...], envs: list[dict[str, Any]], fired: dict[str, int]
) -> Iterator[LintProblem]:
    """Problems for rows that never fired: shadowed by earlier rows, or matching nothing."""
    for position, row in enumerate(rows):
        if fired[row.id]:
            continue
        matched = [env for env in envs if row.matches(env)]
        if not matched:
            yield LintProblem("unsatisfiable", row.id, f"{row.id} matches no combination of facts")
            continue
        earlier = rows[:position] if row.section != "notify" else ()
        by = sorted({r.id for env in matched for r in earlier if r.matches(env)})
        yield LintProblem(
            "shadowed",
            row.id,
            f"{row.id} never fires: earlier rows take all its cases ({', '.join(by)})",
        )


def lint(table: Table) -> list[LintProblem]:
    """Check the table over the whole fact space.

    Fails (returns problems) when a combination of facts matches no enforcing_authority or no
    lead row, or when a row can never fire because earlier rows (lower priority numbers) take
    every combination it matches, or its conditions match nothing.
    """
    problems: list[LintProblem] = []
    fired = {row.id: 0 for row in table.rows()}
    envs: list[dict[str, Any]] = []
    gaps: dict[str, list[Facts]] = {"enforcing_authority": [], "lead": []}
    for facts in all_facts():
        env: dict[str, Any] = facts.as_dict()
        ea_row = _first_fired(table.enforcing_authority, env, fired)
        if ea_row is None:
            gaps["enforcing_authority"].append(facts)
            continue
        env[EA] = ea_row.value
        envs.append(env)
        if _first_fired(table.lead, env, fired) is None:
            gaps["lead"].append(facts)
        _first_fired(table.primacy, env, fired)
        for row in table.notify:
            if row.matches(env):
                fired[row.id] += 1
    for section, uncovered in gaps.items():
        if uncovered:
            example = uncovered[0].as_dict()
            message = f"{len(uncovered)} combinations match no {section} row, e.g. {example}"
            problems.append(LintProblem("uncovered", section, message))
    for section in SECTIONS:
        problems.extend(_dead_rows(getattr(table, section), envs, fired))
    return problems
