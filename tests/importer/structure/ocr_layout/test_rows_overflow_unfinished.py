"""After a page break, text that goes on an unfinished cell goes to the cell that stopped on a word no
sentence ends with ("... công lập có"), before the longest one."""
from __future__ import annotations

from cchc.importer.document import Line
from cchc.importer.structure.ocr_layout import ocr_table
from cchc.importer.structure.ocr_layout.vocabulary import ends_unfinished

HEADER = "TT | Nội dung thực hiện | Đơn vị chủ trì | Đơn vị phối hợp | Sản phẩm đầu ra | Thời gian hoàn thành"
TABLE = f"""\
{HEADER}
1 | Kiểm tra công tác cải cách hành chính | Sở Nội vụ | Sở Tư pháp | Báo cáo kết quả | Quý IV hằng năm

Xác định cơ cấu công chức theo vị trí
việc làm của các cơ quan hành chính

Sở Nội vụ

Sở, ban, ngành tỉnh

Quyết định phê duyệt đề án có

Thực hiện thường xuyên hằng năm

{HEADER}
cơ cấu viên chức theo vị trí
việc làm được phê duyệt."""


def test_text_after_the_page_break_finishes_the_dangling_cell():
    table = ocr_table([Line(t, i + 1) for i, t in enumerate(TABLE.split("\n"))])
    row = dict(zip(table.rows[0], table.rows[-1]))
    assert row["Nội dung thực hiện"] == "Xác định cơ cấu công chức theo vị trí việc làm của các cơ quan hành chính"
    assert row["Sản phẩm đầu ra"] == \
        "Quyết định phê duyệt đề án có cơ cấu viên chức theo vị trí việc làm được phê duyệt."


def test_có_ends_no_sentence():
    assert ends_unfinished("Các đơn vị sự nghiệp công lập có")
