"""Writes for obligations: create, update, confirm, reject; due items and events. Each is
audited."""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from jointwork.accounts.models import EDITING_ROLES, Organisation
from jointwork.accounts.rules import roles_by_org
from jointwork.audit.services import audit_record, snapshot
from jointwork.obligations import recurrence, vocabulary, workdays
from jointwork.obligations.models import (
    CALENDAR_EVENT_KINDS,
    DueItem,
    DueItemChange,
    DueItemState,
    ExtraHoliday,
    FeedToken,
    Obligation,
    ObligationState,
    TriggerEvent,
    TriggerEventKind,
)
from jointwork.obligations.scheduling import (
    HORIZON_DAYS,
    bearers_of,
    event_due_items,
    recompute,
    rhythm_due_items,
    trace_dict,
    working_calendar,
)
from jointwork.obligations.workdays import WorkingCalendar


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
    forum: Any = None,
    anchor_at: dt.datetime | None = None,
    region: str = "eng",
) -> Obligation:
    obligation = Obligation(
        agreement=agreement,
        forum=forum,
        anchor_at=anchor_at,
        region=region,
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


def schedule_check(*, rrule: str, trigger_event: str, trigger_offset: str) -> None:
    """Refuse a rhythm, event or offset the engine cannot schedule, naming the field and text."""
    errors: dict[str, str] = {}
    if rrule:
        try:
            recurrence.parse_rhythm(rrule)
        except recurrence.RecurrenceError as exc:
            errors["rrule"] = str(exc)
    if trigger_event and trigger_event not in vocabulary.BY_NAME:
        errors["trigger_event"] = str(vocabulary.VocabularyError(
            f"unknown event {trigger_event!r}: expected one of {', '.join(vocabulary.BY_NAME)}"
        ))  # fmt: skip
    if trigger_offset:
        try:
            recurrence.parse_offset(trigger_offset)
        except recurrence.RecurrenceError as exc:
            errors["trigger_offset"] = str(exc)
        if not trigger_event:
            errors["trigger_event"] = "give the event the offset counts from"
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def obligation_update(
    *,
    actor: Any,
    obligation: Obligation,
    kind: str,
    summary: str,
    bearers: Sequence[Organisation],
    counterparties: Sequence[Organisation] = (),
    rrule: str = "",
    trigger_event: str = "",
    trigger_offset: str = "",
    clause: Any = None,
    details: dict[str, Any] | None = None,
) -> Obligation:
    """Correct an obligation (kind, summary, who, rhythm or trigger, clause), audited with the
    values before and after. The rhythm, event and offset must be ones the engine schedules."""
    obligation = Obligation.objects.select_for_update().get(pk=obligation.pk)
    if clause is not None and clause.version_id != obligation.version_id:
        raise ValidationError({"clause": "The clause must belong to the obligation's version."})
    schedule_check(rrule=rrule, trigger_event=trigger_event, trigger_offset=trigger_offset)
    before = _obligation_snapshot(obligation)
    obligation.kind = kind
    obligation.summary = summary
    obligation.rrule = rrule
    obligation.trigger_event = trigger_event
    obligation.trigger_offset = trigger_offset
    obligation.clause = clause
    obligation.clause_path = clause.path if clause is not None else obligation.clause_path
    if details is not None:
        obligation.details = details
    obligation.full_clean(exclude=["bearers", "counterparties"])
    obligation.save()
    obligation.bearers.set(bearers)
    obligation.counterparties.set(counterparties)
    after = _obligation_snapshot(obligation)
    if after != before:
        audit_record(
            actor=actor,
            event="obligation.update",
            target=obligation,
            before=before,
            after=after,
            agreement=obligation.agreement,
        )
    return obligation


@transaction.atomic
def obligation_confirm(
    *, actor: Any, obligation: Obligation, now: dt.datetime | None = None
) -> Obligation:
    """Confirm an obligation. It counts once it is in force (``Obligation.objects.in_force()``):
    at once for a duty without a version or of a published version, else when its version is
    published. A rhythm's due items for the rolling horizon then appear at once (the same
    idempotent materialisation the background task runs); a trigger's items appear when its
    event is recorded."""
    schedule_check(
        rrule=obligation.rrule,
        trigger_event=obligation.trigger_event,
        trigger_offset=obligation.trigger_offset,
    )
    obligation = _set_state(actor=actor, obligation=obligation, state=ObligationState.CONFIRMED)
    # A duty confirmed on a draft counts once its version is published (`version_published`).
    if obligation.rrule and Obligation.objects.in_force().filter(pk=obligation.pk).exists():
        now = now or timezone.now()
        until = now + dt.timedelta(days=HORIZON_DAYS)
        obligation_materialise(obligation=obligation, now=now, until=until)
    return obligation


@transaction.atomic
def obligation_reject(*, actor: Any, obligation: Obligation, reason: str = "") -> Obligation:
    return _set_state(
        actor=actor, obligation=obligation, state=ObligationState.REJECTED, note=reason
    )


# ---------------------------------------------------------------- due items


class DueItemError(ValueError):
    """A refused change to a due item; the message says why."""


def materialise_all(*, now: dt.datetime, horizon_days: int) -> int:
    """Materialise every obligation in force with a rhythm for the rolling horizon."""
    until = now + dt.timedelta(days=horizon_days)
    created = 0
    for obligation in (
        Obligation.objects.in_force().exclude(rrule="").select_related("agreement", "forum")
    ):
        created += obligation_materialise(obligation=obligation, now=now, until=until)
    return created


def obligation_materialise(*, obligation: Obligation, now: dt.datetime, until: dt.datetime) -> int:
    """Create the obligation's missing due items up to ``until``; return how many were made.

    Idempotent: items are keyed by occurrence and the (obligation, key) pair is unique, so a
    re-run, or a run after a worker stopped half-way, adds nothing twice.
    """
    items = rhythm_due_items(obligation, now=now, until=until)
    existing = set(
        DueItem.objects.filter(obligation=obligation, key__in=[i.key for i in items]).values_list(
            "key", flat=True
        )
    )
    new = [i for i in items if i.key not in existing]
    if new:
        with transaction.atomic():
            DueItem.objects.bulk_create(new, ignore_conflicts=True)
            audit_record(
                actor=None,
                event="obligation.materialise",
                target=obligation,
                after={"created": [i.key for i in new]},
                agreement=obligation.agreement,
            )
    return len(new)


@transaction.atomic
def trigger_event_record(
    *,
    actor: Any,
    kind: str,
    agreement: Any,
    organisation: Organisation,
    occurs_at: dt.datetime,
    title: str,
    reference: str = "",
) -> TriggerEvent:
    """Record a planned publication, press release or FOI request and create the items it
    triggers: a notice for each counterparty (001 ¶18), or a consultation with each partner and
    the FOIA s10 response deadline."""
    if not agreement.parties.filter(organisation=organisation).exists():
        raise DueItemError(f"{organisation.label} is not a party to {agreement.slug}")
    if actor is not None and not actor.has_perm("accounts.act_for_organisation", organisation):
        raise DueItemError(f"you do not act for {organisation.label}")
    if kind not in CALENDAR_EVENT_KINDS:
        choices = ", ".join(CALENDAR_EVENT_KINDS)
        raise DueItemError(f"unknown event {kind!r}: expected one of {choices}")
    if occurs_at.tzinfo is None:
        raise DueItemError("the event time must include a time zone")
    event = TriggerEvent(
        kind=kind,
        agreement=agreement,
        organisation=organisation,
        occurs_at=occurs_at,
        title=title,
        reference=reference,
        created_by=actor if getattr(actor, "is_authenticated", False) else None,
    )
    event.full_clean()
    event.save()
    items = event_due_items(event)
    DueItem.objects.bulk_create(items)
    audit_record(
        actor=actor,
        event="trigger_event.record",
        target=event,
        after={**snapshot(event), "items": [i.key for i in items]},
        agreement=agreement,
    )
    return event


@dataclass(frozen=True)
class EventItem:
    """One due item an event raised by another domain sets running (see `event_items_open`)."""

    obligation: Obligation
    key: str  # stable per obligation: opening the same items again adds nothing
    title: str
    rule: str  # the trace's rule: why this item exists, with its citations
    counterparty: Organisation | None = None  # who is to be told, when it is in the register


def _event_for(
    *,
    actor: Any,
    kind: str,
    agreement: Any,
    organisation: Organisation,
    occurs_at: dt.datetime,
    title: str,
    reference: str,
) -> TriggerEvent:
    """The event with this kind, reference and body, recorded (and audited) the first time."""
    event = TriggerEvent.objects.filter(
        kind=kind, agreement=agreement, organisation=organisation, reference=reference
    ).first()
    if event is not None:
        return event
    event = TriggerEvent(
        kind=kind,
        agreement=agreement,
        organisation=organisation,
        occurs_at=occurs_at,
        title=title[:300],
        reference=reference,
        created_by=actor if getattr(actor, "is_authenticated", False) else None,
    )
    event.full_clean()
    event.save()
    audit_record(
        actor=actor,
        event="trigger_event.record",
        target=event,
        after=snapshot(event),
        agreement=agreement,
    )
    return event


@transaction.atomic
def event_items_open(
    *,
    actor: Any,
    kind: str,
    agreement: Any,
    organisation: Organisation,
    occurs_at: dt.datetime,
    title: str,
    reference: str,
    items: Iterable[EventItem],
) -> list[DueItem]:
    """Record an event another domain raises (an incident triage) and the items it sets
    running, all borne by ``organisation``; return the items created.

    Each item is due at its obligation's trigger offset from ``occurs_at`` (in the obligation's
    region, rolled as the obligation says), with the trace of that calculation. Idempotent: an
    item whose key the obligation already has is left as it is, wherever it now sits. The
    calling domain has checked who may raise the event; only duties in force are used.
    """
    if kind in CALENDAR_EVENT_KINDS or kind not in TriggerEventKind.values:
        raise DueItemError(f"event {kind!r} is not one another domain raises")
    if occurs_at.tzinfo is None:
        raise DueItemError("the event time must include a time zone")
    items = list(items)
    in_force = set(
        Obligation.objects.in_force()
        .filter(pk__in=[spec.obligation.pk for spec in items])
        .values_list("pk", flat=True)
    )
    for spec in items:
        if spec.obligation.pk not in in_force or spec.obligation.trigger_event != kind:
            raise DueItemError(f"{spec.obligation} is not a duty in force triggered by {kind!r}")
    taken = {
        (obligation_id, key)
        for obligation_id, key in DueItem.objects.filter(
            obligation__in=[spec.obligation for spec in items], key__in=[spec.key for spec in items]
        ).values_list("obligation_id", "key")
    }
    wanted = [spec for spec in items if (spec.obligation.pk, spec.key) not in taken]
    if not wanted:
        return []
    event = _event_for(
        actor=actor,
        kind=kind,
        agreement=agreement,
        organisation=organisation,
        occurs_at=occurs_at,
        title=title,
        reference=reference,
    )
    created = []
    for spec in wanted:
        obligation = spec.obligation
        cal = working_calendar(obligation.region)
        due = recurrence.apply_offset(
            event.occurs_at,
            obligation.trigger_offset,
            calendar=cal,
            roll=recurrence.check_roll(obligation.roll),
            rule_label=spec.rule,
        )
        created.append(
            DueItem.objects.create(
                obligation=obligation,
                key=spec.key,
                title=spec.title[:300],
                due=due.due,
                trace=trace_dict(due, mode="offset", region=cal.region),
                event=event,
                counterparty=spec.counterparty,
            )
        )
    audit_record(
        actor=actor,
        event="trigger_event.items_opened",
        target=event,
        after={"organisation": organisation.slug, "items": [item.key for item in created]},
        agreement=agreement,
    )
    return created


@transaction.atomic
def event_items_move(
    *, actor: Any, kind: str, reference: str, to_organisation: Organisation, reason: str
) -> list[DueItem]:
    """Give the open items of the events with this kind and reference to another body (e.g.
    the lead was handed over); return the items moved. Closed items stay with the body that
    closed them; nothing is deleted. The calling domain has checked who may do this."""
    if not reason.strip():
        raise DueItemError("a reason is required to move items to another body")
    items = list(
        DueItem.objects.select_for_update(of=("self",))
        .open()
        .filter(event__kind=kind, event__reference=reference)
        .exclude(event__organisation=to_organisation)
        .select_related("event", "obligation")
    )
    if not items:
        return []
    source = items[0].event
    assert source is not None  # the filter on event__kind matches only items with an event
    target = _event_for(
        actor=actor,
        kind=kind,
        agreement=source.agreement,
        organisation=to_organisation,
        occurs_at=source.occurs_at,
        title=source.title,
        reference=reference,
    )
    before = {item.key: item.event.organisation_id for item in items if item.event is not None}
    for item in items:
        item.event = target
        item.save(update_fields=["event"])
    audit_record(
        actor=actor,
        event="trigger_event.items_moved",
        target=target,
        before={"organisations": sorted(set(before.values()))},
        after={"organisation": to_organisation.slug, "items": sorted(before)},
        agreement=source.agreement,
        note=reason.strip(),
    )
    return items


def _locked(item: DueItem) -> DueItem:
    """The item read again under a row lock, so two people changing it at once cannot both
    succeed (e.g. marking it done twice)."""
    return (
        DueItem.objects.select_for_update(of=("self",))
        .select_related("obligation", "event__organisation")
        .get(pk=item.pk)
    )


def _check_can_close(actor: Any, item: DueItem, organisation: Organisation) -> None:
    if item.state != DueItemState.OPEN:
        raise DueItemError(f"this item is already {item.get_state_display().lower()}")
    if organisation.pk not in {o.pk for o in bearers_of(item)}:
        raise DueItemError(f"{organisation.label} does not bear this duty")
    if not actor.has_perm("accounts.act_for_organisation", organisation):
        raise DueItemError(f"you do not act for {organisation.label}")


def _close(
    *,
    actor: Any,
    item: DueItem,
    organisation: Organisation,
    state: str,
    at: dt.datetime,
    evidence: str = "",
    reason: str = "",
) -> DueItem:
    item = _locked(item)
    _check_can_close(actor, item, organisation)
    before = snapshot(item)
    item.state = state
    item.evidence = evidence
    item.reason = reason
    item.closed_by = actor if getattr(actor, "is_authenticated", False) else None
    item.closed_for = organisation
    item.closed_at = at
    item.save()
    audit_record(
        actor=actor,
        event=f"due_item.{state}",
        target=item,
        before=before,
        after=snapshot(item),
        agreement=item.obligation.agreement,
        note=evidence or reason,
    )
    return item


@transaction.atomic
def due_item_complete(
    *,
    actor: Any,
    item: DueItem,
    organisation: Organisation,
    evidence: str,
    at: dt.datetime | None = None,
) -> DueItem:
    """Mark an item done, with evidence, for a body that bears it; refused if already closed."""
    if not evidence.strip():
        raise DueItemError("evidence is required: say what was done (e.g. the meeting's note)")
    return _close(
        actor=actor,
        item=item,
        organisation=organisation,
        state=DueItemState.DONE,
        at=at or timezone.now(),
        evidence=evidence.strip(),
    )


@transaction.atomic
def due_item_waive(
    *,
    actor: Any,
    item: DueItem,
    organisation: Organisation,
    reason: str,
    at: dt.datetime | None = None,
) -> DueItem:
    if not reason.strip():
        raise DueItemError("a reason is required to waive an item")
    return _close(
        actor=actor,
        item=item,
        organisation=organisation,
        state=DueItemState.WAIVED,
        at=at or timezone.now(),
        reason=reason.strip(),
    )


@transaction.atomic
def due_item_miss(
    *,
    actor: Any,
    item: DueItem,
    organisation: Organisation,
    reason: str = "",
    at: dt.datetime | None = None,
) -> DueItem:
    return _close(
        actor=actor,
        item=item,
        organisation=organisation,
        state=DueItemState.MISSED,
        at=at or timezone.now(),
        reason=reason.strip(),
    )


def _record_change(
    *, actor: Any, item: DueItem, kind: str, reason: str, old_due: Any, new_due: Any
) -> None:
    DueItemChange.objects.create(
        item=item,
        kind=kind,
        reason=reason,
        old_due=old_due,
        new_due=new_due,
        actor=actor if getattr(actor, "is_authenticated", False) else None,
    )
    audit_record(
        actor=actor,
        event=f"due_item.{kind}",
        target=item,
        before={"due": old_due.isoformat() if old_due else None},
        after={
            "due": new_due.isoformat() if new_due else None,
            "paused_at": (item.paused_at.isoformat() if item.paused_at else None),
        },
        agreement=item.obligation.agreement,
        note=reason,
    )


def _require_open_and_reason(item: DueItem, reason: str, actor: Any) -> None:
    # Only someone acting for a body that must act on the item may move its clock.
    if not any(
        actor.has_perm("accounts.act_for_organisation", organisation)
        for organisation in bearers_of(item)
    ):
        raise DueItemError("you do not act for a body that bears this duty")
    if item.state != DueItemState.OPEN:
        raise DueItemError(f"this item is already {item.get_state_display().lower()}")
    if not reason.strip():
        raise DueItemError("a reason is required")


@transaction.atomic
def due_item_pause(*, actor: Any, item: DueItem, reason: str, at: dt.datetime) -> DueItem:
    """Stop the clock (e.g. waiting for the requester's clarification)."""
    item = _locked(item)
    _require_open_and_reason(item, reason, actor)
    if item.paused_at is not None:
        raise DueItemError("this item is already paused")
    item.paused_at = at
    item.save(update_fields=["paused_at"])
    _record_change(
        actor=actor,
        item=item,
        kind=DueItemChange.Kind.PAUSED,
        reason=reason,
        old_due=item.due,
        new_due=item.due,
    )
    return item


@transaction.atomic
def due_item_resume(*, actor: Any, item: DueItem, reason: str, at: dt.datetime) -> DueItem:
    """Restart the clock; the due date moves later by the working days spent paused."""
    item = _locked(item)
    _require_open_and_reason(item, reason, actor)
    if item.paused_at is None:
        raise DueItemError("this item is not paused")
    cal = working_calendar(item.trace.get("calendar", item.obligation.region))
    lost = max(
        0,
        cal.between(
            item.paused_at.astimezone(recurrence.LONDON).date(),
            at.astimezone(recurrence.LONDON).date(),
        ),
    )
    old_due = item.due
    moved = cal.add_traced(
        old_due.astimezone(recurrence.LONDON).date(),
        lost,
        rule=f"resumed after {lost} working days paused: {reason}",
    )
    item.due = recurrence.london(
        dt.datetime.combine(moved.value, old_due.astimezone(recurrence.LONDON).time())
    )
    item.paused_at = None
    item.trace = {
        **item.trace,
        "result": item.due.isoformat(),
        "adjustments": [*item.trace.get("adjustments", []), moved.trace.to_dict()],
    }
    item.save(update_fields=["due", "paused_at", "trace"])
    _record_change(
        actor=actor,
        item=item,
        kind=DueItemChange.Kind.RESUMED,
        reason=reason,
        old_due=old_due,
        new_due=item.due,
    )
    return item


@transaction.atomic
def due_item_extend(*, actor: Any, item: DueItem, new_due: dt.datetime, reason: str) -> DueItem:
    item = _locked(item)
    _require_open_and_reason(item, reason, actor)
    if new_due <= item.due:
        raise DueItemError("an extension must move the due date later")
    old_due = item.due
    item.due = new_due
    item.trace = {
        **item.trace,
        "result": new_due.isoformat(),
        "adjustments": [
            *item.trace.get("adjustments", []),
            {
                "rule": "extended",
                "anchor": old_due.isoformat(),
                "offset": reason,
                "result": new_due.isoformat(),
                "skipped": [],
                "notes": [],
            },
        ],
    }
    item.save(update_fields=["due", "trace"])
    _record_change(
        actor=actor,
        item=item,
        kind=DueItemChange.Kind.EXTENDED,
        reason=reason,
        old_due=old_due,
        new_due=new_due,
    )
    return item


@transaction.atomic
def obligation_hand_over(*, actor: Any, obligation: Obligation, to_user: Any) -> Obligation:
    """Give an obligation to another person at a bearing body (e.g. when its owner leaves)."""
    bearer_ids = {o.pk for o in obligation.bearers.all()}
    if not to_user.memberships.filter(organisation_id__in=bearer_ids).exists():
        raise DueItemError(f"{to_user} does not work for a body that bears this duty")
    is_owner = obligation.owner_id is not None and obligation.owner_id == actor.pk
    may_assign = any(roles_by_org(actor).get(org_id) in EDITING_ROLES for org_id in bearer_ids)
    if not (is_owner or may_assign or actor.is_superuser):
        raise DueItemError(
            "only its owner, or an editor or manager at a bearing body, can hand it over"
        )
    before = {"owner": obligation.owner_id}
    obligation.owner = to_user
    obligation.save(update_fields=["owner", "updated_at"])
    audit_record(
        actor=actor,
        event="obligation.hand_over",
        target=obligation,
        before=before,
        after={"owner": to_user.pk},
        agreement=obligation.agreement,
    )
    return obligation


@transaction.atomic
def extra_holiday_add(
    *, actor: Any, day: dt.date, name: str, regions: str = "uk"
) -> tuple[ExtraHoliday, list[DueItem]]:
    """Add a one-off holiday (platform admins only) and recompute every open item whose date
    it moves."""
    if actor is not None and not getattr(actor, "is_superuser", False):
        raise DueItemError("only a platform admin can add a holiday")
    region_set = frozenset(r.strip() for r in regions.split(",") if r.strip())
    workdays.ExtraHoliday(day, name, region_set)  # validates the regions, naming what is wrong
    if ExtraHoliday.objects.filter(day=day, name=name).exists():
        raise DueItemError(f"{name} on {day.isoformat()} is already recorded")
    holiday = ExtraHoliday.objects.create(
        day=day,
        name=name,
        regions=",".join(sorted(region_set)),
        created_by=actor if getattr(actor, "is_authenticated", False) else None,
    )
    audit_record(actor=actor, event="extra_holiday.add", target=holiday, after=snapshot(holiday))
    moved: list[DueItem] = []
    calendars: dict[str, WorkingCalendar] = {}
    start = recurrence.london(dt.datetime.combine(day, dt.time(0)))
    candidates = DueItem.objects.open().filter(due__gte=start).select_related("obligation")
    for item in candidates:
        if item.trace.get("adjustments"):
            continue  # a date extended or resumed by hand is kept; its changes say why
        region = item.trace.get("calendar", item.obligation.region)
        if day.isoformat() < item.trace.get("anchor", "")[:10]:
            continue  # the holiday falls before the computation started
        cal = calendars.get(region) or calendars.setdefault(region, working_calendar(region))
        new_due, new_trace = recompute(item, cal)
        if new_due != item.due:
            old = item.due
            item.due, item.trace = new_due, new_trace
            item.save(update_fields=["due", "trace"])
            _record_change(
                actor=actor,
                item=item,
                kind=DueItemChange.Kind.RECOMPUTED,
                reason=f"extra holiday {day.isoformat()} {name}",
                old_due=old,
                new_due=new_due,
            )
            moved.append(item)
    return holiday, moved


@transaction.atomic
def feed_token_create(
    *, actor: Any, organisation: Organisation, agreement: Any = None
) -> FeedToken:
    """A private iCal feed URL: the token is a credential, so who created it is audited (the
    token itself is not written to the audit trail)."""
    token = FeedToken.objects.create(
        token=secrets.token_urlsafe(32),
        organisation=organisation,
        agreement=agreement,
        created_by=actor if getattr(actor, "is_authenticated", False) else None,
    )
    audit_record(
        actor=actor,
        event="feed_token.create",
        target=token,
        after={
            "organisation": organisation.slug,
            "agreement": agreement.slug if agreement else None,
        },
        agreement=agreement,
    )
    return token
