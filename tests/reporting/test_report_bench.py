"""`cchc report-bench` at a small size: it builds a province in a throw-away database and prints its timings."""
import os
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_report_bench_runs_and_prints_timings(tmp_path):
    env = dict(os.environ, DATABASE_URL="sqlite:////nonexistent/must-not-be-used.sqlite3")
    result = subprocess.run([sys.executable, "-m", "cchc.cli", "report-bench", "--tasks", "10", "--agencies", "3"],
                            cwd=REPO, env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Tạo tỉnh thử nghiệm: 3 cơ quan, 10 nhiệm vụ…" in out
    assert "Điền báo cáo Quý I/2021 của 3 cơ quan…" in out
    for label in ("Dựng nội dung báo cáo (report_context)", "Báo cáo Word (.docx)", "Phụ lục Excel (.xlsx)", "Tổng cộng"):
        assert re.search(re.escape(label) + r": \d+(,\d+)? s", out), label
