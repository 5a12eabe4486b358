"""Register API: public reads without auth; private parts only for the parties; writes through
the same services and `rules` permissions as the pages.

Errors are JSON: 400 ``{"detail": …, "errors": {field: [messages]}}`` when a service refuses the
input, 403 when the permission is missing, 404 when the object is not visible, and django-ninja's
422 when the request body does not match the schema (its ``loc`` names the field).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import wraps
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Router, Schema, Status

from jointwork.accounts.auth import optional_user, signed_in
from jointwork.accounts.models import Organisation
from jointwork.register import services
from jointwork.register.loaders import load_agreement, load_contact, load_party, load_version
from jointwork.register.models import Agreement, AgreementVersion, Contact
from jointwork.register.selectors import agreement_search, contacts_visible

router = Router(tags=["register"])


class ErrorOut(Schema):
    detail: str
    errors: dict[str, list[str]] = {}


class OrganisationOut(Schema):
    slug: str
    name: str
    short_name: str
    kind: str
    website: str


class PartyOut(Schema):
    organisation: str
    name: str
    role: str
    relationship_lead: str | None = None
    relationship_lead_email: str | None = None


class ContactOut(Schema):
    id: int
    organisation: str
    name: str
    role: str
    email: str
    phone: str
    escalation_level: int


class AgreementSummaryOut(Schema):
    slug: str
    title: str
    kind: str
    status: str
    parties: list[str]
    in_force_on: dt.date | None
    next_review_on: dt.date | None


class VersionSummaryOut(Schema):
    number: int
    label: str
    state: str
    sha256: str
    published_at: dt.datetime | None


class AgreementOut(AgreementSummaryOut):
    summary: str
    signed_on: dt.date | None
    review_rule: str
    source_url: str
    is_public: bool
    party_details: list[PartyOut]
    contacts: list[ContactOut]
    versions: list[VersionSummaryOut]
    private_notes: str | None = None


class VersionOut(VersionSummaryOut):
    agreement: str
    text: str
    change_note: str
    signed_off_by: list[str]
    awaiting: list[str]


class AgreementPatch(Schema):
    title: str | None = None
    kind: str | None = None
    status: str | None = None
    summary: str | None = None
    signed_on: dt.date | None = None
    in_force_on: dt.date | None = None
    next_review_on: dt.date | None = None
    review_rule: str | None = None
    source_url: str | None = None
    is_public: bool | None = None
    private_notes: str | None = None


class AgreementIn(AgreementPatch):
    slug: str
    title: str
    kind: str
    status: str
    parties: list[str]


class WithdrawIn(Schema):
    reason: str


class SupersedeIn(Schema):
    successor: str


class PartyIn(Schema):
    organisation: str
    role: str = "signatory"


class PartyPatch(Schema):
    role: str | None = None
    relationship_lead: str | None = None
    relationship_lead_email: str | None = None


class ContactPatch(Schema):
    name: str | None = None
    role: str | None = None
    email: str | None = None
    phone: str | None = None
    address: str | None = None
    escalation_level: int | None = None
    is_public: bool | None = None


class ContactIn(ContactPatch):
    organisation: str
    role: str


class VersionIn(Schema):
    text: str
    label: str = ""
    change_note: str = ""


class VersionPatch(Schema):
    text: str | None = None
    label: str | None = None
    change_note: str | None = None


class SignOffIn(Schema):
    organisation: str


ERRORS = {400: ErrorOut, 403: ErrorOut, 404: ErrorOut}


def service_errors(view: Callable[..., Any]) -> Callable[..., Any]:
    """Turn a service's refusal into a JSON 400/403 naming the field, never a half-done write."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> Any:
        try:
            return view(request, *args, **kwargs)
        except ValidationError as exc:
            errors = exc.message_dict if hasattr(exc, "error_dict") else {"__all__": exc.messages}
            detail = "; ".join(
                f"{'' if field == '__all__' else field + ': '}{' '.join(messages)}"
                for field, messages in errors.items()
            )
            return Status(400, {"detail": detail, "errors": errors})
        except PermissionDenied as exc:
            return Status(403, {"detail": str(exc) or "You do not have permission to do this."})
        except Http404 as exc:
            return Status(404, {"detail": str(exc) or "Not found."})

    return wrapped


