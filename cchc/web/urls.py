"""URL configuration: the tracking pages, the reporting pages and the admin."""
from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("quan-tri/", admin.site.urls),
    path("bao-cao/", include("cchc.reporting.urls")),
    path("", include("cchc.tracking.urls")),
]

handler403 = "cchc.tracking.views.auth.permission_denied"
handler404 = "cchc.tracking.views.auth.not_found"
handler500 = "cchc.tracking.views.auth.server_error"
