"""Bench: hostile runs of characters are parsed in linear time.

Run: python bench/ingest_hostile.py  (prints BENCH lines)
For each hostile input (a long run of dots, of spaces inside a contents list, of e-mail
address characters in a contacts annex) the full parse of a run of N and of 2N characters is
timed; the ratio of the two is about 2 for linear work, 4 for quadratic and 8 for cubic. The
peer in the same run is a plain agreement padded with ordinary text to the same sizes.
These inputs once took minutes (see tests/ingest/test_speedups.py and test_contacts.py, which
check the results on them without timing).
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from jointwork.ingest.pipeline import parse_document  # noqa: E402

HEAD = "Memorandum of understanding between the Alpha Authority (AA) and the Beta Council (BC)\n\n"
TAIL = "\n\n1. The AA and the BC will meet quarterly.\n"
CONTACTS = "Annex A: Contacts\n\nOrganisation\tName\tRole\tEmail\nAA\tAnn Lee\tHead\t"
N = 40_000

INPUTS: dict[str, Callable[[int], str]] = {
    "plain text (peer)": lambda n: HEAD + ("The parties work together. " * (n // 27)) + TAIL,
    "run of dots": lambda n: HEAD + "." * n + TAIL,
    "spaces in a contents list": lambda n: HEAD + "Contents\n\na" + " " * n + "b" + TAIL,
    "address characters in a contacts annex": lambda n: HEAD + CONTACTS + "a." * (n // 2) + TAIL,
}


def timed(text: str) -> float:
    data = text.encode()
    runs = []
    for _ in range(5):
        start = time.perf_counter()
        parse_document(data, "hostile.txt")
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def main() -> None:
    for label, make in INPUTS.items():
        once, twice = timed(make(N)), timed(make(2 * N))
        print(
            f"BENCH ingest.hostile {label}: {once * 1000:.1f} ms at {N:,} characters, "
            f"{twice * 1000:.1f} ms at {2 * N:,}: ratio {twice / once:.2f} (2 = linear)"
        )


if __name__ == "__main__":
    main()
