"""Who makes a promise in an agreement's sentence: a party named in it or by an alias, the
parties together ("we", "each party"), a body of theirs named by kind, a party's officer, or a
name the document makes promises in more than once ("Probation will"). Pure module, used by
``extract``.
"""

from __future__ import annotations

import re

from jointwork.ingest import fallback
from jointwork.ingest._tables import Collapsed, compiled, table
from jointwork.ingest.clauses import Clause, ClauseTree
from jointwork.ingest.metadata import Metadata

__all__ = [
    "CONDITION_THEN_IT",
    "MUTUAL",
    "Named",
    "Parties",
    "Roles",
    "made_by_party",
    "row_roles",
    "stem_subject",
    "subject_after_condition",
]

Span = tuple[int, int]
Named = list[tuple[str, Span]]  # parties and where the text names them
Roles = tuple[Named, Named]  # the parties a table's row names as acting, and as told

# "Where/If/When A ... , it will": the pronoun is the body that opens the condition
CONDITION_THEN_IT: re.Pattern[str] = re.compile(
    r"(?:^|[.;]\s+)(?:where|if|when|once|after)\b[^,.;]*,\s*(?:it|they)\s+(?:will|shall|must|should)\b",
    re.I,
)

# "..., it must tell", "..., they will": a pronoun subject after a clause that names who it is
_PRONOUN_SUBJECT = re.compile(r"(?:^|,\s*)(?:it|they)\s+$", re.I)

MUTUAL = re.compile(
    r"\b(?:we|our|us|both|each other|one another|"
    r"the (?:two|three|four|five|six) (?:organisations|bodies|parties|partners|signatories)|"
    r"the parties|all parties|either (?:organisation|party|body)|"
    r"each (?:organisation|party|body))\b",
    re.I,
)

_ORG_RUN = re.compile(r"\b[A-Z][\w’'-]*(?:\s+(?:of|for|&|and(?=\s+[A-Z])|[A-Z][\w’'-]*))+")

_ARTICLE = re.compile(r"^(?:The|A|An)\s+")

# "The partners recognise that people should not ...": a verb before "that" opens what they
# recognise, not a relative clause of its subject
_THAT_VERBS = frozenset(
    ("recognise", "recognize", "acknowledge", "accept", "agree", "note", "believe", "consider",
     "understand", "expect", "know", "hope")
)  # fmt: skip
_RELATIVE_SUBJECT = re.compile(
    r"\W*((?:the|a|an|each|any)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+)\s+(?:that|which|who)\b", re.I
)


def made_by_party(own: Collapsed, a: int, promise: re.Match[str], people: Parties) -> bool:
    """Whether a party, the parties or a body of theirs makes the promise: named before it in
    its clause of the sentence (after "which / that ..."), or before a pronoun that stands for
    it ("If a receiving agency finds that ..., it must tell")."""
    sentence = own.text[a:]
    lo = fallback.clause_start(sentence[: promise.start()])
    if _PRONOUN_SUBJECT.search(sentence, 0, promise.start()):
        lo = 0
    head = sentence[lo : promise.start()]
    # "The body that is not leading on a case will ...": the subject before its relative clause
    relative = _RELATIVE_SUBJECT.match(sentence, 0, promise.start())
    if relative and relative.group(1).split()[-1].lower() not in _THAT_VERBS:
        head = f"{relative.group(1)} {head}"
    return bool(
        people.named(own, a + lo, a + promise.start())
        or MUTUAL.search(head)
        or fallback.has_subject(head)
        or (people.outsiders is not None and people.outsiders.search(head))
        or _actor_before(head) in people.actors
    )


def _actor_before(head: str) -> str:
    """The capitalised name just before a promise ("Within ten days, Probation" -> Probation)."""
    m = _NAME_AT_END.search(head)
    return _ARTICLE.sub("", m.group(1)) if m else ""


# a promise ("will send"), and what may open the sentence or clause before the name making it
_PROMISE_WORD = re.compile(r"\s(?:will|shall|must)(?:\s+(?!be\b)|:)")


_OPENS_BEFORE = re.compile(
    r"(?:^[ \t]*(?:[-*•]\s+|\(?[\dA-Za-z]{1,3}(?:\.\d{1,3})*[.)]?\s+)?|[.;:,]\s+)(?:The\s+)?$",
    re.M,
)


_NOT_ACTORS = re.compile(
    r"(?:This|These|It|They|We|Each|Either|Neither|Both|All|Any|No|Where|If|When|Information"
    r"|Data|Act|Agreement|Memorandum|MoU|Protocol|Concordat|Annex|Schedule|Section|Part"
    r"|Regulations?|Code|Guidance)\b"
)


