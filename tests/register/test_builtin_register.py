"""The built-in register must hold everything seed 004 lists, plus seeds 000–003."""

import re

import pytest

from jointwork.audit.models import AuditEvent
from jointwork.register.loader import load_register
from jointwork.register.models import Agreement, Forum
from tests.conftest import seed_path

# Seed 004's sections, as (agreement slug, status) the page gives them.
SEED_004_LISTED = {
    "cqc-ukba-mou": "in_development",
    "cqc-hse-mou": "current",
    "cqc-nhs-england-mou": "current",
    "cqc-nhs-tda-mou": "current",
    "cqc-hmic-jwp": "proposed",
    "cqc-hpa-jwp": "proposed",
    "cqc-nice-jwp": "proposed",
    "cqc-hscic-isa": "current",
    "cqc-nhs-england-isa": "current",
    "cqc-ons-isa": "current",
    "cqc-dr-foster-isa": "current",
}


@pytest.mark.django_db
def test_every_agreement_seed_004_lists_is_present_with_its_status(builtin_register):
    found = dict(Agreement.objects.values_list("slug", "status"))
    for slug, status in SEED_004_LISTED.items():
        assert found.get(slug) == status, slug


@pytest.mark.django_db
def test_every_body_seed_004_names_is_a_party_or_forum_member(builtin_register):
    text = seed_path(4).read_text(encoding="utf-8")
    names = set(Agreement.objects.values_list("parties__organisation__name", flat=True))
    forum = Forum.objects.get()
    names |= {m.organisation.name for m in forum.members.select_related("organisation")}
    for listed in re.findall(r"^\s*•\s*(.+?)\.?\s*$", text, flags=re.M):
        listed = re.sub(r"\s*\(.*\)$", "", listed)  # "Care Quality Commission (current Chair…)"
        if listed.startswith(("what ", "how ", "commitments", "regulate", "ensure")):
            continue  # bullets describing protocols, not bodies
        listed = listed.replace("&", "and").replace(
            "Local Government Ombudsman", "Local Government and Social Care Ombudsman"
        )
        assert any(listed.lower() in n.lower() for n in names), listed


@pytest.mark.django_db
def test_the_forum_has_ten_members_meets_three_times_a_year_and_has_a_minuted_meeting(
    builtin_register,
):
    forum = Forum.objects.get()
    assert forum.members.count() == 10
    assert forum.meetings_per_year == 3
    minuted = forum.meetings.get(held_on="2014-01-13")
    assert minuted.agenda and minuted.action_note


@pytest.mark.django_db
def test_the_four_seed_agreements_have_their_parties_and_dates(builtin_register):
    expected = {
        "cqc-hse-la-liaison-2015": ({"cqc", "hse", "local-authorities"}, "2015-04-01"),
        "cqc-lga-mou-2015": ({"cqc", "lga"}, "2015-02-01"),
        "cqc-lgsco-mou-2024": ({"cqc", "lgsco"}, "2024-07-10"),
        "cqc-ofsted-mou-2011": ({"cqc", "ofsted"}, "2011-09-01"),
    }
    for slug, (parties, in_force) in expected.items():
        agreement = Agreement.objects.get(slug=slug)
        assert {p.organisation.slug for p in agreement.parties.all()} == parties
        assert str(agreement.in_force_on) == in_force
        assert agreement.review_rule


@pytest.mark.django_db
def test_loading_twice_changes_nothing_and_audits_nothing_more(builtin_register):
    events = AuditEvent.objects.count()
    report = load_register()
    assert report.created == [] and report.updated == []
    assert AuditEvent.objects.count() == events


@pytest.mark.django_db
def test_each_agreements_history_starts_with_its_own_load(builtin_register):
    for agreement in Agreement.objects.all():
        assert AuditEvent.objects.filter(agreement=agreement, event="agreement.load").exists()


@pytest.mark.django_db
def test_reloading_keeps_what_a_person_changed_since_loading(builtin_register, cqc_manager):
    from jointwork.register.services import agreement_update

    agreement = Agreement.objects.get(slug="cqc-lga-mou-2015")
    agreement_update(actor=cqc_manager, agreement=agreement, summary="Our own summary.")
    Agreement.objects.filter(slug="cqc-ons-isa").update(summary="Changed behind the loader.")

    report = load_register()

    assert Agreement.objects.get(slug="cqc-lga-mou-2015").summary == "Our own summary."
    assert "agreement cqc-lga-mou-2015" in report.kept
    # A row nobody edited through the app is refreshed from the file.
    assert Agreement.objects.get(slug="cqc-ons-isa").summary != "Changed behind the loader."
    assert "agreement cqc-ons-isa" in report.updated
