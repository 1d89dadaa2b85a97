"""In a block without row numbers, task text that junk cut on a line is joined back, not read as an agency."""
from __future__ import annotations

from cchc.importer.document import Line
from cchc.importer.structure.ocr_layout import ocr_table

TABLE = """\
TT | Nội dung thực hiện | Đơn vị chủ trì | Đơn vị phối hợp | Sản phẩm đầu ra | Thời gian hoàn thành
1 | Kiểm tra công tác cải cách hành chính | Sở Nội vụ | Sở Tư pháp | Báo cáo kết quả | Quý IV hằng năm

Nâng cao tỷ lệ cơ quan chuyên môn | Sở Tư pháp | Sở, ban, ngành | Báo cáo kết quả | Thực hiện thường xuyên
cấp %$#@ tỉnh và đơn vị hành chính | tỉnh; UBND cấp huyện | thực hiện | hằng năm"""


def test_task_text_cut_by_junk_is_joined_back():
    table = ocr_table([Line(t, i + 1) for i, t in enumerate(TABLE.split("\n"))])
    header, row = table.rows[0], table.rows[-1]
    assert row[header.index("Nội dung thực hiện")] == \
        "Nâng cao tỷ lệ cơ quan chuyên môn cấp tỉnh và đơn vị hành chính"
    assert row[header.index("Đơn vị chủ trì")] == "Sở Tư pháp"
    assert row[header.index("Đơn vị phối hợp")] == "Sở, ban, ngành tỉnh; UBND cấp huyện"
