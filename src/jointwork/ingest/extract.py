"""Metadata and obligation candidates from a clause tree.

Pure module. Public API (stable):

- ``extract(tree: ClauseTree) -> Extraction`` (``metadata``, ``obligations``, ``warnings``)
- ``extract_metadata(tree) -> Metadata`` (see ``metadata.py``: ``title``, ``type``,
  ``parties`` as ``Party(name, abbreviation, span, aliases)``, ``in_force``/``signed`` as
  ``Dated(value, span)``, ``review``, ``duration``, each with spans)
- ``extract_obligations(tree, metadata) -> tuple[list[Obligation], list[str]]``
- ``Obligation``: ``kind`` (DESIGN.md kinds), ``subkind`` (e.g. ``lead_role`` for ``other``),
  ``bearer``/``counterparty`` (full party names, or other bodies named as recipients),
  ``summary``, ``recurrence`` (RFC 5545 RRULE) with ``window`` (``"P2Y/P3Y"`` or None), or
  ``trigger`` (``{"event", "offset"}``, event from ``obligations.vocabulary``, offset ISO 8601,
  negative = before the event; ``working_days`` when the text says so),
  ``clause`` (path), ``quote`` and ``quote_span``, ``legal_bases`` (``LegalBasis``),
  ``ladder`` (escalation levels), ``spans`` (document spans of every value:
  ``match``, ``recurrence``, ``trigger``, ``bearer``, ``counterparty``).

The rules are the data tables in ``tables/extract.toml`` and ``tables/legal_bases.toml``; each
duty found is built (parties, values, spans, summary) in ``duty``, and who makes each promise is
decided in ``subjects``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache, partial

from jointwork.ingest import fallback
from jointwork.ingest._prefilter import Prefilter, union
from jointwork.ingest._tables import Collapsed, compiled, number, sentences, table
from jointwork.ingest.clauses import Clause, ClauseTree
from jointwork.ingest.duty import LegalBasis, Obligation, Recurrence, build
from jointwork.ingest.metadata import ON_REQUEST, Dated, Metadata, Party, extract_metadata
from jointwork.ingest.subjects import Parties, Roles, made_by_party, row_roles, stem_subject

__all__ = [
    "Dated",
    "Extraction",
    "LegalBasis",
    "Metadata",
    "Obligation",
    "Party",
    "extract",
    "extract_metadata",
    "extract_obligations",
]

_CONTENT = ("item", "bullet", "paragraph", "table", "row")
_NOTHING = re.compile("")
# a definition ('"working day" means ...', 'named contacts means ...') states no duty; its
# term has no clause of its own ("Before publishing a report that includes ..." is no term)
_DEFINITION = re.compile(r"[\W\d]*[\w’' -]{1,40}?[”\"]?\s+(?:means|includes|has the meaning)\b")
_CLAUSE_IN_TERM = re.compile(r"\b(?:that|which|who)\b")


def _defines(sentence: str) -> bool:
    term = _DEFINITION.match(sentence)
    return term is not None and _CLAUSE_IN_TERM.search(term.group(0)) is None


# ", and will provide ...": a second promise by the subject of the first
_SECOND_PROMISE = re.compile(
    r"(?:,\s+and\s+(?:it\s+|they\s+|(?:the\s+)?(?:(?-i:[A-Z])[\w’'&-]*\s+){1,4})?"
    r"|\s+and\s+(?:it\s+|they\s+)?)"
    r"((?:will|shall|must)\s+(?!not\b)\w"
    r"|(?:share|provide|send|give|pass|supply|disclose|tell|inform|notify|alert|report)\w*\s)",
    re.I,
)  # "... and will provide", "... and SAS will supply", "will alert the other and share"
# the two keyword families that name what a party passes on, decided by the nearer verb
_ACTION_KINDS = ("inform", "share_information")
_WILL_COLON = re.compile(r"\b(?:will|shall|must|undertakes?|agrees?)\s*(?:to\s*)?:\s*$", re.I)


@dataclass
class Extraction:
    metadata: Metadata
    obligations: list[Obligation]
    warnings: list[str]


def extract(tree: ClauseTree) -> Extraction:
    metadata = extract_metadata(tree)
    obligations, warnings = extract_obligations(tree, metadata)
    return Extraction(metadata, obligations, metadata.warnings + warnings)


def extract_obligations(tree: ClauseTree, metadata: Metadata) -> tuple[list[Obligation], list[str]]:
    rules = table("extract")
    not_duties = compiled(rules["commitment"]["not_duties"])
    to_items = compiled(rules["commitment"]["to_items"])
    nodes = list(tree.walk())
    parents = {id(child): node for node in nodes for child in node.children}
    # every pattern runs only where its first words occur (see _prefilter)
    content = [c for c in nodes if c.kind in _CONTENT and c.text]
    scan = Prefilter([tree.collapsed(*clause.span) for clause in content], _searched())
    parts = {id(clause): part for part, clause in enumerate(content)}
    commitment = scan.pattern(rules["commitment"]["pattern"])
    any_rule = scan.pattern(_any("extract", "obligations"))
    # (row, kind, pattern, searcher): unpacked in the loop below, not looked up every time
    entries = [
        (r, r["kind"], r["pattern"], scan.pattern(r["pattern"])) for r in rules["obligations"]
    ]
    people = Parties(metadata, tree.text)
    out: list[Obligation] = []
    warnings: list[str] = []
    # duties a list stem hands to each of its items ("Neither party will share:"), by stem
    carried: dict[int, list[Obligation]] = {}
    with_duty: set[int] = set()  # the clauses with a duty so far (a stem before its items)
    reviews = [start for start, _ in metadata.review_spans]  # where the review rule is stated
    for clause in content:
        stems = _stems(clause, parents)
        if any(not_duties.search(st.text) and not _WILL_COLON.search(st.text) for st in stems):
            continue  # items listing examples or principles are not separate duties (but
            # "In support of these principles, both organisations agree to:" commits its items)
        if (
            stems
            and not_duties.search(_section_heading(clause, parents))
            and not _WILL_COLON.search(stems[0].text)
        ):
            continue  # a list under a heading such as "Principles of joint working" (but
            # "each organisation will:" over its items commits to them under any heading)
        own = tree.collapsed(*clause.span)
        part = parts[id(clause)]
        at, present = scan.offsets[part], scan.present(part)
        stem_texts = [tree.collapsed(*stem.span) for stem in stems]
        # a row of a table of duties is a commitment as the table states it
        stem_committed = clause.kind == "row" or any(
            commitment.search(text.text, scan.offsets[parts[id(stem)]])
            for text, stem in zip(stem_texts, stems, strict=True)
        )
        found: dict[str, Obligation] = {}
        parent = parents.get(id(clause))
        inherited = carried.get(id(parent), []) if parent is not None else []
        # who a table's row names as acting and as told, in the columns that say so
        roles = None
        if clause.kind == "row" and parent is not None:
            roles = row_roles(tree, clause, parent, people)
        for stem_ob in inherited:
            found[stem_ob.kind] = _for_item(stem_ob, clause, own)
        for a, b in sentences(own.text):
            sentence = own.text[a:b]
            if _defines(sentence):
                continue  # '"named contacts" means the officers ... responsible for ...'
            # the stem's duty covers the item's first sentence ("will not share:" + "(i) ...")
            kinds_here: set[str] = {ob.kind for ob in inherited} if a == 0 else set()
            covered = bool(kinds_here)
            # where a prohibition's words begin in the sentence (a list item "not pass to B ...")
            negated_at = 0 if sentence.startswith("not ") else len(sentence)
            recurrence: Recurrence | None = None
            recurrence_read = False  # read once per sentence, and only when a rule matches
            # the duties this sentence's rule rows found, built again for more bearers below
            remakes: dict[str, Callable[[Roles | None], Obligation]] = {}
            ruled = any_rule.start(at + a, at + b) is not None
            for rule, kind, pattern, searcher in entries if ruled else ():
                if kind in found or pattern not in present:
                    continue
                m = searcher.search(sentence, at + a)
                if not m:
                    continue
                if rule.get("unless") and scan.pattern(rule["unless"]).search(sentence, at + a):
                    continue
                if rule.get("after") and not compiled(rule["after"]).search(own.text, 0, a):
                    continue  # the subject named in an earlier sentence ("FOI requests ...")
                if kind == "share_information" and m.start() >= negated_at:
                    continue  # "will not share" is a prohibition, not a sharing duty (but
                    # "will share its findings ... and will not disclose them" is both)
                if kinds_here & set(rule.get("yields_to", ())):
                    continue  # a more specific duty in the same sentence covers this one
                promise = commitment.search(sentence, at + a)
                if (
                    rule.get("needs_commitment")
                    and not promise
                    and not stem_committed
                    # a ladder's later rungs need not repeat the first sentence's "will"
                    and not (rule.get("clause_commitment") and commitment.search(own.text, at))
                ):
                    continue
                if not recurrence_read:
                    recurrence, recurrence_read = _recurrence(sentence, scan, part, a), True
                if rule.get("requires") == "recurrence" and recurrence is None:
                    continue
                # the subject stands before the promise, also when the match opens with a time
                # clause ("Before it publishes a report ..., AHDB will send a draft")
                opens_with_before = _BEFORE.match(sentence, m.start()) is not None
                if promise is not None and (promise.start() < m.start() or opens_with_before):
                    cut = promise.start()
                else:
                    cut = m.start()
                remake = partial(build, rule, clause, own, a, b, m, cut, recurrence, stem_texts,
                                 people)  # fmt: skip
                ob = remake(roles)
                kinds_here.add(kind)
                if kind == "prohibition":
                    negated_at = min(negated_at, m.start())
                handed = (rule.get("to_items") and to_items.search(sentence[m.end() :])) or (
                    kind in _ACTION_KINDS and fallback.object_list(sentence)
                )  # "will not share:", "will notify the other of:": each item is a duty
                last = b == len(own.text)
                introduces = kind in _ACTION_KINDS and sentence.rstrip().endswith(":")
                if last and (handed or introduces) and _rows_below(clause):
                    pass  # "will exchange the information listed below:", "The information
                    # below will be shared at the times shown:" over a table of duties: each
                    # row states its own duty, the stem none
                elif (
                    handed
                    and last
                    and any(child.kind in ("item", "bullet") for child in clause.children)
                ):
                    carried.setdefault(id(clause), []).append(ob)
                else:
                    found[kind] = ob
                    remakes[kind] = remake
                covered = True
            first = commitment.search(sentence, at + a) if covered else None
            # after the first promise: "CQC and the LGA will" is one subject, not two promises
            second = _SECOND_PROMISE.search(sentence, first.end()) if first else None
            if second is not None:
                # "shall notify the others of any round ..., and shall provide the areas": the
                # second promise of the same subject may be another kind of duty
                more = _guess(clause, own, a + second.start(1), b, stem_texts, stem_committed,
                              people, scan, part, subject_known=True, roles=roles)  # fmt: skip
                if (
                    more is not None
                    and more.kind not in found
                    and more.kind not in kinds_here
                    and not kinds_here & _yields_to(more.kind)
                ):  # "give notice of a press release, and will share the draft text"
                    found[more.kind] = more
                    warnings.append(
                        f"clause {clause.path}: duty guessed from keywords ({more.kind})"
                    )
                elif more is not None and more.kind in remakes:
                    # "NI Water will brief its teams ..., and the Consumer Council will cover
                    # the agreement in its induction": the second subject bears it too
                    subjects = people.named(own, a, a + first.start()) if first else []
                    also = people.named(own, a + second.start(), a + second.start(1))
                    if subjects and {n for n, _ in also} - {n for n, _ in subjects}:
                        found[more.kind] = remakes[more.kind]((subjects + also, []))
            if not covered and any(clause.span[0] <= r < clause.span[1] for r in reviews):
                # the sentence stating the agreement's review rule is its review duty (below)
                first_at, last_at = own.span(a, b)
                covered = any(first_at <= r < last_at for r in reviews)
            if not covered:
                stem_verb = bool(stems) and id(stems[0]) not in with_duty
                guessed = _guess(clause, own, a, b, stem_texts, stem_committed, people, scan,
                                 part, stem_verb, roles=roles)  # fmt: skip
                if guessed is not None and guessed.kind not in found:
                    found[guessed.kind] = guessed
                    warnings.append(
                        f"clause {clause.path}: duty guessed from keywords ({guessed.kind})"
                    )
        if "review" not in found and any(clause.span[0] <= a < clause.span[1] for a in reviews):
            reviewed = _review_rule_duty(clause, own, metadata, scan, part, stem_texts, people)
            if reviewed is not None:
                found["review"] = reviewed
        bases, base_warnings = _legal_bases(own, clause, scan, part)
        warnings.extend(base_warnings)
        for ob in found.values():
            if ob.kind in ("share_information", "foi_consultation"):
                ob.legal_bases = [
                    b for b in bases if ob.kind == "share_information" or b.id == "foia-2000"
                ]
            out.append(ob)
            with_duty.add(id(clause))
    return out, warnings


@cache
def _yields_to(kind: str) -> frozenset[str]:
    """The kinds of duty that cover one of this kind in the same sentence (the rule rows'
    `yields_to`): a guess yields to them as a rule row does."""
    rows = table("extract")["obligations"]
    return frozenset(k for row in rows if row["kind"] == kind for k in row.get("yields_to", ()))


def _rows_below(clause: Clause) -> bool:
    """Whether a table of duties (one row per duty) stands under the clause."""
    return any(child.kind == "table" and child.children for child in clause.children)


_REVIEW_WORD = re.compile(r"\breview\w*", re.I)


def _review_rule_duty(
    clause: Clause,
    own: Collapsed,
    metadata: Metadata,
    scan: Prefilter,
    part: int,
    stems: list[Collapsed],
    people: Parties,
) -> Obligation | None:
    """The agreement's own review rule, where the clause states it, is the review duty: the
    metadata's [[review]] rows read it in many more wordings than the duty rows ("reviewed ...
    at intervals of not more than eighteen months", "whenever any of the parties asks")."""
    texts = metadata.review.split("; ") if metadata.review else []
    for text, (start, _) in zip(texts, metadata.review_spans, strict=True):
        if not clause.span[0] <= start < clause.span[1]:
            continue
        a, b = next((a, b) for a, b in sentences(own.text) if own.span(a, b)[1] > start)
        sentence = own.text[a:b]
        m = _REVIEW_WORD.search(sentence) or _NOTHING.match(sentence)
        assert m is not None  # the empty pattern matches anywhere
        on_request = text == ON_REQUEST
        rule = next(
            r for r in table("extract")["obligations"]
            if r["kind"] == "review" and (r.get("event") == "party_request") == on_request
        )  # fmt: skip
        recurrence = _recurrence(sentence, scan, part, a)
        return build(rule, clause, own, a, b, m, m.start(), recurrence, stems, people)
    return None


