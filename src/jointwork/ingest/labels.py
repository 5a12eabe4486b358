"""How a clause is named to a person: its printed number and heading, not its stable path.

Pure module: no Django. A stored path such as ``joint-statement.p1`` or ``18.ii`` is an id for
links and comparisons; people read "Joint Statement, paragraph 1" and "18(ii) – Press and
publications", the way the agreement itself would be cited.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["ClauseRef", "Label", "clause_label", "printed_number"]

# Paths the clause parser gives unnumbered blocks: p1 (paragraph), b1 (bullet), t1 (table),
# r1 (a row of a table of duties), with ~2 when a path would repeat.
_LOCAL = re.compile(r"^(?P<kind>[pbtr])(?P<n>\d+)(?:~\d+)?$")
_LOCAL_NAMES = {"p": "paragraph", "b": "bullet", "t": "table", "r": "row"}
_DECIMAL = re.compile(r"^\d+(?:\.\d+)*$")


@dataclass(frozen=True)
class ClauseRef:
    path: str
    number: str = ""
    heading: str = ""


@dataclass(frozen=True)
class Label:
    reference: str  # "18(ii)", "Joint Statement, paragraph 1", "" for a headed section
    heading: str  # the clause's own heading, else the nearest one above it

    @property
    def text(self) -> str:
        if not self.reference:
            return self.heading
        if not self.heading or self.heading in self.reference:
            return self.reference
        if _DECIMAL.match(self.reference):
            return f"{self.reference}. {self.heading}"
        return f"{self.reference} – {self.heading}"


def printed_number(number: str) -> str:
    """The number as it leads the clause's text: "18." for 18, "(ii)" as printed."""
    number = number.strip()
    if not number or number.endswith((".", ")")):
        return number
    return f"{number}."


def _bare(number: str) -> str:
    number = number.strip()
    if re.fullmatch(r"[\d.]+\(\w+\)", number):
        return number  # "4.2(a)" printed in full
    return number.strip("()").rstrip(".")


def _sub(number: str, parent: str) -> str:
    """A sub-item's number appended to its parent's: 5 + 5.3 -> 5.3, 18 + (ii) -> 18(ii)."""
    bare = _bare(number)
    if _DECIMAL.match(bare) and bare.startswith(f"{parent}."):
        return bare
    if bare.startswith(f"{parent}("):
        return bare
    return f"{parent}({bare})"


def _cited(citation: str, *, local: bool) -> str:
    """A numbered clause's citation; one numbered within a section or annex says what it is:
    "Principles of co-operation, item (a)", "Annex 1, paragraph 4"."""
    if not local:
        return citation
    first, _, rest = citation.partition("(")
    if _DECIMAL.match(first):
        return f"paragraph {citation}"
    return f"item ({first}){'(' + rest if rest else ''}"


def clause_label(chain: Sequence[ClauseRef]) -> Label:
    """Name the last clause of ``chain`` (the clauses from the top of the tree down to it)."""
    clause = chain[-1]
    heading = next((c.heading for c in reversed(chain) if c.heading), "")
    if not clause.number and clause.heading:
        return Label("", clause.heading)
    # Walk up to the nearest headed section or document-wide numbered clause, naming each step.
    pieces: list[tuple[str, str]] = []  # (kind, text) from the clause upwards
    for index in range(len(chain) - 1, -1, -1):
        node = chain[index]
        if node.number:
            pieces.append(("number", _bare(node.number)))
            top_of_run = index == 0 or not chain[index - 1].number
            if top_of_run and node.path[:1].isdigit():
                break  # numbered document-wide (16, 5.3): the number alone identifies it
        elif node.heading:
            pieces.append(("heading", node.heading))
            break
        else:
            match = _LOCAL.match(node.path.rsplit(".", 1)[-1])
            pieces.append(
                ("local", f"{_LOCAL_NAMES[match['kind']]} {match['n']}" if match else node.path)
            )
    parts: list[str] = []
    citation = ""
    for kind, text in reversed(pieces):
        if kind == "number":
            citation = _sub(text, citation) if citation else text
            continue
        if citation:
            parts.append(_cited(citation, local=bool(parts)))
            citation = ""
        parts.append(text)
    if citation:
        parts.append(_cited(citation, local=bool(parts)))
    reference = ", ".join(parts)
    if reference and not parts[0][:1].isdigit() and reference[:1].islower():
        reference = reference[0].upper() + reference[1:]
    return Label(reference, "" if heading in reference else heading)
