"""A draft typed into the register is read into clauses and duties from the review page, and
read again after its text is edited; ended agreements take no upload; the changes links."""

from __future__ import annotations

import re

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from jointwork.audit.models import AuditEvent
from jointwork.ingest import services
from jointwork.ingest.pipeline import parse_document
from jointwork.obligations.models import Obligation, ObligationState
from jointwork.register import services as register
from jointwork.register.models import Agreement, AgreementVersion, Clause
from tests.conftest import PASSWORD
from tests.ingest.review_helpers import SMALL_MOU, SMALL_MOU_CHANGED

pytestmark = pytest.mark.django_db

SLUG = "cqc-lga-mou-2015"
EXTRACT_BUTTON = "Extract clauses and duties from this text"
AGAIN_BUTTON = "Extract clauses and duties again"


@pytest.fixture
def agreement(builtin_register) -> Agreement:
    return Agreement.objects.get(slug=SLUG)


@pytest.fixture
def typed(cqc_manager, agreement) -> AgreementVersion:
    """A draft typed in the register's text box (a browser sends CR LF line ends)."""
    return register.version_create(
        actor=cqc_manager, agreement=agreement, text=SMALL_MOU.replace("\n", "\r\n")
    )


def _signed_in(client, user):
    assert client.login(username=user.get_username(), password=PASSWORD)
    return client


def _review(client, version) -> str:
    return client.get(reverse("ingest:review", args=[version.pk])).content.decode()


def _extract(client, version):
    return client.post(reverse("ingest:extract", args=[version.pk]), follow=True)


def _duties(version) -> set[tuple[str, str]]:
    return set(Obligation.objects.filter(version=version).values_list("kind", "clause_path"))


def test_a_typed_draft_offers_to_extract_its_text(client, cqc_manager, typed):
    html = _review(_signed_in(client, cqc_manager), typed)
    assert EXTRACT_BUTTON in html
    assert reverse("ingest:extract", args=[typed.pk]) in html


def test_extracting_a_typed_draft_stores_what_an_upload_of_the_same_text_stores(
    client, cqc_manager, agreement, typed
):
    html = _extract(_signed_in(client, cqc_manager), typed).content.decode()
    assert EXTRACT_BUTTON not in html
    typed.refresh_from_db()
    uploaded = services.draft_save(
        actor=cqc_manager,
        agreement=agreement,
        document=(parsed := parse_document(SMALL_MOU.encode(), "mou.txt")).to_json(),
        text=parsed.text,
        source_name="mou.txt",
    ).version
    assert typed.text == uploaded.text  # normalised as an upload is: spans point into it
    paths = lambda v: list(Clause.objects.filter(version=v).values_list("path", flat=True))  # noqa: E731
    assert paths(typed) == paths(uploaded) and paths(typed)
    assert _duties(typed) == _duties(uploaded) and _duties(typed)
    assert set(Obligation.objects.filter(version=typed).values_list("state", flat=True)) == {
        ObligationState.CANDIDATE
    }
    assert re.search(
        r'<mark class="jw-mark" title="[^"]*duty \d+: offset[^"]*">[^<]*48 hours', html
    )
    event = AuditEvent.objects.get(event="version.extract")
    assert event.actor == cqc_manager and len(event.after["candidates"]) == len(_duties(typed))


def test_a_viewer_or_another_bodys_editor_cannot_extract(client, cqc_viewer, ofsted_editor, typed):
    for user in (cqc_viewer, ofsted_editor):
        _signed_in(client, user)
        response = client.post(reverse("ingest:extract", args=[typed.pk]))
        assert response.status_code == 403
    assert not Clause.objects.filter(version=typed).exists()
    assert not AuditEvent.objects.filter(event="version.extract").exists()
    _signed_in(client, cqc_viewer)
    assert EXTRACT_BUTTON not in _review(client, typed)


def test_extracting_is_post_only(client, cqc_manager, typed):
    response = _signed_in(client, cqc_manager).get(reverse("ingest:extract", args=[typed.pk]))
    assert response.status_code == 405


def test_a_version_sent_for_sign_off_is_not_extracted(client, cqc_manager, typed):
    register.version_submit(actor=cqc_manager, version=typed)
    _signed_in(client, cqc_manager)
    assert EXTRACT_BUTTON not in _review(client, typed)
    html = _extract(client, typed).content.decode()
    assert "only a draft" in html
    assert not Clause.objects.filter(version=typed).exists()
    assert not Obligation.objects.filter(version=typed).exists()


def _confirm_one(actor, version, clause_path: str) -> Obligation:
    duty = Obligation.objects.filter(version=version, clause_path=clause_path).first()
    return services.candidate_confirm(actor=actor, obligation=duty)


