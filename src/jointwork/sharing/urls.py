from django.urls import path

from jointwork.sharing import views

app_name = "sharing"
urlpatterns = [
    path("", views.index, name="index"),
    path("new/", views.new, name="new"),
    path("new/recipients/", views.recipients, name="recipients"),
    path("requests/<int:pk>/", views.detail, name="request"),
    path("requests/<int:pk>/review/", views.review, name="review"),
    path("review/", views.queue, name="queue"),
    path("inbox/", views.inbox, name="inbox"),
    path("ledger/", views.ledger, name="ledger"),
]
