"""Clean extracted text before clause parsing; all character spans point into the result.

Pure module. Public API: ``normalise_text(raw: str) -> tuple[str, list[str]]`` returning the
normalised text and warnings about what was changed (a reviewer can check each one):

- line endings, no-break and zero-width spaces, soft hyphens;
- page headers and footers that repeat across PDF pages (pages are separated by ``\\f``) and
  bare page numbers ("Page 3 of 12", "- 3 -");
- words hyphenated across a line break ("regu-\\nlation" -> "regulation");
- a contents list ahead of the body (entries with dot leaders or page numbers, or repeated
  later as headings);
- markdown table separator rows (``---|---``).
"""

from __future__ import annotations

import re
from collections import Counter

__all__ = ["normalise_text"]

_PAGE_NUMBER = re.compile(
    r"^\s*(?:page\s+)?[-–]?\s*\d{1,4}\s*[-–]?(?:\s*(?:of|/)\s*\d{1,4})?\s*$", re.I
)
_PAGE_OF = re.compile(r"\bpage\s+\d{1,4}\s+(?:of|/)\s+\d{1,4}\b", re.I)
_HYPHEN_BREAK = re.compile(r"\b(\w+)-\n(?=[a-z]{2,}[\s.,;:)])")
_WORD_CHAR = re.compile(r"\w")
# prefixes that keep their hyphen when a line break splits them off ("co-\noperate")
_KEEP_HYPHEN = {"co", "re", "pre", "non", "self", "cross", "multi", "inter", "anti", "post", "sub"}
# "Title ........ 4"; starts only at a run's first dot, as tried at every dot of a long run the
# search took time quadratic in its length
_DOT_LEADER = re.compile(r"(?<!\.)\.{4,}\s*\d+\s*$")
_CONTENTS = re.compile(r"^\s*(?:table of )?contents\s*:?\s*$", re.I)
_SEPARATOR_ROW = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:[|\t]\s*:?-{3,}:?\s*)*\|?\s*$")
_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
# replaced one by one: str.translate looks every character up in a table, far slower
_INVISIBLE = {"\u00ad": "", "\u200b": "", "\u200c": "", "\ufeff": "",
              "\u00a0": " ", "\u2028": "\n", "\u2029": "\n",
              # typeset PDFs keep ligatures as one character: "notiﬁcation", "ﬂooding"
              "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
              "\ufb05": "st", "\ufb06": "st"}  # fmt: skip


def normalise_text(raw: str) -> tuple[str, list[str]]:
    warnings: list[str] = []
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    for char, replacement in _INVISIBLE.items():
        text = text.replace(char, replacement)
    text = _strip_page_furniture(text, warnings)
    text, joined = _join_hyphen_breaks(text)
    if joined:
        warnings.append(f"joined {joined} word(s) hyphenated across line breaks")
    lines = [line.rstrip() for line in text.split("\n")]
    lines = [line for line in lines if not _SEPARATOR_ROW.match(line) or not line.strip()]
    # markdown tables: "| a | b |" rows become tab-separated like tables from other formats
    lines = [
        "\t".join(cell.strip() for cell in line.strip().strip("|").split("|"))
        if _PIPE_ROW.match(line) else line
        for line in lines
    ]  # fmt: skip
    lines = _space_columns(lines)
    lines = _drop_contents(lines, warnings)
    text = "\n".join(lines)
    text = re.sub(r"\n{3,}", "\n\n", text).strip("\n")
    return text + "\n", warnings


# a cell of a table set out in spaces: words with single spaces between them
_CELL = re.compile(r"\S+(?: \S+)*")
_RULE_LINE = re.compile(r"^\s*-{3,}(?:\s+-{3,})+\s*$")


