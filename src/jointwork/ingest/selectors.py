"""Reads for the review pages: a draft's clauses beside its candidate duties, and its changes."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Prefetch

from jointwork.accounts.models import Organisation
from jointwork.ingest.highlight import Segment, Span, segments
from jointwork.ingest.labels import ClauseRef, Label, clause_label, printed_number
from jointwork.ingest.models import ContactCandidate, IngestJob
from jointwork.ingest.pipeline import diff_clauses
from jointwork.ingest.textdiff import Piece, word_diff
from jointwork.obligations.models import Obligation, ObligationState
from jointwork.register.models import AgreementVersion, Clause, Contact, VersionState

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
    label: Label
    duties: list[int] = field(default_factory=list)

    @property
    def printed_number(self) -> str:
        return printed_number(self.clause.number)

    @property
    def is_heading(self) -> bool:
        """A headed section: its heading is all its text (shown once, as a heading)."""
        return not self.clause.number and bool(self.clause.heading) and not self.clause.text


@dataclass
class DutyRow:
    obligation: Obligation
    number: int
    quote: list[Segment]
    clause_label: str = ""


# How each value of a contact found in the text is named to the reviewer.
CONTACT_FIELDS = {
    "organisation": "organisation",
    "name": "name",
    "role": "role",
    "email": "email",
    "phone": "phone",
    "address": "address",
    "level": "escalation level",
}


@dataclass
class ContactRow:
    candidate: ContactCandidate
    number: int
    # the register's contact that is this person, when there is one
    in_register: Contact | None = None
    clause_label: str = ""
    # the document's name matched no party: the reviewer chooses one when adding it
    choose_organisation: bool = False


@dataclass
class Review:
    version: AgreementVersion
    clauses: list[ClauseRow]
    duties: list[DutyRow]
    counts: dict[str, int]
    previous: AgreementVersion | None
    warnings: list[str]
    # "never" (a draft with text and no clauses), "changed" (text edited since it was last
    # extracted) or "": whether the page offers to extract the draft's text.
    extract: str = ""
    contacts: list[ContactRow] = field(default_factory=list)
    parties: list[Organisation] = field(default_factory=list)  # whom a contact may work for


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


def latest_extraction(version: AgreementVersion) -> IngestJob | None:
    """The last upload or extraction that produced this version's clauses and candidates."""
    return IngestJob.objects.filter(version=version).defer("data").order_by("-pk").first()


def extraction_needed(
    version: AgreementVersion, latest: IngestJob | None, *, has_clauses: bool
) -> str:
    """Why the review page should offer to extract ``version``'s text ('' when it should not):
    "never" for a draft with text but no clauses, "changed" when the text was edited after
    its clauses and duties were extracted."""
    if version.state != VersionState.DRAFT or not version.text.strip():
        return ""
    if latest is not None and latest.text_sha256 and latest.text_sha256 != version.sha256:
        return "changed"
    return "" if has_clauses else "never"


def clause_labels(clauses: list[Clause]) -> dict[int, Label]:
    """How each stored clause is named to people, from its chain of parents (one pass)."""
    chains: dict[int, list[ClauseRef]] = {}
    labels: dict[int, Label] = {}
    for clause in clauses:  # in document order: a parent comes before its children
        ref = ClauseRef(clause.path, clause.number, clause.heading)
        parent = chains.get(clause.parent_id, []) if clause.parent_id is not None else []
        chains[clause.pk] = [*parent, ref]
        labels[clause.pk] = clause_label(chains[clause.pk])
    return labels


def _spans(obligation: Obligation, number: int) -> list[Span]:
    return [
        Span(s["start"], s["end"], f"duty {number}: {FIELD_LABELS.get(s['field'], s['field'])}")
        for s in (obligation.details or {}).get("spans", [])
        if isinstance(s.get("start"), int) and isinstance(s.get("end"), int)
    ]


def same_contact(candidate: ContactCandidate, contact: Contact, organisation_id: int) -> bool:
    """The register's ``contact`` is the person ``candidate`` names: same organisation and
    the same e-mail, or the same name (without either, the same role and phone)."""
    if contact.organisation_id != organisation_id:
        return False

    def same(a: str, b: str) -> bool:
        return bool(a) and a.strip().casefold() == b.strip().casefold()

    if candidate.email or candidate.name:
        return same(candidate.email, contact.email) or same(candidate.name, contact.name)
    return same(candidate.role, contact.role) and same(candidate.phone, contact.phone)


def contact_in_register(
    candidate: ContactCandidate, *, organisation: Organisation | None = None
) -> Contact | None:
    """The agreement's contact who is the person ``candidate`` names, if any."""
    org = organisation or candidate.organisation
    if org is None:
        return None
    contacts = Contact.objects.filter(agreement_id=candidate.version.agreement_id, organisation=org)
    return next(
        (c for c in contacts.select_related("organisation") if same_contact(candidate, c, org.pk)),
        None,
    )


