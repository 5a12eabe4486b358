"""Parse a document end to end, and compare two versions clause by clause.

Pure module (no Django); the services, upload page and ``jointwork ingest`` build on it.
Public API (stable):

- ``parse_document(data: bytes, filename: str, limits: Limits | None = None) -> ParsedDocument``
  raises ``readers.IngestError`` (one-line message naming the file and the problem).
- ``ParsedDocument``: ``source``, ``sha256``, ``format``, ``text`` (normalised text that every
  span points into), ``pages`` (``PageInfo``), ``tables``, ``tree`` (``ClauseTree``),
  ``metadata`` (``Metadata``), ``obligations`` (``Obligation``), ``warnings``, ``contacts``
  (``contacts.ContactCandidate``: the named contacts of its contacts annex);
  ``to_json(include_text=False)`` gives the DESIGN.md ``jointwork ingest --json`` object
  (``source sha256 title type parties in_force review clauses obligations warnings``) plus
  ``format signed duration pages abbreviations tables spans contacts`` (and ``text`` on
  request).
- ``diff_clauses(old, new) -> ClauseDiff`` with ``added``, ``removed`` (paths), ``changed``
  (``ClauseChange(path, old_text, new_text, similarity)``), ``moved`` (old path -> new path
  for identical text under a new number) and ``unchanged`` (count). ``old``/``new`` may be
  ``ClauseTree``s, lists of ``Clause`` or of dicts with ``path``, ``text`` (and optional
  ``heading``, ``children``), e.g. the ``clauses`` of ``to_json()`` or rows from the register.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz

from jointwork.ingest.clauses import Clause, ClauseTree, parse_clauses
from jointwork.ingest.contacts import ContactCandidate, find_contacts
from jointwork.ingest.extract import Metadata, Obligation, extract
from jointwork.ingest.normalise import normalise_text
from jointwork.ingest.readers import IngestError, Limits, PageInfo, Table, read_document

__all__ = [
    "ClauseChange",
    "ClauseDiff",
    "IngestError",
    "Limits",
    "ParsedDocument",
    "diff_clauses",
    "parse_document",
]


@dataclass
class ParsedDocument:
    source: str
    sha256: str
    format: str
    text: str
    pages: list[PageInfo]
    tables: list[Table]
    tree: ClauseTree
    metadata: Metadata
    obligations: list[Obligation]
    warnings: list[str]
    contacts: list[ContactCandidate] = field(default_factory=list)

    @property
    def clauses(self) -> list[Clause]:
        return self.tree.clauses

    def to_json(self, include_text: bool = False) -> dict:
        meta = self.metadata
        result = {
            "source": self.source,
            "sha256": self.sha256,
            "title": meta.title,
            "type": meta.type,
            "parties": meta.party_names(),
            "in_force": meta.in_force.value if meta.in_force else None,
            "review": meta.review,
            "clauses": [clause.to_json() for clause in self.tree.clauses],
            "obligations": [ob.to_json() for ob in self.obligations],
            "warnings": self.warnings,
            "format": self.format,
            "signed": meta.signed.value if meta.signed else None,
            "duration": meta.duration,
            "abbreviations": meta.abbreviations,
            "pages": [{"number": p.number, "chars": p.chars, "empty": p.empty} for p in self.pages],
            "tables": [{"page": t.page, "rows": t.rows} for t in self.tables],
            "spans": {
                "title": _span(meta.title_span),
                "type": _span(meta.type_span),
                "parties": [list(p.span) for p in meta.parties],
                "in_force": _span(meta.in_force.span if meta.in_force else None),
                "signed": _span(meta.signed.span if meta.signed else None),
                "review": [list(s) for s in meta.review_spans],
                "duration": _span(meta.duration_span),
            },
            "contacts": [contact.to_json() for contact in self.contacts],
        }
        if include_text:
            result["text"] = self.text
        return result


def _span(span: tuple[int, int] | None) -> list[int] | None:
    return list(span) if span else None


def parse_document(data: bytes, filename: str, limits: Limits | None = None) -> ParsedDocument:
    raw = read_document(data, filename, limits)
    text, norm_warnings = normalise_text(raw.text)
    # HTML, Word and markdown mark their headings; plain text and PDF need them inferred
    tree = parse_clauses(text, infer_headings=raw.format in ("txt", "pdf"))
    extraction = extract(tree)
    if not any(c.kind in ("item", "paragraph", "bullet", "table") for c in tree.walk()):
        raise IngestError(filename, "no clauses or paragraphs found in the text")
    return ParsedDocument(
        source=filename,
        sha256=hashlib.sha256(data).hexdigest(),
        format=raw.format,
        text=text,
        pages=raw.pages,
        tables=raw.tables,
        tree=tree,
        metadata=extraction.metadata,
        obligations=extraction.obligations,
        warnings=raw.warnings + norm_warnings + tree.warnings + extraction.warnings,
        contacts=find_contacts(tree, extraction.metadata, raw.tables),
    )


@dataclass
class ClauseChange:
    path: str
    old_text: str
    new_text: str
    similarity: float  # 0-100 (rapidfuzz ratio)


@dataclass
class ClauseDiff:
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: list[ClauseChange] = field(default_factory=list)
    moved: dict[str, str] = field(default_factory=dict)
    unchanged: int = 0

    def to_json(self) -> dict:
        return {
            "added": self.added,
            "removed": self.removed,
            "changed": [vars(c) for c in self.changed],
            "moved": self.moved,
            "unchanged": self.unchanged,
        }


# Clauses as parsed, or as saved in a document's JSON (``Clause.to_json`` shape).
_Clauses = ClauseTree | Iterable[Clause | Mapping[str, Any]]


def _flat(clauses: _Clauses) -> Iterator[tuple[str, str]]:
    if isinstance(clauses, ClauseTree):
        clauses = clauses.clauses
    for clause in clauses:
        if isinstance(clause, Clause):
            yield clause.path, " ".join(filter(None, [clause.heading, clause.text]))
            yield from _flat(clause.children)
        else:
            yield clause["path"], " ".join(filter(None, [clause.get("heading"), clause["text"]]))
            yield from _flat(clause.get("children") or [])


def diff_clauses(old: _Clauses, new: _Clauses) -> ClauseDiff:
    """Clause-level difference by path; identical text under a new path counts as moved."""
    before = dict(_flat(old))
    after = dict(_flat(new))
    diff = ClauseDiff()
    for path, text in after.items():
        if path not in before:
            diff.added.append(path)
        elif before[path] != text:
            score = fuzz.ratio(before[path], text)
            diff.changed.append(ClauseChange(path, before[path], text, round(score, 1)))
        else:
            diff.unchanged += 1
    diff.removed = [path for path in before if path not in after]
    by_text: dict[str, str] = {}
    for path in diff.removed:
        by_text.setdefault(before[path], path)
    for path in list(diff.added):
        old_path = by_text.get(after[path])
        if old_path and old_path in diff.removed and after[path]:
            diff.moved[old_path] = path
            diff.removed.remove(old_path)
            diff.added.remove(path)
    return diff
