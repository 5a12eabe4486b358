"""From the public register to a published version, in a real browser."""

from __future__ import annotations

import re

import pytest

from jointwork.register.models import AgreementVersion, VersionState

pytestmark = pytest.mark.e2e

TITLE = "Memorandum of understanding between CQC and the Local Government Association"


def test_a_draft_version_is_published_after_both_parties_sign_it_off(
    page, live_server, e2e_register, check_accessibility, sign_in, sign_out
):
    base = live_server.url
    page.goto(base + "/")
    page.get_by_label("Body").select_option(label="Local Government Association")
    page.get_by_role("button", name="Apply filters").click()
    page.get_by_text(re.compile(r"agreements? match")).wait_for()
    page.get_by_role("link", name=TITLE).click()
    page.wait_for_url(re.compile(r"/agreements/cqc-lga-mou-2015/$"))

    sign_in("cqc-manager")
    page.goto(base + "/agreements/cqc-lga-mou-2015/")
    page.get_by_role("link", name="Start a new draft version").click()
    page.get_by_role("button", name="Save draft").click()  # no text yet: an error
    page.get_by_role("heading", name="There is a problem").wait_for()
    check_accessibility(page)
    page.get_by_label("Label (optional)").fill("2026 review")
    page.get_by_label("Text of the agreement").fill("1. The parties will meet every quarter.")
    page.get_by_role("button", name="Save draft").click()
    page.get_by_role("button", name="Send for sign-off").click()
    page.get_by_role("button", name="Sign off for CQC").click()
    page.get_by_text("Signed off for CQC.").wait_for()
    check_accessibility(page)
    sign_out()

    sign_in("lga-manager")
    page.get_by_role("link", name=re.compile(r"version 1$")).click()
    page.get_by_role("button", name="Sign off for LGA").click()
    page.get_by_text("version 1 is published").wait_for()
    assert page.locator(".govuk-tag", has_text="Published").count() == 1
    version = AgreementVersion.objects.get(agreement__slug="cqc-lga-mou-2015", number=1)
    assert version.state == VersionState.PUBLISHED
    assert version.text == "1. The parties will meet every quarter."
