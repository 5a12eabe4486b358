"""Browser tests: Playwright driving Debian's chromium against pytest-django's live server.

Skipped, with the reason, when chromium or the built assets are missing. A failing test leaves a
screenshot in ``test-artifacts/``.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from jointwork.accounts.models import Role
from tests.conftest import PASSWORD

# Playwright's sync API runs an event loop in this thread; Django would otherwise refuse the
# ORM calls the fixtures make from it.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

REPO_ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO_ROOT / "test-artifacts"
CHROMIUM = Path(os.environ.get("JOINTWORK_CHROMIUM", "/usr/bin/chromium"))
AXE_CANDIDATES = [
    REPO_ROOT / "build" / "static" / "vendor" / "axe.min.js",
    REPO_ROOT / "node_modules" / "axe-core" / "axe.min.js",
]
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"rep_{report.when}", report)


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists() and not shutil.which("chromium"):
        pytest.skip(f"Debian chromium not found at {CHROMIUM} (apt-get install chromium)")
    if not (REPO_ROOT / "build" / "static" / "jointwork.css").exists():
        pytest.skip("static assets are not built: run `npm run build` (or `make assets`)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM if CHROMIUM.exists() else shutil.which("chromium")),
            args=CHROMIUM_ARGS,
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser, request) -> Iterator:
    context = browser.new_context()
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    call = getattr(request.node, "rep_call", None)
    if call is not None and call.failed:
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"{request.node.name}.png"), full_page=True)
    context.close()


@pytest.fixture
def axe_path() -> Path:
    for path in AXE_CANDIDATES:
        if path.exists():
            return path
    pytest.skip("axe-core not found: run `npm ci` and `npm run build`")


@pytest.fixture
def check_accessibility(axe_path):
    """Run axe-core on the page; fail on any serious or critical violation, naming each."""

    def check(page) -> None:
        page.add_script_tag(path=str(axe_path))
        results = page.evaluate("async () => await axe.run(document)")
        bad = [v for v in results["violations"] if v["impact"] in {"serious", "critical"}]
        details = [
            f"{v['id']} ({v['impact']}): {v['help']} at "
            + ", ".join(str(n["target"]) for n in v["nodes"][:3])
            for v in bad
        ]
        assert not bad, f"{page.url}: " + "; ".join(details)

    return check


@pytest.fixture
def e2e_register(transactional_db, builtin_register, make_user):
    """The built-in register with one agreement manager at each party to the CQC–LGA MoU."""
    return {
        "cqc": make_user("cqc-manager", "cqc", Role.AGREEMENT_MANAGER),
        "lga": make_user("lga-manager", "lga", Role.AGREEMENT_MANAGER),
    }


@pytest.fixture
def sign_in(page, live_server):
    """Sign in through the login page, as a person would."""

    def sign_in_as(username: str) -> None:
        page.goto(live_server.url + "/accounts/login/")
        page.get_by_label("Username").fill(username)
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        page.wait_for_url(re.compile(r"/home/$"))

    return sign_in_as


@pytest.fixture
def sign_out(page):
    def sign_out_now() -> None:
        page.get_by_role("button", name=re.compile(r"^Sign out")).click()
        page.wait_for_url(re.compile(r"/$"))

    return sign_out_now
