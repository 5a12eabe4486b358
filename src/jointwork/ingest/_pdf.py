"""PDF reading for ``readers.read_document``: pypdf for text, pdfplumber only for table pages.

pypdf is used for every page because it is much faster than pdfplumber on typed agreements
(see bench/ingest_pdf.py); pdfplumber is opened only on pages that draw ruling lines (a table
of contacts or of duties), where its table finder keeps the columns apart, and the rows it finds
are set out in the text as the other readers set out tables (one clause per table or row).
"""

from __future__ import annotations

import io
import logging
import re
from typing import TYPE_CHECKING

from jointwork.ingest.readers import IngestError, Limits, PageInfo, RawDocument, Table, page_info

if TYPE_CHECKING:  # pypdf is imported only when a PDF is read
    from pypdf import PageObject, PdfReader

    from jointwork.ingest.readers import _Clock

# It starts only where a number starts: tried inside a long run of digits, a search took time
# quadratic in the run's length.
_DRAWING = re.compile(rb"(?<![-\d.])(?:[-\d.]+\s+){4}re\b|(?<![-\d.])(?:[-\d.]+\s+){2}l\b")

# pypdf logs a warning for every recoverable oddity; the reader reports what matters itself.
logging.getLogger("pypdf").setLevel(logging.ERROR)


def read_pdf(data: bytes, filename: str, limits: Limits, clock: _Clock) -> RawDocument:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError, PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            _unlock(reader, filename)
        pages = reader.pages
        count = len(pages)
    except IngestError:
        raise
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise IngestError(filename, f"corrupt PDF ({exc})") from None
    if count == 0:
        raise IngestError(filename, "PDF has no pages")
    if count > limits.max_pages:
        raise IngestError(filename, f"PDF has {count} pages; the limit is {limits.max_pages}")
    texts: list[str] = []
    infos: list[PageInfo] = []
    warnings: list[str] = []
    for number, page in enumerate(pages, start=1):
        clock.check()
        try:
            text = page.extract_text() or ""
        except MemoryError:  # out of memory is not a damaged page (isolation reports it)
            raise
        except Exception as exc:  # pypdf raises many types on damaged content streams
            warnings.append(f"page {number}: text could not be extracted ({type(exc).__name__})")
            text = ""
        texts.append(text)
        infos.append(page_info(number, text))
    empty = [info.number for info in infos if info.empty]
    if len(empty) == count:
        raise IngestError(
            filename,
            f"scanned PDF with no text layer ({count} page{'s' if count > 1 else ''}, "
            "no extractable text); run OCR on it or upload the original document",
        )
    if empty:
        warnings.append(
            "pages with no extractable text (scanned images?), check them by hand: "
            + ", ".join(map(str, empty))
        )
    table_pages = [i for i in range(1, count + 1) if _has_ruled_lines(pages[i - 1])]
    tables = _tables(data, table_pages, clock) if table_pages else []
    for found in tables:
        texts[found.page - 1] = _set_out(texts[found.page - 1], found.rows)
    return RawDocument(
        format="pdf", text="\f".join(texts), pages=infos, tables=tables, warnings=warnings
    )


def _set_out(text: str, rows: list[list[str]]) -> str:
    """The page's text with a table's rows set out as the other readers write tables (cells
    apart by tabs, a blank line around the table), where pypdf gave each row as one line of its
    cells' words; a table whose cells wrap over several lines is left as pypdf wrote it."""
    lines = text.split("\n")
    wanted = [" ".join(" ".join(cells).split()) for cells in rows]
    plain = [" ".join(line.split()) for line in lines]
    for start in range(len(lines) - len(rows) + 1):
        if plain[start : start + len(rows)] == wanted:
            set_out = ["\t".join(cell for cell in cells if cell) for cells in rows]
            lines[start : start + len(rows)] = ["", *set_out, ""]
            return "\n".join(lines)
    return text


def _has_ruled_lines(page: PageObject) -> bool:
    """pdfplumber finds tables by their ruling lines: a page that draws no lines or
    rectangles has none to find, so the (slow) table finder is not worth opening."""
    try:
        contents = page.get_contents()
        data = contents.get_data() if contents is not None else b""
    except MemoryError:
        raise
    except Exception:
        return False
    return bool(_DRAWING.search(data))


def _unlock(reader: PdfReader, filename: str) -> None:
    """Open PDFs encrypted only with an empty user password (common for 'no copying' flags)."""
    try:
        opened = bool(reader.decrypt(""))  # a PasswordType: NOT_DECRYPTED is 0
    except MemoryError:
        raise
    except Exception:
        opened = False
    if not opened:
        raise IngestError(filename, "encrypted PDF: it needs a password; upload an unlocked copy")


def _tables(data: bytes, page_numbers: list[int], clock: _Clock) -> list[Table]:
    import pdfplumber

    tables: list[Table] = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for number in page_numbers:
                clock.check()
                for rows in pdf.pages[number - 1].extract_tables():
                    cleaned = [[(cell or "").strip() for cell in row] for row in rows]
                    if len(cleaned) > 1 or (cleaned and len(cleaned[0]) > 1):
                        tables.append(Table(page=number, rows=cleaned))
    except (IngestError, MemoryError):
        raise
    except Exception:  # tables are a bonus: the text from pypdf is already complete
        return tables
    return tables
