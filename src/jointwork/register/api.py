"""Register API: public reads without auth; private parts only for the parties."""

from __future__ import annotations

import datetime as dt

from django.shortcuts import get_object_or_404
from ninja import Router, Schema

from jointwork.accounts.auth import optional_user
from jointwork.accounts.models import Organisation
from jointwork.register.models import Agreement
from jointwork.register.selectors import agreement_search, contacts_visible

router = Router(tags=["register"])


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


class ContactOut(Schema):
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


class AgreementOut(AgreementSummaryOut):
    summary: str
    signed_on: dt.date | None
    review_rule: str
    source_url: str
    party_details: list[PartyOut]
    contacts: list[ContactOut]
    private_notes: str | None = None


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


@router.get("/agreements/{slug}", response=AgreementOut, summary="One agreement")
def agreement(request, slug: str):
    user = optional_user(request)
    item = get_object_or_404(
        Agreement.objects.visible_to(user).prefetch_related(
            "parties__organisation", "contacts__organisation"
        ),
        slug=slug,
    )
    private = user.has_perm("register.view_private_agreement", item)
    data = _summary(item) | {
        "summary": item.summary,
        "signed_on": item.signed_on,
        "review_rule": item.review_rule,
        "source_url": item.source_url,
        "party_details": [
            {"organisation": p.organisation.slug, "name": p.organisation.name, "role": p.role}
            for p in item.parties.all()
        ],
        "contacts": [
            {
                "organisation": c.organisation.slug,
                "name": c.name,
                "role": c.role,
                "email": c.email,
                "phone": c.phone,
                "escalation_level": c.escalation_level,
            }
            for c in contacts_visible(agreement=item, can_view_private=private)
        ],
    }
    if private:
        data["private_notes"] = item.private_notes
    return data
