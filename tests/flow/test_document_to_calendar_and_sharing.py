"""One flow across three domains: a document is ingested, its duties reviewed and confirmed, and
then the calendar and the sharing gateway act on them, with no hand-written duty in between.

The HSE–Ofsted protocol beside this file was written for this test in another body's style
(numbered headings without full stops, decimal clauses); no curated sharing file exists for it,
so every sharing decision below comes from its confirmed, ingested clauses.
"""

from __future__ import annotations

import datetime as dt
import json
from io import StringIO
from pathlib import Path

import pytest
import time_machine
from django.core.management import call_command

from jointwork.accounts.models import Organisation, Role
from jointwork.ingest import services as ingest
from jointwork.ingest.pipeline import parse_document
from jointwork.obligations import services as obligations
from jointwork.obligations.models import DueItem, Obligation
from jointwork.obligations.recurrence import LONDON
from jointwork.register.models import Agreement
from jointwork.register.services import agreement_create
from tests.conftest import seed_path
from tests.versions import publish

pytestmark = pytest.mark.django_db

HERE = Path(__file__).resolve().parent
NOW = dt.datetime(2026, 6, 1, 9, 0, tzinfo=LONDON)
SLUG = "hse-ofsted-jwp-2024"


def _decide(tmp_path: Path, **request) -> dict:
    flags = dict.fromkeys(
        ("personal_data", "identifies_service_users", "identifies_registered_persons",
         "special_category", "pre_publication", "foi_request"),
        False,
    )  # fmt: skip
    path = tmp_path / "request.json"
    path.write_text(json.dumps({"legal_basis": None, **flags, **request}))
    out = StringIO()
    call_command("share", "decide", str(path), "--json", stdout=out)
    return json.loads(out.getvalue())


def _ingest_and_confirm(actor, agreement: Agreement, data: bytes, name: str) -> list[Obligation]:
    parsed = parse_document(data, name)
    draft = ingest.draft_save(
        actor=actor, agreement=agreement, document=parsed.to_json(), text=parsed.text,
        source_name=name,
    )  # fmt: skip
    for candidate in draft.obligations:
        ingest.candidate_confirm(actor=actor, obligation=candidate)
    # Confirmed duties count once every party has signed the version (docs/obligations.md).
    assert not DueItem.objects.filter(obligation__version=draft.version).exists()
    publish(draft.version)
    return list(Obligation.objects.filter(version=draft.version))


@pytest.fixture
def protocol(builtin_register) -> Agreement:
    hse, ofsted = (Organisation.objects.get(slug=s) for s in ("hse", "ofsted"))
    return agreement_create(
        actor=None, slug=SLUG, title="HSE–Ofsted joint working protocol", kind="jwp",
        status="current", parties=[hse, ofsted], in_force_on=dt.date(2024, 10, 1),
    )  # fmt: skip


