"""Build the clause tree of an agreement from normalised text.

Pure module. Public API (stable):

- ``parse_clauses(text: str) -> ClauseTree`` where ``text`` comes from
  ``normalise.normalise_text`` (spans point into it).
- ``ClauseTree``: ``text``, ``clauses`` (top level), ``warnings``; ``walk()`` yields every
  clause depth-first in document order, ``by_path()`` maps path -> Clause.
- ``Clause``: ``number`` (as printed without trailing dot: ``"16"``, ``"5.3"``, ``"(ii)"``,
  ``"a"``, ``"4.2(a)"``, ``"Annex A"``, ``"A"`` of "Part A"; ``None`` for unnumbered
  paragraphs and headed sections), ``path`` (stable and unique in the document), ``heading``,
  ``text`` (its own words, whitespace collapsed, without marker or children), ``span`` (start,
  end) of those words in ``text``, ``kind`` (``title | section | annex | item | bullet |
  paragraph | table | row``; a row is one row of a table of duties, under its table),
  ``children``.

Paths: numbered paragraphs keep their printed numbers (``18``, ``5.3``) and sub-items append
theirs (``18.ii``, ``10.a``). Headed sections without numbers get a slug of the heading
(``areas-of-co-operation``), annexes ``annex-a``; lettered items under them append to it
(``areas-of-co-operation.g.iv``), numbered paragraphs inside an annex are local to it
(``annex-1.4``), and so is numbering that restarts in every section (``A.1``, ``B.1``
under "Part A", "Part B"). Unnumbered paragraphs, bullets and tables get ``p1``, ``b1``, ``t1``
under their parent, rows of a table of duties ``t1.r1``. See docs/ingest.md for the rules and
the warnings the parser gives.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from jointwork.ingest._blocks import (
    _ANNEX,
    _BULLETS,
    _ITEM,
    _ITEM_HEADING,
    _MD_HEADING,
    _PARTIES_LINE,
    _ROMAN,
    _SUB_STYLES,
    _VERBS,
    LETTERED_HEADING,
    NUMBERED_HEADING,
    _Block,
    _blocks,
    _item_match,
    roman_heading,
    roman_value,
)
from jointwork.ingest._tables import Collapsed, compiled, table

__all__ = ["Clause", "ClauseTree", "parse_clauses", "roman_value"]


@dataclass(slots=True)
class Clause:
    number: str | None
    path: str
    heading: str | None
    text: str
    span: tuple[int, int]
    kind: str
    children: list[Clause] = field(default_factory=list)
    # parser state, not part of the public result
    style: str | None = field(default=None, repr=False, compare=False)
    key: str | None = field(default=None, repr=False, compare=False)
    indent: int = field(default=0, repr=False, compare=False)
    level: int = field(default=0, repr=False, compare=False)
    local: bool = field(default=False, repr=False, compare=False)
    open_list: bool = field(default=False, repr=False, compare=False)
    under: str | None = field(default=None, repr=False, compare=False)  # "4.2" of "4.2(a)"

    def walk(self) -> Iterator[Clause]:
        yield self
        for child in self.children:
            yield from child.walk()

    def to_json(self) -> dict:
        return {
            "number": self.number,
            "path": self.path,
            "heading": self.heading,
            "text": self.text,
            "kind": self.kind,
            "span": list(self.span),
            "children": [child.to_json() for child in self.children],
        }


@dataclass
class ClauseTree:
    text: str
    clauses: list[Clause]
    warnings: list[str]
    _collapsed: dict = field(default_factory=dict, repr=False, compare=False)

    def collapsed(self, start: int, end: int) -> Collapsed:
        """``text[start:end]`` with whitespace collapsed, mapped back to offsets; memoised
        per tree because metadata and obligation passes read the same clauses."""
        key = (start, end)
        if key not in self._collapsed:
            self._collapsed[key] = Collapsed.of(self.text, start, end)
        return self._collapsed[key]

    def walk(self) -> Iterator[Clause]:
        for clause in self.clauses:
            yield from clause.walk()

    def by_path(self) -> dict[str, Clause]:
        return {clause.path: clause for clause in self.walk()}


_POINT_ZERO = re.compile(r"\d+\.0")


class _Builder:
    def __init__(self, text: str, wrap_width: int) -> None:
        self.text = text
        self.wrap_width = wrap_width  # a PDF's line width (_blocks._unspaced_width), or 0
        self.root = Clause(None, "", None, "", (0, 0), "root", level=0)
        self.stack: list[Clause] = [self.root]
        self.warnings: list[str] = []
        self.last: Clause | None = None
        self.last_global: int | None = None

    # ---- helpers -------------------------------------------------------------------------
    def _span_text(self, start: int, end: int) -> str:
        return " ".join(self.text[start:end].split())

    def _add(self, parent: Clause, node: Clause, push: bool) -> None:
        parent.children.append(node)
        if push:
            self.stack.append(node)
        self.last = node

    def _pop_items(self) -> None:
        while self.stack[-1].kind not in ("root", "section", "annex", "title"):
            self.stack.pop()

    def _in_annex(self) -> bool:
        return any(node.kind == "annex" for node in self.stack)

    # ---- blocks --------------------------------------------------------------------------
    def heading(self, block: _Block) -> None:
        line = block.lines[0]
        body = line.body
        md = _MD_HEADING.match(body)
        if md:
            body = md.group(2)
        annex = _ANNEX.match(body)
        level = block.level
        if not md and not annex and self._in_annex():
            level = 3  # plain headings inside an annex are its sub-sections
        while len(self.stack) > 1 and (
            self.stack[-1].kind not in ("section", "annex", "title")
            or self.stack[-1].level >= level
        ):
            self.stack.pop()
        start = self.text.index(body, line.start)
        span = (start, start + len(body))
        if (
            md
            and level == 1
            and not any(c.kind == "title" for c in self.root.children)
            and len(self.stack) == 1
            and not any(c.kind in ("section", "annex") for c in self.root.children)
            and not NUMBERED_HEADING.match(body)
        ):
            # a page's one level-1 heading is its title, also under a caption or a dateline;
            # a numbered one ("1. Parties and purpose") is the first section
            self._add(self.root, Clause(None, "title", body, "", span, "title", level=0), False)
            return
        if annex:
            number = f"{annex.group(1).capitalize()} {annex.group(2)}"
            node = Clause(number, "", annex.group(3) or None, "", span, "annex", level=level)
        else:
            node = Clause(None, "", body, "", span, "section", level=level)
            numbered = NUMBERED_HEADING.match(body)
            lettered = LETTERED_HEADING.match(body)
            roman = _item_match(body)
            decimal = _DECIMAL_HEADING.match(body)
            if numbered and not self._in_annex():
                node.number = node.key = numbered.group(1)
                node.heading, node.style = numbered.group(2), "arabic"
                self.last_global = int(numbered.group(1))
            elif decimal and not self._in_annex():
                # a marked subheading "2.1 Purpose" (Word Heading 2, "## 2.1"): section 2.1,
                # over clauses 2.1.1, 2.1.2
                node.number = node.key = decimal.group(1)
                node.heading, node.style = decimal.group(2), "decimal"
            elif lettered:
                node.number = node.key = lettered.group(2)
                node.heading = lettered.group(3) or None
            elif roman and roman_heading(roman, body):
                node.number = node.key = roman.group("upper")
                node.heading = body[roman.end() :].strip()
        self._add(self.stack[-1], node, True)

    def para(self, block: _Block) -> None:
        body = block.lines[0].body
        start = block.lines[0].start + block.lines[0].raw.index(body)
        if not re.search(r"[A-Za-z0-9]", self.text[start : block.end]):
            return  # stray punctuation left by extraction (a lone "." line)
        if (
            (body[0].islower() or self._cut_mid_sentence(block))
            and self.last is not None
            and self.last.kind not in ("section", "annex")
            and not (self.root.children == [self.last] and self._parties_line(block, start))
        ):
            self._extend(self.last, block.end)
            self.warnings.append(
                f"{_label(self.last)}: joined a paragraph starting "
                f"'{' '.join(body.split()[:4])}' to the text before it (page break?)"
            )
            return
        top = self.stack[-1]
        if (
            block.lines[0].indent > 0
            and block.kind != "row"  # a table indented under its item is the item's table
            and top.kind in ("item", "bullet")
            and block.lines[0].indent > top.indent
        ):
            self._extend(top, block.end)
            return
        kind = "table" if block.kind == "row" else "paragraph"
        if not (kind == "table" and top.kind in ("item", "bullet") and top.text.endswith(":")):
            self._pop_items()  # a table after "3. The following timescales apply:" is 3's (3.t1)
        duties = kind == "table" and len(block.lines) > 1 and _duty_header(body)
        text_end = block.lines[0].end if duties else block.end
        node = Clause(None, "", None, self._span_text(start, text_end), (start, text_end), kind,
                      indent=block.lines[0].indent)  # fmt: skip
        node.open_list = kind == "paragraph" and self.text[start:text_end].rstrip().endswith(":")
        self._add(self.stack[-1], node, node.open_list)
        if duties:
            # a table of duties ("Event | Who tells whom | When"): its header is the table's
            # text, each row a clause of its own
            for line in block.lines[1:]:
                span = (line.start + line.raw.index(line.body), line.end)
                node.children.append(Clause(None, "", None, self._span_text(*span), span, "row"))

    def _parties_line(self, block: _Block, start: int) -> bool:
        """ "between A and B" under the document's first line is its own paragraph (the title
        block's p2) when a blank line sets it apart, or when the text around it has no blank
        lines (a PDF's lines); a title block set off by blank lines as one block stays one."""
        if not _PARTIES_LINE.match(block.lines[0].body) or self.last is None:
            return False
        blank_before = "\n\n" in self.text[self.last.span[1] : start]
        blank_after = re.match(r"\n[ \t]*\n", self.text[block.end :]) is not None
        return blank_before or not blank_after

    def _cut_mid_sentence(self, block: _Block) -> bool:
        """Whether the clause before stops at a full line in mid-sentence, so that this block
        goes on with it though it opens with a capital ("... the UK General Data Protection" /
        page break / "Regulation, the Data Protection Act 2018 ...")."""
        if self.last is None or self.last.kind != "item" or block.kind == "row":
            return False
        before = self.text[self.last.span[0] : self.last.span[1]].rstrip()
        last_line = before.rsplit("\n", 1)[-1]
        width = self.wrap_width  # 0 for text with blank lines between its paragraphs
        return bool(width) and len(last_line) >= width - 12 and before[-1:].isalpha()

    def _extend(self, node: Clause, end: int) -> None:
        node.span = (node.span[0], end)
        node.text = self._span_text(*node.span)

    def item(self, block: _Block) -> None:
        m = block.match
        assert m is not None
        line = block.lines[0]
        indent = line.indent
        body_start = line.start + line.raw.index(line.body)
        style, key, printed = self._classify(m, indent)
        text_start = body_start + m.end()
        while text_start < block.end and self.text[text_start] in " \t":
            text_start += 1
        text_start = self._skip_doubled(text_start, block.end, m, printed)
        span = (text_start, block.end)
        node = Clause(printed, "", None, self._span_text(*span), span,
                      "bullet" if style == "bullet" else "item",
                      style=style, key=key, indent=indent, under=m.group("under"))  # fmt: skip
        parent = self._place(node)
        if parent is None and node.under and self.last is not None and self.last.kind == "item":
            self._extend(self.last, block.end)  # "2(1) of the Act" wrapped to a line start
            return
        if parent is None:
            # not a real list item after all (e.g. "2.5 million" at a line start)
            block.kind, block.match = "para", None
            self.para(block)
            return
        self._add(parent, node, True)

    def _skip_doubled(self, pos: int, end: int, m: re.Match, printed: str | None) -> int:
        """Auto-numbering extracted next to typed numbering gives '1. 1. Text': keep one."""
        number = m.group(0).strip().strip(_BULLETS + " ").rstrip(".")
        if printed is None or not number or self.text[pos : pos + 1] != number[0]:
            return pos  # the text does not open with the number again (most items)
        again = _ITEM.match(self.text[pos:end])
        if again and again.end() and again.group(0).strip().rstrip(".") == number:
            self.warnings.append(f"number {printed} printed twice; kept one")
            pos += again.end()
            while pos < end and self.text[pos] in " \t":
                pos += 1
        return pos

    def split_headings(self, node: Clause) -> None:
        """'5.1. Good regulation and inspection. We are committed...' -> heading + text, when
        at least two sibling items open with such a short verbless phrase (one alone is more
        likely a short first sentence)."""
        found = []
        for child in node.children:
            if child.kind != "item":
                continue
            text = self.text[child.span[0] : child.span[1]]
            # the phrase ends at the first full stop, and a space must follow it: most items
            # (one sentence) fail that test before the pattern is tried
            dot = text.find(".")
            spaced = 0 < dot < len(text) - 1 and text[dot + 1].isspace()
            m = _ITEM_HEADING.match(text) if spaced else None
            phrase = m.group(1) if m else ""
            if (
                m
                and len(phrase.split()) <= 7
                and not _VERBS.search(phrase)
                and not re.search(r"\d", phrase)
            ):
                found.append((child, m))
        if len(found) < 2:
            return
        for child, m in found:
            child.heading = " ".join(m.group(1).split())
            child.span = (child.span[0] + m.end(), child.span[1])
            child.text = self._span_text(*child.span)

    def _classify(self, m: re.Match, indent: int) -> tuple[str, str | None, str | None]:
        if m.group("under"):
            value = m.group("sub")
            style = "parabic" if value.isdigit() else "p" + self._alpha_style(value, "p", indent)
            return style, value, f"{m.group('under')}({value})"
        if m.group("decimal") and _POINT_ZERO.fullmatch(m.group("decimal")):
            # "1.0 Purpose" heads clause 1 in "1.0 / 1.1 / 1.2" numbering
            return "arabic", m.group("decimal")[:-2], m.group("decimal")
        if m.group("decimal"):
            return (
                f"decimal{m.group('decimal').count('.') + 1}",
                m.group("decimal"),
                m.group("decimal"),
            )
        if m.group("arabic") or m.group("bare"):
            value = m.group("arabic") or m.group("bare")
            return "arabic", value, value
        if m.group("paren"):
            value = m.group("paren")
            if value.isdigit():
                return "parabic", value, f"({value})"
            return "p" + self._alpha_style(value, "p", indent), value, f"({value})"
        if m.group("alpha"):
            value = m.group("alpha")
            return self._alpha_style(value, "", indent), value, value
        if m.group("upper"):
            # "A." / "B." and "I." / "II." (upper-case letters and roman numerals)
            value = m.group("upper")
            return "u" + self._alpha_style(value.lower(), "u", indent), value.lower(), value
        return "bullet", None, None

    def _alpha_style(self, value: str, prefix: str, indent: int) -> str:
        """'i', 'v', 'x'... are letters when they continue a lettered list at this indent."""
        if len(value) > 1:
            return "roman" if roman_value(value) else "letter"
        if value in _ROMAN:
            for node in reversed(self.stack):
                if abs(node.indent - indent) > 1:
                    continue
                if node.style == prefix + "letter" and _gap(node.key or "", value, "letter") == 1:
                    return "letter"
                if node.style == prefix + "roman" and _next_ok(node.key, value, "roman"):
                    return "roman"
            return "roman" if value == "i" else "letter"
        return "letter"

    def _place(self, node: Clause) -> Clause | None:
        if node.under:
            return self._place_under(node, node.under)
        style = node.style or ""
        # 1. a sibling of an open item of the same style
        for idx in range(len(self.stack) - 1, 0, -1):
            open_node = self.stack[idx]
            if open_node.kind in ("section", "annex", "title"):
                break
            same_list = open_node.style == style and abs(open_node.indent - node.indent) <= 1
            if same_list and (style == "bullet" or _next_ok(open_node.key, node.key, style)):
                self._warn_gap(open_node, node)
                node.local = open_node.local
                del self.stack[idx:]
                return self.stack[-1]
        # 2. a decimal sub-clause goes under the clause its number extends
        if style.startswith("decimal"):
            prefix = node.key.rsplit(".", 1)[0] if node.key else ""
            for idx in range(len(self.stack) - 1, 0, -1):
                if self.stack[idx].key == prefix:
                    del self.stack[idx + 1 :]
                    node.local = self.stack[idx].local
                    return self.stack[idx]
            reopened = self._reopen(prefix)
            if reopened is not None:
                node.local = reopened.local
                return reopened
            if not node.key or not node.key.endswith(".1"):
                return None
            self.warnings.append(f"{node.key}: no clause {prefix} found above it")
        # 3. a new list: under the deepest open node that is not more indented; numbered
        # paragraphs never nest under letters or bullets at the same indent
        numbered = style == "arabic" or style.startswith("decimal")
        while len(self.stack) > 1 and self.stack[-1].kind in ("item", "bullet", "paragraph"):
            top = self.stack[-1]
            # an introducing paragraph ("Between:") takes one list; a numbered list after
            # a finished list of another style belongs to the section again
            finished = bool(numbered and top.children and top.children[-1].style != style)
            closed = top.kind == "paragraph" and (not top.open_list or finished)
            under_letters = numbered and top.style in _SUB_STYLES and top.indent >= node.indent
            # bullets straight after "3.1 ... the following principles:" are its list, however
            # Word indented its numbering
            introduced = style == "bullet" and top.kind == "item" and top.text.endswith(":")
            if introduced and not top.children:
                break
            if not (top.indent > node.indent or closed or under_letters):
                break
            self.stack.pop()
        parent = self.stack[-1]
        if style == "arabic" and parent.kind in ("root", "section", "title", "annex"):
            return self._top_level_arabic(node, parent)
        if style not in ("bullet",) and not _starts_list(node.key, style):
            if style == "arabic" or style.startswith("decimal"):
                return None
            where = _label(parent) if parent.kind != "root" else "the top level"
            self.warnings.append(f"a list under {where} starts at {node.number}")
        node.local = True
        return parent

    def _reopen(self, key: str) -> Clause | None:
        """Clause ``key`` again, when its sub-clauses go on after unnumbered paragraphs that
        closed it ("1.2 ..." / "Contacts are kept up to date." / "1.3 ..."): those paragraphs
        become its own (``1.p1``), so the tree keeps the document's order."""
        siblings = self.stack[-1].children
        at = next((i for i in range(len(siblings) - 1, -1, -1) if siblings[i].kind == "item"), None)
        if at is None or siblings[at].key != key or not siblings[at].children:
            return None
        item, between = siblings[at], siblings[at + 1 :]
        if not all(c.kind in ("paragraph", "table") for c in between):
            return None
        del siblings[at + 1 :]
        item.children.extend(between)
        self.stack.append(item)
        return item

    def _place_under(self, node: Clause, under: str) -> Clause | None:
        """'4.2(a)' goes under clause 4.2, '4.2(b)' beside it; None without a 4.2 above it."""
        for idx in range(len(self.stack) - 1, 0, -1):
            anchor = self.stack[idx]
            if anchor.kind == "item" and anchor.key == under:
                sibling = self.stack[idx + 1] if idx + 1 < len(self.stack) else None
                if sibling is not None and sibling.style == node.style:
                    self._warn_gap(sibling, node)
                del self.stack[idx + 1 :]
                node.local = True
                return anchor
        return None

    def _top_level_arabic(self, node: Clause, parent: Clause) -> Clause | None:
        value = int(node.key or 0)
        before = next((c for c in reversed(parent.children) if c.style == "arabic"), None)
        if before is not None and before.local and before.key == str(value - 1):
            node.local = True  # "3. ..." / "Note: ..." / "4. ...": the section's list goes on
            return parent
        if self._in_annex() or node.indent > 0:
            node.local = True
            return parent if value == 1 or self._in_annex() else None
        if self.last_global is None or 1 <= value - self.last_global <= 3:
            if self.last_global is not None and value - self.last_global > 1:
                self.warnings.append(f"{node.key}: numbering jumps from {self.last_global}")
            node.local = False
            self.last_global = value
            return parent
        if value == 1:
            node.local = True
            return parent
        return None

    def _warn_gap(self, prev: Clause, node: Clause) -> None:
        if node.style == "arabic" and not prev.local and node.key:
            self.last_global = int(node.key)
        if prev.key and node.key and prev.key == node.key:
            self.warnings.append(f"number {node.number} appears twice in a row")
        elif prev.key and node.key and _gap(prev.key, node.key, node.style or "") > 1:
            self.warnings.append(f"{node.number}: numbering skips after {prev.number}")


def _duty_header(header: str) -> bool:
    return bool(compiled(table("extract")["commitment"]["duty_table_header"]).search(header))


# "2.1 Purpose", "4.2. Data flows": a decimal number over the words of a marked heading
_DECIMAL_HEADING = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){1,2})\.?\s+([A-Za-z].*)$")


