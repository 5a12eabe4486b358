from django.contrib import admin
from django.urls import include, path

from jointwork.api import api

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", api.urls),
    path("accounts/", include("jointwork.accounts.urls")),
    path("ingest/", include("jointwork.ingest.urls")),
    path("obligations/", include("jointwork.obligations.urls")),
    path("sharing/", include("jointwork.sharing.urls")),
    path("liaison/", include("jointwork.liaison.urls")),
    path("", include("jointwork.register.urls")),
]
