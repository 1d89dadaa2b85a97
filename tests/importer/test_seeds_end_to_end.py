"""`cchc parse` and `cchc eval` on the real seed plans, scored against the hand-made gold."""
import importlib.util
import json
import subprocess
import sys

import pytest

from cchc.importer import parse_file
from cchc.importer.evaluation import TASK_FIELDS, score_plan

from .paths import GOLD, gold, seed

CLEAN = ["000", "002", "003"]


def cchc(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "cchc.cli", *args], capture_output=True, text=True, timeout=120)


def score(prefix: str):
    expected = json.loads(gold(prefix).read_text(encoding="utf-8"))
    return score_plan(parse_file(seed(prefix)).to_dict(), expected)


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_parse_prints_plan_json_of_the_schema_shape(prefix, tmp_path):
    result = cchc("parse", str(seed(prefix)))
    assert result.returncode == 0, result.stderr
    out = tmp_path / "plan.json"
    out.write_text(result.stdout, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("validate", GOLD / "validate.py")
    validate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(validate)
    assert validate.check(str(out)) is True  # prints the problems it finds
    assert json.loads(result.stdout)["tasks"], "every seed has tasks"


@pytest.mark.parametrize("prefix", CLEAN)
def test_clean_seeds_meet_the_acceptance_levels(prefix):
    s = score(prefix)
    assert s.task_f1[2] >= 0.98
    for name in TASK_FIELDS:
        assert s.field_accuracy(name) >= 0.97, (name, s.misses)
    assert s.target_f1[2] >= 0.95, s.misses
    assert s.meta_accuracy == 1.0, s.misses


def test_flattened_seed_meets_its_levels():
    s = score("001")
    assert s.task_f1[2] >= 0.95
    assert s.field_accuracy("deadline_kind") >= 0.9 and s.field_accuracy("deadline_end") >= 0.9
    assert s.field_accuracy("lead") >= 0.85 and s.field_accuracy("coordinating") >= 0.85


def test_ocr_seed_parses_into_a_task_structure():
    plan = parse_file(seed("004"))
    assert len(plan.tasks) >= 20
    assert {t.area for t in plan.tasks} - {"other"}


def test_eval_prints_a_table_per_document_and_overall():
    result = cchc("eval")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "F1" in lines[0] and "dl end" in lines[0] and "coord" in lines[0]
    assert sum(line.startswith(("000_", "001_", "002_", "003_", "004_")) for line in lines) == 5
    overall = lines[-1].split()
    assert overall[0] == "TỔNG" and float(overall[4]) > 0.5  # task F1 column


def test_bench_prints_each_seed_then_the_total_and_the_synthetic_plan():
    import re

    result = cchc("bench", "--copies", "2")
    assert result.returncode == 0, result.stderr
    rows = {}
    for line in result.stdout.splitlines():
        found = re.match(r"(.+?)\s+(\d+) tài liệu\s+([\d.]+) KB\s+CPU\s+([\d.]+) s", line)
        if found:
            rows[found.group(1).strip()] = (int(found.group(2)), float(found.group(3)), float(found.group(4)))
    seeds = {name: row for name, row in rows.items() if name[:3].isdigit()}
    assert len(seeds) == 5 and all(cpu > 0 for _, _, cpu in seeds.values())
    documents, kilobytes, cpu = rows["các văn bản mẫu"]
    assert documents == 5
    assert kilobytes == pytest.approx(sum(kb for _, kb, _ in seeds.values()), abs=0.5)
    assert cpu == pytest.approx(sum(c for _, _, c in seeds.values()), abs=0.01)
    assert rows["kế hoạch tổng hợp x2"][1] == pytest.approx(2 * kilobytes, rel=0.01)
    loading = float(re.search(r"nạp một lần \(mô hình\)\s+CPU\s+([\d.]+) s", result.stdout).group(1))
    overall = float(re.search(r"kể cả nạp một lần\s+CPU\s+([\d.]+) s", result.stdout).group(1))
    assert overall == pytest.approx(loading + cpu, abs=0.002)