def _label(node: Clause) -> str:
    return f"clause {node.number}" if node.number else f"paragraph '{node.text[:30]}'"


@lru_cache(maxsize=4096)  # asked about every item's number several times while placing it
def _value(key: str, style: str) -> int | None:
    base = style.removeprefix("p").removeprefix("u")
    if base in ("arabic", "rabic") or key.isdigit():
        return int(key)
    if base == "roman":
        return roman_value(key)
    if style.startswith("decimal"):
        return int(key.rsplit(".", 1)[1])
    return ord(key) - ord("a") + 1 if len(key) == 1 else None


def _gap(prev: str, key: str, style: str) -> int:
    a, b = _value(prev, style), _value(key, style)
    if a is None or b is None:
        return 0
    if style.startswith("decimal") and prev.rsplit(".", 1)[0] != key.rsplit(".", 1)[0]:
        return -1
    return b - a


def _next_ok(prev: str | None, key: str | None, style: str) -> bool:
    if prev is None or key is None:
        return False
    return 0 <= _gap(prev, key, style) <= 3


def _starts_list(key: str | None, style: str) -> bool:
    return key is not None and _value(key, style) == 1


def parse_clauses(text: str, infer_headings: bool = True) -> ClauseTree:
    """Parse normalised text (see normalise.normalise_text) into a ClauseTree.

    ``infer_headings=False`` for formats that mark their headings (HTML, docx, markdown):
    then only ``#`` lines, annexes and numbered items structure the text, and a short
    paragraph such as "Published 20 September 2024" stays a paragraph."""
    blocks, width = _blocks(text, infer_headings)
    builder = _Builder(text, width)
    for block in blocks:
        if block.kind == "heading":
            builder.heading(block)
        elif block.kind == "item":
            builder.item(block)
        else:
            builder.para(block)
    for node in builder.root.walk():
        _guess_lost_numbers(node, builder.warnings)
        builder.split_headings(node)
    _local_to_sections(builder.root, builder.warnings)
    _assign_paths(builder.root, builder.warnings)
    return ClauseTree(text=text, clauses=builder.root.children, warnings=builder.warnings)


