"""Liaison pages: GOV.UK forms that work without JavaScript, behind login."""

import pytest
from django.urls import reverse

from jointwork.liaison.models import Incident
from tests.liaison.conftest import BASE

pytestmark = pytest.mark.django_db


def form_data(org_pk, **changes):
    facts = BASE | changes
    tokens = {True: "true", False: "false", None: "none"}
    data = {name: tokens.get(value, value) for name, value in facts.items()}
    return data | {"organisation": org_pk, "summary": "A resident fell from a window"}


def test_the_pages_need_a_signed_in_user(client):
    response = client.get(reverse("liaison:incident_new"))
    assert response.status_code == 302
    assert reverse("accounts:login") in response["Location"]


def test_the_form_asks_every_fact_as_radios_with_help_text(client, editors):
    client.force_login(editors["cqc"])
    html = client.get(reverse("liaison:incident_new")).content.decode()
    assert html.count('class="govuk-radios govuk-radios--small"') == 7
    assert "Enforcing Authority) Regulations 1998" in html  # premises help text
    assert (
        '<legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Who was harmed?' in html
    )


def test_unanswered_questions_are_listed_in_an_error_summary(client, editors, org):
    client.force_login(editors["cqc"])
    data = form_data(org("cqc").pk)
    del data["outcome"]
    response = client.post(reverse("liaison:incident_new"), data)
    html = response.content.decode()
    assert response.status_code == 400
    assert "There is a problem" in html
    assert 'href="#id_outcome_0">Answer: What was the outcome?' in html
    assert Incident.objects.count() == 0


def test_recording_shows_the_lead_the_reasons_and_their_citations(client, editors, org):
    client.force_login(editors["cqc"])
    response = client.post(reverse("liaison:incident_new"), form_data(org("cqc").pk), follow=True)
    html = response.content.decode()
    assert "Lead: Care Quality Commission" in html
    assert "L-SU-REGISTERED" in html
    assert (
        'href="https://www.wardhadaway.com/insights/updates/the-memorandum-of-understanding/"'
        in html
    )
    assert "Accept the lead for Care Quality Commission" in html


def test_the_lead_body_accepts_from_the_page(client, editors, record):
    incident = record(editors["cqc"], "cqc")
    client.force_login(editors["cqc"])
    response = client.post(reverse("liaison:accept", args=[incident.pk]), follow=True)
    assert "You have accepted the lead." in response.content.decode()
    assert incident.triages.latest().state == "accepted"


def test_the_reporting_body_records_that_the_police_accepted_a_police_lead(client, editors, record):
    # A death with suspected gross negligence: the police take primacy. The police have no
    # organisation in Jointwork, so CQC, which reported it, records the police's decision.
    incident = record(editors["cqc"], "cqc", outcome="death", suspected_gross_negligence=True)
    assert incident.triages.latest().lead_body == "police"
    client.force_login(editors["cqc"])
    page = client.get(reverse("liaison:incident", args=[incident.pk])).content.decode()
    assert "Record that the police accepted the lead" in page
    assert "Accept the lead for" not in page
    response = client.post(reverse("liaison:accept", args=[incident.pk]), follow=True)
    page = response.content.decode()
    assert "Recorded that the police accepted the lead." in page
    assert "You have accepted the lead." not in page
    assert incident.triages.latest().state == "accepted"


def test_handing_over_without_a_reason_shows_the_error_next_to_the_field(client, editors, record):
    incident = record(editors["cqc"], "cqc")
    client.force_login(editors["cqc"])
    url = reverse("liaison:hand_over", args=[incident.pk])
    response = client.post(url, {"hand_over-to_body": "HSE", "hand_over-reason": ""})
    html = response.content.decode()
    assert response.status_code == 400
    assert 'href="#id_hand_over-reason">Enter why you are handing over the lead' in html
    assert incident.triages.latest().lead_body == "CQC"


def test_candidates_record_the_agreed_lead_from_the_page(client, editors, record):
    incident = record(editors["cqc"], "cqc", specific_hs_legislation="asbestos")
    client.force_login(editors["hse"])
    page = client.get(reverse("liaison:incident", args=[incident.pk])).content.decode()
    assert "The bodies must agree who leads" in page
    assert "Candidates: Care Quality Commission, Health and Safety Executive" in page
    response = client.post(
        reverse("liaison:agree", args=[incident.pk]),
        {"agree-lead_body": "CQC", "agree-reason": "Agreed at the liaison meeting"},
        follow=True,
    )
    assert "Lead: Care Quality Commission" in response.content.decode()


def test_a_body_the_triage_does_not_name_cannot_open_the_incident(client, editors, record):
    incident = record(editors["cqc"], "cqc")
    client.force_login(editors["ofsted"])
    assert client.get(reverse("liaison:incident", args=[incident.pk])).status_code == 404


def test_another_body_cannot_accept_from_the_page(client, editors, record):
    incident = record(editors["la"], "local-authorities")  # CQC leads; LA reported it
    client.force_login(editors["la"])
    assert client.post(reverse("liaison:accept", args=[incident.pk])).status_code == 403
