"""Every page a signed-in person uses, in every domain: axe finds no serious or critical problem,
and on a 375px phone nothing makes the page wider than the screen.

The data each page shows is made through the domains' services first. Set
``JOINTWORK_SCREENSHOTS=<dir>`` to keep a desktop and a phone screenshot of each page there.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from django.utils import timezone

from jointwork.accounts.models import Organisation, Role
from jointwork.ingest.services import ingest_job_create, ingest_job_run
from jointwork.liaison.services import incident_record
from jointwork.obligations.loader import load_obligations
from jointwork.obligations.models import DueItem
from jointwork.obligations.services import materialise_all
from jointwork.register.models import Agreement
from jointwork.sharing.request import ShareRequestData
from jointwork.sharing.services import share_request_file
from tests.ingest.review_helpers import SMALL_MOU, SMALL_MOU_CHANGED
from tests.liaison.conftest import BASE

pytestmark = pytest.mark.e2e

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 800}
LGA_MOU = "cqc-lga-mou-2015"
SCREENSHOTS = os.environ.get("JOINTWORK_SCREENSHOTS")


def _share(actor, sender: str, recipient: str, **flags):
    return share_request_file(
        actor=actor,
        data=ShareRequestData(
            agreement=LGA_MOU,
            sender=sender,
            recipient=recipient,
            purpose="Trends in inspection outcomes",
            data_description="Counts of inspections by region and rating",
            personal_data=False,
            identifies_service_users=False,
            identifies_registered_persons=False,
            special_category=False,
            pre_publication=False,
            foi_request=True,  # needs information governance review: fills the queue
            **flags,
        ),
    )


@pytest.fixture
def seeded(e2e_register, make_user) -> dict[str, str]:
    """One of each thing the pages show; returns the pages' paths by name."""
    admin = make_user("cqc-admin", "cqc", Role.ADMIN)  # edits, signs, governs information
    lga = e2e_register["lga"]
    agreement = Agreement.objects.get(slug=LGA_MOU)

    load_obligations()
    materialise_all(now=timezone.now(), horizon_days=365)
    item = (
        DueItem.objects.borne_by(Organisation.objects.get(slug="cqc"))
        .filter(obligation__agreement__isnull=False)
        .order_by("due")
        .first()
    )

    first = ingest_job_run(
        job_id=ingest_job_create(
            actor=admin, agreement=agreement, data=SMALL_MOU.encode(), filename="mou.txt"
        ).pk
    ).version
    second = ingest_job_run(
        job_id=ingest_job_create(
            actor=admin, agreement=agreement, data=SMALL_MOU_CHANGED.encode(), filename="mou2.txt"
        ).pk
    ).version
    assert first is not None and second is not None

    outgoing = _share(admin, "cqc", "lga")
    _share(lga, "lga", "cqc")

    incident = incident_record(
        actor=admin,
        organisation=Organisation.objects.get(slug="cqc"),
        summary="A resident fell from a first-floor window",
        facts=BASE,
    )
    paths = {
        "register: agreement page for a party": f"/agreements/{LGA_MOU}/",
        "register: add a party": f"/agreements/{LGA_MOU}/parties/new/",
        "register: role of a party": f"/agreements/{LGA_MOU}/parties/lga/role/",
        "duties: dashboard": "/obligations/",
        "duties: agreement calendar": f"/obligations/agreements/{item.obligation.agreement.slug}/",
        "duties: item": item.get_absolute_url(),
        "sharing: index": "/sharing/",
        "sharing: new request": "/sharing/new/",
        "sharing: request with its decision": outgoing.get_absolute_url(),
        "sharing: review queue": "/sharing/review/",
        "sharing: inbox": "/sharing/inbox/",
        "sharing: ledger": "/sharing/ledger/",
        "ingest: upload": f"/ingest/agreements/{LGA_MOU}/upload/",
        "ingest: review": f"/ingest/versions/{second.pk}/review/",
        "ingest: changes": f"/ingest/versions/{second.pk}/changes/",
        "incidents: index": "/liaison/",
        "incidents: new incident": "/liaison/incidents/new/",
        "incidents: incident": f"/liaison/incidents/{incident.pk}/",
    }
    return paths


def _screenshot(page, name: str, width: str) -> None:
    if not SCREENSHOTS:
        return
    folder = Path(SCREENSHOTS)
    folder.mkdir(parents=True, exist_ok=True)
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    page.screenshot(path=str(folder / f"{slug}-{width}.png"), full_page=True)


def _overflow(page) -> list[str]:
    """Elements sticking out past the right edge of the screen (what makes a phone scroll
    sideways), described by tag and class."""
    return page.evaluate(
        """() => {
          const width = document.documentElement.clientWidth;
          if (document.documentElement.scrollWidth <= width) return [];
          return [...document.querySelectorAll('main *')]
            .filter(e => e.getBoundingClientRect().right > width + 1)
            .filter(e => !e.closest('.jw-table-scroll'))
            .slice(0, 5)
            .map(e => e.tagName.toLowerCase() + '.' + [...e.classList].join('.'));
        }"""
    )


def test_every_signed_in_page_is_accessible_and_fits_a_phone(
    page, live_server, seeded, check_accessibility, sign_in
):
    sign_in("cqc-admin")
    problems = []
    for name, path in seeded.items():
        page.set_viewport_size(DESKTOP)
        response = page.goto(live_server.url + path)
        assert response.status == 200, f"{name}: {path} gave {response.status}"
        check_accessibility(page)
        _screenshot(page, name, "desktop")
        page.set_viewport_size(PHONE)
        page.reload()
        _screenshot(page, name, "phone")
        wide = _overflow(page)
        if wide:
            problems.append(f"{name} ({path}): wider than a phone because of {wide}")
    assert not problems, "\n".join(problems)


def test_the_forms_error_states_are_accessible(
    page, live_server, seeded, check_accessibility, sign_in
):
    sign_in("cqc-admin")
    for path, button in [
        ("/sharing/new/", "Decide and file"),
        ("/liaison/incidents/new/", "Record and triage"),
        (f"/agreements/{LGA_MOU}/parties/new/", "Add party"),
    ]:
        page.goto(live_server.url + path)
        page.get_by_role("button", name=button).first.click()
        page.get_by_role("heading", name="There is a problem").wait_for()
        check_accessibility(page)