def _space_columns(lines: list[str]) -> list[str]:
    """A table set out in columns of spaces (plain text, a PDF's lines): a header of three or
    more cells, an optional rule of dashes, then two or more rows whose cells start where the
    header's do. Its rows become tab-separated like tables from other formats; the rule goes."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        # most lines have no gap of two spaces inside them: only those can head a table
        gapped = "  " in lines[i].strip()
        starts = [m.start() for m in _CELL.finditer(lines[i])] if gapped else []
        rows = _aligned_rows(lines, i + 1, starts) if len(starts) >= 3 else []
        if len(rows) < 2:
            out.append(lines[i])
            i += 1
            continue
        for index in [i, *rows]:
            line = lines[index]
            cells = [line[a:b].strip() for a, b in zip(starts, [*starts[1:], None], strict=True)]
            out.append(line[: starts[0]] + "\t".join(cells))
        i = rows[-1] + 1
        if i < len(lines) and lines[i].strip():
            out.append("")  # a table ends at a blank line: a PDF's next line is not a row
    return out


def _aligned_rows(lines: list[str], start: int, columns: list[int]) -> list[int]:
    """The indexes of the lines from ``start`` whose cells all start at ``columns`` (a rule of
    dashes under the header is passed over and left out)."""
    rows: list[int] = []
    j = start + 1 if start < len(lines) and _RULE_LINE.match(lines[start]) else start
    while j < len(lines):
        cells = [m.start() for m in _CELL.finditer(lines[j])]
        if len(cells) < 2 or cells[0] != columns[0] or not set(cells) <= set(columns):
            break
        rows.append(j)
        j += 1
    return rows


def _join_hyphen_breaks(text: str) -> tuple[str, int]:
    """``_HYPHEN_BREAK.subn(_join_hyphen, text)``, tried only at the word before each "-\\n"
    (a search would try the pattern at every word of the text)."""
    pieces, done, joined = [], 0, 0
    hyphen = text.find("-\n")
    while hyphen >= 0:
        start = hyphen
        while start > done and _WORD_CHAR.match(text, start - 1):
            start -= 1
        m = _HYPHEN_BREAK.match(text, start) if start < hyphen else None
        if m:
            pieces += [text[done:start], _join_hyphen(m)]
            done = m.end()
            joined += 1
        hyphen = text.find("-\n", hyphen + 2)
    return "".join(pieces) + text[done:], joined


def _join_hyphen(m: re.Match) -> str:
    word = m.group(1)
    return f"{word}-" if word.lower() in _KEEP_HYPHEN else word


def _furniture_key(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.split())).lower()


def _strip_page_furniture(text: str, warnings: list[str]) -> str:
    pages = text.split("\f")
    if len(pages) == 1:
        return text
    edges: Counter[str] = Counter()
    page_lines = [page.split("\n") for page in pages]
    for lines in page_lines:
        keys = {_furniture_key(line) for line in _edge_lines(lines)}
        edges.update(k for k in keys if k)
    threshold = max(2, (len(pages) + 1) // 2)
    repeated = {key for key, count in edges.items() if count >= threshold}
    removed: Counter[str] = Counter()
    cleaned = []
    for lines in page_lines:
        edge_ids = {id(line) for line in _edge_lines(lines)}
        kept = []
        for line in lines:
            # a repeated "Page n of m" footer also where a page draws it before its last table;
            # the key is made only for lines that may go, "page" found before the pattern runs
            if id(line) in edge_ids:
                furniture = _furniture_key(line) in repeated or bool(_PAGE_NUMBER.match(line))
            else:
                page_of = "page" in line.lower() and _PAGE_OF.search(line)
                furniture = bool(page_of) and _furniture_key(line) in repeated
            if furniture:
                removed[" ".join(line.split())[:60]] += 1
                continue
            kept.append(line)
        cleaned.append("\n".join(kept))
    if removed:
        shown = "; ".join(f"'{k}' x{n}" for k, n in removed.most_common(3))
        warnings.append(f"removed {sum(removed.values())} page header/footer line(s): {shown}")
    # a page break is a paragraph break unless the sentence runs on (checked by the parser)
    return "\n".join(cleaned)


def _edge_lines(lines: list[str]) -> list[str]:
    """The first two and last two non-blank lines of a page: where headers and footers sit."""
    filled = [line for line in lines if line.strip()]
    if len(filled) > 6:
        return filled[:2] + filled[-2:]
    return filled[:1] + filled[-1:] if len(filled) > 1 else filled


def _drop_contents(lines: list[str], warnings: list[str]) -> list[str]:
    start = next((i for i, line in enumerate(lines[:200]) if _CONTENTS.match(line)), None)
    if start is None:
        # no "Contents" heading: drop a run of 3+ dot-leader entries near the top
        run = [i for i, line in enumerate(lines[:200]) if _DOT_LEADER.search(line)]
        if len(run) < 3:
            return lines
        start, end = run[0], run[-1] + 1
        warnings.append(f"dropped a contents list of {len(run)} entries (dot leaders)")
        return lines[:start] + lines[end:]
    entries: list[str] = []
    end = start + 1
    while end < len(lines):
        line = lines[end]
        if not line.strip():
            end += 1
            continue
        entry = _leader_entry(line)
        title = _entry_title(entry or line)
        if entry is None and (title in entries or len(line.split()) > 12):
            break  # the body starts: an entry repeated as a heading, or running text
        entries.append(title)
        end += 1
    if not entries:
        return lines
    warnings.append(f"dropped a contents list of {len(entries)} entries")
    return lines[:start] + lines[end:]


def _leader_entry(line: str) -> str | None:
    """The title of a contents entry "Title ..... 4", "Title<tab>4" or "Title    4", else None.

    Read from the end of the line without a regex: the pattern this replaced backtracked on a
    long run of spaces or dots (time cubic in the run's length).
    """
    body = line.rstrip()
    digits = len(body) - len(body.rstrip("0123456789"))
    if not 1 <= digits <= 4:
        return None
    head = body[:-digits]
    before_gap = head.rstrip()
    gap = head[len(before_gap) :]
    if before_gap.endswith(("...", "…")):
        title = before_gap.rstrip(".…").strip()
    elif "\t" in gap or len(gap) >= 3:
        title = before_gap.strip()
    else:
        return None
    return title or None


def _entry_title(entry: str) -> str:
    return " ".join(entry.split()).rstrip(". ").lower()
