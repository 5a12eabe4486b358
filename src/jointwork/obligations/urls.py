from django.urls import path

from jointwork.obligations import views

app_name = "obligations"
urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("organisations/<slug:slug>/", views.dashboard, name="dashboard_for"),
    path("agreements/<slug:slug>/", views.agreement_calendar, name="calendar"),
    path("agreements/<slug:slug>/events/", views.event_record, name="event_record"),
    path("items/<int:pk>/", views.item, name="item"),
    path("items/<int:pk>/<str:action>/", views.item_action, name="item_action"),
    path("feeds/", views.feed_create, name="feed_create"),
    path("feeds/<str:token>.ics", views.feed, name="feed"),
]
