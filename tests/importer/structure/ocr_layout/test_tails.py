"""An agency item that lost its "tỉnh" is written as the table's complete cells write it."""
from __future__ import annotations

from cchc.importer.document import Line
from cchc.importer.structure.ocr_layout import ocr_table
from cchc.importer.structure.ocr_layout.tails import complete_tails

COMPLETE = "Sở, ban, ngành tỉnh; UBND cấp huyện"


def test_item_without_tinh_before_the_same_agency_gets_it():
    cells = [COMPLETE] * 3 + ["Sở, ban, ngành; UBND cấp huyện; UBND cấp xã"]
    assert complete_tails(cells)[-1] == "Sở, ban, ngành tỉnh; UBND cấp huyện; UBND cấp xã"


def test_too_little_evidence_changes_nothing():
    cells = [COMPLETE] * 2 + ["Sở, ban, ngành; UBND cấp huyện"]
    assert complete_tails(cells) == cells


def test_table_writing_both_forms_changes_nothing():
    cells = [COMPLETE] * 3 + ["Sở, ban, ngành; UBND cấp huyện"] * 2
    assert complete_tails(cells) == cells


def test_other_agency_or_other_neighbour_is_left_alone():
    cells = [COMPLETE] * 3 + ["Sở, ban, ngành; Sở Nội vụ", "Sở Tư pháp; UBND cấp huyện", "Sở, ban, ngành", ""]
    assert complete_tails(cells) == cells


def test_rebuilt_table_completes_the_item():
    rows = [f"{k} | Kiểm tra công tác cải cách hành chính số {k} | Sở Nội vụ | {COMPLETE} | Báo cáo kết quả | "
            f"Quý IV hằng năm" for k in range(1, 4)]
    rows.append("4 | Kiểm tra công tác văn thư lưu trữ | Sở Nội vụ | Sở, ban, ngành; UBND cấp huyện | "
                "Báo cáo kết quả | Quý IV hằng năm")
    text = "TT | Nội dung thực hiện | Đơn vị chủ trì | Đơn vị phối hợp | Sản phẩm đầu ra | Thời gian hoàn thành\n"
    lines = [Line(t, i + 1) for i, t in enumerate((text + "\n".join(rows)).split("\n"))]
    table = ocr_table(lines)
    header = table.rows[0]
    assert table.rows[-1][header.index("Đơn vị phối hợp")] == COMPLETE
