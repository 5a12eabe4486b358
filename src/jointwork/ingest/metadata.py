"""Agreement metadata from a clause tree: title, type, parties, dates, review rule, duration.

Pure module; re-exported by ``extract``. Every value keeps the document span it came from.
The parties come from ``parties``; the title, type, dates and review rule are read here, the
last two from the rows of ``tables/extract.toml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from jointwork.ingest._blocks import (
    LETTERED_HEADING,
    PARTIES_LINE,
    RUNS_ON,
    SIGNED_LINE,
    STATUS_LINE,
)
from jointwork.ingest._prefilter import Prefilter
from jointwork.ingest._tables import Collapsed, compiled, number, table
from jointwork.ingest.clauses import ClauseTree
from jointwork.ingest.parties import Party, definitions_in, find_parties

__all__ = ["Dated", "Metadata", "Party", "extract_metadata", "find_date"]

Span = tuple[int, int]

_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_MONTH = "(" + "|".join(m.capitalize() for m in _MONTHS) + ")"
_DATE_PATTERNS = [
    re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH}\s+(\d{{4}})\b"),
    re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b"),
    re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"),
    re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b"),
    re.compile(rf"\b{_MONTH}\s+(\d{{4}})\b"),
]
_JUNK_LINE = re.compile(r"\blogo\b|\[image|^\W*$", re.I)
_BOLD_LINE = re.compile(r"(\*\*|__)((?:(?!\1).)+)\1")


@dataclass
class Dated:
    value: str  # ISO 8601: YYYY-MM-DD, or YYYY-MM when the text gives only a month
    span: Span


@dataclass
class Metadata:
    title: str | None
    title_span: Span | None
    type: str
    type_span: Span | None
    parties: list[Party]
    abbreviations: dict[str, str]
    in_force: Dated | None
    signed: Dated | None
    review: str | None
    review_spans: list[Span]
    duration: str | None
    duration_span: Span | None
    warnings: list[str] = field(default_factory=list)

    def party_names(self) -> list[str]:
        return [p.name for p in self.parties]


def find_date(text: str) -> tuple[str, int, int] | None:
    """The first date in ``text`` as (ISO value, start, end); UK day/month order."""
    best = None
    for index, pattern in enumerate(_DATE_PATTERNS):
        m = pattern.search(text)
        if not m or (best is not None and m.start() >= best[1]):
            continue
        groups = m.groups()
        if index == 0:
            value = f"{groups[2]}-{_MONTHS.index(groups[1].lower()) + 1:02d}-{int(groups[0]):02d}"
        elif index == 1:
            value = f"{groups[2]}-{_MONTHS.index(groups[0].lower()) + 1:02d}-{int(groups[1]):02d}"
        elif index == 2:
            value = m.group(0)
        elif index == 3:
            value = f"{groups[2]}-{int(groups[1]):02d}-{int(groups[0]):02d}"
        else:
            value = f"{groups[1]}-{_MONTHS.index(groups[0].lower()) + 1:02d}"
        best = (value, m.start(), m.end())
    return best


def _all_dates(text: str, start: int = 0) -> list[tuple[str, int, int]]:
    """Every date in ``text[start:]``, in reading order, with spans in ``text``."""
    out = []
    while found := find_date(text[start:]):
        value, a, b = found
        out.append((value, start + a, start + b))
        start += b
    return out


def _units(tree: ClauseTree, limit: int | None = None, needle: str = "") -> list[Collapsed]:
    """Each heading and each clause's own text, collapsed (names never run across them);
    with ``needle``, only the texts that contain it."""
    out = []
    for clause in tree.walk():
        if limit is not None and clause.span[0] > limit:
            break
        if needle and needle not in tree.text[clause.span[0] : clause.span[1]]:
            continue
        if clause.heading and clause.kind in ("title", "section", "annex"):
            out.append(tree.collapsed(*clause.span))
        elif clause.text:
            # a parties line runs on over its lines ("..., NHS" / "Buckinghamshire, ...")
            whole = PARTIES_LINE.match(tree.text[clause.span[0] : clause.span[1]].lstrip())
            for a, b in [clause.span] if whole else _line_spans(tree.text, *clause.span):
                out.append(tree.collapsed(a, b))
    return out


_LINE_BREAK = re.compile(r"\n\s*\n|(?<=[^\s,;a-z])\n(?=[A-Z])")


def _line_spans(text: str, start: int, end: int) -> list[Span]:
    """Split a clause at blank lines and at lines that do not run on (a title over a line)."""
    spans, a = [], start
    for m in _LINE_BREAK.finditer(text[start:end]):
        spans.append((a, start + m.start()))
        a = start + m.end()
    spans.append((a, end))
    return [(x, y) for x, y in spans if y > x]


def extract_metadata(tree: ClauseTree) -> Metadata:
    text = tree.text
    head = tree.collapsed(0, min(len(text), 1000))
    headings = {c.span[0] for c in tree.walk() if c.kind in ("section", "annex")}
    title, title_span = _title(text, headings)
    kind, kind_span = _type(title, title_span, head)
    # abbreviations are defined in brackets: only texts with "(" can define one
    found = [d for unit in _units(tree, needle="(") for d in definitions_in(unit)]
    definitions = list(dict.fromkeys((name, abbr) for name, abbr, _ in found))
    parties = find_parties(_units(tree, 1000), definitions, lambda: _units(tree), text)
    # a name without a head noun ("HM Revenue and Customs") names a body when it is a party
    named = {(name, abbr) for name, abbr, org in found if org}
    party_names = {p.name for p in parties}
    definitions = [d for d in definitions if d in named or d[0] in party_names]
    abbreviations = {abbr: full for full, abbr in definitions}
    doc = tree.collapsed(0, len(text))
    scan = Prefilter([doc], _searched())
    in_force, signed = _dates(tree, doc, scan)
    review, review_spans = _matches_to_text(doc, scan, "review", join=True)
    duration, duration_spans = _matches_to_text(doc, scan, "duration", join=False)
    warnings = []
    if len(parties) < 2 and kind != "other":
        warnings.append(f"found {len(parties)} party/parties; check the parties by hand")
    return Metadata(
        title=title, title_span=title_span, type=kind, type_span=kind_span, parties=parties,
        abbreviations=abbreviations, in_force=in_force or signed, signed=signed, review=review,
        review_spans=review_spans, duration=duration,
        duration_span=duration_spans[0] if duration_spans else None, warnings=warnings,
    )  # fmt: skip


def _title(text: str, headings: set[int]) -> tuple[str | None, Span | None]:
    lines = []
    pos = 0
    for raw in text[:1500].split("\n"):
        body = raw.strip().lstrip("#").strip()
        bold = _BOLD_LINE.fullmatch(body)  # a markdown title set in bold: "**Terms of reference**"
        body = bold.group(2).strip() if bold else body
        if body and not _JUNK_LINE.search(body):
            start = text.index(body, pos)
            lines.append((body, (start, start + len(body)), raw.lstrip().startswith("#")))
        pos += len(raw) + 1
    if not lines:
        return None, None
    wording = compiled(r"\bagreements?\b|\bprotocols?\b|\bmemorand(?:um|a)\b|\bconcordat\b")
    heading = next((i for i, line in enumerate(lines) if line[2]), None)
    if heading is not None and not (heading > 0 and _names_agreement(lines[0][0], wording)):
        return lines[heading][0], lines[heading][1]
    chosen = next(
        (i for i, (body, _, _) in enumerate(lines) if wording.search(body) and len(body) <= 200), 0
    )
    body, span, _ = lines[chosen]
    # a title wrapped over two lines ("... between A and the" / "B (EA)")
    # or a title line followed by its parties ("MEMORANDUM OF UNDERSTANDING" / "between A and B")
    then_between = chosen + 1 < len(lines) and lines[chosen + 1][0].startswith("between ")
    # ... unless the title line has a subject of its own ("Protocol on the Handling of
    # Complaints"): then half the blind writers (five of ten) leave the parties line out, the
    # register shows the parties beside it anyway (a tie, docs/ingest.md)
    then_between = then_between and not _OWN_SUBJECT.search(body)
    joined = chosen
    if (RUNS_ON.search(body) or then_between) and chosen + 1 < len(lines):
        joined += 1
    # a list of parties wraps on over the lines of its block ("... between A, the Human" /
    # "Fertilisation ... Agency (MHRA)") up to a sentence, a numbered line or a blank line
    while (
        joined + 1 < len(lines)
        and lines[joined + 1][1][0] not in headings  # "Introduction" under the title block
        and _lists_on(text, (span[0], lines[joined][1][1]), lines[joined + 1])
    ):
        joined += 1
    if joined > chosen:
        end = lines[joined][1][1]
        return " ".join(text[span[0] : end].split()), (span[0], end)
    return body, span


_OWN_SUBJECT = re.compile(
    r"(?i:\b(?:on|for|about|of))\s+(?!(?i:understanding|co-?operation)\b)(?:(?i:the)\s+)?[A-Z]"
)


def _names_agreement(line: str, wording: re.Pattern[str]) -> bool:
    """A first line above the headings that names an agreement between parties is the title
    (a Word title in the Normal style over numbered Heading 1 sections); a sentence is not."""
    return bool(wording.search(line) and re.search(r"\bbetween\b", line, re.I)) and (
        len(line) <= 200 and line[-1] not in ".:;"
    )


# a typeset page wraps its lines at 60-100 characters; a longer title line was not wrapped
_WRAPPED_WIDTH = (60, 100)


def _lists_on(text: str, title: Span, following: tuple[str, Span, bool]) -> bool:
    """The next line, directly below a title line wrapped at the page's width that lists its
    parties, carries on the list."""
    body, span, _ = following
    title_lines = text[title[0] : title[1]].split("\n")
    last_line = title_lines[-1]
    # a line that had room for the next word below it (as wide as the widest line above) ended
    # the title: "... and Avon and Somerset Constabulary" / "Introduction"
    widest = max(map(len, title_lines[:-1]), default=0) or _wrap_width(text)
    had_room = len(last_line) + 1 + len(body.split()[0]) <= widest
    listed = "between" in text[title[0] : title[1]].lower()
    adjacent = "\n\n" not in text[title[1] : span[0]]
    if re.match(r"(?:and|&)\s", body) or last_line.rstrip().endswith(","):
        return listed and adjacent  # "between A," / "the B and C", "between A" / "and the B"
    return (
        listed
        and adjacent
        and _WRAPPED_WIDTH[0] <= len(last_line) <= _WRAPPED_WIDTH[1]
        and not had_room
        and body[-1] not in ".:;!?"
        and not body[0].isdigit()
        and not STATUS_LINE.match(body)  # "Version 1.2, September 2025" under the title
        and not (body.isupper() or LETTERED_HEADING.match(body))  # "PART A – GENERAL"
    )


def _wrap_width(text: str) -> int:
    """The width the page's lines are wrapped at (most long lines reach it: 90th percentile of
    the first 200 lines), for a title of one line, which shows no width of its own."""
    lengths = sorted(len(line) for line in text[:20000].split("\n")[:200] if line.strip())
    return lengths[len(lengths) * 9 // 10] if lengths else 0


def _type(title: str | None, title_span: Span | None, head: Collapsed) -> tuple[str, Span | None]:
    rows = table("extract")["types"]
    if title and title_span:
        for row in rows:
            m = compiled(row["pattern"]).search(title)
            if m:
                return row["type"], (title_span[0] + m.start(), title_span[0] + m.end())
    found: dict[str, Span] = {}
    for row in rows:
        m = compiled(row["pattern"]).search(head.text[:600])
        if m and row["type"] not in found:
            found[row["type"]] = head.span(m.start(), m.end())
    # one kind named near the start: that kind; several (a listing page) or none: "other"
    if len(found) == 1:
        kind, span = next(iter(found.items()))
        return kind, span
    return "other", None


ON_REQUEST = "any time on request"


@cache
def _searched() -> tuple[str, ...]:
    """The patterns searched in the whole (collapsed) text through the prefilter."""
    rules = table("extract")
    rows = rules["review"] + rules["duration"]
    return (rules["dates"]["in_force"], *(row["pattern"] for row in rows))


def _dates(tree: ClauseTree, doc: Collapsed, scan: Prefilter) -> tuple[Dated | None, Dated | None]:
    cues = table("extract")["dates"]
    signed_line = compiled(cues["signed"])
    in_force: Dated | None = None
    for m in scan.pattern(cues["in_force"]).finditer(doc.text, 0):
        # the date must follow the cue in the same sentence ("comes into force on 1 April")
        sentence_end = doc.text.find(". ", m.end())
        window = doc.text[m.end() : sentence_end if sentence_end > 0 else len(doc.text)][:80]
        found = find_date(window)
        if found:
            value, a, b = found
            dated = Dated(value, doc.span(m.end() + a, m.end() + b))
            in_force = in_force or dated
            sentence = doc.text[doc.text.rfind(". ", 0, m.start()) + 1 : m.start()]
            if _ABOUT_ITSELF.search(sentence):
                in_force = dated  # not "the revaluation that takes effect in April 2026"
                break
    signed: Dated | None = None
    pos = 0
    in_block = 0  # lines left in a signature block ("Signed on behalf of A" / name / role / date)
    signatories = False  # under a "Signatories" heading: each line's dates are signature dates
    for raw in tree.text.split("\n"):
        body = raw.strip()
        if _SIGNATORIES_HEADING.fullmatch(body):
            signatories = True
        elif signatories and _OTHER_HEADING.match(body):
            signatories = False
        cue = signed_line.match(raw)
        if not cue and (signatories or (in_block and _DATE_ONLY.fullmatch(body))):
            cue = _NO_CUE.match(raw)
        # every date on a signature line: signatories' blocks set side by side in columns
        # ("Date: 13 January 2025      Date: 20 January 2025") share the line
        for value, a, b in _all_dates(raw, cue.end()) if cue else ():
            if signed is None or value > signed.value:
                signed = Dated(value, (pos + a, pos + b))
        if body[:1] in ("S", "F", "O") and SIGNED_LINE.match(body):
            in_block = 4
        elif in_block:
            in_block = in_block - 1 if body else 0
        pos += len(raw) + 1
    return in_force, signed


# the agreement speaking of itself: "This agreement comes into force", "It takes effect"
_ABOUT_ITSELF = re.compile(
    r"^\s*(?:it|this|these)\b|\b(?:agreement|memorandum|mou|protocol|concordat|arrangements)\b",
    re.I,
)
_NO_CUE = re.compile(r"\s*")
# "## Signatories", "11. Signatures": the lines under it name who signed and when
_SIGNATORIES_HEADING = re.compile(r"(?:#+\s*)?(?:\d+\.?\s+)?(?:signatories|signatures?)", re.I)
_OTHER_HEADING = re.compile(r"#|(?:annex|schedule|appendix)\b", re.I)
# a line that is nothing but a date ("21 January 2025"), as signature blocks end
_DATE_ONLY = re.compile(
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4}|\d{1,2}/\d{1,2}/\d{4})"
    r"(?:\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4}|\d{1,2}/\d{1,2}/\d{4}))*"
)  # signature blocks side by side give one date per column


def _matches_to_text(
    doc: Collapsed, scan: Prefilter, name: str, join: bool
) -> tuple[str | None, list[Span]]:
    rows = table("extract")[name]
    found: list[tuple[int, int, str, Span]] = []
    for index, row in enumerate(rows):
        m = scan.pattern(row["pattern"]).search(doc.text, 0)
        if m:
            words = [str(number(g) or g) for g in m.groups()]
            value = row["text"].format(None, *words)
            if all(value != v for _, _, v, _ in found):
                found.append((m.start(), index, value, doc.span(m.start(), m.end())))
    found.sort()  # in reading order; at the same place, the table's earlier row first
    if not found:
        return None, []
    if join:
        # a rule reads "every 2-3 years; any time on request" (the cycle first) in whatever
        # order the document words it
        found.sort(key=lambda f: f[2] == ON_REQUEST)
        return "; ".join(v for _, _, v, _ in found), [s for _, _, _, s in found]
    return found[0][2], [found[0][3]]
