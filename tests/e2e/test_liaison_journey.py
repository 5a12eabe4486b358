"""A CQC editor records an incident through the facts form, sees the lead and its cited reasons,
accepts the lead and finds the notification due items; every liaison page passes axe."""

from __future__ import annotations

import re

import pytest

from jointwork.accounts.models import Role
from jointwork.obligations.loader import load_obligations

pytestmark = pytest.mark.e2e

ANSWERS = {
    "Is the provider registered with CQC?": "Yes",
    "Who was harmed?": "A patient or person using the service",
    "Where did it happen?": "Care home with nursing",
    "What was the outcome?": "Serious injury",
    "Is a serious criminal offence suspected?": "Yes",
    "Do specific health and safety regulations apply?": "None of these",
    "Is the provider a public body?": "No",
}


@pytest.fixture
def liaison_register(transactional_db, builtin_register, make_user):
    load_obligations()
    return make_user("cqc-editor", "cqc", Role.EDITOR)


def test_a_cqc_editor_records_an_incident_accepts_the_lead_and_sees_whom_to_tell(
    page, live_server, sign_in, check_accessibility, liaison_register
):
    sign_in("cqc-editor")
    page.goto(live_server.url + "/liaison/")
    check_accessibility(page)
    page.get_by_role("button", name="Record an incident").click()
    check_accessibility(page)

    # Sending the empty form lists every unanswered question; nothing is defaulted.
    page.get_by_role("button", name="Record and triage").click()
    assert page.get_by_role("heading", name="There is a problem").is_visible()
    check_accessibility(page)

    page.get_by_label("What happened?").fill("A resident was found with untreated pressure sores")
    for question, answer in ANSWERS.items():
        page.get_by_role("group", name=question).get_by_label(answer, exact=True).check()
    page.get_by_role("button", name="Record and triage").click()
    page.wait_for_url(re.compile(r"/liaison/incidents/\d+/$"))

    # MoU para 5: CQC leads for a registered provider's service user; the reasons cite sources.
    assert page.get_by_role("heading", name="Lead: Care Quality Commission").is_visible()
    reasons = page.get_by_role("table").filter(has_text="Reasons, in the order")
    assert reasons.get_by_text("L-SU-REGISTERED").is_visible()
    assert reasons.get_by_text("MoU CQC/HSE/LAs para 5").is_visible()
    check_accessibility(page)

    page.get_by_role("button", name="Accept the lead for Care Quality Commission").click()
    assert page.get_by_text("You have accepted the lead.").is_visible()
    items = page.get_by_role("table").filter(has_text="What the lead body must do")
    # Suspected neglect in a nursing home: the police and the Safeguarding Adults Board are told.
    assert items.get_by_role("link", name=re.compile("^Tell the police")).is_visible()
    assert items.get_by_role(
        "link", name=re.compile("^Tell the Safeguarding Adults Board")
    ).is_visible()
    check_accessibility(page)

    items.get_by_role("link", name=re.compile("^Tell the police")).click()
    assert page.get_by_text("How was this date calculated").is_visible()
    assert page.get_by_text(re.compile("N-POLICE-SU-NONFATAL")).is_visible()
