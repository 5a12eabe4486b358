"""Load the built-in register (``fixtures/register.toml``) idempotently.

Running it again adds what is missing and refreshes what the file changed; it never deletes. A row
a person has changed since it was loaded (any audit event on it other than a load) is kept as they
left it: `make run` loads the register every time and must not undo their work. Each change is
audited as a system action.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from django.db import models, transaction

from jointwork.accounts.models import Organisation
from jointwork.audit.models import AuditEvent
from jointwork.audit.services import audit_record, snapshot
from jointwork.register.models import (
    Agreement,
    Contact,
    Forum,
    ForumMember,
    Meeting,
    Party,
)

_M = TypeVar("_M", bound=models.Model)

BUILTIN_REGISTER = Path(__file__).resolve().parent / "fixtures" / "register.toml"

AGREEMENT_KEYS = {
    "slug",
    "title",
    "kind",
    "status",
    "parties",
    "summary",
    "signed_on",
    "in_force_on",
    "next_review_on",
    "review_rule",
    "source_url",
    "is_public",
    "leads",
    "contacts",
}


class RegisterDataError(ValueError):
    """The register file is malformed; the message names the entry and field."""


@dataclass
class LoadReport:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    unchanged: int = 0

    def summary(self) -> str:
        text = (
            f"{len(self.created)} created, {len(self.updated)} updated, {self.unchanged} unchanged"
        )
        if self.kept:
            text += f", {len(self.kept)} kept as people edited them"
        return text


def _edited_since_loaded(obj: Any) -> bool:
    return AuditEvent.objects.for_object(obj).exclude(event__endswith=".load").exists()


def _date(value: Any, where: str) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as exc:
        raise RegisterDataError(f"{where}: {value!r} is not a date (YYYY-MM-DD)") from exc


def _upsert(
    model: type[_M],
    lookup: dict[str, Any],
    values: dict[str, Any],
    report: LoadReport,
    label: str,
    agreement: Agreement | None = None,
) -> _M:
    obj = model._default_manager.filter(**lookup).first()
    if obj is None:
        obj = model(**lookup, **values)
        obj.full_clean()
        obj.save()
        if isinstance(obj, Agreement):
            agreement = obj  # so the agreement's own load shows in its history
        audit_record(
            actor=None,
            event=f"{model._meta.model_name}.load",
            target=obj,
            after=snapshot(obj),
            agreement=agreement,
            note="built-in register",
        )
        report.created.append(label)
        return obj
    if isinstance(obj, Agreement):
        agreement = obj
    before = snapshot(obj)
    for name, value in values.items():
        setattr(obj, name, value)
    after = snapshot(obj)
    if after != before and _edited_since_loaded(obj):
        obj.refresh_from_db()
        report.kept.append(label)
    elif after != before:
        obj.full_clean()
        obj.save()
        audit_record(
            actor=None,
            event=f"{model._meta.model_name}.load",
            target=obj,
            before=before,
            after=after,
            agreement=agreement,
            note="built-in register",
        )
        report.updated.append(label)
    else:
        report.unchanged += 1
    return obj


def load_register(path: Path = BUILTIN_REGISTER) -> LoadReport:
    """Load a register file; all or nothing."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise RegisterDataError(f"{path.name}: {exc}") from exc
    report = LoadReport()
    with transaction.atomic():
        orgs = _load_organisations(data.get("organisations", []), report)
        for i, entry in enumerate(data.get("agreements", [])):
            _load_agreement(entry, orgs, report, where=f"{path.name} agreements[{i}]")
        if "forum" in data:
            _load_forum(data["forum"], orgs, report, where=f"{path.name} forum")
    return report


