"""Load a view's object for the permission decorator: 404 when it is not visible to the user.

An agreement that is not public is "not found" for anyone outside its parties, so its
existence is not disclosed.
"""

from __future__ import annotations

from typing import Any

from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404

from jointwork.register.models import Agreement, AgreementVersion, Contact, Party
from jointwork.register.selectors import agreement_detail, version_detail


def load_agreement(request: HttpRequest, *, slug: str, **_: Any) -> Agreement:
    try:
        return agreement_detail(slug=slug, user=request.user)
    except Agreement.DoesNotExist as exc:
        raise Http404("No agreement with that name is visible to you.") from exc


def load_version(request: HttpRequest, *, slug: str, number: int, **_: Any) -> AgreementVersion:
    agreement = load_agreement(request, slug=slug)
    try:
        return version_detail(agreement=agreement, number=number)
    except AgreementVersion.DoesNotExist as exc:
        raise Http404(f"This agreement has no version {number}.") from exc


def load_party(request: HttpRequest, *, slug: str, organisation: str, **_: Any) -> Party:
    agreement = load_agreement(request, slug=slug)
    party = get_object_or_404(
        Party.objects.select_related("organisation"),
        agreement=agreement,
        organisation__slug=organisation,
    )
    party.agreement = agreement
    return party


def load_contact(request: HttpRequest, *, slug: str, pk: int, **_: Any) -> Contact:
    agreement = load_agreement(request, slug=slug)
    contact = get_object_or_404(Contact, agreement=agreement, pk=pk)
    contact.agreement = agreement
    return contact
