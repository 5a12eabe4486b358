"""Reads for the review pages: a draft's clauses beside its candidate duties, and its changes."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Prefetch

from jointwork.accounts.models import Organisation
from jointwork.ingest.highlight import Segment, Span, segments
from jointwork.ingest.models import IngestJob
from jointwork.ingest.pipeline import diff_clauses
from jointwork.obligations.models import Obligation, ObligationState
from jointwork.register.models import AgreementVersion, Clause

# How each extracted value is named to the reviewer (the mark's title and hidden text).
FIELD_LABELS = {
    "quote": "quote",
    "match": "duty words",
    "bearer": "who",
    "counterparty": "towards whom",
    "recurrence": "frequency",
    "trigger": "offset",
    "trigger_event": "event",
}


@dataclass
class ClauseRow:
    clause: Clause
    depth: int
    segments: list[Segment]
    duties: list[int] = field(default_factory=list)


@dataclass
class DutyRow:
    obligation: Obligation
    number: int
    quote: list[Segment]


@dataclass
class Review:
    version: AgreementVersion
    clauses: list[ClauseRow]
    duties: list[DutyRow]
    counts: dict[str, int]
    previous: AgreementVersion | None
    warnings: list[str]


def job_get(*, pk: int) -> IngestJob:
    return IngestJob.objects.select_related("agreement", "version").defer("data").get(pk=pk)


def version_get(*, pk: int) -> AgreementVersion:
    return AgreementVersion.objects.select_related("agreement").get(pk=pk)


def previous_version(version: AgreementVersion) -> AgreementVersion | None:
    """The agreement's version just before this one, if any."""
    return (
        AgreementVersion.objects.filter(
            agreement_id=version.agreement_id, number__lt=version.number
        )
        .order_by("-number")
        .first()
    )


def _spans(obligation: Obligation, number: int) -> list[Span]:
    return [
        Span(s["start"], s["end"], f"duty {number}: {FIELD_LABELS.get(s['field'], s['field'])}")
        for s in (obligation.details or {}).get("spans", [])
        if isinstance(s.get("start"), int) and isinstance(s.get("end"), int)
    ]


def _quote_segments(text: str, obligation: Obligation, spans: list[Span]) -> list[Segment]:
    """The quote as it stands in the source, with the values taken from it marked."""
    quote = next((s for s in spans if s.label.endswith(": quote")), None)
    if quote is None or quote.end > len(text):
        return [Segment(obligation.quote)] if obligation.quote else []
    inner = [s for s in spans if s is not quote]
    return segments(text[quote.start : quote.end], inner, offset=quote.start)


def review_get(*, version: AgreementVersion) -> Review:
    """Everything the review page shows, in a handful of queries whatever the document's size."""
    clauses = list(Clause.objects.filter(version=version).order_by("order"))
    parties = Organisation.objects.only("slug", "name", "short_name")
    obligations = list(
        Obligation.objects.filter(version=version)
        .select_related("clause")
        .prefetch_related(
            Prefetch("bearers", queryset=parties), Prefetch("counterparties", queryset=parties)
        )
        .order_by("clause__order", "id")
    )
    text = version.text
    depth: dict[int, int] = {}
    for clause in clauses:
        depth[clause.pk] = depth.get(clause.parent_id, -1) + 1 if clause.parent_id else 0

    duties: list[DutyRow] = []
    all_spans: list[Span] = []
    by_clause: dict[int, list[int]] = {}
    for number, obligation in enumerate(obligations, start=1):
        spans = _spans(obligation, number)
        all_spans.extend(s for s in spans if not s.label.endswith(": quote"))
        duties.append(DutyRow(obligation, number, _quote_segments(text, obligation, spans)))
        if obligation.clause_id:
            by_clause.setdefault(obligation.clause_id, []).append(number)

    rows = []
    for clause in clauses:
        if clause.start is not None and clause.end is not None and clause.end <= len(text):
            segs = segments(text[clause.start : clause.end], all_spans, offset=clause.start)
        else:
            segs = [Segment(clause.text)]
        rows.append(ClauseRow(clause, depth[clause.pk], segs, by_clause.get(clause.pk, [])))
    counts = Counter(o.state for o in obligations)
    return Review(
        version=version,
        clauses=rows,
        duties=duties,
        counts={state: counts.get(state, 0) for state in ObligationState.values},
        previous=previous_version(version),
        warnings=IngestJob.objects.filter(version=version)
        .values_list("warnings", flat=True)
        .first()
        or [],
    )


@dataclass(frozen=True)
class ChangeRow:
    path: str
    change: str  # added | removed | changed | moved
    old: str | None
    new: str | None


@dataclass(frozen=True)
class Changes:
    rows: list[ChangeRow]
    unchanged: int


def _clause_tree(version: AgreementVersion) -> list[dict[str, Any]]:
    """A version's stored clauses as the nested dictionaries ``diff_clauses`` takes."""
    nodes: dict[int, dict[str, Any]] = {}
    roots: list[dict[str, Any]] = []
    for clause in Clause.objects.filter(version=version).order_by("order"):
        node = {"path": clause.path, "heading": clause.heading, "text": clause.text, "children": []}
        nodes[clause.pk] = node
        parent = nodes.get(clause.parent_id) if clause.parent_id else None
        (parent["children"] if parent else roots).append(node)
    return roots


def _texts(version: AgreementVersion) -> dict[str, str]:
    return {
        path: " ".join(filter(None, [heading, text]))
        for path, heading, text in Clause.objects.filter(version=version).values_list(
            "path", "heading", "text"
        )
    }


def version_changes(*, version: AgreementVersion, previous: AgreementVersion) -> Changes:
    """The clause-level difference between two versions, in the new version's clause order."""
    diff = diff_clauses(_clause_tree(previous), _clause_tree(version))
    old, new = _texts(previous), _texts(version)
    rows = [ChangeRow(c.path, "changed", c.old_text, c.new_text) for c in diff.changed]
    rows += [ChangeRow(path, "added", None, new[path]) for path in diff.added]
    rows += [ChangeRow(f"{a} → {b}", "moved", old[a], new[b]) for a, b in diff.moved.items()]
    order = {path: i for i, path in enumerate(new)}
    rows.sort(key=lambda r: order.get(r.path.split(" → ")[-1], len(order)))
    rows += [ChangeRow(path, "removed", old[path], None) for path in diff.removed]
    return Changes(rows=rows, unchanged=diff.unchanged)
