"""Upload, progress, review and changes pages: refusals, permissions, highlights, actions."""

from __future__ import annotations

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from jointwork.audit.models import AuditEvent
from jointwork.ingest import services, tasks
from jointwork.ingest.models import IngestJob, JobState
from jointwork.obligations.models import Obligation, ObligationState
from jointwork.register.models import Agreement, AgreementVersion
from tests.conftest import PASSWORD, seed_path
from tests.ingest.builders import make_flate_bomb_pdf
from tests.ingest.review_helpers import DOCUMENT, SMALL_MOU, SMALL_MOU_CHANGED, TEXT

pytestmark = pytest.mark.django_db

SLUG = "cqc-lga-mou-2015"
UPLOAD = reverse("ingest:upload", kwargs={"slug": SLUG})


@pytest.fixture
def agreement(builtin_register) -> Agreement:
    return Agreement.objects.get(slug=SLUG)


def _signed_in(client, user):
    assert client.login(username=user.get_username(), password=PASSWORD)
    return client


def _upload(client, content: bytes, name: str = "mou.txt"):
    return client.post(UPLOAD, {"document": SimpleUploadedFile(name, content)})


def _draft(actor, agreement):
    return services.draft_save(
        actor=actor, agreement=agreement, document=DOCUMENT, text=TEXT, source_name="small.txt"
    )


def test_the_upload_page_needs_a_signed_in_user(client, agreement):
    response = client.get(UPLOAD)
    assert response.status_code == 302 and "login" in response["Location"]


def test_another_bodys_editor_cannot_upload(client, ofsted_editor, agreement):
    _signed_in(client, ofsted_editor)
    assert client.get(UPLOAD).status_code == 403
    assert _upload(client, SMALL_MOU.encode()).status_code == 403
    assert not IngestJob.objects.exists()


def test_a_party_viewer_cannot_upload(client, cqc_viewer, agreement):
    _signed_in(client, cqc_viewer)
    assert client.get(UPLOAD).status_code == 403


def test_the_upload_page_has_a_labelled_file_input(client, cqc_manager, agreement):
    html = _signed_in(client, cqc_manager).get(UPLOAD).content.decode()
    assert '<label class="govuk-label govuk-label--s" for="id_document">' in html
    assert 'type="file"' in html and 'enctype="multipart/form-data"' in html


def test_a_too_large_file_is_refused_with_a_clear_error(client, cqc_manager, agreement, settings):
    settings.JOINTWORK_MAX_UPLOAD_BYTES = 1024 * 1024
    response = _upload(_signed_in(client, cqc_manager), b"a" * (1024 * 1024 + 1))
    assert response.status_code == 200
    html = response.content.decode()
    assert "There is a problem" in html
    assert "The selected file must be smaller than 1 MB" in html
    assert not IngestJob.objects.exists()


def test_a_file_of_the_wrong_type_is_refused_whatever_its_name(client, cqc_manager, agreement):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64)
    response = _upload(_signed_in(client, cqc_manager), png, name="agreement.pdf")
    html = response.content.decode()
    assert response.status_code == 200
    assert "The selected file must be a PDF, Word (.docx), HTML, Markdown or text file" in html
    assert not IngestJob.objects.exists()


def test_an_empty_file_is_refused(client, cqc_manager, agreement):
    response = _upload(_signed_in(client, cqc_manager), b"")
    assert "The selected file is empty" in response.content.decode()
    assert not IngestJob.objects.exists()


def test_a_document_over_the_time_limit_is_refused_on_the_form_and_nothing_saved(
    client, cqc_manager, agreement, settings
):
    settings.JOINTWORK_INGEST_SECONDS = 0.3
    response = _upload(_signed_in(client, cqc_manager), make_flate_bomb_pdf(5), name="mou.pdf")
    html = response.content.decode()
    assert response.status_code == 200 and "There is a problem" in html
    assert "The selected file could not be read: parsing stopped after 0.3 s (time limit)" in html
    assert not IngestJob.objects.exists()
    assert not AgreementVersion.objects.filter(agreement=agreement).exists()
    assert not AuditEvent.objects.filter(actor=cqc_manager).exists()


def test_a_small_document_is_parsed_at_once_and_opens_the_review(client, cqc_manager, agreement):
    response = _upload(_signed_in(client, cqc_manager), SMALL_MOU.encode())
    version = AgreementVersion.objects.get(agreement=agreement)
    assert response.status_code == 302
    assert response["Location"] == reverse("ingest:review", kwargs={"pk": version.pk})
    assert version.state == "draft" and version.source_name == "mou.txt"