def _require(request: HttpRequest, perm: str, obj: Any) -> None:
    if not request.user.has_perm(perm, obj):
        raise PermissionDenied(f"You do not have permission to do this ({perm}).")


def _organisations(slugs: list[str], field: str) -> list[Organisation]:
    found = {o.slug: o for o in Organisation.objects.filter(slug__in=slugs)}
    unknown = [s for s in slugs if s not in found]
    if unknown:
        raise ValidationError({field: f"Unknown organisation(s): {', '.join(unknown)}."})
    return [found[s] for s in slugs]


def _summary(a: Agreement) -> dict:
    return {
        "slug": a.slug,
        "title": a.title,
        "kind": a.kind,
        "status": a.status,
        "parties": [p.organisation.slug for p in a.parties.all()],
        "in_force_on": a.in_force_on,
        "next_review_on": a.next_review_on,
    }


def _version_summary(v: AgreementVersion) -> dict:
    return {
        "number": v.number,
        "label": v.label,
        "state": v.state,
        "sha256": v.sha256,
        "published_at": v.published_at,
    }


def _version_out(v: AgreementVersion) -> dict:
    return _version_summary(v) | {
        "agreement": v.agreement.slug,
        "text": v.text,
        "change_note": v.change_note,
        "signed_off_by": sorted(s.organisation.slug for s in v.signoffs.all()),
        "awaiting": [o.slug for o in services.outstanding_signoffs(v)],
    }


def _contact_out(c: Contact) -> dict:
    return {
        "id": c.pk,
        "organisation": c.organisation.slug,
        "name": c.name,
        "role": c.role,
        "email": c.email,
        "phone": c.phone,
        "escalation_level": c.escalation_level,
    }


def _agreement_out(user: Any, item: Agreement) -> dict:
    private = user.has_perm("register.view_private_agreement", item)
    parties = []
    for p in item.parties.all():
        party = {"organisation": p.organisation.slug, "name": p.organisation.name, "role": p.role}
        if private:
            party |= {
                "relationship_lead": p.relationship_lead,
                "relationship_lead_email": p.relationship_lead_email,
            }
        parties.append(party)
    data = _summary(item) | {
        "summary": item.summary,
        "signed_on": item.signed_on,
        "review_rule": item.review_rule,
        "source_url": item.source_url,
        "is_public": item.is_public,
        "party_details": parties,
        "contacts": [
            _contact_out(c) for c in contacts_visible(agreement=item, can_view_private=private)
        ],
        "versions": [
            _version_summary(v)
            for v in item.versions.all()
            if user.has_perm("register.view_version", v)
        ],
    }
    if private:
        data["private_notes"] = item.private_notes
    return data


def _fresh(request: HttpRequest, slug: str) -> Agreement:
    return load_agreement(request, slug=slug)


@router.get("/organisations", response=list[OrganisationOut], summary="All organisations")
def organisations(request):
    return list(Organisation.objects.order_by("name"))


@router.get("/organisations/{slug}", response=OrganisationOut, summary="One organisation")
def organisation(request, slug: str):
    return get_object_or_404(Organisation, slug=slug)


@router.get("/agreements", response=list[AgreementSummaryOut], summary="Search the register")
def agreements(request, q: str = "", body: str = "", kind: str = "", status: str = ""):
    user = optional_user(request)
    return [
        _summary(a) for a in agreement_search(user=user, q=q, body=body, kind=kind, status=status)
    ]


@router.get(
    "/agreements/{slug}", response={200: AgreementOut, 404: ErrorOut}, summary="One agreement"
)
@service_errors
def agreement(request, slug: str):
    request.user = optional_user(request)
    return Status(200, _agreement_out(request.user, _fresh(request, slug)))


