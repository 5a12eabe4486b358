"""parse_document: the DESIGN.md JSON contract, and diff_clauses for re-ingestion."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jointwork.ingest.pipeline import IngestError, diff_clauses, parse_document
from tests.ingest.builders import make_docx_isa

CONTRACT = [
    "source",
    "sha256",
    "title",
    "type",
    "parties",
    "in_force",
    "review",
    "clauses",
    "obligations",
    "warnings",
]
CLAUSE_KEYS = {"number", "path", "heading", "text", "children"}
OBLIGATION_KEYS = {
    "kind",
    "bearer",
    "counterparty",
    "summary",
    "recurrence",
    "trigger",
    "clause",
    "quote",
}

MOU = (
    "Memorandum of understanding between the Alpha Regulatory Authority (ARA) "
    "and the Beta Council (BC)\n\n"
    "Working together\n\n1. The ARA and the BC will meet quarterly.\n"
    "2. The parties will keep each other informed.\n"
    "3. This MoU comes into force on 2 May 2024.\n"
)


def test_to_json_has_every_key_of_the_cli_contract_and_is_serialisable():
    result = parse_document(make_docx_isa(), "isa.docx").to_json()
    assert list(result)[: len(CONTRACT)] == CONTRACT
    assert set(result["clauses"][0]) >= CLAUSE_KEYS
    assert all(set(ob) >= OBLIGATION_KEYS for ob in result["obligations"])
    assert result["type"] == "isa" and len(result["sha256"]) == 64
    json.dumps(result)


def test_text_without_any_clause_is_an_error():
    with pytest.raises(IngestError, match="no clauses"):
        parse_document(b"# Just a title\n", "t.md")


def test_diff_clauses_reports_added_removed_changed_and_moved_paths():
    old = parse_document(MOU.encode(), "v1.txt")
    new_text = (
        MOU.replace("meet quarterly", "meet every month")
        .replace("2. The parties will keep each other informed.\n", "")
        .replace("3. This MoU", "2. This MoU")
        + "4. A new clause.\n"
    )
    new = parse_document(new_text.encode(), "v2.txt")
    diff = diff_clauses(old.tree, new.to_json()["clauses"])
    assert [c.path for c in diff.changed] == ["1", "2"]
    assert diff.removed == ["3"]
    assert diff.added == ["4"]


def test_diff_clauses_sees_identical_text_under_a_new_number_as_moved():
    old = [{"path": "5", "text": "Same words."}, {"path": "6", "text": "Other."}]
    new = [{"path": "6", "text": "Other."}, {"path": "7", "text": "Same words."}]
    diff = diff_clauses(old, new)
    assert diff.moved == {"5": "7"}
    assert (diff.added, diff.removed, diff.unchanged) == ([], [], 1)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=600) | st.text(max_size=600).map(str.encode))
def test_any_bytes_either_parse_or_raise_ingest_error(data):
    try:
        result = parse_document(data, "upload")
    except IngestError as error:
        assert str(error).startswith("upload: ")
    else:
        json.dumps(result.to_json())