def test_a_long_document_goes_to_the_worker_with_a_progress_page(
    client, cqc_manager, agreement, monkeypatch
):
    monkeypatch.setattr(tasks, "INLINE_PARSE_MAX_BYTES", 10)
    response = _upload(_signed_in(client, cqc_manager), SMALL_MOU.encode())
    job = IngestJob.objects.get()
    assert response["Location"] == job.get_absolute_url()
    assert job.state == JobState.QUEUED and job.task_id

    page = client.get(job.get_absolute_url()).content.decode()
    # Without JavaScript the page refreshes itself and offers a link; with it htmx polls.
    assert '<noscript><meta http-equiv="refresh"' in page
    assert "Refresh this page" in page
    assert 'hx-trigger="every 2s"' in page

    tasks.ingest_job_task.call(job.pk)
    partial = client.get(job.get_absolute_url(), headers={"HX-Request": "true"}).content.decode()
    assert "<html" not in partial
    assert "Review the draft" in partial and "hx-trigger" not in partial


def test_another_bodys_editor_cannot_see_a_job(client, cqc_manager, ofsted_editor, agreement):
    job = services.ingest_job_create(
        actor=cqc_manager, agreement=agreement, data=b"text", filename="a.txt"
    )
    _signed_in(client, ofsted_editor)
    assert client.get(job.get_absolute_url()).status_code == 403


def test_the_review_page_marks_each_extracted_value_in_the_source(client, cqc_manager, agreement):
    version = _draft(cqc_manager, agreement).version
    html = _signed_in(client, cqc_manager).get(reverse("ingest:review", args=[version.pk]))
    html = html.content.decode()
    marks = re.findall(r'<mark class="jw-mark" title="([^"]+)">([^<]+)</mark>', html)
    # Duties are numbered in clause order: the notice duty (clause 2) is duty 2.
    assert ("duty 2: offset", "48 hours") in marks
    assert ("duty 2: who", "CQC") in marks
    assert 'id="clause-2.a"' in html
    assert "Nobody matched: choose who bears it" in html  # the unknown body's duty
    assert "clause 2: a guess the parser made" not in html  # no job: warnings came from CLI


def test_the_review_page_escapes_document_text(client, cqc_manager, agreement):
    text = TEXT.replace("co-operate", "<script>x</script>")
    doc = {
        **DOCUMENT,
        "clauses": [{**DOCUMENT["clauses"][0], "span": [0, len(text)]}],
        "obligations": [],
    }
    version = services.draft_save(
        actor=cqc_manager, agreement=agreement, document=doc, text=text, source_name="x.txt"
    ).version
    html = _signed_in(client, cqc_manager).get(reverse("ingest:review", args=[version.pk]))
    assert "<script>x</script>" not in html.content.decode()


def test_confirming_from_the_review_page_is_audited(client, cqc_manager, agreement):
    obligation = _draft(cqc_manager, agreement).obligations[0]
    response = _signed_in(client, cqc_manager).post(reverse("ingest:confirm", args=[obligation.pk]))
    assert response.status_code == 302 and response["Location"].endswith(f"#duty-{obligation.pk}")
    obligation.refresh_from_db()
    assert obligation.state == ObligationState.CONFIRMED
    assert AuditEvent.objects.for_object(obligation).filter(event="obligation.confirmed").exists()


def test_rejecting_from_the_review_page_keeps_the_reason(client, cqc_manager, agreement):
    obligation = _draft(cqc_manager, agreement).obligations[0]
    _signed_in(client, cqc_manager).post(
        reverse("ingest:reject", args=[obligation.pk]), {"reason": "Describes, not a duty"}
    )
    obligation.refresh_from_db()
    assert obligation.state == ObligationState.REJECTED
    event = AuditEvent.objects.for_object(obligation).get(event="obligation.rejected")
    assert event.note == "Describes, not a duty"


def test_another_bodys_editor_cannot_confirm_or_reject(
    client, cqc_manager, ofsted_editor, agreement
):
    obligation = _draft(cqc_manager, agreement).obligations[0]
    _signed_in(client, ofsted_editor)
    assert client.post(reverse("ingest:confirm", args=[obligation.pk])).status_code == 403
    assert client.post(reverse("ingest:reject", args=[obligation.pk])).status_code == 403
    assert client.get(reverse("ingest:review", args=[obligation.version_id])).status_code == 403
    obligation.refresh_from_db()
    assert obligation.state == ObligationState.CANDIDATE


def test_confirming_a_duty_nobody_bears_shows_why_it_was_refused(client, cqc_manager, agreement):
    obligation = _draft(cqc_manager, agreement).obligations[2]
    response = _signed_in(client, cqc_manager).post(
        reverse("ingest:confirm", args=[obligation.pk]), follow=True
    )
    assert "Say who bears this duty before confirming it." in response.content.decode()
    obligation.refresh_from_db()
    assert obligation.state == ObligationState.CANDIDATE


