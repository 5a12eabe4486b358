"""Upload an agreement, review its candidate duties and confirm one, in a real browser.

Uses the browser fixtures of tests/e2e/conftest.py (``page``, ``live_server``,
``e2e_register``, ``check_accessibility``).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from jointwork.ingest import services
from jointwork.obligations.models import Obligation, ObligationState
from jointwork.register import services as register
from jointwork.register.models import Agreement
from tests.conftest import PASSWORD
from tests.ingest.review_helpers import SMALL_MOU, SMALL_MOU_CHANGED

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


def _shots(page, name: str) -> None:
    """Desktop and phone screenshots when JOINTWORK_SCREENSHOTS names a folder."""
    folder = os.environ.get("JOINTWORK_SCREENSHOTS")
    if not folder:
        return
    Path(folder).mkdir(parents=True, exist_ok=True)
    for prefix, width in (("d", 1280), ("m", 375)):
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=f"{folder}/{prefix}_{name}.png", full_page=True)
    page.set_viewport_size({"width": 1280, "height": 900})


def test_a_typed_draft_is_extracted_checked_against_its_clause_and_compared(
    page, live_server, e2e_register, sign_in, check_accessibility
):
    agreement = Agreement.objects.get(slug="cqc-lga-mou-2015")
    first = register.version_create(actor=e2e_register["cqc"], agreement=agreement, text=SMALL_MOU)
    typed = register.version_create(
        actor=e2e_register["cqc"], agreement=agreement, text=SMALL_MOU_CHANGED
    )
    services.draft_extract(actor=e2e_register["cqc"], version=first)
    sign_in("cqc-manager")
    page.goto(f"{live_server.url}/ingest/versions/{typed.pk}/review/")
    page.get_by_role("button", name="Extract clauses and duties from this text").click()
    page.get_by_text(re.compile(r"clauses and \d+ duties to review were found")).wait_for()
    check_accessibility(page)
    # A duty's clause link lands on the clause, which says what each mark is.
    card = page.locator(".jw-duty", has_text="Notice before publication").first
    card.get_by_role("link", name=re.compile(r"^Show in the text: 2\.?")).click()
    assert page.url.endswith("#clause-2")
    clause = page.locator("#clause-2")
    assert clause.locator("mark").count() > 0
    assert "offset" in clause.locator(".jw-mark__label").all_inner_texts().__str__()
    assert "§" not in page.locator("#clauses").locator("..").inner_text()
    _shots(page, "review_extracted")

    page.get_by_role("link", name=re.compile(r"What changed since version 1")).click()
    page.get_by_role("heading", name=re.compile(r"What changed from version 1")).wait_for()
    check_accessibility(page)
    assert page.locator("ins.jw-diff__ins", has_text="five working days").count() == 1
    assert page.locator("del.jw-diff__del", has_text="48 hours").count() == 1
    _shots(page, "changes")
    page.set_viewport_size({"width": 375, "height": 800})
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 375, f"the changes page is {width}px wide on a 375px phone"
