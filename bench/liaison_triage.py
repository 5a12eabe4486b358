"""Benchmark one incident triage in-process (target: under 1 ms per call).

Prints `BENCH liaison.triage <us> us_per_call vs <peer> <ratio>x` for two naive peers measured in
the same run: `interpreter` (validate, then walk the rows one by one, no compiled index) and
`reparse_toml` (load and parse the TOML table on every call). Each call validates the facts from
the JSON-contract dict, as the CLI and API do. Run: `PYTHONPATH=src python bench/liaison_triage.py`.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from typing import Any

from jointwork.liaison.facts import all_facts, parse_facts
from jointwork.liaison.table import default_table, load_table, triage

N_INPUTS = 2000


def per_call_us(fn: Callable[[dict[str, Any]], object], inputs: list[dict[str, Any]]) -> float:
    """Best of three passes over `inputs`, in microseconds per call."""
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for facts in inputs:
            fn(facts)
        best = min(best, time.perf_counter() - start)
    return best / len(inputs) * 1e6


def main() -> None:
    rng = random.Random(7)
    inputs = [facts.as_dict() for facts in rng.sample(all_facts(), N_INPUTS)]
    table = default_table()  # compiled once, as in a running server
    interpreted = load_table()

    def via_interpreter(facts: dict[str, Any]) -> object:
        return interpreted.interpret(parse_facts(facts).readings[0])

    def via_reparse(facts: dict[str, Any]) -> object:
        return load_table().interpret(parse_facts(facts).readings[0])

    ours = per_call_us(lambda facts: triage(facts, table), inputs)
    peers = {
        "interpreter": per_call_us(via_interpreter, inputs),
        "reparse_toml": per_call_us(via_reparse, inputs[:200]),
    }
    for name, peer in peers.items():
        print(f"BENCH liaison.triage {ours:.1f} us_per_call vs {name} {peer / ours:.1f}x")


if __name__ == "__main__":
    main()
