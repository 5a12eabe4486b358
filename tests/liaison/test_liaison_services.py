"""Recording incidents and acting on their triage: audited, permission-checked, atomic."""

import pytest
from django.core.exceptions import PermissionDenied

from jointwork.audit.models import AuditEvent
from jointwork.liaison.facts import FactsError
from jointwork.liaison.models import Incident, Triage
from jointwork.liaison.services import (
    TriageActionError,
    triage_accept,
    triage_agree_primacy,
    triage_hand_over,
)
from jointwork.liaison.table import triage as pure_triage
from tests.liaison.conftest import BASE

pytestmark = pytest.mark.django_db


def liaison_events():
    return AuditEvent.objects.filter(event__startswith="liaison.")


def current(incident):
    return incident.triages.latest()


def test_it_records_the_incident_with_the_tables_answer_and_audits_both(editors, record):
    incident = record(editors["cqc"], "cqc", person_harmed="worker")
    triage = current(incident)
    assert triage.as_contract() == pure_triage(incident.facts).as_dict()
    assert (triage.lead_body, triage.state) == ("HSE", "proposed")
    events = list(liaison_events().order_by("pk").values_list("event", flat=True))
    assert events == ["liaison.incident_recorded", "liaison.triage_proposed"]


def test_it_saves_nothing_when_a_fact_is_missing(editors, org):
    from jointwork.liaison.services import incident_record

    with pytest.raises(FactsError, match="missing fact 'outcome'"):
        incident_record(
            actor=editors["cqc"],
            organisation=org("cqc"),
            summary="x",
            facts={k: v for k, v in BASE.items() if k != "outcome"},
        )
    counts = (Incident.objects.count(), Triage.objects.count(), liaison_events().count())
    assert counts == (0, 0, 0)


def test_it_refuses_to_report_for_an_organisation_the_user_does_not_edit_for(editors, record):
    with pytest.raises(PermissionDenied):
        record(editors["ofsted"], "cqc")
    assert Incident.objects.count() == 0


def test_the_lead_body_accepts_and_the_acceptance_is_audited(editors, record):
    incident = record(editors["la"], "local-authorities")
    triage = triage_accept(actor=editors["cqc"], triage=current(incident))
    assert (triage.state, triage.lead_body, triage.decided_by) == (
        "accepted",
        "CQC",
        editors["cqc"],
    )
    event = AuditEvent.objects.get(event="liaison.triage_accepted")
    assert (event.before["state"], event.after["state"]) == ("proposed", "accepted")


def test_another_body_cannot_accept_the_lead(editors, record):
    incident = record(editors["cqc"], "cqc")
    with pytest.raises(PermissionDenied):
        triage_accept(actor=editors["hse"], triage=current(incident))
    assert current(incident).state == "proposed"


def test_handing_over_needs_a_reason_and_moves_the_lead(editors, record):
    incident = record(editors["cqc"], "cqc")
    with pytest.raises(TriageActionError, match="reason"):
        triage_hand_over(actor=editors["cqc"], triage=current(incident), to_body="HSE", reason=" ")
    reason = "Specific regulations directly relevant: Annex B"
    triage_hand_over(actor=editors["cqc"], triage=current(incident), to_body="HSE", reason=reason)
    triage = current(incident)
    assert (triage.state, triage.lead_body, triage.decision_reason) == (
        "handed_over",
        "HSE",
        reason,
    )
    assert AuditEvent.objects.get(event="liaison.triage_handed_over").note == reason
    with pytest.raises(PermissionDenied):
        triage_accept(actor=editors["cqc"], triage=triage)
    assert triage_accept(actor=editors["hse"], triage=triage).state == "accepted"


def test_it_refuses_to_hand_over_to_the_same_or_an_unknown_body(editors, record):
    incident = record(editors["cqc"], "cqc")
    for body in ("CQC", "Ofsted"):
        with pytest.raises(TriageActionError, match="other than CQC"):
            triage_hand_over(
                actor=editors["cqc"], triage=current(incident), to_body=body, reason="r"
            )


def test_candidate_bodies_record_the_agreed_lead_when_the_table_asks_them(editors, record):
    # MoU para 14 / Annex B: asbestos in a hospital -> CQC and HSE agree primacy.
    incident = record(editors["cqc"], "cqc", specific_hs_legislation="asbestos")
    triage = current(incident)
    assert (triage.lead, triage.candidates, triage.lead_body) == (
        "agree_primacy",
        ["CQC", "HSE"],
        "",
    )
    with pytest.raises(TriageActionError, match="agree who leads"):
        triage_accept(actor=editors["cqc"], triage=triage)
    with pytest.raises(PermissionDenied):
        triage_agree_primacy(actor=editors["la"], triage=triage, lead_body="HSE", reason="call")
    with pytest.raises(TriageActionError, match="Choose one of CQC, HSE"):
        triage_agree_primacy(actor=editors["hse"], triage=triage, lead_body="LA", reason="call")
    agreed = triage_agree_primacy(
        actor=editors["hse"], triage=triage, lead_body="HSE", reason="Agreed by phone, 3 March"
    )
    assert (agreed.state, agreed.lead_body) == ("agreed", "HSE")
    assert AuditEvent.objects.filter(event="liaison.primacy_agreed").count() == 1
    with pytest.raises(TriageActionError, match="already agreed"):
        triage_agree_primacy(actor=editors["cqc"], triage=agreed, lead_body="CQC", reason="no")


def test_there_is_no_primacy_to_agree_when_the_table_named_a_lead(editors, record):
    incident = record(editors["cqc"], "cqc")
    with pytest.raises(TriageActionError, match="no primacy to agree"):
        triage_agree_primacy(
            actor=editors["cqc"], triage=current(incident), lead_body="CQC", reason="r"
        )


def test_the_reporter_records_decisions_for_a_police_lead(editors, record):
    # The police have no organisation in Jointwork: the reporting body records for them.
    incident = record(
        editors["la"], "local-authorities", outcome="death", suspected_gross_negligence=True
    )
    triage = current(incident)
    assert triage.lead_body == "police"
    with pytest.raises(PermissionDenied):
        triage_accept(actor=editors["cqc"], triage=triage)
    reason = "Police discounted a homicide offence"
    handed = triage_hand_over(actor=editors["la"], triage=triage, to_body="CQC", reason=reason)
    assert handed.lead_body == "CQC"


def test_bodies_named_by_the_triage_see_the_incident_and_others_do_not(editors, record):
    incident = record(editors["la"], "local-authorities", person_harmed="worker")  # HSE leads
    visible = {
        name: Incident.objects.visible_to(user).filter(pk=incident.pk).exists()
        for name, user in editors.items()
    }
    assert visible == {"cqc": False, "hse": True, "la": True, "ofsted": False}
