"""axe-core finds no serious or critical problem on any public page."""

from __future__ import annotations

import pytest

from jointwork.register.models import Agreement
from jointwork.register.services import version_create, version_sign_off, version_submit

pytestmark = pytest.mark.e2e


def public_paths() -> list[str]:
    """The register (plain, filtered, searched), the forum, sign-in, one agreement page for each
    kind and status the register holds, and a published version."""
    paths = ["/", "/?body=lga", "/?q=ombudsman&kind=mou", "/?status=proposed", "/forum/"]
    paths.append("/accounts/login/")
    seen: set[tuple[str, str]] = set()
    for agreement in Agreement.objects.public().order_by("slug"):
        if (agreement.kind, agreement.status) not in seen:
            seen.add((agreement.kind, agreement.status))
            paths.append(agreement.get_absolute_url())
    return paths


def publish_a_version(users) -> str:
    agreement = Agreement.objects.get(slug="cqc-lga-mou-2015")
    version = version_create(actor=users["cqc"], agreement=agreement, text="1. Meet.\n2. Share.")
    version_submit(actor=users["cqc"], version=version)
    for key in ("cqc", "lga"):
        organisation = users[key].memberships.get().organisation
        version_sign_off(actor=users[key], version=version, organisation=organisation)
    return f"{agreement.get_absolute_url()}versions/{version.number}/"


def test_every_public_page_has_no_serious_accessibility_violations(
    page, live_server, e2e_register, check_accessibility
):
    paths = [*public_paths(), publish_a_version(e2e_register)]
    for path in paths:
        response = page.goto(live_server.url + path)
        assert response.status == 200, path
        check_accessibility(page)


def test_the_accessibility_check_reports_a_missing_alt_and_a_missing_label(
    page, check_accessibility
):
    page.set_content(
        '<html lang="en"><head><title>t</title></head><body><main><h1>t</h1>'
        '<img src="a.png"><input type="text"></main></body></html>'
    )
    with pytest.raises(AssertionError) as failure:
        check_accessibility(page)
    assert "image-alt (critical)" in str(failure.value)
    assert "label (critical)" in str(failure.value)


def test_signed_in_pages_and_their_errors_have_no_serious_violations(
    page, live_server, e2e_register, check_accessibility, sign_in
):
    sign_in("cqc-manager")
    check_accessibility(page)  # the signed-in home
    agreement = live_server.url + "/agreements/cqc-lga-mou-2015/"
    page.goto(live_server.url + "/agreements/new/")
    page.get_by_role("button", name="Add agreement").click()  # every required field missing
    check_accessibility(page)
    for path in ("edit/", "parties/", "contacts/new/", "withdraw/", "supersede/", "history/"):
        page.goto(agreement + path)
        check_accessibility(page)
    page.goto(live_server.url + "/accounts/tokens/")
    check_accessibility(page)
