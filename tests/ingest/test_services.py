"""Saving a parsed document as a draft, running upload jobs, and reviewing candidate duties."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from jointwork.audit.models import AuditEvent
from jointwork.ingest import services, tasks
from jointwork.ingest.models import IngestJob, JobState
from jointwork.obligations.models import Obligation, ObligationState
from jointwork.register.models import Agreement, AgreementVersion, Clause
from tests.ingest.builders import make_flate_bomb_pdf
from tests.ingest.review_helpers import DOCUMENT, SMALL_MOU, TEXT, document

pytestmark = pytest.mark.django_db

SLUG = "cqc-lga-mou-2015"


@pytest.fixture
def agreement(builtin_register) -> Agreement:
    return Agreement.objects.get(slug=SLUG)


def _save(actor, agreement, doc=DOCUMENT):
    return services.draft_save(
        actor=actor, agreement=agreement, document=doc, text=TEXT, source_name="small.txt"
    )


def test_it_saves_a_draft_version_with_its_clause_tree_and_spans(cqc_manager, agreement):
    result = _save(cqc_manager, agreement)
    version = result.version
    assert version.state == "draft" and version.text == TEXT
    assert version.source_name == "small.txt"
    clauses = {c.path: c for c in Clause.objects.filter(version=version)}
    assert list(clauses) == ["1", "2", "2.a"]
    assert clauses["2.a"].parent == clauses["2"]
    assert clauses["1"].heading == "Purpose"
    two = clauses["2"]
    assert TEXT[two.start : two.end] == two.text


def test_every_extracted_duty_becomes_a_candidate_that_does_not_count_yet(cqc_manager, agreement):
    result = _save(cqc_manager, agreement)
    assert len(result.obligations) == len(DOCUMENT["obligations"])
    assert {o.state for o in result.obligations} == {ObligationState.CANDIDATE}
    assert not Obligation.objects.filter(version=result.version).in_force().exists()
    notice = result.obligations[0]
    assert notice.clause.path == "2" and notice.trigger_offset == "-PT48H"
    assert notice.trigger_event == "publication"
    spans = {s["field"]: (s["start"], s["end"]) for s in notice.details["spans"]}
    assert TEXT[slice(*spans["trigger"])] == "48 hours"
    assert TEXT[slice(*spans["bearer"])] == "CQC"
    assert TEXT[slice(*spans["quote"])] == notice.quote


def test_it_maps_names_abbreviations_and_both_parties_to_organisations(cqc_manager, agreement):
    notice, meeting, _unknown = _save(cqc_manager, agreement).obligations
    assert [o.slug for o in notice.bearers.all()] == ["cqc"]
    assert [o.slug for o in notice.counterparties.all()] == ["lga"]
    assert sorted(o.slug for o in meeting.bearers.all()) == ["cqc", "lga"]


def test_it_warns_when_a_name_matches_no_organisation(cqc_manager, agreement):
    result = _save(cqc_manager, agreement)
    unknown = result.obligations[2]
    assert not unknown.bearers.exists()
    assert unknown.details["unmatched"] == ["Department of Silly Walks"]
    assert any("Department of Silly Walks" in w for w in result.warnings)
    assert "clause 2: a guess the parser made" in result.warnings


def test_a_duty_guessed_from_keywords_keeps_that_mark_for_the_reviewer(cqc_manager, agreement):
    doc = {**DOCUMENT, "obligations": [dict(o) for o in DOCUMENT["obligations"]]}
    doc["obligations"][1]["basis"] = "keywords"
    first, guessed, _ = _save(cqc_manager, agreement, doc).obligations
    assert guessed.details["basis"] == "keywords"
    assert first.details["basis"] == "rule"  # no mark in the document: a rule found it


def test_a_failed_save_leaves_no_version_clause_duty_or_audit_row(cqc_manager, agreement):
    doc = document()
    # The last duty is invalid (offset too long for its column): it fails after the version,
    # its clauses and the first duties were written, which must all be rolled back.
    doc["obligations"][-1]["trigger"] = {"event": "publication", "offset": "P" + "1" * 60 + "D"}
    before = AuditEvent.objects.count()
    with pytest.raises(ValidationError):
        _save(cqc_manager, agreement, doc)
    assert not AgreementVersion.objects.filter(agreement=agreement).exists()
    assert not Clause.objects.filter(version__agreement=agreement).exists()
    assert not Obligation.objects.filter(agreement=agreement).exists()
    assert AuditEvent.objects.count() == before


def test_a_repeated_clause_path_is_refused_with_the_path_named(cqc_manager, agreement):
    doc = document()
    doc["clauses"].append(dict(doc["clauses"][0]))
    with pytest.raises(ValidationError, match="'1' appears twice"):
        _save(cqc_manager, agreement, doc)
    assert not AgreementVersion.objects.filter(agreement=agreement).exists()


def test_a_body_that_is_not_a_party_cannot_save_a_draft(ofsted_editor, agreement):
    with pytest.raises(PermissionDenied):
        _save(ofsted_editor, agreement)
    assert not AgreementVersion.objects.filter(agreement=agreement).exists()


def _job(actor, agreement, text: str = SMALL_MOU) -> IngestJob:
    return services.ingest_job_create(
        actor=actor, agreement=agreement, data=text.encode(), filename="mou.txt"
    )


def test_a_job_parses_and_saves_a_draft_then_drops_the_uploaded_bytes(cqc_manager, agreement):
    job = services.ingest_job_run(job_id=_job(cqc_manager, agreement).pk)
    assert job.state == JobState.DONE and job.progress == 100
    assert job.version.agreement == agreement and job.version.created_by == cqc_manager
    assert job.version.clauses.exists()
    assert bytes(job.data) == b""


def test_the_task_is_idempotent_when_run_twice(cqc_manager, agreement, monkeypatch):
    monkeypatch.setattr(tasks, "INLINE_PARSE_MAX_BYTES", 0)  # force the background path
    job = tasks.ingest_job_start(
        actor=cqc_manager, agreement=agreement, data=SMALL_MOU.encode(), filename="mou.txt"
    )
    assert job.task_id and job.state == JobState.QUEUED
    first = tasks.ingest_job_task.call(job.pk)
    second = tasks.ingest_job_task.call(job.pk)
    assert first == second is not None
    assert AgreementVersion.objects.filter(agreement=agreement).count() == 1
    assert AuditEvent.objects.filter(event="version.create", agreement=agreement).count() == 1


def test_a_job_for_an_unreadable_file_fails_with_the_reason_and_saves_nothing(
    cqc_manager, agreement
):
    job = services.ingest_job_create(
        actor=cqc_manager, agreement=agreement, data=b"%PDF-1.7 broken", filename="x.pdf"
    )
    job = services.ingest_job_run(job_id=job.pk)
    assert job.state == JobState.FAILED
    assert job.error.startswith("x.pdf")
    assert not AgreementVersion.objects.filter(agreement=agreement).exists()


def test_a_job_over_the_time_limit_fails_with_the_reason_and_saves_nothing(
    cqc_manager, agreement, settings
):
    settings.JOINTWORK_INGEST_SECONDS = 0.3
    job = services.ingest_job_create(
        actor=cqc_manager, agreement=agreement, data=make_flate_bomb_pdf(5), filename="mou.pdf"
    )
    job = services.ingest_job_run(job_id=job.pk)
    assert job.state == JobState.FAILED
    assert job.error == "mou.pdf: parsing stopped after 0.3 s (time limit)"
    assert not AgreementVersion.objects.filter(agreement=agreement).exists()


def _candidate(actor, agreement, index: int = 0) -> Obligation:
    return _save(actor, agreement).obligations[index]


def test_confirming_a_candidate_on_a_draft_is_audited_but_waits_for_publication(
    cqc_manager, agreement
):
    obligation = _candidate(cqc_manager, agreement)
    services.candidate_confirm(actor=cqc_manager, obligation=obligation)
    assert Obligation.objects.filter(pk=obligation.pk, state=ObligationState.CONFIRMED).exists()
    assert not Obligation.objects.in_force().filter(pk=obligation.pk).exists()
    event = AuditEvent.objects.for_object(obligation).get(event="obligation.confirmed")
    assert event.actor == cqc_manager
    assert event.before["state"] == "candidate" and event.after["state"] == "confirmed"


def test_rejecting_a_candidate_is_audited_with_the_reason(cqc_manager, agreement):
    obligation = _candidate(cqc_manager, agreement)
    services.candidate_reject(actor=cqc_manager, obligation=obligation, reason="Not a duty")
    obligation.refresh_from_db()
    assert obligation.state == ObligationState.REJECTED
    event = AuditEvent.objects.for_object(obligation).get(event="obligation.rejected")
    assert event.note == "Not a duty" and event.actor == cqc_manager


def test_a_duty_without_a_bearer_cannot_be_confirmed(cqc_manager, agreement):
    obligation = _candidate(cqc_manager, agreement, index=2)
    with pytest.raises(ValidationError, match="who bears"):
        services.candidate_confirm(actor=cqc_manager, obligation=obligation)


def test_a_confirmed_duty_cannot_be_confirmed_or_rejected_again(cqc_manager, agreement):
    obligation = _candidate(cqc_manager, agreement)
    services.candidate_confirm(actor=cqc_manager, obligation=obligation)
    with pytest.raises(ValidationError, match="already confirmed"):
        services.candidate_reject(actor=cqc_manager, obligation=obligation)


def test_another_bodys_editor_cannot_confirm_reject_or_edit(cqc_manager, ofsted_editor, agreement):
    obligation = _candidate(cqc_manager, agreement)
    with pytest.raises(PermissionDenied):
        services.candidate_confirm(actor=ofsted_editor, obligation=obligation)
    with pytest.raises(PermissionDenied):
        services.candidate_reject(actor=ofsted_editor, obligation=obligation)
    with pytest.raises(PermissionDenied):
        services.candidate_update(
            actor=ofsted_editor, obligation=obligation, kind="other", summary="x", bearers=[]
        )
    obligation.refresh_from_db()
    assert obligation.state == ObligationState.CANDIDATE


def test_editing_a_candidate_records_old_and_new_values(cqc_manager, agreement, org):
    obligation = _candidate(cqc_manager, agreement)
    services.candidate_update(
        actor=cqc_manager,
        obligation=obligation,
        kind="notice_before_publication",
        summary="Five working days' notice",
        bearers=[org("cqc")],
        counterparties=[org("lga")],
        trigger_event="publication",
        trigger_offset="-P5D",
        clause=obligation.clause,
    )
    event = AuditEvent.objects.for_object(obligation).get(event="obligation.update")
    assert event.before["trigger_offset"] == "-PT48H"
    assert event.after["trigger_offset"] == "-P5D"
    assert event.after["summary"] == "Five working days' notice"


def test_a_clause_from_another_version_cannot_be_cited(cqc_manager, agreement, org):
    obligation = _candidate(cqc_manager, agreement)
    other = _save(cqc_manager, agreement).version.clauses.first()
    with pytest.raises(ValidationError, match="must belong to the obligation's version"):
        services.candidate_update(
            actor=cqc_manager,
            obligation=obligation,
            kind="other",
            summary="x",
            bearers=[org("cqc")],
            clause=other,
        )
