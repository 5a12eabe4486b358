"""Skip regular-expression searches that cannot succeed, without changing any result.

Every match of most patterns in ``tables/*.toml`` starts with one of a few literal words
("will", "meet", "review"), read here from the pattern by the stdlib's own regex parser.
Python's ``re`` tries a case-insensitive pattern that opens with ``\\b`` at every position of
a text; one pass of a single trie-shaped regex over a lower-cased copy of the document instead
finds where the words of all the patterns occur (in collapsed text, where ``\\s+`` is one space
and can be part of such a word: "will not"). A pattern then runs on a sentence only when
one of its words occurs there, and from that place: it finds exactly what a search of the
whole sentence finds, because no match can start anywhere else.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

from jointwork.ingest._tables import FLAGS, Collapsed, compiled

__all__ = ["Prefilter", "anchors", "at_word_starts", "folded", "union"]

# Characters that re.IGNORECASE equates with an ASCII letter although str.lower() does not
# turn them into it (and U+0130 lowers to two characters); tests/ingest checks this list
# against ``re`` itself over every code point.
IGNORECASE_ALIASES = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}
_WORD_CHAR = re.compile(r"\w")
# Anchors are cut to this length: longer ones grow the trie more than they save searches.
_LONGEST = 16
# Beyond this many words a pattern's prefix is cut short (still correct, less selective).
_MOST_WORDS = 256
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)


def folded(text: str) -> str:
    """``text`` lower-cased as re.IGNORECASE compares ASCII letters, with the same length, so
    positions in it are positions in ``text``."""
    if not text.isascii():
        for char, letter in IGNORECASE_ALIASES.items():
            text = text.replace(char, letter)
    return text.lower()


def _prefixes(items: Sequence[tuple]) -> tuple[set[str], bool]:
    """Literal strings (lower case) one of which starts every match of a parsed sequence in
    collapsed text, and whether they spell out the whole of it. An empty string means: no
    usable prefix."""
    out = {""}
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # \b, ^, $, look-arounds: zero width, the words after them start the match
        whole = True
        if op is sre.LITERAL and chr(av).isascii() and chr(av) != "\n":  # parts end in "\n"
            step = {chr(av).lower()}
        elif _spaces(op, av):  # in collapsed text, all the whitespace \s+ can match is " "
            step = set(_spaces(op, av))
        elif op is sre.SUBPATTERN and not av[1] and not av[2]:  # a group without inline flags
            step, whole = _prefixes(av[3].data)
        elif op is sre.BRANCH:
            found = [_prefixes(alternative.data) for alternative in av[1]]
            step = set().union(*(words for words, _ in found))
            whole = all(complete for _, complete in found)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1:
            step, whole = _prefixes(av[2].data)[0], False
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[1] == 1:  # "(?:UK )?"
            words, complete = _prefixes(av[2].data)
            if not complete:
                return out, False
            step = words | {""}
        else:
            return out, False
        if len(out) * len(step) > 16 * _MOST_WORDS:
            return out, False
        out, kept = _cut({prefix + word for prefix in out for word in step})
        if not (whole and kept):
            return out, False
    return out, True


def _cut(words: set[str]) -> tuple[set[str], bool]:
    """``words`` cut to at most ``_LONGEST`` characters and ``_MOST_WORDS`` words (a prefix of
    an anchor is an anchor too), and whether none had to be cut."""
    length = _LONGEST
    cut = {word[:length] for word in words}
    while len(cut) > _MOST_WORDS:
        length //= 2
        cut = {word[:length] for word in words}
    return cut, cut == words


def _spaces(op: object, av: Any) -> tuple[str, ...]:
    """What ``\\s``, ``\\s+`` or ``\\s*`` can match in collapsed text: one space, or none."""
    space = [(sre.CATEGORY, sre.CATEGORY_SPACE)]
    if op is sre.IN and av == space:
        return (" ",)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[2].data == [(sre.IN, space)]:
        return (" ",) if av[0] >= 1 else ("", " ")
    return ()


@cache
def _parsed(pattern: str, flags: int) -> list[tuple]:
    """The stdlib parser's reading of a pattern (parsing is slow: each pattern is read once)."""
    return list(_parser.parse(pattern, flags).data)


