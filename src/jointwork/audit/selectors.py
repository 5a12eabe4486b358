from __future__ import annotations

from django.db.models import QuerySet

from jointwork.audit.models import AuditEvent


def audit_history_for_agreement(*, agreement_id: int) -> QuerySet[AuditEvent]:
    return AuditEvent.objects.filter(agreement_id=agreement_id).select_related("actor")