_NAME_AT_END = re.compile(r"(?<![\w’'-])((?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*)\s*$")


def _actors(text: str) -> frozenset[str]:
    """Names the document makes promises in at least twice ("Probation will", "Children's
    Services will"): a party's own service or office acting for it, even when the agreement
    never names it as a party."""
    counts: dict[str, int] = {}
    for m in _PROMISE_WORD.finditer(text):
        if not text[m.start() - 1 : m.start()].isalpha():
            continue
        line = text.rfind("\n", 0, m.start()) + 1  # the name never runs over a line break
        before = text[max(line, m.start() - 60) : m.start()]
        words = before.split(" ")
        size = 0  # the capitalised words just before the promise, up to four
        while size < min(4, len(words)) and words[-1 - size][:1].isupper():
            size += 1
        if not size or not words[-size][:1].isupper():
            continue
        named = " ".join(words[-size:])
        if not _OPENS_BEFORE.search(text, line, m.start() - len(named)):
            continue
        name = _ARTICLE.sub("", named)
        if name and not _NOT_ACTORS.match(name):
            counts[name] = counts.get(name, 0) + 1
    return frozenset(name for name, count in counts.items() if count >= 2)


def _by_kind(names: list[str], cell: bool) -> tuple[list[str], list[list[str]]]:
    """Patterns for the parties called by their kind of body, each with one group, and the
    parties each names: those whose names hold the noun. One such party is "the Council",
    "the health board" (a word of its name may stand before the noun; lower case only for the
    nouns the table allows); several are "the Councils", "each council", "neither Council"
    ("the Council" then names no one). A table's cell (``cell``) may open with the noun alone
    ("Council (Revenues)"), and "The Board" of two boards is whichever the row is about."""
    organisations = table("extract")["organisations"]
    the = r"(?:the\s+|^)" if cell else r"the\s+"  # "^": where a cell starts with the noun
    branches: list[str] = []
    groups: list[list[str]] = []
    for kind in organisations["kinds"]:
        members = [n for n in names if kind in n.split()]
        if not members:
            continue
        # a word before the noun in every such name may stand before it ("the health board",
        # "each Borough Council"); one in only some of them names one party ("the Borough
        # Council" of two councils), which its alias finds
        before = set.intersection(*({w[i - 1] for i, word in enumerate(w) if word == kind and i}
                                    for w in (n.split() for n in members)))  # fmt: skip
        mods = "".join(rf"(?:{re.escape(word)}\s+)?" for word in sorted(before)[:1])
        # other words for the kind ("the local authority" for a council), in any case
        others = organisations["kind_synonyms"].get(kind, [])
        synonyms = "".join(f"|(?i:{_words(other)})" for other in others)
        if len(members) == 1:
            noun = f"(?i:{kind})" if kind in organisations["kinds_in_lower_case"] else kind
            branch = rf"(?i:{the}{mods})(?:{noun}{synonyms})"
        else:
            plural = "|".join(_plural(word) for word in [kind, *others])
            nouns = "|".join(_words(word) for word in [kind, *others])
            # "each council", "the Council concerned", "the relevant Board": any one of them
            one = r"(?:each|either|neither|any)(?:\s+of\s+the)?|the\s+relevant"
            concerned = r"(?=\s+(?:concerned|in\s+question)\b)"
            every = r"(?:the|both|all)(?:\s+(?:of\s+the|two|three))?"
            branch = (
                rf"(?i:(?:{one})\s+{mods}(?:{nouns})|the\s+{mods}(?:{nouns}){concerned}"
                rf"|{every}\s+{mods}(?:{plural}){f'|{the}{mods}(?:{nouns})' if cell else ''})"
            )
        branches.append(rf"({branch})\b")
        groups.append(members)
    return branches, groups


# 'Cheshire East Council and Halton Borough Council are called "the Contributing Authorities"',
# 'In this MoU it is called "the Lead Authority"'
_CALLED = re.compile(
    r"\b(?:is|are)\s+(?:called|referred\s+to\s+as|known\s+as)\s+[\"“](?:the\s+)?([^\"”]{2,40})[\"”]"
)
# '(“the Council”), acting through Hertfordshire Trading Standards (“HTS”)'
_ACTING_THROUGH = re.compile(
    r"\bacting\s+through\s+(?:its\s+)?([A-Z][\w’' ]{2,60}?)\s*"
    r"\([\"“](?:the\s+)?([^\"”]{2,20})[\"”]\)"
)
_CLAUSE_BREAK = re.compile(r"[.;:]\s|,\s+and\s|\n")


