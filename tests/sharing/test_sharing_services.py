"""Filing, deciding, reviewing and the ledger, against the built-in register."""

from __future__ import annotations

import json
import os
import threading

import pytest
from django.core.exceptions import PermissionDenied
from django.db import connection

from jointwork.accounts.models import Role
from jointwork.audit.models import AuditEvent
from jointwork.obligations.models import Obligation, ObligationState
from jointwork.register.models import Agreement
from jointwork.sharing.models import Decision, LedgerEntry, RequestState
from jointwork.sharing.request import RequestError, parse_request
from jointwork.sharing.selectors import agreement_terms, inbox, ledger_verify, review_queue
from jointwork.sharing.services import (
    NotAtSendingBody,
    OwnRequest,
    SharingStateError,
    ledger_append,
    share_decide,
    share_request_approve,
    share_request_file,
    share_request_refuse,
)

BASE = {
    "agreement": "cqc-lga-mou-2015",
    "from": "cqc",
    "to": "lga",
    "purpose": "Trends in inspection outcomes",
    "personal_data": False,
    "identifies_service_users": False,
    "identifies_registered_persons": False,
    "special_category": False,
    "legal_basis": None,
    "pre_publication": False,
    "foi_request": False,
}


def request(**change):
    return parse_request({**BASE, **change})


@pytest.fixture
def lga_viewer(builtin_register, make_user):
    """Someone at the receiving body: sees the inbox, cannot file for CQC."""
    return make_user("lga-viewer", "lga", Role.VIEWER)


def test_an_allowed_share_is_recorded_with_reasons_and_on_the_ledger(cqc_viewer, lga_viewer):
    sr = share_request_file(actor=cqc_viewer, data=request())
    assert sr.state == RequestState.ALLOWED
    decision = sr.decisions.get()
    assert decision.reasons[0]["citation"] == "cqc-lga-mou-2015 §14"
    entry = LedgerEntry.objects.get()
    payload = json.loads(entry.payload)
    assert (payload["type"], payload["request"], payload["decision"]) == (
        "decision",
        sr.pk,
        "allow",
    )
    assert "Trends" not in entry.payload  # no request text on the ledger, only its digest
    assert inbox(lga_viewer) == [sr]
    assert AuditEvent.objects.filter(event="sharing.request_decided", target_id=str(sr.pk)).exists()


def test_the_para_16_prohibition_denies_a_named_provider(cqc_viewer, lga_viewer):
    sr = share_request_file(actor=cqc_viewer, data=request(identifies_registered_persons=True))
    assert sr.state == RequestState.DENIED
    assert sr.decisions.get().basis == "prohibited"
    assert inbox(lga_viewer) == []


def test_a_user_not_at_the_sending_body_is_refused_and_audited(ofsted_editor):
    with pytest.raises(NotAtSendingBody):
        share_request_file(actor=ofsted_editor, data=request())
    event = AuditEvent.objects.get(event="sharing.request_refused_not_member")
    assert event.actor == ofsted_editor
    assert json.loads(LedgerEntry.objects.get().payload)["type"] == "refused_not_member"
    assert not Decision.objects.exists()


def test_information_governance_approves_a_share_that_needs_review(cqc_viewer, cqc_ig):
    sr = share_request_file(actor=cqc_viewer, data=request(foi_request=True))
    assert sr.state == RequestState.AWAITING_REVIEW
    assert review_queue(cqc_ig) == [sr]
    assert review_queue(cqc_viewer) == []
    with pytest.raises(PermissionDenied):
        share_request_approve(actor=cqc_viewer, share_request=sr)
    share_request_approve(actor=cqc_ig, share_request=sr, note="LGA consulted on 3 March")
    sr.refresh_from_db()
    assert sr.state == RequestState.APPROVED
    assert [d.kind for d in sr.decisions.all()] == ["policy", "approval"]
    with pytest.raises(SharingStateError):
        share_request_refuse(actor=cqc_ig, share_request=sr, reason="too late")
    assert ledger_verify().count == 2