# union() patterns and the patterns they join: their anchors are read from the parts
_UNIONS: dict[str, tuple[str, ...]] = {}


def union(patterns: Sequence[str]) -> str:
    """One pattern that matches where any of ``patterns`` does (for a prefilter's "may any of
    these match here?"); its anchors are those of the parts, not read again."""
    joined = "|".join(f"(?:{pattern})" for pattern in patterns)
    _UNIONS[joined] = tuple(patterns)
    return joined


@cache
def anchors(pattern: str, flags: int = FLAGS) -> tuple[str, ...] | None:
    """The shortest set of lower-case words (of at most 16 characters) one of which starts every
    match of ``pattern``; None when a match may start with anything (then it always runs)."""
    if pattern in _UNIONS:
        parts = [anchors(part, flags) for part in _UNIONS[pattern]]
        words = {""} if None in parts else {word for part in parts for word in part or ()}
    else:
        words, _ = _prefixes(_parsed(pattern, flags))
    if "" in words:
        return None
    kept: list[str] = []
    for word in sorted(words, key=len):
        if not any(word.startswith(shorter) for shorter in kept):
            kept.append(word)  # "no" already finds every "not"
    return tuple(sorted(kept))


def _opens_with_boundary(items: Sequence[tuple]) -> bool:
    """Whether every match of a parsed sequence opens with ``\\b`` or ``^``."""
    for op, av in items:
        if op is sre.ASSERT or op is sre.ASSERT_NOT:
            continue  # a look-around consumes nothing: what follows opens the match
        if op is sre.AT:
            # "^": at the start of a sentence or clause, which a space or newline precedes
            return av in (sre.AT_BOUNDARY, sre.AT_BEGINNING, sre.AT_BEGINNING_STRING)
        if op is sre.SUBPATTERN:
            return _opens_with_boundary(av[3].data)
        if op is sre.BRANCH:
            return all(_opens_with_boundary(alternative.data) for alternative in av[1])
        return False
    return False


@cache
def at_word_starts(pattern: str, flags: int = FLAGS) -> bool:
    """Whether a match can start only where a word does: the pattern opens with ``\\b`` (or
    ``^``) and each of its anchors with a word character (every pattern of the tables does)."""
    if pattern in _UNIONS:
        return all(at_word_starts(part, flags) for part in _UNIONS[pattern])
    words = anchors(pattern, flags)
    return (
        words is not None
        and all(_WORD_CHAR.match(word) for word in words)
        and _opens_with_boundary(_parsed(pattern, flags))
    )


def _trie(words: Sequence[str]) -> str:
    """A regex matching any of ``words``, the longest one where several start at a place,
    written as a trie so that each position costs a few character tests."""
    root: dict = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if "" in node else body  # greedy: the longer word first

    return emit(root)


@dataclass(frozen=True)
class _Index:
    """The anchors of several patterns, found by one trie ``regex`` (the longest at a place).

    Where it finds ``word``, ``owners[word]`` are the (pattern, offset) pairs with an anchor at
    that offset of the word, and the search goes on ``resume[word]`` characters after its
    start: at its end, unless an anchor may begin inside it and run past its end.
    """

    regex: re.Pattern[str] | None
    owners: dict[str, list[tuple[int, int]]]
    resume: dict[str, int]
    unanchored: frozenset[int]


@cache
def _index(patterns: tuple[str, ...]) -> _Index:
    words_of = [anchors(pattern) for pattern in patterns]
    owned: dict[str, list[int]] = {}  # anchor -> the patterns it belongs to
    for i, words in enumerate(words_of):
        for word in words or ():
            owned.setdefault(word, []).append(i)
    # when every match starts at a word, so does every anchor: look only there (folding keeps
    # every non-word character one), far fewer places than every letter
    starts = all(at_word_starts(p) for p, words in zip(patterns, words_of, strict=True) if words)
    unfinished = {word[:end] for word in owned for end in range(1, len(word))}
    owners, resume = {}, {}
    for word in owned:
        # where another anchor may start inside the word: anywhere, or after a non-word one
        inner = [j for j in range(1, len(word)) if not starts or not _WORD_CHAR.match(word[j - 1])]
        resume[word] = next((j for j in inner if word[j:] in unfinished), len(word))
        owners[word] = [
            (i, j)
            for j in [0, *inner]
            if j < resume[word]
            for end in range(j + 1, len(word) + 1)
            for i in owned.get(word[j:end], ())
        ]
    unanchored = frozenset(i for i, words in enumerate(words_of) if words is None)
    trie = _trie(sorted(owned))
    if starts:
        trie = rf"(?<!\w)(?:{trie})"
    return _Index(re.compile(trie) if owned else None, owners, resume, unanchored)


