"""The liaison API: public pure triage, incidents behind sign-in."""

import json

import pytest

from jointwork.liaison.table import triage as pure_triage
from tests.liaison.conftest import BASE

pytestmark = pytest.mark.django_db
URL = "/api/liaison/triage"


def post_json(client, url, body):
    text = body if isinstance(body, str) else json.dumps(body)
    return client.post(url, text, content_type="application/json")


def test_triage_answers_the_cli_contract_without_signing_in(client):
    facts = BASE | {"person_harmed": "contractor", "outcome": "death"}
    response = post_json(client, URL, facts)
    assert response.status_code == 200
    assert response.json() == pure_triage(facts).as_dict()


def test_triage_names_the_fact_at_fault(client):
    response = post_json(client, URL, BASE | {"premises": "prison"})
    assert response.status_code == 422
    assert response.json()["detail"].startswith("fact 'premises': \"prison\" is not one of")


def test_triage_treats_a_repeated_key_as_conflicting_facts(client):
    text = json.dumps(BASE)[:-1] + ', "person_harmed": "worker"}'
    body = post_json(client, URL, text).json()
    assert (body["lead"], body["candidates"]) == ("agree_primacy", ["CQC", "HSE"])


def test_incidents_need_a_signed_in_user(client):
    assert client.get("/api/liaison/incidents").status_code == 401


def test_an_editor_records_and_reads_an_incident_through_the_api(client, editors):
    client.force_login(editors["cqc"])
    payload = {"organisation": "cqc", "summary": "Scald in a bath", "facts": BASE}
    created = post_json(client, "/api/liaison/incidents", payload)
    assert created.status_code == 201
    body = created.json()
    assert body["triage"] == pure_triage(BASE).as_dict()
    assert body["decision"] == {"state": "proposed", "lead_body": "CQC", "decision_reason": ""}
    listed = client.get("/api/liaison/incidents").json()
    assert [item["id"] for item in listed] == [body["id"]]


def test_the_api_refuses_bad_facts_and_foreign_organisations(client, editors):
    client.force_login(editors["cqc"])
    bad = {"organisation": "cqc", "summary": "x", "facts": {"premises": "hospital"}}
    assert post_json(client, "/api/liaison/incidents", bad).status_code == 422
    foreign = {"organisation": "hse", "summary": "x", "facts": BASE}
    assert post_json(client, "/api/liaison/incidents", foreign).status_code == 403


def test_hand_over_and_accept_through_the_api(client, editors, record):
    incident = record(editors["cqc"], "cqc")
    client.force_login(editors["cqc"])
    url = f"/api/liaison/incidents/{incident.pk}"
    assert post_json(client, f"{url}/hand-over", {"to": "HSE", "reason": ""}).status_code == 409
    handed = post_json(client, f"{url}/hand-over", {"to": "HSE", "reason": "Annex B applies"})
    assert handed.json()["decision"]["lead_body"] == "HSE"
    assert post_json(client, f"{url}/accept", {}).status_code == 403
    client.force_login(editors["hse"])
    assert post_json(client, f"{url}/accept", {}).json()["decision"]["state"] == "accepted"
