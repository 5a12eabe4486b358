"""Load the pattern tables in ``tables/*.toml`` once, compiled; plus collapsed-text helpers."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
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


@dataclass
class Collapsed:
    """Text with whitespace runs collapsed to one space, mapping back to document offsets."""

    text: str
    offsets: list[int]  # offsets[i] = document offset of text[i]; one extra entry at the end

    @classmethod
    def of(cls, source: str, start: int, end: int) -> Collapsed:
        chars: list[str] = []
        offsets: list[int] = []
        pending_space = False
        for pos in range(start, end):
            ch = source[pos]
            if ch.isspace():
                pending_space = bool(chars)
                continue
            if pending_space:
                chars.append(" ")
                offsets.append(pos - 1)
                pending_space = False
            chars.append(ch)
            offsets.append(pos)
        last = offsets[-1] + 1 if offsets else start
        return cls("".join(chars), [*offsets, last])

    def span(self, i: int, j: int) -> tuple[int, int]:
        """Document span of text[i:j]."""
        if j <= i:
            return (self.offsets[i], self.offsets[i])
        return (self.offsets[i], self.offsets[j - 1] + 1)


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans in collapsed text: split after . ! ? or ; followed by a capital."""
    spans, start = [], 0
    for m in re.finditer(r"(?<=[.!?;])\s+(?=[A-Z(‘'\"“])", text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if b > a]
