"""Read an agreement document (bytes) into plain text that keeps its layout signals.

Pure module: no Django. Public API (stable; services, views and the CLI build on it):

- ``read_document(data: bytes, filename: str, limits: Limits | None = None) -> RawDocument``
- ``detect_format(data: bytes, filename: str) -> str``: ``"pdf" | "docx" | "html" | "md" | "txt"``,
  decided from the content (magic bytes, sniffing); the file name only breaks a tie
  between markdown and plain text.
- ``RawDocument``: ``format``, ``text`` (one string; PDF pages separated by ``\\f``),
  ``pages`` (``PageInfo(number, chars, empty)``, one per PDF page, a single page otherwise),
  ``tables`` (``Table(page, rows)``: contact annexes and other grids, rows of cell strings),
  ``warnings`` (things a reviewer should check, e.g. pages without text).
- ``Limits``: size, page, zip and time limits; defaults suit agreements (a few MB at most).
- ``IngestError``: the one exception raised for bad input; ``str(err)`` is a one-line message
  naming the file and what is wrong (the CLI prints it and exits 2, the upload form shows it).

Layout signals kept in ``text``: one paragraph or list item per line, blank lines between
blocks, headings from structured formats as markdown ``#`` lines, list items from HTML/docx as
``- `` or with their rendered number, table rows as tab-separated cells. Markdown is kept as
written, except that headings faked in bold (``**Membership**``) become ``##`` lines, as in Word.
"""

from __future__ import annotations

import io
import re
import time
import zipfile
from dataclasses import dataclass, field

__all__ = [
    "IngestError",
    "Limits",
    "PageInfo",
    "RawDocument",
    "Table",
    "detect_format",
    "read_document",
]


class IngestError(ValueError):
    """Bad input: the document cannot be read. The message names the file and the problem."""

    def __init__(self, filename: str, problem: str) -> None:
        self.filename = filename
        self.problem = problem
        super().__init__(f"{filename or '<input>'}: {problem}")


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 20 * 1024 * 1024
    max_pages: int = 500
    max_seconds: float = 30.0
    # docx is a zip: refuse archives that inflate far beyond their size (zip bombs).
    max_unzipped_bytes: int = 100 * 1024 * 1024
    max_zip_ratio: int = 200
    max_zip_entries: int = 2000
    max_html_depth: int = 200
    max_chars: int = 5_000_000


@dataclass(frozen=True)
class PageInfo:
    number: int
    chars: int
    empty: bool


@dataclass(frozen=True)
class Table:
    page: int
    rows: list[list[str]]


@dataclass
class RawDocument:
    format: str
    text: str
    pages: list[PageInfo]
    tables: list[Table] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


class _Clock:
    """Cooperative time limit: readers call ``check`` between pages/elements. It cannot stop
    a library inside one page: ``isolation.parse_isolated`` enforces hard limits."""

    def __init__(self, filename: str, seconds: float) -> None:
        self.filename = filename
        self.seconds = seconds
        self.deadline = time.monotonic() + seconds

    def check(self) -> None:
        if time.monotonic() > self.deadline:
            # the same words as the hard limit of ``isolation``
            problem = f"parsing stopped after {self.seconds:g} s (time limit)"
            raise IngestError(self.filename, problem)


_HTML_SNIFF = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|div|p|h[1-6]|table)\b",
    re.IGNORECASE | re.DOTALL,
)


def detect_format(data: bytes, filename: str) -> str:
    """Return the format from the bytes themselves; raise IngestError for unknown binaries."""
    if not data.strip():
        raise IngestError(filename, "the file is empty")
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                names = set(archive.namelist())
        except zipfile.BadZipFile as exc:
            raise IngestError(filename, f"corrupt zip/docx file ({exc})") from None
        if "word/document.xml" in names:
            return "docx"
        raise IngestError(filename, "a zip archive that is not a Word (.docx) document")
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise IngestError(filename, "old binary Word (.doc) format; save it as .docx or PDF")
    head = data[:4096]
    if _looks_binary(head):
        raise IngestError(filename, "binary data that is not PDF, .docx, HTML or text")
    if _HTML_SNIFF.match(head):
        return "html"
    if filename.lower().endswith((".md", ".markdown")):
        return "md"
    return "txt"


def _looks_binary(head: bytes) -> bool:
    if b"\x00" in head:
        return True
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return control > len(head) * 0.02


def read_document(data: bytes, filename: str, limits: Limits | None = None) -> RawDocument:
    """Read ``data`` (the file's bytes) into a RawDocument, or raise IngestError."""
    limits = limits or Limits()
    if len(data) > limits.max_bytes:
        raise IngestError(
            filename,
            f"file is {len(data) / 1_048_576:.1f} MB; the limit is "
            f"{limits.max_bytes / 1_048_576:.0f} MB",
        )
    fmt = detect_format(data, filename)
    clock = _Clock(filename, limits.max_seconds)
    if fmt == "pdf":
        from jointwork.ingest import _pdf

        doc = _pdf.read_pdf(data, filename, limits, clock)
    elif fmt == "docx":
        from jointwork.ingest import _docx

        doc = _docx.read_docx(data, filename, limits, clock)
    elif fmt == "html":
        from jointwork.ingest import _html

        doc = _html.read_html(decode_text(data, filename), filename, limits, clock)
    else:
        text = decode_text(data, filename)
        if fmt == "md":
            text = _bold_headings(text)
        doc = RawDocument(format=fmt, text=text, pages=[page_info(1, text)])
    if len(doc.text) > limits.max_chars:
        raise IngestError(filename, f"more than {limits.max_chars:,} characters of text")
    if not doc.text.strip():
        raise IngestError(filename, f"no text found in this {fmt} file")
    return doc


def faked_heading(text: str, first: bool) -> bool:
    """Words set wholly in bold could be a heading faked by hand: short (a title, the first
    paragraph of the document, may be longer), no final punctuation, a capital first."""
    words = len(text.split())
    letter = next((ch for ch in text if ch.isalpha()), "")  # after a typed number ("3. Scope")
    return words <= (30 if first else 12) and text[-1] not in ".,;:!?" and letter.isupper()


# a markdown line set wholly in bold: "**Membership**", "__Membership__"
_BOLD_LINE = re.compile(r"^(\*\*|__)(?=\S)((?:(?!\1).)+?)(?<=\S)\1$")


def _bold_headings(text: str) -> str:
    """Markdown headings faked in bold become ``##`` lines, as bold paragraphs in Word do; the
    first line of a document without a ``#`` heading becomes its ``#`` title."""
    lines = text.split("\n")
    titled = any(re.match(r"#{1,6}\s", line) for line in lines)
    first = True
    for i, line in enumerate(lines):
        m = _BOLD_LINE.match(line.strip())
        # a hard line break ("**For the Council**  " over "Name: ...") keeps the next line in
        # its paragraph: a signature block's first line, not a heading
        broken = line.endswith(("  ", "\\")) and i + 1 < len(lines) and lines[i + 1].strip()
        if m and not broken and faked_heading(m.group(2), first and not titled):
            lines[i] = ("# " if first and not titled else "## ") + m.group(2)
        first = first and not line.strip()
    return "\n".join(lines)


def decode_text(data: bytes, filename: str) -> str:
    """UTF-8 (with or without BOM), else Windows-1252, the usual legacy encoding of UK offices."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise IngestError(filename, "text file with a broken UTF-16 encoding") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            raise IngestError(filename, "text in an unknown encoding (not UTF-8)") from None


def page_info(number: int, text: str) -> PageInfo:
    chars = len(text.strip())
    return PageInfo(number=number, chars=chars, empty=chars == 0)