def _given_names(text: str, people: Parties) -> tuple[list[str], list[list[str]]]:
    """Patterns (one group each) for the names the text gives parties in passing, and the
    parties each names: those named before it in its clause, or, for "it is called", in the
    sentence before."""
    branches: list[str] = []
    groups: list[list[str]] = []

    def named_in(lo: int, hi: int) -> list[str]:
        part = Collapsed.of(text, lo, hi)
        return list(dict.fromkeys(n for n, _ in people.named(part, 0, len(part.text))))

    def clause_start(at: int) -> int:
        breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, max(0, at - 300), at)]
        return breaks[-1] if breaks else max(0, at - 300)

    found: list[tuple[list[str], list[str]]] = []
    # (most texts give no such names: a substring test spares the searches)
    called = any(word in text for word in (" called ", " referred to as ", " known as "))
    for m in _CALLED.finditer(text) if called else ():
        start = clause_start(m.start())
        names = named_in(start, m.start())
        if not names and re.match(r"[^\n]*?\b(?i:it|they)\s+$", text[start : m.start()]):
            names = named_in(clause_start(start - 2), start)  # "... . In this MoU it is called"
        found.append((names, [m.group(1)]))
    for m in _ACTING_THROUGH.finditer(text) if "acting through" in text else ():
        names = named_in(clause_start(m.start()), m.start())[-1:]
        found.append((names, [m.group(1), m.group(2)]))
    heads = compiled(table("extract")["organisations"]["heads"], 0)
    for names, given in found:
        # a body's name ends in its head noun ("the Lead Authority") or is an abbreviation
        # ("HTS"); "It is known as "the Register"" names a thing, not the party
        last = given[-1].split()[-1]
        noun = last[:1].upper() + last[1:]  # "the regulators"
        if names and (last.isupper() or heads.fullmatch(noun) or heads.fullmatch(noun[:-1])):
            words = "|".join(_words(name) for name in given)
            branches.append(rf"((?:(?i:the)\s+)?(?:{words}))\b")
            groups.append(names)
    return branches, groups


def _at_words(branches: list[str]) -> re.Pattern[str] | None:
    """One pattern for any of ``branches``, tried only where a word starts (re tries each
    branch of an alternation in turn at every place: one \\b before them all saves most)."""
    return re.compile(rf"\b(?:{'|'.join(branches)})") if branches else None


def _words(name: str) -> str:
    """A pattern for a noun of one or more words, any spaces between them."""
    return r"\s+".join(map(re.escape, name.split()))


def _plural(name: str) -> str:
    """A pattern for a noun's plural ("Councils", "local authorities")."""
    words = _words(name)
    return f"{words[:-1]}(?:y|ies)" if name.endswith("y") else f"{words}s"


class Parties:
    def __init__(self, metadata: Metadata, text: str) -> None:
        self.all = metadata.party_names()
        self.actors = _actors(text)
        pairs = sorted(((alias, p.name) for p in metadata.parties for alias in p.aliases),
                       key=lambda pair: len(pair[0]), reverse=True)  # fmt: skip
        self.by_alias = dict(pairs)
        self.pattern = (
            re.compile("|".join(rf"\b{re.escape(alias)}\b" for alias, _ in pairs))
            if pairs
            else None
        )
        # one pass finds names, aliases and kinds (a kind's branch has a group, an alias none)
        aliases = [rf"{re.escape(alias)}\b" for alias, _ in pairs]
        kinds, self.kind_groups = _by_kind(self.all, cell=False)
        cell_kinds, _ = _by_kind(self.all, cell=True)
        self._names = _at_words(aliases + kinds)  # (what _given_names reads the text with)
        # ... and the names the text gives parties in passing ("it is called "the Lead
        # Authority"", "acting through Hertfordshire Trading Standards ("HTS")")
        given, groups = _given_names(text, self)
        self.kind_groups += groups
        self._names = _at_words(aliases + kinds + given)
        self._cell_names = _at_words(aliases + cell_kinds + given)
        self.abbreviations = metadata.abbreviations
        self.heads = compiled(table("extract")["organisations"]["heads"], 0)
        self.short = {p.name: p.abbreviation or p.name for p in metadata.parties}
        # abbreviations the text defines for bodies that are not parties ("the HSE")
        outsiders = [a for a, full in self.abbreviations.items() if full not in self.all]
        self.outsiders = (
            re.compile("|".join(rf"\b{re.escape(a)}\b" for a in outsiders)) if outsiders else None
        )

    def abbreviations_for(self, name: str) -> str:
        return self.short.get(name, name)

    def named(self, text: Collapsed, lo: int, hi: int, cell: bool = False) -> Named:
        """The parties named in ``text.text[lo:hi]`` by name, alias or kind, in text order
        (``cell``: a table's cell, where a kind needs no article)."""
        out: Named = []
        pattern = self._cell_names if cell else self._names
        if pattern is None:
            return out
        for m in pattern.finditer(text.text, lo, hi):
            kind = m.lastindex
            for name in self.kind_groups[kind - 1] if kind else [self.by_alias[m.group(0)]]:
                if name not in [n for n, _ in out]:
                    out.append((name, text.span(m.start(), m.end())))
        return out

    def others(self, text: Collapsed, lo: int, hi: int) -> Named:
        """Bodies that are not parties but are named as recipients ('with the HSE')."""
        out = []
        for m in _ORG_RUN.finditer(text.text[lo:hi]):
            name = _ARTICLE.sub("", m.group(0))
            if self.pattern is not None and self.pattern.search(name):
                continue  # "UKHSA and NHS England": parties, found by named()
            if self.heads.fullmatch(name.split()[-1]):
                out.append((name, text.span(lo + m.end() - len(name), lo + m.end())))
        if self.outsiders is not None:
            for m in self.outsiders.finditer(text.text, lo, hi):
                out.append((self.abbreviations[m.group(0)], text.span(m.start(), m.end())))
        return out


