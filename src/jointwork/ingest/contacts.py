"""Read an agreement's contacts annex into contact candidates a person can add to the register.

Pure module (no Django). Public API (stable):

- ``find_contacts(tree, metadata, tables=()) -> list[ContactCandidate]``: the named contacts in
  the document's tables (contacts annexes, escalation tables: any table clause, and any reader
  table of a PDF page) and in the paragraphs under a "Contacts" heading, in document order.
- ``ContactCandidate``: ``organisation`` (a party's full name when the cell or column names a
  party by a name or abbreviation the document defines, else the words printed), ``name``,
  ``role``, ``email``, ``phone``, ``address``, ``level`` (``working`` | ``managers`` |
  ``chief_executives``, the register's escalation levels, or ``None``), ``clause`` (path of
  the clause it was read from) and ``spans``: field -> (start, end) of the words each value
  came from (``level`` points at the words that gave the level).

A candidate needs a name or a role, and an e-mail or a phone number: a body's switchboard line
alone is not a contact. Wordings (levels, role words, column headers) are rows of
``tables/contacts.toml``. Phone numbers are read by a regular expression for UK numbers (10 or
11 digits from a leading 0, or +44): the ``phonenumbers`` library is not a dependency, and an
agreement's annex prints national numbers in a few plain layouts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache

from jointwork.ingest._tables import Collapsed, compiled, table
from jointwork.ingest.clauses import Clause, ClauseTree
from jointwork.ingest.metadata import Metadata
from jointwork.ingest.readers import Table

__all__ = ["ContactCandidate", "find_contacts"]

Span = tuple[int, int]

# Starts only where a run of address characters starts: tried inside the run, the search took
# time quadratic in its length (a hostile 'a.a.a...' line without an '@').
EMAIL = re.compile(
    r"(?<![A-Za-z0-9._%+'’-])[A-Za-z0-9._%+'’-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
)
# UK numbers as printed: "03000 616161", "020 7664 3213", "+44 (0)20 7664 3000", "0161-240-5336"
PHONE = re.compile(r"(?<![\w+])(?:\+44\s?(?:\(0\)\s?)?|\(?0)\d[\d\s()-]{7,14}\d(?![\d@])")
POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b")
URL = re.compile(r"\b(?:https?://|www\.)\S+")
# A markdown or text table's rule row ("---\t---", "|:--|")
_RULE_ROW = re.compile(r"^[\s|:\-–—]*$")
_LABEL_WORDS = 16  # a heading or paragraph of up to this many words may label the table below


@dataclass
class ContactCandidate:
    organisation: str | None
    name: str | None
    role: str | None
    email: str | None
    phone: str | None
    address: str | None
    level: str | None
    clause: str
    spans: dict[str, Span] = field(default_factory=dict)

    def key(self) -> tuple[str, str, str]:
        """Two candidates with this key are the same person (one listed twice)."""
        return tuple(  # type: ignore[return-value]
            (value or "").casefold()
            for value in (self.organisation, self.name or self.role, self.email or self.phone)
        )

    def to_json(self) -> dict:
        return {
            "organisation": self.organisation,
            "name": self.name,
            "role": self.role,
            "email": self.email,
            "phone": self.phone,
            "address": self.address,
            "level": self.level,
            "clause": self.clause,
            "spans": {name: list(span) for name, span in self.spans.items()},
        }


@dataclass
class _Value:
    text: str
    span: Span
    words: Collapsed  # the cell or line it was read from, to search it for level words
    lo: int = 0  # its place in ``words.text``
    hi: int = 0


@dataclass
class _Cell:
    """What one table cell or paragraph says about a person."""

    name: _Value | None = None
    role: _Value | None = None
    email: _Value | None = None
    phone: _Value | None = None
    address: _Value | None = None
    organisation: _Value | None = None
    head: _Value | None = None  # the words before the first e-mail, phone, label or body


# ---- the tables ----------------------------------------------------------------------------


@cache
def _rules() -> dict:
    return table("contacts")


def _level(value: _Value | None) -> tuple[str, Span] | None:
    if value is None:
        return None
    for row in _rules()["levels"]:
        m = compiled(row["pattern"]).search(value.words.text, value.lo, value.hi)
        if m:
            return row["level"], value.words.span(m.start(), m.end())
    return None


def _column(header: str) -> str | None:
    text = " ".join(header.split()).strip(" :*")
    for row in _rules()["columns"]:
        if compiled(row["pattern"]).fullmatch(text):
            return str(row["field"])
    return None


def _role_start() -> re.Pattern:
    return compiled(_rules()["roles"]["start"])


def _is_person(text: str) -> bool:
    return bool(compiled(_rules()["roles"]["person"], 0).match(text)) and not (
        _role_start().search(text)
    )


# ---- organisations ---------------------------------------------------------------------------


class _Organisations:
    """The parties' names and the abbreviations the document defines, to find in a cell."""

    def __init__(self, metadata: Metadata) -> None:
        names: dict[str, str] = {}
        for party in metadata.parties:
            for alias in [party.name, *party.aliases, *_short_forms(party.name)]:
                if not alias.lower().startswith("the "):  # "the Commission" is too loose here
                    names.setdefault(alias, party.name)
        self.parties = names
        self.defined = {
            abbr: full for abbr, full in metadata.abbreviations.items() if abbr not in names
        }
        aliases = sorted(names, key=len, reverse=True)
        self._find = (
            re.compile(r"(?<![\w@.])(?:" + "|".join(map(re.escape, aliases)) + r")(?![\w@])")
            if aliases
            else None
        )

    def whole(self, text: str) -> str | None:
        """The party (or defined body) a whole cell names, e.g. a column header "GMC"."""
        text = " ".join(text.split()).strip(" .,:;")
        for alias, name in self.parties.items():
            if alias.casefold() == text.casefold():
                return name
        return self.defined.get(text)

    def search(self, words: Collapsed) -> tuple[str, int, int] | None:
        """The first party named in a cell: (full name, start, end) in ``words.text``."""
        if self._find is None:
            return None
        m = self._find.search(words.text)
        return (self.parties[m.group()], m.start(), m.end()) if m else None