def _for_item(stem_ob: Obligation, item: Clause, own: Collapsed) -> Obligation:
    """The duty a list stem hands to one of its items: the stem's parties and values (their
    spans point into the stem), the item's first sentence as the quote."""
    a, b = sentences(own.text)[0]
    quote = own.text[a:b]
    return replace(
        stem_ob,
        clause=item.path,
        quote=quote,
        quote_span=own.span(a, b),
        summary=f"{stem_ob.summary.rstrip(' :')} {' '.join(quote.split()[:8])}",
        spans=dict(stem_ob.spans),
    )


def _guess(
    clause: Clause,
    own: Collapsed,
    a: int,
    b: int,
    stem_texts: list[Collapsed],
    stem_committed: bool,
    people: Parties,
    scan: Prefilter,
    part: int,
    stem_verb: bool = False,
    subject_known: bool = False,
    roles: Roles | None = None,
) -> Obligation | None:
    """The fallback's duty for the sentence ``own.text[a:b]``, in which no rule found one: the
    sentence (or its list stem) must make a commitment, and a party, the parties or a body of
    theirs must make it; then the first keyword family that matches names the kind."""
    at = scan.offsets[part]
    sentence = own.text[a:b]
    promise = scan.pattern(table("extract")["commitment"]["pattern"]).search(sentence, at + a)
    # "it will:", "will provide the B with:": its items carry the duties; but "(b) the economic
    # determinants, including:" is a duty itself, its items examples
    examples = compiled(table("extract")["commitment"]["not_duties"])
    if (
        sentence.rstrip().endswith(":")
        and any(c.kind in ("item", "bullet") for c in clause.children)
        and not examples.search(sentence)
    ):
        return None
    stem = ""
    if clause.kind == "row":
        pass  # a row of a table of duties states a duty, its "By whom" cell the bearer
    elif subject_known:
        pass  # the second promise of a sentence whose subject made the first
    else:
        # an item may be the object of its stem's verb though a clause inside it says what "is
        # to be" done ("details of the account into which any award is to be paid")
        inside_item = promise is not None and (
            _IS_TO_BE.fullmatch(promise.group(0)) is not None or sentence.startswith("not ")
        )  # ... or a negated item ("not make an offer ... until ... which of them will ...")
        if promise is not None:
            # the first promise a party makes ("Where an appeal is to be decided ..., the Trust
            # will tell"): "The Act will ...", "Information will ..." are not a party's promise
            promise = next(
                (p for p in _promises(sentence, at + a, scan) if made_by_party(own, a, p, people)),
                None,
            )
            if promise is None and not inside_item:
                return None
        if promise is None:
            # an item that opens with its verb ("not contacting the attorney") under "A shall:"
            if not (stem_committed and stem_texts and sentence[:1].islower()):
                return None
            stem = stem_texts[0].text
            if not (
                stem_subject(stem_texts[0], people)
                or fallback.has_subject(stem)
                or any(actor in stem for actor in people.actors)  # "Ealing Council will:"
            ):
                return None
    recurrence: Recurrence | None = None
    recurrence_read = False
    chosen: tuple[fallback.Family, re.Match[str]] | None = None
    if stem and stem_verb and fallback.object_list(stem):
        # "SAS will provide PHS with:" over "a monthly extract of ... calls": the stem's verb,
        # not a noun of the item, names the kind
        chosen = _stem_guess(stem, sentence, header=False)
    for row, m in () if chosen else fallback.guesses(sentence, at + a, scan, stem):
        if not recurrence_read:
            recurrence, recurrence_read = _recurrence(sentence, scan, part, a), True
        if row.get("requires") == "recurrence" and recurrence is None:
            continue
        if chosen is None:
            chosen = (row, m)
            if row["kind"] not in _ACTION_KINDS:
                break
        elif row["kind"] in _ACTION_KINDS and m.start() < chosen[1].start():
            # telling and sharing are both verbs of passing something on: the sentence's own
            # verb, the one nearest its commitment, decides ("will send VCA details of every
            # recall notified to it" shares; it does not inform)
            chosen = (row, m)
    if chosen is None and clause.kind == "row" and stem_texts:
        stem, stem_verb = stem_texts[0].text, True  # the header's verb: "Provided by | to"
    if chosen is None and stem and stem_verb:
        # "The YJB will provide the Commissioner with the following:" then "its quarterly
        # data ...": an item without a verb of its own is the object of the stem's verb
        chosen = _stem_guess(stem, sentence, header=clause.kind == "row")
    if chosen is None:
        return None
    row, m = chosen
    cut = promise.start() if promise and promise.start() < m.start() else m.start()
    ob = build(row, clause, own, a, b, m, cut, recurrence, stem_texts, people, roles)
    ob.basis = "keywords"
    return ob


