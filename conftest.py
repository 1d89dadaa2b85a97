"""pytest-django: the Django settings for tests that use the database (tests/web, tests/reporting)."""
import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cchc.web.settings")
