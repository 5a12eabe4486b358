"""The register API: public reads for anyone, private parts and writes only for the parties."""

from __future__ import annotations

import json

import pytest
from django.test import Client

from jointwork.accounts.services import api_token_create
from jointwork.audit.models import AuditEvent
from jointwork.register.models import Agreement, AgreementVersion
from jointwork.register.services import agreement_update

LGA_MOU = "cqc-lga-mou-2015"


def _json(client: Client, method: str, url: str, body: dict | None = None, **headers):
    if method == "get":
        response = client.get(url, **headers)
    else:
        response = getattr(client, method)(
            url, data=json.dumps(body or {}), content_type="application/json", **headers
        )
    return response.status_code, response.json()


@pytest.fixture
def bearer(db):
    def make(user) -> dict[str, str]:
        _, key = api_token_create(actor=user, user=user, name="test")
        return {"HTTP_AUTHORIZATION": f"Bearer {key}"}

    return make


@pytest.fixture
def private_lga_mou(cqc_manager):
    agreement = Agreement.objects.get(slug=LGA_MOU)
    return agreement_update(
        actor=cqc_manager, agreement=agreement, private_notes="Escalate through the deputy."
    )


def test_anonymous_reads_public_fields_without_private_notes_or_leads(client, private_lga_mou):
    status, data = _json(client, "get", f"/api/agreements/{LGA_MOU}")
    assert status == 200
    assert data["private_notes"] is None
    assert all(p["relationship_lead"] is None for p in data["party_details"])
    assert {c["name"] for c in data["contacts"]} >= {"Carolyn Downs"}


def test_a_party_member_reads_private_notes_and_leads_with_a_token(
    client, private_lga_mou, cqc_viewer, bearer
):
    status, data = _json(client, "get", f"/api/agreements/{LGA_MOU}", **bearer(cqc_viewer))
    assert status == 200
    assert data["private_notes"] == "Escalate through the deputy."
    assert "David James" in {p["relationship_lead"] for p in data["party_details"]}


def test_another_bodys_user_cannot_read_private_notes(
    client, private_lga_mou, ofsted_editor, bearer
):
    _, data = _json(client, "get", f"/api/agreements/{LGA_MOU}", **bearer(ofsted_editor))
    assert data["private_notes"] is None


def test_a_non_public_agreement_is_not_found_for_anyone_outside_its_parties(
    client, cqc_manager, ofsted_editor, bearer
):
    agreement_update(
        actor=cqc_manager, agreement=Agreement.objects.get(slug=LGA_MOU), is_public=False
    )
    assert _json(client, "get", f"/api/agreements/{LGA_MOU}")[0] == 404
    assert _json(client, "get", f"/api/agreements/{LGA_MOU}", **bearer(ofsted_editor))[0] == 404
    assert LGA_MOU not in {a["slug"] for a in _json(client, "get", "/api/agreements")[1]}
    assert _json(client, "get", f"/api/agreements/{LGA_MOU}", **bearer(cqc_manager))[0] == 200


def test_writing_without_signing_in_is_refused_with_401(client, builtin_register):
    status, _ = _json(client, "patch", f"/api/agreements/{LGA_MOU}", {"title": "Taken over"})
    assert status == 401


def test_another_bodys_editor_cannot_change_an_agreement(client, ofsted_editor, bearer):
    status, data = _json(
        client, "patch", f"/api/agreements/{LGA_MOU}", {"title": "X"}, **bearer(ofsted_editor)
    )
    assert status == 403 and "change_agreement" in data["detail"]
    assert Agreement.objects.get(slug=LGA_MOU).title != "X"


def test_creating_an_agreement_with_an_unknown_party_names_the_field(client, cqc_manager, bearer):
    status, data = _json(
        client,
        "post",
        "/api/agreements",
        {
            "slug": "x",
            "title": "X",
            "kind": "mou",
            "status": "proposed",
            "parties": ["cqc", "nope"],
        },
        **bearer(cqc_manager),
    )
    assert status == 400
    assert "nope" in data["errors"]["parties"][0]
    assert not Agreement.objects.filter(slug="x").exists()


def test_a_bad_kind_is_a_400_naming_kind(client, cqc_manager, bearer):
    status, data = _json(
        client,
        "post",
        "/api/agreements",
        {
            "slug": "x",
            "title": "X",
            "kind": "treaty",
            "status": "proposed",
            "parties": ["cqc", "lga"],
        },
        **bearer(cqc_manager),
    )
    assert status == 400 and "kind" in data["errors"]