@router.post(
    "/agreements",
    response={201: AgreementOut, **ERRORS},
    auth=signed_in,
    summary="Create an agreement (your organisation must be a party)",
)
@service_errors
def agreement_create(request, payload: AgreementIn):
    data = payload.model_dump(exclude_unset=True)
    parties = _organisations(data.pop("parties"), "parties")
    created = services.agreement_create(actor=request.auth, parties=parties, **data)
    return Status(201, _agreement_out(request.auth, _fresh(request, created.slug)))


@router.patch(
    "/agreements/{slug}",
    response={200: AgreementOut, **ERRORS},
    auth=signed_in,
    summary="Change an agreement's details (send only the fields to change)",
)
@service_errors
def agreement_update(request, slug: str, payload: AgreementPatch):
    item = _fresh(request, slug)
    _require(request, "register.change_agreement", item)
    services.agreement_update(
        actor=request.auth, agreement=item, **payload.model_dump(exclude_unset=True)
    )
    return Status(200, _agreement_out(request.auth, _fresh(request, slug)))


@router.post(
    "/agreements/{slug}/withdraw",
    response={200: AgreementOut, **ERRORS},
    auth=signed_in,
    summary="Withdraw an agreement, saying why (it stays on the register)",
)
@service_errors
def agreement_withdraw(request, slug: str, payload: WithdrawIn):
    item = _fresh(request, slug)
    _require(request, "register.change_agreement", item)
    services.agreement_withdraw(actor=request.auth, agreement=item, reason=payload.reason)
    return Status(200, _agreement_out(request.auth, _fresh(request, slug)))


@router.post(
    "/agreements/{slug}/supersede",
    response={200: AgreementOut, **ERRORS},
    auth=signed_in,
    summary="Mark an agreement superseded by another (you must be able to change both)",
)
@service_errors
def agreement_supersede(request, slug: str, payload: SupersedeIn):
    item = _fresh(request, slug)
    _require(request, "register.change_agreement", item)
    try:
        successor = _fresh(request, payload.successor)
    except Http404:
        raise ValidationError({"successor": f"No agreement {payload.successor!r}."}) from None
    services.agreement_supersede(actor=request.auth, agreement=item, successor=successor)
    return Status(200, _agreement_out(request.auth, _fresh(request, slug)))


@router.post(
    "/agreements/{slug}/parties",
    response={201: AgreementOut, **ERRORS},
    auth=signed_in,
    summary="Add a body as a party (role signatory or supporter); parties are never removed",
)
@service_errors
def party_add(request, slug: str, payload: PartyIn):
    item = _fresh(request, slug)
    _require(request, "register.change_agreement", item)
    (organisation,) = _organisations([payload.organisation], "organisation")
    services.party_add(
        actor=request.auth, agreement=item, organisation=organisation, role=payload.role
    )
    return Status(201, _agreement_out(request.auth, _fresh(request, slug)))


@router.patch(
    "/agreements/{slug}/parties/{organisation}",
    response={200: AgreementOut, **ERRORS},
    auth=signed_in,
    summary="Change a party's role or its relationship lead (send only what changes)",
)
@service_errors
def party_update(request, slug: str, organisation: str, payload: PartyPatch):
    party = load_party(request, slug=slug, organisation=organisation)
    _require(request, "register.change_agreement", party.agreement)
    changes = payload.model_dump(exclude_unset=True)
    with transaction.atomic():  # role and lead change together or not at all
        if "role" in changes:
            party = services.party_change_role(
                actor=request.auth, party=party, role=changes.pop("role") or ""
            )
        if changes:
            services.party_update_lead(
                actor=request.auth,
                party=party,
                relationship_lead=changes.get("relationship_lead", party.relationship_lead) or "",
                relationship_lead_email=changes.get(
                    "relationship_lead_email", party.relationship_lead_email
                )
                or "",
            )
    return Status(200, _agreement_out(request.auth, _fresh(request, slug)))


