"""Pages and API of the gateway, as the people who use them see them."""

from __future__ import annotations

import json
import re

import pytest
from django.urls import reverse

from jointwork.sharing.models import RequestState, ShareRequest

FORM = {
    "agreement": "cqc-lga-mou-2015",
    "sender": "cqc",
    "recipient": "lga",
    "purpose": "Trends in inspection outcomes",
    "data_description": "Counts by region",
    "legal_basis": "",
    "personal_data": "no",
    "identifies_service_users": "no",
    "identifies_registered_persons": "no",
    "special_category": "no",
    "pre_publication": "no",
    "foi_request": "yes",
}
API_REQUEST = {
    "agreement": "cqc-lga-mou-2015",
    "from": "cqc",
    "to": "lga",
    "purpose": "Trends",
    "personal_data": False,
    "identifies_service_users": False,
    "identifies_registered_persons": False,
    "special_category": False,
    "legal_basis": None,
    "pre_publication": False,
    "foi_request": False,
}


def test_filing_a_request_shows_its_decision_with_citations(client, cqc_viewer):
    client.force_login(cqc_viewer)
    response = client.post(reverse("sharing:new"), FORM, follow=True)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Awaiting information governance review" in page
    assert "cqc-lga-mou-2015 §13" in page
    assert "FOIA 2000 s45 Code of Practice" in page


def test_the_form_names_a_missing_answer_in_an_error_summary(client, cqc_viewer):
    client.force_login(cqc_viewer)
    response = client.post(reverse("sharing:new"), {**FORM, "purpose": ""})
    page = response.content.decode()
    assert "There is a problem" in page
    assert 'href="#id_purpose"' in page
    assert not ShareRequest.objects.exists()


def test_information_governance_approves_from_the_queue(client, cqc_viewer, cqc_ig):
    client.force_login(cqc_viewer)
    client.post(reverse("sharing:new"), FORM)
    share_request = ShareRequest.objects.get()
    client.force_login(cqc_ig)
    queue = client.get(reverse("sharing:queue")).content.decode()
    assert share_request.get_absolute_url() in queue
    response = client.post(
        reverse("sharing:review", args=[share_request.pk]),
        {"action": "approve", "note": "LGA consulted"},
    )
    assert response.status_code == 302
    share_request.refresh_from_db()
    assert share_request.state == RequestState.APPROVED


def test_someone_else_cannot_see_a_request(client, cqc_viewer, ofsted_editor):
    client.force_login(cqc_viewer)
    client.post(reverse("sharing:new"), FORM)
    client.force_login(ofsted_editor)
    pk = ShareRequest.objects.get().pk
    assert client.get(reverse("sharing:request", args=[pk])).status_code == 404


def test_pages_need_a_sign_in_but_the_ledger_is_public(client, builtin_register):
    assert client.get(reverse("sharing:new")).status_code == 302
    response = client.get(reverse("sharing:ledger") + "?verify=1")
    assert response.status_code == 200
    assert "Chain intact" in response.content.decode()


def test_the_api_decides_files_and_verifies(client, cqc_viewer):
    client.force_login(cqc_viewer)
    decided = client.post("/api/sharing/decide", API_REQUEST, content_type="application/json")
    assert decided.status_code == 200
    assert decided.json()["decision"] == "allow"
    filed = client.post("/api/sharing/requests", API_REQUEST, content_type="application/json")
    assert filed.status_code == 201
    assert filed.json()["state"] == "allowed"
    verified = client.get("/api/sharing/ledger/verify").json()
    assert (verified["ok"], verified["count"]) == (True, 1)


@pytest.mark.parametrize(
    ("body", "message"),
    [("{", "malformed JSON"), (json.dumps({**API_REQUEST, "to": "mars"}), "unknown body 'mars'")],
)
def test_the_api_names_bad_input(client, cqc_viewer, body, message):
    client.force_login(cqc_viewer)
    response = client.post("/api/sharing/decide", body, content_type="application/json")
    assert response.status_code == 400
    assert message in response.json()["detail"]