def subject_after_condition(
    people: Parties, own: Collapsed, a: int, cut: int, bearers: Named
) -> list[str]:
    """Parties named after the last comma before the verb, when a condition precedes them."""
    head = own.text[a : a + cut]
    comma = head.rfind(",")
    if comma < 0 or not re.match(r"\s*(?:where|if|when|once|after|before)\b", head, re.I):
        return []
    return [n for n, _ in people.named(own, a + comma, a + cut)]


def stem_subject(stem: Collapsed, people: Parties) -> list[str]:
    """The party a list stem is about: named just before its colon, else before its verb."""
    if CONDITION_THEN_IT.search(stem.text):
        named = people.named(stem, 0, len(stem.text))
        if named:
            return [n for n, span in named if span == named[0][1]]  # "If either council ..."
    # "The BC will give the ARA:": the parties before the promise (after a comma that ends an
    # opening phrase: "In any event, CQC and the LGA will"), not the one it is made to; the
    # promise is the stem's last ("Where we agree that the council will lead, the OISC will:")
    promises = list(_PROMISE_WORD.finditer(stem.text))
    if promises:
        promise = promises[-1]
        lo = stem.text.rfind(",", 0, promise.start()) + 1
        before = people.named(stem, lo, promise.start())
        before = before or people.named(stem, 0, promise.start())[-1:]
        if before:
            return [name for name, _ in before]
    tail = people.named(stem, max(0, len(stem.text) - 40), len(stem.text))
    if tail:
        return [tail[-1][0]]
    if MUTUAL.search(stem.text):
        return list(people.all)
    return [n for n, _ in people.named(stem, 0, len(stem.text))]


# "HS2 Ltd to the County Council", "DVSA tells VCA": who acts, then whom they tell
_TO_WHOM = re.compile(r"\s(?:to|tells|informs|notifies|alerts|sends|shares|reports|gives)\b", re.I)


def _cells(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The tab-separated cells of a table's line ``text[lo:hi]`` (readers keep one tab between
    cells), as document spans."""
    spans = []
    for cell in text[lo:hi].split("\t"):
        spans.append((lo, lo + len(cell)))
        lo += len(cell) + 1
    return spans


def row_roles(tree: ClauseTree, row: Clause, table_: Clause, people: Parties) -> Roles:
    """Who a row of a table of duties names as acting and as told, read from the columns whose
    headers say so ("Sent by | Sent to", "By whom", "Who tells whom"); empty where none does."""
    rules = table("extract")["commitment"]
    start = table_.span[0]
    end = tree.text.find("\n", start, table_.span[1])
    header = _cells(tree.text, start, table_.span[1] if end < 0 else end)
    cells = _cells(tree.text, *row.span)
    by: Named = []
    to: Named = []
    if len(cells) != len(header):
        return by, to  # a merged or missing cell: the columns cannot be told apart
    for (ha, hb), (ca, cb) in zip(header, cells, strict=True):
        head = " ".join(tree.text[ha:hb].split())
        cell = tree.collapsed(ca, cb)
        if compiled(rules["column_both"]).match(head):
            split = _TO_WHOM.search(cell.text)
            cut = split.start() if split else len(cell.text)
            by += people.named(cell, 0, cut, cell=True)
            to += people.named(cell, cut, len(cell.text), cell=True)
        elif compiled(rules["column_by"]).match(head):
            by += people.named(cell, 0, len(cell.text), cell=True)
        elif compiled(rules["column_to"]).match(head):
            to += people.named(cell, 0, len(cell.text), cell=True)
    return by, to
