from django.urls import path

from jointwork.liaison import views

app_name = "liaison"
urlpatterns = [
    path("", views.index, name="index"),
    path("incidents/new/", views.incident_new, name="incident_new"),
    path("incidents/<int:pk>/", views.incident, name="incident"),
    path("incidents/<int:pk>/accept/", views.triage_accept, name="accept"),
    path("incidents/<int:pk>/hand-over/", views.triage_hand_over, name="hand_over"),
    path("incidents/<int:pk>/agree/", views.triage_agree, name="agree"),
]