def test_an_edited_draft_offers_to_extract_again_and_keeps_decided_duties(
    client, cqc_manager, typed
):
    _signed_in(client, cqc_manager)
    _extract(client, typed)
    assert AGAIN_BUTTON not in _review(client, typed)  # up to date: nothing to offer
    typed.refresh_from_db()
    confirmed = _confirm_one(cqc_manager, typed, "2")
    rejected = Obligation.objects.filter(version=typed, state=ObligationState.CANDIDATE).first()
    services.candidate_reject(actor=cqc_manager, obligation=rejected, reason="not a duty")
    left = set(
        Obligation.objects.filter(version=typed, state=ObligationState.CANDIDATE).values_list(
            "pk", flat=True
        )
    )
    # Clause 2 is deleted from the text, and a new clause 4 creates a duty.
    edited = SMALL_MOU_CHANGED.replace(
        "2. CQC will give the LGA at least five working days notice before publishing a report "
        "about a council.\n\n",
        "",
    )
    assert edited != SMALL_MOU_CHANGED
    register.version_update(actor=cqc_manager, version=typed, text=edited)

    assert AGAIN_BUTTON in _review(client, typed)
    html = _extract(client, typed).content.decode()
    assert AGAIN_BUTTON not in html
    remaining = Obligation.objects.filter(version=typed)
    assert not left & set(remaining.values_list("pk", flat=True))  # undecided ones replaced
    confirmed.refresh_from_db()
    rejected.refresh_from_db()
    assert confirmed.state == ObligationState.CONFIRMED and confirmed.clause is None
    assert confirmed.details["clause_missing"] is True
    assert rejected.state == ObligationState.REJECTED
    assert rejected.clause is not None and "clause_missing" not in rejected.details
    assert remaining.filter(clause_path="4", state=ObligationState.CANDIDATE).exists()
    assert "Clause no longer in the text" in html


def test_extracting_again_does_not_ask_about_a_rejected_duty_twice(client, cqc_manager, typed):
    _signed_in(client, cqc_manager)
    _extract(client, typed)
    typed.refresh_from_db()
    rejected = Obligation.objects.filter(version=typed).first()
    services.candidate_reject(actor=cqc_manager, obligation=rejected, reason="not a duty")
    register.version_update(actor=cqc_manager, version=typed, text=typed.text + "\n")
    _extract(client, typed)
    same = Obligation.objects.filter(
        version=typed, kind=rejected.kind, clause_path=rejected.clause_path, quote=rejected.quote
    )
    assert list(same) == [rejected]


def test_an_ended_agreement_takes_no_upload_with_the_registers_message(
    client, cqc_manager, agreement
):
    register.agreement_withdraw(actor=cqc_manager, agreement=agreement, reason="replaced")
    agreement.refresh_from_db()
    message = register.new_version_refusal(agreement)
    assert message
    _signed_in(client, cqc_manager)
    upload = reverse("ingest:upload", args=[SLUG])
    response = client.get(upload, follow=True)
    assert message in response.content.decode()
    assert response.redirect_chain[-1][0] == agreement.get_absolute_url()
    response = client.post(
        upload, {"document": SimpleUploadedFile("mou.txt", SMALL_MOU.encode())}, follow=True
    )
    assert message in response.content.decode()
    assert not AgreementVersion.objects.filter(agreement=agreement, source_name="mou.txt")


def test_a_finished_upload_links_to_what_changed_since_the_last_version(
    client, cqc_manager, agreement
):
    first = services.ingest_job_create(
        actor=cqc_manager, agreement=agreement, data=SMALL_MOU.encode(), filename="v1.txt"
    )
    services.ingest_job_run(job_id=first.pk)
    second = services.ingest_job_create(
        actor=cqc_manager, agreement=agreement, data=SMALL_MOU_CHANGED.encode(), filename="v2.txt"
    )
    second = services.ingest_job_run(job_id=second.pk)
    _signed_in(client, cqc_manager)
    html = client.get(second.get_absolute_url()).content.decode()
    assert reverse("ingest:changes", args=[second.version_id]) in html
    html = client.get(first.get_absolute_url()).content.decode()
    assert "ingest/versions/" in html and "/changes/" not in html


def test_a_parser_bug_while_extracting_is_a_clear_error_not_a_server_error(
    cqc_manager, typed, monkeypatch
):
    def broken(data: bytes, filename: str):
        raise RuntimeError("parsing failed in the child process:\nTraceback ...")

    monkeypatch.setattr(services, "document_parse", broken)
    with pytest.raises(ValidationError, match=r"could not be read: .*internal error"):
        services.draft_extract(actor=cqc_manager, version=typed)
    assert not typed.clauses.exists()
