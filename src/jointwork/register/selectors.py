"""Reads for the register, with the queries kept few."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import rules
from django.db.models import Prefetch, Q, QuerySet

from jointwork.accounts.models import Organisation
from jointwork.register.models import (
    SIGNATORY,
    Agreement,
    AgreementKind,
    AgreementStatus,
    AgreementVersion,
    Contact,
    Forum,
    Party,
    SignOff,
    VersionState,
)


@dataclass(frozen=True)
class RegisterGroup:
    key: str
    title: str
    agreements: list[Agreement]


# The register's sections, in the order CQC's joint working page presents them.
GROUPS: list[tuple[str, str, Any]] = [
    (
        "current-mous",
        "Current memoranda of understanding",
        lambda a: (
            a.kind in {AgreementKind.MOU, AgreementKind.LIAISON, AgreementKind.OTHER}
            and a.status in {AgreementStatus.CURRENT, AgreementStatus.UNDER_REVIEW}
        ),
    ),
    (
        "mous-in-development",
        "Memoranda of understanding in development",
        lambda a: a.status == AgreementStatus.IN_DEVELOPMENT and a.kind != AgreementKind.JWP,
    ),
    (
        "current-jwps",
        "Current joint working protocols",
        lambda a: (
            a.kind in {AgreementKind.JWP, AgreementKind.PROTOCOL}
            and a.status in {AgreementStatus.CURRENT, AgreementStatus.UNDER_REVIEW}
        ),
    ),
    (
        "proposed-jwps",
        "Proposed joint working protocols",
        lambda a: (
            a.status in {AgreementStatus.PROPOSED}
            or (a.status == AgreementStatus.IN_DEVELOPMENT and a.kind == AgreementKind.JWP)
        ),
    ),
    (
        "current-isas",
        "Information sharing agreements",
        lambda a: (
            a.kind == AgreementKind.ISA
            and a.status in {AgreementStatus.CURRENT, AgreementStatus.UNDER_REVIEW}
        ),
    ),
    (
        "ended",
        "Superseded and withdrawn agreements",
        lambda a: a.status in {AgreementStatus.SUPERSEDED, AgreementStatus.WITHDRAWN},
    ),
]


def agreement_search(
    *,
    user: Any,
    q: str = "",
    body: str = "",
    kind: str = "",
    status: str = "",
) -> QuerySet[Agreement]:
    """Agreements visible to ``user`` matching a free-text query and filters."""
    qs = Agreement.objects.visible_to(user)
    if q:
        qs = qs.filter(
            Q(title__icontains=q)
            | Q(summary__icontains=q)
            | Q(slug__icontains=q)
            | Q(parties__organisation__name__icontains=q)
            | Q(parties__organisation__short_name__iexact=q)
        )
    if body:
        qs = qs.filter(parties__organisation__slug=body)
    if kind:
        qs = qs.filter(kind=kind)
    if status:
        qs = qs.filter(status=status)
    return (
        qs.distinct()
        .order_by("title")
        .prefetch_related(
            Prefetch("parties", queryset=Party.objects.select_related("organisation"))
        )
    )


def register_groups(agreements: list[Agreement]) -> list[RegisterGroup]:
    groups = []
    for key, title, belongs in GROUPS:
        groups.append(RegisterGroup(key, title, [a for a in agreements if belongs(a)]))
    return groups


def agreement_detail(*, slug: str, user: Any) -> Agreement:
    """One agreement the user may see, with parties and contacts loaded."""
    return (
        Agreement.objects.visible_to(user)
        .prefetch_related(
            Prefetch("parties", queryset=Party.objects.select_related("organisation")),
            Prefetch("contacts", queryset=Contact.objects.select_related("organisation")),
            "versions",
        )
        .select_related("supersedes")
        .get(slug=slug)
    )


def contacts_visible(*, agreement: Agreement, can_view_private: bool) -> list[Contact]:
    return [c for c in agreement.contacts.all() if c.is_public or can_view_private]


def forum_detail(*, slug: str | None = None) -> Forum | None:
    qs = Forum.objects.prefetch_related("members__organisation", "meetings")
    return qs.filter(slug=slug).first() if slug else qs.first()


def agreements_of(*, user: Any) -> QuerySet[Agreement]:
    """Agreements any of the user's organisations is party to."""
    return (
        Agreement.objects.filter(parties__organisation__memberships__user=user)
        .distinct()
        .prefetch_related(
            Prefetch("parties", queryset=Party.objects.select_related("organisation"))
        )
        .order_by("title")
    )


def version_detail(*, agreement: Agreement, number: int) -> AgreementVersion:
    return (
        AgreementVersion.objects.select_related("agreement", "created_by")
        .prefetch_related(
            Prefetch(
                "signoffs", queryset=SignOff.objects.select_related("organisation", "signed_by")
            )
        )
        .get(agreement=agreement, number=number)
    )


@dataclass(frozen=True)
class AwaitingSignOff:
    version: AgreementVersion
    organisations: list[Organisation]


def signoffs_awaiting(*, user: Any) -> list[AwaitingSignOff]:
    """Versions waiting for a sign-off the user may give, with the bodies they may sign for."""
    if not getattr(user, "is_authenticated", False):
        return []
    signable = [
        m.organisation
        for m in user.memberships.select_related("organisation")
        if rules.has_perm("register.sign_for_organisation", user, m.organisation)
    ]
    if not signable:
        return []
    versions = (
        AgreementVersion.objects.filter(
            state=VersionState.AWAITING_SIGNOFF,
            agreement__parties__organisation__in=signable,
            agreement__parties__role=SIGNATORY,
        )
        .distinct()
        .select_related("agreement")
        .prefetch_related("signoffs", "agreement__parties")
        .order_by("agreement__title", "number")
    )
    result = []
    for version in versions:
        signed = {s.organisation_id for s in version.signoffs.all()}
        parties = {
            p.organisation_id for p in version.agreement.parties.all() if p.role == SIGNATORY
        }
        mine = [o for o in signable if o.pk in parties - signed]
        if mine:
            result.append(AwaitingSignOff(version, mine))
    return result