@time_machine.travel(NOW, tick=False)
def test_a_new_agreement_flows_from_its_document_to_calendar_and_sharing_policy(
    protocol, make_user, tmp_path
):
    manager = make_user("hse-manager", "hse", Role.AGREEMENT_MANAGER)
    data = (HERE / "hse-ofsted-protocol.txt").read_bytes()
    confirmed = {o.clause_path: o for o in _ingest_and_confirm(manager, protocol, data, "p.txt")}

    # The quarterly meeting (¶2.1) runs from the date in force, 1 October 2024 at 17:00; its
    # items up to 400 days ahead (6 July 2027) exist as soon as its version is published.
    # 1 January 2027 is a bank holiday, so that meeting falls due on the preceding working day.
    meeting = DueItem.objects.filter(obligation=confirmed["2.1"]).order_by("due")
    assert [i.due.astimezone(LONDON).date().isoformat() for i in meeting] == [
        "2026-07-01", "2026-10-01", "2026-12-31", "2027-04-01", "2027-07-01",
    ]  # fmt: skip
    # "Reviewed every two to three years" (¶4.1) is one window: 1 October 2026 to 2027.
    (review,) = DueItem.objects.filter(obligation=confirmed["4.1"])
    assert confirmed["4.1"].rrule == "WINDOW=P2Y/P3Y"
    assert review.earliest.astimezone(LONDON).date() == dt.date(2026, 10, 1)
    assert review.due.astimezone(LONDON).date() == dt.date(2027, 10, 1)

    # HSE plans a publication and a press release: Ofsted is owed drafts 48 and 24 hours before.
    released = dt.datetime(2026, 6, 17, 10, 0, tzinfo=LONDON)  # a Wednesday
    hse = Organisation.objects.get(slug="hse")
    for kind, hours, clause in (("publication", 48, "3.1"), ("press_release", 24, "3.2")):
        event = obligations.trigger_event_record(
            actor=manager, kind=kind, agreement=protocol, organisation=hse, occurs_at=released,
            title="Annual statistics on school premises",
        )  # fmt: skip
        (notice,) = event.due_items.all()
        assert notice.counterparty.slug == "ofsted"
        assert notice.obligation == confirmed[clause]
        assert notice.due == released - dt.timedelta(hours=hours)

    # Sharing follows the confirmed clauses: no curated policy file exists for this agreement.
    identifiable = _decide(
        tmp_path, agreement=SLUG, to="ofsted", purpose="case review", personal_data=True,
        identifies_service_users=True, legal_basis="uk_gdpr_6_1_e",
        **{"from": "hse"},
    )  # fmt: skip
    assert identifiable["decision"] == "deny"
    prohibition = [r for r in identifiable["reasons"] if r["effect"] == "deny"]
    assert [r["citation"] for r in prohibition] == [f"{SLUG} §2.3"]
    assert "identifiable information" in prohibition[0]["text"]

    trends = _decide(
        tmp_path, agreement=SLUG, to="ofsted", purpose="enforcement trends", **{"from": "hse"}
    )
    assert trends["decision"] == "allow"
    assert f"{SLUG} §2.2" in [r["citation"] for r in trends["reasons"]]


def test_seed_001s_ingested_paragraph_16_alone_denies_identifiable_service_user_data(
    cqc_manager, tmp_path, monkeypatch
):
    # Without the curated file, whatever denies must come from the ingested, confirmed ¶16.
    monkeypatch.setattr("jointwork.sharing.selectors.curated_obligations", lambda slug: ())
    request = {
        "agreement": "cqc-lga-mou-2015", "from": "lga", "to": "cqc", "purpose": "a complaint",
        "personal_data": True, "identifies_service_users": True, "legal_basis": "uk_gdpr_6_1_e",
    }  # fmt: skip
    before = _decide(tmp_path, **request)
    assert "cqc-lga-mou-2015 §16" not in [r["citation"] for r in before["reasons"]]

    agreement = Agreement.objects.get(slug="cqc-lga-mou-2015")
    seed = seed_path(1)
    parsed = parse_document(seed.read_bytes(), seed.name)
    draft = ingest.draft_save(
        actor=cqc_manager, agreement=agreement, document=parsed.to_json(), text=parsed.text,
        source_name=seed.name,
    )  # fmt: skip
    (paragraph_16,) = [o for o in draft.obligations if o.kind == "prohibition"]
    assert paragraph_16.clause_path == "16"
    assert paragraph_16.details["applies_to"] == [
        "identifies_service_users", "identifies_registered_persons",
    ]  # fmt: skip
    ingest.candidate_confirm(actor=cqc_manager, obligation=paragraph_16)
    # Confirmed on a draft, ¶16 does not yet bind the parties: the policy is unchanged.
    assert _decide(tmp_path, **request)["decision"] == before["decision"]
    publish(draft.version)

    after = _decide(tmp_path, **request)
    assert after["decision"] == "deny"
    denies = {r["rule"]: r["citation"] for r in after["reasons"] if r["effect"] == "deny"}
    assert denies == {
        "cqc-lga-mou-2015.16.prohibition.identifies_service_users": "cqc-lga-mou-2015 §16"
    }
