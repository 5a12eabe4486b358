"""Small documents and contract-shaped parse results for the review, upload and CLI tests."""

from __future__ import annotations

import copy
from typing import Any

# A short MoU in the usual numbered style: small enough to parse inline in every test.
SMALL_MOU = """Memorandum of understanding between the Care Quality Commission (CQC) and the Local \
Government Association (LGA)

1. Purpose
This memorandum sets out how CQC and the LGA will work together.

2. CQC will give the LGA at least 48 hours notice before publishing a report about a council.

3. Both parties will meet quarterly to review how the memorandum is working.
"""

# The same MoU with clause 2 reworded and a clause added: what a re-ingest should report.
SMALL_MOU_CHANGED = SMALL_MOU.replace("48 hours", "five working days") + (
    "\n4. Each party will name a relationship lead.\n"
)

TEXT = (
    "1. Purpose. CQC and the LGA will co-operate.\n"
    "2. CQC will give the LGA 48 hours notice before publication.\n"
    "(a) The notice is given by email.\n"
)


def _span(needle: str, length: int | None = None) -> list[int]:
    """[start, end) of ``needle`` in TEXT, or of its first ``length`` characters."""
    start = TEXT.index(needle)
    return [start, start + (len(needle) if length is None else length)]


# A parse result as the DESIGN.md contract gives it, with spans into TEXT.
DOCUMENT: dict[str, Any] = {
    "source": "small.txt",
    "sha256": "0" * 64,
    "title": "Small MoU",
    "type": "mou",
    "parties": ["Care Quality Commission", "Local Government Association"],
    "in_force": None,
    "review": None,
    "clauses": [
        {
            "number": "1",
            "path": "1",
            "heading": "Purpose",
            "text": "CQC and the LGA will co-operate.",
            "span": _span("CQC and the LGA will co-operate."),
            "children": [],
        },
        {
            "number": "2",
            "path": "2",
            "heading": None,
            "text": "CQC will give the LGA 48 hours notice before publication.",
            "span": _span("CQC will give the LGA 48 hours notice before publication."),
            "children": [
                {
                    "number": "(a)",
                    "path": "2.a",
                    "heading": None,
                    "text": "The notice is given by email.",
                    "span": _span("The notice is given by email."),
                    "children": [],
                }
            ],
        },
    ],
    "obligations": [
        {
            "kind": "notice_before_publication",
            "bearer": ["CQC"],
            "counterparty": ["the Local Government Association"],
            "summary": "CQC gives the LGA 48 hours' notice before publication.",
            "recurrence": None,
            "trigger": {"event": "publication", "offset": "-PT48H"},
            "clause": "2",
            "quote": "CQC will give the LGA 48 hours notice before publication.",
            "quote_span": _span("CQC will give the LGA 48 hours notice before publication."),
            "spans": {
                "trigger": _span("48 hours"),
                "bearer": [_span("CQC will give", 3)],
            },
        },
        {
            "kind": "meeting",
            "bearer": ["both parties"],
            "counterparty": [],
            "summary": "The parties meet.",
            "recurrence": "FREQ=MONTHLY;INTERVAL=3",
            "trigger": None,
            "clause": "1",
            "quote": "CQC and the LGA will co-operate.",
            "spans": {},
        },
        {
            "kind": "inform",
            "bearer": ["Department of Silly Walks"],
            "counterparty": ["CQC"],
            "summary": "An unknown body informs CQC.",
            "recurrence": None,
            "trigger": None,
            "clause": "2.a",
            "quote": "The notice is given by email.",
            "spans": {},
        },
    ],
    "warnings": ["clause 2: a guess the parser made"],
}


def document(**changes: Any) -> dict[str, Any]:
    """A deep copy of DOCUMENT with top-level keys replaced."""
    doc = copy.deepcopy(DOCUMENT)
    doc.update(changes)
    return doc
