"""Admin: platform admins add extra holidays here; adding one recomputes the open items it moves."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin, messages

from jointwork.obligations import workdays
from jointwork.obligations.models import (
    DueItem,
    ExtraHoliday,
    FeedToken,
    Obligation,
    TriggerEvent,
)
from jointwork.obligations.services import extra_holiday_add


class ExtraHolidayForm(forms.ModelForm):
    class Meta:
        model = ExtraHoliday
        fields = ("day", "name", "regions")
        help_texts = {"regions": "Comma-separated: eng, wls, sct, nir, or uk for every nation."}

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        if data.get("day") and data.get("regions"):
            regions = frozenset(r.strip() for r in data["regions"].split(",") if r.strip())
            try:
                workdays.ExtraHoliday(data["day"], data.get("name", ""), regions)
            except workdays.WorkdaysError as exc:
                raise forms.ValidationError({"regions": str(exc)}) from exc
        return data


@admin.register(ExtraHoliday)
class ExtraHolidayAdmin(admin.ModelAdmin):
    form = ExtraHolidayForm
    list_display = ("day", "name", "regions", "created_by", "created_at")

    def has_add_permission(self, request) -> bool:
        return request.user.is_superuser

    def has_change_permission(self, request, obj=None) -> bool:
        return False  # a holiday is added (and audited) once; delete and re-add to correct it

    def save_model(self, request, obj, form, change) -> None:
        holiday, moved = extra_holiday_add(
            actor=request.user, day=obj.day, name=obj.name, regions=obj.regions
        )
        obj.pk = holiday.pk
        messages.info(request, f"{len(moved)} open items were recomputed.")


@admin.register(Obligation)
class ObligationAdmin(admin.ModelAdmin):
    list_display = ("__str__", "kind", "state", "rrule", "trigger_event", "trigger_offset")
    list_filter = ("state", "kind")
    search_fields = ("summary", "clause_path", "agreement__slug")


@admin.register(DueItem)
class DueItemAdmin(admin.ModelAdmin):
    list_display = ("title", "due", "state", "obligation")
    list_filter = ("state",)
    readonly_fields = [f.name for f in DueItem._meta.fields]

    def has_add_permission(self, request) -> bool:
        return False


@admin.register(FeedToken)
class FeedTokenAdmin(admin.ModelAdmin):
    """Revoke a private iCal address by setting ``revoked_at``."""

    list_display = ("__str__", "created_by", "created_at", "revoked_at")
    fields = ("revoked_at",)

    def has_add_permission(self, request) -> bool:
        return False


admin.site.register(TriggerEvent)
