"""Reads for the sharing gateway: agreement terms for the policy, requests, the ledger."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from jointwork.accounts.models import Organisation, Role
from jointwork.accounts.rules import roles_by_org
from jointwork.obligations.models import Obligation
from jointwork.register.models import Agreement
from jointwork.sharing.ledger import Head, Verification, check_head, verify_stored
from jointwork.sharing.models import LedgerEntry, LedgerHead, ShareRequest
from jointwork.sharing.request import RequestError, ShareRequestData
from jointwork.sharing.terms import (
    SHARING_KINDS,
    AgreementTerms,
    SharingObligation,
    curated_obligations,
)


def agreement_for(slug: str) -> Agreement:
    try:
        return Agreement.objects.get(slug=slug)
    except Agreement.DoesNotExist as exc:
        raise RequestError(f"request: unknown agreement {slug!r}") from exc


def bodies_for(data: ShareRequestData) -> tuple[Organisation, Organisation]:
    found = {o.slug: o for o in Organisation.objects.filter(slug__in=[data.sender, data.recipient])}
    for field, slug in (("from", data.sender), ("to", data.recipient)):
        if slug not in found:
            raise RequestError(f"request: unknown body {slug!r} in {field!r}")
    return found[data.sender], found[data.recipient]


def _confirmed_sharing_obligations(agreement: Agreement) -> list[SharingObligation]:
    rows = (
        Obligation.objects.in_force()
        .filter(agreement=agreement, kind__in=SHARING_KINDS)
        .prefetch_related("bearers", "counterparties")
    )
    out = []
    for row in rows:
        details = row.details or {}
        out.append(
            SharingObligation(
                kind=row.kind,
                clause=row.clause_path,
                text=row.quote or row.summary,
                bearers=tuple(sorted(o.slug for o in row.bearers.all())),
                counterparties=tuple(sorted(o.slug for o in row.counterparties.all())),
                applies_to=tuple(details.get("applies_to", ())),
                personal_data=details.get("personal_data", "excluded"),
            )
        )
    return out


def agreement_terms(agreement: Agreement, *, at: dt.date | None = None) -> AgreementTerms:
    """Parties, whether in force (register rule), and the sharing obligations: the curated file for
    the agreement plus its confirmed obligation rows."""
    parties = tuple(sorted(agreement.parties.values_list("organisation__slug", flat=True)))
    in_force = Agreement.objects.in_force(at=at).filter(pk=agreement.pk).exists()
    obligations = (*curated_obligations(agreement.slug), *_confirmed_sharing_obligations(agreement))
    return AgreementTerms(agreement.slug, parties, in_force, tuple(obligations))


def _ids_with_roles(user: Any, roles: set[str] | None = None) -> list[int]:
    return [org for org, role in roles_by_org(user).items() if roles is None or role in roles]


def requests_sent_by(user: Any) -> list[ShareRequest]:
    return list(
        ShareRequest.objects.filter(sender_id__in=_ids_with_roles(user)).select_related(
            "agreement", "sender", "recipient"
        )[:100]
    )


def review_queue(user: Any) -> list[ShareRequest]:
    ig = _ids_with_roles(user, {Role.INFORMATION_GOVERNANCE, Role.ADMIN})
    return list(
        ShareRequest.objects.awaiting_review_for(ig).select_related(
            "agreement", "sender", "recipient"
        )
    )


def inbox(user: Any) -> list[ShareRequest]:
    return list(
        ShareRequest.objects.received_by(_ids_with_roles(user))
        .select_related("agreement", "sender", "recipient")
        .prefetch_related("decisions")[:100]
    )


def can_see_request(user: Any, share_request: ShareRequest) -> bool:
    if getattr(user, "is_superuser", False):
        return True
    mine = roles_by_org(user)
    if share_request.sender_id in mine:
        return True
    return share_request.recipient_id in mine and share_request.state in {"allowed", "approved"}


def request_detail(pk: int) -> ShareRequest:
    return (
        ShareRequest.objects.select_related("agreement", "sender", "recipient", "filed_by")
        .prefetch_related("decisions__approver")
        .get(pk=pk)
    )


def ledger_rows(*, upto: int | None = None) -> Iterator[tuple[int, str, str, str]]:
    rows = LedgerEntry.objects.all() if upto is None else LedgerEntry.objects.filter(seq__lte=upto)
    return (
        rows.order_by("seq")
        .values_list("seq", "prev_hash", "hash", "payload")
        .iterator(chunk_size=2000)
    )


def ledger_head() -> Head | None:
    """The head the writers keep (None before the first append)."""
    row = LedgerHead.objects.filter(pk=1).values_list("seq", "hash").first()
    return Head(*row) if row else None


def ledger_verify() -> Verification:
    """Re-compute the chain and hold it against the recorded head, so entries deleted at the end
    (or all of them) are reported, not just edited ones."""
    head = ledger_head()  # read first: an append committed meanwhile only adds entries after it
    result = verify_stored(ledger_rows())
    if result.ok and head is not None and result.count > head.seq:
        head = ledger_head()  # entries appended while we read: compare with the newer head
    return check_head(result, head)


def ledger_recent(limit: int = 50) -> list[LedgerEntry]:
    return list(LedgerEntry.objects.order_by("-seq")[:limit])
