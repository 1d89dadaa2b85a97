"""Task tables scattered over lines by OCR without table support come back as one table of rows."""
from __future__ import annotations

import json
import re
import textwrap
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cchc.importer.document import Line
from cchc.importer.structure.ocr_layout import (find_header, is_header_line, is_junk, join_fragments, ocr_table,
                                                segments)
from cchc.importer.text import fold_words

SHARED = Path(__file__).resolve().parents[4] / "shared"

ROMAN = re.compile(r"^[IVX]+$")


def _lines(text: str) -> list[Line]:
    return [Line(t, i + 1) for i, t in enumerate(textwrap.dedent(text).strip("\n").split("\n"))]


def _has(cell: str, wanted: str) -> bool:
    return fold_words(wanted) in fold_words(cell)


# --------------------------------------------------------------------------- synthetic OCR pages

# Interleaved rows: cells side by side on each visual line, "|" where OCR saw a rule, the row
# number on the middle line; a header split over lines; Roman numeral "II" misread as "I".
INTERLEAVED = """
    Trên đây là Kế hoạch của Ủy ban nhân dân tỉnh.
    PHỤ LỤC
    NHIỆM VỤ CỤ THỂ NĂM 2019
    Nội dung thực hiện
    Đơn vị phối
    TT Đơn vị chủ trì hợp/thực hiện Sản phẩm đầu ra Thời gian hoàn thành
    1 2 3 4 5 6
    A | NHÓM NHIỆM VỤ TRỌNG TÂM
    I | CẢI CÁCH THỂ CHẾ
    Rà soát văn bản quy phạm pháp | Sở, ban, ngành | 1. Thực hiện thường xuyên
    1 | luật do tỉnh ban hành | Sở Tư pháp | tỉnh; UBND cấp | Báo cáo kết quả | hằng năm;
    huyện | 2. Báo cáo theo định kỳ.
    Kiểm tra việc thực hiện văn bản | Sở, ban, ngành | Theo quy định tại
    2 | quy phạm pháp luật tại tỉnh | Sở Tư pháp | tỉnh | Báo cáo kiểm tra | Nghị định số 34/2016/NĐ-CP
    I | CẢI CÁCH THỦ TỤC HÀNH CHÍNH
    Công khai thủ tục hành chính tại | Sở, ban, ngành | Văn phòng | Bảng niêm yết | 1. Thực hiện thường xuyên
    o | Bộ phận tiếp nhận và trả kết quả | tỉnh | UBND tỉnh | công khai | hằng năm;
"""

# Cell blocks: each cell its own paragraph, in column order, row numbers lost; a page break
# with its page number and a repeated (garbled) header inside the second row.
BLOCKS = """
    PHỤ LỤC
    TT Nội dung thực hiện Đơn vị chủ trì Đơn vị phối hợp Sản phẩm đầu ra Thời gian hoàn thành

    I | CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH

    Ban hành Kế hoạch cải cách hành
    chính hằng năm của tỉnh

    Sở Nội vụ

    Sở, ban, ngành
    tỉnh; UBND cấp
    huyện

    1. Quyết định của
    UBND tỉnh ban hành
    Kế hoạch;

    1. Kế hoạch ban hành trong
    quý IV của năm trước liền
    kề năm kế hoạch;

    Kiểm tra công tác cải cách
    hành chính

    Sở Nội vụ

    (12/40

    Nội dung thực hiện

    Đơn vị chủ trì

    Sản phẩm đầu ra

    Thời gian hoàn thành

    Sở Tư pháp; Sở Tài chính

    Báo cáo kết quả
    kiểm tra

    Quý III hằng năm

    CẢI CÁCH TÀI CHÍNH CÔNG

    Thực hiện cơ chế tự chủ tại các
    đơn vị sự nghiệp công lập

    Sở Tài chính

    UBND cấp huyện

    Báo cáo kết quả thực
    hiện

    Theo lộ trình
"""


