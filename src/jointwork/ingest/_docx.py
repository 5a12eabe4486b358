"""Word (.docx) reading for ``readers.read_document``.

The archive is checked before python-docx inflates it (zip-bomb guard). Body paragraphs and
tables are read in document order; heading styles (and outline levels) become ``#`` lines and
Word's automatic list numbering is rendered (``1.``, ``a.``, ``(ii)``), because the clause
parser needs the numbers people see, which are not in the paragraph text itself. Numbers typed
into the text ("1.<tab>") stay as typed. A plain paragraph set wholly in bold, short and without
final punctuation, is a heading faked by hand: it becomes a ``##`` line (the first paragraph of
the document a ``#`` title).
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from typing import TYPE_CHECKING

from jointwork.ingest.readers import (
    IngestError,
    Limits,
    RawDocument,
    Table,
    faked_heading,
    page_info,
)

if TYPE_CHECKING:  # python-docx and lxml are imported only when a .docx is read
    from docx.document import Document as DocxDocument
    from docx.table import Table as DocxTable
    from docx.text.paragraph import Paragraph
    from lxml.etree import _Element

    from jointwork.ingest.readers import _Clock

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_docx(data: bytes, filename: str, limits: Limits, clock: _Clock) -> RawDocument:
    _guard_zip(data, filename, limits)
    import docx
    from docx.table import Table as DocxTable
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except MemoryError:  # out of memory is not a corrupt file (isolation reports it)
        raise
    except Exception as exc:  # python-docx raises KeyError, ValueError, lxml errors...
        raise IngestError(filename, f"corrupt .docx file ({type(exc).__name__}: {exc})") from None
    numbering = _Numbering(document)
    blocks: list[str] = []
    tables: list[Table] = []
    for child in document.element.body.iterchildren():
        clock.check()
        if child.tag == f"{_W}p":
            line = _paragraph_line(Paragraph(child, document), numbering, first=not blocks)
            if line.strip():
                blocks.append(line)
        elif child.tag == f"{_W}tbl":
            rows = _table_rows(DocxTable(child, document))
            if rows:
                tables.append(Table(page=1, rows=rows))
                blocks.append("\n".join("\t".join(row) for row in rows))
    text = "\n\n".join(blocks)
    return RawDocument(format="docx", text=text, pages=[page_info(1, text)], tables=tables)


def _guard_zip(data: bytes, filename: str, limits: Limits) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except zipfile.BadZipFile as exc:
        raise IngestError(filename, f"corrupt .docx file ({exc})") from None
    if len(infos) > limits.max_zip_entries:
        raise IngestError(filename, f".docx holds {len(infos)} parts; refusing (zip bomb?)")
    unpacked = sum(info.file_size for info in infos)
    packed = max(1, sum(info.compress_size for info in infos))
    if unpacked > limits.max_unzipped_bytes or unpacked / packed > limits.max_zip_ratio:
        raise IngestError(
            filename,
            f".docx would inflate to {unpacked / 1_048_576:.0f} MB "
            f"({unpacked // packed}x its size); refusing it as a zip bomb",
        )


def _paragraph_line(paragraph: Paragraph, numbering: _Numbering, first: bool = False) -> str:
    text = paragraph.text.replace("\n", " ").strip()
    if not text:
        return ""
    style = paragraph.style.name if paragraph.style is not None else ""
    if style == "Title":
        return f"# {text}"
    num = _num_props(paragraph)
    label = numbering.label(*num) if num is not None else ""
    heading = _heading_level(paragraph, style)
    if heading is not None:
        # headings numbered by a multilevel list keep their number ("# 2. Scope")
        return "#" * heading + " " + (f"{label} {text}" if label not in ("", "-") else text)
    if num is None:
        if _bold_heading(paragraph, text, first):
            return ("# " if first else "## ") + text
        return text
    return "  " * num[1] + (f"{label} {text}" if label else text)


def _heading_level(paragraph: Paragraph, style: str) -> int | None:
    """1-9 from a "Heading N" style or Word's outline level (0-8; 9 is body text)."""
    if style.startswith("Heading "):
        level = style.removeprefix("Heading ").strip()
        return int(level) if level.isdigit() else 2
    for element in _pPr_chain(paragraph):
        value = _val(element.find(f"{_W}outlineLvl"))
        if value is not None and value.isdigit():
            return int(value) + 1 if int(value) < 9 else None
    return None


