"""Load the pattern tables in ``tables/*.toml`` once, compiled; plus collapsed-text helpers."""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_right
from collections.abc import Sequence
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
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14, "fifteen": 15,
    "eighteen": 18, "twenty": 20, "twenty-one": 21, "twenty-four": 24, "twenty-eight": 28,
    "thirty": 30, "thirty-six": 36, "forty-eight": 48, "sixty": 60, "seventy-two": 72,
    "ninety": 90,
}  # fmt: skip


def number(word: str) -> int | None:
    word = word.lower()
    return int(word) if word.isdigit() else _NUMBER_WORDS.get(word)


# whitespace that does not collapse to itself: a run of two or more, or a tab or line break
# (written to open with \s, which re can skip to)
_UNEVEN_SPACE = re.compile(r"\s(?:\s+|(?<=[^\S ]))")
_LEADING_SPACE = re.compile(r"\s*")


class Collapsed:
    """Text with whitespace runs collapsed to one space, mapping back to document offsets.

    Most clause texts are only searched, so the map back is built on the first ``span`` call.
    """

    __slots__ = ("_end", "_shifts", "_source", "base", "text")

    def __init__(self, source: str, start: int, end: int) -> None:
        # str.split() splits at exactly the characters re's \s matches
        self.text = " ".join(source[start:end].split())
        self._source, self.base, self._end = source, start, end
        # (positions in ``text`` from which ..., the document offset to add to them)
        self._shifts: tuple[list[int], list[int]] | None = None

    @classmethod
    def of(cls, source: str, start: int, end: int) -> Collapsed:
        return cls(source, start, end)

    @classmethod
    def joined(cls, parts: Sequence[Collapsed]) -> Collapsed:
        """Several collapsed texts read as one run of words (the cells of a table row, tabs
        as spaces), each word keeping its document offsets."""
        filled = [part for part in parts if part.text]
        whole = cls(parts[0]._source, parts[0].base, parts[0].base)
        whole.text = " ".join(part.text for part in filled)
        froms: list[int] = []
        shifts: list[int] = []
        at = 0  # where the part starts in the whole
        for part in filled:
            part_froms, part_shifts = part._mapped()
            froms += [at + i for i in part_froms]
            shifts += [shift - at for shift in part_shifts]
            at += len(part.text) + 1
        whole._shifts = (froms, shifts)
        return whole

    def _map(self) -> tuple[list[int], list[int]]:
        if len(self.text) == self._end - self.base:
            return [0], [self.base]  # nothing collapsed: most clauses are one line
        # words keep their length, so the offset grows only after whitespace that collapses:
        # by its length less the one space left, from just after that space in ``text``
        lead = _LEADING_SPACE.match(self._source, self.base, self._end)
        first = lead.end() if lead else self.base  # where the first word starts
        runs = [m.span() for m in _UNEVEN_SPACE.finditer(self._source, first, self._end)]
        shifts = list(accumulate((b - a - 1 for a, b in runs), initial=first))
        froms = [0, *(b - shift for (_, b), shift in zip(runs, shifts[1:], strict=True))]
        return froms, shifts

    def _mapped(self) -> tuple[list[int], list[int]]:
        if self._shifts is None:
            self._shifts = self._map()
        return self._shifts

    def _doc(self, i: int) -> int:
        if not self.text:
            return self.base
        froms, shifts = self._mapped()
        return i + shifts[bisect_right(froms, i) - 1]

    def span(self, i: int, j: int) -> tuple[int, int]:
        """Document span of text[i:j]."""
        if j <= i:
            point = self._doc(i)
            return (point, point)
        return (self._doc(i), self._doc(j - 1) + 1)


# the break is group 1; opening with the punctuation lets re skip the text between quickly
_SENTENCE_BREAK = re.compile(r"[.!?;](\s+)(?=[A-Z(‘'\"“])")


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans in collapsed text: split after . ! ? or ; followed by a capital."""
    spans, start = [], 0
    for m in _SENTENCE_BREAK.finditer(text):
        spans.append((start, m.start(1)))
        start = m.end(1)
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if b > a]