def _contact_rows(
    version: AgreementVersion, labels: dict[str, str]
) -> tuple[list[ContactRow], list[Span], list[Organisation]]:
    """The contacts found in the version's text, each with the register's contact who is the
    same person; the spans of their values for the clause text; the agreement's parties,
    whom a contact may work for (three queries, one when there are none)."""
    candidates = list(
        ContactCandidate.objects.filter(version=version).select_related("organisation")
    )
    if not candidates:
        return [], [], []
    contacts = list(
        Contact.objects.filter(agreement_id=version.agreement_id).select_related("organisation")
    )
    parties = list(
        Organisation.objects.filter(
            pk__in=version.agreement.parties.values("organisation_id")
        ).order_by("name")
    )
    party_ids = {p.pk for p in parties}
    rows: list[ContactRow] = []
    spans: list[Span] = []
    for number, candidate in enumerate(candidates, start=1):
        match = None
        if candidate.organisation_id is not None:
            org_id = candidate.organisation_id
            match = next((c for c in contacts if same_contact(candidate, c, org_id)), None)
        label = labels.get(candidate.clause_path, "")
        choose = candidate.organisation_id not in party_ids
        rows.append(ContactRow(candidate, number, match, label, choose))
        spans.extend(
            Span(s[0], s[1], f"contact {number}: {CONTACT_FIELDS.get(name, name)}")
            for name, s in (candidate.spans or {}).items()
            if isinstance(s, list) and len(s) == 2 and all(isinstance(x, int) for x in s)
        )
    return rows, spans, parties


def _quote_segments(text: str, obligation: Obligation, spans: list[Span]) -> list[Segment]:
    """The quote as it stands in the source, with the values taken from it marked."""
    quote = next((s for s in spans if s.label.endswith(": quote")), None)
    if quote is None or quote.end > len(text):
        return [Segment(obligation.quote)] if obligation.quote else []
    # Inside the duty's own card its number goes without saying: "offset", not "duty 3: offset".
    inner = [Span(s.start, s.end, s.label.partition(": ")[2]) for s in spans if s is not quote]
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

    labels = clause_labels(clauses)
    duties: list[DutyRow] = []
    all_spans: list[Span] = []
    by_clause: dict[int, list[int]] = {}
    for number, obligation in enumerate(obligations, start=1):
        spans = _spans(obligation, number)
        all_spans.extend(s for s in spans if not s.label.endswith(": quote"))
        label = labels[obligation.clause_id].text if obligation.clause_id else ""
        duties.append(DutyRow(obligation, number, _quote_segments(text, obligation, spans), label))
        if obligation.clause_id:
            by_clause.setdefault(obligation.clause_id, []).append(number)
    paths = {c.path: labels[c.pk].text for c in clauses}
    contacts, contact_spans, contact_parties = _contact_rows(version, paths)
    all_spans.extend(contact_spans)

    rows = []
    for clause in clauses:
        if not clause.text and clause.heading:
            segs = []  # a headed section: the heading is shown once, as a heading
        elif clause.start is not None and clause.end is not None and clause.end <= len(text):
            segs = segments(text[clause.start : clause.end], all_spans, offset=clause.start)
        else:
            segs = [Segment(clause.text)]
        rows.append(
            ClauseRow(
                clause, depth[clause.pk], segs, labels[clause.pk], by_clause.get(clause.pk, [])
            )
        )
    counts = Counter(o.state for o in obligations)
    latest = latest_extraction(version)
    return Review(
        version=version,
        clauses=rows,
        duties=duties,
        counts={state: counts.get(state, 0) for state in ObligationState.values},
        previous=previous_version(version),
        warnings=(latest.warnings if latest else None) or [],
        extract=extraction_needed(version, latest, has_clauses=bool(clauses)),
        contacts=contacts,
        parties=contact_parties,
    )


@dataclass(frozen=True)
class ChangeRow:
    path: str  # the new version's path (the old one's for a removed clause): the anchor id
    label: str  # how people cite it: "18(ii) – Press and publications"
    change: str  # added | removed | changed | moved
    old: str | None
    new: str | None
    old_label: str = ""  # a moved clause's former citation
    diff: list[Piece] = field(default_factory=list)  # changed clauses: word by word


@dataclass(frozen=True)
class Changes:
    rows: list[ChangeRow]
    unchanged: int


@dataclass(frozen=True)
class _Stored:
    tree: list[dict[str, Any]]  # nested dictionaries, as ``diff_clauses`` takes them
    texts: dict[str, str]  # path -> heading and text
    labels: dict[str, str]  # path -> label text


def _stored(version: AgreementVersion) -> _Stored:
    clauses = list(Clause.objects.filter(version=version).order_by("order"))
    labels = clause_labels(clauses)
    nodes: dict[int, dict[str, Any]] = {}
    roots: list[dict[str, Any]] = []
    for clause in clauses:
        node = {"path": clause.path, "heading": clause.heading, "text": clause.text, "children": []}
        nodes[clause.pk] = node
        parent = nodes.get(clause.parent_id) if clause.parent_id else None
        (parent["children"] if parent else roots).append(node)
    return _Stored(
        tree=roots,
        texts={c.path: " ".join(filter(None, [c.heading, c.text])) for c in clauses},
        labels={c.path: labels[c.pk].text for c in clauses},
    )


def version_changes(*, version: AgreementVersion, previous: AgreementVersion) -> Changes:
    """The clause-level difference between two versions, in the new version's clause order;
    a reworded clause carries its word-level difference."""
    before, after = _stored(previous), _stored(version)
    diff = diff_clauses(before.tree, after.tree)
    old, new = before.texts, after.texts
    rows = [
        ChangeRow(
            c.path,
            after.labels[c.path],
            "changed",
            c.old_text,
            c.new_text,
            diff=word_diff(c.old_text, c.new_text),
        )
        for c in diff.changed
    ]
    rows += [ChangeRow(p, after.labels[p], "added", None, new[p]) for p in diff.added]
    rows += [
        ChangeRow(b, after.labels[b], "moved", old[a], new[b], old_label=before.labels[a])
        for a, b in diff.moved.items()
    ]
    order = {path: i for i, path in enumerate(new)}
    rows.sort(key=lambda r: order.get(r.path, len(order)))
    rows += [ChangeRow(p, before.labels[p], "removed", old[p], None) for p in diff.removed]
    return Changes(rows=rows, unchanged=diff.unchanged)
