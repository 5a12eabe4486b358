from django.contrib import admin

from jointwork.audit.models import AuditEvent


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
