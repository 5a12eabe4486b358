from django.contrib import admin

from jointwork.register.models import (
    Agreement,
    AgreementVersion,
    Clause,
    Contact,
    Forum,
    ForumMember,
    Meeting,
    MeetingAction,
    Party,
    SignOff,
)


class PartyInline(admin.TabularInline):
    model = Party
    extra = 0


class ContactInline(admin.TabularInline):
    model = Contact
    extra = 0


@admin.register(Agreement)
class AgreementAdmin(admin.ModelAdmin):
    list_display = ["title", "slug", "kind", "status", "in_force_on", "next_review_on"]
    list_filter = ["kind", "status", "is_public"]
    search_fields = ["title", "slug", "summary"]
    inlines = [PartyInline, ContactInline]

    def has_delete_permission(self, request, obj=None):
        return False  # withdraw or supersede instead


@admin.register(AgreementVersion)
class AgreementVersionAdmin(admin.ModelAdmin):
    list_display = ["agreement", "number", "state", "created_at", "published_at"]
    list_filter = ["state"]
    readonly_fields = ["sha256"]

    def has_delete_permission(self, request, obj=None):
        return False


class ForumMemberInline(admin.TabularInline):
    model = ForumMember
    extra = 0


@admin.register(Forum)
class ForumAdmin(admin.ModelAdmin):
    inlines = [ForumMemberInline]


admin.site.register([Clause, SignOff, Meeting, MeetingAction])
