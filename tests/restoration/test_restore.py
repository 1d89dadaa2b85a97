"""Diacritic restoration on real phrases of OCR'd and unaccented plans."""
from __future__ import annotations

import pytest

from cchc.restoration import association, is_damaged, restore_line, restore_text

from .shared_paths import seed


@pytest.mark.parametrize(
    "damaged, expected",
    [
        ("S& Noi vu", "Sở Nội vụ"),
        ("Pon vi chi tri", "Đơn vị chủ trì"),
        ("thuc hién thuong xuyén hang nam", "thực hiện thường xuyên hằng năm"),
        ("Uy ban nhan dan tinh", "Ủy ban nhân dân tỉnh"),
        ("5. S& Thong tin va Truyén théng:", "5. Sở Thông tin và Truyền thông:"),
        ("- Theo d&i, giam sat, danh gid va cai thién", "- Theo dõi, giám sát, đánh giá và cải thiện"),
        ("Tham muu UBND tinh ¢4y manh tng dung CNTT trong hoat déng cta",
         "Tham mưu UBND tỉnh đẩy mạnh ứng dụng CNTT trong hoạt động của"),
        ("cai cach t6 chirc bd may hanh chinh; xay dyng va nang cao chit luong d6i ngi",
         "cải cách tổ chức bộ máy hành chính; xây dựng và nâng cao chất lượng đội ngũ"),
        # a quarter in digits, as OCR reads "Quý I", is no fund; a fund stays one
        ("Quy 1/2019", "Quý 1/2019"),
        ("Bao cao trong quy 2/2019", "Báo cáo trong quý 2/2019"),
        ("quy luong va quy phuc loi", "quỹ lương và quỹ phúc lợi"),
    ],
)
def test_damaged_phrases_are_restored(damaged, expected):
    assert restore_line(damaged) == expected


def test_each_cell_of_a_tab_row_is_restored_on_its_own():
    """The words of the cell before a TAB are no context for the next cell's: "phương" then "Sở"."""
    line = "Kiem tra cong tac cai cach hanh chinh tai cac co quan, don vi, dia phuong\tSo Noi vu\tTruong Chinh tri tinh"
    assert restore_line(line).split("\t")[1:] == ["Sở Nội vụ", "Trường Chính trị tỉnh"]


def test_capitals_punctuation_and_codes_are_kept():
    line = "QUYET DINH so 3406/QĐ-UBND ngay 12/8/2016 cua UBND tinh (CCHC)."
    assert restore_line(line) == "QUYẾT ĐỊNH số 3406/QĐ-UBND ngày 12/8/2016 của UBND tỉnh (CCHC)."


def test_correct_words_in_a_damaged_line_stay():
    assert restore_line("Sở Noi vu và Sở Tài chinh") == "Sở Nội vụ và Sở Tài chính"
    # in unaccented (not OCR'd) text, a word someone wrote with valid marks is never changed
    assert restore_line("UBND tinh bán hanh ke hoach", ocr=False) == "UBND tỉnh bán hành kế hoạch"


@pytest.mark.parametrize("prefix", ["000", "002", "003"])
def test_clean_seed_plans_come_back_byte_identical(prefix):
    text = seed(prefix).read_text(encoding="utf-8")
    assert restore_text(text) == text


def test_damaged_lines_of_an_ocr_plan_are_restored_and_line_count_kept():
    text = seed("004").read_text(encoding="utf-8")
    restored = restore_text(text)
    assert restored.count("\n") == text.count("\n")
    assert "Sở Nội vụ" in restored and "S& Noi vu" not in restored
    assert restored.count("thực hiện") > 3 * max(1, text.count("thực hiện"))


def test_an_ocr_document_repairs_letters_even_in_lines_without_junk():
    """In an OCR'd document "S, ban, nganh" lost a letter, not only its marks."""
    excerpt = "\n".join([
        "- Tang cudng cdng tac klem tra, giam sét, danh gia tinh hinh thuc hién co",
        "ché tu chi, tu chiu trach nhiém v& bién ché va kinh phi tai cc co quan, don vi",
        "trén dia ban tinh.",
        "S, ban, nganh",
        "tinh; UBND cap",
        "huyén",
        "2. Béo cdo danh gia",
    ])
    restored = restore_text(excerpt).split("\n")
    assert restored[3] == "Sở, ban, ngành"
    assert restored[0] == "- Tăng cường công tác kiểm tra, giám sát, đánh giá tình hình thực hiện cơ"
    assert restore_text("S, ban, nganh", ocr=False) == "S, ban, ngành"


@pytest.mark.parametrize(
    "line",
    [
        "3. S& Noi vu:",
        "thuc hién ché dd béo cao CCHC.",
        "- Tang cuodng cong tac phdi hop, don déc cac so, ban, nganh tinh, dia",
        "TINH GIA LAI GIAI POAN 2016-2020",
        "Xay dung ke hoach cai cach hanh chinh nam 2021",
    ],
)
def test_damaged_lines_are_detected(line):
    assert is_damaged(line)


@pytest.mark.parametrize(
    "line",
    [
        "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ;",
        "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2021",
        "- Sở Nội vụ chủ trì, phối hợp với Văn phòng UBND tỉnh theo dõi, đôn đốc.",
        "1 2 3 4 5 6",
        "",
    ],
)
def test_clean_lines_are_not_detected(line):
    assert not is_damaged(line)


def test_a_phrase_cut_in_two_reads_on_and_two_cells_that_only_meet_do_not():
    assert association("công bố danh mục văn", "bản hết hiệu lực") > 3
    assert association("Triển khai Đề án trên địa", "bàn tỉnh") > 3
    assert association("Quý I/2023", "thành phố") < 0
    assert association("toàn bộ hoặc một phần", "thành phố") < 0
    assert association("Sở Tư pháp;", "UBND tỉnh") == 0.0   # a semicolon parts them
