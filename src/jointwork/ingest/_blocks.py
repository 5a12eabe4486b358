"""Line scanning for ``clauses``: list markers, headings, and the blocks of text between them.

A block is one heading, one list item (marker line plus its wrapped continuation lines), one
paragraph or a run of table rows. Headings are inferred in plain text: a short line without
final punctuation followed by real content, a Title Case or ALL CAPS line followed by any
sentence, or the first line of a closing run of short lines such as a signature block (see
``_mark_headings``). A line ending in a colon is a list stem, a line with a date and little
else is a dateline, a long line with "will" or "must" is a sentence that lost its stop, and a
line opening "Between" is a parties line (the document's first line over it is its title, not a
section). "Clause 9 — Signature" heads a section even inside a run of lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import islice

_BULLETS = "-•·*▪◦‣●○■➢►–"
_ITEM = re.compile(
    rf"""(?P<bullet>[{_BULLETS}]\s+)?(?:
        (?P<under>\d{{1,2}}(?:\.\d{{1,2}})*)\((?P<sub>[a-z]|[ivxlc]{{1,6}}|\d{{1,3}})\)(?=\s|$)
      | (?P<decimal>\d{{1,2}}(?:\.\d{{1,2}})+)\.?(?=\s|$)
      | (?P<arabic>\d{{1,3}})[.)](?=\s|$)
      | \((?P<paren>[a-z]|[ivxlc]{{1,6}}|\d{{1,3}})\)(?=\s|$)
      | (?P<alpha>[a-z]|[ivxlc]{{2,6}})[.)](?=\s|$)
      | (?P<upper>[A-H]|[IVX]|[IVXL]{{2,6}})[.)](?=\s+[A-Z])
      | (?P<bare>\d{{1,3}})(?=\s+[A-Z])
    )?""",
    re.X,
)
# "Annex A – Contacts", "Schedule 2", but not a sentence wrapped before "Annex A up to date."
# (words in lower case straight after the letter continue a sentence)
_ANNEX = re.compile(
    r"^(Annex|Appendix|Schedule|ANNEX|APPENDIX|SCHEDULE)\s+([A-Z0-9]{1,3})\b"
    r"(?:\s*[:.–—-][\s:.–—-]*|\s+(?=[^a-z\s])|\s*$)(.*)$"
)
_LABEL = re.compile(r"^[A-Z][\w ]{0,20}:\s+\S")
# in text without blank lines (a PDF), a signature line ("Signed for the Alpha Authority by
# its Chief Executive, 24 April 2025", "For the Beta Board: ...") opens a paragraph of its own
SIGNED_LINE = re.compile(
    r"^(?:Signed (?:for|by|on behalf of)\b|(?:For|On behalf of)(?: and on behalf of)? the "
    r"[A-Z][^:]{2,80}:)"  # "For the Gambling Commission: Chief Executive, 22 September 2025"
)
# ... and so does a document's status line under its title ("Version 1.2, September 2025",
# "Draft v0.3", "OFFICIAL-SENSITIVE", "Last updated 3 March 2025"): it is not part of the title
STATUS_LINE = re.compile(
    r"^(?:(?:Version|Draft|Issue|Revision|Rev\.?|v)\s*\d[\d.]*\b"
    r"|(?:Version|Status|Classification|Published|Last updated|Updated|Issued|Date of issue"
    r"|Date of effect|Effective date|Effective from"
    r"|Document reference)\b\s*:?\s+\S|OFFICIAL\b|(?:Approved|Adopted|Endorsed)\s+by\s+the\b)"
)
# the words that name a division of an agreement
_DIVISION = r"(?i:section|part|chapter|article|clause)"
# "Section 3 — Information sharing", "Article 1 — Purpose", "1. Parties" as a heading: the
# section is clause 3 (or 1), and "3.1" / "1.1" below it are its sub-clauses
NUMBERED_HEADING = re.compile(rf"^(?:{_DIVISION}\s+)?(\d{{1,2}})(?:\.0)?\.?\s*[—–:-]?\s+(\S.*)$")
# "Part A — General": a part named by a letter is clause `A` (as "Part 2" is `2`), "General"
# its heading
LETTERED_HEADING = re.compile(rf"^({_DIVISION})\s+([A-Z])(?:\s*[—–:.-]\s*|\s+|$)(.*)$")
# "Clause 9 — Signature": a division word, its number and a separator head a section wherever
# the line stands (not "Section 76 of the Act", which is a sentence)
_DIVISION_HEADING = re.compile(rf"^{_DIVISION}\s+(?:\d{{1,2}}|[A-Z])\s*[—–:.-]\s+\S")
# a first line naming an agreement between parties is the document's title, not a section
_AGREEMENT_BETWEEN = re.compile(
    r"\b(?:agreement|protocol|memorand(?:um|a)|concordat|arrangements?)\s+between\b", re.I
)
# a title's parties line ("Between the Care Quality Commission (CQC), NHS England and ...")
_PARTIES_LINE = re.compile(r"^between\b", re.I)
_AND = re.compile(r"\band\b|&|:$")
# a line set out in columns ("Version 2.0    Issued May 2024", "Name, Role    12 June 2023")
# is a version line or a signature, not a heading
_COLUMNS = re.compile(r"\S {3,}\S")
_DATED = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\s+\d{4}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b"
)
# a line ending like this continues on the next line ("... between A and the / B (EA)")
_RUNS_ON = re.compile(r"(?:,|\b(?:the|and|of|for|in|on|to|a|an|with|between|by|or|&))$", re.I)
RUNS_ON = _RUNS_ON
PARTIES_LINE = _PARTIES_LINE
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*\S)\s*#*$")
_ITEM_HEADING = re.compile(r"^([A-Z][^.!?:;]{2,60}?)\.\s+(?=[A-Z])")
_VERBS = re.compile(r"\b(?:will|shall|is|are|was|has|have|may|must|should|can|do|does)\b", re.I)
_MODAL = re.compile(r"\b(?:will|shall|must|should)\b", re.I)
# words a Title Case heading leaves in lower case ("Sharing of Information with the Police")
_MINOR = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or",
          "the", "to", "with", "between", "under", "about", "within", "across"}  # fmt: skip
_SUB_STYLES = {"letter", "roman", "pletter", "proman", "parabic", "bullet"}
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def roman_value(s: str) -> int | None:
    """Value of a lower-case roman numeral, or None when ``s`` is not a well-formed one."""
    total = 0
    prev = 0
    for ch in reversed(s):
        value = _ROMAN.get(ch)
        if value is None:
            return None
        total = total - value if value < prev else total + value
        prev = max(prev, value)
    return total if total and _to_roman(total) == s else None


def _to_roman(n: int) -> str:
    out = ""
    for value, glyph in ((100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"),
                         (5, "v"), (4, "iv"), (1, "i")):  # fmt: skip
        while n >= value:
            out += glyph
            n -= value
    return out


@dataclass(slots=True)
class _Line:
    start: int
    end: int
    raw: str
    body: str = field(init=False)  # the line without its indent (read many times: kept)
    indent: int = field(init=False)

    def __post_init__(self) -> None:
        self.body = self.raw.strip()
        expanded = self.raw.replace("\t", "  ")
        self.indent = len(expanded) - len(expanded.lstrip())


@dataclass(slots=True)
class _Block:
    kind: str  # heading | item | para | row
    lines: list[_Line]
    match: re.Match | None = None
    level: int = 0

    @property
    def start(self) -> int:
        return self.lines[0].start

    @property
    def end(self) -> int:
        return self.lines[-1].end

    @property
    def words(self) -> int:
        return sum(len(line.body.split()) for line in self.lines)


def _lines(text: str) -> list[_Line]:
    out, pos = [], 0
    for raw in text.split("\n"):
        out.append(_Line(pos, pos + len(raw), raw))
        pos += len(raw) + 1
    return out


def _item_match(body: str) -> re.Match | None:
    m = _ITEM.match(body)
    if not m or m.end() == 0:
        return None
    if m.group("bare") and not m.group("bullet"):
        return None
    return m


_UPPER_ROMAN = re.compile(r"[IVX]+")


def roman_heading(m: re.Match, body: str) -> bool:
    """'II. SCOPE', 'IV. Review': an upper-case roman numeral over a heading-like line."""
    numeral = m.group("upper") or ""
    if not _UPPER_ROMAN.fullmatch(numeral):
        return False  # most items: no upper-case numeral at all
    return bool(roman_value(numeral.lower()) and _heading_like(body[m.end() :].strip()))


def _heading_like(body: str) -> bool:
    if not body or len(body) > 80 or len(body.split()) > 12 or "\t" in body:
        return False
    if not body[0].isupper() or body[-1] in ".,;:":
        return False
    if _LABEL.match(body) and not (NUMBERED_HEADING.match(body) or LETTERED_HEADING.match(body)):
        return False  # "Signed: ...", but "Clause 4: Review" is a heading
    if _COLUMNS.search(body) or _PARTIES_LINE.match(body) or SIGNED_LINE.match(body):
        return False  # a version line or signature set out in columns; a parties line
    words = body.split()
    if len(words) >= 8 and _MODAL.search(body):
        return False  # a sentence that lost its full stop
    dated = _DATED.search(body)
    if dated and len(_DATED.sub("", body).split()) <= 3:
        return False  # "Published 20 September 2024"
    return not _item_match(body) or bool(_ANNEX.match(body))


def _styled(body: str) -> bool:
    """Title Case or ALL CAPS: set out as a heading, not as the start of a sentence."""
    words = [w for w in re.findall(r"[^\W\d_][\w’'-]*", body) if w.lower() not in _MINOR]
    return bool(words) and (body.upper() == body or all(w[0].isupper() for w in words))


def _title_line(block: _Block) -> bool:
    """One Title Case or ALL CAPS line without final punctuation that does not run on."""
    body = block.lines[0].body
    return (
        block.kind == "para"
        and len(block.lines) == 1
        and body[-1].isalnum()
        and not _RUNS_ON.search(body)
        and _styled(body)
    )


def _unspaced_width(lines: list[_Line]) -> int:
    """For text that does not set its paragraphs apart with blank lines (a PDF's lines: fewer
    than one blank line per five lines of text), the width it is wrapped at (the length most
    long lines reach, 90th percentile); 0 for text with blank lines between paragraphs."""
    lengths = sorted(len(line.body) for line in lines if line.body)
    if not lengths or (len(lines) - len(lengths)) * 5 >= len(lengths):
        return 0
    return lengths[len(lengths) * 9 // 10]


def _ends_paragraph(prev: str, body: str, width: int) -> bool:
    """A line ending a sentence with room left for the next line's first word was broken by
    hand: the next line opens a new paragraph (PDF text has no blank lines between them)."""
    return (
        prev[-1] in ".!?"
        and not prev.endswith("..")  # "Name: ........" is a blank to fill, not a full stop
        and len(prev) + 1 + len(body.split()[0]) < width
        and not _heading_like(body)  # a heading line has rules of its own (_mark_headings)
    )


def _ends_bullet(block: _Block, prev: str, body: str, width: int) -> bool:
    """In a PDF's lines, a bullet whose line had room for the next line's first word ended
    there, when the next line opens a sentence: "• Status of the award" / "Each field is ..."
    (a bullet's text often has no full stop of its own)."""
    return (
        bool(width)
        and block.kind == "item"
        and block.match is not None
        and bool(block.match.group("bullet"))
        and body[:1].isupper()
        and len(prev) + 1 + len(body.split()[0]) < width
    )


def _numbered_heading_over_text(
    m: re.Match, body: str, lines: list[_Line], i: int, blocks: list[_Block]
) -> bool:
    """'10. Signatures' after decimal clauses ('9.1 ...'), over plain lines that close the
    document or its body (up to an annex), such as a PDF's signature lines, heads a section
    like the numbered headings over those clauses; the lines are its paragraphs."""
    nxt = next((line.body for line in islice(lines, i + 1, None) if line.body), "")
    if not (
        m.group("arabic")
        and not m.group("bullet")
        and nxt[:1].isupper()  # not a sentence wrapped onto the next line
        and _heading_like(body[m.end() :].strip())
        and not _RUNS_ON.search(body)
    ):
        return False
    last_item = next((b for b in reversed(blocks) if b.kind == "item"), None)
    if last_item is None or last_item.match is None or not last_item.match.group("decimal"):
        return False
    for line in islice(lines, i + 1, None):
        if _ANNEX.match(line.body) or _MD_HEADING.match(line.body):
            return True
        if _item_match(line.body):
            return False
    return True


def _blocks(text: str, infer_headings: bool = True) -> tuple[list[_Block], int]:
    """The blocks of the text, and the width its lines were wrapped at (0: blank lines end its
    paragraphs, not short lines)."""
    lines = _lines(text)
    width = _unspaced_width(lines)
    blocks: list[_Block] = []
    current: _Block | None = None
    for i, line in enumerate(lines):
        body = line.body
        if not body:
            current = None
            continue
        nxt = lines[i + 1].body if i + 1 < len(lines) else ""
        md = _MD_HEADING.match(body)
        if md:
            blocks.append(_Block("heading", [line], level=len(md.group(1))))
            current = None
            continue
        in_table = current is not None and current.kind == "row"
        # a table runs to the blank line the readers write after it: a row that opens with a
        # number ("1.0<tab>3 April 2019") or has one cell ("Signature: [signed]" across the
        # columns) is still a row
        if in_table or ("\t" in line.raw.strip("\t ") and not _item_match(body)):
            if current is None or current.kind != "row":
                current = _Block("row", [])
                blocks.append(current)
            current.lines.append(line)
            continue
        m = _item_match(body)
        if m and infer_headings and roman_heading(m, body):
            blocks.append(_Block("heading", [line], level=2))
            current = None
            continue
        if m and infer_headings and _numbered_heading_over_text(m, body, lines, i, blocks):
            blocks.append(_Block("heading", [line], level=1))  # "10. Signatures" over lines
            current = None
            continue
        if m:
            current = _Block("item", [line], match=m)
            blocks.append(current)
            continue
        if _ANNEX.match(body) and len(body) <= 100:
            blocks.append(_Block("heading", [line], level=1))
            current = None
            continue
        if current is not None and current.kind in ("item", "para"):
            prev = current.lines[-1].body
            ends_sentence = prev[-1] in ".:;!?" and not prev.endswith("..")  # not "Name: ....."
            if (_LABEL.match(body) and ends_sentence) or (
                width
                and (SIGNED_LINE.match(body) or STATUS_LINE.match(body))
                and not _RUNS_ON.search(prev)
            ):
                current = _Block("para", [line])  # "Signed: ..." / "Date: ..." after a clause
                blocks.append(current)
                continue
            if _PARTIES_LINE.match(body) and _title_line(current):
                current = _Block("para", [line])  # a title over its parties line: two paragraphs
                blocks.append(current)
                continue
            if not infer_headings:
                current.lines.append(line)
                continue
            if (
                _heading_like(body)
                and ends_sentence
                and (
                    not nxt
                    or _item_match(nxt)
                    or _DIVISION_HEADING.match(body)
                    or (width and SIGNED_LINE.match(nxt))  # "Signatures" over "Signed for ..."
                )
            ):
                blocks.append(_Block("heading", [line], level=2))
                current = None
                continue
            if _ends_paragraph(prev, body, width) or _ends_bullet(current, prev, body, width):
                current = _Block("para", [line])
                blocks.append(current)
                continue
            current.lines.append(line)
            continue
        current = _Block("para", [line])
        blocks.append(current)
    return (_mark_headings(blocks) if infer_headings else blocks), width


def _substantive(block: _Block) -> bool:
    if block.kind in ("item", "row") or (block.kind == "heading" and block.level == 1):
        return True
    last = block.lines[-1].body
    sentence = last.endswith(":") or (last[-1] in ".!?;" and block.words >= 6)
    signature = bool(_COLUMNS.search(last) and _DATED.search(last))
    return block.kind == "para" and (block.words >= 12 or sentence or signature)


def _sentence(block: _Block) -> bool:
    """Any content a styled heading may stand over: a list, a table, a finished sentence."""
    return block.kind in ("item", "row") or block.lines[-1].body[-1] in ".!?;:"


def _closing_run_heading(blocks: list[_Block], i: int) -> bool:
    """Block i opens a run of short paragraphs that closes the document or its part (before an
    annex): a signature block under its heading ("Signatures", then names and roles)."""
    if i == 0 or not _substantive(blocks[i - 1]) or blocks[i - 1].kind == "heading":
        return False
    j = i + 1
    while j < len(blocks) and blocks[j].kind == "para" and not _substantive(blocks[j]):
        j += 1
    ends = j == len(blocks) or (blocks[j].kind == "heading" and blocks[j].level == 1)
    return ends and j > i + 1


def _mark_headings(blocks: list[_Block]) -> list[_Block]:
    """A short single line becomes a heading when a chain of such lines leads to real content,
    when it is styled as a heading over a sentence, or when it opens a closing signature run."""
    for i in reversed(range(len(blocks))):
        block = blocks[i]
        if block.kind != "para":
            continue
        if len(block.lines) > 1:
            last = block.lines[-1]
            follow = blocks[i + 1] if i + 1 < len(blocks) else None
            prev = block.lines[-2].body
            # a parties line without its "and" has not named its last party yet: the next
            # line goes on with it ("between A, the B Human Rights" / "Commission and the C")
            unfinished = _PARTIES_LINE.match(prev) and not _AND.search(prev)
            runs_on = _RUNS_ON.search(prev) or unfinished
            if (
                _heading_like(last.body)
                and not runs_on
                and follow is not None
                and follow.kind == "item"
            ):
                block.lines.pop()
                blocks.insert(i + 1, _Block("heading", [last], level=2))
            continue
        follow = blocks[i + 1] if i + 1 < len(blocks) else None
        body = block.lines[0].body
        if i == 0 and follow is not None and _PARTIES_LINE.match(follow.lines[0].body):
            continue  # the document's title over its parties line is its title block
        if i == 0 and _AGREEMENT_BETWEEN.search(body):
            continue  # "Liaison Agreement between A and B" opening the text: its title block
        if _heading_like(body) and (
            (follow is not None and (_substantive(follow) or follow.kind == "heading"))
            or (follow is not None and _styled(body) and _sentence(follow))
            or _closing_run_heading(blocks, i)
        ):
            block.kind, block.level = "heading", 2
    return blocks
