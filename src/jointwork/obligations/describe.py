"""The engine's stored values in plain English, for pages, feeds and emails (pure: no Django).

``describe_rhythm("FREQ=MONTHLY;INTERVAL=3")`` → "every 3 months";
``describe_rhythm("WINDOW=P2Y/P3Y")`` → "between 2 and 3 years after the last";
``describe_trigger("publication", "-PT48H")`` → "48 hours before a planned publication";
``describe_trigger("foi_request", "+10WD")`` → "10 working days after an FOI request is received";
``describe_clause("18.ii")`` → "§18.ii", ``describe_clause("duration-and-review.p2")`` →
"Duration and review, paragraph 2". A value it cannot read is shown as it is, never hidden.
"""

from __future__ import annotations

import re

from jointwork.obligations import vocabulary

# How each event reads after "before" / "after" (vocabulary.EVENTS gives the short labels).
EVENT_PHRASES = {
    "publication": "a planned publication",
    "press_release": "a press release",
    "foi_request": "an FOI request is received",
    "incident": "an incident is triaged",
    "party_request": "a party asks",
    "disagreement": "a disagreement is raised",
}
# An event named by its phrase, when the duty has no offset ("when a press release is planned").
_EVENT_ALONE = {
    "publication": "when a publication is planned",
    "press_release": "when a press release is planned",
    "foi_request": "when an FOI request is received",
    "incident": "when an incident is triaged",
    "party_request": "when a party asks",
    "disagreement": "when a disagreement is raised",
}

_UNITS = {
    "DAILY": "day",
    "WEEKLY": "week",
    "MONTHLY": "month",
    "YEARLY": "year",
    "HOURLY": "hour",
    "MINUTELY": "minute",
}
_DAY_NAMES = {
    "MO": "Monday",
    "TU": "Tuesday",
    "WE": "Wednesday",
    "TH": "Thursday",
    "FR": "Friday",
    "SA": "Saturday",
    "SU": "Sunday",
}
_ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", -1: "last"}
_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

_DURATION = re.compile(
    r"^(?P<sign>[+-])?P(?!$)(?:(?P<y>\d+)Y)?(?:(?P<mo>\d+)M)?(?:(?P<w>\d+)W)?(?:(?P<d>\d+)D)?"
    r"(?:T(?=\d)(?:(?P<h>\d+)H)?(?:(?P<mi>\d+)M)?(?:(?P<s>\d+)S)?)?$"
)
_WORKING_DAYS = re.compile(r"^(?P<sign>[+-])?P?(?P<n>\d+)WD$")
_DURATION_UNITS = (
    ("y", "year"),
    ("mo", "month"),
    ("w", "week"),
    ("d", "day"),
    ("h", "hour"),
    ("mi", "minute"),
    ("s", "second"),
)


def _count(n: int, unit: str) -> str:
    return f"{n} {unit}" if n == 1 else f"{n} {unit}s"


