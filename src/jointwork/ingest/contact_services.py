"""Writes for the contacts a document names: store them with its draft, add one to the register.

``ingest.contacts`` reads a contacts annex into candidates (the ``contacts`` key of the
``jointwork ingest --json`` object). They are stored with the draft version the document
became, so the review page lists them without parsing the document again; a person who may
change the agreement then adds each one to the agreement's contacts (``register.Contact``)
through ``register.services.contact_create``, which checks the permission and audits it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from jointwork.accounts.models import Organisation
from jointwork.ingest.matching import OrgRef, match_names
from jointwork.ingest.models import ContactCandidate
from jointwork.ingest.selectors import contact_in_register
from jointwork.register.models import AgreementVersion, Contact, EscalationLevel
from jointwork.register.services import contact_create

# ``ingest.contacts`` levels -> the register's escalation levels
LEVELS = {
    "working": EscalationLevel.WORKING,
    "managers": EscalationLevel.MANAGERS,
    "chief_executives": EscalationLevel.CHIEF_EXECUTIVES,
}


def _text(item: Mapping[str, Any], key: str, limit: int) -> str:
    return str(item.get(key) or "")[:limit]


def _spans(item: Mapping[str, Any]) -> dict[str, list[int]]:
    spans = item.get("spans") or {}
    return {k: list(v) for k, v in spans.items() if isinstance(v, list | tuple) and len(v) == 2}


def contacts_store(
    *, version: AgreementVersion, document: Mapping[str, Any], refs: Sequence[OrgRef]
) -> list[ContactCandidate]:
    """Replace ``version``'s contact candidates with the ``contacts`` of ``document``, each
    organisation matched to the register as duty bearers are (``ingest.matching``); a name
    that fits no organisation, or two, is left for the reviewer to choose."""
    ContactCandidate.objects.filter(version=version).delete()
    items = list(document.get("contacts") or ())
    matched: list[str | None] = []
    for item in items:
        found = match_names([item["organisation"]], refs) if item.get("organisation") else None
        matched.append(found.slugs[0] if found and len(found.slugs) == 1 else None)
    orgs = Organisation.objects.in_bulk([s for s in matched if s], field_name="slug")
    rows = [
        ContactCandidate(
            version=version,
            order=order,
            organisation_name=_text(item, "organisation", 300),
            organisation=orgs.get(slug) if slug else None,
            name=_text(item, "name", 200),
            role=_text(item, "role", 200),
            email=_text(item, "email", 254),
            phone=_text(item, "phone", 40),
            address=_text(item, "address", 2000),
            escalation_level=LEVELS.get(item.get("level") or ""),
            clause_path=_text(item, "clause", 120),
            spans=_spans(item),
        )
        for order, (item, slug) in enumerate(zip(items, matched, strict=True))
    ]
    return ContactCandidate.objects.bulk_create(rows)


@transaction.atomic
def contact_candidate_add(
    *,
    actor: Any,
    candidate: ContactCandidate,
    organisation: Organisation | None = None,
    role: str = "",
) -> Contact:
    """Add a contact the document names to its agreement's contacts (audited as
    ``contact.create``). ``organisation`` and ``role`` fill in what the document left out or
    correct it; the rest is taken as read. Refused without the right to change the agreement,
    and when the register already has this person (same organisation and e-mail, or name)."""
    candidate = (
        # two clicks add one contact; lock only this row: PostgreSQL refuses to lock the
        # nullable side of the outer join to the (optional) organisation
        ContactCandidate.objects.select_for_update(of=("self",))
        .select_related("version__agreement", "organisation")
        .get(pk=candidate.pk)
    )
    agreement = candidate.version.agreement
    if actor is not None and not actor.has_perm("register.change_agreement", agreement):
        raise PermissionDenied("You may not change this agreement's contacts.")
    organisation = organisation or candidate.organisation
    if organisation is None:
        raise ValidationError({"organisation": "Choose the organisation this contact works for."})
    existing = contact_in_register(candidate, organisation=organisation)
    if existing is not None:
        raise ValidationError(f"{existing} is already in the register for this agreement.")
    role = role.strip() or candidate.role
    if not role:
        raise ValidationError({"role": "Enter the contact's role."})
    return contact_create(
        actor=actor,
        agreement=agreement,
        organisation=organisation,
        name=candidate.name,
        role=role,
        email=candidate.email,
        phone=candidate.phone,
        address=candidate.address,
        escalation_level=candidate.escalation_level or EscalationLevel.WORKING,
        is_public=False,
    )
