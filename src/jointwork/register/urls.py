from django.urls import path

from jointwork.register import views

app_name = "register"
urlpatterns = [
    path("", views.index, name="index"),
    path("agreements/<slug:slug>/", views.agreement, name="agreement"),
    path("forum/", views.forum, name="forum"),
    path("home/", views.dashboard, name="dashboard"),
]
