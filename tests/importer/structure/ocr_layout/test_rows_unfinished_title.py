"""Task text that stopped on a word no sentence ends with ("... cấp sở và") goes on below its row
number's lines: a lower-case first run under it is its next line."""
from __future__ import annotations

from cchc.importer.document import Line
from cchc.importer.structure.ocr_layout import ocr_table
from cchc.importer.structure.ocr_layout.vocabulary import ends_unfinished

TABLE = """\
TT | Nội dung thực hiện | Đơn vị chủ trì | Đơn vị phối hợp | Sản phẩm đầu ra | Thời gian hoàn thành
1 | Kiểm tra công tác cải cách hành chính | Sở Nội vụ | Sở Tư pháp | Báo cáo kết quả | Quý IV hằng năm

Thực hiện đúng quy định về bổ | Sở, ban, ngành | Quyết định bổ nhiệm
2 | nhiệm vị trí lãnh đạo cấp sở và | Sở Nội vụ | tỉnh; UBND cấp | Theo quy định
cấp sở và tương
tương đương | huyện | đương"""


def _row(table_text: str) -> dict[str, str]:
    table = ocr_table([Line(t, i + 1) for i, t in enumerate(table_text.split("\n"))])
    return dict(zip(table.rows[0], table.rows[-1]))


def test_dangling_task_text_takes_the_line_below():
    row = _row(TABLE)
    assert row["Nội dung thực hiện"] == "Thực hiện đúng quy định về bổ nhiệm vị trí lãnh đạo cấp sở và tương đương"
    assert row["Đơn vị phối hợp"] == "Sở, ban, ngành tỉnh; UBND cấp huyện"


def test_finished_task_text_leaves_the_line_below_to_other_cells():
    row = _row(TABLE.replace("lãnh đạo cấp sở và", "lãnh đạo cấp sở"))
    assert row["Nội dung thực hiện"] == "Thực hiện đúng quy định về bổ nhiệm vị trí lãnh đạo cấp sở"


def test_words_no_sentence_ends_with():
    assert ends_unfinished("lãnh đạo cấp sở và")
    assert ends_unfinished("báo cáo kết quả của")
    assert not ends_unfinished("lãnh đạo cấp sở và tương đương")
    assert not ends_unfinished("")
