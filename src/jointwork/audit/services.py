"""Writing audit events. Every service that changes state calls :func:`audit_record`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.db import models
from django.forms.models import model_to_dict

from jointwork.audit.models import AuditEvent

if TYPE_CHECKING:  # audit sits below the domains: it names Agreement for typing only
    from jointwork.register.models import Agreement


def snapshot(obj: models.Model, *, fields: list[str] | None = None) -> dict[str, Any]:
    """A JSON-friendly picture of a model's concrete fields, for before/after values."""
    data = model_to_dict(obj, fields=fields)
    for field in obj._meta.concrete_fields:
        if field.is_relation and field.name in data:
            data[field.name] = getattr(obj, field.attname)
    return {k: (list(v) if isinstance(v, set | tuple) else v) for k, v in data.items()}


def _actor_label(actor: Any) -> str:
    if actor is None:
        return "system"
    if not getattr(actor, "is_authenticated", False):
        return "anonymous"
    return actor.get_username()


def audit_record(
    *,
    actor: Any,
    event: str,
    target: models.Model,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    agreement: Agreement | None = None,
    note: str = "",
) -> AuditEvent:
    """Append one audit event. Call it inside the same transaction as the change it records."""
    user = actor if getattr(actor, "is_authenticated", False) else None
    return AuditEvent.objects.create(
        actor=user,
        actor_label=_actor_label(actor),
        event=event,
        target_type=target._meta.label_lower,
        target_id=str(target.pk),
        target_repr=str(target)[:300],
        agreement=agreement,
        before=before,
        after=after,
        note=note,
    )
