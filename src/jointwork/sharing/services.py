"""Every write of the sharing gateway: file, decide, approve, refuse, and append to the ledger."""

from __future__ import annotations

import hashlib
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.utils import timezone

from jointwork.audit.services import audit_record, snapshot
from jointwork.sharing.canonical import canonical_bytes
from jointwork.sharing.compiled import PolicyBook
from jointwork.sharing.ledger import GENESIS, next_entry
from jointwork.sharing.models import (
    Decision,
    DecisionKind,
    LedgerEntry,
    LedgerHead,
    RequestState,
    ShareRequest,
)
from jointwork.sharing.policy import Decision as PolicyDecision
from jointwork.sharing.request import FLAGS, ShareRequestData
from jointwork.sharing.selectors import agreement_for, agreement_terms, bodies_for
from jointwork.sharing.terms import load_law_policy

# One book per process: compiled tables are keyed by the agreement's terms, so a changed
# obligation or party list compiles afresh and the old table is simply no longer used.
POLICY_BOOK = PolicyBook(load_law_policy())

_STATE_FOR = {
    "allow": RequestState.ALLOWED,
    "deny": RequestState.DENIED,
    "needs_review": RequestState.AWAITING_REVIEW,
}
# Approvals are documented decisions about sharing (UK GDPR Art 5(2) accountability).
REVIEW_CITATION = (
    "ICO Data Sharing Code of Practice: document your decisions about the data sharing"
)


class NotAtSendingBody(PermissionDenied):
    """The person filing is not a member of the body that would send the information."""


class OwnRequest(PermissionDenied):
    """Four eyes: the person who filed a request may not approve or refuse it."""


class SharingStateError(ValueError):
    pass


def filed_by(user: Any, share_request: ShareRequest) -> bool:
    return share_request.filed_by_id is not None and share_request.filed_by_id == user.pk


def share_decide(*, data: ShareRequestData) -> PolicyDecision:
    """Decide without recording (CLI, API dry run); the agreement and bodies must exist."""
    agreement = agreement_for(data.agreement)
    bodies_for(data)
    return POLICY_BOOK.decide(data, agreement_terms(agreement))


def _request_digest(data: ShareRequestData) -> str:
    # The ledger holds no personal data: the request's text is represented by its hash only.
    return hashlib.sha256(canonical_bytes(data.as_json())).hexdigest()


def _data_of(sr: ShareRequest) -> ShareRequestData:
    return ShareRequestData(
        agreement=sr.agreement.slug,
        sender=sr.sender.slug,
        recipient=sr.recipient.slug,
        purpose=sr.purpose,
        legal_basis=sr.legal_basis or None,
        data_description=sr.data_description,
        **{name: getattr(sr, name) for name in FLAGS},
    )


def ledger_append(*, payload: dict[str, Any]) -> LedgerEntry:
    """Append one entry. The head row is locked, so concurrent writers queue and seq has no gaps."""
    with transaction.atomic():
        head = LedgerHead.objects.select_for_update().filter(pk=1).first()
        if head is None:
            head = _head_create()
        entry = next_entry(head.seq, head.hash, payload)
        row = LedgerEntry.objects.create(
            seq=entry.seq,
            prev_hash=entry.prev,
            hash=entry.hash,
            payload=canonical_bytes(dict(entry.payload)).decode(),
        )
        LedgerHead.objects.filter(pk=1).update(seq=entry.seq, hash=entry.hash)
    return row


def _head_create() -> LedgerHead:
    last = LedgerEntry.objects.order_by("-seq").first()
    try:
        with transaction.atomic():
            return LedgerHead.objects.create(
                pk=1, seq=last.seq if last else 0, hash=last.hash if last else GENESIS
            )
    except IntegrityError:  # another writer created it first: wait for its lock
        return LedgerHead.objects.select_for_update().get(pk=1)


def _now() -> str:
    return timezone.now().isoformat(timespec="seconds")


def share_request_file(*, actor: Any, data: ShareRequestData) -> ShareRequest:
    """File a request for the sending body and decide it. Someone not at the sending body is
    refused, and the refusal is audited and put on the ledger before the error is raised."""
    agreement = agreement_for(data.agreement)
    sender, recipient = bodies_for(data)
    if not actor.has_perm("accounts.act_for_organisation", sender):
        with transaction.atomic():
            audit_record(
                actor=actor,
                event="sharing.request_refused_not_member",
                target=sender,
                agreement=agreement,
                after={"agreement": agreement.slug, "from": sender.slug, "to": recipient.slug},
                note=f"Refused: the user is not at the sending body {sender.slug}.",
            )
            ledger_append(
                payload={
                    "type": "refused_not_member",
                    "agreement": agreement.slug,
                    "from": sender.slug,
                    "to": recipient.slug,
                    "actor": actor.pk,
                    "request_digest": _request_digest(data),
                    "at": _now(),
                }
            )
        raise NotAtSendingBody(f"You are not at {sender.label}, the sending body.")
    with transaction.atomic():
        share_request = ShareRequest.objects.create(
            agreement=agreement,
            sender=sender,
            recipient=recipient,
            filed_by=actor,
            purpose=data.purpose,
            data_description=data.data_description,
            legal_basis=data.legal_basis or "",
            state=RequestState.AWAITING_REVIEW,
            **{name: getattr(data, name) for name in FLAGS},
        )
        audit_record(
            actor=actor,
            event="sharing.request_filed",
            target=share_request,
            agreement=agreement,
            after=snapshot(share_request),
        )
        share_request_decide(actor=actor, share_request=share_request)
    return share_request


