from django.contrib import admin

from jointwork.accounts.models import ApiToken, Membership, Organisation
from jointwork.audit.admin import AuditedModelAdmin


@admin.register(Organisation)
class OrganisationAdmin(AuditedModelAdmin):
    list_display = ["name", "short_name", "slug", "kind"]
    search_fields = ["name", "short_name", "slug"]


@admin.register(Membership)
class MembershipAdmin(AuditedModelAdmin):
    deletable = True  # someone leaves; their organisation keeps their items (issue 5)
    list_display = ["user", "organisation", "role"]
    list_filter = ["role", "organisation"]


@admin.register(ApiToken)
class ApiTokenAdmin(AuditedModelAdmin):
    list_display = ["name", "user", "created_at", "revoked_at"]
    readonly_fields = ["key_hash"]