def test_editing_a_duty_saves_the_reviewers_values(client, cqc_manager, agreement, org):
    obligation = _draft(cqc_manager, agreement).obligations[2]
    url = reverse("ingest:edit", args=[obligation.pk])
    _signed_in(client, cqc_manager)
    assert client.get(url).status_code == 200
    response = client.post(
        url,
        {
            "kind": "inform",
            "summary": "CQC informs the LGA by email.",
            "bearers": [org("cqc").pk],
            "counterparties": [org("lga").pk],
            "rrule": "",
            "trigger_event": "publication",
            "trigger_offset": "-pt24h",
            "clause": obligation.clause.pk,
        },
    )
    assert response.status_code == 302
    obligation = Obligation.objects.get(pk=obligation.pk)
    assert [o.slug for o in obligation.bearers.all()] == ["cqc"]
    assert obligation.trigger_offset == "-PT24H"
    assert AuditEvent.objects.for_object(obligation).filter(event="obligation.update").exists()


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("rrule", "EVERY TUESDAY", "Enter a valid RRULE"),
        ("trigger_offset", "48 hours", "Enter the offset as an ISO 8601 duration"),
        ("trigger_event", "announcement", "Choose the event from the list"),
    ],
)
def test_the_edit_form_names_a_bad_value(
    client, cqc_manager, agreement, org, field, value, message
):
    obligation = _draft(cqc_manager, agreement).obligations[0]
    data = {
        "kind": "inform",
        "summary": "s",
        "bearers": [org("cqc").pk],
        "trigger_event": "publication",
    }
    data[field] = value
    response = _signed_in(client, cqc_manager).post(
        reverse("ingest:edit", args=[obligation.pk]), data
    )
    html = response.content.decode()
    assert response.status_code == 200 and "There is a problem" in html and message in html


def test_reingesting_a_changed_document_shows_the_clause_level_difference(
    client, cqc_manager, agreement
):
    _signed_in(client, cqc_manager)
    _upload(client, SMALL_MOU.encode())
    _upload(client, SMALL_MOU_CHANGED.encode(), name="mou-v2.txt")
    new = AgreementVersion.objects.get(agreement=agreement, number=2)
    review = client.get(reverse("ingest:review", args=[new.pk])).content.decode()
    assert reverse("ingest:changes", args=[new.pk]) in review
    html = client.get(reverse("ingest:changes", args=[new.pk])).content.decode()
    changes = html[html.index('class="jw-change"') :]
    assert "Added" in changes and "Reworded" in changes
    assert "Purpose" not in changes  # clause 1 did not change
    # Only the words that changed are marked, for screen readers too.
    assert re.search(r"<del [^>]*><span [^>]*>\[removed: </span>48 hours<", changes)
    assert re.search(r"<ins [^>]*><span [^>]*>\[added: </span>five working days<", changes)


def test_the_first_version_has_no_changes_page(client, cqc_manager, agreement):
    version = _draft(cqc_manager, agreement).version
    response = _signed_in(client, cqc_manager).get(reverse("ingest:changes", args=[version.pk]))
    assert response.status_code == 404


def test_the_review_page_needs_the_same_queries_however_many_duties(
    client, cqc_manager, agreement, django_assert_max_num_queries
):
    small = _draft(cqc_manager, agreement).version
    doc = {**DOCUMENT, "obligations": DOCUMENT["obligations"] * 20}
    large = services.draft_save(
        actor=cqc_manager, agreement=agreement, document=doc, text=TEXT, source_name="big.txt"
    ).version
    _signed_in(client, cqc_manager)
    client.get(reverse("ingest:review", args=[small.pk]))  # warm the session and permissions
    with CaptureQueriesContext(connection) as few:
        assert client.get(reverse("ingest:review", args=[small.pk])).status_code == 200
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert client.get(reverse("ingest:review", args=[large.pk])).status_code == 200


def test_the_review_page_names_clauses_by_number_and_heading_not_by_path(
    client, cqc_manager, agreement
):
    _signed_in(client, cqc_manager)
    _upload(client, seed_path(1).read_bytes(), name="seed-001.txt")
    version = AgreementVersion.objects.get(agreement=agreement)
    html = client.get(reverse("ingest:review", args=[version.pk])).content.decode()
    assert html.count(">Joint Statement<") == 1  # the heading is printed once
    assert "Joint Statement, paragraph 1" in html
    assert "§" not in html and ">joint-statement.p1<" not in html
    assert 'id="clause-joint-statement.p1"' in html  # the stable path stays as the anchor
    # A duty card names its clause as the agreement prints it, and links to it.
    assert re.search(r'href="#clause-18\.ii">.*18\(ii\) – Press and publications</a>', html)