def _bold_heading(paragraph: Paragraph, text: str, first: bool) -> bool:
    """Every run bold, and the words could be a heading (``readers.faked_heading``)."""
    if not faked_heading(text, first):
        return False
    style_bold = bool(paragraph.style is not None and paragraph.style.font.bold)
    runs = [run for run in paragraph.runs if run.text.strip()]
    return bool(runs) and all(run.bold or (run.bold is None and style_bold) for run in runs)


def _num_props(paragraph: Paragraph) -> tuple[str, int] | None:
    """(numId, level) from the paragraph or, failing that, its style chain (List Bullet...)."""
    for element in _pPr_chain(paragraph):
        num_pr = element.find(f"{_W}numPr")
        if num_pr is None:
            continue
        num_id = _val(num_pr.find(f"{_W}numId"))
        ilvl = _val(num_pr.find(f"{_W}ilvl"))
        if num_id is None or num_id == "0":
            return None
        return num_id, int(ilvl) if ilvl is not None and ilvl.isdigit() else 0
    return None


def _val(element: _Element | None) -> str | None:
    """An element's ``w:val`` attribute, None when the element or the attribute is missing."""
    return element.get(f"{_W}val") if element is not None else None


def _pPr_chain(paragraph: Paragraph) -> Iterator[_Element]:
    p_pr = paragraph._p.pPr
    if p_pr is not None:
        yield p_pr
    style = paragraph.style
    while style is not None:
        s_pr = style.element.find(f"{_W}pPr")
        if s_pr is not None:
            yield s_pr
        style = style.base_style


def _table_rows(table: DocxTable) -> list[list[str]]:
    rows: list[list[str]] = []
    for row in table.rows:
        cells: list[str] = []
        for cell in row.cells:
            value = " ".join(cell.text.split())
            # merged cells come back once per grid column: keep one copy
            if not cells or value != cells[-1]:
                cells.append(value)
        if any(cells):
            rows.append(cells)
    return rows


class _Numbering:
    """Renders Word list labels from numbering.xml: counters per list, reset below the level."""

    def __init__(self, document: DocxDocument) -> None:
        self.formats: dict[str, dict[int, tuple[str, str, int]]] = {}
        self.counters: dict[str, list[int]] = {}
        try:
            root = document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            return
        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        for node in root.findall(f"{_W}abstractNum"):
            levels = {}
            for lvl in node.findall(f"{_W}lvl"):
                fmt = lvl.find(f"{_W}numFmt")
                text = lvl.find(f"{_W}lvlText")
                start = lvl.find(f"{_W}start")
                levels[int(lvl.get(f"{_W}ilvl"))] = (
                    fmt.get(f"{_W}val") if fmt is not None else "decimal",
                    text.get(f"{_W}val") if text is not None else "",
                    int(start.get(f"{_W}val")) if start is not None else 1,
                )
            abstract[node.get(f"{_W}abstractNumId")] = levels
        for num in root.findall(f"{_W}num"):
            ref = num.find(f"{_W}abstractNumId")
            if ref is not None:
                self.formats[num.get(f"{_W}numId")] = abstract.get(ref.get(f"{_W}val"), {})

    def label(self, num_id: str, level: int) -> str:
        levels = self.formats.get(num_id, {})
        if level not in levels:
            return "-"
        fmt, template, _ = levels[level]
        if fmt == "bullet":
            return "-"
        counts = self.counters.setdefault(num_id, [])
        while len(counts) <= level:
            counts.append(levels.get(len(counts), ("decimal", "", 1))[2] - 1)
        counts[level] += 1
        del counts[level + 1 :]
        label = template
        for k in range(level + 1):
            k_fmt = levels.get(k, ("decimal", "", 1))[0]
            label = label.replace(f"%{k + 1}", _format_number(counts[k], k_fmt))
        return label or f"{counts[level]}."


def _format_number(value: int, fmt: str) -> str:
    if fmt == "lowerLetter":
        return chr(ord("a") + (value - 1) % 26)
    if fmt == "upperLetter":
        return chr(ord("A") + (value - 1) % 26)
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(value)
        return roman if fmt == "upperRoman" else roman.lower()
    return str(value)


def _roman(value: int) -> str:
    out = ""
    for number, glyph in (
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ):  # fmt: skip
        while value >= number:
            out += glyph
            value -= number
    return out
