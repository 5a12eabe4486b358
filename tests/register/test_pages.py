"""Signed-in pages: field errors, writes through services, private parts kept private."""

from __future__ import annotations

import pytest
from django.urls import reverse

from jointwork.audit.models import AuditEvent
from jointwork.register.models import Agreement, AgreementVersion, VersionState
from jointwork.register.services import version_create, version_sign_off, version_submit

LGA_MOU = "cqc-lga-mou-2015"


@pytest.fixture
def as_user(client):
    def sign_in(user):
        client.force_login(user)
        return client

    return sign_in


def test_a_visitor_sees_public_contacts_but_not_relationship_leads(client, builtin_register):
    page = client.get(reverse("register:agreement", args=[LGA_MOU])).content.decode()
    assert "Carolyn Downs" in page  # a public contact
    assert "relationship lead David James" not in page
    assert "History of changes" not in page


def test_a_party_member_sees_relationship_leads_and_history(as_user, cqc_viewer):
    page = as_user(cqc_viewer).get(reverse("register:agreement", args=[LGA_MOU])).content.decode()
    assert "relationship lead David James" in page
    assert "History of changes" in page
    assert "Edit details" not in page  # a viewer may not change it


def test_another_bodys_editor_cannot_open_the_edit_page(as_user, ofsted_editor):
    response = as_user(ofsted_editor).get(reverse("register:agreement_edit", args=[LGA_MOU]))
    assert response.status_code == 403


def test_a_visitor_is_sent_to_sign_in_from_the_history_page(client, builtin_register):
    response = client.get(reverse("register:history", args=[LGA_MOU]))
    assert response.status_code == 302
    assert reverse("accounts:login") in response["Location"]