_BEFORE = re.compile(r"(?:before|prior\s+to|ahead\s+of|in\s+advance\s+of)\b", re.I)
_IS_TO_BE = re.compile(r"(?:is|are)\s+to\s+be", re.I)


def _stem_guess(
    stem: str, sentence: str, header: bool
) -> tuple[fallback.Family, re.Match[str]] | None:
    """The family of the verb a list stem (or a table header) hands to an item, with an empty
    match at the item's start, as the item has no verb of its own."""
    verb = next(fallback.stem_verb(stem, header=header), None)
    start = _NOTHING.match(sentence)
    return (verb[0], start) if verb is not None and start is not None else None


def _promises(sentence: str, at: int, scan: Prefilter) -> list[re.Match[str]]:
    """The commitment words of a sentence, in order."""
    return list(scan.pattern(table("extract")["commitment"]["pattern"]).finditer(sentence, at))


def _section_heading(clause: Clause, parents: dict[int, Clause]) -> str:
    """Heading of the nearest headed section or annex above a clause ('' when none)."""
    node = parents.get(id(clause))
    while node is not None:
        if node.kind in ("section", "annex") and node.heading:
            return node.heading
        node = parents.get(id(node))
    return ""


def _stems(clause: Clause, parents: dict[int, Clause]) -> list[Clause]:
    """Introducing texts above a list item ('...will ensure the other receives:'), nearest first."""
    stems = []
    node = parents.get(id(clause))
    while node is not None and node.kind in _CONTENT:
        if node.text.rstrip().endswith(":") or node.kind == "table":
            stems.append(node)
        node = parents.get(id(node))
    return stems


