"""The save path stores what the obligations engine and the sharing gateway understand."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from jointwork.ingest import services
from jointwork.ingest.pipeline import parse_document
from jointwork.ingest.scope import sharing_details
from jointwork.obligations.recurrence import LONDON, parse_offset, parse_rhythm
from jointwork.register.models import Agreement
from jointwork.sharing.terms import PROHIBITABLE
from tests.conftest import PASSWORD

HEAD = (
    "Memorandum of understanding between the Care Quality Commission (CQC) and the Local "
    "Government Association (LGA)\n\n1. This memorandum comes into force on 1 April 2025.\n"
)
CLAUSES = [
    "CQC and the LGA will hold strategic meetings at least annually.",
    "This memorandum will be reviewed every two to three years.",
    "CQC will give the LGA 5 working days notice before publication of a report.",
    "If either receives a Freedom of Information request, it will consult the other.",
    "The memorandum may be reviewed at any time at the request of either party.",
]


def _draft(actor, slug="cqc-lga-mou-2015"):
    text = HEAD + "".join(f"{n}. {c}\n" for n, c in enumerate(CLAUSES, start=2))
    parsed = parse_document(text.encode(), "mou.txt")
    return services.draft_save(
        actor=actor, agreement=Agreement.objects.get(slug=slug), document=parsed.to_json(),
        text=parsed.text, source_name="mou.txt",
    )  # fmt: skip


@pytest.mark.django_db
def test_windows_working_days_and_events_are_stored_as_the_engine_reads_them(cqc_manager):
    by_clause = {o.clause_path: o for o in _draft(cqc_manager).obligations}
    assert by_clause["2"].rrule == "WINDOW=P0D/P1Y"
    assert by_clause["3"].rrule == "WINDOW=P2Y/P3Y"
    notice = by_clause["4"]
    assert (notice.trigger_event, notice.trigger_offset) == ("publication", "-5WD")
    assert parse_offset(notice.trigger_offset).working_days == -5
    for duty in by_clause.values():
        if duty.rrule:
            parse_rhythm(duty.rrule)
    # The contract's own values are kept beside what the engine stores.
    assert by_clause["3"].details["contract"]["window"] == "P2Y/P3Y"
    assert notice.details["contract"]["trigger"]["working_days"] is True


@pytest.mark.django_db
def test_rhythms_start_when_the_document_says_it_comes_into_force(cqc_manager):
    meeting = _draft(cqc_manager).obligations[0]
    assert meeting.anchor_at == dt.datetime(2025, 4, 1, 17, 0, tzinfo=LONDON)


@pytest.mark.django_db
def test_an_event_with_no_time_to_plan_is_kept_but_marked_not_scheduled(cqc_manager):
    by_clause = {(o.clause_path, o.kind): o for o in _draft(cqc_manager).obligations}
    on_request = by_clause[("6", "review")]
    assert on_request.trigger_event == "party_request"
    assert on_request.details["scheduled"] is False
    assert by_clause[("4", "notice_before_publication")].details["scheduled"] is True
    assert by_clause[("2", "meeting")].details["scheduled"] is True


@pytest.mark.django_db
def test_an_foi_duty_counts_working_days_in_the_uk_calendar(cqc_manager):
    (foi,) = [o for o in _draft(cqc_manager).obligations if o.kind == "foi_consultation"]
    assert (foi.trigger_event, foi.region) == ("foi_request", "uk")  # FOIA s10(6)


@pytest.mark.parametrize(
    ("quote", "facts"),
    [
        (
            "CQC and the LGA will not share identifiable information relating to people who use "
            "services or people and/or organisations registered with CQC.",
            ["identifies_service_users", "identifies_registered_persons"],
        ),
        ("No party will disclose personal data about its staff.", ["personal_data"]),
        (
            "The parties will not publish the names of patients or their medical records.",
            ["identifies_service_users", "special_category"],
        ),
        # Statistics about service users identify no one: the scope is not guessed.
        ("The parties will not publish statistics about people who use services.", []),
    ],
)
def test_a_prohibitions_scope_comes_from_the_table(quote, facts):
    assert sharing_details("prohibition", quote) == {"applies_to": facts}
    assert set(facts) <= set(PROHIBITABLE)


def test_case_by_case_sharing_is_recorded_for_the_gateway():
    quote = "Any decision to share information will be judged on a case by case basis."
    assert sharing_details("share_information", quote) == {"personal_data": "case_by_case"}
    assert sharing_details("share_information", "We will share trends.") == {}
    assert sharing_details("meeting", "We will meet quarterly.") == {}


@pytest.mark.django_db
def test_the_review_page_says_which_duties_stay_off_the_calendar(client, cqc_manager):
    draft = _draft(cqc_manager)
    assert client.login(username=cqc_manager.get_username(), password=PASSWORD)
    html = client.get(reverse("ingest:review", args=[draft.version.pk])).content.decode()
    unscheduled = [o for o in draft.obligations if o.details["scheduled"] is False]
    assert unscheduled and html.count("Not on the calendar") == len(
        [o for o in unscheduled if o.trigger_event]
    )
