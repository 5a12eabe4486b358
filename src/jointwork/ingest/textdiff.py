"""Word-level difference between two clause texts, for the "what changed" page.

Pure module: no Django. Words and the spaces between them are compared as tokens, so a
reworded clause shows only the words that changed ("at least <del>48 hours</del><ins>five
working days</ins> notice") instead of two whole paragraphs to compare by eye.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

__all__ = ["Piece", "word_diff"]

_TOKENS = re.compile(r"\s+|[^\s]+")


@dataclass(frozen=True)
class Piece:
    op: str  # "same", "removed" or "added"
    text: str


def word_diff(old: str, new: str) -> list[Piece]:
    """The pieces that turn ``old`` into ``new``: joining the "same" and "removed" pieces gives
    ``old`` back, joining the "same" and "added" ones gives ``new``. A replacement lists its
    removed words before the added ones."""
    a, b = _TOKENS.findall(old), _TOKENS.findall(new)
    steps = [
        ("same" if tag == "equal" else "change", "".join(a[i1:i2]), "".join(b[j1:j2]))
        for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    ]
    # A lone space between two changes belongs to them: "48 hours" -> "five working days"
    # reads as one replacement, not two.
    merged: list[tuple[str, str, str]] = []
    for index, (kind, before, after) in enumerate(steps):
        between = 0 < index < len(steps) - 1 and steps[index + 1][0] == "change"
        if kind == "same" and between and not before.strip() and merged:
            kind = "change"
        if kind == "change" and merged and merged[-1][0] == "change":
            _, b0, a0 = merged.pop()
            before, after = b0 + before, a0 + after
        merged.append((kind, before, after))
    pieces: list[Piece] = []
    for kind, before, after in merged:
        if kind == "same":
            _add(pieces, "same", before)
        else:
            _add(pieces, "removed", before)
            _add(pieces, "added", after)
    return pieces


def _add(pieces: list[Piece], op: str, text: str) -> None:
    if not text:
        return
    if pieces and pieces[-1].op == op:
        pieces[-1] = Piece(op, pieces[-1].text + text)
    else:
        pieces.append(Piece(op, text))