def _load_organisations(
    entries: list[dict[str, Any]], report: LoadReport
) -> dict[str, Organisation]:
    orgs: dict[str, Organisation] = {}
    for i, entry in enumerate(entries):
        if "slug" not in entry or "name" not in entry:
            raise RegisterDataError(f"organisations[{i}]: needs 'slug' and 'name'")
        values = {
            k: entry.get(k, "") for k in ("name", "short_name", "kind", "website", "description")
        }
        orgs[entry["slug"]] = _upsert(
            Organisation, {"slug": entry["slug"]}, values, report, f"organisation {entry['slug']}"
        )
    return orgs


def _org(orgs: dict[str, Organisation], slug: str, where: str) -> Organisation:
    if slug in orgs:
        return orgs[slug]
    found = Organisation.objects.filter(slug=slug).first()
    if found is None:
        raise RegisterDataError(f"{where}: unknown organisation {slug!r}")
    orgs[slug] = found
    return found


def _load_agreement(
    entry: dict[str, Any], orgs: dict[str, Organisation], report: LoadReport, where: str
) -> None:
    unknown = set(entry) - AGREEMENT_KEYS
    if unknown:
        raise RegisterDataError(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
    for key in ("slug", "title", "kind", "status", "parties"):
        if key not in entry:
            raise RegisterDataError(f"{where}: missing field {key!r}")
    where = f"{where} ({entry['slug']})"
    values = {
        "title": entry["title"],
        "kind": entry["kind"],
        "status": entry["status"],
        "summary": entry.get("summary", "").strip(),
        "signed_on": _date(entry.get("signed_on"), f"{where} signed_on"),
        "in_force_on": _date(entry.get("in_force_on"), f"{where} in_force_on"),
        "next_review_on": _date(entry.get("next_review_on"), f"{where} next_review_on"),
        "review_rule": entry.get("review_rule", ""),
        "source_url": entry.get("source_url", ""),
        "is_public": entry.get("is_public", True),
    }
    agreement = _upsert(
        Agreement, {"slug": entry["slug"]}, values, report, f"agreement {entry['slug']}"
    )
    leads = {lead["organisation"]: lead for lead in entry.get("leads", [])}
    for slug in entry["parties"]:
        lead = leads.get(slug, {})
        _upsert(
            Party,
            {"agreement": agreement, "organisation": _org(orgs, slug, where)},
            {
                "relationship_lead": lead.get("name", ""),
                "relationship_lead_email": lead.get("email", ""),
            },
            report,
            f"party {slug} to {entry['slug']}",
            agreement,
        )
    for contact in entry.get("contacts", []):
        organisation = _org(orgs, contact["organisation"], where)
        lookup = {
            "agreement": agreement,
            "organisation": organisation,
            "name": contact.get("name", ""),
            "role": contact["role"],
        }
        values = {
            k: contact.get(k, default)
            for k, default in (
                ("email", ""),
                ("phone", ""),
                ("address", ""),
                ("escalation_level", 1),
                ("is_public", False),
            )
        }
        _upsert(Contact, lookup, values, report, f"contact {contact['role']}", agreement)


def _load_forum(
    entry: dict[str, Any], orgs: dict[str, Organisation], report: LoadReport, where: str
) -> None:
    forum = _upsert(
        Forum,
        {"slug": entry["slug"]},
        {
            "name": entry["name"],
            "purpose": entry.get("purpose", "").strip(),
            "meetings_per_year": entry.get("meetings_per_year", 3),
        },
        report,
        f"forum {entry['slug']}",
    )
    for member in entry.get("members", []):
        _upsert(
            ForumMember,
            {"forum": forum, "organisation": _org(orgs, member["organisation"], where)},
            {"role": member.get("role", "")},
            report,
            f"forum member {member['organisation']}",
        )
    for meeting in entry.get("meetings", []):
        held_on = _date(meeting["held_on"], f"{where} meetings.held_on")
        _upsert(
            Meeting,
            {"forum": forum, "held_on": held_on},
            {
                "title": meeting.get("title", ""),
                "agenda": meeting.get("agenda", ""),
                "action_note": meeting.get("action_note", ""),
            },
            report,
            f"meeting {held_on}",
        )
