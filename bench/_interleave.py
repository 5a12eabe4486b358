"""Timing helper for the ingest benches: both sides in the same process, alternating, so that load
from other processes on the shared machine hits them alike; figures are medians with a spread.
CPU time is kept beside wall time: on a loaded machine it shows what the code itself costs."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Times:
    wall: list[float] = field(default_factory=list)  # seconds per call
    cpu: list[float] = field(default_factory=list)  # process CPU seconds per call


def interleaved(sides: dict[str, Callable[[], object]], runs: int) -> dict[str, Times]:
    """Times of each side over ``runs`` rounds that call every side once in turn (after one
    call each to warm caches)."""
    for fn in sides.values():
        fn()
    times = {name: Times() for name in sides}
    for _ in range(runs):
        for name, fn in sides.items():
            wall, cpu = time.perf_counter(), time.process_time()
            fn()
            times[name].cpu.append(time.process_time() - cpu)
            times[name].wall.append(time.perf_counter() - wall)
    return times


def spread(times: Times, unit: float = 1e-3, digits: int = 1) -> str:
    """'9.6 (9.4-10.1), cpu 9.2': the median wall time with its 10th and 90th percentiles,
    and the median CPU time, in ``unit``."""
    deciles = statistics.quantiles(times.wall, n=10)
    return (
        f"{statistics.median(times.wall) / unit:.{digits}f} "
        f"({deciles[0] / unit:.{digits}f}-{deciles[-1] / unit:.{digits}f}), "
        f"cpu {statistics.median(times.cpu) / unit:.{digits}f}"
    )


def ratio(times: dict[str, Times], side: str, base: str) -> str:
    """'1.53x (wall 1.60x)': the median CPU time of ``side`` over that of ``base``, then the same
    for wall time (which load from other processes inflates unevenly)."""
    cpu = statistics.median(times[side].cpu) / statistics.median(times[base].cpu)
    wall = statistics.median(times[side].wall) / statistics.median(times[base].wall)
    return f"{_times(cpu)} (wall {_times(wall)})"


def _times(ratio: float) -> str:
    return f"{ratio:.2f}x" if ratio < 10 else f"{ratio:.0f}x"
