"""Rendered overviews live in a cache the server processes share (files), keyed by the plan's
version and the day: another process reads what one rendered, a write shows at once everywhere,
and `warm_overviews` fills the cache ahead of the first readers."""
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from cchc.tracking import actions
from cchc.tracking.models import Plan, TaskStatus
from cchc.tracking.overview import cache_key

from conftest import overview, task_led_by

REPO = Path(__file__).resolve().parents[2]

READ_IN_ANOTHER_PROCESS = """
import sys, django
from django.conf import settings
settings.configure(CACHES={"default": {"BACKEND": sys.argv[1], "LOCATION": sys.argv[2]}})
django.setup()
from django.core.cache import cache
sys.stdout.write(cache.get(sys.argv[3]) or "")
"""


def read_elsewhere(cache_settings: dict, key: str) -> str:
    """What a separate Python process finds under `key` in the same cache."""
    done = subprocess.run([sys.executable, "-c", READ_IN_ANOTHER_PROCESS, cache_settings["BACKEND"],
                           cache_settings["LOCATION"], key], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


def current_key(plan) -> str:
    return cache_key(Plan.objects.get(pk=plan.pk), timezone.localdate())


def test_an_overview_rendered_here_is_served_to_another_process(reader, plan, shared_cache):
    page = overview(reader, plan)
    elsewhere = read_elsewhere(shared_cache, current_key(plan))
    assert 'class="cards"' in elsewhere and elsewhere in page


def test_a_progress_update_changes_the_key_every_process_looks_up(reader, plan, agency_a, officer_a,
                                                                    shared_cache):
    assert "đã hoàn thành (0)" in overview(reader, plan)
    old_key = current_key(plan)
    actions.update_task_progress(task_led_by(plan, agency_a), officer_a, TaskStatus.DONE, 100, "Đã hoàn thành.")
    new_key = current_key(plan)
    assert new_key != old_key
    assert read_elsewhere(shared_cache, new_key) == ""  # nobody serves the old figures under the new key
    assert "đã hoàn thành (1)" in overview(reader, plan)  # rendered afresh on the next request
    assert read_elsewhere(shared_cache, new_key) != ""


def test_warm_overviews_renders_each_plan_once_then_requests_skip_the_tasks(reader, plan):
    out = io.StringIO()
    call_command("warm_overviews", stdout=out)  # the 2021 plan is over: not warmed by default
    assert out.getvalue().strip() == "Đã dựng 0 trang tổng quan (0 đã có sẵn)."
    call_command("warm_overviews", "--all", stdout=out)
    call_command("warm_overviews", "--all", stdout=out)
    assert out.getvalue().splitlines()[1:] == ["Đã dựng 1 trang tổng quan (0 đã có sẵn).",
                                               "Đã dựng 0 trang tổng quan (1 đã có sẵn)."]
    with CaptureQueriesContext(connection) as queries:
        overview(reader, plan)
    assert not any('"tracking_task"' in q["sql"] for q in queries.captured_queries)


def test_running_plans_are_warmed_by_default(plan):
    Plan.objects.filter(pk=plan.pk).update(period_start=None, period_end=None)  # no end: still running
    out = io.StringIO()
    call_command("warm_overviews", stdout=out)
    assert out.getvalue().strip() == "Đã dựng 1 trang tổng quan (0 đã có sẵn)."


@pytest.mark.parametrize("cache_dir", [None, "elsewhere"])
def test_settings_put_the_shared_cache_under_var_unless_told(tmp_path, cache_dir):
    env = {**os.environ, "CCHC_VAR_DIR": str(tmp_path / "var")}
    env.pop("CCHC_CACHE_DIR", None)
    if cache_dir:
        env["CCHC_CACHE_DIR"] = str(tmp_path / cache_dir)
    done = subprocess.run([sys.executable, "-c", "from cchc.web import settings as s; "
                           "print(s.CACHES['default']['BACKEND']); print(s.CACHES['default']['LOCATION'])"],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    backend, location = done.stdout.split()
    assert backend == "django.core.cache.backends.filebased.FileBasedCache"
    assert Path(location) == tmp_path / (cache_dir or "var/cache")
