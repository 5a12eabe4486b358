"""One duty from the words of the sentence that states it: who owes it and to whom, its values
with the document spans they come from, and a one-line summary.

Pure module: ``extract`` finds where a duty is stated (a rule row of ``tables/extract.toml`` or a
keyword family of the fallback) and calls ``build``; who makes the promise is decided in
``subjects``.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from jointwork.ingest._tables import Collapsed, compiled, number, table
from jointwork.ingest.clauses import Clause
from jointwork.ingest.subjects import (
    CONDITION_THEN_IT,
    MUTUAL,
    Named,
    Parties,
    Roles,
    stem_subject,
    subject_after_condition,
)

__all__ = ["LegalBasis", "Obligation", "Recurrence", "Rule", "Span", "build"]

Span = tuple[int, int]
# (RRULE, due window or None, span in the sentence), from ``extract._recurrence``
Recurrence = tuple[str, str | None, Span]
# a row of ``tables/extract.toml`` [[obligations]] or of ``tables/fallback.toml``
Rule = dict[str, Any]

# "the Trust will secure ...": a list item that opens with its own subject and promise
_OWN_PROMISE = re.compile(r"the\s+[^,;:]{1,60}?\s(?:will|shall|must)\s", re.I)
_THE_OTHER = re.compile(r"\b(?:each other|one another|the other|either)\b", re.I)


@dataclass
class LegalBasis:
    id: str
    label: str
    span: Span
    source: str

    def to_json(self) -> dict:
        return {"id": self.id, "label": self.label, "span": list(self.span), "source": self.source}


@dataclass
class Obligation:
    kind: str
    bearer: list[str]
    counterparty: list[str]
    summary: str
    recurrence: str | None
    trigger: dict | None
    clause: str
    quote: str
    quote_span: Span
    subkind: str | None = None
    # A due window "<min>/<max>" (ISO 8601 durations) beside the RRULE: "at least annually" is
    # P0D/P1Y, "every two to three years" P2Y/P3Y (obligations.recurrence's WINDOW=).
    window: str | None = None
    legal_bases: list[LegalBasis] = field(default_factory=list)
    ladder: list[str] = field(default_factory=list)
    spans: dict[str, list] = field(default_factory=dict)
    # "rule": a row of tables/extract.toml matched its wording; "keywords": no row did, and the
    # kind was guessed from the keyword families of tables/fallback.toml (see fallback.py)
    basis: str = "rule"

    def to_json(self) -> dict:
        return {
            "kind": self.kind,
            "bearer": self.bearer,
            "counterparty": self.counterparty,
            "summary": self.summary,
            "recurrence": self.recurrence,
            "window": self.window,
            "trigger": self.trigger,
            "clause": self.clause,
            "quote": self.quote,
            "subkind": self.subkind,
            "legal_bases": [basis.to_json() for basis in self.legal_bases],
            "ladder": self.ladder,
            "quote_span": list(self.quote_span),
            "spans": self.spans,
            "basis": self.basis,
        }


def build(
    rule: Rule,
    clause: Clause,
    own: Collapsed,
    a: int,
    b: int,
    m: re.Match[str],
    cut: int,
    recurrence: Recurrence | None,
    stems: list[Collapsed],
    people: Parties,
    roles: Roles | None = None,
) -> Obligation:
    """The duty the rule row or keyword family ``rule`` found at ``m`` in the sentence
    ``own.text[a:b]`` of ``clause``; ``cut`` is where its promise starts (its subject before
    it), ``roles`` who a table's row names in its "by" and "to" columns."""
    sentence = own.text[a:b]
    by, to = roles or ([], [])
    bearers = by or people.named(own, a, a + cut)
    mutual = MUTUAL.search(sentence[:cut])
    if by:
        bearer_names = list(dict.fromkeys(n for n, _ in by))
    elif mutual or (not bearers and not stems):
        bearer_names = list(people.all)
    elif stems and sentence[:1].islower() and not (bearers and _OWN_PROMISE.match(sentence)):
        # a list item that opens with its verb ("give the B notice") has the stem's subject;
        # one with its own ("the Trust will secure the record") has its own
        bearer_names = stem_subject(stems[0], people) or list(people.all)
    elif bearers and CONDITION_THEN_IT.search(sentence[:cut] + " will"):
        # "Where A finds ... about B, it will": A bears it ("If either council ..., it will":
        # the councils the first words name)
        bearer_names = [n for n, span in bearers if span == bearers[0][1]]
    elif bearers and (subject := subject_after_condition(people, own, a, cut, bearers)):
        bearer_names = subject  # "Where ... a B registrant, A will": A bears it
    elif bearers:
        bearer_names = [n for n, _ in bearers]
    else:
        bearer_names = stem_subject(stems[0], people) or list(people.all)
    agents = [] if by else _agents(people, own, a, sentence)
    if agents:
        # "... will be treated as confidential by the Commission": the agent bears the duty
        bearers, bearer_names = agents, list(dict.fromkeys(n for n, _ in agents))
    if rule["kind"] == "meeting" and len(bearer_names) < 2:
        # a meeting has two sides, though only one is named ("The Chief Inspector will meet
        # the Registrar of GTCNI"): 159 of the blind writers' 162 meetings are all the parties'
        bearer_names = list(people.all)
    after = to or people.named(own, a + cut, b)
    counter = [(n, s) for n, s in after if n not in bearer_names]
    if to:
        counter_names = list(dict.fromkeys(n for n, _ in counter)) or list(people.all)
    elif _THE_OTHER.search(sentence):
        counter_names = [n for n in people.all if n not in bearer_names] or list(people.all)
        if set(bearer_names) == set(people.all):
            counter_names = list(people.all)
    else:
        counter += people.others(own, a + cut, b)
        counter_names = list(dict.fromkeys(n for n, _ in counter)) or (
            [n for n in people.all if n not in bearer_names] or list(people.all)
        )
    spans: dict[str, list] = {
        "match": list(own.span(a + m.start(), a + m.end())),
        "bearer": [list(s) for _, s in bearers],
        "counterparty": [list(s) for _, s in counter],
    }
    rrule = window = None
    if recurrence:
        rrule, window, (ra, rb) = recurrence
        spans["recurrence"] = list(own.span(a + ra, a + rb))
    trigger = _trigger(rule, sentence, own, a, spans)
    ladder = _ladder(own.text) if rule["kind"] == "escalation" else []
    summary = _summary(
        rule, bearer_names, counter_names, people, sentence, m, trigger, ladder, recurrence
    )
    return Obligation(
        kind=rule["kind"], subkind=rule.get("subkind"), bearer=bearer_names,
        counterparty=counter_names, summary=summary, recurrence=rrule, window=window,
        trigger=trigger,
        clause=clause.path, quote=sentence, quote_span=own.span(a, b), ladder=ladder, spans=spans,
    )  # fmt: skip


