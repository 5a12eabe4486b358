"""Bench: ingest (clauses + metadata + obligations) of plain-text agreements.

Run: python bench/ingest_text.py  (prints BENCH lines: medians of interleaved runs, with the
10th-90th percentile spread, and ratios measured in this run)
- 15 kB plain-text agreements, per document, against the bare read of the same bytes (UTF-8
  decode): a synthetic one (a fixture padded with numbered clauses that nearly all carry a duty)
  and a real one (seed 001 followed by the start of seed 003, when ../shared/seeds is present);
- 1,000 mixed documents (the seeds when available, and the test fixtures in txt/html/md,
  docx and pdf built in code) on one process, against reading their bytes.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT), str(ROOT / "bench")]

from _interleave import interleaved, ratio, spread  # noqa: E402

from jointwork.ingest import extract, metadata  # noqa: E402
from jointwork.ingest._prefilter import anchors, at_word_starts  # noqa: E402
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


def seed_mou_15kb() -> bytes | None:
    """Seed 001 (a 13 kB MoU) followed by the start of seed 003, cut at a line near 15 kB."""
    seeds = seeds_dir()
    if seeds is None:
        return None
    first, second = sorted(seeds.glob("001_*.txt"))[0], sorted(seeds.glob("003_*.txt"))[0]
    text = first.read_text() + "\n" + second.read_text()
    return text[: text.rfind("\n", 0, 15_000)].encode()


def corpus() -> list[tuple[bytes, str]]:
    docs = [(p.read_bytes(), p.name) for p in sorted(FIXTURES.iterdir())]
    docs += [(make_docx_isa(), "isa.docx"), (make_pdf(FSA_EA_PAGES), "mou.pdf")]
    seeds = seeds_dir()
    if seeds:
        docs += [(p.read_bytes(), p.name) for p in sorted(seeds.glob("*.txt"))]
    return docs


def prefilter_coverage() -> str:
    """Rule patterns the prefilter cannot skip (no anchor words, or not only at word starts):
    a row written so makes every ingest slower, so the bench names it."""
    patterns = extract._searched() + metadata._searched()
    slow = [p for p in patterns if anchors(p) is None or not at_word_starts(p)]
    return (
        f"all {len(patterns)} anchored at word starts" if not slow else f"not prefiltered: {slow}"
    )


def main() -> None:
    print(f"BENCH ingest.prefilter {prefilter_coverage()}")
    for label, data in (("synthetic", agreement_15kb()), ("seed_mou", seed_mou_15kb())):
        if data is None:
            continue
        times = interleaved(
            {
                "read": lambda data=data: data.decode("utf-8"),
                "ingest": lambda data=data: parse_document(data, "agreement.txt"),
            },
            runs=40,
        )
        read = spread(times["read"], 1e-6)
        print(
            f"BENCH ingest.text_15kb_{label} {spread(times['ingest'])} ms ({len(data)} bytes) "
            f"vs utf8_decode {read} us: {ratio(times, 'ingest', 'read')}"
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
