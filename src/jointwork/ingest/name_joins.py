"""Which "and"s in a list of parties are inside a name.

"between Devon and Somerset Fire and Rescue Service and Plymouth City Council" has three bare
"and"s and two parties. A name opened by "the" is handled where the list is split (it runs on
until its head noun); this module decides for the names written without an article, from the
names alone and from how the rest of the document uses them:

- a piece with no head noun ("Somerset Fire", "HM Revenue") is not a body's whole name, so it
  joins its neighbours until the joined name has one ("Devon and Somerset Fire and Rescue
  Service", "HM Revenue and Customs");
- a name that ends in a place after "for" / "of" takes one more place word ("Charity Commission
  for England and Wales", "Police and Crime Commissioner for Avon and Somerset");
- a name ending "of" / "for" continues over "the" ("Office of the Traffic Commissioner");
- a piece of two or more words without its head noun runs on over a comma too ("NHS
  Buckinghamshire, Oxfordshire and Berkshire West Integrated Care Board");
- but a piece the document uses on its own as a body ("Estyn will ...", "Network Rail's") is a
  name, whatever its words.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from jointwork.ingest._tables import compiled, table

# Country names end many bodies' names ("NHS England", "Care Inspectorate Wales") but after
# "for" / "of" they are the body's area, not its head noun ("Board for England and Wales").
_COUNTRY = re.compile(r"(?:England|Wales|Scotland|Ireland|Britain|Kingdom)")
_AREA_TAIL = re.compile(r"\b(?:for|of)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?$")
_DANGLING = re.compile(r"\s(?:of|for|in|on)$")


@dataclass(frozen=True)
class Piece:
    """One name as the list splitter found it: where it is and what stood before it."""

    start: int
    end: int
    separator: str  # the text between the previous piece and this one, lower-cased
    known: bool  # a name or abbreviation the document defines


def joined(
    pieces: list[Piece], phrase: str, acts_alone: Callable[[str], bool]
) -> list[tuple[int, int]]:
    """The pieces' spans after joining those that are one name (see the module's docstring)."""
    spans: list[tuple[int, int]] = []
    for index, piece in enumerate(pieces):
        if spans and _continues(
            pieces[index - 1], piece, phrase[slice(*spans[-1])], phrase, acts_alone
        ):
            spans[-1] = (spans[-1][0], piece.end)
        else:
            spans.append((piece.start, piece.end))
    return spans


def _continues(
    before: Piece, piece: Piece, so_far: str, phrase: str, acts_alone: Callable[[str], bool]
) -> bool:
    sep = piece.separator
    if _DANGLING.search(so_far):
        # "Office of | the | Official Solicitor and Public Trustee (OSPT)": a name that ends in
        # "of" is unfinished, even before a name the text abbreviates
        return sep.strip() == "the"
    if before.known or piece.known:
        return False
    this = phrase[piece.start : piece.end]
    if "," in sep:
        # "NHS Buckinghamshire, Oxfordshire and Berkshire West Integrated Care Board": words
        # that do not end in a head noun, nor in an area ("Transport for London"), name no body
        # yet, when what follows the comma is not a name either ("UK Anti-Doping, Sport England")
        return (
            sep.strip() == ","
            and _unfinished(so_far)
            and not _complete(this)
            and not acts_alone(so_far)
        )
    if sep.strip() not in {"and", "&"} or acts_alone(so_far):
        return False
    if _complete(so_far):
        return False
    if "," in so_far:
        return True  # a name joined over a comma runs on to its head noun
    if has_head(so_far):
        # a name with its head noun and an area after it: one more place word
        return bool(_AREA_TAIL.search(so_far)) and " " not in this and not acts_alone(this)
    if len(so_far.split()) > 1:
        return True  # "HM Revenue" is not a name on its own
    # a single word ("Devon", "Estyn") joins only a piece that is not a name either
    return not _complete(this) and not has_head(this) and len(this.split()) > 1


def _unfinished(name: str) -> bool:
    return len(name.split()) > 1 and not _complete(name) and not _AREA_TAIL.search(name)


def _heads() -> re.Pattern[str]:
    return compiled(table("extract")["organisations"]["heads"], 0)


def has_head(name: str) -> bool:
    return any(_heads().fullmatch(word) and not _COUNTRY.fullmatch(word) for word in name.split())


def _complete(name: str) -> bool:
    """Ends in its head noun, or in a country that is not its area ("Natural England")."""
    words = name.split()
    last = words[-1]
    if name.isupper() or words[0] == "The":
        return True  # an abbreviation; a name that carries its article ("The Crown Estate")
    if _COUNTRY.fullmatch(last):
        return len(words) > 1 and words[-2] not in {"for", "of", "and", "&"}
    return bool(_heads().fullmatch(last))
