"""Real plans arrive as Word, web pages and PDF with other column names and orders: the whole
pipeline (reader -> structure -> fields) must read them as well as the seed text files."""
import json

import pytest

from cchc.importer import parse_file
from cchc.importer.evaluation import TASK_FIELDS, score_plan
from tests.support.render import docx_to_pdf, plan_to_docx, plan_to_html

from .paths import gold

RENAMED = ("STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn hoàn thành",
           "Kết quả/sản phẩm", "Kinh phí (triệu đồng)", "Ghi chú")


def expected(prefix: str) -> dict:
    return json.loads(gold(prefix).read_text(encoding="utf-8"))


def assert_read_like_the_gold(path, plan_gold):
    s = score_plan(parse_file(path).to_dict(), plan_gold)
    assert s.task_f1[2] >= 0.98, s.misses
    for name in TASK_FIELDS:
        assert s.field_accuracy(name) >= 0.97, (name, s.misses)
    assert s.target_f1[2] >= 0.95, s.misses
    assert s.meta_accuracy == 1.0, s.misses


@pytest.mark.parametrize("prefix", ["000", "002"])
def test_word_document(prefix, tmp_path):
    plan_gold = expected(prefix)
    assert_read_like_the_gold(plan_to_docx(plan_gold, tmp_path / "ke-hoach.docx"), plan_gold)


@pytest.mark.parametrize("prefix", ["000", "002"])
def test_word_document_with_renamed_reordered_columns_and_merged_cells(prefix, tmp_path):
    plan_gold = expected(prefix)
    path = plan_to_docx(plan_gold, tmp_path / "ke-hoach.docx", header=RENAMED, merge_repeats=True)
    assert_read_like_the_gold(path, plan_gold)


def test_portal_web_page(tmp_path):
    plan_gold = expected("002")
    assert_read_like_the_gold(plan_to_html(plan_gold, tmp_path / "ke-hoach.html", header=RENAMED), plan_gold)


@pytest.mark.parametrize("prefix", ["000", "002"])
def test_pdf_exported_from_word(prefix, tmp_path):
    plan_gold = expected(prefix)
    pdf = docx_to_pdf(plan_to_docx(plan_gold, tmp_path / "ke-hoach.docx"), tmp_path)
    assert_read_like_the_gold(pdf, plan_gold)
