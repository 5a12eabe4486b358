"""Items that an event raised by another domain sets running (`event_items_open` / `_move`)."""

import pytest

from jointwork.accounts.models import Organisation
from jointwork.obligations.models import Obligation
from jointwork.obligations.services import (
    DueItemError,
    EventItem,
    event_items_move,
    event_items_open,
)
from jointwork.register.models import Agreement
from tests.obligations.conftest import at

pytestmark = pytest.mark.django_db


def open_for(kind, duty, organisation, key="incident:1:coroner"):
    return event_items_open(
        actor=None,
        kind=kind,
        agreement=duty.agreement,
        organisation=organisation,
        occurs_at=at(2026, 3, 6, 9, 0),
        title="Incident 1",
        reference="ref-1",
        items=[EventItem(obligation=duty, key=key, title="Tell the Coroner", rule="test rule")],
    )


@pytest.fixture
def coroner_duty(duties):
    return Obligation.objects.get(trigger_event="incident", details__notify="Coroner")


def test_opening_the_same_items_twice_creates_them_once(coroner_duty):
    hse = Organisation.objects.get(slug="hse")
    (item,) = open_for("incident", coroner_duty, hse)
    assert open_for("incident", coroner_duty, hse) == []
    # Friday 6 March 2026 + 1 working day = Monday 9 March, by the end of the day.
    assert item.due == at(2026, 3, 9, 23, 59)
    assert item.trace["rule"] == "test rule"


def test_a_calendar_event_kind_is_refused(coroner_duty):
    with pytest.raises(DueItemError, match="not one another domain raises"):
        open_for("foi_request", coroner_duty, Organisation.objects.get(slug="hse"))


def test_a_duty_not_triggered_by_the_event_is_refused(duties):
    foi = Obligation.objects.filter(trigger_event="foi_request").first()
    with pytest.raises(DueItemError, match="not a duty in force triggered by 'incident'"):
        open_for("incident", foi, Organisation.objects.get(slug="hse"))


def test_moving_items_needs_a_reason_and_gives_them_to_the_new_body(coroner_duty):
    hse, cqc = Organisation.objects.get(slug="hse"), Organisation.objects.get(slug="cqc")
    open_for("incident", coroner_duty, hse)
    with pytest.raises(DueItemError, match="reason"):
        event_items_move(
            actor=None, kind="incident", reference="ref-1", to_organisation=cqc, reason=" "
        )
    (moved,) = event_items_move(
        actor=None, kind="incident", reference="ref-1", to_organisation=cqc, reason="handed over"
    )
    assert moved.event.organisation == cqc
    assert moved.event.agreement == Agreement.objects.get(slug="cqc-hse-la-liaison-2015")
