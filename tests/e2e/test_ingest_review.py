"""Upload an agreement, review its candidate duties and confirm one, in a real browser.

Uses the browser fixtures of tests/e2e/conftest.py (``page``, ``live_server``,
``e2e_register``, ``check_accessibility``).
"""

from __future__ import annotations

import re

import pytest

from jointwork.obligations.models import Obligation, ObligationState
from tests.conftest import PASSWORD
from tests.ingest.review_helpers import SMALL_MOU

pytestmark = pytest.mark.e2e


def test_an_uploaded_agreement_is_reviewed_and_a_duty_confirmed(
    page, live_server, e2e_register, check_accessibility, tmp_path
):
    document = tmp_path / "mou.txt"
    document.write_text(SMALL_MOU)
    base = live_server.url
    page.goto(base + "/accounts/login/")
    page.get_by_label("Username").fill("cqc-manager")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(re.compile(r"/home/$"))

    page.goto(base + "/ingest/agreements/cqc-lga-mou-2015/upload/")
    page.get_by_role("button", name="Upload and read").click()  # no file: an error
    page.get_by_role("heading", name="There is a problem").wait_for()
    check_accessibility(page)
    page.get_by_label("Upload the agreement").set_input_files(str(document))
    page.get_by_role("button", name="Upload and read").click()
    page.get_by_role("heading", name="Review version 1").wait_for()
    check_accessibility(page)
    assert page.locator("mark").count() > 0

    page.get_by_role("button", name=re.compile(r"^Confirm duty 1$")).click()
    page.get_by_text(re.compile(r"^Confirmed: ")).wait_for()
    confirmed = Obligation.objects.filter(
        agreement__slug="cqc-lga-mou-2015", state=ObligationState.CONFIRMED
    )
    assert confirmed.count() == 1
