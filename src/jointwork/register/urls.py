from django.urls import path

from jointwork.register import editing, views

app_name = "register"
agreement = "agreements/<slug:slug>/"
version = agreement + "versions/<int:number>/"
urlpatterns = [
    path("", views.index, name="index"),
    path("forum/", views.forum, name="forum"),
    path("home/", views.dashboard, name="dashboard"),
    # Before the agreement pattern, so "new" is never read as a slug.
    path("agreements/new/", editing.agreement_create, name="agreement_create"),
    path(agreement, views.agreement, name="agreement"),
    path(agreement + "history/", views.history, name="history"),
    path(agreement + "edit/", editing.agreement_edit, name="agreement_edit"),
    path(agreement + "withdraw/", editing.agreement_withdraw, name="agreement_withdraw"),
    path(agreement + "supersede/", editing.agreement_supersede, name="agreement_supersede"),
    path(agreement + "parties/", editing.agreement_parties, name="agreement_parties"),
    path(agreement + "parties/new/", editing.party_add, name="party_add"),
    path(
        agreement + "parties/<slug:organisation>/role/",
        editing.party_role_edit,
        name="party_role_edit",
    ),
    path(
        agreement + "parties/<slug:organisation>/lead/",
        editing.party_lead_edit,
        name="party_lead_edit",
    ),
    path(agreement + "contacts/new/", editing.contact_create, name="contact_create"),
    path(agreement + "contacts/<int:pk>/edit/", editing.contact_edit, name="contact_edit"),
    path(agreement + "versions/new/", editing.version_create, name="version_create"),
    path(version, views.version, name="version"),
    path(version + "edit/", editing.version_edit, name="version_edit"),
    path(version + "submit/", editing.version_submit, name="version_submit"),
    path(version + "sign-off/", editing.version_sign_off, name="version_sign_off"),
]
