"""Expand 1,000 agreements × 10 duties × 5 years; compare with raw dateutil.rrule in the same run.

Run: ``PYTHONPATH=src python bench/obligations_expand.py``. Prints ``BENCH`` lines (DESIGN.md).
The dashboard query count for 1,000 open items is measured in ``bench/obligations_dashboard.py``.
"""

from __future__ import annotations

import random
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from dateutil.rrule import rrulestr

from jointwork.obligations.recurrence import LONDON, expand
from jointwork.obligations.workdays import calendar

AGREEMENTS = 1_000
YEARS = 5
REPEATS = 3
# Ten duties per agreement, shaped like the seed agreements' rhythms; one has a BY* part and so
# takes the dateutil path. The peer expands the RRULE dateutil can express for each (a window's
# peer is the plain yearly rule of its maximum).
DUTIES: list[tuple[str, str]] = [
    ("FREQ=MONTHLY;INTERVAL=3", "FREQ=MONTHLY;INTERVAL=3"),  # meet quarterly (002 g)
    ("FREQ=MONTHLY;INTERVAL=4", "FREQ=MONTHLY;INTERVAL=4"),  # forum three times a year (004)
    ("WINDOW=P0D/P1Y", "FREQ=YEARLY"),  # strategic meetings at least annually (002 f)
    ("WINDOW=P2Y/P3Y", "FREQ=YEARLY;INTERVAL=3"),  # review every two to three years (002)
    ("FREQ=MONTHLY", "FREQ=MONTHLY"),  # monthly information exchange
    ("FREQ=MONTHLY;INTERVAL=6", "FREQ=MONTHLY;INTERVAL=6"),  # six-monthly report
    ("FREQ=YEARLY", "FREQ=YEARLY"),  # annual report to the board
    ("FREQ=MONTHLY;INTERVAL=3;BYDAY=1MO", "FREQ=MONTHLY;INTERVAL=3;BYDAY=1MO"),  # named officers
    ("FREQ=MONTHLY;INTERVAL=2", "FREQ=MONTHLY;INTERVAL=2"),  # bi-monthly intelligence meeting
    ("FREQ=WEEKLY;INTERVAL=4", "FREQ=WEEKLY;INTERVAL=4"),  # four-weekly operational call
]


def anchors(seed: int = 5) -> list[datetime]:
    rng = random.Random(seed)
    base = datetime(2024, 1, 1, 10, tzinfo=LONDON)
    return [base + timedelta(days=rng.randrange(0, 730)) for _ in range(AGREEMENTS)]


def run_ours(starts: list[datetime], begin: datetime, end: datetime) -> int:
    cal = calendar("eng")
    count = 0
    for anchor in starts:
        for rhythm, _peer in DUTIES:
            count += len(
                expand(rhythm, dtstart=anchor, start=begin, end=end, calendar=cal, roll="preceding")
            )
    return count


def run_peer(starts: list[datetime], begin: datetime, end: datetime) -> int:
    # The fastest plain use of dateutil: each rule parsed once, re-anchored per agreement,
    # naive wall-clock datetimes (no time zone, no trace, no rolling).
    count = 0
    naive_begin, naive_end = begin.replace(tzinfo=None), end.replace(tzinfo=None)
    parsed = [rrulestr(peer, dtstart=naive_begin) for _rhythm, peer in DUTIES]
    for anchor in starts:
        naive = anchor.replace(tzinfo=None)
        for rule in parsed:
            count += len(rule.replace(dtstart=naive).between(naive_begin, naive_end, inc=True))
    return count


def main() -> None:
    starts = anchors()
    begin = datetime(2026, 1, 1, tzinfo=LONDON)
    end = datetime(2026 + YEARS, 1, 1, tzinfo=LONDON)
    ours_s = peer_s = float("inf")
    for _ in range(REPEATS):  # best of three: the machine is shared
        t0 = time.perf_counter()
        ours = run_ours(starts, begin, end)
        t1 = time.perf_counter()
        peer = run_peer(starts, begin, end)
        t2 = time.perf_counter()
        ours_s, peer_s = min(ours_s, t1 - t0), min(peer_s, t2 - t1)
    print(f"BENCH obligations.expand_items {ours} items")
    print(
        f"BENCH obligations.expand_seconds {ours_s:.3f} s vs dateutil.rrule {ours_s / peer_s:.2f}x"
    )
    print(f"BENCH obligations.expand_rate {ours / ours_s:.0f} per_s (peer {peer} items)")


if __name__ == "__main__":
    main()