def test_the_api_refuses_a_user_not_at_the_sending_body(client, ofsted_editor):
    client.force_login(ofsted_editor)
    response = client.post("/api/sharing/requests", API_REQUEST, content_type="application/json")
    assert response.status_code == 403


def test_a_policy_exports_as_odrl(client, builtin_register):
    odrl = client.get("/api/sharing/policies/cqc-lga-mou-2015/odrl").json()
    uids = {p["uid"] for p in odrl["prohibition"]}
    assert "urn:jointwork:rule:cqc-lga-mou-2015.16.prohibition.identifies_service_users" in uids


def test_the_filer_is_told_someone_else_must_review_and_a_forced_review_is_refused(client, cqc_ig):
    client.force_login(cqc_ig)
    client.post(reverse("sharing:new"), FORM)
    share_request = ShareRequest.objects.get()
    page = client.get(share_request.get_absolute_url()).content.decode()
    assert "someone else in information governance must approve or refuse it" in page
    assert 'name="action" value="approve"' not in page
    response = client.post(
        reverse("sharing:review", args=[share_request.pk]), {"action": "approve", "note": "ok"}
    )
    assert response.status_code == 403
    assert "There is a problem" in response.content.decode()
    share_request.refresh_from_db()
    assert share_request.state == RequestState.AWAITING_REVIEW


def test_a_denied_request_groups_its_reasons_and_labels_overridden_allows(client, cqc_viewer):
    client.force_login(cqc_viewer)
    # CQC-LGA MoU para 16 forbids identifiable information about people who use services; the
    # para 14 exchange of non-personal information still fires (the flags contradict each other).
    data = {**FORM, "identifies_service_users": "yes", "foi_request": "no"}
    page = client.post(reverse("sharing:new"), data, follow=True).content.decode()
    assert "Policy decision: Refused" in page
    assert "What refused it" in page
    assert "(needs_review)" not in page and ": deny" not in page
    assert page.index("What refused it") < page.index("Rules that would otherwise allow it")
    assert page.index("What needs review") < page.index("Rules that would otherwise allow it")
    assert "Overridden: a refusal takes precedence" in page


def recipient_options(page: str) -> list[str]:
    select = re.search(r'<select[^>]*name="recipient".*?</select>', page, re.S)
    assert select, "the page has a receiving body select"
    return re.findall(r'<option value="([^"]+)"', select.group(0))


def test_the_receiving_body_is_never_the_sender(client, cqc_viewer):
    client.force_login(cqc_viewer)
    options = recipient_options(client.get(reverse("sharing:new")).content.decode())
    assert "lga" in options and "cqc" not in options


def test_htmx_refreshes_the_receiving_bodies_to_the_agreements_other_parties(client, cqc_viewer):
    client.force_login(cqc_viewer)
    url = reverse("sharing:recipients")
    page = client.get(url, {"agreement": "cqc-lga-mou-2015", "sender": "cqc"}).content.decode()
    assert recipient_options(page) == ["lga"]
    assert 'id="recipient-group"' in page


@pytest.mark.parametrize("recipient", ["ofsted", "cqc"], ids=["not a party", "the sender"])
def test_without_javascript_a_receiving_body_outside_the_agreement_is_refused(
    client, cqc_viewer, recipient
):
    client.force_login(cqc_viewer)
    page = client.post(reverse("sharing:new"), {**FORM, "recipient": recipient}).content.decode()
    assert "There is a problem" in page
    assert "Select a receiving body that is another party to the agreement" in page
    assert not ShareRequest.objects.exists()


def test_errors_use_govuk_wording(client, cqc_viewer):
    client.force_login(cqc_viewer)
    page = client.post(reverse("sharing:new"), {**FORM, "agreement": ""}).content.decode()
    assert '<a href="#id_agreement">Select the agreement the share falls under</a>' in page
    assert "This field is required" not in page
