"""split_outputs on real product cells, and the raw cells of seeds 000 and 002 against the gold."""
from __future__ import annotations

import pytest
from gold_cells import appendix_rows_000, appendix_rows_002, match_rows
from hypothesis import given, strategies as st

from cchc.importer.fields.outputs import split_outputs


@pytest.mark.parametrize("cell, outputs", [
    ("- Quyết định kiện toàn của UBND tỉnh; - Quy chế hoạt động.", ["Quyết định kiện toàn của UBND tỉnh",
                                                                 "Quy chế hoạt động"]),
    ("- Kế hoạch; phương án điều tra, khảo sát; - Báo cáo kết quả thực hiện",
     ["Kế hoạch; phương án điều tra, khảo sát", "Báo cáo kết quả thực hiện"]),
    ("Nghị quyết của HĐND tỉnh; Quyết định của UBND tỉnh ban hành văn bản QPPL",
     ["Nghị quyết của HĐND tỉnh; Quyết định của UBND tỉnh ban hành văn bản QPPL"]),
    ("100% các đơn vị thực hiện theo đúng quy định;", ["100% các đơn vị thực hiện theo đúng quy định"]),
    ("01 tin - bài/tháng", ["01 tin - bài/tháng"]),
    ("- 01 tin - bài/tháng; - Báo cáo", ["01 tin - bài/tháng", "Báo cáo"]),
    ("Kế hoạch kiểm tra được phê duyệt\nBáo cáo kết quả kiểm tra", ["Kế hoạch kiểm tra được phê duyệt",
                                                                   "Báo cáo kết quả kiểm tra"]),
    ("1. Quyết định ban hành Kế hoạch; Kế hoạch tuyên truyền 2. Báo cáo đánh giá (tỉ lệ %)",
     ["Quyết định ban hành Kế hoạch; Kế hoạch tuyên truyền", "Báo cáo đánh giá (tỉ lệ %)"]),
    ("1) Báo cáo quý\n2) Báo cáo năm", ["Báo cáo quý", "Báo cáo năm"]),
    ("01. Kế hoạch; 02. Báo cáo", ["Kế hoạch", "Báo cáo"]),
    ("a) Kế hoạch; b) Báo cáo; c) Quyết định", ["Kế hoạch", "Báo cáo", "Quyết định"]),
    ("1. Báo cáo trước 30/6. 2. Báo cáo năm", ["Báo cáo trước 30/6", "Báo cáo năm"]),
    ("1. Kế hoạch có 5. mục", ["Kế hoạch có 5. mục"]),
    ("+ Hội nghị\n+ Báo cáo", ["Hội nghị", "Báo cáo"]),
    ("\uf0b7 Báo cáo kết quả\n\uf0b7 Kế hoạch kiểm tra", ["Báo cáo kết quả", "Kế hoạch kiểm tra"]),  # Word's Symbol bullet
    ("➢ Quyết định công bố; ➢ Báo cáo", ["Quyết định công bố", "Báo cáo"]),
    ("Quyết định của UBND\ntỉnh\nBáo cáo kết quả", ["Quyết định của UBND tỉnh", "Báo cáo kết quả"]),
    ("– Quyết định; – Quy chế", ["Quyết định", "Quy chế"]),
    ("• Kế hoạch • Báo cáo", ["Kế hoạch", "Báo cáo"]),
    ("- Hội nghị được triển khai;\n  tổ chức tại tỉnh\n- Báo cáo", ["Hội nghị được triển khai; tổ chức tại tỉnh",
                                                                 "Báo cáo"]),
    # a span of years inside a bulleted item is no next item
    ("- Kế hoạch năm 2011\n- Kế hoạch giai đoạn 2011 - 2015", ["Kế hoạch năm 2011", "Kế hoạch giai đoạn 2011 - 2015"]),
    ("- Kế hoạch năm 2011 - Báo cáo", ["Kế hoạch năm 2011", "Báo cáo"]),
    # words that only announce the list are no product
    ("Gồm:\na) Báo cáo rà soát\nb) Danh mục văn bản hết hiệu lực",
     ["Báo cáo rà soát", "Danh mục văn bản hết hiệu lực"]),
    ("Sản phẩm gồm: 1. Báo cáo; 2. Quyết định", ["Báo cáo", "Quyết định"]),
    ("Gồm: báo cáo và danh mục", ["Gồm: báo cáo và danh mục"]),
    ("", []),
    ("  ", []),
])
def test_split_outputs(cell, outputs):
    assert split_outputs(cell) == outputs


def _misses(pairs, index: int) -> list:
    return [(task["id"], row[index], split_outputs(row[index]), task["outputs"]) for task, row in pairs
            if split_outputs(row[index]) != task["outputs"]]


def test_seed_002_against_gold(gold_plans):
    """Misses are the gold's typo repairs (I.4.1 'Pa - nô', III.3.3 'Công', VII.11 'thực') and the row cut by
    a page break (III.3.4)."""
    pairs = match_rows(gold_plans[2]["tasks"], appendix_rows_002())
    misses = _misses(pairs, 1)
    print(f"seed 002 outputs: {len(pairs) - len(misses)}/{len(pairs)} as the gold; misses {[m[0] for m in misses]}")
    assert len(misses) <= 4


def test_seed_000_against_gold(gold_plans):
    """The one miss is III.1, where this gold splits 'A; văn bản B' at ';' although no bullet marks it
    (the brief and seed 002's gold keep such items whole)."""
    pairs = match_rows(gold_plans[0]["tasks"], appendix_rows_000())
    misses = _misses(pairs, 1)
    print(f"seed 000 outputs: {len(pairs) - len(misses)}/{len(pairs)} as the gold; misses {[m[0] for m in misses]}")
    assert len(misses) <= 1


@given(st.text(max_size=150))
def test_never_raises(text):
    assert all(item.strip() == item and item for item in split_outputs(text))
