"""Word boxes -> lines, columns, paragraphs and page furniture (pure geometry, no OCR)."""
from __future__ import annotations

from cchc.ocr.engine import Word
from cchc.ocr.layout import cell_text, column_lines, is_furniture, paragraphs, split_at_column_starts, visual_lines

PAGE_HEIGHT = 2339
H = 30  # word height in pixels


def _words(text: str, left: int, top: int, char_width: int = 16) -> list[Word]:
    words, x = [], left
    for token in text.split():
        words.append(Word(token, 95.0, x, top, char_width * len(token), H))
        x += char_width * (len(token) + 1)
    return words


def _line(text: str, top: int, left: int = 200):
    return visual_lines(_words(text, left, top))[0]


def test_words_on_one_baseline_form_one_line_left_to_right():
    words = _words("Sở Nội vụ", 200, 500)
    lines = visual_lines(list(reversed(words)) + _words("Sở Tư pháp", 200, 560))
    assert [line.text(tabs=False) for line in lines] == ["Sở Nội vụ", "Sở Tư pháp"]


def test_bare_page_numbers_and_counters_in_margins_are_furniture():
    assert is_furniture(_line("12", top=2250), PAGE_HEIGHT)
    assert is_furniture(_line("- 3 -", top=2250), PAGE_HEIGHT)
    assert is_furniture(_line("(47/121", top=60), PAGE_HEIGHT)
    assert is_furniture(_line("Trang 5", top=2250), PAGE_HEIGHT)


def test_numbers_in_the_body_and_real_text_are_kept():
    assert not is_furniture(_line("936", top=1200), PAGE_HEIGHT)
    assert not is_furniture(_line("Nơi nhận:", top=2250), PAGE_HEIGHT)


def test_stray_marks_are_furniture_anywhere():
    assert is_furniture(_line("'", top=1200), PAGE_HEIGHT)
    assert is_furniture(_line("~ .", top=1200), PAGE_HEIGHT)


def test_consistent_wide_gaps_make_text_columns():
    words = (_words("ỦY BAN NHÂN DÂN", 200, 100) + _words("CỘNG HÒA XÃ HỘI", 900, 100)
             + _words("TỈNH ĐẮK NÔNG", 230, 150) + _words("Độc lập - Tự do", 920, 150))
    lines = visual_lines(words)
    tabbed = column_lines(lines)
    assert tabbed == [True, True]
    assert [text for text, _, _ in paragraphs(lines, tabbed)] == ["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI",
                                                               "TỈNH ĐẮK NÔNG\tĐộc lập - Tự do"]


def test_a_lone_wide_gap_is_just_a_space():
    lines = visual_lines(_words("Kinh phí", 200, 100) + _words("thực hiện", 900, 100)
                         + _words("Một dòng văn bản bình thường", 200, 400))
    assert column_lines(lines) == [False, False]


def test_wrapped_lines_join_into_a_paragraph_but_items_do_not():
    full = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015 và"
    lines = visual_lines(_words(full, 200, 100) + _words("các văn bản hướng dẫn;", 200, 140)
                         + _words(full, 200, 180) + _words("- Nhiệm vụ", 200, 220)  # item after a full line
                         + _words("1. Mục tiêu", 200, 260))
    texts = [text for text, _, _ in paragraphs(lines, column_lines(lines))]
    assert texts == [full + " các văn bản hướng dẫn;", full, "- Nhiệm vụ", "1. Mục tiêu"]


def test_cell_lines_wrapped_by_the_width_join_and_real_breaks_stay():
    inner_width = 16 * 24  # room for 24 characters
    wrapped = _words("Văn phòng UBND tỉnh; các", 0, 100) + _words("Sở, Ban, ngành", 0, 140)
    assert cell_text(wrapped, inner_width) == "Văn phòng UBND tỉnh; các Sở, Ban, ngành"
    broken = _words("Sở Nội vụ;", 0, 100) + _words("Đài PTTH tỉnh", 0, 140)  # "Đài" fitted after "vụ;"
    assert cell_text(broken, inner_width) == "Sở Nội vụ;\nĐài PTTH tỉnh"


def _row(cells: list[tuple[str, int]], top: int) -> list[Word]:
    return [w for text, left in cells for w in _words(text, left, top)]


def test_a_column_gap_too_narrow_to_see_is_split_where_the_column_starts_in_other_rows():
    """A table without rules: "Văn phòng UBND tỉnh" runs into "Sở Khoa học" (1.4 line heights apart);
    two other rows start their fourth column there."""
    words = (_row([("1", 100), ("Ban hành Kế hoạch", 200), ("Sở Nội vụ", 900), ("Các sở", 1300)], 100)
             + _row([("2", 100), ("Báo cáo kết quả", 200), ("Sở Nội vụ", 900), ("UBND cấp huyện", 1300)], 160)
             + _row([("3", 100), ("Công bố thủ tục", 200), ("Văn phòng UBND tỉnh", 950),
                     ("Sở Khoa học", 1295)], 220))
    lines = visual_lines(words)
    tabbed = column_lines(lines)
    assert [text for text, _, _ in paragraphs(split_at_column_starts(lines, tabbed), tabbed)][2] == \
        "3\tCông bố thủ tục\tVăn phòng UBND tỉnh\tSở Khoa học"


def test_words_of_one_cell_are_not_split_at_another_rows_column():
    words = (_row([("1", 100), ("Ban hành", 200), ("Sở Nội vụ", 900)], 100)
             + _row([("2", 100), ("Báo cáo", 200), ("Sở Nội vụ", 900)], 160)
             + _row([("3", 100), ("Rà soát các văn bản quy phạm pháp luật hết hiệu lực", 200)], 220))
    lines = visual_lines(words)
    tabbed = column_lines(lines)
    texts = [text for text, _, _ in paragraphs(split_at_column_starts(lines, tabbed), tabbed)]
    assert texts[2] == "3\tRà soát các văn bản quy phạm pháp luật hết hiệu lực"   # ordinary spaces: one cell
