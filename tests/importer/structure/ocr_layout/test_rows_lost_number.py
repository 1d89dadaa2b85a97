"""Below a task text whose row number OCR lost, a line that opens with an agency cell is not task text."""
from __future__ import annotations

from cchc.importer.document import Line
from cchc.importer.structure.ocr_layout import ocr_table

TABLE = """\
TT | Nội dung thực hiện | Đơn vị chủ trì | Đơn vị phối hợp | Sản phẩm đầu ra | Thời gian hoàn thành
1 | Kiểm tra công tác cải cách hành chính | Sở Nội vụ | Sở Tư pháp | Báo cáo kết quả | Quý IV hằng năm
Tuân thủ các quy định của Chính
phủ về tổ chức bộ máy (100% cơ | 1. Thực hiện thường xuyên
| quan chuyên môn cấp tỉnh, đơn vị | Báo cáo đánh giá | hằng năm;
ia Sở Nội vụ tỉnh; ở
hành chính cấp huyện thực hiện | kết quả | 2. Báo cáo kết quả theo chế
đúng quy định) | độ báo cáo định kỳ."""


def test_agency_line_inside_an_unnumbered_task_text_goes_to_the_agency_cell():
    table = ocr_table([Line(t, i + 1) for i, t in enumerate(TABLE.split("\n"))])
    header, row = table.rows[0], table.rows[-1]
    assert row[header.index("Nội dung thực hiện")] == (
        "Tuân thủ các quy định của Chính phủ về tổ chức bộ máy (100% cơ quan chuyên môn cấp tỉnh, "
        "đơn vị hành chính cấp huyện thực hiện đúng quy định)")
    assert row[header.index("Đơn vị chủ trì")] == "Sở Nội vụ"
