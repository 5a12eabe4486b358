from django.contrib import admin

from jointwork.audit.admin import AuditedInline, AuditedModelAdmin
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
    VersionState,
)


class PartyInline(AuditedInline):
    model = Party


class ContactInline(AuditedInline):
    model = Contact


@admin.register(Agreement)
class AgreementAdmin(AuditedModelAdmin):
    list_display = ["title", "slug", "kind", "status", "in_force_on", "next_review_on"]
    list_filter = ["kind", "status", "is_public"]
    search_fields = ["title", "slug", "summary"]
    inlines = [PartyInline, ContactInline]


@admin.register(AgreementVersion)
class AgreementVersionAdmin(AuditedModelAdmin):
    list_display = ["agreement", "number", "state", "created_at", "published_at"]
    list_filter = ["state"]
    readonly_fields = ["sha256"]

    def get_readonly_fields(self, request, obj=None):
        # Published versions are the record every party signed: immutable here too.
        if obj is not None and obj.state in {VersionState.PUBLISHED, VersionState.SUPERSEDED}:
            return [f.name for f in obj._meta.fields]
        return self.readonly_fields


class ForumMemberInline(AuditedInline):
    model = ForumMember


@admin.register(Forum)
class ForumAdmin(AuditedModelAdmin):
    inlines = [ForumMemberInline]


@admin.register(Clause, SignOff, Meeting, MeetingAction)
class RegisterRecordAdmin(AuditedModelAdmin):
    pass
