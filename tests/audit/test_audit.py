"""The audit trail is append-only and an agreement's history is complete."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied

from jointwork.audit.models import AuditEvent
from jointwork.audit.selectors import audit_history_for_agreement
from jointwork.register.models import Agreement
from jointwork.register.services import agreement_update, version_create


@pytest.fixture
def event(builtin_register) -> AuditEvent:
    return AuditEvent.objects.first()


def test_an_audit_event_cannot_be_changed(event):
    event.note = "rewritten"
    with pytest.raises(PermissionDenied):
        event.save()


def test_an_audit_event_cannot_be_deleted(event):
    with pytest.raises(PermissionDenied):
        event.delete()


def test_audit_events_cannot_be_changed_or_deleted_in_bulk(event):
    with pytest.raises(PermissionDenied):
        AuditEvent.objects.filter(pk=event.pk).update(note="x")
    with pytest.raises(PermissionDenied):
        AuditEvent.objects.filter(pk=event.pk).delete()


def test_changes_lists_only_the_fields_that_differ():
    event = AuditEvent(before={"a": 1, "b": 2}, after={"a": 1, "b": 3, "c": 4})
    assert event.changes == [("b", 2, 3), ("c", None, 4)]


def test_an_agreements_history_holds_its_own_events_newest_first(cqc_manager):
    agreement = Agreement.objects.get(slug="cqc-lga-mou-2015")
    other = Agreement.objects.get(slug="cqc-ofsted-mou-2011")
    agreement_update(actor=cqc_manager, agreement=agreement, summary="Changed.")
    version_create(actor=cqc_manager, agreement=agreement, text="Text")
    agreement_update(actor=cqc_manager, agreement=other, summary="Elsewhere.")
    history = list(audit_history_for_agreement(agreement_id=agreement.pk))
    assert [e.event for e in history[:2]] == ["version.create", "agreement.update"]
    assert all(e.agreement_id == agreement.pk for e in history)
    assert history[0].actor_label == "cqc-manager"
