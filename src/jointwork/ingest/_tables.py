"""Load the pattern tables in ``tables/*.toml`` once, compiled; plus collapsed-text helpers."""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache
from itertools import accumulate
from pathlib import Path

_DIR = Path(__file__).resolve().parent / "tables"
FLAGS = re.IGNORECASE


@cache
def table(name: str) -> dict:
    with (_DIR / f"{name}.toml").open("rb") as fh:
        return tomllib.load(fh)


@cache
def compiled(pattern: str, flags: int = FLAGS) -> re.Pattern:
    return re.compile(pattern, flags)


_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "ten": 10, "twelve": 12, "fourteen": 14, "twenty": 20, "twenty-eight": 28, "thirty": 30,
}  # fmt: skip


def number(word: str) -> int | None:
    word = word.lower()
    return int(word) if word.isdigit() else _NUMBER_WORDS.get(word)


_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class Collapsed:
    """Text with whitespace runs collapsed to one space, mapping back to document offsets."""

    text: str
    starts: tuple[int, ...]  # where each word starts in ``text``
    doc_starts: tuple[int, ...]  # ... and in the document
    lengths: tuple[int, ...]
    base: int

    @classmethod
    def of(cls, source: str, start: int, end: int) -> Collapsed:
        found = list(_WORD.finditer(source, start, end))
        words = [m.group() for m in found]
        lengths = tuple(map(len, words))
        starts = tuple(accumulate((n + 1 for n in lengths[:-1]), initial=0)) if words else ()
        doc_starts = tuple(m.start() for m in found)
        return cls(" ".join(words), starts, doc_starts, lengths, start)

    def _doc(self, i: int) -> int:
        k = bisect_right(self.starts, i) - 1
        if k < 0:
            return self.base
        inside = i - self.starts[k]
        return self.doc_starts[k] + min(inside, self.lengths[k])

    def span(self, i: int, j: int) -> tuple[int, int]:
        """Document span of text[i:j]."""
        if j <= i:
            point = self._doc(i)
            return (point, point)
        return (self._doc(i), self._doc(j - 1) + 1)


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans in collapsed text: split after . ! ? or ; followed by a capital."""
    spans, start = [], 0
    for m in re.finditer(r"(?<=[.!?;])\s+(?=[A-Z(‘'\"“])", text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if b > a]
