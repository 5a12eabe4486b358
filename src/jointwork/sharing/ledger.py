"""The sharing ledger: an append-only SHA-256 hash chain of canonical JSON entries (pure).

Entry n stores `seq`, `prev` (entry n-1's hash, 64 zeros for the first) and a payload of ids and
hashes only (no personal data). Its hash is SHA-256 over the canonical JSON of
{"payload", "prev", "seq"}. An export bundle is one canonical JSON object per line: a header
{"format", "count", "head"} and then each entry with its "hash". Verification re-computes every
hash and also requires each line to be byte-for-byte the canonical rendering, so any changed byte
is detected. docs/sharing.md gives a standalone script that checks a bundle with the Python
standard library alone.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from .canonical import CanonicalError, canonical_bytes

GENESIS = "0" * 64
FORMAT = "jointwork-ledger/1"


class LedgerError(ValueError):
    pass


@dataclass(frozen=True, slots=True)
class Entry:
    seq: int
    prev: str
    payload: Mapping[str, Any]
    hash: str

    def as_json(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "prev": self.prev,
            "payload": dict(self.payload),
            "hash": self.hash,
        }


def entry_hash(seq: int, prev: str, payload: Mapping[str, Any]) -> str:
    try:
        body = canonical_bytes({"payload": payload, "prev": prev, "seq": seq})
    except (CanonicalError, TypeError, ValueError) as exc:
        raise LedgerError(f"payload is not canonical JSON: {exc}") from exc
    return hashlib.sha256(body).hexdigest()


def next_entry(head_seq: int, head_hash: str, payload: Mapping[str, Any]) -> Entry:
    """The entry after the head (seq 0 and GENESIS for an empty ledger)."""
    seq = head_seq + 1
    return Entry(seq, head_hash, payload, entry_hash(seq, head_hash, payload))


def entry_from_stored(seq: int, prev: str, hash_: str, payload_text: str) -> Entry:
    """An entry as stored: the payload text must be exactly its canonical JSON."""
    try:
        payload = json.loads(payload_text)
        canonical = isinstance(payload, dict) and canonical_bytes(payload) == payload_text.encode()
    except (ValueError, CanonicalError) as exc:
        raise LedgerError(f"entry {seq}: payload is not JSON ({exc})") from exc
    if not canonical:
        raise LedgerError(f"entry {seq}: payload text is not canonical JSON")
    return Entry(seq, prev, payload, hash_)


def verify_stored(rows: Iterable[tuple[int, str, str, str]]) -> Verification:
    """Verify (seq, prev, hash, payload text) rows in seq order, as the database holds them."""
    entries: list[Entry] = []
    for seq, prev, hash_, text in rows:
        try:
            entries.append(entry_from_stored(seq, prev, hash_, text))
        except LedgerError as exc:
            checked = verify(entries)
            if not checked.ok:
                return checked
            return Verification(False, checked.count, checked.head, len(entries) + 1, str(exc))
    return verify(entries)


@dataclass(frozen=True, slots=True)
class Verification:
    ok: bool
    count: int
    head: str
    broken_seq: int | None = None  # the first entry that fails, counting from 1
    problem: str = ""

    def as_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "count": self.count,
            "head": self.head,
            "broken_seq": self.broken_seq,
            "problem": self.problem,
        }


def verify(entries: Iterable[Entry]) -> Verification:
    """Re-compute the chain; report the first entry whose seq, link or hash is wrong."""
    prev, count = GENESIS, 0
    for position, entry in enumerate(entries, start=1):
        problem = ""
        if entry.seq != position:
            problem = f"seq {entry.seq} where {position} was expected (gap or reorder)"
        elif entry.prev != prev:
            problem = "prev does not match the hash of the entry before"
        else:
            try:
                if entry_hash(entry.seq, entry.prev, entry.payload) != entry.hash:
                    problem = "hash does not match the entry's content"
            except LedgerError as exc:
                problem = str(exc)
        if problem:
            return Verification(False, count, prev, broken_seq=position, problem=problem)
        prev, count = entry.hash, position
    return Verification(True, count, prev)


@dataclass(frozen=True, slots=True)
class Head:
    """What the ledger says its last entry is: kept apart from the entries (the LedgerHead row,
    a bundle's header), so entries deleted at the end, or all of them, are noticed."""

    seq: int
    hash: str


def _span(first: int, last: int) -> str:
    return f"entry {first} is" if first == last else f"entries {first} to {last} are"


def check_head(result: Verification, head: Head | None) -> Verification:
    """Hold an intact chain against its recorded head: the chain must end exactly there."""
    if not result.ok:
        return result
    if head is None:
        if result.count == 0:
            return result
        return Verification(
            False, result.count, result.head, None, "the ledger head record is missing"
        )
    if head.seq > result.count:
        return Verification(
            False,
            result.count,
            result.head,
            broken_seq=result.count + 1,
            problem=(
                f"{_span(result.count + 1, head.seq)} missing: the chain ends at entry "
                f"{result.count} but the head records entry {head.seq} "
                f"(hash {head.hash[:12]}…)"
            ),
        )
    if head.seq < result.count:
        return Verification(
            False,
            result.count,
            result.head,
            broken_seq=head.seq + 1,
            problem=(
                f"{_span(head.seq + 1, result.count)} beyond the head, which records entry "
                f"{head.seq}"
            ),
        )
    if head.hash != result.head:
        return Verification(
            False,
            result.count,
            result.head,
            broken_seq=result.count,
            problem=f"entry {result.count}'s hash is not the one the head records",
        )
    return result


def export_bundle(entries: Sequence[Entry], head: Head | None = None) -> bytes:
    """The bundle's header carries the recorded head (by default the last entry), so a bundle
    exported from a truncated ledger, or cut short afterwards, fails verification."""
    if head is None:
        head = Head(entries[-1].seq, entries[-1].hash) if entries else Head(0, GENESIS)
    lines = [canonical_bytes({"format": FORMAT, "count": head.seq, "head": head.hash})]
    lines.extend(canonical_bytes(e.as_json()) for e in entries)
    return b"\n".join(lines) + b"\n"


def verify_bundle(data: bytes) -> Verification:
    """Verify an exported bundle: the chain, the header, and that every byte is canonical."""
    lines = data.split(b"\n")
    if not lines or lines[-1] != b"":
        return Verification(
            False, 0, GENESIS, broken_seq=None, problem="bundle must end with a newline"
        )
    lines.pop()
    if not lines:
        return Verification(False, 0, GENESIS, problem="bundle has no header line")
    try:
        header = json.loads(lines[0])
        if not isinstance(header, dict) or canonical_bytes(header) != lines[0]:
            raise LedgerError("header is not canonical JSON")
        if header.get("format") != FORMAT:
            raise LedgerError(f"unknown format {header.get('format')!r}")
    except (ValueError, CanonicalError) as exc:
        return Verification(False, 0, GENESIS, problem=f"header: {exc}")
    entries: list[Entry] = []
    for position, line in enumerate(lines[1:], start=1):
        try:
            entries.append(_parse_line(line))
        except (ValueError, CanonicalError, KeyError, TypeError) as exc:
            checked = verify(entries)
            return Verification(
                False, checked.count, checked.head, position, f"line {position + 1}: {exc}"
            )
    result = verify(entries)
    if not result.ok:
        return result
    count, head = header.get("count"), header.get("head")
    if type(count) is not int or count < 0 or not isinstance(head, str):
        return Verification(
            False, result.count, result.head, problem="header: count and head are required"
        )
    checked = check_head(result, Head(count, head))
    if checked.ok:
        return checked
    return replace(checked, problem=f"header: {checked.problem}")


def _parse_line(line: bytes) -> Entry:
    raw = json.loads(line)
    if not isinstance(raw, dict) or set(raw) != {"seq", "prev", "payload", "hash"}:
        raise LedgerError("an entry has exactly seq, prev, payload and hash")
    if canonical_bytes(raw) != line:
        raise LedgerError("entry is not canonical JSON")
    if type(raw["seq"]) is not int or not isinstance(raw["payload"], dict):
        raise LedgerError("seq must be an integer and payload an object")
    return Entry(raw["seq"], raw["prev"], raw["payload"], raw["hash"])
