"""Writes for obligations: create a candidate, confirm, reject. Each is audited."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.db import transaction

from jointwork.accounts.models import Organisation
from jointwork.audit.services import audit_record, snapshot
from jointwork.obligations.models import Obligation, ObligationState


def _obligation_snapshot(obligation: Obligation) -> dict[str, Any]:
    data = snapshot(obligation, fields=None)
    data["bearers"] = sorted(o.slug for o in obligation.bearers.all())
    data["counterparties"] = sorted(o.slug for o in obligation.counterparties.all())
    return data


@transaction.atomic
def obligation_create(
    *,
    actor: Any,
    agreement: Any,
    kind: str,
    summary: str,
    bearers: Iterable[Organisation],
    counterparties: Iterable[Organisation] = (),
    clause: Any = None,
    clause_path: str = "",
    version: Any = None,
    quote: str = "",
    rrule: str = "",
    trigger_event: str = "",
    trigger_offset: str = "",
    details: dict[str, Any] | None = None,
    state: str = ObligationState.CANDIDATE,
) -> Obligation:
    obligation = Obligation(
        agreement=agreement,
        version=version,
        clause=clause,
        clause_path=clause_path or (clause.path if clause is not None else ""),
        kind=kind,
        summary=summary,
        quote=quote,
        rrule=rrule,
        trigger_event=trigger_event,
        trigger_offset=trigger_offset,
        details=details or {},
        state=state,
    )
    obligation.full_clean(exclude=["bearers", "counterparties"])
    obligation.save()
    obligation.bearers.set(list(bearers))
    obligation.counterparties.set(list(counterparties))
    audit_record(
        actor=actor,
        event="obligation.create",
        target=obligation,
        after=_obligation_snapshot(obligation),
        agreement=agreement,
    )
    return obligation


def _set_state(*, actor: Any, obligation: Obligation, state: str, note: str = "") -> Obligation:
    before = _obligation_snapshot(obligation)
    obligation.state = state
    obligation.save(update_fields=["state", "updated_at"])
    audit_record(
        actor=actor,
        event=f"obligation.{state}",
        target=obligation,
        before=before,
        after=_obligation_snapshot(obligation),
        agreement=obligation.agreement,
        note=note,
    )
    return obligation


@transaction.atomic
def obligation_confirm(*, actor: Any, obligation: Obligation) -> Obligation:
    return _set_state(actor=actor, obligation=obligation, state=ObligationState.CONFIRMED)


@transaction.atomic
def obligation_reject(*, actor: Any, obligation: Obligation, reason: str = "") -> Obligation:
    return _set_state(
        actor=actor, obligation=obligation, state=ObligationState.REJECTED, note=reason
    )
