"""Bench: PDF text extraction, pypdf vs pdfplumber, and the whole ingest vs pypdf alone.

Run: python bench/ingest_pdf.py  (prints BENCH lines; ratios are measured in this run)
Input: a generated 10-page text PDF of numbered clauses (about 40 lines a page).
"""

from __future__ import annotations

import io
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from jointwork.ingest.pipeline import parse_document  # noqa: E402
from tests.ingest.builders import make_pdf  # noqa: E402

SENTENCE = "The parties will share information about incidents where it is lawful to do so."


def ten_page_pdf() -> bytes:
    pages, n = [], 0
    for page in range(10):
        lines = [
            f"Example MoU between the Alpha Authority (AA) and the Beta Board (BB)  page {page + 1}"
        ]
        for _ in range(13):
            n += 1
            lines += [
                f"{n}. {SENTENCE}",
                "The parties will meet quarterly to review how this works.",
                "",
            ]
        pages.append(lines)
    return make_pdf(pages)


def best_of(fn, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def pypdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    return "\f".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def pdfplumber_text(data: bytes) -> str:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\f".join(page.extract_text() or "" for page in pdf.pages)


def main() -> None:
    data = ten_page_pdf()
    t_pypdf = best_of(lambda: pypdf_text(data))
    t_plumber = best_of(lambda: pdfplumber_text(data), repeat=3)
    t_ingest = best_of(lambda: parse_document(data, "bench.pdf"))
    print(
        f"BENCH ingest.pdf_text_pypdf {t_pypdf * 1000:.1f} ms "
        f"vs pdfplumber {t_plumber / t_pypdf:.1f}x"
    )
    print(
        f"BENCH ingest.pdf_full_10_pages {t_ingest * 1000:.1f} ms "
        f"vs pypdf {t_ingest / t_pypdf:.2f}x"
    )


if __name__ == "__main__":
    main()