def _body(table) -> list[list[str]]:
    return table.rows[1:]


def test_interleaved_rows_are_rebuilt_with_numbers_from_the_sequence():
    table = ocr_table(_lines(INTERLEAVED))
    assert table is not None
    assert table.rows[0] == ["TT", "Nội dung thực hiện", "Đơn vị chủ trì", "Đơn vị phối hợp", "Sản phẩm đầu ra",
                             "Thời gian hoàn thành"]
    numbers = [row[0] for row in _body(table)]
    assert numbers == ["A", "I", "1", "2", "II", "1"]
    first, second, third = (row for row in _body(table) if row[0].isdigit())
    assert _has(first[1], "Rà soát văn bản quy phạm pháp luật do tỉnh ban hành")
    assert first[2] == "Sở Tư pháp"
    assert _has(first[3], "Sở, ban, ngành tỉnh; UBND cấp huyện")
    assert _has(first[4], "Báo cáo kết quả")
    assert _has(first[5], "Thực hiện thường xuyên hằng năm") and _has(first[5], "Báo cáo theo định kỳ")
    assert _has(second[1], "Kiểm tra việc thực hiện văn bản quy phạm pháp luật tại tỉnh")
    assert _has(second[5], "Nghị định số 34/2016/NĐ-CP")
    assert _has(third[1], "Công khai thủ tục hành chính tại Bộ phận tiếp nhận và trả kết quả")
    assert _has(third[3], "Văn phòng UBND tỉnh")


def test_row_linenos_point_at_the_source_lines():
    lines = _lines(INTERLEAVED)
    table = ocr_table(lines)
    by_lineno = {ln.lineno: ln.text for ln in lines}
    for row, lineno in zip(_body(table), table.row_linenos[1:]):
        if not row[0].isdigit():
            assert fold_words(row[1]) in fold_words(by_lineno[lineno])


def test_cell_blocks_across_a_page_break():
    table = ocr_table(_lines(BLOCKS))
    assert table is not None
    body = _body(table)
    assert [row[0] for row in body] == ["I", "1", "2", "II", "1"]
    plan, check, autonomy = (row for row in body if row[0].isdigit())
    assert plan[1] == "Ban hành Kế hoạch cải cách hành chính hằng năm của tỉnh"
    assert plan[2] == "Sở Nội vụ"
    assert plan[3] == "Sở, ban, ngành tỉnh; UBND cấp huyện"
    assert _has(plan[4], "Quyết định của UBND tỉnh ban hành Kế hoạch")
    assert _has(plan[5], "Kế hoạch ban hành trong quý IV")
    assert check[1] == "Kiểm tra công tác cải cách hành chính"
    assert check[3] == "Sở Tư pháp; Sở Tài chính"
    assert _has(check[4], "Báo cáo kết quả kiểm tra") and check[5] == "Quý III hằng năm"
    assert not any(_has(" ".join(row), "Thời gian hoàn thành") or "12/40" in " ".join(row) for row in body)
    assert autonomy[2] == "Sở Tài chính" and autonomy[5] == "Theo lộ trình"


def test_no_table_without_a_header():
    text = """
        1. Sở Nội vụ: chủ trì, phối hợp với các sở, ngành theo dõi việc thực hiện kế hoạch.
        2. Văn phòng UBND tỉnh: phối hợp tham mưu trình UBND tỉnh.
    """
    assert find_header(_lines(text)) is None
    assert ocr_table(_lines(text)) is None
    assert ocr_table([]) is None