def test_a_missing_field_is_a_422_whose_location_names_it(client, cqc_manager, bearer):
    status, data = _json(
        client, "post", "/api/agreements", {"slug": "x", "kind": "mou"}, **bearer(cqc_manager)
    )
    assert status == 422
    assert ["body", "payload", "title"] in [e["loc"] for e in data["detail"]]


def test_the_whole_version_flow_through_the_api_publishes_after_both_parties(
    client, cqc_manager, lga_manager, bearer
):
    cqc, lga = bearer(cqc_manager), bearer(lga_manager)
    base = f"/api/agreements/{LGA_MOU}/versions"
    status, created = _json(client, "post", base, {"text": "1. Meet.", "label": "v"}, **cqc)
    assert status == 201 and created["state"] == "draft"
    number = created["number"]
    assert _json(client, "patch", f"{base}/{number}", {"text": "1. Meet often."}, **cqc)[0] == 200
    assert _json(client, "post", f"{base}/{number}/submit", **cqc)[1]["awaiting"] == ["cqc", "lga"]
    status, data = _json(
        client, "post", f"{base}/{number}/sign-off", {"organisation": "cqc"}, **cqc
    )
    assert status == 200 and data["awaiting"] == ["lga"]
    status, data = _json(
        client, "post", f"{base}/{number}/sign-off", {"organisation": "lga"}, **lga
    )
    assert data["state"] == "published" and data["text"] == "1. Meet often."
    status, data = _json(client, "patch", f"{base}/{number}", {"text": "changed"}, **cqc)
    assert status == 400 and "cannot be edited" in data["detail"]


def test_signing_off_for_another_body_is_refused(client, cqc_manager, lga_manager, bearer):
    cqc = bearer(cqc_manager)
    base = f"/api/agreements/{LGA_MOU}/versions"
    number = _json(client, "post", base, {"text": "t"}, **cqc)[1]["number"]
    _json(client, "post", f"{base}/{number}/submit", **cqc)
    status, _ = _json(client, "post", f"{base}/{number}/sign-off", {"organisation": "lga"}, **cqc)
    assert status == 403
    assert not AgreementVersion.objects.get(
        number=number, agreement__slug=LGA_MOU
    ).signoffs.exists()


def test_a_draft_is_not_visible_to_anonymous_readers(client, cqc_manager, bearer):
    number = _json(
        client, "post", f"/api/agreements/{LGA_MOU}/versions", {"text": "t"}, **bearer(cqc_manager)
    )[1]["number"]
    assert _json(client, "get", f"/api/agreements/{LGA_MOU}/versions/{number}")[0] == 404


def test_a_session_write_needs_the_csrf_token(cqc_manager):
    client = Client(enforce_csrf_checks=True)
    client.force_login(cqc_manager)
    status, _ = _json(client, "post", f"/api/agreements/{LGA_MOU}/withdraw", {"reason": "old"})
    assert status == 403
    assert Agreement.objects.get(slug=LGA_MOU).status == "current"
    client.get("/")  # sets the CSRF cookie
    token = client.cookies["csrftoken"].value
    status, data = _json(
        client,
        "post",
        f"/api/agreements/{LGA_MOU}/withdraw",
        {"reason": "Replaced"},
        HTTP_X_CSRFTOKEN=token,
    )
    assert status == 200 and data["status"] == "withdrawn"
    assert AuditEvent.objects.get(event="agreement.withdraw").note == "Replaced"


def test_a_signed_in_user_creates_a_token_that_then_authenticates(client, cqc_viewer):
    client.force_login(cqc_viewer)
    status, data = _json(client, "post", "/api/accounts/tokens", {"name": "script"})
    assert status == 201 and data["key"].startswith("jw_")
    client.logout()
    status, me = _json(
        client, "get", "/api/accounts/me", HTTP_AUTHORIZATION=f"Bearer {data['key']}"
    )
    assert status == 200 and me["username"] == "cqc-viewer"


def test_a_revoked_or_made_up_token_is_refused(client, builtin_register):
    status, _ = _json(client, "get", "/api/accounts/me", HTTP_AUTHORIZATION="Bearer jw_made_up")
    assert status == 401


def test_the_openapi_document_lists_the_write_endpoints(client, db):
    response = client.get("/api/openapi.json")
    paths = response.json()["paths"]
    assert "post" in paths["/api/agreements/{slug}/versions/{number}/sign-off"]
    assert "patch" in paths["/api/agreements/{slug}"]
    assert client.get("/api/docs").status_code == 200


