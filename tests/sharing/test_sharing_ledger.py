"""The hash-chained ledger: append, verify, export, and the standalone procedure in docs."""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jointwork.sharing.ledger import (
    GENESIS,
    Entry,
    Head,
    LedgerError,
    check_head,
    entry_from_stored,
    export_bundle,
    next_entry,
    verify,
    verify_bundle,
    verify_stored,
)

DOCS = Path(__file__).resolve().parents[2] / "docs" / "sharing.md"


def chain(n: int) -> list[Entry]:
    entries: list[Entry] = []
    for i in range(n):
        payload = {"type": "decision", "request": i + 1, "decision": "allow", "note": "é ✓"}
        head = (entries[-1].seq, entries[-1].hash) if entries else (0, GENESIS)
        entries.append(next_entry(*head, payload))
    return entries


def test_an_untouched_chain_verifies() -> None:
    entries = chain(5)
    result = verify(entries)
    assert (result.ok, result.count, result.head) == (True, 5, entries[-1].hash)
    assert entries[0].prev == GENESIS


def test_it_reports_the_first_broken_entry() -> None:
    entries = chain(6)
    tampered = Entry(
        3, entries[2].prev, {**entries[2].payload, "decision": "deny"}, entries[2].hash
    )
    result = verify([*entries[:2], tampered, *entries[3:]])
    assert (result.ok, result.broken_seq, result.count) == (False, 3, 2)
    assert "hash" in result.problem


def test_a_gap_in_seq_is_reported() -> None:
    entries = chain(4)
    result = verify([entries[0], entries[2], entries[3]])
    assert (result.ok, result.broken_seq) == (False, 2)


def test_floats_are_refused_in_a_payload() -> None:
    with pytest.raises(LedgerError, match="float"):
        next_entry(0, GENESIS, {"score": 0.5})


@settings(max_examples=200)
@given(data=st.data())
def test_any_change_to_any_ledger_byte_is_detected(data) -> None:
    bundle = export_bundle(chain(3))
    assert verify_bundle(bundle).ok
    index = data.draw(st.integers(min_value=0, max_value=len(bundle) - 1))
    new = data.draw(st.integers(min_value=0, max_value=255).filter(lambda b: b != bundle[index]))
    changed = bundle[:index] + bytes([new]) + bundle[index + 1 :]
    assert not verify_bundle(changed).ok


def test_dropping_the_last_entry_is_detected_by_the_header() -> None:
    lines = export_bundle(chain(3)).split(b"\n")
    truncated = b"\n".join([*lines[:-2], b""])
    assert not verify_bundle(truncated).ok


def head_of(entries: list[Entry]) -> Head:
    return Head(entries[-1].seq, entries[-1].hash)


def test_a_chain_cut_short_of_its_head_names_the_missing_entries() -> None:
    entries = chain(5)
    result = check_head(verify(entries[:3]), head_of(entries))
    assert (result.ok, result.count, result.broken_seq) == (False, 3, 4)
    assert result.problem.startswith("entries 4 to 5 are missing")


def test_an_emptied_ledger_is_broken_when_its_head_records_entries() -> None:
    result = check_head(verify([]), head_of(chain(3)))
    assert (result.ok, result.broken_seq) == (False, 1)
    assert result.problem.startswith("entries 1 to 3 are missing")


def test_entries_beyond_the_head_or_a_missing_head_are_reported() -> None:
    entries = chain(3)
    beyond = check_head(verify(entries), head_of(entries[:2]))
    assert (beyond.ok, beyond.broken_seq) == (False, 3)
    assert "beyond the head" in beyond.problem
    assert "head record is missing" in check_head(verify(entries), None).problem
    assert check_head(verify([]), None).ok
    assert check_head(verify(entries), head_of(entries)).ok


@settings(max_examples=50)
@given(n=st.integers(min_value=1, max_value=8), data=st.data())
def test_any_truncation_of_a_bundle_exported_with_its_head_is_detected(n, data) -> None:
    entries = chain(n)
    kept = data.draw(st.integers(min_value=0, max_value=n - 1))
    result = verify_bundle(export_bundle(entries[:kept], head_of(entries)))
    assert not result.ok
    assert (result.broken_seq, result.count) == (kept + 1, kept)
    assert f"{kept + 1} " in result.problem and "missing" in result.problem


def test_the_standalone_procedure_in_the_docs_verifies_a_bundle(tmp_path) -> None:
    script = re.search(r"```python\n(.*?)```", DOCS.read_text(encoding="utf-8"), re.S)
    assert script, "docs/sharing.md has the standalone verification script"
    (tmp_path / "verify.py").write_text(script.group(1), encoding="utf-8")
    bundle = tmp_path / "ledger.jsonl"
    bundle.write_bytes(export_bundle(chain(4)))
    ok = subprocess.run(
        [sys.executable, tmp_path / "verify.py", bundle], capture_output=True, text=True
    )
    assert ok.returncode == 0, ok.stderr
    bundle.write_bytes(bundle.read_bytes().replace(b'"allow"', b'"deny"', 1))
    bad = subprocess.run(
        [sys.executable, tmp_path / "verify.py", bundle], capture_output=True, text=True
    )
    assert bad.returncode == 1
    assert "entry 1" in bad.stdout + bad.stderr
    entries = chain(4)
    bundle.write_bytes(export_bundle(entries[:2], head_of(entries)))
    cut = subprocess.run(
        [sys.executable, tmp_path / "verify.py", bundle], capture_output=True, text=True
    )
    assert cut.returncode == 1
    assert "entries 3 to 4 are missing" in cut.stdout


def test_stored_rows_verify_and_a_reformatted_payload_is_caught() -> None:
    rows = [
        (
            e.seq,
            e.prev,
            e.hash,
            json.dumps(dict(e.payload), sort_keys=True, separators=(",", ":"), ensure_ascii=False),
        )
        for e in chain(3)
    ]
    assert verify_stored(rows).ok
    seq, prev, hash_, text = rows[1]
    spaced = [rows[0], (seq, prev, hash_, text.replace(",", ", ")), rows[2]]
    result = verify_stored(spaced)
    assert (result.ok, result.broken_seq) == (False, 2)
    with pytest.raises(LedgerError, match="not canonical"):
        entry_from_stored(seq, prev, hash_, text.replace(",", ", "))
