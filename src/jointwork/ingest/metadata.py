"""Agreement metadata from a clause tree: title, type, parties, dates, review rule, duration.

Pure module; re-exported by ``extract``. Every value keeps the document span it came from.
Parties are found in the "between A, B and C" phrase with the most parties near the start;
names are completed with the abbreviations and short names the text defines ("the Care Quality
Commission (CQC)", "... Ombudsman (the Ombudsman)"), so "Local Government and Social Care
Ombudsman" is one party, not two; an undefined name opened by "the" runs on over "and" until it
ends in an organisation's head noun ("the Office of Rail and Road").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from jointwork.ingest._blocks import LETTERED_HEADING, RUNS_ON, SIGNED_LINE, STATUS_LINE
from jointwork.ingest._prefilter import Prefilter
from jointwork.ingest._tables import Collapsed, compiled, number, table
from jointwork.ingest.clauses import ClauseTree
from jointwork.ingest.name_joins import Piece, joined

__all__ = ["Dated", "Metadata", "Party", "extract_metadata", "find_date"]

Span = tuple[int, int]

_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_MONTH = "(" + "|".join(m.capitalize() for m in _MONTHS) + ")"
_DATE_PATTERNS = [
    re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH}\s+(\d{{4}})\b"),
    re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b"),
    re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"),
    re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b"),
    re.compile(rf"\b{_MONTH}\s+(\d{{4}})\b"),
]
_JUNK_LINE = re.compile(r"\blogo\b|\[image|^\W*$", re.I)
_BOLD_LINE = re.compile(r"(\*\*|__)((?:(?!\1).)+)\1")


@dataclass
class Party:
    name: str
    abbreviation: str | None
    span: Span
    aliases: list[str] = field(default_factory=list)


@dataclass
class Dated:
    value: str  # ISO 8601: YYYY-MM-DD, or YYYY-MM when the text gives only a month
    span: Span


@dataclass
class Metadata:
    title: str | None
    title_span: Span | None
    type: str
    type_span: Span | None
    parties: list[Party]
    abbreviations: dict[str, str]
    in_force: Dated | None
    signed: Dated | None
    review: str | None
    review_spans: list[Span]
    duration: str | None
    duration_span: Span | None
    warnings: list[str] = field(default_factory=list)

    def party_names(self) -> list[str]:
        return [p.name for p in self.parties]


def find_date(text: str) -> tuple[str, int, int] | None:
    """The first date in ``text`` as (ISO value, start, end); UK day/month order."""
    best = None
    for index, pattern in enumerate(_DATE_PATTERNS):
        m = pattern.search(text)
        if not m or (best is not None and m.start() >= best[1]):
            continue
        groups = m.groups()
        if index == 0:
            value = f"{groups[2]}-{_MONTHS.index(groups[1].lower()) + 1:02d}-{int(groups[0]):02d}"
        elif index == 1:
            value = f"{groups[2]}-{_MONTHS.index(groups[0].lower()) + 1:02d}-{int(groups[1]):02d}"
        elif index == 2:
            value = m.group(0)
        elif index == 3:
            value = f"{groups[2]}-{int(groups[1]):02d}-{int(groups[0]):02d}"
        else:
            value = f"{groups[1]}-{_MONTHS.index(groups[0].lower()) + 1:02d}"
        best = (value, m.start(), m.end())
    return best


def _all_dates(text: str, start: int = 0) -> list[tuple[str, int, int]]:
    """Every date in ``text[start:]``, in reading order, with spans in ``text``."""
    out = []
    while found := find_date(text[start:]):
        value, a, b = found
        out.append((value, start + a, start + b))
        start += b
    return out


def _units(tree: ClauseTree, limit: int | None = None, needle: str = "") -> list[Collapsed]:
    """Each heading and each clause's own text, collapsed (names never run across them);
    with ``needle``, only the texts that contain it."""
    out = []
    for clause in tree.walk():
        if limit is not None and clause.span[0] > limit:
            break
        if needle and needle not in tree.text[clause.span[0] : clause.span[1]]:
            continue
        if clause.heading and clause.kind in ("title", "section", "annex"):
            out.append(tree.collapsed(*clause.span))
        elif clause.text:
            for a, b in _line_spans(tree.text, *clause.span):
                out.append(tree.collapsed(a, b))
    return out


_LINE_BREAK = re.compile(r"\n\s*\n|(?<=[^\s,;a-z])\n(?=[A-Z])")


def _line_spans(text: str, start: int, end: int) -> list[Span]:
    """Split a clause at blank lines and at lines that do not run on (a title over a line)."""
    spans, a = [], start
    for m in _LINE_BREAK.finditer(text[start:end]):
        spans.append((a, start + m.start()))
        a = start + m.end()
    spans.append((a, end))
    return [(x, y) for x, y in spans if y > x]


def extract_metadata(tree: ClauseTree) -> Metadata:
    text = tree.text
    head = tree.collapsed(0, min(len(text), 1000))
    headings = {c.span[0] for c in tree.walk() if c.kind in ("section", "annex")}
    title, title_span = _title(text, headings)
    kind, kind_span = _type(title, title_span, head)
    # abbreviations are defined in brackets: only texts with "(" can define one
    found = [d for unit in _units(tree, needle="(") for d in _definitions(unit)]
    definitions = list(dict.fromkeys((name, abbr) for name, abbr, _ in found))
    parties = _parties(_units(tree, 1000), definitions, lambda: _units(tree))
    # a name without a head noun ("HM Revenue and Customs") names a body when it is a party
    named = {(name, abbr) for name, abbr, org in found if org}
    party_names = {p.name for p in parties}
    definitions = [d for d in definitions if d in named or d[0] in party_names]
    abbreviations = {abbr: full for full, abbr in definitions}
    doc = tree.collapsed(0, len(text))
    scan = Prefilter([doc], _searched())
    in_force, signed = _dates(tree, doc, scan)
    review, review_spans = _matches_to_text(doc, scan, "review", join=True)
    duration, duration_spans = _matches_to_text(doc, scan, "duration", join=False)
    warnings = []
    if len(parties) < 2 and kind != "other":
        warnings.append(f"found {len(parties)} party/parties; check the parties by hand")
    return Metadata(
        title=title, title_span=title_span, type=kind, type_span=kind_span, parties=parties,
        abbreviations=abbreviations, in_force=in_force or signed, signed=signed, review=review,
        review_spans=review_spans, duration=duration,
        duration_span=duration_spans[0] if duration_spans else None, warnings=warnings,
    )  # fmt: skip


def _title(text: str, headings: set[int]) -> tuple[str | None, Span | None]:
    lines = []
    pos = 0
    for raw in text[:1500].split("\n"):
        body = raw.strip().lstrip("#").strip()
        bold = _BOLD_LINE.fullmatch(body)  # a markdown title set in bold: "**Terms of reference**"
        body = bold.group(2).strip() if bold else body
        if body and not _JUNK_LINE.search(body):
            start = text.index(body, pos)
            lines.append((body, (start, start + len(body)), raw.lstrip().startswith("#")))
        pos += len(raw) + 1
    if not lines:
        return None, None
    wording = compiled(r"\bagreements?\b|\bprotocols?\b|\bmemorand(?:um|a)\b|\bconcordat\b")
    heading = next((i for i, line in enumerate(lines) if line[2]), None)
    if heading is not None and not (heading > 0 and _names_agreement(lines[0][0], wording)):
        return lines[heading][0], lines[heading][1]
    chosen = next(
        (i for i, (body, _, _) in enumerate(lines) if wording.search(body) and len(body) <= 200), 0
    )
    body, span, _ = lines[chosen]
    # a title wrapped over two lines ("... between A and the" / "B (EA)")
    # or a title line followed by its parties ("MEMORANDUM OF UNDERSTANDING" / "between A and B")
    then_between = chosen + 1 < len(lines) and lines[chosen + 1][0].startswith("between ")
    joined = chosen
    if (RUNS_ON.search(body) or then_between) and chosen + 1 < len(lines):
        joined += 1
    # a list of parties wraps on over the lines of its block ("... between A, the Human" /
    # "Fertilisation ... Agency (MHRA)") up to a sentence, a numbered line or a blank line
    while (
        joined + 1 < len(lines)
        and lines[joined + 1][1][0] not in headings  # "Introduction" under the title block
        and _lists_on(text, (span[0], lines[joined][1][1]), lines[joined + 1])
    ):
        joined += 1
    if joined > chosen:
        end = lines[joined][1][1]
        return " ".join(text[span[0] : end].split()), (span[0], end)
    return body, span


def _names_agreement(line: str, wording: re.Pattern[str]) -> bool:
    """A first line above the headings that names an agreement between parties is the title
    (a Word title in the Normal style over numbered Heading 1 sections); a sentence is not."""
    return bool(wording.search(line) and re.search(r"\bbetween\b", line, re.I)) and (
        len(line) <= 200 and line[-1] not in ".:;"
    )


# a typeset page wraps its lines at 60-100 characters; a longer title line was not wrapped
_WRAPPED_WIDTH = (60, 100)


def _lists_on(text: str, title: Span, following: tuple[str, Span, bool]) -> bool:
    """The next line, directly below a title line wrapped at the page's width that lists its
    parties, carries on the list."""
    body, span, _ = following
    title_lines = text[title[0] : title[1]].split("\n")
    last_line = title_lines[-1]
    # a line that had room for the next word below it (as wide as the widest line above) ended
    # the title: "... and Avon and Somerset Constabulary" / "Introduction"
    widest = max(map(len, title_lines[:-1]), default=0) or _wrap_width(text)
    had_room = len(last_line) + 1 + len(body.split()[0]) <= widest
    listed = "between" in text[title[0] : title[1]].lower()
    adjacent = "\n\n" not in text[title[1] : span[0]]
    if re.match(r"(?:and|&)\s", body) or last_line.rstrip().endswith(","):
        return listed and adjacent  # "between A," / "the B and C", "between A" / "and the B"
    return (
        listed
        and adjacent
        and _WRAPPED_WIDTH[0] <= len(last_line) <= _WRAPPED_WIDTH[1]
        and not had_room
        and body[-1] not in ".:;!?"
        and not body[0].isdigit()
        and not STATUS_LINE.match(body)  # "Version 1.2, September 2025" under the title
        and not (body.isupper() or LETTERED_HEADING.match(body))  # "PART A – GENERAL"
    )


def _wrap_width(text: str) -> int:
    """The width the page's lines are wrapped at (most long lines reach it: 90th percentile of
    the first 200 lines), for a title of one line, which shows no width of its own."""
    lengths = sorted(len(line) for line in text[:20000].split("\n")[:200] if line.strip())
    return lengths[len(lengths) * 9 // 10] if lengths else 0


def _type(title: str | None, title_span: Span | None, head: Collapsed) -> tuple[str, Span | None]:
    rows = table("extract")["types"]
    if title and title_span:
        for row in rows:
            m = compiled(row["pattern"]).search(title)
            if m:
                return row["type"], (title_span[0] + m.start(), title_span[0] + m.end())
    found: dict[str, Span] = {}
    for row in rows:
        m = compiled(row["pattern"]).search(head.text[:600])
        if m and row["type"] not in found:
            found[row["type"]] = head.span(m.start(), m.end())
    # one kind named near the start: that kind; several (a listing page) or none: "other"
    if len(found) == 1:
        kind, span = next(iter(found.items()))
        return kind, span
    return "other", None


_CONNECTORS = {"of", "for", "in", "on", "and", "&", "the"}
# A run of capitalised words that may name a body; a lowercase word other than a function word
# may stand inside it ("Healthcare products Regulatory Agency").
_NAME_RUN = re.compile(
    r"[A-Z][\w’'&-]*(?:\s+(?:of|for|in|on|&|[A-Z][\w’'&-]*"
    r"|(?!(?:and|or|nor|the|a|an|as|at|by|with|its|their|but)\b)[a-z]+(?=\s+[A-Z])))*"
)


def _definitions(doc: Collapsed) -> list[tuple[str, str, bool]]:
    """('Care Quality Commission', 'CQC', True) for each 'Full Name (ABBR)' or 'Full Name
    (“ABBR”)', ('Housing Ombudsman Service', 'Ombudsman', True) for a short name 'Full Name
    (the Ombudsman)' or '(the Fire Service)'. The flag says the name ends in an organisation's
    head noun; without one a name counts only when its capitals spell the abbreviation ('HM
    Revenue and Customs (HMRC)'), and names a body only if it turns out to be a party."""
    org = table("extract")["organisations"]
    heads = compiled(org["heads"], 0)
    not_parties = compiled(org["not_parties"], 0)
    out: list[tuple[str, str, bool]] = []
    word = r"[A-Z][A-Za-z&]{1,12}"
    for m in re.finditer(rf"\([“\"]?(the\s+)?({word}(?:\s+{word})?)[”\"]?\)", doc.text):
        the, abbr = m.groups()
        if not_parties.match(abbr) or not (sum(c.isupper() for c in abbr) >= 2 or abbr.istitle()):
            continue
        words = doc.text[: m.start()].rstrip().split(" ")
        # 'National Highways Limited ("National Highways")': a quoted short name that the full
        # name begins with names that body, whatever its words
        short_form = bool(re.search(r"[“\"]", m.group(0))) and " ".join(
            _walk_back(words)
        ).startswith(f"{abbr} ")
        spelled = _spelled_by_initials(words, abbr) if abbr.isupper() else _initials(words, abbr)
        if not spelled and abbr.isupper() and words[-1] in _COMPANY:
            # "Student Loans Company Limited (SLC)": the company suffix is not abbreviated
            inner = _spelled_by_initials(words[:-1], abbr)
            spelled = [*inner, words[-1]] if inner else []
        two_words = " " in abbr and not abbr.split()[0].isupper()
        if not (short_form or spelled) and (
            (the and not heads.fullmatch(abbr.split()[-1])) or (two_words and not the)
        ):
            continue  # "(the Ombudsman)", "(the CO)", "(HMI Prisons)" name a body; "(the Plan)" not
        if abbr.istitle() and re.match(r" [A-Z]", doc.text[m.end() :]):
            continue  # "the Care Quality Commission (Registration) Regulations": part of a title
        taken = spelled or _walk_back(words)
        name = " ".join(taken).rstrip(",")
        named = bool(heads.search(name))
        if len(taken) >= 2 and (named or spelled or short_form) and (name, abbr, named) not in out:
            out.append((name, abbr, named))
    return out


def _spelled_by_initials(words: list[str], abbr: str) -> list[str]:
    """The fewest words before '(ABBR)' whose capitals spell it, right to left, passing over
    connectors and one lowercase word at a time: 'Medicines and Healthcare products Regulatory
    Agency (MHRA)', 'NHS England (NHSE)'. After Schwartz and Hearst, "A simple algorithm for
    identifying abbreviation definitions in biomedical text" (PSB 2003). [] when none does."""
    left = abbr
    taken: list[str] = []
    lowercase_run = 0
    for word in reversed(words[-2 * len(abbr) - 4 :]):
        bare = word.rstrip(",")
        if bare[:1].isupper():
            spelled = bare if bare.isupper() and left.endswith(bare) else bare[0]
            if not left.endswith(spelled):
                return []
            left = left[: -len(spelled)]
            lowercase_run = 0
        elif bare in _CONNECTORS or (bare.isalpha() and bare.islower() and taken):
            lowercase_run += bare not in _CONNECTORS
            if lowercase_run > 1:
                return []
        else:
            return []
        taken.insert(0, word)
        if not left:
            return taken
    return []


def _initials(words: list[str], abbr: str) -> list[str]:
    """The words before '(TfL)' whose first letters, small words' too, are its letters in its
    case: 'Transport for London (TfL)', 'Department for Education (DfE)'. [] when none are."""
    taken = words[-len(abbr) :]
    if len(abbr) < 3 or len(taken) < len(abbr) or not abbr.isalpha():
        return []
    return taken if "".join(word[0] for word in taken) == abbr else []


def _walk_back(words: list[str]) -> list[str]:
    """The run of capitalised words and connectors before a bracket, up to where a new name or
    an earlier bracket begins."""
    heads = compiled(table("extract")["organisations"]["heads"], 0)
    taken: list[str] = []
    for word in reversed(words[-16:]):
        bare = word.rstrip(",")
        if not bare or not (bare[0].isupper() or bare in _CONNECTORS) or bare.endswith(")"):
            break  # "... (the Ombudsman) and the Health and Safety Executive (HSE)"
        inside = not heads.fullmatch(bare) and taken[:1] != ["the"] and bool(taken)
        if word.endswith(",") and heads.search(" ".join(taken)) and not inside:
            break  # "A Commission (X), B Executive (Y)": the comma ends the next name
        # ... but "the Advisory, Conciliation and Arbitration Service (Acas)" runs on over it
        new_name = taken[:2] == ["and", "the"] and heads.fullmatch(bare)
        if taken and taken[0] in ("and", "&") and (bare.isupper() or new_name):
            taken.pop(0)  # "CQC and the Association of..." / "X Commission and Y Agency"
            break
        taken.insert(0, word)
    while taken and (taken[0] in _CONNECTORS or taken[0] in ("The", "And")):
        taken.pop(0)
    return taken


def _parties(
    units: list[Collapsed],
    definitions: list[tuple[str, str]],
    everything: Callable[[], list[Collapsed]],
) -> list[Party]:
    by_abbr: dict[str, str] = {}
    for full, abbr in definitions:
        by_abbr.setdefault(abbr, full)
    best: list[Party] = []
    acts_alone = _acts_alone(everything)
    stop_words = r"[.;:]\s|[.;:]$|\s(?:in order|to|which|that|who|are|is|sets?|will)\s"
    for unit in units:
        for m in re.finditer(r"\bbetween\s+", unit.text, re.I):
            end = re.search(stop_words, unit.text[m.end() :])
            stop = m.end() + end.start() if end else len(unit.text)
            found = _split_names(unit, m.end(), stop, definitions, by_abbr, acts_alone)
            if len(found) > len(best):
                best = found
    listed = _listed_parties(units, definitions, by_abbr, acts_alone)
    if len(listed) > len(best) or len(best) < 2:
        best = listed or best
    if len(best) < 2:
        best = _most_mentioned(everything(), definitions)
    names = {p.name for p in best}
    for party in best:
        party.abbreviation = party.abbreviation or next(
            (a for f, a in definitions if f == party.name), None
        )
        aliases = {party.name, party.name.replace(" and ", " & ")}
        aliases.update(a for f, a in definitions if f == party.name)
        aliases.update(a for a, f in by_abbr.items() if f == party.name)
        initials = "".join(w[0] for w in party.name.split() if w[0].isupper())
        if len(initials) >= 3:
            aliases.add(initials)  # "CQC" for a body the text never abbreviates formally
        last = party.name.split()[-1]
        heads = compiled(table("extract")["organisations"]["heads"], 0)
        unique = sum(n.split()[-1] == last for n in names) == 1
        if unique and len(party.name.split()) > 1 and heads.fullmatch(last):
            aliases.add(f"the {last}")
        if party.name.startswith("The "):
            aliases.add(party.name[4:])  # "the Coal Authority" in a sentence
        aliases.update(_short_forms(party.name, names, acts_alone))
        party.aliases = sorted(aliases, key=len, reverse=True)
    return best


_COMPANY = {"Limited", "Ltd", "plc", "PLC", "LLP"}


def _short_forms(name: str, names: set[str], acts_alone: Callable[[str], bool]) -> list[str]:
    """The longest shorter form of a company's name, of two words or more, that the text uses on
    its own as a body that acts ("Network Rail will" for Network Rail Infrastructure Limited)."""
    words = name.split()
    if words[-1] not in _COMPANY:
        return []  # other bodies are named in full or by a defined abbreviation
    for size in range(len(words) - 1, 1, -1):
        short = " ".join(words[:size])
        shared = any(other != name and other.startswith(short) for other in names)
        if not shared and short not in ("The", "HM") and acts_alone(short):
            return [short]
    return []


def _acts_alone(everything: Callable[[], list[Collapsed]]) -> Callable[[str], bool]:
    """Whether the document uses a name on its own as a body that acts ("Estyn will",
    "Network Rail's"); the whole text is joined only when a list of parties needs it."""
    text: list[str] = []

    def acts_alone(name: str) -> bool:
        if not text:
            text.append(" ".join(unit.text for unit in everything()))
        acting = rf"\b{re.escape(name)}(?:[’']s\b|\s+(?:{_ACTING_VERBS})\b)"
        return re.search(acting, text[0]) is not None

    return acts_alone


_ACTING_VERBS = "will|shall|must|may|should|has|have|is|are|agrees?|can|does|was"


# "Between:", "The parties are:", "agreed between the following bodies (together, "the
# partners"):" over one party per line or list item
_LIST_OF_PARTIES = re.compile(
    r"\b(?:between|parties(?: to this \w+)?(?: are)?)(?:\s+the\s+following(?:\s+\w+)?)?"
    r"(?:\s*\([^)]*\))?\s*:$",
    re.I,
)


def _listed_parties(
    units: list[Collapsed],
    definitions: list[tuple[str, str]],
    by_abbr: dict[str, str],
    acts_alone: Callable[[str], bool],
) -> list[Party]:
    """'Between:' / 'The parties are:' followed by one party per line or list item."""
    for index, unit in enumerate(units):
        if not _LIST_OF_PARTIES.search(unit.text):
            continue
        heads = compiled(table("extract")["organisations"]["heads"], 0)
        known = {full for full, _ in definitions}
        found: list[Party] = []
        for item in units[index + 1 : index + 9]:
            names = _split_names(item, 0, len(item.text), definitions, by_abbr, acts_alone)
            if not names or not (names[0].name in known or heads.search(names[0].name)):
                break  # the list of parties has ended
            if names[0].name in [p.name for p in found] or " " not in names[0].name:
                break  # a paragraph after the list names a party again, or "the Council"
            found.append(names[0])
        if len(found) >= 2:
            return found
    return []


def _split_names(
    head: Collapsed,
    start: int,
    stop: int,
    definitions: list[tuple[str, str]],
    by_abbr: dict[str, str],
    acts_alone: Callable[[str], bool],
) -> list[Party]:
    known = sorted({f for f, _ in definitions} | set(by_abbr), key=len, reverse=True)
    heads = compiled(table("extract")["organisations"]["heads"], 0)
    phrase = head.text
    i = start
    out: list[Party] = []
    pieces: list[Piece] = []  # where each of ``out`` stands, for joining names over "and"
    sep_text = ""
    unfinished: int | None = None  # where a "the ..." name without its head noun began
    while i < stop:
        sep = re.match(r"(?:,\s*|\s*\band\b\s*|\s*&\s*|\bthe\s+|\s+)+", phrase[i:stop], re.I)
        taken = sep.group(0) if sep else ""
        the = re.search(r"\bThe\s+$", taken)
        if the and not re.search(r"(?:^|[.!?:]\s*)$", phrase[: i + the.start()]):
            taken = taken[: the.start()]  # "and The Pensions Regulator": capitalised mid-sentence
        if taken:
            sep_text = taken.lower()
            i += len(taken)
            continue
        last_sep_and = bool(re.search(r"\band\b|&", sep_text))
        rest = phrase[i:stop]
        name = next((k for k in known if rest.lower().startswith(k.lower())
                     and not rest[len(k):len(k) + 1].isalnum()), None)  # fmt: skip
        if name is None and "," in sep_text and sep_text.endswith("the "):
            name = _item_before_last_and(rest, known)
        run = None
        if name is None:
            run = _NAME_RUN.match(rest)
            if not run:
                break
            name = run.group(0)
        end = i + len(name)
        if run and unfinished is not None and last_sep_and and "," not in sep_text:
            # "the Health | and | Safety Executive", "the Office of Rail | and | Road": a name
            # opened by "the" runs on over "and" until it has its head noun
            out[-1] = Party(phrase[unfinished:end], None, head.span(unfinished, end))
            pieces[-1] = Piece(pieces[-1].start, end, pieces[-1].separator, known=False)
            unfinished, last_sep_and = None, False  # that "and" was inside the name
        else:
            full = by_abbr.get(name, name)
            unfinished = None
            if full not in [p.name for p in out]:
                out.append(Party(full, None, head.span(i, end)))
                pieces.append(Piece(i, end, sep_text, known=run is None or name in by_abbr))
                opened = run and sep_text.endswith("the ") and not name.isupper()
                unfinished = i if opened and not heads.fullmatch(name.split()[-1]) else None
        i = end
        abbr = re.match(r"\s*\(([^)]{1,30})\)", phrase[i:stop])
        if abbr:
            i += abbr.end()
            unfinished = None
        if last_sep_and and phrase[i : i + 1] == ",":
            break  # "... and Estyn, His Majesty's Inspectorate ...": an apposition, not a party
    spans = joined(pieces, phrase, acts_alone)
    if len(spans) == len(out):
        return out
    return [Party(phrase[a:b], None, head.span(a, b)) for a, b in spans]


_LIST_AND = re.compile(r"\s+(?:and|&)\s+")
_NAME_WITH_AND = re.compile(r"[A-Z][\w’'&-]*(?:\s+(?:of|for|in|on|and|&|[A-Z][\w’'&-]*))*")


def _item_before_last_and(rest: str, known: list[str]) -> str | None:
    """A list "A, B and C" has one bare "and", before its last item; so when a later "and" opens
    the last item (a known name or "the ..."), the "and"s before it are inside B: "A, the Police
    and Crime Commissioner for Avon and Somerset and Avon and Somerset Constabulary"."""
    for m in reversed(list(_LIST_AND.finditer(rest))[1:]):
        after = rest[m.end() :]
        last = after.startswith("the ") or any(
            after.lower().startswith(k.lower()) and not after[len(k) : len(k) + 1].isalnum()
            for k in known
        )
        if last:
            item = rest[: m.start()]
            return item if _NAME_WITH_AND.fullmatch(item) else None
    return None


def _most_mentioned(units: list[Collapsed], definitions: list[tuple[str, str]]) -> list[Party]:
    """No 'between' phrase (a web page, a one-body statement): the organisation named most,
    counting its full name, its defined abbreviation and its initials ("CQC")."""
    heads = compiled(table("extract")["organisations"]["heads"], 0)
    counts: Counter[str] = Counter()
    first: dict[str, Span] = {}
    for unit in units:
        for m in re.finditer(r"\b[A-Z][\w’'-]*(?:\s+(?:of|for|&|[A-Z][\w’'-]*))+", unit.text):
            name = re.sub(r"^(?:The|A|An|Our)\s+", "", m.group(0))
            if heads.fullmatch(name.split()[-1]) and len(name.split()) > 1:
                counts[name] += 1
                first.setdefault(name, unit.span(m.end() - len(name), m.end()))
    everything = " ".join(unit.text for unit in units)
    abbreviations = {full: abbr for full, abbr in definitions}
    for name in list(counts):
        initials = "".join(w[0] for w in name.split() if w[0].isupper())
        for short in {abbreviations.get(name) or "", initials}:
            if len(short) >= 2:
                counts[name] += len(re.findall(rf"\b{re.escape(short)}\b", everything))
    if not counts:
        return []
    name, _ = counts.most_common(1)[0]
    return [Party(name, abbreviations.get(name), first[name])]


_ON_REQUEST = "any time on request"


@cache
def _searched() -> tuple[str, ...]:
    """The patterns searched in the whole (collapsed) text through the prefilter."""
    rules = table("extract")
    rows = rules["review"] + rules["duration"]
    return (rules["dates"]["in_force"], *(row["pattern"] for row in rows))


def _dates(tree: ClauseTree, doc: Collapsed, scan: Prefilter) -> tuple[Dated | None, Dated | None]:
    cues = table("extract")["dates"]
    signed_line = compiled(cues["signed"])
    in_force: Dated | None = None
    for m in scan.pattern(cues["in_force"]).finditer(doc.text, 0):
        # the date must follow the cue in the same sentence ("comes into force on 1 April")
        sentence_end = doc.text.find(". ", m.end())
        window = doc.text[m.end() : sentence_end if sentence_end > 0 else len(doc.text)][:80]
        found = find_date(window)
        if found:
            value, a, b = found
            dated = Dated(value, doc.span(m.end() + a, m.end() + b))
            in_force = in_force or dated
            sentence = doc.text[doc.text.rfind(". ", 0, m.start()) + 1 : m.start()]
            if _ABOUT_ITSELF.search(sentence):
                in_force = dated  # not "the revaluation that takes effect in April 2026"
                break
    signed: Dated | None = None
    pos = 0
    in_block = 0  # lines left in a signature block ("Signed on behalf of A" / name / role / date)
    for raw in tree.text.split("\n"):
        body = raw.strip()
        cue = signed_line.match(raw)
        if not cue and in_block and _DATE_ONLY.fullmatch(body):
            cue = _NO_CUE.match(raw)
        # every date on a signature line: signatories' blocks set side by side in columns
        # ("Date: 13 January 2025      Date: 20 January 2025") share the line
        for value, a, b in _all_dates(raw, cue.end()) if cue else ():
            if signed is None or value > signed.value:
                signed = Dated(value, (pos + a, pos + b))
        if body[:1] in ("S", "F", "O") and SIGNED_LINE.match(body):
            in_block = 4
        elif in_block:
            in_block = in_block - 1 if body else 0
        pos += len(raw) + 1
    return in_force, signed


# the agreement speaking of itself: "This agreement comes into force", "It takes effect"
_ABOUT_ITSELF = re.compile(
    r"^\s*(?:it|this|these)\b|\b(?:agreement|memorandum|mou|protocol|concordat|arrangements)\b",
    re.I,
)
_NO_CUE = re.compile(r"\s*")
# a line that is nothing but a date ("21 January 2025"), as signature blocks end
_DATE_ONLY = re.compile(
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4}|\d{1,2}/\d{1,2}/\d{4})"
    r"(?:\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4}|\d{1,2}/\d{1,2}/\d{4}))*"
)  # signature blocks side by side give one date per column


def _matches_to_text(
    doc: Collapsed, scan: Prefilter, name: str, join: bool
) -> tuple[str | None, list[Span]]:
    rows = table("extract")[name]
    found: list[tuple[int, int, str, Span]] = []
    for index, row in enumerate(rows):
        m = scan.pattern(row["pattern"]).search(doc.text, 0)
        if m:
            words = [str(number(g) or g) for g in m.groups()]
            value = row["text"].format(None, *words)
            if all(value != v for _, _, v, _ in found):
                found.append((m.start(), index, value, doc.span(m.start(), m.end())))
    found.sort()  # in reading order; at the same place, the table's earlier row first
    if not found:
        return None, []
    if join:
        # a rule reads "every 2-3 years; any time on request" (the cycle first) in whatever
        # order the document words it
        found.sort(key=lambda f: f[2] == _ON_REQUEST)
        return "; ".join(v for _, _, v, _ in found), [s for _, _, _, s in found]
    return found[0][2], [found[0][3]]
