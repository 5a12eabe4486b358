"""The seed agreements' calendar, with dates worked out by hand (Christmas and Easter included)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.management import call_command

from jointwork.obligations.models import DueItem, Obligation, ObligationState
from jointwork.obligations.services import materialise_all, trigger_event_record
from jointwork.register.models import Agreement
from tests.obligations.conftest import at

pytestmark = pytest.mark.django_db


def test_every_seed_duty_with_a_rhythm_or_trigger_is_confirmed_and_cites_its_clause(duties):
    rows = {
        (o.agreement.slug if o.agreement else o.forum.slug, o.clause_path): o
        for o in Obligation.objects.select_related("agreement", "forum")
    }
    assert set(rows) == {
        ("cqc-lga-mou-2015", "18.i"),
        ("cqc-lga-mou-2015", "18.ii"),
        ("cqc-lga-mou-2015", "13"),
        ("cqc-lgsco-mou-2024", "areas-of-co-operation.g"),
        ("cqc-lgsco-mou-2024", "areas-of-co-operation.f"),
        ("cqc-lgsco-mou-2024", "duration-and-review"),
        ("cqc-lgsco-mou-2024", "freedom-of-information"),
        ("cqc-ofsted-mou-2011", "24"),
        ("cqc-ofsted-mou-2011", "20"),
        ("chief-executives-forum", "forum"),
        # The lead body's notification duties an incident triage sets running (seed 000).
        ("cqc-hse-la-liaison-2015", "annex-c"),
        ("cqc-hse-la-liaison-2015", "4"),
    }
    assert all(o.state == ObligationState.CONFIRMED for o in rows.values())
    assert all(o.rrule or (o.trigger_event and o.trigger_offset) for o in rows.values())
    assert rows[("cqc-lga-mou-2015", "18.i")].trigger_offset == "-PT48H"
    assert rows[("cqc-lga-mou-2015", "18.ii")].trigger_offset == "-PT24H"


def test_loading_the_duties_twice_adds_nothing(duties):
    before = Obligation.objects.count()
    call_command("loadobligations")
    assert Obligation.objects.count() == before


def _dues(agreement_slug: str, clause: str) -> list[dt.datetime]:
    return [
        i.due
        for i in DueItem.objects.filter(
            obligation__agreement__slug=agreement_slug, obligation__clause_path=clause
        ).order_by("due")
    ]


def test_lgsco_quarterly_meetings_fall_due_at_each_quarter_end(duties):
    # The run looks back a month (to 15 Jan) and ahead a year (to 15 Feb 2027).
    materialise_all(now=at(2026, 2, 15), horizon_days=365)
    assert _dues("cqc-lgsco-mou-2024", "areas-of-co-operation.g") == [
        at(2026, 3, 31, 17),
        at(2026, 6, 30, 17),
        at(2026, 9, 30, 17),
        at(2026, 12, 31, 17),
    ]


def test_a_quarter_end_on_a_weekend_rolls_back_to_friday(duties):
    materialise_all(now=at(2027, 6, 1), horizon_days=200)
    # 30 Jun 2027 is a Wednesday; 30 Oct 2027 is not a quarter end; 31 Dec 2027 is a Friday.
    # The Ofsted quarter ending Sun 30 Sep 2029 is too far; instead check Sat 30 Sep 2028 below.
    assert _dues("cqc-ofsted-mou-2011", "24")[:2] == [at(2027, 6, 30, 17), at(2027, 9, 30, 17)]
    DueItem.objects.all().delete()
    materialise_all(now=at(2028, 9, 1), horizon_days=40)
    (item,) = DueItem.objects.filter(obligation__clause_path="24")
    assert item.due == at(2028, 9, 29, 17)  # Sat 30 Sep 2028 → Fri 29 Sep
    assert [s["reason"] for s in item.trace["skipped"]] == ["Saturday"]


def test_the_review_is_a_window_from_two_to_three_years_after_signature(duties):
    materialise_all(now=at(2026, 1, 1), horizon_days=400)
    (review,) = DueItem.objects.filter(obligation__clause_path="duration-and-review")
    assert review.earliest == at(2026, 7, 10)
    # 10 July 2027 is a Saturday: the window closes on Friday 9 July.
    assert review.due == at(2027, 7, 9, 23, 59)
    assert review.trace["notes"][0] == "due window from 2026-07-10 to 2027-07-10"


def test_the_strategic_meeting_window_reopens_from_the_day_it_was_met(duties, cqc_manager, org):
    from jointwork.obligations.services import due_item_complete

    materialise_all(now=at(2024, 8, 1), horizon_days=400)
    (first,) = DueItem.objects.filter(obligation__clause_path="areas-of-co-operation.f")
    assert first.due == at(2025, 7, 10, 23, 59)
    due_item_complete(
        actor=cqc_manager,
        item=first,
        organisation=org("cqc"),
        evidence="Note of 3 March 2025",
        at=at(2025, 3, 3, 12),
    )
    materialise_all(now=at(2025, 3, 4), horizon_days=400)
    second = DueItem.objects.filter(obligation__clause_path="areas-of-co-operation.f").latest("due")
    assert (second.earliest, second.due) == (at(2025, 3, 3), at(2026, 3, 3, 23, 59))


def test_a_publication_notice_before_christmas_rolls_back_over_the_holidays(
    duties, org, cqc_manager
):
    event = trigger_event_record(
        actor=cqc_manager,
        kind="publication",
        agreement=Agreement.objects.get(slug="cqc-lga-mou-2015"),
        organisation=org("cqc"),
        occurs_at=at(2026, 12, 29, 9),
        title="State of Care",
    )
    (item,) = event.due_items.all()
    # 48 h before Tue 29 Dec 09:00 is Sun 27 Dec; Sat 26, Fri 25 (Christmas) are skipped too.
    assert item.due == at(2026, 12, 24, 9)
    assert item.counterparty == org("lga")
    assert [s["date"] for s in item.trace["skipped"]] == ["2026-12-27", "2026-12-26", "2026-12-25"]


def test_a_press_release_after_easter_gets_its_notice_on_maundy_thursday(duties, org, lga_manager):
    event = trigger_event_record(
        actor=lga_manager,
        kind="press_release",
        agreement=Agreement.objects.get(slug="cqc-lga-mou-2015"),
        organisation=org("lga"),
        occurs_at=at(2026, 4, 7, 10),
        title="Adult social care figures",
    )
    (item,) = event.due_items.all()
    # 24 h before Tue 7 Apr 10:00 is Easter Monday; then Sun, Sat, Good Friday.
    assert item.due == at(2026, 4, 2, 10)
    assert item.counterparty == org("cqc")


def test_an_foi_request_sets_a_consultation_and_the_uk_wide_twentieth_working_day(
    duties, org, cqc_manager
):
    event = trigger_event_record(
        actor=cqc_manager,
        kind="foi_request",
        agreement=Agreement.objects.get(slug="cqc-lga-mou-2015"),
        organisation=org("cqc"),
        occurs_at=at(2026, 3, 16, 11),
        title="Request about TEASC data",
    )
    items = {i.key.rsplit(":", 1)[1]: i for i in event.due_items.all()}
    assert set(items) == {"lga", "statutory"}
    # St Patrick's Day (NI) counts for FOIA s10(6): 16 April, not the E&W 15 April.
    assert items["statutory"].due == at(2026, 4, 16, 23, 59)
    assert "FOIA 2000 s10(1)" in items["statutory"].trace["rule"]
    # Ten UK working days after 16 March, skipping 17 March.
    assert items["lga"].due == at(2026, 3, 31, 23, 59)


def test_an_event_for_a_body_the_person_does_not_act_for_is_refused(duties, org, cqc_manager):
    from jointwork.obligations.services import DueItemError

    with pytest.raises(DueItemError, match="you do not act for LGA"):
        trigger_event_record(
            actor=cqc_manager,
            kind="publication",
            agreement=Agreement.objects.get(slug="cqc-lga-mou-2015"),
            organisation=org("lga"),
            occurs_at=at(2026, 5, 5, 9),
            title="x",
        )


def test_an_event_by_a_body_not_party_to_the_agreement_is_refused(duties, org, cqc_manager):
    from jointwork.obligations.services import DueItemError

    with pytest.raises(DueItemError, match="not a party"):
        trigger_event_record(
            actor=cqc_manager,
            kind="publication",
            agreement=Agreement.objects.get(slug="cqc-lga-mou-2015"),
            organisation=org("ofsted"),
            occurs_at=at(2026, 5, 5, 9),
            title="x",
        )


def test_loadobligations_also_materialises_the_rolling_horizon(builtin_register, time_machine):
    time_machine.move_to(at(2026, 2, 20, 9), tick=False)
    call_command("loadobligations")
    assert DueItem.objects.filter(
        obligation__agreement__slug="cqc-ofsted-mou-2011", due=at(2026, 3, 31, 17)
    ).exists()
    call_command("loadobligations")
    assert (
        DueItem.objects.filter(obligation__clause_path="24", due=at(2026, 3, 31, 17)).count() == 1
    )
