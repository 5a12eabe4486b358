"""Bench: PDF text extraction, pypdf vs pdfplumber, and the whole ingest vs pypdf alone.

Run: python bench/ingest_pdf.py  (prints BENCH lines: medians of interleaved runs, with the
10th-90th percentile spread, and ratios of medians measured in this run)
Inputs: a generated 10-page text PDF of numbered clauses (about 40 lines a page, a duty in
almost every clause), and seeds 001-003 set as a PDF (when ../shared/seeds is available).
"""

from __future__ import annotations

import io
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT), str(ROOT / "bench")]

from _interleave import interleaved, ratio, spread  # noqa: E402

from jointwork.ingest.pipeline import parse_document  # noqa: E402
from tests.ingest.builders import make_pdf  # noqa: E402
from tests.ingest.corpus import seeds_dir  # noqa: E402

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


def seed_mous_pdf() -> bytes | None:
    """Seeds 001-003 (three typed MoUs, about 36 kB) set as a PDF of 50 wrapped lines a page."""
    seeds = seeds_dir()
    if seeds is None:
        return None
    lines: list[str] = []
    for path in sorted(seeds.glob("00[123]_*.txt")):
        for paragraph in path.read_text().split("\n"):
            wrapped = textwrap.wrap(paragraph, 95) or [""]
            lines += [line.encode("cp1252", "replace").decode("cp1252") for line in wrapped]
    return make_pdf([lines[i : i + 50] for i in range(0, len(lines), 50)])


def pypdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    return "\f".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def pdfplumber_text(data: bytes) -> str:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\f".join(page.extract_text() or "" for page in pdf.pages)


def main() -> None:
    data = ten_page_pdf()
    times = interleaved(
        {
            "pypdf": lambda: pypdf_text(data),
            "ingest": lambda: parse_document(data, "bench.pdf"),
            "pdfplumber": lambda: pdfplumber_text(data),
        },
        runs=12,
    )
    print(
        f"BENCH ingest.pdf_text_pypdf {spread(times['pypdf'])} ms "
        f"vs pdfplumber {ratio(times, 'pdfplumber', 'pypdf')}"
    )
    print(
        f"BENCH ingest.pdf_full_10_pages {spread(times['ingest'])} ms "
        f"vs pypdf {ratio(times, 'ingest', 'pypdf')}"
    )
    mous = seed_mous_pdf()
    if mous is not None:
        times = interleaved(
            {"pypdf": lambda: pypdf_text(mous), "ingest": lambda: parse_document(mous, "mous.pdf")},
            runs=20,
        )
        print(
            f"BENCH ingest.pdf_full_seed_mous {spread(times['ingest'])} ms "
            f"vs pypdf {spread(times['pypdf'])} ms: {ratio(times, 'ingest', 'pypdf')}"
        )


if __name__ == "__main__":
    main()
