"""Other cells' words glued after the task text: after its closing parenthesis, an agency cell's line."""
from __future__ import annotations

from cchc.importer.document import Line
from cchc.importer.structure.ocr_layout import ocr_table
from cchc.importer.structure.ocr_layout.title_tails import split_title_tail

OPEN_TITLE = "Tuân thủ các quy định về tổ chức bộ máy (100% cơ quan chuyên môn cấp tỉnh"


def test_product_after_the_closing_parenthesis_is_cut_off():
    assert split_title_tail("thực hiện đúng quy định) Báo cáo kết quả", OPEN_TITLE) == \
        ["thực hiện đúng quy định)", "Báo cáo kết quả"]
    # a first word OCR read as digits before the product's words
    assert split_title_tail("đúng quy định) 46 báo cáo CCHC định", OPEN_TITLE) == \
        ["đúng quy định)", "46 báo cáo CCHC định"]


def test_sentence_going_on_after_the_parenthesis_is_kept():
    assert split_title_tail("nếu có) theo quy định", "Tổ chức kiểm tra (khi cần thiết,") == \
        ["nếu có) theo quy định"]
    # no parenthesis left open by the task text: the ")" closes one of the run itself
    assert split_title_tail("kết quả (quý) Báo cáo kết quả", "Công khai") == ["kết quả (quý) Báo cáo kết quả"]
    assert split_title_tail("thực hiện đúng quy định) của tỉnh", OPEN_TITLE) == \
        ["thực hiện đúng quy định) của tỉnh"]


def test_agency_line_glued_after_the_task_text_is_cut_off():
    assert split_title_tail("hồ sơ được giải quyết đúng hạn huyện; UBND cấp", "Phấn đấu 100%") == \
        ["hồ sơ được giải quyết đúng hạn", "huyện; UBND cấp"]


def test_agency_list_of_the_task_text_itself_is_kept():
    title = "Kiểm tra công tác CCHC"
    assert split_title_tail("tại các sở, ban, ngành tỉnh; UBND cấp huyện", title) == \
        ["tại các sở, ban, ngành tỉnh; UBND cấp huyện"]
    # a list of the sentence's own items, not an agency cell's line
    assert split_title_tail("ban hành văn bản quy phạm pháp luật; số", title) == \
        ["ban hành văn bản quy phạm pháp luật; số"]


TABLE = """\
TT | Nội dung thực hiện | Đơn vị chủ trì | Đơn vị phối hợp | Sản phẩm đầu ra | Thời gian hoàn thành
1 | Kiểm tra công tác cải cách hành chính | Sở Nội vụ | Sở Tư pháp | Báo cáo kết quả | Quý IV hằng năm

Tuân thủ các quy định về tổ chức | Sở Nội vụ | Sở, ban, ngành | 1. Thực hiện thường xuyên
2 | bộ máy (100% cơ quan chuyên môn | | tỉnh; UBND cấp huyện | hằng năm;
thực hiện đúng quy định) Báo cáo kết quả | 2. Theo chế độ báo cáo"""


def test_row_keeps_the_product_out_of_the_task_text():
    table = ocr_table([Line(t, i + 1) for i, t in enumerate(TABLE.split("\n"))])
    header, row = table.rows[0], table.rows[-1]
    assert row[header.index("Nội dung thực hiện")] == \
        "Tuân thủ các quy định về tổ chức bộ máy (100% cơ quan chuyên môn thực hiện đúng quy định)"
    assert row[header.index("Sản phẩm đầu ra")] == "Báo cáo kết quả"
