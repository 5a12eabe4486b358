"""Confirming a duty puts its rhythm on the calendar at once; edits are checked and audited."""

from __future__ import annotations

import pytest
import time_machine
from django.core.exceptions import ValidationError

from jointwork.audit.models import AuditEvent
from jointwork.obligations import services, vocabulary
from jointwork.obligations.models import DueItem, ObligationState, TriggerEventKind
from jointwork.register.models import Agreement
from tests.obligations.conftest import at

pytestmark = pytest.mark.django_db
NOW = at(2026, 3, 2, 9, 0)


@pytest.fixture
def agreement(builtin_register) -> Agreement:
    return Agreement.objects.get(slug="cqc-lgsco-mou-2024")


def _candidate(agreement, org, **fields):
    values = {
        "actor": None,
        "agreement": agreement,
        "kind": "meeting",
        "summary": "Meet",
        "bearers": [org("cqc"), org("lgsco")],
        "counterparties": [org("cqc"), org("lgsco")],
        "clause_path": "x",
        "anchor_at": at(2025, 1, 31, 17, 0),
        **fields,
    }
    return services.obligation_create(**values)


@time_machine.travel(NOW, tick=False)
def test_confirming_a_quarterly_duty_makes_its_items_for_the_horizon_at_once(agreement, org):
    duty = _candidate(agreement, org, rrule="FREQ=MONTHLY;INTERVAL=3")
    assert not DueItem.objects.filter(obligation=duty).exists()
    services.obligation_confirm(actor=None, obligation=duty)
    keys = list(DueItem.objects.filter(obligation=duty).values_list("key", flat=True))
    # Quarterly from 31 January 2025: April has no 31st and is skipped, as RFC 5545 says; from a
    # month's look-back (31 January 2026) to 400 days after 2 March 2026 (6 April 2027).
    assert keys == ["2026-01-31", "2026-07-31", "2026-10-31", "2027-01-31"]


@time_machine.travel(NOW, tick=False)
def test_confirming_a_window_makes_its_one_open_window(agreement, org):
    duty = _candidate(agreement, org, kind="review", rrule="WINDOW=P0D/P1Y")
    services.obligation_confirm(actor=None, obligation=duty)
    (item,) = DueItem.objects.filter(obligation=duty)
    assert item.earliest is not None and item.earliest < item.due


@time_machine.travel(NOW, tick=False)
def test_materialising_after_confirmation_adds_nothing_twice(agreement, org):
    duty = _candidate(agreement, org, rrule="FREQ=MONTHLY;INTERVAL=3")
    services.obligation_confirm(actor=None, obligation=duty)
    count = DueItem.objects.filter(obligation=duty).count()
    assert services.materialise_all(now=NOW, horizon_days=400) == 0
    assert DueItem.objects.filter(obligation=duty).count() == count


def test_a_duty_with_a_rhythm_the_engine_cannot_read_is_not_confirmed(agreement, org):
    duty = _candidate(agreement, org, rrule="WINDOW=P1Y")
    with pytest.raises(ValidationError, match="invalid window"):
        services.obligation_confirm(actor=None, obligation=duty)
    duty.refresh_from_db()
    assert duty.state == ObligationState.CANDIDATE


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"rrule": "EVERY TUESDAY"}, "rrule"),
        ({"trigger_event": "announcement", "trigger_offset": "-PT24H"}, "trigger_event"),
        ({"trigger_event": "publication", "trigger_offset": "48 hours"}, "trigger_offset"),
        ({"trigger_offset": "-PT24H"}, "trigger_event"),
    ],
)
def test_an_update_the_engine_cannot_schedule_is_refused_naming_the_field(
    agreement, org, changes, field
):
    duty = _candidate(agreement, org)
    with pytest.raises(ValidationError) as caught:
        services.obligation_update(
            actor=None, obligation=duty, kind="meeting", summary="Meet", bearers=[org("cqc")],
            **changes,
        )  # fmt: skip
    assert field in caught.value.message_dict


def test_an_update_is_audited_with_the_values_before_and_after(agreement, org, cqc_manager):
    duty = _candidate(agreement, org)
    services.obligation_update(
        actor=cqc_manager, obligation=duty, kind="notice_before_publication",
        summary="Warn before publishing", bearers=[org("lgsco")], counterparties=[org("cqc")],
        trigger_event="publication", trigger_offset="-2WD",
    )  # fmt: skip
    event = AuditEvent.objects.for_object(duty).get(event="obligation.update")
    assert event.actor == cqc_manager
    assert event.before["trigger_offset"] == "" and event.after["trigger_offset"] == "-2WD"
    assert event.after["bearers"] == ["lgsco"]


def test_a_triggered_duty_without_an_offset_makes_no_item_when_its_event_happens(
    agreement, org, cqc_manager
):
    duty = _candidate(agreement, org, kind="notice_before_publication", trigger_event="publication")
    services.obligation_confirm(actor=None, obligation=duty)
    event = services.trigger_event_record(
        actor=None, kind="publication", agreement=agreement, organisation=org("cqc"),
        occurs_at=at(2026, 5, 1, 10, 0), title="Annual report",
    )  # fmt: skip
    assert not event.due_items.exists()


def test_the_events_a_person_can_record_are_the_vocabularys_scheduled_events():
    assert TriggerEventKind.values == [e.name for e in vocabulary.EVENTS if e.scheduled]
    assert not vocabulary.is_scheduled("party_request")
    assert not vocabulary.is_scheduled("disagreement")
