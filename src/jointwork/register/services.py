"""Every write to the register: one function per change, atomic, each writing its audit event.

Nothing is deleted: an agreement is withdrawn or superseded, a version is superseded.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import rules
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from jointwork.accounts.models import Organisation
from jointwork.audit.services import audit_record, snapshot
from jointwork.register.models import (
    PARTY_ROLES,
    SIGNATORY,
    Agreement,
    AgreementStatus,
    AgreementVersion,
    Clause,
    Contact,
    Party,
    SignOff,
    VersionState,
)
from jointwork.register.signals import version_published

AGREEMENT_FIELDS = [
    "title",
    "kind",
    "status",
    "summary",
    "signed_on",
    "in_force_on",
    "next_review_on",
    "review_rule",
    "source_url",
    "is_public",
    "private_notes",
]


def _agreement_snapshot(agreement: Agreement) -> dict[str, Any]:
    data = snapshot(agreement)
    data["parties"] = sorted(p.organisation.slug for p in agreement.parties.all())
    return data


# Statuses reached only through agreement_withdraw / agreement_supersede, which record why.
ENDED_STATUSES = frozenset({AgreementStatus.WITHDRAWN, AgreementStatus.SUPERSEDED})


# Slugs that name pages under /agreements/ (see register/urls.py).
RESERVED_SLUGS = frozenset({"new"})


def _require(actor: Any, perm: str, obj: Any = None) -> None:
    if actor is None:  # system actions (loaders, migrations) are not permission-checked
        return
    if not actor.has_perm(perm, obj):
        raise PermissionDenied(f"You do not have permission to do this ({perm}).")


@transaction.atomic
def agreement_create(
    *,
    actor: Any,
    slug: str,
    title: str,
    kind: str,
    status: str,
    parties: Sequence[Organisation],
    **fields: Any,
) -> Agreement:
    """Create an agreement with its parties. A non-admin must edit for one of the parties."""
    _require(actor, "register.add_agreement")
    unknown = set(fields) - set(AGREEMENT_FIELDS)
    if unknown:
        raise TypeError(f"Unknown agreement fields: {', '.join(sorted(unknown))}")
    if len(parties) < 2:
        raise ValidationError({"parties": "An agreement needs at least two parties."})
    if len({p.pk for p in parties}) < len(parties):
        raise ValidationError({"parties": "A body is listed more than once."})
    if actor is not None and not any(
        actor.has_perm("register.add_agreement_for", organisation) for organisation in parties
    ):
        raise ValidationError(
            {"parties": "Your organisation must be one of the parties (with an editing role)."}
        )
    if status in ENDED_STATUSES:
        raise ValidationError({"status": "A new agreement cannot start withdrawn or superseded."})
    if slug in RESERVED_SLUGS:
        raise ValidationError({"slug": f"{slug!r} is reserved for the register's own pages."})
    agreement = Agreement(slug=slug, title=title, kind=kind, status=status, **fields)
    agreement.full_clean()
    agreement.save()
    for organisation in parties:
        Party.objects.create(agreement=agreement, organisation=organisation)
    audit_record(
        actor=actor,
        event="agreement.create",
        target=agreement,
        after=_agreement_snapshot(agreement),
        agreement=agreement,
    )
    return agreement


@transaction.atomic
def agreement_update(*, actor: Any, agreement: Agreement, **changes: Any) -> Agreement:
    _require(actor, "register.change_agreement", agreement)
    unknown = set(changes) - set(AGREEMENT_FIELDS)
    if unknown:
        raise TypeError(f"Unknown agreement fields: {', '.join(sorted(unknown))}")
    agreement = Agreement.objects.select_for_update().get(pk=agreement.pk)
    if changes.get("status", agreement.status) != agreement.status and (
        changes["status"] in ENDED_STATUSES or agreement.status in ENDED_STATUSES
    ):
        raise ValidationError(
            {"status": "Withdraw or supersede an agreement with its own action, which records why."}
        )
    before = _agreement_snapshot(agreement)
    for name, value in changes.items():
        setattr(agreement, name, value)
    agreement.full_clean()
    agreement.save()
    after = _agreement_snapshot(agreement)
    if after != before:
        audit_record(
            actor=actor,
            event="agreement.update",
            target=agreement,
            before=before,
            after=after,
            agreement=agreement,
        )
    return agreement


@transaction.atomic
def agreement_withdraw(*, actor: Any, agreement: Agreement, reason: str) -> Agreement:
    if not reason.strip():
        raise ValidationError({"reason": "Say why the agreement is withdrawn."})
    _require(actor, "register.change_agreement", agreement)
    agreement = Agreement.objects.select_for_update().get(pk=agreement.pk)
    if agreement.status in ENDED_STATUSES:
        raise ValidationError(f"The agreement is already {agreement.get_status_display().lower()}.")
    before = _agreement_snapshot(agreement)
    agreement.status = AgreementStatus.WITHDRAWN
    agreement.save(update_fields=["status", "updated_at"])
    audit_record(
        actor=actor,
        event="agreement.withdraw",
        target=agreement,
        before=before,
        after=_agreement_snapshot(agreement),
        agreement=agreement,
        note=reason,
    )
    return agreement


@transaction.atomic
def agreement_supersede(*, actor: Any, agreement: Agreement, successor: Agreement) -> Agreement:
    """Mark ``agreement`` superseded by ``successor`` (which records what it supersedes)."""
    _require(actor, "register.change_agreement", agreement)
    # The successor is changed too (it records what it replaces), so it must be ours to change.
    _require(actor, "register.change_agreement", successor)
    if successor.pk == agreement.pk:
        raise ValidationError({"successor": "An agreement cannot supersede itself."})
    agreement = Agreement.objects.select_for_update().get(pk=agreement.pk)
    if agreement.status in ENDED_STATUSES:
        raise ValidationError(f"The agreement is already {agreement.get_status_display().lower()}.")
    if successor.status in ENDED_STATUSES:
        raise ValidationError({"successor": "The successor is itself withdrawn or superseded."})
    before = _agreement_snapshot(agreement)
    agreement.status = AgreementStatus.SUPERSEDED
    agreement.save(update_fields=["status", "updated_at"])
    successor.supersedes = agreement
    successor.save(update_fields=["supersedes", "updated_at"])
    audit_record(
        actor=actor,
        event="agreement.supersede",
        target=agreement,
        before=before,
        after=_agreement_snapshot(agreement),
        agreement=agreement,
        note=f"Superseded by {successor.slug}",
    )
    return agreement


@transaction.atomic
def party_update_lead(
    *, actor: Any, party: Party, relationship_lead: str, relationship_lead_email: str = ""
) -> Party:
    _require(actor, "register.change_agreement", party.agreement)
    before = snapshot(party)
    party.relationship_lead = relationship_lead
    party.relationship_lead_email = relationship_lead_email
    party.full_clean()
    party.save()
    audit_record(
        actor=actor,
        event="party.update_lead",
        target=party,
        before=before,
        after=snapshot(party),
        agreement=party.agreement,
    )
    return party


def _check_parties_can_change(agreement: Agreement) -> None:
    if agreement.status in ENDED_STATUSES:
        raise ValidationError(
            f"The agreement is {agreement.get_status_display().lower()}: its parties are kept "
            "as they were."
        )
    # Who must sign is fixed while a text is out for sign-off: the text was sent to those parties.
    waiting = agreement.versions.filter(state=VersionState.AWAITING_SIGNOFF).first()
    if waiting is not None:
        raise ValidationError(
            f"Version {waiting.number} is awaiting sign-off; change the parties once it is "
            "published."
        )


def _check_role(role: str) -> None:
    if role not in PARTY_ROLES:
        raise ValidationError(
            {"role": f"Unknown role {role!r}: choose one of {', '.join(sorted(PARTY_ROLES))}."}
        )


@transaction.atomic
def party_add(
    *, actor: Any, agreement: Agreement, organisation: Organisation, role: str = SIGNATORY
) -> Party:
    """Add a body to an agreement. Parties are never removed: the agreement is withdrawn or
    superseded instead, so who was bound stays on the record."""
    _require(actor, "register.change_agreement", agreement)
    agreement = Agreement.objects.select_for_update().get(pk=agreement.pk)
    _check_role(role)
    _check_parties_can_change(agreement)
    if agreement.parties.filter(organisation=organisation).exists():
        raise ValidationError(
            {"organisation": f"{organisation} is already a party to this agreement."}
        )
    before = _agreement_snapshot(agreement)
    party = Party.objects.create(agreement=agreement, organisation=organisation, role=role)
    audit_record(
        actor=actor,
        event="party.add",
        target=party,
        before=before,
        after=_agreement_snapshot(agreement) | {"role": role},
        agreement=agreement,
        note=f"{organisation.label} joins as {role}",
    )
    return party


@transaction.atomic
def party_change_role(*, actor: Any, party: Party, role: str) -> Party:
    """Make a party a signatory or a supporter (a supporter is not asked to sign versions)."""
    _require(actor, "register.change_agreement", party.agreement)
    _check_role(role)
    party = Party.objects.select_for_update().select_related("agreement").get(pk=party.pk)
    _check_parties_can_change(party.agreement)
    if party.role == role:
        return party
    if (
        role != SIGNATORY
        and not party.agreement.parties.exclude(pk=party.pk).filter(role=SIGNATORY).exists()
    ):
        raise ValidationError({"role": "An agreement needs at least one signatory party."})
    before = snapshot(party, fields=["organisation", "role"])
    party.role = role
    party.save(update_fields=["role"])
    audit_record(
        actor=actor,
        event="party.change_role",
        target=party,
        before=before,
        after=snapshot(party, fields=["organisation", "role"]),
        agreement=party.agreement,
    )
    return party


@dataclass(frozen=True)
class ClauseInput:
    """A clause to store with a version; ``parent_path`` links it into the tree."""

    path: str
    text: str
    number: str = ""
    heading: str = ""
    parent_path: str | None = None
    start: int | None = None
    end: int | None = None


def _store_clauses(version: AgreementVersion, clauses: Iterable[ClauseInput]) -> None:
    by_path: dict[str, Clause] = {}
    for order, item in enumerate(clauses):
        if item.path in by_path:
            raise ValidationError({"clauses": f"Clause path {item.path!r} appears twice."})
        parent = by_path.get(item.parent_path) if item.parent_path else None
        if item.parent_path and parent is None:
            raise ValidationError(
                {"clauses": f"Clause {item.path!r} names unknown parent {item.parent_path!r}."}
            )
        by_path[item.path] = Clause.objects.create(
            version=version,
            parent=parent,
            number=item.number,
            path=item.path,
            heading=item.heading,
            text=item.text,
            order=order,
            start=item.start,
            end=item.end,
        )


def new_version_refusal(agreement: Agreement) -> str:
    """Why ``agreement`` takes no new draft ('' when it does): an ended agreement's text is
    final; a change to what it covered is a new agreement that supersedes it."""
    if agreement.status not in ENDED_STATUSES:
        return ""
    return (
        f"This agreement is {agreement.get_status_display().lower()}, so it takes no new "
        "versions. To change what it covered, add a new agreement."
    )


@transaction.atomic
def version_create(
    *,
    actor: Any,
    agreement: Agreement,
    text: str,
    label: str = "",
    source_name: str = "",
    change_note: str = "",
    clauses: Iterable[ClauseInput] = (),
) -> AgreementVersion:
    """Add a draft version (with its clause tree) to an agreement."""
    _require(actor, "register.add_version", agreement)
    agreement = Agreement.objects.select_for_update().get(pk=agreement.pk)
    refusal = new_version_refusal(agreement)
    if refusal:
        raise ValidationError(refusal)
    last = agreement.versions.order_by("-number").values_list("number", flat=True).first()
    version = AgreementVersion(
        agreement=agreement,
        number=(last or 0) + 1,
        label=label,
        source_name=source_name,
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        text=text,
        change_note=change_note,
        created_by=actor if getattr(actor, "is_authenticated", False) else None,
    )
    version.full_clean()
    version.save()
    _store_clauses(version, clauses)
    audit_record(
        actor=actor,
        event="version.create",
        target=version,
        after=snapshot(version, fields=["number", "label", "source_name", "sha256", "state"]),
        agreement=agreement,
    )
    return version


@transaction.atomic
def version_update(
    *,
    actor: Any,
    version: AgreementVersion,
    text: str | None = None,
    label: str | None = None,
    change_note: str | None = None,
) -> AgreementVersion:
    """Edit a draft. Versions awaiting sign-off or published are immutable."""
    _require(actor, "register.change_agreement", version.agreement)
    version = AgreementVersion.objects.select_for_update().get(pk=version.pk)
    if not version.is_editable:
        raise ValidationError(
            f"Version {version.number} is {version.get_state_display().lower()} and cannot be "
            "edited; create a new version instead."
        )
    fields = ["number", "label", "sha256", "change_note", "state"]
    before = snapshot(version, fields=fields)
    if text is not None:
        version.text = text
        version.sha256 = hashlib.sha256(text.encode()).hexdigest()
    if label is not None:
        version.label = label
    if change_note is not None:
        version.change_note = change_note
    version.full_clean()
    version.save()
    audit_record(
        actor=actor,
        event="version.update",
        target=version,
        before=before,
        after=snapshot(version, fields=fields),
        agreement=version.agreement,
    )
    return version


@transaction.atomic
def version_clauses_replace(
    *, actor: Any, version: AgreementVersion, clauses: Iterable[ClauseInput]
) -> AgreementVersion:
    """Replace a draft's clause tree, e.g. extracted again after its text was edited.
    Obligations citing a removed clause keep their printed citation (``clause_path``)."""
    _require(actor, "register.change_agreement", version.agreement)
    version = AgreementVersion.objects.select_for_update().get(pk=version.pk)
    if not version.is_editable:
        raise ValidationError(
            f"Version {version.number} is {version.get_state_display().lower()}: its clauses "
            "cannot change."
        )
    before = version.clauses.count()
    version.clauses.all().delete()
    _store_clauses(version, clauses)
    audit_record(
        actor=actor,
        event="version.clauses_replace",
        target=version,
        before={"clauses": before},
        after={"clauses": version.clauses.count()},
        agreement=version.agreement,
    )
    return version


@transaction.atomic
def version_submit(*, actor: Any, version: AgreementVersion) -> AgreementVersion:
    """Freeze a draft and ask every party to sign it off."""
    _require(actor, "register.change_agreement", version.agreement)
    version = AgreementVersion.objects.select_for_update().get(pk=version.pk)
    if version.state != VersionState.DRAFT:
        raise ValidationError("Only a draft can be sent for sign-off.")
    if not version.text.strip():
        raise ValidationError({"text": "A version needs its text before sign-off."})
    version.state = VersionState.AWAITING_SIGNOFF
    version.save(update_fields=["state"])
    audit_record(
        actor=actor,
        event="version.submit",
        target=version,
        before={"state": VersionState.DRAFT},
        after={"state": version.state},
        agreement=version.agreement,
    )
    return version


def _signatories(version: AgreementVersion) -> list[Party]:
    return [
        p for p in version.agreement.parties.select_related("organisation") if p.role == SIGNATORY
    ]


def outstanding_signoffs(version: AgreementVersion) -> list[Organisation]:
    """Signatory parties that have not yet signed ``version`` off."""
    signed = set(version.signoffs.values_list("organisation_id", flat=True))
    return [p.organisation for p in _signatories(version) if p.organisation_id not in signed]


@transaction.atomic
def version_sign_off(
    *, actor: Any, version: AgreementVersion, organisation: Organisation
) -> AgreementVersion:
    """Record ``organisation``'s sign-off; publish once every signatory party has signed.

    Alterations need every party's agreement (e.g. CQC–LGSCO MoU, duration and review).
    """
    version = AgreementVersion.objects.select_for_update().get(pk=version.pk)
    if version.state != VersionState.AWAITING_SIGNOFF:
        raise ValidationError("This version is not awaiting sign-off.")
    if not version.agreement.parties.filter(organisation=organisation).exists():
        raise ValidationError({"organisation": f"{organisation} is not a party to this agreement."})
    # rules.has_perm, not actor.has_perm: no superuser bypass for an organisation's signature.
    if actor is not None and not rules.has_perm(
        "register.sign_for_organisation", actor, organisation
    ):
        raise PermissionDenied(f"You cannot sign off for {organisation}.")
    if not any(p.organisation_id == organisation.pk for p in _signatories(version)):
        raise ValidationError({"organisation": f"{organisation} does not sign this agreement."})
    if version.signoffs.filter(organisation=organisation).exists():
        raise ValidationError({"organisation": f"{organisation} has already signed off."})
    signoff = SignOff.objects.create(
        version=version,
        organisation=organisation,
        signed_by=actor if getattr(actor, "is_authenticated", False) else None,
    )
    audit_record(
        actor=actor,
        event="version.sign_off",
        target=version,
        after={"organisation": organisation.slug, "signed_at": signoff.signed_at},
        agreement=version.agreement,
    )
    if not outstanding_signoffs(version):
        _publish(actor=actor, version=version)
    return version


def _publish(*, actor: Any, version: AgreementVersion) -> None:
    previous = list(
        version.agreement.versions.filter(state=VersionState.PUBLISHED).exclude(pk=version.pk)
    )
    for old in previous:
        old.state = VersionState.SUPERSEDED
        old.save(update_fields=["state"])
        audit_record(
            actor=actor,
            event="version.supersede",
            target=old,
            before={"state": VersionState.PUBLISHED},
            after={"state": VersionState.SUPERSEDED},
            agreement=version.agreement,
        )
    version.state = VersionState.PUBLISHED
    version.published_at = timezone.now()
    version.save(update_fields=["state", "published_at"])
    audit_record(
        actor=actor,
        event="version.publish",
        target=version,
        before={"state": VersionState.AWAITING_SIGNOFF},
        after={"state": version.state, "published_at": version.published_at},
        agreement=version.agreement,
    )
    _bring_into_force(actor=actor, version=version)
    # The text is agreed: its duties start to count (obligations listens; see docs/obligations.md).
    version_published.send(
        sender=AgreementVersion, version=version, superseded=previous, actor=actor
    )


# Statuses of an agreement not yet made: the first text every party signs makes it current.
NOT_YET_MADE = frozenset({AgreementStatus.PROPOSED, AgreementStatus.IN_DEVELOPMENT})


def _bring_into_force(*, actor: Any, version: AgreementVersion) -> None:
    """When every party has signed a proposed or in-development agreement, it is made: it
    becomes current, signed on the day the last party signed; in force from then unless the
    parties recorded another date. Managers can correct either date with *Edit details*."""
    agreement = Agreement.objects.select_for_update().get(pk=version.agreement_id)
    if agreement.status not in NOT_YET_MADE:
        return
    before = _agreement_snapshot(agreement)
    signed = timezone.localdate(version.published_at)
    agreement.status = AgreementStatus.CURRENT
    agreement.signed_on = signed
    agreement.in_force_on = agreement.in_force_on or signed
    agreement.save(update_fields=["status", "signed_on", "in_force_on", "updated_at"])
    version.agreement = agreement
    audit_record(
        actor=actor,
        event="agreement.update",
        target=agreement,
        before=before,
        after=_agreement_snapshot(agreement),
        agreement=agreement,
        note=f"Every party signed version {version.number}: the agreement is current.",
    )


CONTACT_FIELDS = ["name", "role", "email", "phone", "address", "escalation_level", "is_public"]


@transaction.atomic
def contact_create(
    *, actor: Any, agreement: Agreement, organisation: Organisation, **fields: Any
) -> Contact:
    _require(actor, "register.change_agreement", agreement)
    unknown = set(fields) - set(CONTACT_FIELDS)
    if unknown:
        raise TypeError(f"Unknown contact fields: {', '.join(sorted(unknown))}")
    if not agreement.parties.filter(organisation=organisation).exists():
        raise ValidationError({"organisation": f"{organisation} is not a party to this agreement."})
    contact = Contact(agreement=agreement, organisation=organisation, **fields)
    contact.full_clean()
    contact.save()
    audit_record(
        actor=actor,
        event="contact.create",
        target=contact,
        after=snapshot(contact),
        agreement=agreement,
    )
    return contact


@transaction.atomic
def contact_update(*, actor: Any, contact: Contact, **changes: Any) -> Contact:
    _require(actor, "register.change_agreement", contact.agreement)
    unknown = set(changes) - set(CONTACT_FIELDS)
    if unknown:
        raise TypeError(f"Unknown contact fields: {', '.join(sorted(unknown))}")
    contact = Contact.objects.select_for_update().get(pk=contact.pk)
    before = snapshot(contact)
    for name, value in changes.items():
        setattr(contact, name, value)
    contact.full_clean()
    contact.save()
    after = snapshot(contact)
    if after != before:
        audit_record(
            actor=actor,
            event="contact.update",
            target=contact,
            before=before,
            after=after,
            agreement=contact.agreement,
        )
    return contact