class Prefilter:
    """The parts of one document (its clause texts, or the whole text, collapsed) and the
    patterns (all case-insensitive, as ``_tables.compiled`` makes them) to be searched in them.

    One pass over a folded copy of the parts, joined by newlines, finds every anchor of every
    pattern; ``offsets[k]`` is where part ``k`` starts in that joined text, ``present(k)`` the
    patterns that may match in it, and ``pattern(p)`` the searcher of pattern ``p`` (one of
    those given).
    """

    def __init__(self, collapsed: Sequence[Collapsed], patterns: Sequence[str]) -> None:
        parts = [c.text for c in collapsed]  # collapsed: every run of whitespace is one " "
        self.offsets = []
        pos = 0
        for part in parts:
            self.offsets.append(pos)
            pos += len(part) + 1
        keys = tuple(dict.fromkeys(patterns))
        index = _index(keys)
        hits: list[list[int]] = [[] for _ in keys]
        self._present = [{keys[i] for i in index.unanchored} for _ in parts]
        if index.regex is not None:
            text, pos = folded("\n".join(parts)), 0
            while m := index.regex.search(text, pos):
                at, word = m.start(), m.group()
                present = self._present[bisect_right(self.offsets, at) - 1]
                for i, offset in index.owners[word]:
                    hits[i].append(at + offset)
                    present.add(keys[i])
                pos = at + index.resume[word]
        self._searchers = {
            key: Searcher(key, None if i in index.unanchored else hits[i])
            for i, key in enumerate(keys)
        }

    def pattern(self, pattern: str) -> Searcher:
        return self._searchers[pattern]

    def present(self, part: int) -> set[str]:
        """The patterns that may match in part ``part`` (no other one can)."""
        return self._present[part]


class Searcher:
    """One pattern in a ``Prefilter``'s text; positions are in the joined text."""

    __slots__ = ("_hits", "_pattern", "_regex")

    def __init__(self, pattern: str, hits: list[int] | None) -> None:
        self._pattern = pattern
        self._regex: re.Pattern[str] | None = None  # compiled when first run
        self._hits = hits  # where its anchors occur, in order; None: anywhere

    @property
    def regex(self) -> re.Pattern[str]:
        if self._regex is None:
            self._regex = compiled(self._pattern)
        return self._regex

    def start(self, lo: int, hi: int) -> int | None:
        """Where the pattern may first match in the joined text's [lo, hi), or None when it
        cannot match there."""
        if self._hits is None:
            return lo
        i = bisect_left(self._hits, lo)
        return self._hits[i] if i < len(self._hits) and self._hits[i] < hi else None

    def search(self, text: str, at: int) -> re.Match[str] | None:
        """``regex.search(text)`` for a ``text`` that is the joined text's [at, at + len(text))
        (a sentence or part; its own characters, not the folded ones)."""
        hits = self._hits
        if hits is None:
            return self.regex.search(text)
        # a match starts where an anchor does: try those places only, in order
        end = at + len(text)
        for i in range(bisect_left(hits, at), len(hits)):
            if hits[i] >= end:
                break
            m = self.regex.match(text, hits[i] - at)
            if m:
                return m
        return None

    def finditer(self, text: str, at: int) -> Iterator[re.Match[str]]:
        """``regex.finditer(text)``, for ``text`` as in ``search``."""
        hit = self.start(at, at + len(text))
        return iter(()) if hit is None else self.regex.finditer(text, hit - at)