def _short_forms(name: str) -> list[str]:
    """'Eastbridge MBC' for 'Eastbridge Metropolitan Borough Council': the first words kept
    and the rest as initials, as councils and trusts are commonly written."""
    words = name.split()
    forms = []
    for keep in range(1, len(words) - 1):
        rest = words[keep:]
        if all(w[:1].isupper() for w in rest):
            forms.append(" ".join(words[:keep]) + " " + "".join(w[0] for w in rest))
    return forms


# ---- one cell --------------------------------------------------------------------------------


def _value(words: Collapsed, start: int = 0, end: int | None = None) -> _Value | None:
    end = len(words.text) if end is None else end
    text = words.text[start:end].strip(" ,;:.-–")
    if not text:
        return None
    lo = words.text.index(text, start)
    return _Value(text, words.span(lo, lo + len(text)), words, lo, lo + len(text))


def _phone(text: str) -> bool:
    """A UK number has 10 or 11 digits written from its leading 0 ("+44 (0)20" is "020")."""
    digits = re.sub(r"\D", "", text)
    if digits.startswith("44"):
        digits = "0" + digits[2:].removeprefix("0")
    return digits.startswith("0") and len(digits) in (10, 11)


def _read_cell(words: Collapsed, orgs: _Organisations, look_for_org: bool = True) -> _Cell:
    """Name, role, e-mail, phone, address and organisation in a cell of free text, e.g.
    "David Behan Chief Executive Care Quality Commission Finsbury Tower ... London EC1Y 8TG
    Telephone: 03000 616161 Email: david.behan@cqc.org.uk" or "Jo Bloggs, Liaison Officer,
    jo.bloggs@gmc-uk.org"."""
    text = words.text
    cell = _Cell()
    stops: list[int] = []
    if m := EMAIL.search(text):
        cell.email = _value(words, m.start(), m.end())
        stops.append(m.start())
    for m in PHONE.finditer(text):
        if _phone(m.group()):
            cell.phone = _value(words, m.start() + (m.group()[0] == "("), m.end())
            stops.append(m.start())
            break
    stops += [m.start() for m in compiled(_rules()["labels"]["pattern"]).finditer(text)]
    stops += [m.start() for m in URL.finditer(text)]
    found = orgs.search(words) if look_for_org else None
    if found:
        name, start, end = found
        cell.organisation = _Value(name, words.span(start, end), words, start, end)
        stops.append(start)
        after = min([s for s in stops if s > end], default=len(text))
        if postcode := POSTCODE.search(text, end, after):
            cell.address = _value(words, end, postcode.end())
    head_end = min(stops, default=len(text))
    cell.head = _value(words, 0, head_end)
    cell.name, cell.role = _name_and_role(words, 0, head_end)
    if found and cell.head is None:  # the body first: "ARA, Ann Lee, Head of Policy, ..."
        after = cell.address.hi if cell.address else found[2]
        upto = min([s for s in stops if s > after], default=len(text))
        person, role = _name_and_role(words, after, upto)
        if role is not None:  # a name alone after a body is as likely a street or building
            cell.name, cell.role = person, role
    return cell


