"""Contacts a document names: stored with its draft, listed on the review page, added to the
register by someone who may change the agreement (ingest/contact_services.py)."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from jointwork.audit.models import AuditEvent
from jointwork.ingest import services
from jointwork.ingest.contact_services import contact_candidate_add
from jointwork.ingest.models import ContactCandidate
from jointwork.ingest.pipeline import parse_document
from jointwork.register.models import Agreement, AgreementVersion, Contact, EscalationLevel
from tests.conftest import PASSWORD, seed_path
from tests.ingest.review_helpers import SMALL_MOU

pytestmark = pytest.mark.django_db

SLUG = "cqc-lga-mou-2015"
ANNEX = (
    "\nAnnex A: Contacts\n\n"
    "Organisation\tName\tRole\tEmail\tTelephone\n"
    "CQC\tAnn Lee\tHead of Policy\tann.lee@cqc.org.uk\t03000 616161\n"
    "LGA\tRaj Patel\t\traj.patel@local.gov.uk\t020 7664 3000\n"
    "Towards Excellence\tSam Smith\tCase Officer\tsam@example.org\t\n"
)


@pytest.fixture
def agreement(builtin_register) -> Agreement:
    return Agreement.objects.get(slug=SLUG)


def _draft(actor, agreement, text: str = SMALL_MOU + ANNEX) -> AgreementVersion:
    parsed = parse_document(text.encode(), "mou.txt")
    return services.draft_save(
        actor=actor,
        agreement=agreement,
        document=parsed.to_json(),
        text=parsed.text,
        source_name="mou.txt",
    ).version


def _found(version: AgreementVersion, name: str) -> ContactCandidate:
    return ContactCandidate.objects.get(version=version, name=name)


def test_the_contacts_a_document_names_are_stored_with_its_draft(cqc_manager, agreement):
    version = _draft(cqc_manager, agreement)
    rows = list(ContactCandidate.objects.filter(version=version))
    assert [(c.name, c.role, c.organisation_name) for c in rows] == [
        ("Ann Lee", "Head of Policy", "Care Quality Commission"),
        ("Raj Patel", "", "Local Government Association"),
        ("Sam Smith", "Case Officer", "Towards Excellence"),
    ]
    assert [c.organisation.slug if c.organisation else None for c in rows] == ["cqc", "lga", None]
    ann = rows[0]
    assert ann.escalation_level == EscalationLevel.MANAGERS
    start, end = ann.spans["email"]
    assert version.text[start:end] == "ann.lee@cqc.org.uk"


def test_adding_a_contact_creates_an_audited_register_contact(cqc_manager, agreement):
    version = _draft(cqc_manager, agreement)
    contact = contact_candidate_add(actor=cqc_manager, candidate=_found(version, "Ann Lee"))
    assert (contact.agreement, contact.organisation.slug) == (agreement, "cqc")
    assert (contact.name, contact.role, contact.email, contact.phone) == (
        "Ann Lee",
        "Head of Policy",
        "ann.lee@cqc.org.uk",
        "03000 616161",
    )
    assert contact.escalation_level == EscalationLevel.MANAGERS and not contact.is_public
    event = AuditEvent.objects.get(event="contact.create", target_id=str(contact.pk))
    assert event.actor == cqc_manager


def test_a_viewer_cannot_add_a_contact(cqc_manager, cqc_viewer, agreement):
    version = _draft(cqc_manager, agreement)
    before = Contact.objects.count()
    with pytest.raises(PermissionDenied):
        contact_candidate_add(actor=cqc_viewer, candidate=_found(version, "Ann Lee"))
    assert Contact.objects.count() == before


def test_a_contact_already_in_the_register_is_not_added_twice(cqc_manager, agreement):
    version = _draft(cqc_manager, agreement)
    contact_candidate_add(actor=cqc_manager, candidate=_found(version, "Ann Lee"))
    before = Contact.objects.count()
    with pytest.raises(ValidationError, match="already in the register"):
        contact_candidate_add(actor=cqc_manager, candidate=_found(version, "Ann Lee"))
    assert Contact.objects.count() == before


def test_a_contact_without_a_role_needs_one_from_the_reviewer(cqc_manager, agreement):
    version = _draft(cqc_manager, agreement)
    raj = _found(version, "Raj Patel")
    with pytest.raises(ValidationError, match="role"):
        contact_candidate_add(actor=cqc_manager, candidate=raj)
    contact = contact_candidate_add(actor=cqc_manager, candidate=raj, role="Policy adviser")
    assert (contact.role, contact.organisation.slug) == ("Policy adviser", "lga")


def test_a_contact_whose_body_matched_no_party_needs_one_chosen(cqc_manager, agreement, org):
    version = _draft(cqc_manager, agreement)
    sam = _found(version, "Sam Smith")
    with pytest.raises(ValidationError, match="organisation"):
        contact_candidate_add(actor=cqc_manager, candidate=sam)
    with pytest.raises(ValidationError, match="not a party"):
        contact_candidate_add(actor=cqc_manager, candidate=sam, organisation=org("ofsted"))
    contact = contact_candidate_add(actor=cqc_manager, candidate=sam, organisation=org("lga"))
    assert contact.organisation.slug == "lga"


def test_extracting_a_draft_again_replaces_its_contacts_found(cqc_manager, agreement):
    version = _draft(cqc_manager, agreement)
    version.text = version.text.replace("Ann Lee", "Ann Leigh")
    version.save()
    services.draft_extract(actor=cqc_manager, version=version)
    names = list(ContactCandidate.objects.filter(version=version).values_list("name", flat=True))
    assert names == ["Ann Leigh", "Raj Patel", "Sam Smith"]


# ---- the review page ---------------------------------------------------------------------


def _signed_in(client, user):
    assert client.login(username=user.get_username(), password=PASSWORD)
    return client


def test_the_review_page_lists_the_contacts_found_with_an_add_button(
    client, cqc_manager, agreement
):
    version = _draft(cqc_manager, agreement)
    html = _signed_in(client, cqc_manager).get(reverse("ingest:review", args=[version.pk]))
    page = html.content.decode()
    assert 'id="contacts">Contacts found in the document</h2>' in page
    assert "Contact 1: Ann Lee" in page and "ann.lee@cqc.org.uk" in page
    assert page.count("Add to this agreement's contacts") == 3
    add = reverse("ingest:contact_add", args=[_found(version, "Ann Lee").pk])
    assert f'action="{add}"' in page
    assert 'for="contact-role-' in page  # Raj Patel's role is asked for, with a label
    assert 'for="contact-organisation-' in page  # so is Sam Smith's organisation
    assert 'title="contact 1: email"' in page  # the e-mail is marked in the clause text


def test_posting_add_creates_the_contact_and_the_page_then_says_it_is_in_the_register(
    client, cqc_manager, agreement
):
    version = _draft(cqc_manager, agreement)
    ann = _found(version, "Ann Lee")
    response = _signed_in(client, cqc_manager).post(reverse("ingest:contact_add", args=[ann.pk]))
    assert response.status_code == 302 and response["Location"].endswith(f"#contact-{ann.pk}")
    assert Contact.objects.filter(agreement=agreement, email="ann.lee@cqc.org.uk").count() == 1
    page = client.get(reverse("ingest:review", args=[version.pk])).content.decode()
    assert "Already in the register" in page
    assert page.count("Add to this agreement's contacts") == 2


def test_a_viewer_sees_the_contacts_but_gets_403_when_adding(
    client, cqc_manager, cqc_viewer, agreement
):
    version = _draft(cqc_manager, agreement)
    _signed_in(client, cqc_viewer)
    page = client.get(reverse("ingest:review", args=[version.pk])).content.decode()
    assert "Contact 1: Ann Lee" in page and "Add to this agreement" not in page
    ann = _found(version, "Ann Lee")
    assert client.post(reverse("ingest:contact_add", args=[ann.pk])).status_code == 403
    assert not Contact.objects.filter(email="ann.lee@cqc.org.uk").exists()


def test_adding_is_a_post_only_action(client, cqc_manager, agreement):
    version = _draft(cqc_manager, agreement)
    ann = _found(version, "Ann Lee")
    _signed_in(client, cqc_manager)
    assert client.get(reverse("ingest:contact_add", args=[ann.pk])).status_code == 405


def test_seed_001s_contacts_are_shown_as_already_in_the_built_in_register(
    client, cqc_manager, agreement
):
    version = _draft(cqc_manager, agreement, seed_path(1).read_text())
    page = _signed_in(client, cqc_manager).get(reverse("ingest:review", args=[version.pk]))
    html = page.content.decode()
    assert html.count("Already in the register</strong>") == 4
    assert "Add to this agreement's contacts" not in html
