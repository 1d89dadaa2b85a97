"""Words that OCR glued together are split into syllables before decoding."""
from __future__ import annotations

import pytest

from cchc.restoration import load_restorer, restore_line, restore_text
from cchc.restoration.segmentation import shows_seams


@pytest.mark.parametrize(
    "damaged, expected",
    [
        ("UBNDcapxd", "UBND cấp xã"),
        ("Sở Nội vụ tỉnh; UBNDecdp", "Sở Nội vụ tỉnh; UBND cấp"),
        ("SoThonglinva", "Sở Thông tin và"),
        ("Sobannganh", "Sở ban ngành"),
        ("So Khoahocva", "Sở Khoa học và"),
        ("S& Tuphdp", "Sở Tư pháp"),
        ("S&N6i vu tinh", "Sở Nội vụ tỉnh"),
        ("ké | UBND cdphuyén | tink", "kê | UBND cấp huyện | tỉnh"),
    ],
)
def test_glued_syllables_are_split_in_ocr_text(damaged, expected):
    assert restore_line(damaged, ocr=True) == expected


def test_damaged_single_syllables_are_not_split():
    assert restore_line("IV cua nam trude", ocr=True) == "IV của năm trước"


def test_without_document_level_ocr_only_visible_seams_split():
    # a line judged OCR on its own: a long non-word without seams may be a foreign word, it stays one
    assert restore_line("Website Sobannganh cua tinh").split()[1] == "Sobannganh"
    assert restore_line("UBNDcapxd cua tinh").startswith("UBND cấp xã")
    segmenter = load_restorer().segmenter
    assert segmenter.split("UBNDcapxd") == ((0, 4), (4, 7), (7, 9))
    assert segmenter.split("CCHC") is None


@pytest.mark.parametrize("token, seams", [("S&N6i", True), ("ThongtinVvd", True), ("UBNDecdp", True),
                                          ("VNeID", False), ("Sobannganh", False), ("CCHC", False)])
def test_seams(token, seams):
    assert shows_seams(token) is seams


def test_ligatures_read_as_hatted_vowels():
    assert restore_line("tiêu chuﬁn", ocr=True) == "tiêu chuẩn"
    assert restore_line("Nﬁi dung thue hién", ocr=True) == "Nội dung thực hiện"


def test_wrapped_table_header_keeps_its_words():
    assert restore_line("Pon vi phdi", ocr=True) == "Đơn vị phối"


def test_damaged_tokens_get_a_wider_choice_of_repairs():
    assert restore_line("Ban hanh, trién kbai két qua", ocr=True) == "Ban hành, triển khai kết quả"


def test_digit_for_hatted_vowel_may_stand_for_a_lost_i():
    # "N6" is one capital and junk, not an all-capitals code: letters may be restored around it
    # (the plan's words there are "tình hình giải quyết", cut short by the next column)
    assert restore_line("tình hình gidi S6 N6 vu tinh; UBND cdp", ocr=True) == "tình hình giải Sở Nội vụ tỉnh; UBND cấp"
    assert restore_line("S6 luong", ocr=True) == "Số lượng"


def test_dotted_vowels_read_as_descenders():
    assert restore_line("TT Ngi dung thye hién Pon vi chi tri hop/thue hign", ocr=True) == \
        "TT Nội dung thực hiện Đơn vị chủ trì hợp/thực hiện"
    assert restore_line("theo djnh ky", ocr=True) == "theo định kỳ"


def test_horned_vowel_read_as_t():
    assert restore_line("Cong thc dao tao, boi dutng cong", ocr=True).endswith("bồi dưỡng công")


@pytest.mark.parametrize("damaged", ["S&, ban, ngant", "Sé, ban, nganil"])
def test_h_misread_in_the_collective_agency(damaged):
    assert restore_line(damaged, ocr=True) == "Sở, ban, ngành"


def test_initial_c_read_as_o_and_mixed_case_words():
    assert restore_line("UBND cap xa (Phén du | UBND ofp huyén; | Co quan", ocr=True).split("|")[1].strip() == \
        "UBND cấp huyện;"
    # one capital too many ("NOi") is no all-capitals word
    assert restore_line("UBND cﬁp}huyén; S& NOi wvu; cac", ocr=True) == "UBND cấp}huyện; Sở Nội vụ; các"
    assert restore_line("QUYET DINH", ocr=True) == "QUYẾT ĐỊNH"


def test_short_line_beside_damaged_lines_is_decoded_with_them():
    text = "S@, ban, nganh\ntinh; UBND cép\nhuyén; UBND cap\nxd\n\nBéo cdo két qua thuc"
    assert restore_text(text, ocr=True).split("\n")[3] == "xã"
    # without OCR the short line is judged on its own and stays as typed
    assert restore_text("tinh; UBND cép\nhuyén; UBND cap\nxd", ocr=False).split("\n")[2] == "xd"


def test_real_syllables_get_other_readings_in_ocr_documents():
    assert restore_line("Tiép thuc duy tri", ocr=True) == "Tiếp tục duy trì"
    # a line judged OCR on its own keeps the narrower choice
    assert load_restorer().candidates("thuc", True, False) == load_restorer().candidates("thuc", True, False, False)
    assert len(load_restorer().candidates("thuc", True, False, True)) > \
        len(load_restorer().candidates("thuc", True, False, False))
