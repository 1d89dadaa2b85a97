"""The load test at a tiny scale: the generator's counts, and one bounded run of the whole command."""
from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from cchc.loadtest.driver import Sample, page_stats, percentile
from cchc.loadtest.generator import Scale, generate

REPO = Path(__file__).resolve().parents[2]


def run_command(*args: str, timeout: int = 300) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")}
    return subprocess.run([sys.executable, "-m", "cchc.loadtest", "loadtest", *args], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=timeout)


@pytest.mark.django_db
def test_generator_writes_the_requested_scale():
    from cchc.tracking.deadline_status import overdue_after
    from cchc.tracking.models import Plan, ProgressUpdate, Province, Task, TaskAgency

    today = dt.date(2026, 6, 15)
    counts = generate(Scale(provinces=2, plans=3, tasks=5, updates=2), "KiemThuTai@2026", lambda _: None,
                      today=today)
    assert (Province.objects.count(), Plan.objects.count(), Task.objects.count()) == (2, 6, 30)
    assert ProgressUpdate.objects.count() == counts.updates == 60
    assert TaskAgency.objects.count() == counts.links
    assert sorted(set(Plan.objects.values_list("period_end", flat=True))) == [2024, 2025, 2026]
    for task in Task.objects.prefetch_related("updates", "task_agencies"):
        assert [link.role for link in task.task_agencies.all()].count("lead") == 1
        last = max(task.updates.all(), key=lambda u: u.created_at)
        assert (last.status, last.percent) == (task.status, task.percent)
        assert last.created_at.year == task.plan.period_end and task.last_update_at == last.created_at
        assert task.overdue_after == overdue_after(task)  # bulk_create skips Task.save: the generator fills it
    assert Task.objects.filter(overdue_after__isnull=False).exists()


def test_percentiles_and_page_figures():
    assert percentile([5.0, 1.0, 3.0, 2.0, 4.0], 0.5) == 3.0
    assert percentile([float(i) for i in range(1, 101)], 0.95) == 95.0
    samples = [Sample("p", s / 1000, 200) for s in (10, 20, 30, 40)] + [Sample("p", 0.05, 500)]
    stats = page_stats("p", samples, seconds=2.0)
    assert (stats.count, stats.errors, stats.max_ms, stats.per_second) == (5, 1, 50.0, 2.5)


def test_bounded_run_prints_counts_and_latencies(tmp_path):
    db = tmp_path / "loadtest.sqlite3"
    done = run_command("--db", str(db), "--provinces", "2", "--plans", "1", "--tasks", "5", "--updates", "2",
                       "--clients", "2", "--requests", "3", "--max-seconds", "60", "--workers", "2")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "Dữ liệu: 2 tỉnh · 2 kế hoạch · 10 nhiệm vụ · 20 cập nhật tiến độ" in out
    warm, _, rest = out.partition("\nMột client (tuần tự, ổn định sau khởi động): 1 client đồng thời, 4 yêu cầu")
    single, _, load = rest.partition("\nTải (2 tiến trình × 1 luồng máy chủ, liên tục, ổn định sau khởi động): "
                                     "2 client đồng thời, 6 yêu cầu")
    assert load, out
    # the warm-up fetches every address once (2 plan overviews, 1 overdue list), reported apart
    assert "Khởi động (bộ nhớ đệm trống, mỗi địa chỉ một lần, 2 tiến trình × 1 luồng máy chủ; " \
           "không tính vào mục tiêu): 2 client đồng thời, 3 yêu cầu" in warm
    for page in ("Tổng quan kế hoạch", "Danh sách quá hạn"):
        for table, count in ((warm, 2 if page == "Tổng quan kế hoạch" else 1), (single, 2), (load, 3)):
            row = re.search(rf"^{page}\s+(\d+)\s+(\d+)\s+([\d.,]+)\s+([\d.,]+)\s+([\d.,]+)\s+([\d.,]+)$",
                            table, re.M)
            assert row, out
            assert int(row.group(1)) == count and int(row.group(2)) == 0
            assert float(row.group(4).replace(".", "").replace(",", ".")) > 0  # p95 measured
    assert re.search(r"Mục tiêu p95 < 150 ms với 2 client: (ĐẠT|CHƯA ĐẠT)", out)
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT COUNT(*) FROM tracking_task").fetchone() == (10,)
    # the server processes rendered into the load test's own shared cache, beside its database
    assert any((tmp_path / "cache").glob("*.djcache"))

    again = run_command("--db", str(db), "--reuse", "--clients", "1", "--requests", "2", "--page", "overview",
                        "--profile")
    assert again.returncode == 0, again.stderr
    profiles = dict(re.findall(r"Hồ sơ Tổng quan kế hoạch \(/ke-hoach/\d+/, mã 200, ([^)]+)\): \d+ ms khi đo, "
                               r"(\d+) truy vấn SQL", again.stdout))
    assert set(profiles) == {"bộ nhớ đệm trống", "có bộ nhớ đệm"}, again.stdout
    assert int(profiles["bộ nhớ đệm trống"]) > int(profiles["có bộ nhớ đệm"]) > 0  # a miss reads the tasks
    assert "cchc/tracking/views/plans.py" in again.stdout
    assert "Dùng lại dữ liệu" in again.stdout and "10 nhiệm vụ" in again.stdout
    assert "Tổng quan kế hoạch" in again.stdout and "Danh sách quá hạn" not in again.stdout


def test_refuses_the_applications_own_database(tmp_path):
    done = run_command("--db", str(REPO / "var" / "cchc.sqlite3"), "--tasks", "1")
    assert done.returncode == 2
    assert "Không dùng cơ sở dữ liệu của ứng dụng" in done.stderr


def test_refuses_to_overwrite_a_foreign_file(tmp_path):
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE notes (text)")
    done = run_command("--db", str(other))
    assert done.returncode == 2 and "không phải cơ sở dữ liệu kiểm thử tải" in done.stderr
    assert other.exists()


def test_cchc_command_line_offers_loadtest():
    from cchc.cli import build_parser
    from cchc.loadtest.commands import run

    args = build_parser().parse_args(["loadtest", "--tasks", "3", "--workers", "2", "--page", "overdue"])
    assert args.func is run and (args.tasks, args.workers, args.page, args.clients) == (3, 2, ["overdue"], 20)