def test_creating_an_agreement_without_own_party_shows_the_error_on_the_parties_field(
    as_user, cqc_manager, org
):
    response = as_user(cqc_manager).post(
        reverse("register:agreement_create"),
        {
            "title": "Liaison between HSE and Ofsted",
            "kind": "mou",
            "status": "proposed",
            "parties": [org("hse").pk, org("ofsted").pk],
            "is_public": "on",
        },
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "There is a problem" in page
    assert 'href="#id_parties_0"' in page
    assert "Your organisation must be one of the parties" in page
    assert not Agreement.objects.filter(title="Liaison between HSE and Ofsted").exists()


def test_an_empty_title_is_reported_on_the_title_field(as_user, cqc_manager, org):
    response = as_user(cqc_manager).post(
        reverse("register:agreement_create"),
        {"title": "", "kind": "mou", "status": "proposed", "parties": [org("cqc").pk]},
    )
    page = response.content.decode()
    assert response.status_code == 400
    assert 'href="#id_title">Enter title</a>' in page and "govuk-input--error" in page


def test_a_manager_creates_an_agreement_and_is_taken_to_its_page(as_user, cqc_manager, org):
    response = as_user(cqc_manager).post(
        reverse("register:agreement_create"),
        {
            "title": "Data sharing between CQC and HSE",
            "kind": "isa",
            "status": "in_development",
            "parties": [org("cqc").pk, org("hse").pk],
            "is_public": "on",
        },
    )
    agreement = Agreement.objects.get(slug="data-sharing-between-cqc-and-hse")
    assert response.status_code == 302 and response["Location"] == agreement.get_absolute_url()
    assert AuditEvent.objects.filter(agreement=agreement, event="agreement.create").exists()


def test_editing_an_agreement_records_before_and_after_in_its_history(as_user, cqc_manager):
    client = as_user(cqc_manager)
    agreement = Agreement.objects.get(slug=LGA_MOU)
    client.post(
        reverse("register:agreement_edit", args=[LGA_MOU]),
        {
            "title": agreement.title,
            "kind": agreement.kind,
            "status": "under_review",
            "summary": agreement.summary,
            "in_force_on": "2015-02-01",
            "signed_on": "2015-02-01",
            "review_rule": agreement.review_rule,
            "is_public": "on",
        },
    )
    history = client.get(reverse("register:history", args=[LGA_MOU])).content.decode()
    assert "agreement.update" in history
    assert "<strong>status</strong>: current → under_review" in history


def test_withdrawing_needs_a_reason(as_user, cqc_manager):
    response = as_user(cqc_manager).post(
        reverse("register:agreement_withdraw", args=[LGA_MOU]), {"reason": ""}
    )
    assert response.status_code == 400
    assert "Say why the agreement is being withdrawn" in response.content.decode()
    assert Agreement.objects.get(slug=LGA_MOU).status == "current"


def test_a_draft_is_sent_for_sign_off_and_published_when_both_parties_sign(
    as_user, cqc_manager, lga_manager
):
    client = as_user(cqc_manager)
    client.post(
        reverse("register:version_create", args=[LGA_MOU]),
        {"label": "2026 review", "text": "1. The parties will meet.", "change_note": "Review"},
    )
    version = AgreementVersion.objects.get(agreement__slug=LGA_MOU)
    url = reverse("register:version", args=[LGA_MOU, version.number])
    client.post(url + "submit/")
    page = client.get(url).content.decode()
    assert "Sign off for CQC" in page and "Sign off for LGA" not in page
    cqc = cqc_manager.memberships.get().organisation
    client.post(url + "sign-off/", {"organisation": cqc.pk})
    version.refresh_from_db()
    assert version.state == VersionState.AWAITING_SIGNOFF
    other = as_user(lga_manager)
    assert "Waiting for your sign-off" in other.get(reverse("register:dashboard")).content.decode()
    other.post(url + "sign-off/", {"organisation": lga_manager.memberships.get().organisation_id})
    version.refresh_from_db()
    assert version.state == VersionState.PUBLISHED


def test_a_user_cannot_sign_off_for_a_body_they_do_not_work_for(as_user, cqc_manager, lga_manager):
    version = version_create(
        actor=cqc_manager, agreement=Agreement.objects.get(slug=LGA_MOU), text="x"
    )
    version_submit(actor=cqc_manager, version=version)
    url = reverse("register:version_sign_off", args=[LGA_MOU, version.number])
    lga = lga_manager.memberships.get().organisation
    as_user(cqc_manager).post(url, {"organisation": lga.pk})
    assert not version.signoffs.exists()


def test_a_draft_is_hidden_from_visitors_but_a_published_version_is_public(
    client, cqc_manager, lga_manager
):
    agreement = Agreement.objects.get(slug=LGA_MOU)
    version = version_create(actor=cqc_manager, agreement=agreement, text="The agreed text.")
    url = reverse("register:version", args=[LGA_MOU, version.number])
    assert client.get(url).status_code == 302  # to sign in
    version_submit(actor=cqc_manager, version=version)
    for user in (cqc_manager, lga_manager):
        version_sign_off(
            actor=user, version=version, organisation=user.memberships.get().organisation
        )
    page = client.get(url).content.decode()
    assert "The agreed text." in page and "cannot be changed" in page
    assert "Edit draft" not in page


def test_adding_a_private_contact_keeps_it_off_the_public_page(as_user, client, cqc_manager, org):
    as_user(cqc_manager).post(
        reverse("register:contact_create", args=[LGA_MOU]),
        {
            "organisation": org("cqc").pk,
            "name": "Private Person",
            "role": "Duty officer",
            "escalation_level": "1",
        },
    )
    assert (
        "Private Person"
        in as_user(cqc_manager).get(reverse("register:agreement", args=[LGA_MOU])).content.decode()
    )
    client.logout()
    assert (
        "Private Person"
        not in client.get(reverse("register:agreement", args=[LGA_MOU])).content.decode()
    )


def test_a_user_creates_an_api_token_and_sees_it_once(as_user, cqc_viewer):
    client = as_user(cqc_viewer)
    page = client.post(reverse("accounts:tokens"), {"name": "script"}).content.decode()
    assert 'id="new-token"' in page and "jw_" in page
    assert 'id="new-token"' not in client.get(reverse("accounts:tokens")).content.decode()


def test_a_refusal_is_explained_on_a_page_in_the_house_style(as_user, ofsted_editor):
    response = as_user(ofsted_editor).get(reverse("register:history", args=[LGA_MOU]))
    assert response.status_code == 403
    assert "You cannot do this" in response.content.decode()


def test_a_manager_adds_a_supporting_party_through_the_page(as_user, cqc_manager, org):
    client = as_user(cqc_manager)
    url = reverse("register:party_add", args=[LGA_MOU])
    response = client.post(url, {"organisation": org("hse").pk, "role": "supporter"})
    assert response.status_code == 302
    party = Agreement.objects.get(slug=LGA_MOU).parties.get(organisation=org("hse"))
    assert party.role == "supporter"
    page = client.get(reverse("register:agreement_parties", args=[LGA_MOU])).content.decode()
    assert "Supporter (does not sign)" in page


def test_adding_a_party_without_choosing_a_body_names_the_field(as_user, cqc_manager):
    response = as_user(cqc_manager).post(
        reverse("register:party_add", args=[LGA_MOU]), {"role": "signatory"}
    )
    assert response.status_code == 400
    assert 'href="#id_organisation"' in response.content.decode()


def test_changing_a_role_while_a_version_awaits_sign_off_is_explained(as_user, cqc_manager):
    agreement = Agreement.objects.get(slug=LGA_MOU)
    version_submit(
        actor=cqc_manager,
        version=version_create(actor=cqc_manager, agreement=agreement, text="1. Meet."),
    )
    response = as_user(cqc_manager).post(
        reverse("register:party_role_edit", args=[LGA_MOU, "lga"]), {"role": "supporter"}
    )
    assert response.status_code == 400
    assert "awaiting sign-off" in response.content.decode()
    assert agreement.parties.get(organisation__slug="lga").role == "signatory"


def test_another_bodys_editor_cannot_add_a_party(as_user, ofsted_editor, org):
    response = as_user(ofsted_editor).post(
        reverse("register:party_add", args=[LGA_MOU]),
        {"organisation": org("ofsted").pk, "role": "signatory"},
    )
    assert response.status_code == 403
    assert not Agreement.objects.get(slug=LGA_MOU).parties.filter(organisation__slug="ofsted")


def test_a_withdrawn_agreement_offers_no_new_draft_and_says_why(as_user, cqc_manager):
    Agreement.objects.filter(slug=LGA_MOU).update(status="withdrawn")
    client = as_user(cqc_manager)
    page = client.get(reverse("register:agreement", args=[LGA_MOU])).content.decode()
    assert "Start a new draft version" not in page
    assert "takes no new versions" in page
    response = client.get(reverse("register:version_create", args=[LGA_MOU]), follow=True)
    assert response.redirect_chain[-1][0] == reverse("register:agreement", args=[LGA_MOU])
    assert "takes no new versions" in response.content.decode()


def test_party_members_see_links_to_the_duties_calendar_and_feed(as_user, client, cqc_viewer):
    url = reverse("register:agreement", args=[LGA_MOU])
    page = as_user(cqc_viewer).get(url).content.decode()
    assert reverse("obligations:calendar", args=[LGA_MOU]) in page
    assert reverse("obligations:dashboard_for", args=["cqc"]) + "#calendar-feed" in page


def test_the_current_section_is_marked_in_the_navigation(as_user, cqc_viewer):
    page = as_user(cqc_viewer).get(reverse("obligations:dashboard")).content.decode()
    assert (
        f'href="{reverse("obligations:dashboard")}" aria-current="page"><strong '
        'class="govuk-service-navigation__active-fallback">Duties</strong>'
    ) in page
    assert page.count("aria-current=") == 1


@pytest.mark.django_db
def test_the_body_filter_offers_only_bodies_that_are_party_to_an_agreement(
    client, builtin_register
):
    page = client.get("/").content.decode()
    assert '<option value="lga"' in page
    # The General Medical Council sits on the forum but is party to no agreement.
    assert '<option value="gmc"' not in page


@pytest.mark.django_db
def test_filtering_by_a_body_lists_only_its_agreements(client, builtin_register):
    page = client.get("/", {"body": "ofsted"}).content.decode()
    assert "1 agreement match" in page
    assert "Memorandum of understanding between CQC and Ofsted" in page
    assert "Local Government Association" not in page.split('id="results"')[1]
