from typing import Any

from django.contrib import admin
from django.db import models
from django.http import HttpRequest

from jointwork.audit.models import AuditEvent
from jointwork.audit.services import audit_record, snapshot
from jointwork.register.models import Agreement


def _agreement_of(obj: models.Model) -> Agreement | None:
    if isinstance(obj, Agreement):
        return obj
    agreement = getattr(obj, "agreement", None)
    if agreement is None and hasattr(obj, "version"):
        agreement = obj.version.agreement
    return agreement


def _audit_save(request: HttpRequest, obj: models.Model, save: Any) -> None:
    change = obj.pk is not None
    before = snapshot(type(obj)._default_manager.get(pk=obj.pk)) if change else None
    save()
    audit_record(
        actor=request.user,
        event=f"{obj._meta.model_name}.admin_{'change' if change else 'add'}",
        target=obj,
        before=before,
        after=snapshot(obj),
        agreement=_agreement_of(obj),
        note="Django admin",
    )


class AuditedInline(admin.TabularInline):
    """Inline rows are audited by their parent's admin and never deleted."""

    extra = 0
    can_delete = False


class AuditedModelAdmin(admin.ModelAdmin):
    """Changes made in the Django admin are audited like service writes (who, when, before and
    after); nothing is deleted there: withdraw or supersede through the service instead."""

    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        _audit_save(
            request,
            obj,
            lambda: super(AuditedModelAdmin, self).save_model(request, obj, form, change),
        )

    def save_formset(self, request: HttpRequest, form: Any, formset: Any, change: bool) -> None:
        for instance in formset.save(commit=False):
            _audit_save(request, instance, instance.save)
        formset.save_m2m()

    # A few records may go (a membership when someone leaves); their deletion is audited.
    deletable = False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return self.deletable and super().has_delete_permission(request, obj)

    def delete_model(self, request: HttpRequest, obj: Any) -> None:
        audit_record(
            actor=request.user,
            event=f"{obj._meta.model_name}.admin_delete",
            target=obj,
            before=snapshot(obj),
            agreement=_agreement_of(obj),
            note="Django admin",
        )
        super().delete_model(request, obj)

    def delete_queryset(self, request: HttpRequest, queryset: Any) -> None:
        for obj in queryset:
            self.delete_model(request, obj)


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    list_display = ["at", "actor_label", "event", "target_type", "target_repr"]
    list_filter = ["event", "target_type"]
    search_fields = ["target_repr", "actor_label", "note"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