# "will be kept confidential by", "shall be treated in confidence by": a promise in the passive
_PASSIVE_BY = re.compile(
    r"\b(?:will|shall|must|is\s+to|are\s+to)\s+(?:be|remain)\s+(?:[\w-]+\s+){1,4}?by\s+", re.I
)
# the agent after "by": a run of names ("the Council and NWAS", "Companies House")
_AGENT = re.compile(r"(?:the\s+)?[\w’'&-]+(?:\s+(?:(?-i:[A-Z])[\w’'&-]*|of|for|and|&|the)){0,12}")


def _agents(people: Parties, own: Collapsed, a: int, sentence: str) -> Named:
    """The parties named as the agent of a passive promise ("will be kept confidential by
    Companies House", "treated in confidence by the Council and NWAS"), else none."""
    passive = None
    if " by " in sentence and (" be " in sentence or " remain " in sentence):  # (a quick no)
        passive = _PASSIVE_BY.search(sentence)
    agent = _AGENT.match(sentence, passive.end()) if passive else None
    return people.named(own, a + agent.start(), a + agent.end()) if agent else []


def _trigger(
    rule: Rule, sentence: str, own: Collapsed, a: int, spans: dict[str, list[Any]]
) -> dict[str, Any] | None:
    event = rule.get("event")
    if rule["kind"] == "notice_before_publication":
        hits = []
        for row in table("extract")["events"]:
            em = compiled(row["pattern"]).search(sentence)
            if em:
                hits.append((em.start(), row["event"], em.end()))
        if hits:
            start, event, end = min(hits)
            spans["trigger_event"] = list(own.span(a + start, a + end))
        else:
            event = "publication"
    if event is None:
        return None
    trigger: dict = {"event": event, "offset": None}
    om = compiled(table("extract")["offset"]["pattern"]).search(sentence)
    if om:
        amount = number(om.group(1))
        unit = om.group(2).lower()
        # "48 hours' notice of the date of publication" comes before it, like "before"
        notice_of = om.group(3).lower() == "of" and bool(re.search(r"notice|warning", om.group(0)))
        before = om.group(3).lower() in ("before", "in advance of", "prior to", "ahead of")
        sign = "-" if before or notice_of else ""
        working = unit.startswith(("working", "business"))
        if unit.startswith("hour"):
            trigger["offset"] = f"{sign}PT{amount}H"
        else:
            letter = "D" if working else {"d": "D", "w": "W", "m": "M"}[unit[0]]
            trigger["offset"] = f"{sign}P{amount}{letter}"
            if working:
                trigger["working_days"] = True
        spans["trigger"] = list(own.span(a + om.start(), a + om.end()))
    return trigger