def _guess_lost_numbers(node: Clause, warnings: list[str]) -> None:
    """An unnumbered paragraph between clauses n and n+2 is clause n+1 with its number lost."""
    kids = node.children
    for i in range(1, len(kids) - 1):
        before, here, after = kids[i - 1], kids[i], kids[i + 1]
        if (
            here.kind == "paragraph"
            and before.style == after.style == "arabic"
            and not before.local
            and before.key
            and after.key
            and int(after.key) - int(before.key) == 2
        ):
            here.kind, here.style, here.key = "item", "arabic", str(int(before.key) + 1)
            here.number = here.key
            warnings.append(f"{here.key}: number missing in the text; guessed from its neighbours")


def _sections(node: Clause) -> Iterator[Clause]:
    """Sections of the body, not those inside annexes (whose numbering is local anyway)."""
    for child in node.children:
        if child.kind == "section":
            yield child
            yield from _sections(child)


def _local_to_sections(root: Clause, warnings: list[str]) -> None:
    """Numbering that restarts at 1 in a later section ('Part A' 1, 2, 3; 'Part B' 1, 2, 3) is
    local to every section, the first one too: A.1, B.1."""

    def numbered(section: Clause) -> list[Clause]:
        return [c for c in section.children if c.kind == "item" and c.style == "arabic"]

    runs = [items for items in map(numbered, _sections(root)) if items and items[0].key == "1"]
    if not any(items[0].local and items[0].indent == 0 for items in runs):
        return
    changed = False
    for items in runs:
        if items[0].local:
            continue
        changed = True
        for item in items:
            for node in item.walk():
                if node.style == "arabic" or (node.style or "").startswith("decimal"):
                    node.local = True
    if changed:
        warnings.append("numbering restarts in each section: clause paths are local to sections")