def _name_and_role(words: Collapsed, start: int, end: int) -> tuple[_Value | None, _Value | None]:
    """A person's name then their role: "Jo Bloggs, Liaison Officer", "David Behan Chief
    Executive", "Head of Regulatory Policy" (a role alone)."""
    text = words.text
    pieces = [(m.start(), m.end()) for m in re.finditer(r"[^,;]+", text[start:end])]
    pieces = [(start + a, start + b) for a, b in pieces if text[start + a : start + b].strip()]
    if not pieces:
        return None, None
    first_start, first_end = pieces[0]
    first = text[first_start:first_end].strip()
    name: _Value | None = None
    role_from = first_start
    if _is_person(first):
        name = _value(words, first_start, first_end)
        role_from = pieces[1][0] if len(pieces) > 1 else end
    elif (
        (m := _role_start().search(text, first_start, first_end))
        and _is_person(text[first_start : m.start()].strip())
        # "Barring Referrals Manager" is a role: a role of one word after a name is too
        # weak a sign that the words before it are a person's name
        and len(text[m.start() : first_end].split()) > 1
    ):
        name = _value(words, first_start, m.start())
        role_from = m.start()
    role = _value(words, role_from, end) if role_from < end else None
    if role is not None and not _role_start().search(role.text):
        role = None  # words that are neither a name nor a job title (a street, a building)
    return name, role


# ---- tables and their labels -----------------------------------------------------------------


@dataclass
class _Grid:
    clause: str
    rows: list[list[Collapsed]]
    label: Collapsed | None  # the heading or short paragraph just above the table
    span: Span


def _cells(text: str, start: int, end: int) -> Iterator[list[Collapsed]]:
    for line in re.finditer(r"[^\n]+", text[start:end]):
        if _RULE_ROW.match(line.group()):
            continue
        cells, at = [], start + line.start()
        for part in line.group().split("\t"):  # an empty cell keeps its column
            cells.append(Collapsed.of(text, at, at + len(part)))
            at += len(part) + 1
        yield cells


def _label(tree: ClauseTree, clause: Clause | None) -> Collapsed | None:
    if clause is None or clause.kind not in ("paragraph", "section", "annex", "item"):
        return None
    words = tree.collapsed(*clause.span)
    if not words.text:
        return None
    if len(words.text.split()) > _LABEL_WORDS or EMAIL.search(words.text):
        return None
    return words


def _grids(tree: ClauseTree, tables: Sequence[Table]) -> Iterator[_Grid]:
    text = tree.text
    before: Clause | None = None
    seen: list[Span] = []
    for clause in tree.walk():
        if clause.kind == "table" and not clause.children:  # not a table of duties
            rows = list(_cells(text, *clause.span))
            seen.append(clause.span)
            yield _Grid(clause.path, rows, _label(tree, before), clause.span)
        before = clause
    for found in tables:  # PDF tables from pdfplumber: find each cell's words in the text
        grid = _located(tree, found, seen)
        if grid is not None:
            yield grid


def _located(tree: ClauseTree, found: Table, seen: list[Span]) -> _Grid | None:
    text = tree.text
    rows: list[list[Collapsed]] = []
    cursor = 0
    for row in found.rows:
        cells = []
        for value in row:
            if not value.split():  # an empty cell keeps its column
                cells.append(Collapsed.of(text, cursor, cursor))
                continue
            pattern = r"\s+".join(map(re.escape, value.split()))
            m = re.compile(pattern).search(text, cursor)
            if m is None:
                return None  # spans are the point: a table not in the text is not read
            cells.append(Collapsed.of(text, m.start(), m.end()))
            cursor = m.end()
        if any(c.text for c in cells):
            rows.append(cells)
    if not rows:
        return None
    start = next(c.base for c in rows[0] if c.text)
    if any(a <= start < b for a, b in seen):
        return None  # already read as a table clause
    clause = _enclosing(tree, start)
    last = [c for c in rows[-1] if c.text][-1]
    end = last.span(0, len(last.text))[1]
    return _Grid(clause.path if clause else "", rows, None, (start, end))


