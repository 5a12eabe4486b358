"""Cut a piece of text into plain and highlighted segments from character spans.

Pure module: no Django. The review page shows every extracted value (an offset such as "48
hours", a frequency, a party's name) marked in the source text so a reviewer can check it
against the words it came from. Templates render the segments with auto-escaping, so no
document text is ever marked safe.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["Segment", "Span", "segments"]


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    label: str = ""


@dataclass(frozen=True)
class Segment:
    text: str
    marked: bool = False
    label: str = ""


def _merged(spans: Iterable[Span], lo: int, hi: int) -> list[Span]:
    """Spans clipped to [lo, hi) and overlapping ones joined, their labels combined."""
    clipped = sorted(
        (
            Span(max(s.start, lo), min(s.end, hi), s.label)
            for s in spans
            if s.end > lo and s.start < hi
        ),
        key=lambda s: (s.start, s.end),
    )
    out: list[Span] = []
    for span in clipped:
        if span.start >= span.end:
            continue
        if out and span.start < out[-1].end:
            last = out[-1]
            labels = [x for x in (last.label, span.label) if x]
            label = ", ".join(dict.fromkeys(", ".join(labels).split(", "))) if labels else ""
            out[-1] = Span(last.start, max(last.end, span.end), label)
        else:
            out.append(span)
    return out


def segments(text: str, spans: Iterable[Span], *, offset: int = 0) -> list[Segment]:
    """Split ``text`` (which starts at absolute position ``offset``) at the given spans.

    Spans are absolute positions in the whole document; those outside ``text`` are ignored
    and overlapping ones are merged, so joining the segments' text always gives ``text`` back.
    """
    result: list[Segment] = []
    cursor = offset
    for span in _merged(spans, offset, offset + len(text)):
        if span.start > cursor:
            result.append(Segment(text[cursor - offset : span.start - offset]))
        result.append(Segment(text[span.start - offset : span.end - offset], True, span.label))
        cursor = span.end
    if cursor < offset + len(text) or not result:
        result.append(Segment(text[cursor - offset :]))
    return result