def test_header_lines_and_junk():
    assert is_header_line("TT Nội dung thực hiện Đơn vị chủ trì hợp/thuế hign Sản phẩm đầu ra Thời gian")
    assert is_header_line("Thời gian hoàn thành") and is_header_line("1 2 3 4 5 6")
    assert not is_header_line("Báo cáo kết quả thực hiện")
    assert not is_header_line("Sở Nội vụ chủ trì, phối hợp với các sở, ngành theo dõi việc thực hiện kế hoạch")
    assert is_junk("S6") and is_junk("%E}G‘%m") and is_junk("e") and is_junk("|")
    assert not any(is_junk(t) for t in ("Sở", "34/2016/NĐ-CP", "(100%", "CCHC", "05/6;", "ở", "-"))
    assert segments("Kiểm tra tình hình tổ chức và hoạt Số, ban, ngành | - Quý;l định của | | K hoạch") == \
        ["Kiểm tra tình hình tổ chức và hoạt Số, ban, ngành", "định của", "hoạch"]
    assert join_fragments(["1. Quyết định của", "UBND tỉnh;", "2. Báo cáo"]) == \
        "1. Quyết định của UBND tỉnh;\n2. Báo cáo"


# --------------------------------------------------------------------------- the OCR'd seed

SEED = "004"


@pytest.fixture(scope="module")
def seed_table():
    from cchc.restoration import restore_text

    text = restore_text(next((SHARED / "seeds").glob(f"{SEED}_*.txt")).read_text(encoding="utf-8"))
    return ocr_table([Line(t, i + 1) for i, t in enumerate(text.split("\n"))])


@pytest.fixture(scope="module")
def seed_gold():
    return json.loads(next((SHARED / "gold").glob(f"{SEED}_*.json")).read_text(encoding="utf-8"))


def test_seed_headings_follow_the_gold_levels(seed_table, seed_gold):
    """Letter groups and Roman areas (restarting in each group, misread or lost in the OCR) as in the gold."""
    expected = list(dict.fromkeys(tuple(t["id"].split(".")[:2]) for t in seed_gold["tasks"]))
    found, letter = [], ""
    for row in _body(seed_table):
        if re.fullmatch(r"[A-H]", row[0]):
            letter = row[0]
        elif ROMAN.match(row[0]):
            found.append((letter, row[0]))
    assert found == expected


def test_seed_tasks_are_found_under_their_headings(seed_table, seed_gold):
    from rapidfuzz import fuzz

    per_area = Counter(tuple(t["id"].split(".")[:2]) for t in seed_gold["tasks"])
    got, letter, roman = Counter(), "", ""
    for row in _body(seed_table):
        if re.fullmatch(r"[A-H]", row[0]):
            letter = row[0]
        elif ROMAN.match(row[0]):
            roman = row[0]
        else:
            got[(letter, roman)] += 1
    assert sum(got.values()) >= 0.8 * len(seed_gold["tasks"])
    assert sum(min(got[k], n) for k, n in per_area.items()) >= 0.7 * len(seed_gold["tasks"])
    titles = [row[1] for row in _body(seed_table) if row[0].isdigit()]
    found = sum(max(fuzz.ratio(t["title"].lower(), p.lower()) for p in titles) >= 60 for t in seed_gold["tasks"])
    assert found >= 0.65 * len(seed_gold["tasks"])


# --------------------------------------------------------------------------- robustness

_TEXT = st.text(alphabet=st.sampled_from(list("abcdeđoâơưAÁBCĐIVX ,.;:|()-/%0123456789{}‘\"'\t")), max_size=60)
_HEADERISH = st.sampled_from(["TT Nội dung thực hiện Đơn vị chủ trì Đơn vị phối hợp Thời gian hoàn thành",
                              "A | NHÓM TIÊU CHÍ", "I | CÔNG TÁC CHỈ ĐẠO", "1. Quyết định của", "Sở Nội vụ",
                              "2 | Kiểm tra | Sở Tư pháp | hằng năm;", "", "(47/121", "hợp/thực hiện"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(_TEXT, _HEADERISH), max_size=30))
def test_arbitrary_lines_never_raise(texts):
    table = ocr_table([Line(t, i + 1) for i, t in enumerate(texts)])
    if table is not None:
        assert len(table.rows) == len(table.row_linenos)
        assert all(len(row) == len(table.rows[0]) for row in table.rows)