def _contact_fields(data: dict[str, Any]) -> dict[str, Any]:
    # Text fields are blank, never null, in the register.
    return {k: ("" if v is None and k != "escalation_level" else v) for k, v in data.items()}


@router.post(
    "/agreements/{slug}/contacts",
    response={201: ContactOut, **ERRORS},
    auth=signed_in,
    summary="Add a contact for one of the parties",
)
@service_errors
def contact_create(request, slug: str, payload: ContactIn):
    item = _fresh(request, slug)
    _require(request, "register.change_agreement", item)
    data = payload.model_dump(exclude_unset=True)
    (organisation,) = _organisations([data.pop("organisation")], "organisation")
    contact = services.contact_create(
        actor=request.auth, agreement=item, organisation=organisation, **_contact_fields(data)
    )
    return Status(201, _contact_out(contact))


@router.patch(
    "/agreements/{slug}/contacts/{contact_id}",
    response={200: ContactOut, **ERRORS},
    auth=signed_in,
    summary="Change a contact (send only the fields to change)",
)
@service_errors
def contact_update(request, slug: str, contact_id: int, payload: ContactPatch):
    contact = load_contact(request, slug=slug, pk=contact_id)
    _require(request, "register.change_agreement", contact.agreement)
    contact = services.contact_update(
        actor=request.auth,
        contact=contact,
        **_contact_fields(payload.model_dump(exclude_unset=True)),
    )
    return Status(200, _contact_out(contact))


@router.get(
    "/agreements/{slug}/versions/{number}",
    response={200: VersionOut, **ERRORS},
    summary="One version with its text (drafts only for the parties)",
)
@service_errors
def version(request, slug: str, number: int):
    request.user = optional_user(request)
    item = load_version(request, slug=slug, number=number)
    if not request.user.has_perm("register.view_version", item):
        raise Http404(f"Version {number} is not visible to you.")
    return Status(200, _version_out(item))


@router.post(
    "/agreements/{slug}/versions",
    response={201: VersionOut, **ERRORS},
    auth=signed_in,
    summary="Add a draft version",
)
@service_errors
def version_create(request, slug: str, payload: VersionIn):
    item = _fresh(request, slug)
    _require(request, "register.add_version", item)
    created = services.version_create(actor=request.auth, agreement=item, **payload.model_dump())
    return Status(201, _version_out(load_version(request, slug=slug, number=created.number)))


@router.patch(
    "/agreements/{slug}/versions/{number}",
    response={200: VersionOut, **ERRORS},
    auth=signed_in,
    summary="Edit a draft version (refused once sent for sign-off)",
)
@service_errors
def version_update(request, slug: str, number: int, payload: VersionPatch):
    item = load_version(request, slug=slug, number=number)
    _require(request, "register.change_agreement", item.agreement)
    services.version_update(
        actor=request.auth, version=item, **payload.model_dump(exclude_unset=True)
    )
    return Status(200, _version_out(load_version(request, slug=slug, number=number)))


@router.post(
    "/agreements/{slug}/versions/{number}/submit",
    response={200: VersionOut, **ERRORS},
    auth=signed_in,
    summary="Send a draft to every party for sign-off",
)
@service_errors
def version_submit(request, slug: str, number: int):
    item = load_version(request, slug=slug, number=number)
    _require(request, "register.change_agreement", item.agreement)
    services.version_submit(actor=request.auth, version=item)
    return Status(200, _version_out(load_version(request, slug=slug, number=number)))


@router.post(
    "/agreements/{slug}/versions/{number}/sign-off",
    response={200: VersionOut, **ERRORS},
    auth=signed_in,
    summary="Sign a version off for your organisation; published once every party has",
)
@service_errors
def version_sign_off(request, slug: str, number: int, payload: SignOffIn):
    item = load_version(request, slug=slug, number=number)
    (organisation,) = _organisations([payload.organisation], "organisation")
    services.version_sign_off(actor=request.auth, version=item, organisation=organisation)
    return Status(200, _version_out(load_version(request, slug=slug, number=number)))
