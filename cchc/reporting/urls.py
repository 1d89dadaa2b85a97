"""Pages of the reporting regime (mounted under /bao-cao/)."""
from django.urls import path  # noqa: F401  (patterns are added as the pages are written)

app_name = "reporting"
urlpatterns: list = []
