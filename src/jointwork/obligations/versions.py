"""When a version is published its duties start to count and the duties it replaces stop.

The rule for which duties count is ``Obligation.objects.in_force()``. Publishing version N of an
agreement (every signatory signed; ``register.signals.version_published``):

1. its confirmed duties are now in force: a rhythm's items for the rolling horizon appear at once;
2. the duties it replaces are retired (state *superseded*, ``superseded_by`` = version N):
   - every confirmed duty of an earlier, now superseded version of the agreement, and
   - every confirmed duty *without a version* (built-in or entered by hand) of the agreement that
     a duty of version N replaces (:func:`replaces`);
   their open items are waived with the reason "superseded by version N" (audited), never deleted;
   a statutory deadline (FOIA s10) is the law's, not the duty's, and stays open;
3. an event already recorded whose items were waived (e.g. a press release planned next week)
   gets its items again from version N's duties, so the other party is still told once.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import transaction
from django.utils import timezone

from jointwork.audit.services import audit_record, snapshot
from jointwork.obligations.models import (
    DueItem,
    DueItemState,
    Obligation,
    ObligationState,
    TriggerEvent,
)
from jointwork.obligations.scheduling import HORIZON_DAYS, event_due_items
from jointwork.obligations.services import _obligation_snapshot, obligation_materialise
from jointwork.register.models import VersionState


def schedulable(obligation: Obligation) -> bool:
    """Can make due items on its own: a rhythm, or a trigger with an offset."""
    return bool(obligation.rrule) or bool(obligation.trigger_event and obligation.trigger_offset)


def replaces(new: Obligation, old: Obligation) -> bool:
    """Whether ``new`` (a duty of the published version) replaces ``old`` (a duty of the same
    agreement without a version): the same kind, and either the same clause path or the same
    trigger event. ``new`` must make items itself, so a duty the calendar can use is never
    swapped for one it cannot; a duty that names the body to tell (``details["notify"]``) is
    replaced only by one naming the same body."""
    if new.kind != old.kind or not schedulable(new):
        return False
    notify = (old.details or {}).get("notify")
    if notify is not None and (new.details or {}).get("notify") != notify:
        return False
    same_clause = bool(old.clause_path) and new.clause_path == old.clause_path
    same_event = bool(old.trigger_event) and new.trigger_event == old.trigger_event
    return same_clause or same_event


def _retire(*, actor: Any, obligation: Obligation, version: Any, at: dt.datetime) -> set[int]:
    """Mark a duty superseded and waive its open items; return the events of those items."""
    reason = f"superseded by version {version.number}"
    before = _obligation_snapshot(obligation)
    obligation.state = ObligationState.SUPERSEDED
    obligation.superseded_by = version
    obligation.save(update_fields=["state", "superseded_by", "updated_at"])
    audit_record(
        actor=actor,
        event="obligation.superseded",
        target=obligation,
        before=before,
        after=_obligation_snapshot(obligation),
        agreement=obligation.agreement,
        note=reason,
    )
    events: set[int] = set()
    items = DueItem.objects.select_for_update().open().filter(obligation=obligation, statute="")
    for item in items:
        item_before = snapshot(item)
        item.state = DueItemState.WAIVED
        item.reason = reason
        item.closed_by = actor if getattr(actor, "is_authenticated", False) else None
        item.closed_at = at
        item.save(update_fields=["state", "reason", "closed_by", "closed_at"])
        audit_record(
            actor=actor,
            event="due_item.waived",
            target=item,
            before=item_before,
            after=snapshot(item),
            agreement=obligation.agreement,
            note=reason,
        )
        if item.event_id:
            events.add(item.event_id)
    return events


def _raise_again(*, actor: Any, event: TriggerEvent, duties: set[int]) -> list[DueItem]:
    """The event's items from the new version's duties that it does not have yet."""
    have = set(DueItem.objects.filter(event=event).values_list("obligation_id", "key"))
    has_statute = DueItem.objects.filter(event=event).exclude(statute="").exists()
    new = [
        item
        for item in event_due_items(event)
        if (item.obligation_id in duties and (item.obligation_id, item.key) not in have)
        and not (item.statute and has_statute)
    ]
    if new:
        DueItem.objects.bulk_create(new)
        audit_record(
            actor=actor,
            event="trigger_event.items_opened",
            target=event,
            after={"items": [i.key for i in new], "from": "a newly published version"},
            agreement=event.agreement,
        )
    return new


@transaction.atomic
def version_duties_enact(
    *, actor: Any, version: Any, now: dt.datetime | None = None
) -> dict[str, list[int]]:
    """Bring a just-published version's duties into force and retire those it replaces (see
    the module docstring). Returns the ids of the duties started and retired."""
    now = now or timezone.now()
    started = list(
        Obligation.objects.in_force().filter(version=version).select_related("agreement", "forum")
    )
    retired = list(
        Obligation.objects.filter(
            agreement_id=version.agreement_id,
            state=ObligationState.CONFIRMED,
            version__state=VersionState.SUPERSEDED,
        ).exclude(version=version)
    )
    for old in Obligation.objects.filter(
        agreement_id=version.agreement_id, state=ObligationState.CONFIRMED, version__isnull=True
    ):
        if any(replaces(new, old) for new in started):
            retired.append(old)
    events: set[int] = set()
    for old in retired:
        events |= _retire(actor=actor, obligation=old, version=version, at=now)
    until = now + dt.timedelta(days=HORIZON_DAYS)
    for duty in started:
        if duty.rrule:
            obligation_materialise(obligation=duty, now=now, until=until)
    duties = {duty.pk for duty in started}
    for event in TriggerEvent.objects.filter(pk__in=events, occurs_at__gte=now):
        _raise_again(actor=actor, event=event, duties=duties)
    return {"started": sorted(duties), "retired": sorted(o.pk for o in retired)}