def _extends(parent: Clause, child: Clause) -> bool:
    """A decimal number that continues its parent's number ("3.1.1" under "3.1")."""
    return bool(
        parent.key
        and child.key
        and parent.kind == "item"
        and parent.path.endswith(parent.key)
        and child.key.startswith(parent.key + ".")
    )


def _slug(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    if len(slug) > 40:
        slug = slug[:40].rsplit("-", 1)[0]
    return slug or "section"


def _assign_paths(root: Clause, warnings: list[str]) -> None:
    used: set[str] = set()

    def unique(path: str) -> str:
        if path not in used:
            used.add(path)
            return path
        n = 2
        while f"{path}~{n}" in used:
            n += 1
        warnings.append(f"two clauses would share the path {path}; the later one is {path}~{n}")
        used.add(f"{path}~{n}")
        return f"{path}~{n}"

    def join(prefix: str, part: str) -> str:
        return f"{prefix}.{part}" if prefix else part

    def item_prefix(node: Clause, key: str, container: str) -> str:
        """Items listed under an introducing paragraph ('...in the following areas:') are
        numbered as if in the section ('areas-of-co-operation.g'), unless that path is taken."""
        if node.kind == "paragraph" and join(container, key) not in used:
            return container
        return node.path

    def visit(node: Clause, annex_path: str, container: str) -> None:
        counters: dict[str, int] = {}
        for child in node.children:
            if child.kind == "title":
                child.path = unique("title")
            elif child.kind == "section" and child.key:
                child.path = unique(child.key)
            elif child.kind == "section":
                # a subheading ("### Security" under "## Sharing information") nests its
                # slug under its parent's path, as a heading inside an annex does
                prefix = node.path if node.kind in ("annex", "section") else ""
                child.path = unique(join(prefix, _slug(child.heading or "section")))
            elif child.kind == "annex":
                child.path = unique(_slug(child.number or "annex"))
            elif child.kind == "item" and (
                child.style == "arabic" or (child.style or "").startswith("decimal")
            ):
                if not child.local:
                    child.path = unique(child.key or "")
                elif _extends(node, child):
                    # "3.1.1" under a local "3.1": the printed number is already the full one
                    child.path = unique(node.path[: -len(node.key or "")] + (child.key or ""))
                else:
                    containerish = node.kind in ("section", "annex", "root", "title")
                    prefix = annex_path if containerish and annex_path else node.path
                    prefix = (
                        item_prefix(node, child.key or "", container)
                        if node.kind == "paragraph"
                        else prefix
                    )
                    child.path = unique(join(prefix, child.key or ""))
            elif child.kind == "item":
                # "A." and "(a)" can both occur: upper-case markers keep their case
                upper = child.style in ("uletter", "uroman")
                key = child.number if upper else (child.key or "").lower()
                key = (key or "").strip("()")
                child.path = unique(join(item_prefix(node, key, container), key))
            else:
                letter = {"bullet": "b", "paragraph": "p", "table": "t", "row": "r"}[child.kind]
                counters[letter] = counters.get(letter, 0) + 1
                child.path = unique(join(node.path, f"{letter}{counters[letter]}"))
            next_container = child.path if child.kind != "paragraph" else container
            visit(child, child.path if child.kind == "annex" else annex_path, next_container)

    visit(root, "", "")