def test_a_refusal_needs_a_reason_and_is_recorded(cqc_viewer, cqc_ig):
    sr = share_request_file(actor=cqc_viewer, data=request(foi_request=None))
    with pytest.raises(SharingStateError, match="reason"):
        share_request_refuse(actor=cqc_ig, share_request=sr, reason=" ")
    share_request_refuse(actor=cqc_ig, share_request=sr, reason="Flags not stated")
    sr.refresh_from_db()
    assert sr.state == RequestState.REFUSED
    assert AuditEvent.objects.filter(event="sharing.request_refused").count() == 1


def test_unknown_agreement_or_body_is_bad_input(builtin_register):
    with pytest.raises(RequestError, match="unknown agreement 'no-such'"):
        share_decide(data=request(agreement="no-such"))
    with pytest.raises(RequestError, match="unknown body 'nowhere'"):
        share_decide(data=request(to="nowhere"))


def test_a_body_outside_the_agreement_is_denied(builtin_register):
    decision = share_decide(data=request(to="ofsted"))
    assert decision.decision == "deny"
    assert "cqc-lga-mou-2015.parties.to" in [r.rule for r in decision.reasons]


def test_an_agreement_not_in_force_denies(builtin_register):
    Agreement.objects.filter(slug="cqc-lga-mou-2015").update(status="withdrawn")
    decision = share_decide(data=request())
    assert decision.decision == "deny"
    assert decision.reasons[0].rule == "law.agreement.not_in_force"


def test_a_confirmed_obligation_row_feeds_the_policy(builtin_register, org):
    agreement = Agreement.objects.get(slug="cqc-ukba-mou")
    Agreement.objects.filter(pk=agreement.pk).update(status="current")
    data = request(agreement="cqc-ukba-mou", to="ukba")
    assert share_decide(data=data).basis == "not_authorised"
    row = Obligation.objects.create(
        agreement=agreement,
        clause_path="7",
        kind="share_information",
        summary="Exchange non-personal information.",
        state=ObligationState.CONFIRMED,
    )
    row.bearers.add(org("cqc"))
    assert [o.clause for o in agreement_terms(agreement).obligations] == ["7"]
    decision = share_decide(data=data)
    assert decision.decision == "allow"
    assert decision.reasons[0].rule == "cqc-ukba-mou.7.share_information"


def test_ledger_verify_names_the_first_tampered_entry(builtin_register):
    for i in range(4):
        ledger_append(payload={"type": "test", "n": i})
    LedgerEntry.objects.filter(seq=3).update(payload='{"n":99,"type":"test"}')
    result = ledger_verify()
    assert (result.ok, result.broken_seq) == (False, 3)


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(
    not os.environ.get("DATABASE_URL", "").startswith(("postgres", "postgresql")),
    reason="needs PostgreSQL (DATABASE_URL)",
)
def test_concurrent_appends_stay_ordered_and_gap_free():
    errors: list[BaseException] = []

    def writer(n: int) -> None:
        try:
            for i in range(10):
                ledger_append(payload={"type": "test", "writer": n, "i": i})
        except BaseException as exc:
            errors.append(exc)  # reported by the assertion below
        finally:
            connection.close()

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert list(LedgerEntry.objects.values_list("seq", flat=True)) == list(range(1, 81))
    assert ledger_verify().ok


@pytest.mark.parametrize("approve", [True, False], ids=["approve", "refuse"])
def test_the_person_who_filed_a_request_cannot_review_it(cqc_ig, approve):
    sr = share_request_file(actor=cqc_ig, data=request(foi_request=True))
    assert sr.state == RequestState.AWAITING_REVIEW
    with pytest.raises(OwnRequest, match="someone else in information governance"):
        if approve:
            share_request_approve(actor=cqc_ig, share_request=sr, note="fine by me")
        else:
            share_request_refuse(actor=cqc_ig, share_request=sr, reason="on second thoughts")
    sr.refresh_from_db()
    assert sr.state == RequestState.AWAITING_REVIEW
    assert [d.kind for d in sr.decisions.all()] == ["policy"]
    event = AuditEvent.objects.get(event="sharing.review_refused_own_request")
    assert (event.actor, event.target_id) == (cqc_ig, str(sr.pk))
