"""Bench: the cost of parsing in a child process with hard limits (``isolation.parse_isolated``)
against parsing in this process (``pipeline.parse_document``), on the same documents.

Run: python bench/ingest_isolation.py  (prints BENCH lines; medians of interleaved runs)
Inputs: the 15 kB plain-text agreement of bench/ingest_text.py, the 10-page PDF of
bench/ingest_pdf.py, the Word agreement and an HTML fixture of the tests; and the first parse of
the process, which starts the forkserver (imports the parsers, warms them up).
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT), str(ROOT / "bench")]

from ingest_pdf import ten_page_pdf  # noqa: E402
from ingest_text import agreement_15kb  # noqa: E402

from jointwork.ingest.isolation import parse_isolated  # noqa: E402
from jointwork.ingest.pipeline import parse_document  # noqa: E402
from tests.ingest.builders import make_docx_isa  # noqa: E402
from tests.ingest.corpus import FIXTURES  # noqa: E402


def timed(fn, *args) -> float:
    start = time.perf_counter()
    fn(*args)
    return time.perf_counter() - start


def main() -> None:
    documents = [
        (agreement_15kb(), "agreement-15kb.txt"),
        (ten_page_pdf(), "ten-pages.pdf"),
        (make_docx_isa(), "isa.docx"),
        ((FIXTURES / "nmc-psa-protocol.html").read_bytes(), "protocol.html"),
    ]
    first = timed(parse_isolated, *documents[0])
    print(f"BENCH isolation first parse (starts the forkserver): {first * 1000:.0f} ms")
    for data, name in documents:
        isolated, local = [], []
        for _ in range(20):
            isolated.append(timed(parse_isolated, data, name))
            local.append(timed(parse_document, data, name))
        child, here = statistics.median(isolated), statistics.median(local)
        print(
            f"BENCH isolation {name:20} in a child {child * 1000:6.1f} ms, in process "
            f"{here * 1000:6.1f} ms, overhead {(child - here) * 1000:5.1f} ms"
        )


if __name__ == "__main__":
    main()
