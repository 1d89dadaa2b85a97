"""`cchc ocr-eval` and `cchc ocr-bench` on a one-page plan text."""
from __future__ import annotations

import re
import subprocess
import sys

import pytest

from cchc.cli import main
from cchc.ocr.batch import default_workers

PLAN = """KẾ HOẠCH
Cải cách hành chính năm 2021
I. MỤC TIÊU, YÊU CẦU
1. Mục tiêu
100% văn bản quy phạm pháp luật được theo dõi, kiểm tra, rà soát hệ thống hóa theo đúng quy định.
TT\tNội dung, nhiệm vụ\tCơ quan chủ trì\tThời gian thực hiện
1\tKiện toàn Ban chỉ đạo cải cách hành chính tỉnh\tSở Nội vụ\tQuý I/2021
"""


@pytest.fixture(scope="module")
def plan_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("plan") / "ke-hoach.txt"
    path.write_text(PLAN, encoding="utf-8")
    return path


def test_ocr_eval_prints_cer_per_document_and_speed(plan_file, capsys):
    assert main(["ocr-eval", "--pages", "1", str(plan_file)]) == 0
    out = capsys.readouterr().out
    row = next(line for line in out.splitlines() if line.startswith("ke-hoach"))
    cer = float(re.search(r"([\d.]+)%", row).group(1))
    assert cer < 5.0, out
    assert re.search(r"tốc độ: \d+\.\d\d trang/giây", out)


def test_ocr_bench_prints_throughput_and_overhead_ratio(plan_file, capsys):
    assert main(["ocr-bench", "--pages", "1", "--workers", "1", str(plan_file)]) == 0
    out = capsys.readouterr().out
    ratio = float(re.search(r"tỉ lệ xử lý riêng / Tesseract: ([\d.]+)", out).group(1))
    assert 0 < ratio < 5, out
    assert "số trang: 1 (đọc song song 1 trang)" in out


def test_ocr_bench_reads_as_many_pages_at_once_as_the_machine_allows(plan_file, capsys):
    assert main(["ocr-bench", "--pages", "1", str(plan_file)]) == 0
    assert f"(đọc song song {default_workers()} trang)" in capsys.readouterr().out


def test_other_commands_start_without_loading_ocr(plan_file):
    """OpenCV and the OCR engine cost a quarter of a second to import; `cchc parse` of a text
    plan must not pay it."""
    probe = ("import sys; from cchc.cli import main; main(['parse', sys.argv[1]]); "
             "print([m for m in ('cv2', 'cchc.ocr.engine') if m in sys.modules], file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", probe, str(plan_file)], capture_output=True, text=True,
                          check=True)
    assert done.stderr.strip().endswith("[]"), done.stderr


def test_missing_file_is_a_vietnamese_error(tmp_path, capsys):
    assert main(["ocr-eval", str(tmp_path / "khong-co.txt")]) == 1
    assert "Không tìm thấy tệp" in capsys.readouterr().err
