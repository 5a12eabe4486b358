"""Parties join and change role (never removed); a first all-party signature makes an agreement
current; ended agreements take no new drafts."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.core.exceptions import PermissionDenied, ValidationError

from jointwork.audit.models import AuditEvent
from jointwork.register.models import SIGNATORY, SUPPORTER, Agreement, Party, VersionState
from jointwork.register.services import (
    agreement_create,
    agreement_update,
    agreement_withdraw,
    outstanding_signoffs,
    party_add,
    party_change_role,
    version_create,
    version_sign_off,
    version_submit,
)

LGA_MOU = "cqc-lga-mou-2015"


@pytest.fixture
def mou(builtin_register) -> Agreement:
    return Agreement.objects.get(slug=LGA_MOU)


def _sign_all(version, *users):
    for user in users:
        organisation = user.memberships.get().organisation
        version = version_sign_off(actor=user, version=version, organisation=organisation)
    return version


def test_an_added_signatory_must_sign_the_next_version(mou, cqc_manager, org):
    party_add(actor=cqc_manager, agreement=mou, organisation=org("hse"))
    version = version_submit(
        actor=cqc_manager, version=version_create(actor=cqc_manager, agreement=mou, text="1. Meet.")
    )
    assert org("hse") in outstanding_signoffs(version)


def test_adding_a_party_is_audited_with_the_parties_before_and_after(mou, cqc_manager, org):
    party_add(actor=cqc_manager, agreement=mou, organisation=org("hse"), role=SUPPORTER)
    event = AuditEvent.objects.get(event="party.add")
    assert "hse" not in event.before["parties"] and "hse" in event.after["parties"]
    assert event.actor == cqc_manager and event.agreement_id == mou.pk


def test_a_body_already_party_cannot_be_added_again(mou, cqc_manager, org):
    with pytest.raises(ValidationError, match="already a party"):
        party_add(actor=cqc_manager, agreement=mou, organisation=org("lga"))
    assert mou.parties.count() == 2


def test_an_unknown_role_is_refused_naming_the_choices(mou, cqc_manager, org):
    with pytest.raises(ValidationError, match="signatory, supporter"):
        party_add(actor=cqc_manager, agreement=mou, organisation=org("hse"), role="observer")
    assert not mou.parties.filter(organisation=org("hse")).exists()


def test_a_user_of_another_body_cannot_add_a_party(mou, ofsted_editor, org):
    with pytest.raises(PermissionDenied):
        party_add(actor=ofsted_editor, agreement=mou, organisation=org("ofsted"))
    assert not mou.parties.filter(organisation=org("ofsted")).exists()


def test_a_supporter_is_not_asked_to_sign_and_the_change_is_audited(mou, cqc_manager, org):
    party = mou.parties.get(organisation=org("lga"))
    party_change_role(actor=cqc_manager, party=party, role=SUPPORTER)
    version = version_submit(
        actor=cqc_manager, version=version_create(actor=cqc_manager, agreement=mou, text="1. Meet.")
    )
    assert outstanding_signoffs(version) == [org("cqc")]
    event = AuditEvent.objects.get(event="party.change_role")
    assert (event.before["role"], event.after["role"]) == (SIGNATORY, SUPPORTER)


def test_the_last_signatory_cannot_become_a_supporter(mou, cqc_manager, org):
    party_change_role(
        actor=cqc_manager, party=mou.parties.get(organisation=org("lga")), role=SUPPORTER
    )
    with pytest.raises(ValidationError, match="at least one signatory"):
        party_change_role(
            actor=cqc_manager, party=mou.parties.get(organisation=org("cqc")), role=SUPPORTER
        )
    assert mou.parties.get(organisation=org("cqc")).role == SIGNATORY


def test_parties_are_fixed_while_a_version_awaits_sign_off(mou, cqc_manager, org):
    version_submit(
        actor=cqc_manager, version=version_create(actor=cqc_manager, agreement=mou, text="1. Meet.")
    )
    with pytest.raises(ValidationError, match="awaiting sign-off"):
        party_add(actor=cqc_manager, agreement=mou, organisation=org("hse"))
    with pytest.raises(ValidationError, match="awaiting sign-off"):
        party_change_role(
            actor=cqc_manager, party=mou.parties.get(organisation=org("lga")), role=SUPPORTER
        )


def test_a_withdrawn_agreement_keeps_its_parties(mou, cqc_manager, org):
    agreement_withdraw(actor=cqc_manager, agreement=mou, reason="Ended")
    with pytest.raises(ValidationError, match="withdrawn"):
        party_add(actor=cqc_manager, agreement=mou, organisation=org("hse"))


@pytest.fixture
def proposed(cqc_manager, org) -> Agreement:
    return agreement_create(
        actor=cqc_manager,
        slug="cqc-lga-data-protocol",
        title="CQC–LGA data protocol",
        kind="jwp",
        status="proposed",
        parties=[org("cqc"), org("lga")],
    )


@time_machine.travel(dt.datetime(2026, 3, 2, 10, tzinfo=dt.UTC), tick=False)
def test_the_first_text_every_party_signs_makes_a_proposed_agreement_current(
    proposed, cqc_manager, lga_manager
):
    version = version_create(actor=cqc_manager, agreement=proposed, text="1. Share data.")
    version = _sign_all(
        version_submit(actor=cqc_manager, version=version), cqc_manager, lga_manager
    )
    assert version.state == VersionState.PUBLISHED
    proposed.refresh_from_db()
    assert proposed.status == "current"
    assert proposed.signed_on == dt.date(2026, 3, 2) and proposed.in_force_on == dt.date(2026, 3, 2)
    event = AuditEvent.objects.filter(event="agreement.update", agreement=proposed).latest("pk")
    assert (event.before["status"], event.after["status"]) == ("proposed", "current")


def test_a_recorded_in_force_date_is_kept_when_the_agreement_is_signed(
    proposed, cqc_manager, lga_manager
):
    agreement_update(actor=cqc_manager, agreement=proposed, in_force_on=dt.date(2030, 1, 1))
    version = version_create(actor=cqc_manager, agreement=proposed, text="1. Share data.")
    _sign_all(version_submit(actor=cqc_manager, version=version), cqc_manager, lga_manager)
    proposed.refresh_from_db()
    assert proposed.status == "current" and proposed.in_force_on == dt.date(2030, 1, 1)


def test_publishing_a_new_version_of_a_current_agreement_keeps_its_signed_date(
    mou, cqc_manager, lga_manager
):
    signed_on = mou.signed_on
    version = version_create(actor=cqc_manager, agreement=mou, text="1. Meet.")
    _sign_all(version_submit(actor=cqc_manager, version=version), cqc_manager, lga_manager)
    mou.refresh_from_db()
    assert mou.status == "current" and mou.signed_on == signed_on


@pytest.mark.parametrize("end", ["withdraw", "supersede"])
def test_an_ended_agreement_takes_no_new_draft(mou, cqc_manager, org, end):
    if end == "withdraw":
        agreement_withdraw(actor=cqc_manager, agreement=mou, reason="Ended")
    else:
        Agreement.objects.filter(pk=mou.pk).update(status="superseded")
    with pytest.raises(ValidationError, match="takes no new versions"):
        version_create(actor=cqc_manager, agreement=mou, text="1. Meet.")
    assert not mou.versions.exists()


def test_the_party_list_is_never_shortened_by_a_role_change(mou, cqc_manager, org):
    party_change_role(
        actor=cqc_manager, party=mou.parties.get(organisation=org("lga")), role=SUPPORTER
    )
    assert Party.objects.filter(agreement=mou).count() == 2
