"""Writes for incident liaison. Each is atomic, checks who may act, and writes its audit row."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from jointwork.accounts.models import Organisation
from jointwork.audit.services import audit_record
from jointwork.liaison import notifications
from jointwork.liaison.facts import FactsInput, parse_facts
from jointwork.liaison.models import Incident, Triage, TriageState
from jointwork.liaison.table import AGREE, default_table


class TriageActionError(ValueError):
    """An action the triage's state or the table does not allow; the message says why."""


def _require(actor: Any, perm: str, obj: Any, what: str) -> None:
    if actor is None or not actor.has_perm(perm, obj):
        raise PermissionDenied(f"You may not {what}.")


def _decision(triage: Triage) -> dict[str, Any]:
    return {
        "state": triage.state,
        "lead_body": triage.lead_body,
        "decision_reason": triage.decision_reason,
        "decided_by": triage.decided_by_id,
    }


def _organisations_for(codes: set[str]) -> list[Organisation]:
    bodies = default_table().bodies
    slugs = {bodies[code].organisation for code in codes if code in bodies}
    return list(Organisation.objects.filter(slug__in=slugs - {""}))


def _triage_create(*, actor: Any, incident: Incident, given: FactsInput) -> Triage:
    result = default_table().triage(given)
    triage = Triage.objects.create(
        incident=incident,
        lead=result.lead,
        candidates=list(result.candidates),
        notify=list(result.notify),
        reasons=[reason.as_dict() for reason in result.reasons],
        table_version=result.table_version,
        # When the table asks the bodies to agree, nobody leads until they have.
        lead_body="" if result.lead == AGREE else result.lead,
    )
    triage.organisations.set(_organisations_for({result.lead, *result.candidates, *result.notify}))
    audit_record(
        actor=actor,
        event="liaison.triage_proposed",
        target=triage,
        after=triage.as_contract() | _decision(triage),
        note=f"decision table {result.table_version}",
    )
    return triage


@transaction.atomic
def incident_record(
    *, actor: Any, organisation: Organisation, summary: str, facts: Mapping[str, Any]
) -> Incident:
    """Record an incident reported by `organisation` and triage it with the current table.

    Raises FactsError (bad facts), ValueError (no summary) or PermissionDenied before writing.
    """
    _require(actor, "liaison.record_incident_for", organisation, f"report for {organisation}")
    given = parse_facts(facts)
    summary = summary.strip()
    if not summary:
        raise ValueError("Enter a one-sentence summary of the incident")
    incident = Incident.objects.create(
        summary=summary,
        facts=dict(facts),
        reporter=actor if getattr(actor, "is_authenticated", False) else None,
        reporter_organisation=organisation,
    )
    audit_record(
        actor=actor,
        event="liaison.incident_recorded",
        target=incident,
        after={"summary": summary, "facts": dict(facts), "organisation": organisation.slug},
    )
    triage = _triage_create(actor=actor, incident=incident, given=given)
    # MoU para 4 / Annex C: the lead body tells the others; its duties become due items.
    notifications.open_items(actor=actor, triage=triage)
    return incident


def _decide(*, actor: Any, triage: Triage, event: str, state: str, body: str, reason: str) -> None:
    before = _decision(triage)
    triage.state = state
    triage.lead_body = body
    triage.decision_reason = reason
    triage.decided_by = actor if getattr(actor, "is_authenticated", False) else None
    triage.decided_at = timezone.now()
    triage.save(update_fields=["state", "lead_body", "decision_reason", "decided_by", "decided_at"])
    audit_record(
        actor=actor, event=event, target=triage, before=before, after=_decision(triage), note=reason
    )


@transaction.atomic
def triage_accept(*, actor: Any, triage: Triage) -> Triage:
    """The lead body accepts the lead (the table's, or one handed over to it)."""
    triage = Triage.objects.select_for_update().select_related("incident").get(pk=triage.pk)
    if not triage.lead_body:
        raise TriageActionError("The bodies must first agree who leads")
    if triage.state == TriageState.ACCEPTED:
        raise TriageActionError(f"{triage.lead_body} has already accepted the lead")
    _require(actor, "liaison.act_as_lead", triage, f"accept the lead for {triage.lead_body}")
    _decide(
        actor=actor,
        triage=triage,
        event="liaison.triage_accepted",
        state=TriageState.ACCEPTED,
        body=triage.lead_body,
        reason="",
    )
    notifications.open_items(actor=actor, triage=triage)  # any duty loaded since
    return triage


@transaction.atomic
def triage_hand_over(*, actor: Any, triage: Triage, to_body: str, reason: str) -> Triage:
    """The lead body hands the lead to another body, saying why (MoU: primacy can change)."""
    triage = Triage.objects.select_for_update().select_related("incident").get(pk=triage.pk)
    bodies = default_table().bodies
    if not triage.lead_body:
        raise TriageActionError("The bodies must first agree who leads")
    if to_body not in bodies or to_body == triage.lead_body:
        raise TriageActionError(f"Choose a body other than {triage.lead_body} to hand over to")
    if not reason.strip():
        raise TriageActionError("Give the reason for handing over the lead")
    _require(actor, "liaison.act_as_lead", triage, f"hand over the lead for {triage.lead_body}")
    from_body = triage.lead_body
    _decide(
        actor=actor,
        triage=triage,
        event="liaison.triage_handed_over",
        state=TriageState.HANDED_OVER,
        body=to_body,
        reason=reason.strip(),
    )
    triage.organisations.add(*_organisations_for({to_body}))
    # The notification duties follow the lead; none is deleted.
    notifications.move_items(actor=actor, triage=triage, from_body=from_body, reason=reason)
    notifications.open_items(actor=actor, triage=triage)
    return triage


@transaction.atomic
def triage_agree_primacy(*, actor: Any, triage: Triage, lead_body: str, reason: str) -> Triage:
    """A candidate body records the lead the candidates agreed (MoU para 14 / Annex B)."""
    triage = Triage.objects.select_for_update().select_related("incident").get(pk=triage.pk)
    if triage.lead != AGREE:
        raise TriageActionError("The table named a lead; there is no primacy to agree")
    if triage.state != TriageState.PROPOSED:
        raise TriageActionError(f"The lead was already agreed: {triage.lead_body}")
    if lead_body not in triage.candidates:
        raise TriageActionError(f"Choose one of {', '.join(triage.candidates)}")
    if not reason.strip():
        raise TriageActionError("Say how and when the bodies agreed")
    _require(actor, "liaison.agree_primacy", triage, "record the agreed lead")
    _decide(
        actor=actor,
        triage=triage,
        event="liaison.primacy_agreed",
        state=TriageState.AGREED,
        body=lead_body,
        reason=reason.strip(),
    )
    notifications.open_items(actor=actor, triage=triage)
    return triage
