"""Pieces the held-out rebuild scripts share: a python-docx document saved byte-identically,
automatic list numbering, ruled tables, and PDF lines cut into pages."""

from __future__ import annotations

import io
from pathlib import Path

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

from tests.ingest.builders import fixed_zip

WHEN = (2025, 5, 1, 9, 0, 0)


def docx_bytes(
    document, when: tuple[int, int, int, int, int, int] = WHEN, mode: int | None = 0o644
) -> bytes:
    """The saved document with every zip entry stamped ``when`` (see ``fixed_zip``)."""
    buffer = io.BytesIO()
    document.save(buffer)
    return fixed_zip(buffer.getvalue(), when, mode=mode)


def add_numbering(document, abstract_xml: str, num_id: int) -> None:
    """Add an abstract numbering definition (before the template's first ``w:num``) and a
    ``w:num`` ``num_id`` that uses it (the abstract's id must be ``num_id`` too)."""
    numbering = document.part.numbering_part.element
    abstract = parse_xml(abstract_xml)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{num_id}"/></w:num>'
        )
    )


def set_numbering(paragraph, level: int, num_id: int):
    """Number ``paragraph`` automatically at ``level`` of list ``num_id``."""
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = level
    num_pr.get_or_add_numId().val = num_id
    return paragraph


def text_table(document, rows: list[list[str]], bold_header: bool = True):
    """A "Table Grid" table with each cell's text set directly; the first row bold."""
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = table.cell(r, c)
            cell.text = text
            if bold_header and r == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    return table


def run_table(
    document,
    rows: list[list[str]],
    header: bool = True,
    body_bold: bool | None = None,
    size: float | None = None,
):
    """A "Table Grid" table whose cells are emptied and given one run each: bold in the first
    row (when ``header``), ``body_bold`` elsewhere (None leaves it unset), ``size`` points."""
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = table.cell(r, c)
            cell.text = ""
            run = cell.paragraphs[0].add_run(text)
            if size is not None:
                run.font.size = Pt(size)
            if header and r == 0:
                run.bold = True
            elif body_bold is not None:
                run.bold = body_bold
    return table


def chunk_lines(lines: list[str], per_page: int) -> list[list[str]]:
    """``lines`` cut into pages of ``per_page`` lines (the last may be shorter)."""
    return [lines[i : i + per_page] for i in range(0, len(lines), per_page)]


FIXTURES = Path(__file__).resolve().parent / "fixtures"


def write_fixtures(files: dict[str, bytes]) -> None:
    """Write each named document into ``tests/ingest/fixtures``."""
    FIXTURES.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (FIXTURES / name).write_bytes(data)
