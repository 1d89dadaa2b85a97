"""Readers on whole plans rendered from the gold files: every cell comes back as written."""
import json
import re
from pathlib import Path

import docx
import pytest

from cchc.importer.readers import read_document
from tests.support.render import (DEFAULT_HEADER, column_fields, docx_to_pdf, format_million, plan_to_docx,
                                  plan_to_html, table_grid, table_rows)

from ..paths import GOLD as GOLD_DIR
from .reader_samples import requires_soffice

GOLD = sorted(GOLD_DIR.glob("*.json"))
RENAMED = ("Thời hạn hoàn thành", "STT", "Đơn vị chủ trì", "Nội dung công việc", "Đơn vị phối hợp",
           "Sản phẩm đầu ra", "Ghi chú")

pytestmark = pytest.mark.skipif(not GOLD, reason="shared gold files are not available")


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def gold_002():
    return load(next(p for p in GOLD if p.name.startswith("002_")))


def single_table(doc):
    tables = doc.tables()
    assert len(tables) == 1
    return tables[0].rows


@pytest.mark.parametrize("gold_path", GOLD, ids=lambda p: p.stem[:3])
def test_docx_table_cells_come_back_as_written(tmp_path, gold_path):
    gold = load(gold_path)
    doc = read_document(plan_to_docx(gold, tmp_path / "plan.docx"))
    assert single_table(doc) == table_grid(gold)
    assert sum(row.kind == "task" for row in table_rows(gold)) == len(gold["tasks"])
    assert "KẾ HOẠCH" in [line.text for line in doc.lines()]


def test_docx_with_renamed_permuted_columns_and_merged_repeats(tmp_path, gold_002):
    path = plan_to_docx(gold_002, tmp_path / "plan.docx", header=RENAMED, merge_repeats=True)
    rows = single_table(read_document(path))
    assert rows == table_grid(gold_002, RENAMED)
    assert rows[0] == list(RENAMED)
    lead = RENAMED.index("Đơn vị chủ trì")
    task = gold_002["tasks"][0]
    assert any(row[lead] == "; ".join(task["lead"]) and task["title"] in row for row in rows)


def test_docx_front_matter_names_the_issuing_decision(tmp_path, gold_002):
    lines = [line.text for line in read_document(plan_to_docx(gold_002, tmp_path / "p.docx")).lines()]
    assert ("(Ban hành kèm theo Quyết định số 1887/QĐ-UBND ngày 18 tháng 12 năm 2020 "
            "của Chủ tịch UBND tỉnh Đắk Nông)") in lines
    assert f"- {gold_002['targets'][0]['text']}." in lines
    assert "Tổng kinh phí thực hiện: 936 triệu đồng." in lines


def test_column_names_map_to_fields():
    assert [f for _, f in column_fields(DEFAULT_HEADER)] == [
        "id", "title", "outputs", "lead", "coordinating", "deadline", "budget"]
    assert [f for _, f in column_fields(RENAMED)] == [
        "deadline", "id", "lead", "title", "coordinating", "outputs", "notes"]
    assert column_fields([("Cột lạ", "notes")]) == [("Cột lạ", "notes")]
    with pytest.raises(ValueError):
        column_fields(["Cột không rõ"])
    with pytest.raises(ValueError):
        column_fields([("Cột", "budget_total")])


def test_money_is_written_the_vietnamese_way():
    assert [format_million(v) for v in (None, 10, 1500, 2.5, 1234.75)] == ["", "10", "1.500", "2,5", "1.234,75"]


@pytest.mark.parametrize("merge_repeats", [False, True])
def test_html_portal_page_table_and_no_chrome(tmp_path, gold_002, merge_repeats):
    doc = read_document(plan_to_html(gold_002, tmp_path / "plan.html", merge_repeats=merge_repeats))
    assert single_table(doc) == table_grid(gold_002)
    text = doc.text()
    assert not [w for w in ("Trang chủ", "Tin nổi bật", "bình luận", "Bản quyền", "Zalo", "Quảng cáo") if w in text]
    assert "KẾ HOẠCH" in [line.text for line in doc.lines()]


def _squash(rows):
    return [[re.sub(r"\s+", " ", cell).strip() for cell in row] for row in rows]


@requires_soffice
def test_pdf_from_word_keeps_the_table_across_pages(tmp_path, gold_002):
    pdf = docx_to_pdf(plan_to_docx(gold_002, tmp_path / "plan.docx"), tmp_path)
    doc = read_document(pdf)
    expected = table_grid(gold_002)
    rows = single_table(doc)
    header = rows[0]
    body = [row for row in rows[1:] if row != header]  # the header row repeats on every page
    assert _squash([header] + body) == _squash(expected)
    assert doc.tables()[0].page == next(line.page for line in doc.lines() if line.text == "PHỤ LỤC")
    assert "KẾ HOẠCH" in [line.text for line in doc.lines()]


def test_word_bullets_read_like_typed_dashes(tmp_path, gold_002):
    typed = read_document(plan_to_docx(gold_002, tmp_path / "typed.docx"))
    path = plan_to_docx(gold_002, tmp_path / "bullets.docx", word_lists=True)
    listed = [p.text for p in docx.Document(str(path)).paragraphs if p.style.name == "List Bullet"]
    assert listed and not any(text.startswith("-") for text in listed)  # the dash comes from numbering
    bullets = read_document(path)
    assert [b.text for b in bullets.lines()] == [b.text for b in typed.lines()]
    assert single_table(bullets) == single_table(typed) == table_grid(gold_002)