@transaction.atomic
def share_request_decide(*, actor: Any, share_request: ShareRequest) -> Decision:
    """Run the policy on a request, store the decision with its reasons, put it on the ledger."""
    data = _data_of(share_request)
    result = POLICY_BOOK.decide(data, agreement_terms(share_request.agreement))
    row = Decision.objects.create(
        request=share_request,
        kind=DecisionKind.POLICY,
        decision=str(result.decision),
        basis=str(result.basis),
        reasons=[r.as_json() for r in result.reasons],
        policy_version=result.policy_version,
        error=result.error or "",
    )
    before = share_request.state
    share_request.state = _STATE_FOR[str(result.decision)]
    share_request.save(update_fields=["state"])
    ledger_append(
        payload={
            "type": "decision",
            "decision_id": row.pk,
            "request": share_request.pk,
            "agreement": data.agreement,
            "from": data.sender,
            "to": data.recipient,
            "decision": row.decision,
            "basis": row.basis,
            "rules": [r.rule for r in result.reasons],
            "policy_version": row.policy_version,
            "request_digest": _request_digest(data),
            "at": _now(),
        }
    )
    audit_record(
        actor=actor,
        event="sharing.request_decided",
        target=share_request,
        agreement=share_request.agreement,
        before={"state": before},
        after={"state": share_request.state, "decision": row.decision, "basis": row.basis},
    )
    return row


def share_request_approve(*, actor: Any, share_request: ShareRequest, note: str = "") -> Decision:
    return _review(actor=actor, share_request=share_request, approve=True, note=note)


def share_request_refuse(*, actor: Any, share_request: ShareRequest, reason: str) -> Decision:
    if not reason.strip():
        raise SharingStateError("A refusal needs a reason.")
    return _review(actor=actor, share_request=share_request, approve=False, note=reason)


def _review(*, actor: Any, share_request: ShareRequest, approve: bool, note: str) -> Decision:
    if not actor.has_perm("accounts.govern_information_for", share_request.sender):
        raise PermissionDenied(
            f"Only information governance at {share_request.sender.label} may decide this."
        )
    if filed_by(actor, share_request):
        # Four eyes (ICO Data Sharing Code: decisions are made and documented by someone
        # accountable): a second person reviews. The attempt is audited before it is refused.
        audit_record(
            actor=actor,
            event="sharing.review_refused_own_request",
            target=share_request,
            agreement=share_request.agreement,
            after={"action": "approve" if approve else "refuse"},
            note="Refused: the person who filed a request cannot review it.",
        )
        raise OwnRequest(
            "You filed this request, so someone else in information governance must "
            "approve or refuse it."
        )
    with transaction.atomic():
        locked = ShareRequest.objects.select_for_update().get(pk=share_request.pk)
        if locked.state != RequestState.AWAITING_REVIEW:
            raise SharingStateError(f"Request {locked.pk} is not awaiting review.")
        policy = locked.decisions.filter(kind=DecisionKind.POLICY).order_by("-id").first()
        kind = DecisionKind.APPROVAL if approve else DecisionKind.REFUSAL
        text = note.strip() or "Approved after review."
        row = Decision.objects.create(
            request=locked,
            kind=kind,
            decision="allow" if approve else "deny",
            basis="approved" if approve else "refused",
            reasons=[{"rule": f"review.{kind}", "text": text, "citation": REVIEW_CITATION}],
            policy_version=policy.policy_version if policy else "",
            approver=actor,
            note=note.strip(),
        )
        locked.state = RequestState.APPROVED if approve else RequestState.REFUSED
        locked.save(update_fields=["state"])
        ledger_append(
            payload={
                "type": str(kind),
                "decision_id": row.pk,
                "request": locked.pk,
                "decision": row.decision,
                "approver": actor.pk,
                "note_digest": hashlib.sha256(note.strip().encode()).hexdigest(),
                "policy_version": row.policy_version,
                "at": _now(),
            }
        )
        audit_record(
            actor=actor,
            event=f"sharing.request_{'approved' if approve else 'refused'}",
            target=locked,
            agreement=locked.agreement,
            before={"state": RequestState.AWAITING_REVIEW},
            after={"state": locked.state},
            note=note.strip(),
        )
    share_request.state = locked.state
    return row
