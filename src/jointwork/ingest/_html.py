"""HTML reading for ``readers.read_document`` (lxml, walked without recursion).

Block elements become lines, headings ``#`` lines, list items ``- `` or their ordered number
(honouring ``type="a"``/``"i"`` and ``start``), table rows tab-separated cells. Scripts, styles
and page chrome are dropped: ``<nav>``, ``<aside>``, page-level ``<header>``/``<footer>``,
landmark roles, cookie banners, breadcrumbs, skip links, contents lists of in-page links, a
definition list of publishing details ("From:", "Published") and furniture lines such as the
licence footer (wordings in ``tables/page_chrome.toml``). Nesting deeper than
``Limits.max_html_depth`` is refused.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from jointwork.ingest._docx import _format_number
from jointwork.ingest._tables import compiled, table
from jointwork.ingest.readers import IngestError, Limits, RawDocument, Table, page_info

if TYPE_CHECKING:  # lxml is imported only when a web page is read
    from lxml.html import HtmlElement

    from jointwork.ingest.readers import _Clock

_SKIP = {"script", "style", "noscript", "template", "nav", "aside", "head", "svg", "button", "form"}
# a <header> or <footer> inside these belongs to that content; outside, it is the page's
_SECTIONING = {"main", "article", "section"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_DATED_TERM = re.compile(r"\b(?:published|updated)\b", re.I)
_DAY_MONTH_YEAR = r"\d{1,2}\s+[A-Z][a-z]+\s+\d{4}"
_BLOCK = {
    "p", "div", "section", "article", "main", "header", "footer", "aside", "blockquote",
    "address", "dd", "dt", "figcaption", "pre", "br", "hr",
}  # fmt: skip
_INDENTED_ITEM = re.compile(r"^( +)(?:-|\w{1,4}\.) ")
_OL_FORMATS = {"a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman"}


@dataclass
class _OrderedList:
    """The ``<ol>`` being walked: the number of the last item and its numbering format."""

    count: int
    fmt: str


def read_html(source: str, filename: str, limits: Limits, clock: _Clock) -> RawDocument:
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.document_fromstring(source)
    except (etree.ParserError, ValueError) as exc:
        raise IngestError(filename, f"unreadable HTML ({exc})") from None
    out = _Writer()
    tables: list[Table] = []
    outside = _outside_main(root)
    # iterative walk: (element, depth, list context) so deep nesting cannot blow the stack
    stack: list[tuple[HtmlElement, int, _OrderedList | None, bool]] = [(root, 0, None, False)]
    steps = 0
    while stack:
        node, depth, ol, closing = stack.pop()
        if closing:
            out.tail(node)
            continue
        steps += 1
        if steps % 500 == 0:
            clock.check()
        if depth > limits.max_html_depth:
            raise IngestError(
                filename, f"HTML nested deeper than {limits.max_html_depth} elements; refusing it"
            )
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in _SKIP or not tag or outside(node) or _chrome(node, tag):
            out.tail(node)
            continue
        if tag == "table":
            rows = _table(node)
            if rows:
                tables.append(Table(page=1, rows=rows))
                out.block("\n".join("\t".join(r) for r in rows))
            out.tail(node)
            continue
        child_ol = ol
        if tag in _HEADINGS:
            out.block("#" * int(tag[1]) + " " + " ".join(node.text_content().split()))
            out.tail(node)
            continue
        if tag == "ol":
            start = node.get("start", "1")
            child_ol = _OrderedList(
                int(start) - 1 if start.isdigit() else 0,
                _OL_FORMATS.get(node.get("type", "1"), "decimal"),
            )
        elif tag == "ul":
            child_ol = None
        if tag == "li":
            indent = "  " * max(0, _list_depth(node) - 1)
            if ol is not None:
                ol.count += 1
                marker = _format_number(ol.count, ol.fmt) + "."
            else:
                marker = "-"
            out.newline()
            out.marker(f"{indent}{marker} ")
        elif tag in _BLOCK or tag in ("ul", "ol", "tr"):
            out.newline(blank=tag not in ("br", "li"))
        out.write(node.text or "")
        stack.append((node, depth, ol, True))
        for child in reversed(list(node)):
            stack.append((child, depth + 1, child_ol, False))
    text = out.text()
    return RawDocument(format="html", text=text, pages=[page_info(1, text)], tables=tables)


def _outside_main(root: HtmlElement) -> Callable[[HtmlElement], bool]:
    """On a page with one ``<main>`` (the HTML standard's "dominant contents of the document"),
    whether an element lies beside it: a site's top bar, search, menus, sidebars and footers,
    whatever their class names. An element holding the page's ``<h1>`` is kept: some sites
    put the title above ``<main>``."""
    mains = root.xpath("//main | //*[@role='main']")
    if len(mains) != 1:
        return lambda node: False
    main = mains[0]
    path = set(main.iterancestors())

    def outside(node: HtmlElement) -> bool:
        parent = node.getparent()
        return (
            parent in path and node is not main and node not in path and node.find(".//h1") is None
        )

    return outside


def _chrome(node: HtmlElement, tag: str) -> bool:
    """Site furniture around the agreement (see the module docstring)."""
    chrome = table("page_chrome")
    if node.get("role") in chrome["roles"]:
        return True
    if tag in ("header", "footer") and not any(a.tag in _SECTIONING for a in node.iterancestors()):
        # a page header that holds the page's <h1> is where some sites put the title
        return tag == "footer" or node.find(".//h1") is None
    marks = f"{node.get('class', '')} {node.get('id', '')}".strip()
    if marks and compiled(chrome["classes"]).search(marks):
        return True
    publishing = compiled(chrome["publishing_terms"])
    if tag == "dl":
        # publishing details, maybe with a site's own terms among them ("Airport: Kirkwall")
        terms = [" ".join(dt.text_content().split()) for dt in node.iter("dt")]
        known = [term for term in terms if publishing.fullmatch(term)]
        return (
            bool(terms)
            and 2 * len(known) >= len(terms)
            and bool(_DATED_TERM.search(" ".join(known)))
        )
    if tag in ("div", "p") and not any(a.tag in _SECTIONING for a in node.iterancestors()):
        # "Published: 30 September 2024 Last updated: ..." above the page's <main>: the page's
        # publishing details (inside the content, a dateline stays: it may date the agreement)
        dated = rf"(?:{publishing.pattern}\s*{_DAY_MONTH_YEAR}\s*)+"
        return re.fullmatch(dated, " ".join(node.text_content().split())) is not None
    if tag in ("ul", "ol"):
        return _list_depth(node) == 0 and _contents_list(node)
    if tag in _HEADINGS and compiled(chrome["contents_heading"]).fullmatch(
        " ".join(node.text_content().split())
    ):
        following = node.getnext()
        return following is not None and following.tag in ("ul", "ol") and _contents_list(following)
    return False


def _contents_list(node: HtmlElement) -> bool:
    """A list that is nothing but links to the page's own anchors (a contents list)."""
    links = list(node.iter("a"))
    if not links or not all(a.get("href", "").startswith("#") for a in links):
        return False
    linked = "".join("".join(a.text_content() for a in links).split())
    return linked == "".join(node.text_content().split())


def _list_depth(node: HtmlElement) -> int:
    return sum(1 for a in node.iterancestors() if a.tag in ("ul", "ol"))


def _table(node: HtmlElement) -> list[list[str]]:
    rows = []
    for tr in node.iter("tr"):
        cells = [" ".join(c.text_content().split()) for c in tr if c.tag in ("td", "th")]
        if any(cells):
            rows.append(cells)
    return rows


class _Writer:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.after_marker = False  # nothing but a list marker written on this line yet

    def write(self, s: str) -> None:
        if s:
            self.parts.append(" ".join(s.split("\n")).replace("\t", " "))
            self.after_marker = self.after_marker and not s.strip()

    def marker(self, s: str) -> None:
        self.write(s)
        self.after_marker = True

    def newline(self, blank: bool = False) -> None:
        if self.after_marker:
            return  # "<li><p>Text": the item's first paragraph stays on its marker's line
        self.parts.append("\n\n" if blank else "\n")

    def block(self, s: str) -> None:
        self.after_marker = False
        self.parts.append(f"\n\n{s}\n\n")

    def tail(self, node: HtmlElement) -> None:
        tag = getattr(node, "tag", None)
        # a <br> broke its line when it opened: the lines it separates stay one paragraph
        if tag != "br" and (tag in _BLOCK or tag in ("li", "ul", "ol")):
            self.parts.append("\n")
        self.write(node.tail or "")

    def text(self) -> str:
        """The page as lines, without lines that are furniture wherever they sit (a licence
        footer, "Is this page useful?")."""
        chrome = compiled("|".join(f"(?:{line})" for line in table("page_chrome")["lines"]))
        lines = []
        for line in "".join(self.parts).split("\n"):
            item = _INDENTED_ITEM.match(line)
            indent = item.group(1) if item else ""
            cells = ("\t".join(" ".join(cell.split()) for cell in line.split("\t"))).strip("\t")
            if not chrome.fullmatch(cells):
                lines.append(indent + cells)
        text = "\n".join(lines)
        while "\n\n\n" in text:
            text = text.replace("\n\n\n", "\n\n")
        return text.strip() + "\n"
