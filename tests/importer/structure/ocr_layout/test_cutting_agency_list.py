"""A run too wide for the task-text column is cut before an agency cell's items listed with ";"."""
from __future__ import annotations

from cchc.importer.structure.ocr_layout.cutting import _split_title


def test_agency_items_glued_after_the_task_text_are_cut_off():
    assert _split_title(["Ban hành, triển khai kết quả thực Tài chính; Khoa", "1. Kế hoạch"]) == \
        ["Ban hành, triển khai kết quả thực", "Tài chính; Khoa", "1. Kế hoạch"]


def test_names_the_sentence_leads_into_stay():
    for text in ("theo hướng dẫn của Chính phủ, Bộ Khoa học và Công nghệ;",
                 "- Các sở: Nông nghiệp và Môi trường, Tài chính;",
                 "kinh doanh quy định tại Điều 6 Luật Đầu tư; Luật Đất đai",
                 "pháp luật thuộc phạm vi chức năng quản lý của Bộ Tư pháp;"):
        assert _split_title([text]) == [text]
