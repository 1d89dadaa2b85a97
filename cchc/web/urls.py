"""URL configuration: the tracking pages, the admin, and the reporting app when it is installed."""
from django.apps import apps
from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("quan-tri/", admin.site.urls),
    path("", include("cchc.tracking.urls")),
]
if apps.is_installed("cchc.reporting"):
    urlpatterns.insert(1, path("bao-cao/", include("cchc.reporting.urls")))

handler403 = "cchc.tracking.views.auth.permission_denied"
handler404 = "cchc.tracking.views.auth.not_found"
handler500 = "cchc.tracking.views.auth.server_error"