def _enclosing(tree: ClauseTree, offset: int) -> Clause | None:
    best = None
    for clause in tree.walk():
        if clause.span[0] <= offset < max(clause.span[1], clause.span[0] + 1):
            best = clause
    return best


# ---- from a table to candidates --------------------------------------------------------------


@dataclass
class _Row:
    """One contact being put together from a table row or a paragraph."""

    clause: str
    cell: _Cell
    organisation: _Value | None = None  # from a column, when the cell names none
    role: _Value | None = None  # from a row label or the table's label, when the cell has none
    levels: list[_Value | None] = field(default_factory=list)  # where to look, in order

    def candidate(self) -> ContactCandidate | None:
        cell = self.cell
        role = cell.role or self.role
        if not (cell.name or role) or not (cell.email or cell.phone):
            return None
        values = {
            "organisation": cell.organisation or self.organisation,
            "name": cell.name,
            "role": role,
            "email": cell.email,
            "phone": cell.phone,
            "address": cell.address,
        }
        level = next(filter(None, map(_level, [*self.levels, role])), None)
        spans = {k: v.span for k, v in values.items() if v is not None}
        if level:
            spans["level"] = level[1]
        return ContactCandidate(
            organisation=values["organisation"].text if values["organisation"] else None,
            name=cell.name.text if cell.name else None,
            role=role.text if role else None,
            email=cell.email.text if cell.email else None,
            phone=cell.phone.text if cell.phone else None,
            address=cell.address.text if cell.address else None,
            level=level[0] if level else None,
            clause=self.clause,
            spans=spans,
        )


def _label_role(label: _Value | None) -> _Value | None:
    """The role a table's label gives its contacts when it names a level: "Lead officers" of
    "Lead officers – strategic contacts and those responsible for MoU management"."""
    if label is None or _level(label) is None:
        return None
    cut = re.search(r"\s[–—-]\s|[(:]", label.text)
    return _value(label.words, label.lo, label.lo + cut.start() if cut else label.hi)


@dataclass(frozen=True)
class _Column:
    field: str  # "party", a field of contacts.toml [[columns]], or "" (not known)
    party: _Value | None = None  # a party's column: its full name, at the header cell


def _header(row: list[Collapsed], orgs: _Organisations) -> list[_Column] | None:
    """The columns of a header row, or None when the row is not a header."""
    if any(_contact_details(c) for c in row):
        return None
    columns = []
    for cell in row:
        party = orgs.whole(cell.text)
        if party:
            columns.append(_Column("party", _Value(party, cell.span(0, len(cell.text)), cell)))
        else:
            columns.append(_Column(_column(cell.text) or ""))
    fields = {c.field for c in columns}
    if "party" in fields or len(fields & {"name", "role", "email", "phone", "contact"}) >= 2:
        return columns
    return None


def _from_grid(grid: _Grid, orgs: _Organisations) -> Iterator[_Row]:
    if not grid.rows:
        return
    columns = _header(grid.rows[0], orgs)
    label = _value(grid.label) if grid.label else None
    for row in grid.rows[1:] if columns else grid.rows:
        if columns and any(c.field == "party" for c in columns):
            yield from _by_party(grid.clause, columns, row, label, orgs)
        elif columns:
            yield _by_field(grid.clause, columns, row, label, orgs)
        else:
            yield from _by_cell(grid.clause, row, label, orgs)


def _contact_details(words: Collapsed) -> bool:
    return bool(
        EMAIL.search(words.text) or any(_phone(m.group()) for m in PHONE.finditer(words.text))
    )


def _by_cell(
    clause: str, row: list[Collapsed], label: _Value | None, orgs: _Organisations
) -> Iterator[_Row]:
    """A table without a header: a cell per contact when several cells hold contact details
    (seed 001's Annex B: one party's contact a column), else the row is one contact."""
    first = _value(row[0]) if len(row) > 1 and not _contact_details(row[0]) else None
    row_label = first if _level(first) else None  # "Working level | Jo Bloggs, ..."
    cells = row[1:] if row_label else row
    if sum(map(_contact_details, cells)) <= 1:
        cells = [Collapsed.joined(cells)]
    for cell in cells:
        yield _Row(
            clause,
            _read_cell(cell, orgs),
            role=_label_role(row_label) or _label_role(label),
            levels=[row_label, label],
        )


