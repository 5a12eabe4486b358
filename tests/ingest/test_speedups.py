"""The speed-ups of ingestion change no result: the prefilter finds what a plain search finds,
collapsed text maps back to the same document offsets as word by word, and hyphen breaks are
joined as one substitution over the whole text joins them."""

from __future__ import annotations

import random
import re
import sys
from bisect import bisect_right

import pytest

from jointwork.ingest import extract, metadata
from jointwork.ingest._blocks import _ITEM_HEADING
from jointwork.ingest._prefilter import Prefilter, anchors, at_word_starts, folded, union
from jointwork.ingest._tables import Collapsed, compiled, sentences, table
from jointwork.ingest.clauses import parse_clauses
from jointwork.ingest.extract import _searched
from jointwork.ingest.normalise import (
    _HYPHEN_BREAK,
    _join_hyphen,
    _join_hyphen_breaks,
    _leader_entry,
    normalise_text,
)
from jointwork.ingest.readers import read_document
from tests.ingest.corpus import FIXTURES


def test_folding_lowers_every_character_ignorecase_matches_to_an_ascii_one():
    others = "".join(chr(c) for c in range(0x80, sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    # every non-ASCII character that re.IGNORECASE takes for some printable ASCII character
    for char in re.findall(r"[\x20-\x7e]", others, re.IGNORECASE):
        ascii_chars = [a for a in map(chr, range(0x20, 0x7F)) if re.match(re.escape(a), char, re.I)]
        assert {folded(char)} == {a.lower() for a in ascii_chars}
    assert len(folded(others)) == len(others)
    # the prefilter looks for anchors where no word character precedes them
    assert not re.search(r"\w", folded("".join(re.findall(r"\W", others))))


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (r"\bmeet(?:s|ing|ings)?\b", ("meet",)),
        (r"\b(?:UK )?GDPR\b", ("gdpr", "uk gdpr")),
        (r"\b(?:no|not|never)\s+share\b", ("never share", "no share", "not share")),
        (r"\breview(?:ed)?\s+every", ("review every", "reviewed every")),
        (r"\bin\s*force\b", ("in force", "inforce")),  # collapsed text: \s+ is one space
        (r"\bin[\s.]force\b", ("in",)),
        (r"\w+ing\b", None),  # a match may start with any letter
        (r"\b(?:will|\w+ly)\b", None),
        (r"(?-i:[A-Z])bc", None),  # a case-sensitive part is not read
        (r"(?<!\bthe )(?<!\ban )\breport(?!s)", ("report",)),  # look-arounds consume nothing
        (r"(?=\w)\bshare", ("share",)),
    ],
)
def test_anchors_are_the_words_every_match_starts_with(pattern, words):
    assert anchors(pattern) == words


def test_many_alternatives_are_cut_to_shorter_anchors_not_dropped():
    words = anchors("|".join(rf"\bword{i:03d}xyz" for i in range(300)))
    assert words is not None and all("word".startswith(w) or w.startswith("word") for w in words)
    assert at_word_starts(r"^(?:Information|Data)\b") and not at_word_starts(r"(?:data)")
    assert at_word_starts(r"(?<!\bthe )\breport") and not at_word_starts(r"(?<!x)report")


def test_a_union_has_the_anchors_of_its_parts():
    assert anchors(union([r"\bmeet\b", r"\bmeetings\b", r"\breview"])) == ("meet", "review")
    assert anchors(union([r"\bmeet\b", r"\w+ing\b"])) is None
    assert compiled(union([r"\bmeet\b", r"\breview"])).search("we review").group() == "review"


def _fixture_texts() -> list[str]:
    return [read_document(p.read_bytes(), p.name).text for p in sorted(FIXTURES.iterdir())]


def _variants(text: str) -> list[str]:
    rng = random.Random(len(text))
    aliased = "".join(
        rng.choice("\u0130\u0131") if c == "i" and rng.random() < 0.2 else c for c in text
    )
    return [text, text.upper(), aliased.replace("s", "\u017f").replace("k", "\u212a")]


def test_every_rule_pattern_finds_what_a_plain_search_finds_in_every_sentence():
    patterns = _searched()
    checked = found = 0
    for fixture in _fixture_texts():
        for raw in _variants(fixture):
            text, _ = normalise_text(raw)
            tree = parse_clauses(text)
            collapsed = [tree.collapsed(*clause.span) for clause in tree.walk()]
            scan = Prefilter(collapsed, patterns)
            for part, offset in zip([c.text for c in collapsed], scan.offsets, strict=True):
                for a, b in [(0, len(part)), *sentences(part)]:
                    for pattern in patterns:
                        expected = compiled(pattern).search(part[a:b])
                        got = scan.pattern(pattern).search(part[a:b], offset + a)
                        assert (got and got.span()) == (expected and expected.span()), pattern
                        checked += 1
                        found += expected is not None
    assert found > 500 and checked > 10 * found  # the test saw both matches and misses


def test_metadata_patterns_find_what_a_plain_search_finds_in_the_whole_text():
    rules = table("extract")
    patterns = [row["pattern"] for row in rules["review"] + rules["duration"]]
    patterns.append(rules["dates"]["in_force"])
    for fixture in _fixture_texts():
        for variant in _variants(fixture):
            doc = Collapsed.of(variant, 0, len(variant))
            scan, text = Prefilter([doc], patterns), doc.text
            for pattern in patterns:
                expected = compiled(pattern).search(text)
                got = scan.pattern(pattern).search(text, 0)
                assert (got and got.span()) == (expected and expected.span()), pattern
                every = [m.span() for m in compiled(pattern).finditer(text)]
                assert [m.span() for m in scan.pattern(pattern).finditer(text, 0)] == every


