"""Bench: ingest (clauses + metadata + obligations) of plain-text agreements.

Run: python bench/ingest_text.py
- a 15 kB plain-text agreement (a seed MoU padded with more numbered clauses), per document,
  against the bare library read of the same bytes (UTF-8 decode);
- 1,000 mixed documents (the seeds when available, and the test fixtures in txt/html/md,
  docx and pdf built in code) on one process, against reading their bytes.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from jointwork.ingest.pipeline import parse_document  # noqa: E402
from tests.ingest.builders import FSA_EA_PAGES, make_docx_isa, make_pdf  # noqa: E402
from tests.ingest.corpus import FIXTURES, seeds_dir  # noqa: E402


def agreement_15kb() -> bytes:
    base = (FIXTURES / "hse-orr-btp-mou.txt").read_text()
    extra, n = [], 6
    while len(base) + sum(map(len, extra)) < 15_000:
        extra.append(
            f"{n}. Further arrangements\n"
            f"{n}.1 The parties will meet quarterly to review incidents.\n"
            f"{n}.2 The parties will keep each other informed about changes to their guidance.\n"
        )
        n += 1
    return (base + "\n" + "".join(extra)).encode()


def corpus() -> list[tuple[bytes, str]]:
    docs = [(p.read_bytes(), p.name) for p in sorted(FIXTURES.iterdir())]
    docs += [(make_docx_isa(), "isa.docx"), (make_pdf(FSA_EA_PAGES), "mou.pdf")]
    seeds = seeds_dir()
    if seeds:
        docs += [(p.read_bytes(), p.name) for p in sorted(seeds.glob("*.txt"))]
    return docs


def best_of(fn, repeat: int = 20) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    data = agreement_15kb()
    t_read = best_of(lambda: data.decode("utf-8"), repeat=200)
    t_ingest = best_of(lambda: parse_document(data, "agreement.txt"))
    print(
        f"BENCH ingest.text_15kb {t_ingest * 1000:.2f} ms ({len(data)} bytes) "
        f"vs utf8_decode {t_ingest / t_read:.0f}x"
    )
    docs = corpus()
    batch = [docs[i % len(docs)] for i in range(1000)]
    start = time.perf_counter()
    for blob, name in batch:
        parse_document(blob, name)
    t_all = time.perf_counter() - start
    start = time.perf_counter()
    for blob, _ in batch:
        bytes(blob)
    t_bytes = max(time.perf_counter() - start, 1e-9)
    print(f"BENCH ingest.mixed_1000_docs {t_all:.2f} s vs copy_bytes {t_all / t_bytes:.0f}x")


if __name__ == "__main__":
    main()