def _by_party(
    clause: str,
    columns: list[_Column],
    row: list[Collapsed],
    label: _Value | None,
    orgs: _Organisations,
) -> Iterator[_Row]:
    """A table with a column per party ("Level | GMC | Healthwatch England"): the first
    column labels the row with a level or a role, each party's cell holds its contact."""
    row_label = _value(row[0]) if columns[0].field != "party" else None
    as_role = row_label if columns[0].field != "level" else None
    for column, cell in zip(columns, row, strict=False):
        if column.field == "party":
            read = _read_cell(cell, orgs)
            yield _Row(clause, read, column.party, as_role, [row_label, label])


def _by_field(
    clause: str,
    columns: list[_Column],
    row: list[Collapsed],
    label: _Value | None,
    orgs: _Organisations,
) -> _Row:
    """A table with a column per field ("Name | Role | Email | Phone"): one contact a row."""
    cell = _Cell()
    level: _Value | None = None
    # with an organisation column, a body named in another cell is not the contact's employer
    look_for_org = not any(c.field == "organisation" for c in columns)
    for column, words in zip(columns, row, strict=False):
        if column.field == "organisation":
            printed = _value(words)
            if printed is not None:
                printed.text = orgs.whole(words.text) or printed.text
            cell.organisation = printed
        elif column.field == "name":
            cell.name = _value(words)
        elif column.field == "address":
            cell.address = _value(words)
        elif column.field == "level":
            level = _value(words)
        else:
            _merge(cell, _read_cell(words, orgs, look_for_org), column.field)
    return _Row(clause, cell, levels=[level, label])


def _merge(cell: _Cell, read: _Cell, kind: str) -> None:
    """Fill what ``cell`` still lacks from one column's cell, as its header says."""
    if kind in ("role", "contact") and read.name is None and read.role is None:
        read.role = read.head  # "Public protection portfolio": the column says it is the contact
    elif kind == "role" and read.role is None:
        read.role, read.name = read.name, None  # a Role column holds a role, not a name
    for name in ("name", "role", "email", "phone", "organisation", "address"):
        if getattr(cell, name) is None:
            setattr(cell, name, getattr(read, name))


# ---- paragraphs under a Contacts heading -----------------------------------------------------


def _paragraphs(tree: ClauseTree, orgs: _Organisations, read: list[Span]) -> Iterator[_Row]:
    """Contacts in paragraphs under a Contacts heading, outside the tables already ``read``
    (a PDF's table is also in its text, as lines of a paragraph)."""
    section = compiled(_rules()["scope"]["section"])

    def visit(clauses: Iterable[Clause], heading: _Value | None, inside: bool) -> Iterator[_Row]:
        for clause in clauses:
            here = inside or bool(clause.heading and section.search(clause.heading))
            if not here:  # read nothing outside a contacts section
                yield from visit(clause.children, heading, here)
                continue
            words = tree.collapsed(*clause.span)
            inside_table = any(a < clause.span[1] and clause.span[0] < b for a, b in read)
            is_text = clause.kind in ("paragraph", "bullet", "item")
            if is_text and not inside_table and _contact_details(words):
                for line in _lines(tree.text, clause.span):
                    yield _Row(clause.path, _read_cell(line, orgs), levels=[heading])
            label = _value(words) if clause.heading else heading
            yield from visit(clause.children, label, here)

    yield from visit(tree.clauses, None, False)


def _lines(text: str, span: Span) -> list[Collapsed]:
    """A paragraph's lines, each one contact, when several hold contact details (a PDF's
    table without ruling lines); else the paragraph as one contact, which may wrap."""
    lines = [
        Collapsed.of(text, span[0] + m.start(), span[0] + m.end())
        for m in re.finditer(r"[^\n]+", text[span[0] : span[1]])
    ]
    detailed = [line for line in lines if _contact_details(line)]
    return detailed if len(detailed) > 1 else [Collapsed.of(text, *span)]


def _position(candidate: ContactCandidate) -> int:
    return min(candidate.spans[k][0] for k in ("email", "phone") if k in candidate.spans)


def find_contacts(
    tree: ClauseTree, metadata: Metadata, tables: Sequence[Table] = ()
) -> list[ContactCandidate]:
    """Contact candidates in document order, each person once (first listing wins)."""
    orgs = _Organisations(metadata)
    grids = list(_grids(tree, tables))
    rows = [row for grid in grids for row in _from_grid(grid, orgs)]
    rows += list(_paragraphs(tree, orgs, [grid.span for grid in grids]))
    found: dict[tuple[str, str, str], ContactCandidate] = {}
    for row in rows:
        candidate = row.candidate()
        if candidate is not None:
            found.setdefault(candidate.key(), candidate)
    return sorted(found.values(), key=_position)
