"""Second pass for duty candidates: guess a duty's kind from keywords where no rule matched.

Pure module. The rows of ``tables/extract.toml`` each recognise one wording, and every unseen
document words some duties in a way none of them knows. ``extract.extract_obligations`` calls
``guesses`` on each sentence that makes a commitment by a party and in which no rule found a duty;
the keyword families of ``tables/fallback.toml``, tried in order, name the likely kind. The
candidate it becomes is marked ``basis: "keywords"`` for the reviewer.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any

from jointwork.ingest._prefilter import Prefilter, union
from jointwork.ingest._tables import compiled, table

__all__ = [
    "clause_start",
    "guesses",
    "has_subject",
    "object_list",
    "patterns",
    "stem_verb",
]

Family = dict[str, Any]


@cache
def _union() -> str:
    return union([row["pattern"] for row in table("fallback")["families"]])


@cache
def patterns() -> tuple[str, ...]:
    """Every pattern ``guesses`` searches, for the document's prefilter."""
    rows = table("fallback")
    return (
        _union(),
        rows["not_a_duty"]["pattern"],
        *(row["pattern"] for row in rows["families"]),
    )


def has_subject(text: str) -> bool:
    """Whether ``text`` (a list stem) names a collective subject ("each party", "a Party")."""
    return compiled(table("fallback")["subject"]["pattern"]).search(text) is not None


def clause_start(head: str) -> int:
    """Where the clause of a commitment word starts in ``head``, the sentence up to that word:
    after the last word that opens a subordinate clause ("..., which set out how"), else 0."""
    start = 0
    for m in compiled(table("fallback")["clause_opening"]["pattern"]).finditer(head):
        start = m.end()
    return start


@cache
def _vetoes(kind: str) -> re.Pattern[str] | None:
    """The exclusions of a kind: its family's ``unless`` and those of extract.toml's rows."""
    rows = [r for r in table("fallback")["families"] + table("extract")["obligations"]
            if r["kind"] == kind and r.get("unless")]  # fmt: skip
    return compiled("|".join(f"(?:{r['unless']})" for r in rows)) if rows else None


def guesses(
    sentence: str, at: int, scan: Prefilter, stem: str = ""
) -> Iterator[tuple[Family, re.Match[str]]]:
    """The keyword families that match ``sentence`` (at ``at`` in ``scan``'s joined text), in
    the table's order, with their matches; none when the sentence is about the agreement. A
    family whose exclusions match the sentence or the list ``stem`` it depends on is skipped."""
    if scan.pattern(_union()).start(at, at + len(sentence)) is None:
        return
    if scan.pattern(table("fallback")["not_a_duty"]["pattern"]).search(sentence, at):
        return
    for row in table("fallback")["families"]:
        m = scan.pattern(row["pattern"]).search(sentence, at)
        if not m:
            continue
        veto = _vetoes(row["kind"])
        if veto is None or not (veto.search(sentence) or veto.search(stem)):
            yield row, m


def stem_verb(stem: str, header: bool = False) -> Iterator[tuple[Family, re.Match[str]]]:
    """The telling or sharing family whose verb takes the list below a stem as its object
    ("will provide the Commissioner with the following:", "Border Force will provide:"), or
    that a table of duties' ``header`` names ("Information | Provided by | Provided to")."""
    stem = _last_sentence(stem)  # "The councils share an interest ... They will co-operate in:"
    listed = object_list(stem)
    for row in table("fallback")["families"]:
        if row["kind"] in ("inform", "share_information"):
            m = compiled(row["pattern"]).search(stem)
            if m is None and header and row["kind"] == "share_information":
                m = _SHARED_BY.search(stem)  # a header's participle: "Provided by | Provided to"
            veto = _vetoes(row["kind"])
            # "... with the following:", or the verb itself ends the stem ("will provide:")
            ends = m is not None and _OBJECT_NAMED.fullmatch(stem, m.end()) is not None
            if m and (listed or ends or header) and not (veto and veto.search(stem)):
                yield row, m


# after the verb, only whom it is for: "will send Trading Standards Scotland:", "will provide:"
_OBJECT_NAMED = re.compile(
    r"(?:\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|for|and))*"
    r"|\s+(?:the|its|their|each|that)\s+(?:[\w’'-]+\s+){0,2}[\w’'-]+)?\s*:\s*"
)  # ... or "will send the liaison inspector:"
_SHARED_BY = re.compile(r"\b(?:provided|shared|sent|supplied|disclosed)\s+(?:by|to|with)\b", re.I)


def _last_sentence(text: str) -> str:
    """The sentence a list stem ends with: the one whose verb the list completes."""
    return re.split(r"(?<=[.!?])\s+(?=[A-Z])", text.strip())[-1]


def object_list(stem: str) -> bool:
    """Whether a list stem's verb takes the list below it as its object ("... with:")."""
    # most sentences do not end in a colon: the pattern would try every place in them
    return stem.rstrip().endswith(":") and _OBJECT_LIST.search(stem) is not None


_OBJECT_LIST = re.compile(
    r"^(?!.*\b(?:including|such as|for example)\b)"  # a stem that gives examples keeps it
    r".*(?:(?:\bthe following\b|\bwith|\bto|\bthe others? of)\b[^:.;]{0,80}"
    r"|\b(?:of|about|(?:listed|set out|shown|described)\s+below)\s*):\s*$",
    re.I,
)