def _span_word_by_word(source: str, start: int, end: int, i: int, j: int) -> tuple[int, int]:
    words = list(re.compile(r"\S+").finditer(source, start, end))
    starts, pos = [], 0
    for word in words:
        starts.append(pos)
        pos += len(word.group()) + 1

    def doc(k: int) -> int:
        n = bisect_right(starts, k) - 1
        if n < 0:
            return start
        return words[n].start() + min(k - starts[n], len(words[n].group()))

    return (doc(i), doc(i)) if j <= i else (doc(i), doc(j - 1) + 1)


def test_collapsed_spans_map_back_like_word_by_word():
    rng = random.Random(5)
    pieces = ["a", "bc", "defg", " ", " ", "  ", "\n", "\t", "\u00a0", " \n ", "\n\n"]
    for _ in range(3000):
        source = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 25)))
        start = rng.randint(0, len(source))
        end = rng.randint(start, len(source))
        collapsed = Collapsed.of(source, start, end)
        assert collapsed.text == " ".join(source[start:end].split())
        for _ in range(4):
            i, j = rng.randint(0, len(collapsed.text)), rng.randint(0, len(collapsed.text))
            assert collapsed.span(i, j) == _span_word_by_word(source, start, end, i, j)


def test_hyphen_breaks_are_joined_as_by_one_substitution_over_the_text():
    rng = random.Random(3)
    pieces = ["ab", "co", "x", "-", "\n", "-\n", " ", "é", "_", "1", ".", ")", "Ab", "fg-\nhi "]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 15)))
        assert _join_hyphen_breaks(text) == _HYPHEN_BREAK.subn(_join_hyphen, text)


def test_sentences_split_where_a_whitespace_run_follows_punctuation_before_a_capital():
    old = re.compile(r"(?<=[.!?;])\s+(?=[A-Z(‘'\"“])")
    rng = random.Random(9)
    pieces = ["a", "B", ".", ";", "!", " ", "  ", "\n", "(", "“", "'", "x.", "Y "]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        spans, start = [], 0
        for m in old.finditer(text):
            spans.append((start, m.start()))
            start = m.end()
        spans.append((start, len(text)))
        assert sentences(text) == [(a, b) for a, b in spans if b > a]


def test_joined_cells_map_back_like_their_words():
    rng = random.Random(6)
    pieces = ["a", "bc", " ", "  ", "\n", "\t", "\u00a0"]
    for _ in range(2000):
        source = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        cuts = sorted(rng.randint(0, len(source)) for _ in range(2 * rng.randint(1, 4)))
        ranges = list(zip(cuts[::2], cuts[1::2], strict=True))
        whole = Collapsed.joined([Collapsed.of(source, a, b) for a, b in ranges])
        words = [w for a, b in ranges for w in re.compile(r"\S+").finditer(source, a, b)]
        assert whole.text == " ".join(w.group() for w in words)
        for i in range(len(whole.text)):
            n = len(whole.text[:i].split(" ")) - 1  # the word position i is in, or ends
            inside = i - sum(len(w.group()) + 1 for w in words[:n])
            assert whole.span(i, i + 1)[0] == words[n].start() + min(inside, len(words[n].group()))


def test_an_item_heading_needs_a_full_stop_followed_by_a_space():
    # split_headings tries _ITEM_HEADING only on items that pass this test
    rng = random.Random(4)
    pieces = ["A", "b", "Good", " ", ".", ". ", ".\n", "!", ":", "x", "  ", "\t", "B", "the"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        dot = text.find(".")
        if _ITEM_HEADING.match(text):
            assert 0 < dot < len(text) - 1 and text[dot + 1].isspace()


def test_a_long_run_of_dots_or_spaces_near_the_top_is_normalised():
    # Hostile runs that made the dot-leader search and the contents-entry pattern take minutes
    # (quadratic and cubic); bench/ingest_hostile.py measures that the time is now linear.
    body = "Introduction\n\n1. The parties will meet.\n"
    for run in (
        "." * 200_000,
        "a" + " " * 200_000 + "b",
        "Contents\n\nIntroduction" + " " * 200_000 + "4\n\n",
        "Contents\n\nIntroduction" + "." * 200_000 + " 4\n\n",
    ):
        text, _ = normalise_text("Title\n" + run + "\n" + body)
        assert text.endswith(body)


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Introduction ........ 4", "Introduction"),
        ("2. Information sharing\t12", "2. Information sharing"),
        ("Annex A: contacts     17", "Annex A: contacts"),
        ("Review …… 9", "Review"),
        ("Section 12", None),
        ("1.1 Purpose 3", None),
        ("Title 12345", None),
        ("........ 4", None),
    ],
)
def test_a_contents_entry_gives_its_title_and_other_lines_none(line, title):
    assert _leader_entry(line) == title


def test_every_rule_pattern_can_be_prefiltered():
    # a row whose matches need not start at a word's anchor makes the prefilter search the
    # whole union it belongs to everywhere (every ingest slower); bench/ingest_text.py names it
    patterns = extract._searched() + metadata._searched()
    slow = [p[:60] for p in patterns if anchors(p) is None or not at_word_starts(p)]
    assert slow == []