def _join(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def describe_duration(text: str) -> tuple[str, int] | None:
    """An ISO 8601 duration or ``±NWD`` as words and its sign (-1, 0 or 1); None if unreadable.
    ``-PT48H`` → ("48 hours", -1); ``+10WD`` → ("10 working days", 1)."""
    value = text.strip().upper()
    wd = _WORKING_DAYS.match(value)
    if wd is not None:
        n = int(wd["n"])
        return _count(n, "working day"), 0 if n == 0 else (-1 if wd["sign"] == "-" else 1)
    match = _DURATION.match(value)
    if match is None:
        return None
    parts = [_count(int(match[key]), unit) for key, unit in _DURATION_UNITS if int(match[key] or 0)]
    if not parts:
        return "no time", 0
    return _join(parts), -1 if match["sign"] == "-" else 1


def describe_trigger(event: str, offset: str = "") -> str:
    """When a triggered duty falls due, e.g. "48 hours before a planned publication"."""
    phrase = EVENT_PHRASES.get(event) or (
        vocabulary.BY_NAME[event].label.lower() if event in vocabulary.BY_NAME else event
    )
    if not offset:
        return _EVENT_ALONE.get(event, f"when {phrase}" if phrase else "no date is set")
    described = describe_duration(offset)
    if described is None:
        return f"{offset} from {phrase}"  # unreadable: shown as stored, never hidden
    words, sign = described
    if sign == 0:
        return f"at the time of {phrase}" if event in EVENT_PHRASES else f"when {phrase}"
    return f"{words} {'before' if sign < 0 else 'after'} {phrase}"


def _describe_window(minimum: str, maximum: str) -> str | None:
    low, high = describe_duration(minimum), describe_duration(maximum)
    if low is None or high is None:
        return None
    if low[1] == 0:
        return f"within {high[0]} of the last"
    low_n, _, low_unit = low[0].partition(" ")
    high_n, _, high_unit = high[0].partition(" ")
    if low_unit.rstrip("s") == high_unit.rstrip("s") and low_n.isdigit() and high_n.isdigit():
        return f"between {low_n} and {high_n} {high_unit} after the last"
    return f"between {low[0]} and {high[0]} after the last"


def _describe_rrule(text: str) -> str | None:
    try:
        parts = dict(p.split("=", 1) for p in text.removeprefix("RRULE:").split(";") if p)
    except ValueError:
        return None
    unit = _UNITS.get(parts.pop("FREQ", ""))
    if unit is None:
        return None
    interval = parts.pop("INTERVAL", "1")
    if not interval.isdigit() or int(interval) < 1:
        return None
    words = [f"every {_count(int(interval), unit)}" if int(interval) > 1 else f"every {unit}"]
    if "BYMONTH" in parts:
        months = parts.pop("BYMONTH").split(",")
        if not all(m.isdigit() and 1 <= int(m) <= 12 for m in months):
            return None
        words.append("in " + _join([_MONTHS[int(m) - 1] for m in months]))
    if "BYMONTHDAY" in parts:
        day = parts.pop("BYMONTHDAY")
        if day == "-1":
            words.append("on the last day of the month")
        elif day.isdigit():
            words.append(f"on day {int(day)} of the month")
        else:
            return None
    if "BYDAY" in parts:
        days = []
        for code in parts.pop("BYDAY").split(","):
            match = re.fullmatch(r"([+-]?\d)?(MO|TU|WE|TH|FR|SA|SU)", code)
            if match is None or (match[1] and int(match[1]) not in _ORDINALS):
                return None
            name = _DAY_NAMES[match[2]]
            days.append(f"the {_ORDINALS[int(match[1])]} {name}" if match[1] else name)
        words.append("on " + _join(days))
    if "COUNT" in parts:
        count = parts.pop("COUNT")
        if not count.isdigit():
            return None
        words.append(f"({_count(int(count), 'time')})")
    if "UNTIL" in parts:
        until = parts.pop("UNTIL")
        if not re.fullmatch(r"\d{8}(T\d{6}Z?)?", until):
            return None
        words.append(f"until {until[6:8]}/{until[4:6]}/{until[:4]}")
    if parts:
        return None  # a part this module does not put into words
    return " ".join(words)


def describe_rhythm(text: str) -> str:
    """A rhythm in words: "every 3 months", "between 2 and 3 years after the last"."""
    if not text:
        return "no rhythm"
    value = text.strip()
    if value.upper().startswith("WINDOW="):
        minimum, _, maximum = value[len("WINDOW=") :].partition("/")
        described = _describe_window(minimum, maximum)
    else:
        described = _describe_rrule(value.upper())
    return described or f"on the rhythm {text}"  # unreadable: shown as stored


def describe_when(
    rrule: str, trigger_event: str, trigger_offset: str, *, default_offset: bool = False
) -> str:
    """When a duty falls due, from whichever the duty has; ``default_offset`` says the offset is
    Jointwork's choice (``[defaults.offsets]``), not the clause's words."""
    if rrule:
        return describe_rhythm(rrule)
    if trigger_event or trigger_offset:
        words = describe_trigger(trigger_event, trigger_offset)
        if default_offset and trigger_offset:
            words += " (Jointwork's default: the clause sets no period)"
        return words
    return "no date is set"


_NUMBERED = re.compile(r"^\d")
_SUBPART = re.compile(r"^(?:[a-z]{1,2}|[ivxlc]+|\d+)$")


def _heading(slug: str) -> str:
    annex = re.fullmatch(r"(annex|appendix|schedule|part)-([a-z0-9]+)", slug)
    if annex:
        return f"{annex[1].capitalize()} {annex[2].upper()}"
    words = slug.replace("-", " ").replace("_", " ").strip()
    # Hyphenated words such as "co-operation" keep their hyphen.
    words = re.sub(r"\bco (\w)", r"co-\1", words)
    return words[:1].upper() + words[1:]


def describe_clause(path: str, heading: str = "") -> str:
    """A clause citation for people: "§18.ii" for a numbered clause; for an unnumbered one, its
    heading ("Duration and review, paragraph 2", "Areas of co-operation (g)")."""
    path = path.strip()
    if not path:
        return heading or "the agreement"
    if _NUMBERED.match(path):
        return f"§{path}"
    first, *rest = path.split(".")
    words = heading.strip() or _heading(first)
    subparts = ""
    for part in rest:
        paragraph = re.fullmatch(r"p(\d+)", part)
        if paragraph:
            words += f", paragraph {paragraph[1]}"
        elif _SUBPART.match(part):
            subparts += f"({part})"
        else:
            words += f", {_heading(part).lower()}"
    return f"{words} {subparts}".strip() if subparts else words
