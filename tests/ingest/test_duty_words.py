"""The review page's duty cards and edit form speak plain words (obligations.describe)."""

from __future__ import annotations

import pytest

from jointwork.ingest import services
from jointwork.ingest.forms import CandidateForm
from jointwork.register.models import Agreement
from tests.conftest import PASSWORD
from tests.ingest.review_helpers import DOCUMENT, TEXT

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft(builtin_register, cqc_manager):
    agreement = Agreement.objects.get(slug="cqc-lga-mou-2015")
    return services.draft_save(
        actor=cqc_manager, agreement=agreement, document=DOCUMENT, text=TEXT, source_name="s.txt"
    )


def test_the_review_page_says_when_a_duty_falls_due_in_words(client, draft, cqc_manager):
    client.login(username="cqc-manager", password=PASSWORD)
    page = client.get(f"/ingest/versions/{draft.version.pk}/review/").content.decode()
    assert "48 hours before a planned publication" in page
    assert "-PT48H</code>" not in page and "from publication" not in page


def test_the_edit_form_offers_only_the_agreements_parties(draft):
    form = CandidateForm(version=draft.version)
    assert {o.slug for o in form.fields["bearers"].queryset} == {"cqc", "lga"}
    assert {o.slug for o in form.fields["counterparties"].queryset} == {"cqc", "lga"}


def test_the_edit_form_explains_the_expert_fields_with_examples(draft):
    form = CandidateForm(version=draft.version)
    for name in ("rrule", "trigger_offset"):
        assert "RFC 5545" not in form.fields[name].label
        assert "ISO 8601" not in form.fields[name].help_text
    assert "every 3 months" in form.fields["rrule"].help_text
    assert "48 hours before" in form.fields["trigger_offset"].help_text