def test_a_party_is_added_and_made_a_supporter_through_the_api(client, cqc_manager, bearer):
    headers = bearer(cqc_manager)
    base = f"/api/agreements/{LGA_MOU}/parties"
    status, data = _json(client, "post", base, {"organisation": "hse"}, **headers)
    assert status == 201
    assert {"organisation": "hse", "role": "signatory"}.items() <= next(
        p for p in data["party_details"] if p["organisation"] == "hse"
    ).items()
    status, data = _json(
        client,
        "patch",
        f"{base}/hse",
        {"role": "supporter", "relationship_lead": "A Lead"},
        **headers,
    )
    assert status == 200
    hse = next(p for p in data["party_details"] if p["organisation"] == "hse")
    assert (hse["role"], hse["relationship_lead"]) == ("supporter", "A Lead")


def test_a_good_role_with_a_bad_lead_email_changes_nothing(client, cqc_manager, bearer):
    party = Agreement.objects.get(slug=LGA_MOU).parties.get(organisation__slug="lga")
    status, data = _json(
        client,
        "patch",
        f"/api/agreements/{LGA_MOU}/parties/lga",
        {"role": "supporter", "relationship_lead_email": "not-an-address"},
        **bearer(cqc_manager),
    )
    assert status == 400 and "relationship_lead_email" in data["errors"]
    after = Agreement.objects.get(slug=LGA_MOU).parties.get(organisation__slug="lga")
    assert (after.role, after.relationship_lead_email) == (
        "signatory",
        party.relationship_lead_email,
    )
    assert not AuditEvent.objects.filter(event="party.change_role").exists()


def test_superseding_through_the_api_names_an_unknown_successor(client, cqc_manager, bearer):
    status, data = _json(
        client,
        "post",
        f"/api/agreements/{LGA_MOU}/supersede",
        {"successor": "no-such-agreement"},
        **bearer(cqc_manager),
    )
    assert status == 400 and "successor" in data["errors"]
    assert Agreement.objects.get(slug=LGA_MOU).status == "current"


def test_superseding_through_the_api_links_the_successor(client, cqc_manager, bearer, org):
    headers = bearer(cqc_manager)
    body = {
        "slug": "cqc-lga-mou-2026",
        "title": "CQC and LGA 2026",
        "kind": "mou",
        "status": "in_development",
        "parties": ["cqc", "lga"],
    }
    assert _json(client, "post", "/api/agreements", body, **headers)[0] == 201
    status, data = _json(
        client,
        "post",
        f"/api/agreements/{LGA_MOU}/supersede",
        {"successor": "cqc-lga-mou-2026"},
        **headers,
    )
    assert status == 200 and data["status"] == "superseded"
    assert Agreement.objects.get(slug="cqc-lga-mou-2026").supersedes.slug == LGA_MOU


def test_a_contact_is_added_and_changed_through_the_api(client, cqc_manager, bearer):
    headers = bearer(cqc_manager)
    base = f"/api/agreements/{LGA_MOU}/contacts"
    status, contact = _json(
        client,
        "post",
        base,
        {"organisation": "cqc", "role": "Duty officer", "escalation_level": 1},
        **headers,
    )
    assert status == 201 and contact["role"] == "Duty officer"
    status, changed = _json(
        client, "patch", f"{base}/{contact['id']}", {"escalation_level": 2}, **headers
    )
    assert status == 200 and changed["escalation_level"] == 2
    assert AuditEvent.objects.filter(event="contact.update", target_id=str(contact["id"])).exists()


def test_a_contact_for_a_body_that_is_not_a_party_is_a_400_naming_organisation(
    client, cqc_manager, bearer
):
    status, data = _json(
        client,
        "post",
        f"/api/agreements/{LGA_MOU}/contacts",
        {"organisation": "hse", "role": "Inspector"},
        **bearer(cqc_manager),
    )
    assert status == 400 and "organisation" in data["errors"]


@pytest.mark.parametrize(
    "method,path,body",
    [
        ("post", "supersede", {"successor": "cqc-ofsted-mou-2011"}),
        ("post", "parties", {"organisation": "ofsted"}),
        ("patch", "parties/lga", {"role": "supporter"}),
        ("post", "contacts", {"organisation": "cqc", "role": "Someone"}),
    ],
)
def test_another_bodys_editor_is_refused_every_new_write(
    client, ofsted_editor, bearer, method, path, body
):
    status, _ = _json(
        client, method, f"/api/agreements/{LGA_MOU}/{path}", body, **bearer(ofsted_editor)
    )
    assert status == 403
    assert not AuditEvent.objects.filter(actor=ofsted_editor, agreement__slug=LGA_MOU).exists()
