"""Load the built-in register's duties (``fixtures/obligations.toml``) as confirmed obligations.

Idempotent: an obligation is found again by its agreement (or forum), clause and kind; running
it twice changes nothing. Run after ``jointwork loadregister``.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.db import transaction

from jointwork.accounts.models import Organisation
from jointwork.obligations import recurrence, statutes
from jointwork.obligations.models import Obligation, ObligationState
from jointwork.obligations.services import obligation_create
from jointwork.obligations.statutes import FIXTURES
from jointwork.register.models import Agreement, Forum

BUILTIN_OBLIGATIONS = FIXTURES / "obligations.toml"
KEYS = {
    "agreement",
    "forum",
    "clause",
    "kind",
    "bearers",
    "summary",
    "quote",
    "rhythm",
    "anchor",
    "trigger",
    "offset",
    "region",
    # For duties an incident triage sets running (trigger "incident"): the name of the body to
    # tell, as in the liaison table's notify list, and the source of the offset.
    "notify",
    "citation",
}


class ObligationDataError(ValueError):
    """The obligations file is malformed; the message names the entry and field."""


@dataclass
class LoadReport:
    created: list[str] = field(default_factory=list)
    unchanged: int = 0

    def summary(self) -> str:
        return f"{len(self.created)} created, {self.unchanged} unchanged"


def _check(entry: dict[str, Any], where: str) -> None:
    unknown = set(entry) - KEYS
    if unknown:
        raise ObligationDataError(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
    for key in ("clause", "kind", "bearers", "summary"):
        if key not in entry:
            raise ObligationDataError(f"{where}: missing field {key!r}")
    if ("agreement" in entry) == ("forum" in entry):
        raise ObligationDataError(f"{where}: give exactly one of 'agreement' or 'forum'")
    if ("rhythm" in entry) == ("trigger" in entry):
        raise ObligationDataError(f"{where}: give exactly one of 'rhythm' or 'trigger'")
    try:
        if "rhythm" in entry:
            recurrence.parse_rhythm(entry["rhythm"])
            if "anchor" not in entry:
                raise ObligationDataError(f"{where}: a rhythm needs an 'anchor'")
        else:
            recurrence.parse_offset(_offset(entry, where))
    except recurrence.RecurrenceError as exc:
        raise ObligationDataError(f"{where}: {exc}") from None


def _offset(entry: dict[str, Any], where: str) -> str:
    """The row's offset, or Jointwork's default for its trigger when the clause gives none."""
    if "offset" in entry:
        return entry["offset"]
    default = statutes.default_offsets().get(entry["trigger"])
    if default is None:
        raise ObligationDataError(
            f"{where}: no 'offset' and no [defaults.offsets] entry for {entry['trigger']!r}"
        )
    return default


def load_obligations(path: Path = BUILTIN_OBLIGATIONS) -> LoadReport:
    """Load an obligations file; all or nothing."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ObligationDataError(f"{path.name}: {exc}") from exc
    report = LoadReport()
    with transaction.atomic():
        for i, entry in enumerate(data.get("obligations", [])):
            _load_one(entry, report, where=f"{path.name} obligations[{i}]")
    return report


def _load_one(entry: dict[str, Any], report: LoadReport, where: str) -> None:
    _check(entry, where)
    agreement = forum = None
    if "agreement" in entry:
        agreement = Agreement.objects.filter(slug=entry["agreement"]).first()
        if agreement is None:
            raise ObligationDataError(f"{where}: unknown agreement {entry['agreement']!r}")
        parties = [p.organisation for p in agreement.parties.select_related("organisation")]
    else:
        forum = Forum.objects.filter(slug=entry["forum"]).first()
        if forum is None:
            raise ObligationDataError(f"{where}: unknown forum {entry['forum']!r}")
        parties = [m.organisation for m in forum.members.select_related("organisation")]
    lookup = {
        "agreement": agreement,
        "forum": forum,
        "clause_path": entry["clause"],
        "kind": entry["kind"],
    }
    details: dict[str, Any] = {key: entry[key] for key in ("notify", "citation") if key in entry}
    if "trigger" in entry and "offset" not in entry:
        # Shown as Jointwork's choice, not as the clause's words (docs/obligations.md).
        details["offset_basis"] = "default"
    if "notify" in entry:
        # Several duties to tell one body differ by their offset (RIDDOR: notify, then report).
        lookup |= {"details__notify": entry["notify"], "trigger_offset": entry.get("offset", "")}
    if Obligation.objects.filter(**lookup).exists():
        report.unchanged += 1
        return
    bearers = list(Organisation.objects.filter(slug__in=entry["bearers"]))
    if len(bearers) != len(set(entry["bearers"])):
        raise ObligationDataError(f"{where}: unknown bearer in {entry['bearers']}")
    anchor = None
    if "anchor" in entry:
        try:
            anchor = recurrence.london(dt.datetime.fromisoformat(entry["anchor"]))
        except ValueError as exc:
            raise ObligationDataError(f"{where}: anchor {entry['anchor']!r}: {exc}") from None
    obligation = obligation_create(
        actor=None,
        agreement=agreement,
        kind=entry["kind"],
        summary=entry["summary"],
        bearers=bearers,
        counterparties=parties,
        clause_path=entry["clause"],
        quote=entry.get("quote", ""),
        rrule=entry.get("rhythm", ""),
        trigger_event=entry.get("trigger", ""),
        trigger_offset=_offset(entry, where) if "trigger" in entry else "",
        state=ObligationState.CONFIRMED,
        forum=forum,
        anchor_at=anchor,
        region=entry.get("region", "eng"),
        details=details,
    )
    report.created.append(obligation.citation)