def _ladder(sentence: str) -> list[str]:
    hits = []
    for row in table("extract")["ladder"]:
        m = compiled(row["pattern"]).search(sentence)
        if m:
            hits.append((m.start(), row["level"]))
    return [level for _, level in sorted(hits)]


def _summary(
    rule: Rule,
    bearers: list[str],
    counters: list[str],
    people: Parties,
    sentence: str,
    m: re.Match[str],
    trigger: dict[str, Any] | None,
    ladder: list[str],
    recurrence: Recurrence | None,
) -> str:
    def short(names: list[str]) -> str:
        shorts = [people.abbreviations_for(n) for n in names]
        return " and ".join(shorts) if shorts else "the parties"

    def value(name: str) -> str:  # only the values the summary names are made
        match name:
            case "bearer":
                return short(bearers)
            case "counterparty":  # "CQC and the LGA share information with each other"
                mutual = len(counters) > 1 and set(counters) == set(bearers)
                return "each other" if mutual else short(counters)
            case "when":
                return (
                    sentence[recurrence[2][0] : recurrence[2][1]] if recurrence else "as arranged"
                )
            case "event":
                offset = f" ({trigger['offset']})" if trigger and trigger.get("offset") else ""
                return (trigger or {}).get("event", "").replace("_", " ") + offset
            case "what":
                return "drafts" if "draft" in sentence.lower() else "notice"
            case "action":
                return " ".join(sentence[m.end() - len(m.group(0).split()[-1]) :].split()[:10])
            case "ladder":
                return " -> ".join(ladder) or "as the clause says"
        raise KeyError(name)

    return rule["summary"].format_map({name: value(name) for name in _fields(rule["summary"])})


@cache
def _fields(template: str) -> tuple[str, ...]:
    """The names of the fields a summary template fills ("{bearer} meet {when}")."""
    return tuple(
        re.split(r"[.\[]", field, maxsplit=1)[0]  # "{bearer[0]}" fills from "bearer"
        for _, field, _, _ in string.Formatter().parse(template)
        if field is not None
    )
