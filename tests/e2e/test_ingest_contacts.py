"""The contacts a document names, listed on its review page and added to the register, in a
real browser (fixtures from tests/e2e/conftest.py)."""

from __future__ import annotations

import re

import pytest

from jointwork.ingest import services
from jointwork.ingest.pipeline import parse_document
from jointwork.register.models import Agreement, Contact
from tests.ingest.review_helpers import SMALL_MOU

pytestmark = pytest.mark.e2e

ANNEX = (
    "\nAnnex A: Contacts\n\n"
    "Organisation\tName\tRole\tEmail\n"
    "CQC\tAnn Lee\tHead of Policy\tann.lee@cqc.org.uk\n"
    "Towards Excellence\tSam Smith\t\tsam@example.org\n"
)


def test_a_contact_found_in_the_document_is_added_from_the_review_page(
    page, live_server, e2e_register, sign_in, check_accessibility
):
    agreement = Agreement.objects.get(slug="cqc-lga-mou-2015")
    parsed = parse_document((SMALL_MOU + ANNEX).encode(), "mou.txt")
    version = services.draft_save(
        actor=e2e_register["cqc"],
        agreement=agreement,
        document=parsed.to_json(),
        text=parsed.text,
        source_name="mou.txt",
    ).version
    sign_in("cqc-manager")
    page.goto(f"{live_server.url}/ingest/versions/{version.pk}/review/")
    page.get_by_role("heading", name="Contacts found in the document").wait_for()
    # Sam Smith's organisation matched no party and the document gives no role: both asked for
    assert page.get_by_label("Organisation of contact 2").is_visible()
    assert page.get_by_label("Role of contact 2").is_visible()
    check_accessibility(page)

    page.get_by_role("button", name=re.compile(r"contacts\W+contact 1$")).click()
    page.get_by_text(re.compile(r"^Added to this agreement's contacts: Ann Lee")).wait_for()
    card = page.locator(".govuk-summary-card", has_text="Contact 1: Ann Lee")
    assert card.get_by_text("Already in the register", exact=True).is_visible()
    check_accessibility(page)
    assert Contact.objects.filter(agreement=agreement, email="ann.lee@cqc.org.uk").count() == 1
