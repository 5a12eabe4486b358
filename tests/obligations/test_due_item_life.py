"""Closing, pausing, extending and recomputing items; reminders; idempotent materialisation."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core import mail

from jointwork.obligations.models import DueItem, DueItemChange, Obligation, Reminder
from jointwork.obligations.reminders import reminders_send
from jointwork.obligations.services import (
    DueItemError,
    due_item_complete,
    due_item_extend,
    due_item_pause,
    due_item_resume,
    due_item_waive,
    extra_holiday_add,
    materialise_all,
    obligation_hand_over,
    trigger_event_record,
)
from jointwork.obligations.tasks import materialise_and_remind
from jointwork.register.models import Agreement
from tests.obligations.conftest import at

pytestmark = pytest.mark.django_db


@pytest.fixture
def foi(duties, org, cqc_manager):
    return trigger_event_record(
        actor=cqc_manager,
        kind="foi_request",
        agreement=Agreement.objects.get(slug="cqc-lga-mou-2015"),
        organisation=org("cqc"),
        occurs_at=at(2026, 3, 16, 11),
        title="Request about TEASC data",
    )


def statutory(event) -> DueItem:
    return event.due_items.get(key__endswith=":statutory")


def test_marking_done_needs_evidence_and_is_refused_the_second_time(foi, cqc_manager, org):
    item = statutory(foi)
    with pytest.raises(DueItemError, match="evidence is required"):
        due_item_complete(actor=cqc_manager, item=item, organisation=org("cqc"), evidence=" ")
    due_item_complete(actor=cqc_manager, item=item, organisation=org("cqc"), evidence="Sent")
    with pytest.raises(DueItemError, match="already done"):
        due_item_complete(actor=cqc_manager, item=item, organisation=org("cqc"), evidence="Again")
    item.refresh_from_db()
    assert item.evidence == "Sent" and item.closed_for == org("cqc")


def test_a_body_that_does_not_bear_the_item_cannot_close_it(foi, lga_manager, org):
    # The FOI request came to CQC: the LGA is consulted, it does not answer the request.
    with pytest.raises(DueItemError, match="LGA does not bear this duty"):
        due_item_complete(
            actor=lga_manager, item=statutory(foi), organisation=org("lga"), evidence="x"
        )


def test_a_person_cannot_close_an_item_for_a_body_they_do_not_act_for(foi, lga_manager, org):
    with pytest.raises(DueItemError, match="you do not act for CQC"):
        due_item_complete(
            actor=lga_manager, item=statutory(foi), organisation=org("cqc"), evidence="x"
        )


def test_waiving_needs_a_reason(foi, cqc_manager, org):
    item = statutory(foi)
    with pytest.raises(DueItemError, match="reason is required"):
        due_item_waive(actor=cqc_manager, item=item, organisation=org("cqc"), reason="")
    due_item_waive(actor=cqc_manager, item=item, organisation=org("cqc"), reason="Withdrawn")
    item.refresh_from_db()
    assert item.state == "waived" and item.reason == "Withdrawn"


def test_overdue_is_derived_from_the_date_and_a_paused_item_is_not_overdue(foi, cqc_manager):
    item = statutory(foi)
    assert item in DueItem.objects.overdue(at=at(2026, 4, 17))
    assert item not in DueItem.objects.overdue(at=at(2026, 4, 16, 12))
    due_item_pause(
        actor=cqc_manager, item=item, reason="Asked for clarification", at=at(2026, 3, 20, 9)
    )
    assert item not in DueItem.objects.overdue(at=at(2026, 4, 17))


def test_resuming_moves_the_deadline_by_the_working_days_paused(foi, cqc_manager):
    item = statutory(foi)
    due_item_pause(
        actor=cqc_manager, item=item, reason="Clarification sought", at=at(2026, 3, 20, 9)
    )
    # Fri 20 → Wed 25 March: 23, 24, 25 are three working days lost.
    due_item_resume(actor=cqc_manager, item=item, reason="Clarified", at=at(2026, 3, 25, 9))
    item.refresh_from_db()
    assert item.due == at(2026, 4, 21, 23, 59)  # 16 Apr + 17, 20, 21 April
    kinds = list(DueItemChange.objects.filter(item=item).values_list("kind", flat=True))
    assert kinds == ["paused", "resumed"]


def test_an_extension_must_move_later_and_is_recorded_with_its_reason(foi, cqc_manager):
    item = statutory(foi)
    with pytest.raises(DueItemError, match="later"):
        due_item_extend(actor=cqc_manager, item=item, new_due=item.due, reason="x")
    due_item_extend(
        actor=cqc_manager,
        item=item,
        new_due=at(2026, 5, 14, 23, 59),
        reason="Public interest test (s10(3))",
    )
    change = DueItemChange.objects.get(item=item)
    assert (change.kind, change.old_due, change.new_due) == (
        "extended",
        at(2026, 4, 16, 23, 59),
        at(2026, 5, 14, 23, 59),
    )


def test_an_extra_holiday_recomputes_the_open_items_it_moves(foi, platform_admin):
    item = statutory(foi)
    _holiday, moved = extra_holiday_add(
        actor=platform_admin, day=dt.date(2026, 4, 15), name="Proclaimed holiday", regions="sct"
    )
    item.refresh_from_db()
    assert item in moved
    assert item.due == at(2026, 4, 17, 23, 59)
    assert any(s["date"] == "2026-04-15" for s in item.trace["skipped"])
    assert DueItemChange.objects.get(item=item).kind == "recomputed"
    # The E&W-only notice items are unaffected by a Scottish holiday.
    assert all(i.due.date() != dt.date(2026, 4, 17) for i in moved if i.pk != item.pk)


def test_an_extra_holiday_with_an_unknown_region_is_refused(platform_admin, db):
    from jointwork.obligations.workdays import WorkdaysError

    with pytest.raises(WorkdaysError, match="regions must be"):
        extra_holiday_add(actor=platform_admin, day=dt.date(2026, 5, 1), name="x", regions="gb")


def test_materialising_twice_adds_no_duplicates(duties):
    first = materialise_all(now=at(2026, 1, 15), horizon_days=400)
    count = DueItem.objects.count()
    assert first == count > 0
    assert materialise_all(now=at(2026, 1, 15), horizon_days=400) == 0
    assert materialise_all(now=at(2026, 2, 1), horizon_days=400) == 0  # same horizon, later
    assert DueItem.objects.count() == count


def test_the_task_is_idempotent_and_reminders_go_once_as_one_digest_per_organisation(
    duties, settings, time_machine
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    time_machine.move_to(at(2026, 3, 27, 9), tick=False)
    first = materialise_and_remind.call(horizon_days=120)
    assert first["created"] > 0 and first["reminders"] > 0
    sent = len(mail.outbox)
    # Each organisation with a relationship lead gets one digest, not one email per item.
    assert sent == len({r.organisation_id for r in Reminder.objects.all()})
    again = materialise_and_remind.call(horizon_days=120)
    assert again == {"created": 0, "reminders": 0}
    assert len(mail.outbox) == sent
    assert "31 Mar 2026" in mail.outbox[0].body


def test_an_overdue_reminder_follows_the_due_soon_one(duties, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    materialise_all(now=at(2026, 3, 27, 9), horizon_days=30)
    reminders_send(at=at(2026, 3, 27, 9))
    reminders_send(at=at(2026, 4, 1, 9))
    kinds = set(Reminder.objects.values_list("kind", flat=True))
    assert kinds == {"before", "overdue"}
    assert reminders_send(at=at(2026, 4, 2, 9)) == 0


def test_an_obligation_can_be_handed_over_only_to_someone_at_a_bearing_body(
    duties, cqc_manager, cqc_viewer, ofsted_editor
):
    obligation = Obligation.objects.get(agreement__slug="cqc-lga-mou-2015", clause_path="13")
    obligation_hand_over(actor=cqc_manager, obligation=obligation, to_user=cqc_viewer)
    obligation.refresh_from_db()
    assert obligation.owner == cqc_viewer
    with pytest.raises(DueItemError, match="does not work for a body that bears"):
        obligation_hand_over(actor=cqc_manager, obligation=obligation, to_user=ofsted_editor)


def test_a_viewer_cannot_hand_over_someone_elses_duty(duties, cqc_manager, cqc_viewer):
    obligation = Obligation.objects.get(agreement__slug="cqc-lga-mou-2015", clause_path="13")
    with pytest.raises(DueItemError, match="only its owner, or an editor or manager"):
        obligation_hand_over(actor=cqc_viewer, obligation=obligation, to_user=cqc_manager)


def test_the_same_extra_holiday_cannot_be_added_twice(duties, platform_admin):
    extra_holiday_add(actor=platform_admin, day=dt.date(2026, 6, 1), name="Proclaimed")
    with pytest.raises(DueItemError, match="already recorded"):
        extra_holiday_add(actor=platform_admin, day=dt.date(2026, 6, 1), name="Proclaimed")


def test_an_extra_holiday_on_a_quarter_end_moves_that_meeting_back_a_day(duties, platform_admin):
    materialise_all(now=at(2026, 8, 1), horizon_days=90)
    item = DueItem.objects.get(obligation__clause_path="24", due=at(2026, 9, 30, 17))
    _holiday, moved = extra_holiday_add(
        actor=platform_admin, day=dt.date(2026, 9, 30), name="State funeral", regions="uk"
    )
    item.refresh_from_db()
    assert item in moved and item.due == at(2026, 9, 29, 17)
    assert item.trace["skipped"] == [{"date": "2026-09-30", "reason": "State funeral (extra)"}]
    assert item.trace["notes"] == ["rolled to the preceding working day"]
