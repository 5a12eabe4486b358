"""What people read on the obligations pages and feeds: each message once, plain words for a
duty's timing, and the FOIA s10 deadline as the law's item, not the consultation clause's."""

from __future__ import annotations

import pytest
from icalendar import Calendar

from jointwork.obligations.models import FeedToken, Obligation
from jointwork.obligations.services import trigger_event_record
from jointwork.register.models import Agreement
from tests.conftest import PASSWORD
from tests.obligations.conftest import at

pytestmark = pytest.mark.django_db


def _record(client, **fields):
    data = {"kind": "press_release", "organisation": "cqc", "occurs_at": "2026-12-29T10:00",
            "title": "Winter report"} | fields  # fmt: skip
    return client.post("/obligations/agreements/cqc-lga-mou-2015/events/", data, follow=True)


def test_a_success_message_shows_once_on_the_calendar(client, duties, cqc_manager):
    client.login(username="cqc-manager", password=PASSWORD)
    page = _record(client).content.decode()
    assert page.count("Event recorded with 1 due item.") == 1


def test_an_error_shows_only_in_the_error_summary(client, duties, cqc_manager):
    client.login(username="cqc-manager", password=PASSWORD)
    page = _record(client, title="").content.decode()
    assert page.count("Enter a title") == 1
    assert "govuk-error-summary" in page
    assert "Important" not in page


def test_the_calendar_lists_duties_with_plain_timing_and_clause(client, duties, cqc_manager):
    client.login(username="cqc-manager", password=PASSWORD)
    page = client.get("/obligations/agreements/cqc-lga-mou-2015/").content.decode()
    assert "48 hours before a planned publication" in page
    assert "10 working days after an FOI request is received (Jointwork&#x27;s default" in page
    duties_list = page.split(">Duties</h2>")[1].split("</ul>")[0]
    assert "§18.ii" in duties_list
    assert not any(code in duties_list for code in ("-PT48H", "+10WD", "foi_request", "WD"))


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


def test_the_foi_deadline_item_has_its_own_kind_and_citation(client, foi, cqc_manager):
    deadline = foi.due_items.get(statute="foi_request")
    consultation = foi.due_items.get(counterparty__slug="lga")
    assert deadline.kind_label == "FOI response deadline (statutory)"
    assert deadline.citation == "FOIA 2000 s10(1)"
    assert consultation.kind_label == "Consult before answering an FOI request"
    assert consultation.citation.endswith("§13")
    client.login(username="cqc-manager", password=PASSWORD)
    page = client.get(deadline.get_absolute_url()).content.decode()
    assert "FOIA 2000 s10(1)" in page and "§13" not in page.split("Related duty")[0]
    page = client.get(consultation.get_absolute_url()).content.decode()
    assert "§13" in page and "Jointwork&#x27;s default: the clause sets no period" in page


def test_the_ical_feed_gives_the_foi_deadline_its_own_category_and_links_to_this_host(
    client, foi, org, time_machine, settings
):
    settings.ALLOWED_HOSTS = ["jw.example"]
    time_machine.move_to(at(2026, 3, 17, 9), tick=False)
    FeedToken.objects.create(token="f" * 40, organisation=org("cqc"))
    body = client.get(f"/obligations/feeds/{'f' * 40}.ics", HTTP_HOST="jw.example:8123").content
    events = {str(e["summary"]): e for e in Calendar.from_ical(body).walk("VEVENT")}
    (deadline,) = [e for s, e in events.items() if "Respond to the FOI request" in s]
    assert [str(c) for c in deadline["categories"].cats] == ["FOI response deadline (statutory)"]
    description = str(deadline["description"])
    assert "FOIA 2000 s10(1)" in description and "§13" not in description
    assert "http://jw.example:8123/obligations/items/" in description
    (consult,) = [e for s, e in events.items() if "Consult" in s]
    assert [str(c) for c in consult["categories"].cats] == [
        "Consult before answering an FOI request"
    ]
    assert "§13" in str(consult["description"])


def test_the_consultation_offset_comes_from_the_data_files_default(duties):
    duty = Obligation.objects.get(agreement__slug="cqc-lga-mou-2015", clause_path="13")
    assert duty.trigger_offset == "+10WD" and duty.details["offset_basis"] == "default"


def test_the_due_command_gives_the_foi_deadline_its_own_kind_and_citation(foi, capsys):
    import json

    from django.core.management import call_command

    call_command("due", "--from", "2026-03-16", "--to", "2026-04-30", "--format", "json")
    items = json.loads(capsys.readouterr().out)["items"]
    deadline = next(i for i in items if i["kind"] == "statutory_deadline")
    assert deadline["citation"] == "FOIA 2000 s10(1)"
    assert deadline["clause"] is None
    assert deadline["due"].startswith("2026-04-16")  # rules.md §3: St Patrick's Day skipped
    consultation = next(i for i in items if i["kind"] == "foi_consultation")
    assert consultation["clause"] == "13"


def test_the_calendar_page_title_is_the_agreement_name_only(client, duties, cqc_manager):
    import re

    client.login(username="cqc-manager", password=PASSWORD)
    page = client.get("/obligations/agreements/cqc-lga-mou-2015/").content.decode()
    title = re.search(r"<title>(.*?)</title>", page, re.S).group(1)
    assert title.strip() == (
        "Calendar — Memorandum of understanding between CQC and the Local Government "
        "Association – Jointwork"
    )


def test_another_bodys_user_cannot_open_an_agreements_calendar(client, foi, ofsted_editor):
    # The calendar lists the parties' FOI requests and embargoed publications by title.
    client.force_login(ofsted_editor)
    assert client.get("/obligations/agreements/cqc-lga-mou-2015/").status_code == 404
    response = client.post(
        "/obligations/agreements/cqc-lga-mou-2015/events/",
        {
            "kind": "press_release",
            "organisation": "ofsted",
            "occurs_at": "2026-12-29T10:00",
            "title": "Not theirs",
        },
    )
    assert response.status_code == 404


def test_creating_a_calendar_feed_is_audited_without_its_token(client, duties, cqc_manager):
    from jointwork.audit.models import AuditEvent

    client.login(username="cqc-manager", password=PASSWORD)
    client.post("/obligations/feeds/", {"organisation": "cqc", "agreement": "cqc-lga-mou-2015"})
    token = FeedToken.objects.get()
    event = AuditEvent.objects.get(event="feed_token.create")
    assert event.actor == cqc_manager
    assert event.after == {"organisation": "cqc", "agreement": "cqc-lga-mou-2015"}
    assert token.token not in str(event.after) + event.target_repr
