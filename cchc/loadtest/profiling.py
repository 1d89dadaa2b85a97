"""`cchc loadtest --profile`: where one request of each page spends its time (in this process, on the
load-test database): wall time, SQL queries, and the project's functions by cumulative time."""
from __future__ import annotations

import cProfile
import pstats
import time
from pathlib import Path

from .driver import Page

PROJECT = str(Path(__file__).resolve().parents[1])  # .../cchc
TOP = 12


def profile_pages(pages: list[Page], username: str) -> None:
    from django.contrib.auth import get_user_model
    from django.core.cache import cache
    from django.test import Client

    client = Client()
    client.force_login(get_user_model().objects.get(username=username))
    for page in pages:
        path = page.paths[0]
        client.get(path)  # load code and templates
        cache.clear()
        _profile_request(client, page.name, path, "bộ nhớ đệm trống")
        _profile_request(client, page.name, path, "có bộ nhớ đệm")


def _profile_request(client, name: str, path: str, state: str) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    profiler = cProfile.Profile()
    with CaptureQueriesContext(connection) as queries:
        started = time.perf_counter()
        profiler.enable()
        response = client.get(path)
        profiler.disable()
        elapsed = time.perf_counter() - started
    sql_ms = sum(float(q["time"]) for q in queries.captured_queries) * 1000
    print(f"\nHồ sơ {name} ({path}, mã {response.status_code}, {state}): {elapsed * 1000:.0f} ms khi đo, "
          f"{len(queries.captured_queries)} truy vấn SQL ({sql_ms:.0f} ms)")
    for line in project_hotspots(profiler):
        print(line)


def project_hotspots(profiler: cProfile.Profile, top: int = TOP) -> list[str]:
    """The project's own functions (not the load test's) by cumulative time, one line each."""
    rows = []
    for (filename, lineno, name), (_, calls, _, cumulative, _) in pstats.Stats(profiler).stats.items():
        if filename.startswith(PROJECT) and "/loadtest/" not in filename:
            rows.append((cumulative, calls, f"{Path(filename).relative_to(Path(PROJECT).parent)}:{lineno} {name}"))
    rows.sort(reverse=True)
    return [f"  {cumulative * 1000:9.0f} ms  {calls:>7} lần  {where}" for cumulative, calls, where in rows[:top]]
