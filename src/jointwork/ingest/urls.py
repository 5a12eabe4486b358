from django.urls import path

from jointwork.ingest import views

app_name = "ingest"
urlpatterns = [
    path("agreements/<slug:slug>/upload/", views.upload, name="upload"),
    path("jobs/<int:pk>/", views.job, name="job"),
    path("versions/<int:pk>/review/", views.review, name="review"),
    path("versions/<int:pk>/extract/", views.extract, name="extract"),
    path("versions/<int:pk>/changes/", views.changes, name="changes"),
    path("duties/<int:pk>/edit/", views.candidate_edit, name="edit"),
    path("duties/<int:pk>/confirm/", views.candidate_confirm, name="confirm"),
    path("duties/<int:pk>/reject/", views.candidate_reject, name="reject"),
    path("contacts/<int:pk>/add/", views.contact_add, name="contact_add"),
]
