"""Parties to an agreement, from its text: the "between A, B and C" phrase with the most parties
near the start, or a list of parties under "between:" / "made between:", or the body named most.

Pure module, used by ``metadata``. Names are completed with the abbreviations and short names the
text defines ("the Care Quality Commission (CQC)", "... Ombudsman (the Ombudsman)", "Transport for
London (TfL)", 'National Highways Limited ("National Highways")'), so "Local Government and Social
Care Ombudsman" is one party, not two; an "and" inside a name is told from one between names by
the name's head noun (``name_joins``). Each party keeps the span of the words that name it and
the aliases the text uses for it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from jointwork.ingest._tables import Collapsed, compiled, table
from jointwork.ingest.name_joins import Piece, has_head, joined

__all__ = ["Party", "definitions_in", "find_parties"]

Span = tuple[int, int]


@dataclass
class Party:
    name: str
    abbreviation: str | None
    span: Span
    aliases: list[str] = field(default_factory=list)


_CONNECTORS = {"of", "for", "in", "on", "and", "&", "the"}
# A run of capitalised words that may name a body; a lowercase word other than a function word
# may stand inside it ("Healthcare products Regulatory Agency"). A month before a year is a
# date on the same line ("... for Northern Ireland / August 2025" in a PDF's title block).
_NOT_A_DATE = (
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\s+\d{4}\b)"
)
_NAME_RUN = re.compile(
    rf"{_NOT_A_DATE}[A-Z][\w’'&-]*(?:\s+(?:of|for|in|on|&|{_NOT_A_DATE}[A-Z][\w’'&-]*"
    r"|(?!(?:and|or|nor|the|a|an|as|at|by|with|its|their|but)\b)[a-z]+(?=\s+[A-Z])))*"
)


def definitions_in(doc: Collapsed) -> list[tuple[str, str, bool]]:
    """('Care Quality Commission', 'CQC', True) for each 'Full Name (ABBR)' or 'Full Name
    (“ABBR”)', ('Housing Ombudsman Service', 'Ombudsman', True) for a short name 'Full Name
    (the Ombudsman)' or '(the Fire Service)'. The flag says the name ends in an organisation's
    head noun; without one a name counts only when its capitals spell the abbreviation ('HM
    Revenue and Customs (HMRC)'), and names a body only if it turns out to be a party."""
    org = table("extract")["organisations"]
    heads = compiled(org["heads"], 0)
    not_parties = compiled(org["not_parties"], 0)
    out: list[tuple[str, str, bool]] = []
    word = r"[A-Z][A-Za-z&’']{1,12}"
    for m in re.finditer(rf"\([“\"]?(the\s+)?({word}(?:\s+{word})?)[”\"]?\)", doc.text):
        the, abbr = m.groups()
        if not_parties.match(abbr) or not (sum(c.isupper() for c in abbr) >= 2 or abbr.istitle()):
            continue
        # (markdown's bold markers are not part of a name: "**West Dunbartonshire Council**")
        words = [w.strip("*_") for w in doc.text[: m.start()].rstrip().split(" ")]
        # 'National Highways Limited ("National Highways")': a quoted short name that the full
        # name begins with names that body, whatever its words
        short_form = bool(re.search(r"[“\"]", m.group(0))) and _begins(abbr, _walk_back(words))
        spelled = _spelled_by_initials(words, abbr) if abbr.isupper() else _initials(words, abbr)
        if not spelled and abbr.isupper():
            spelled = _spelled_before_place(words, abbr)
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
            # "UK Anti-Doping (UKAD)": each part of a hyphenated name gives its capital
            parts = "".join(part[:1] for part in bare.split("-"))
            spelled = next(
                (f for f in (bare, parts, bare[0]) if f.isupper() and left.endswith(f)), ""
            )
            if not spelled:
                return []
            left = left[: -len(spelled)]
            lowercase_run = 0
        elif bare in ("and", "&") and left.endswith("&"):
            left = left[:-1]  # "National Savings and Investments (NS&I)"
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


# "... Service for Northern Ireland (PPS)": a place after the body's own name, not abbreviated
_PLACE = re.compile(r"(?:for|of|in)(?: [A-Z][a-z]+){1,2}")


def _spelled_before_place(words: list[str], abbr: str) -> list[str]:
    """The words before '(ABBR)' whose capitals spell it, followed by a place the abbreviation
    leaves out ("Public Prosecution Service for Northern Ireland (the PPS)"). [] when none."""
    for size in (2, 3):
        if len(words) > size and _PLACE.fullmatch(" ".join(words[-size:])):
            spelled = _spelled_by_initials(words[:-size], abbr)
            if spelled:
                return [*spelled, *words[-size:]]
    return []


def _begins(short: str, name: list[str]) -> bool:
    """Whether a short name is the start of a body's name, a word in capitals standing for the
    initials of several words: "NI Water" for Northern Ireland Water Limited."""
    at = 0
    for word in short.split():
        if at < len(name) and name[at] == word:
            at += 1
        elif word.isupper() and "".join(w[0] for w in name[at : at + len(word)]) == word:
            at += len(word)
        else:
            return False
    return 0 < at < len(name)


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
        if word.endswith(",") and taken[:1] in (["and"], ["&"]):
            taken.pop(0)  # "for Poole Harbour, and Bournemouth, Christchurch and Poole Council"
            break  # ", and" opens a list's last item: a name never holds it
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


def find_parties(
    units: list[Collapsed],
    definitions: list[tuple[str, str]],
    everything: Callable[[], list[Collapsed]],
    text: str,
) -> list[Party]:
    by_abbr: dict[str, str] = {}
    for full, abbr in definitions:
        by_abbr.setdefault(abbr, full)
    best: list[Party] = []
    acts_alone = _acts_alone(text)
    stop_words = r"[.;:]\s|[.;:]$|\s(?:in order|to|which|that|who|are|is|sets?|will)\s"
    for unit in units:
        for m in re.finditer(r"\bbetween\s+", unit.text, re.I):
            end = re.search(stop_words, unit.text[m.end() :])
            stop = m.end() + end.start() if end else len(unit.text)
            found = _split_names(unit, m.end(), stop, definitions, by_abbr, acts_alone)
            if len(found) > len(best) or _completes(best, found):
                best = found
    listed = _listed_parties(units, definitions, by_abbr, acts_alone)
    if _formally(listed, best, units):
        # the short names and their abbreviations stay the parties' aliases
        definitions = definitions + [
            (a.name, alias)
            for a, b in zip(listed, best, strict=True)
            if a.name != b.name
            for alias in [*(abbr for full, abbr in definitions if full == b.name), b.name]
        ]
        best = listed
    elif len(listed) > len(best) or len(best) < 2 or _completes(best, listed):
        best = listed or best  # ... or the title's names in full ("... Water Limited")
    if len(best) < 2:
        best = _most_mentioned(everything(), definitions)
    names = {p.name for p in best}
    for party in best:
        party.abbreviation = party.abbreviation or next(
            (a for f, a in definitions if f == party.name), None
        )
        aliases = {party.name, party.name.replace(" and ", " & ")}
        aliases.update(a for f, a in definitions if f == party.name)
        # "UK Debt Management Office ... (DMO)": the capitals spell the end of the name
        aliases.update(
            a for f, a in definitions
            if " " in f and f not in names and party.name.endswith(f" {f}")
            and sum(n.endswith(f" {f}") for n in names) == 1
        )  # fmt: skip
        aliases.update(a for a, f in by_abbr.items() if f == party.name)
        holder = _OFFICE_OF.fullmatch(party.name)
        if holder:  # "Government Actuary's Department": "the Government Actuary will"
            aliases.add(holder.group(1))
        inner = re.search(r"\(([^()]+)\)", party.name)
        if inner:
            aliases.add(inner.group(1))  # "High Speed Two (HS2) Limited": "HS2 will"
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
# the office or department of an office holder, who acts for it
_OFFICE_OF = re.compile(r"((?:[A-Z][\w-]*\s+)+[A-Z][\w-]*)[’']s\s+(?:Office|Department)")


def _short_forms(name: str, names: set[str], acts_alone: Callable[[str], bool]) -> list[str]:
    """The longest shorter form of a company's name, of two words or more, that the text uses on
    its own as a body that acts ("Network Rail will" for Network Rail Infrastructure Limited);
    for other bodies the longest such end of the name, with its head noun ("the Integrated
    Care Board shall" for NHS Buckinghamshire, ..., Integrated Care Board)."""
    words = name.split()
    if words[-1] not in _COMPANY:
        for size in range(len(words) - 1, 1, -1):
            tail = " ".join(words[-size:])
            shared = any(other != name and other.endswith(tail) for other in names)
            if tail[0].isupper() and not shared and acts_alone(tail):
                return [tail]
        return []
    for size in range(len(words) - 1, 1, -1):
        short = " ".join(words[:size])
        shared = any(other != name and other.startswith(short) for other in names)
        if not shared and short not in ("The", "HM") and acts_alone(short):
            return [short]
    return []


def _acts_alone(text: str) -> Callable[[str], bool]:
    """Whether the document ``text`` uses a name on its own as a body that acts ("Estyn will",
    "Network Rail's"), wherever its lines break."""

    def acts_alone(name: str) -> bool:
        words = r"\s+".join(re.escape(word) for word in name.split())
        # opening with the name's own letters lets re skip ahead to them (a leading \b does not)
        acting = re.compile(rf"{words}(?:[’']s\b|\s+(?:{_ACTING_VERBS})\b)")
        starts = (m.start() for m in acting.finditer(text))
        return any(at == 0 or not text[at - 1].isalnum() for at in starts)

    return acts_alone


_ACTING_VERBS = "will|shall|must|may|should|has|have|is|are|agrees?|can|does|was"


# "Between:", "The parties are:", "agreed between the following bodies (together, "the
# partners"):" over one party per line or list item
_LIST_OF_PARTIES = re.compile(
    r"\b(?:between|parties(?: to this \w+)?(?: are)?)(?:\s+the\s+following(?:\s+\w+){0,2})?"
    r"(?:\s*\([^)]*\)|,\s+(?:each|all|both)\s+of\s+which\b[^:]{0,200})?\s*:$",
    re.I,
)  # "... between the following bodies, each of which has a statutory role in ...:"


def _completes(best: list[Party], found: list[Party]) -> bool:
    """The same parties named in full: "the Accounts Commission" in the title, "the Accounts
    Commission for Scotland (the Commission)" in the first clause."""
    return (
        len(found) == len(best) > 0
        and all(f.name.startswith(b.name) for b, f in zip(best, found, strict=True))
        and any(f.name != b.name for b, f in zip(best, found, strict=True))
    )


def _formally(listed: list[Party], best: list[Party], units: list[Collapsed]) -> bool:
    """The listed parties are the same bodies under their formal names: "the Scottish Further
    and Higher Education Funding Council, known as the Scottish Funding Council (SFC)"."""
    if len(listed) != len(best) or all(a.name == b.name for a, b in zip(listed, best, strict=True)):
        return False
    text = " ".join(unit.text for unit in units)
    return all(
        a.name == b.name
        or re.search(
            rf"{re.escape(a.name)},?\s+(?:known|trading|operating)\s+as\s+(?:the\s+)?"
            rf"{re.escape(b.name)}\b",
            text,
        )
        for a, b in zip(listed, best, strict=True)
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
            # a name set in bold ("**West Dunbartonshire Council** ("the Council"); and")
            start = len(item.text) - len(item.text.lstrip("*_"))
            names = _split_names(item, start, len(item.text), definitions, by_abbr, acts_alone)
            names = _one_per_item(item, names, acts_alone)
            body = names and (heads.search(names[0].name) or names[0].name.split()[-1] in _COMPANY)
            if not names or not (names[0].name in known or body):
                break  # the list of parties has ended
            if names[0].name in [p.name for p in found] or " " not in names[0].name:
                break  # a paragraph after the list names a party again, or "the Council"
            found.append(names[0])
        if len(found) >= 2:
            return found
    return []


def _one_per_item(
    item: Collapsed, names: list[Party], acts_alone: Callable[[str], bool]
) -> list[Party]:
    """A list of parties names one body per item: "Cardiff and Vale University Health Board"
    is one name though its first word was split off at "and". That word is a place, not a body:
    a body's one-word name is in capitals, has a head noun or acts on its own ("Estyn will")."""
    if len(names) < 2:
        return names
    word = names[0].name
    if " " in word or word.isupper() or has_head(word) or acts_alone(word):
        return names
    first = item.text.find(names[0].name)
    second = item.text.find(names[1].name, first + len(names[0].name))
    if first < 0 or item.text[first + len(names[0].name) : second] != " and ":
        return names
    end = second + len(names[1].name)
    return [Party(item.text[first:end], None, item.span(first, end)), *names[2:]]


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
            suffix = _COMPANY_AFTER.match(phrase, i, stop)
            if suffix and out:  # "High Speed Two (HS2) Limited": the company's name goes on
                first = pieces[-1].start
                i = suffix.end()
                out[-1] = Party(phrase[first:i], None, head.span(first, i))
                pieces[-1] = Piece(pieces[-1].start, i, pieces[-1].separator, pieces[-1].known)
        if last_sep_and and phrase[i : i + 1] == ",":
            break  # "... and Estyn, His Majesty's Inspectorate ...": an apposition, not a party
    spans = joined(pieces, phrase, acts_alone)
    if len(spans) == len(out):
        return out
    return [Party(phrase[a:b], None, head.span(a, b)) for a, b in spans]


_COMPANY_AFTER = re.compile(r"\s+(?:Limited|Ltd|plc|PLC|LLP)\b")
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
