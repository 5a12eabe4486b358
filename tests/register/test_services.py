"""Register services: all-party sign-off, immutable published text, atomic writes, audit rows."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from jointwork.accounts.models import Organisation
from jointwork.audit.models import AuditEvent
from jointwork.register.models import Agreement, AgreementVersion, Party, VersionState
from jointwork.register.services import (
    ClauseInput,
    agreement_create,
    agreement_supersede,
    agreement_update,
    agreement_withdraw,
    contact_create,
    contact_update,
    outstanding_signoffs,
    version_create,
    version_sign_off,
    version_submit,
    version_update,
)

LGA_MOU = "cqc-lga-mou-2015"


@pytest.fixture
def mou(builtin_register) -> Agreement:
    return Agreement.objects.get(slug=LGA_MOU)


@pytest.fixture
def submitted(mou, cqc_manager) -> AgreementVersion:
    version = version_create(actor=cqc_manager, agreement=mou, text="1. The parties meet.")
    return version_submit(actor=cqc_manager, version=version)


def _sign(user, version):
    organisation = user.memberships.get().organisation
    return version_sign_off(actor=user, version=version, organisation=organisation)


def test_one_partys_sign_off_leaves_the_version_awaiting_the_other(submitted, cqc_manager, org):
    version = _sign(cqc_manager, submitted)
    assert version.state == VersionState.AWAITING_SIGNOFF
    assert outstanding_signoffs(version) == [org("lga")]


def test_the_version_is_published_when_every_party_has_signed(submitted, cqc_manager, lga_manager):
    _sign(cqc_manager, submitted)
    version = _sign(lga_manager, submitted)
    assert version.state == VersionState.PUBLISHED and version.published_at is not None
    assert AuditEvent.objects.filter(target_id=str(version.pk), event="version.publish").exists()


def test_publishing_supersedes_the_previously_published_version(
    mou, submitted, cqc_manager, lga_manager
):
    _sign(cqc_manager, submitted)
    _sign(lga_manager, submitted)
    second = version_submit(
        actor=cqc_manager, version=version_create(actor=cqc_manager, agreement=mou, text="2.")
    )
    _sign(cqc_manager, second)
    _sign(lga_manager, second)
    submitted.refresh_from_db()
    assert submitted.state == VersionState.SUPERSEDED


def test_a_party_that_is_not_a_signatory_is_not_waited_for(mou, submitted, cqc_manager):
    Party.objects.filter(agreement=mou, organisation__slug="lga").update(role="supporter")
    assert _sign(cqc_manager, submitted).state == VersionState.PUBLISHED


def test_signing_off_twice_for_the_same_body_is_refused(submitted, cqc_manager, make_user):
    _sign(cqc_manager, submitted)
    colleague = make_user("cqc-manager-2", "cqc", "agreement_manager")
    with pytest.raises(ValidationError, match="already signed off"):
        _sign(colleague, submitted)
    assert submitted.signoffs.count() == 1


def test_a_draft_cannot_be_signed_off(mou, cqc_manager):
    draft = version_create(actor=cqc_manager, agreement=mou, text="Draft")
    with pytest.raises(ValidationError, match="not awaiting sign-off"):
        _sign(cqc_manager, draft)


def test_a_body_that_is_not_a_party_cannot_sign_off(submitted, make_user):
    outsider = make_user("ofsted-manager", "ofsted", "agreement_manager")
    with pytest.raises(ValidationError, match="not a party"):
        _sign(outsider, submitted)


def test_a_published_version_cannot_be_edited(submitted, cqc_manager, lga_manager):
    _sign(cqc_manager, submitted)
    _sign(lga_manager, submitted)
    with pytest.raises(ValidationError, match="cannot be edited"):
        version_update(actor=cqc_manager, version=submitted, text="Rewritten")
    stored = AgreementVersion.objects.get(pk=submitted.pk)
    assert stored.text == "1. The parties meet."
    stored.text = "Rewritten behind the service's back"
    with pytest.raises(ValidationError, match="cannot be changed"):
        stored.full_clean()


def test_a_version_awaiting_sign_off_is_frozen(submitted, cqc_manager):
    with pytest.raises(ValidationError, match="cannot be edited"):
        version_update(actor=cqc_manager, version=submitted, label="late change")


def test_an_empty_draft_cannot_be_sent_for_sign_off(mou, cqc_manager):
    draft = version_create(actor=cqc_manager, agreement=mou, text="   ")
    with pytest.raises(ValidationError) as error:
        version_submit(actor=cqc_manager, version=draft)
    assert "text" in error.value.message_dict


def test_a_failed_agreement_create_leaves_no_agreement_and_no_audit_rows(cqc_manager, org):
    events = AuditEvent.objects.count()
    ghost = Organisation(slug="ghost", name="Not saved", kind="other")  # never saved: no pk
    with pytest.raises(ValueError):
        agreement_create(
            actor=cqc_manager,
            slug="half-saved",
            title="Half saved",
            kind="mou",
            status="proposed",
            parties=[org("cqc"), ghost],
        )
    assert not Agreement.objects.filter(slug="half-saved").exists()
    assert not Party.objects.filter(agreement__slug="half-saved").exists()
    assert AuditEvent.objects.count() == events


def test_a_failed_version_create_leaves_no_version_and_no_audit_rows(mou, cqc_manager):
    events = AuditEvent.objects.count()
    clauses = [ClauseInput(path="1", text="a"), ClauseInput(path="1", text="b")]
    with pytest.raises(ValidationError, match="appears twice"):
        version_create(actor=cqc_manager, agreement=mou, text="t", clauses=clauses)
    assert not mou.versions.exists()
    assert AuditEvent.objects.count() == events


def test_creating_an_agreement_for_other_bodies_only_is_refused(cqc_manager, org):
    with pytest.raises(ValidationError) as error:
        agreement_create(
            actor=cqc_manager,
            slug="hse-ofsted",
            title="HSE and Ofsted",
            kind="mou",
            status="proposed",
            parties=[org("hse"), org("ofsted")],
        )
    assert "parties" in error.value.message_dict


def test_a_body_listed_twice_is_refused(cqc_manager, org):
    with pytest.raises(ValidationError, match="more than once"):
        agreement_create(
            actor=cqc_manager,
            slug="dup",
            title="Dup",
            kind="mou",
            status="proposed",
            parties=[org("cqc"), org("cqc"), org("lga")],
        )


def test_a_taken_slug_is_reported_on_the_slug_field(cqc_manager, org):
    with pytest.raises(ValidationError) as error:
        agreement_create(
            actor=cqc_manager,
            slug=LGA_MOU,
            title="Again",
            kind="mou",
            status="proposed",
            parties=[org("cqc"), org("lga")],
        )
    assert "slug" in error.value.message_dict


def test_an_update_records_the_values_before_and_after(mou, cqc_manager):
    agreement_update(actor=cqc_manager, agreement=mou, status="under_review")
    event = AuditEvent.objects.filter(event="agreement.update").latest("id")
    assert ("status", "current", "under_review") in event.changes
    assert event.actor == cqc_manager


def test_withdrawing_through_an_update_is_refused(mou, cqc_manager):
    with pytest.raises(ValidationError, match="its own action"):
        agreement_update(actor=cqc_manager, agreement=mou, status="withdrawn")


def test_withdrawing_keeps_the_agreement_and_records_the_reason(mou, cqc_manager):
    agreement_withdraw(actor=cqc_manager, agreement=mou, reason="Replaced by a national MoU")
    mou.refresh_from_db()
    assert mou.status == "withdrawn"
    assert AuditEvent.objects.get(event="agreement.withdraw").note == "Replaced by a national MoU"
    with pytest.raises(ValidationError, match="already withdrawn"):
        agreement_withdraw(actor=cqc_manager, agreement=mou, reason="again")


def test_superseding_links_the_successor(mou, cqc_manager, org):
    successor = agreement_create(
        actor=cqc_manager,
        slug="cqc-lga-mou-2026",
        title="CQC–LGA MoU 2026",
        kind="mou",
        status="in_development",
        parties=[org("cqc"), org("lga")],
    )
    agreement_supersede(actor=cqc_manager, agreement=mou, successor=successor)
    mou.refresh_from_db()
    successor.refresh_from_db()
    assert mou.status == "superseded" and successor.supersedes == mou


def test_superseding_by_an_agreement_one_cannot_change_is_refused(mou, cqc_manager):
    other = Agreement.objects.get(slug="cqc-ofsted-mou-2011")
    Party.objects.filter(agreement=other, organisation__slug="cqc").delete()
    with pytest.raises(PermissionDenied):
        agreement_supersede(actor=cqc_manager, agreement=mou, successor=other)
    mou.refresh_from_db()
    assert mou.status == "current"


def test_a_contact_change_is_audited_with_before_and_after(mou, cqc_manager, org):
    contact = contact_create(
        actor=cqc_manager, agreement=mou, organisation=org("cqc"), role="Duty desk"
    )
    contact_update(actor=cqc_manager, contact=contact, is_public=True, escalation_level=2)
    event = AuditEvent.objects.get(event="contact.update")
    assert ("is_public", False, True) in event.changes
    assert ("escalation_level", 1, 2) in event.changes


def test_a_contact_for_a_body_that_is_not_a_party_is_refused(mou, cqc_manager, org):
    with pytest.raises(ValidationError, match="not a party"):
        contact_create(actor=cqc_manager, agreement=mou, organisation=org("hse"), role="X")


def test_a_slug_that_names_a_register_page_is_refused(cqc_manager, org):
    with pytest.raises(ValidationError) as error:
        agreement_create(
            actor=cqc_manager,
            slug="new",
            title="New",
            kind="mou",
            status="proposed",
            parties=[org("cqc"), org("lga")],
        )
    assert "slug" in error.value.message_dict
