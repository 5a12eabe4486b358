"""The ingest API: parse an upload into the contract, list and confirm a version's duties."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile

from jointwork.ingest import services
from jointwork.ingest.pipeline import parse_document
from jointwork.obligations.models import DueItem
from jointwork.obligations.recurrence import LONDON
from jointwork.register.models import Agreement
from tests.conftest import PASSWORD
from tests.ingest.builders import make_flate_bomb_pdf
from tests.ingest.review_helpers import SMALL_MOU
from tests.versions import publish

pytestmark = pytest.mark.django_db


def _signed_in(client, user):
    assert client.login(username=user.get_username(), password=PASSWORD)
    return client


def _upload(client, data: bytes, name: str = "mou.txt"):
    return client.post("/api/ingest/parse", {"document": SimpleUploadedFile(name, data)})


def test_parse_returns_the_ingest_contract_without_saving(client, cqc_viewer):
    response = _upload(_signed_in(client, cqc_viewer), SMALL_MOU.encode())
    assert response.status_code == 200
    body = response.json()
    assert body["parties"] == ["Care Quality Commission", "Local Government Association"]
    (meeting,) = [o for o in body["obligations"] if o["kind"] == "meeting"]
    assert meeting["recurrence"] == "FREQ=MONTHLY;INTERVAL=3" and meeting["window"] is None
    assert not Agreement.objects.get(slug="cqc-lga-mou-2015").versions.exists()


def test_parse_needs_a_signed_in_user(client, builtin_register):
    assert _upload(client, SMALL_MOU.encode()).status_code == 401


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (b"\x00\x01\x02binary" * 50, "mou.txt", "must be a PDF, Word (.docx), HTML"),
        (b"PK\x03\x04 not really a zip", "mou.docx", "must be a PDF, Word (.docx), HTML"),
        (b"x" * 2048, "big.txt", "must be smaller than 1 kB"),
        (b"", "empty.txt", "The selected file is empty"),
    ],
)
def test_parse_refuses_what_the_upload_page_refuses(
    client, cqc_viewer, settings, data, name, message
):
    settings.JOINTWORK_MAX_UPLOAD_BYTES = 1024
    response = _upload(_signed_in(client, cqc_viewer), data, name)
    assert response.status_code == 422
    assert message in response.json()["detail"]


def test_parse_refuses_a_document_over_the_memory_limit_and_saves_nothing(
    client, cqc_viewer, settings
):
    settings.JOINTWORK_INGEST_MEMORY_MB = 200
    response = _upload(_signed_in(client, cqc_viewer), make_flate_bomb_pdf(60), "mou.pdf")
    assert response.status_code == 422
    assert response.json()["detail"] == (
        "mou.pdf: parsing needed more than 200 MB of memory (memory limit)"
    )
    assert not Agreement.objects.get(slug="cqc-lga-mou-2015").versions.exists()


def _draft(actor):
    parsed = parse_document(SMALL_MOU.encode(), "mou.txt")
    return services.draft_save(
        actor=actor,
        agreement=Agreement.objects.get(slug="cqc-lga-mou-2015"),
        document=parsed.to_json(),
        text=parsed.text,
        source_name="mou.txt",
    )


def test_a_versions_candidates_are_listed_for_members_of_a_party(client, cqc_manager):
    draft = _draft(cqc_manager)
    response = _signed_in(client, cqc_manager).get(
        f"/api/ingest/versions/{draft.version.pk}/candidates"
    )
    assert response.status_code == 200
    rows = response.json()
    assert [r["id"] for r in rows] == [o.pk for o in draft.obligations]
    (meeting,) = [r for r in rows if r["kind"] == "meeting"]
    assert meeting["state"] == "candidate" and meeting["rrule"] == "FREQ=MONTHLY;INTERVAL=3"
    assert sorted(meeting["bearers"]) == ["cqc", "lga"] and meeting["scheduled"] is True


def test_a_body_that_is_not_a_party_does_not_see_the_draft(client, cqc_manager, ofsted_editor):
    draft = _draft(cqc_manager)
    response = _signed_in(client, ofsted_editor).get(
        f"/api/ingest/versions/{draft.version.pk}/candidates"
    )
    assert response.status_code == 404


@time_machine.travel(dt.datetime(2026, 3, 2, 9, 0, tzinfo=LONDON), tick=False)
def test_confirming_through_the_api_puts_the_rhythm_on_the_calendar_once_published(
    client, cqc_manager
):
    draft = _draft(cqc_manager)
    (meeting,) = [o for o in draft.obligations if o.kind == "meeting"]
    response = _signed_in(client, cqc_manager).post(f"/api/ingest/duties/{meeting.pk}/confirm")
    assert response.status_code == 200 and response.json()["state"] == "confirmed"
    assert not DueItem.objects.filter(obligation=meeting).exists()
    publish(draft.version)
    assert DueItem.objects.filter(obligation=meeting).exists()
    again = client.post(f"/api/ingest/duties/{meeting.pk}/confirm")
    assert again.status_code == 409 and "already confirmed" in again.json()["detail"]


def test_a_viewer_cannot_confirm_through_the_api(client, cqc_manager, cqc_viewer):
    duty = _draft(cqc_manager).obligations[0]
    response = _signed_in(client, cqc_viewer).post(f"/api/ingest/duties/{duty.pk}/confirm")
    assert response.status_code == 403