@cache
def _any(name: str, rows: str) -> str:
    """One pattern for "any row of this table": where its anchors are missing, no row matches."""
    return union([row["pattern"] for row in table(name)[rows]])


@cache
def _searched() -> tuple[str, ...]:
    """Every pattern searched in clause texts through the prefilter."""
    rules = table("extract")
    rows = rules["obligations"] + rules["recurrences"] + table("legal_bases")["bases"]
    unions = [_any("extract", n) for n in ("obligations", "recurrences")]
    unions.append(_any("legal_bases", "bases"))
    unless = (rule["unless"] for rule in rules["obligations"] if rule.get("unless"))
    commitment = rules["commitment"]["pattern"]
    return (commitment, *unions, *(row["pattern"] for row in rows), *unless, *fallback.patterns())


_PERIOD = {"YEARLY": "Y", "MONTHLY": "M", "WEEKLY": "W", "DAILY": "D"}


def _recurrence(sentence: str, scan: Prefilter, part: int, a: int) -> Recurrence | None:
    """(RRULE, due window or None, span) of the first frequency the sentence (from ``a`` in
    ``scan``'s part ``part``) states."""
    rules = table("extract")
    at, present = scan.offsets[part] + a, scan.present(part)
    if scan.pattern(_any("extract", "recurrences")).start(at, at + len(sentence)) is None:
        return None
    for row in rules["recurrences"]:
        if row["pattern"] not in present:
            continue
        m = scan.pattern(row["pattern"]).search(sentence, at)
        if not m:
            continue
        words = [str(number(g) or g) for g in m.groups()]
        rrule = row["rrule"].format(None, *words)
        window = row["window"].format(None, *words) if "window" in row else None
        start = m.start()
        at_least = compiled(rules["window"]["at_least"]).search(sentence[:start])
        if window is None and at_least:
            # "at least annually": any time up to one period after the last time
            parts = dict(p.split("=", 1) for p in rrule.split(";"))
            window = f"P0D/P{parts.get('INTERVAL', '1')}{_PERIOD[parts['FREQ']]}"
            start = at_least.start()
        return rrule, window, (start, m.end())
    return None


def _legal_bases(
    own: Collapsed, clause: Clause, scan: Prefilter, part: int
) -> tuple[list[LegalBasis], list[str]]:
    bases: list[LegalBasis] = []
    warnings: list[str] = []
    present = scan.present(part)
    if _any("legal_bases", "bases") not in present:
        return bases, warnings  # most clauses cite no law
    for row in table("legal_bases")["bases"]:
        if row["pattern"] not in present:
            continue
        m = scan.pattern(row["pattern"]).search(own.text, scan.offsets[part])
        if not m:
            continue
        bases.append(
            LegalBasis(row["id"], row["label"], own.span(m.start(), m.end()), row["source"])
        )
        if row.get("warning"):
            warnings.append(f"{clause.path}: {row['warning']}")
    return bases, warnings
