"""pytest-django: Django settings for the tests that use the web app (tests/web, tests/reporting).

pyproject.toml sets no DJANGO_SETTINGS_MODULE, so it is set here; Django is set up at once because
test modules import models at collection time.
"""
import os

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cchc.web.settings")
django.setup()
