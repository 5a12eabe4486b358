"""Hard limits: parsing in a child process that is stopped when it takes too long or needs too
much memory, and otherwise gives exactly what parsing in this process gives."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from jointwork.ingest.isolation import Bounds, parse_isolated
from jointwork.ingest.pipeline import parse_document
from jointwork.ingest.readers import IngestError
from tests.ingest.builders import (
    FSA_EA_PAGES,
    make_docx_isa,
    make_encrypted_pdf,
    make_flate_bomb_pdf,
    make_pdf,
)

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize(
    ("data", "name"),
    [
        ((FIXTURES / "hse-orr-btp-mou.txt").read_bytes(), "hse-orr-btp-mou.txt"),
        ((FIXTURES / "nmc-psa-protocol.html").read_bytes(), "nmc-psa-protocol.html"),
        ((FIXTURES / "wales-inspectorates-protocol.md").read_bytes(), "wales.md"),
        (make_pdf(FSA_EA_PAGES), "fsa-ea.pdf"),
        (make_docx_isa(), "gmc-hwe.docx"),
    ],
    ids=["txt", "html", "md", "pdf", "docx"],
)
def test_a_normal_document_parses_exactly_as_in_this_process(data, name):
    isolated = parse_isolated(data, name)
    assert isolated.to_json(include_text=True) == parse_document(data, name).to_json(
        include_text=True
    )


def test_a_bad_document_gives_the_same_one_line_error_as_in_this_process():
    data = make_encrypted_pdf()
    with pytest.raises(IngestError) as in_process:
        parse_document(data, "locked.pdf")
    with pytest.raises(IngestError) as isolated:
        parse_isolated(data, "locked.pdf")
    assert str(isolated.value) == str(in_process.value)


def test_a_page_a_parser_never_finishes_is_stopped_at_the_time_limit():
    # 15 kB; pypdf needs about 45 s for its one page, where the readers' own clock cannot
    # look (it checks between pages).
    bomb = make_flate_bomb_pdf(inflated_mb=5)
    started = time.monotonic()
    with pytest.raises(IngestError) as error:
        parse_isolated(bomb, "mou.pdf", Bounds(seconds=0.3))
    assert str(error.value) == "mou.pdf: parsing stopped after 0.3 s (time limit)"
    assert time.monotonic() - started < 3


def test_a_document_that_needs_too_much_memory_is_stopped_at_the_memory_limit():
    bounds = Bounds(seconds=20, memory_mb=200)
    # 175 kB that pypdf inflates to 60 MB of page content before it starts on it
    with pytest.raises(IngestError) as error:
        parse_isolated(make_flate_bomb_pdf(inflated_mb=60), "mou.pdf", bounds)
    assert str(error.value) == "mou.pdf: parsing needed more than 200 MB of memory (memory limit)"
    # ... while an ordinary document fits in the same limit
    assert parse_isolated(make_pdf(FSA_EA_PAGES), "fsa-ea.pdf", bounds).obligations
