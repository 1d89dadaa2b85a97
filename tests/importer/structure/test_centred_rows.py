"""Rows of a text table whose cells are centred vertically: each number in the middle of its row."""
from cchc.importer.structure.centred_rows import HEADER, HEADING, MORE, ROW, WRAP, row_owners


def test_lines_over_a_centred_number_belong_to_its_row():
    kinds = [HEADER, HEADING, MORE, ROW, MORE, MORE, ROW, MORE]
    titles = ["Nội dung", "", "Kiểm tra,", "xử lý văn", "bản quy", "Xây dựng", "Kho dữ", "liệu"]
    # row 3 spans lines 2-4 with its number in the middle; row 6 spans 5-7
    assert row_owners(kinds, titles) == [None, None, 3, None, None, 6, None, None]


def test_a_table_whose_rows_begin_at_their_numbers_is_left_as_it_is():
    kinds = [HEADER, HEADING, ROW, MORE, MORE, HEADING, ROW, MORE, ROW]
    assert row_owners(kinds, ["x"] * len(kinds)) == [None] * len(kinds)


def test_a_row_begins_rather_with_a_capital_than_with_a_lower_case_word():
    """Row 3 of four lines has no middle line: its title's lower-case second line stays with it."""
    kinds = [HEADING, MORE, ROW, MORE, MORE, MORE, ROW, MORE]
    titles = ["", "Rà soát,", "đơn giản", "hóa thủ tục", "Công bố", "danh mục", "thủ tục", "hành chính"]
    assert row_owners(kinds, titles) == [None, 2, None, None, 6, 6, None, None]


def test_under_a_repeated_header_the_end_of_a_row_the_page_split_goes_on_with_it():
    kinds = [HEADER, HEADING, MORE, ROW, MORE, HEADER, WRAP, MORE, MORE, MORE, ROW, MORE, MORE]
    titles = ["", "", "Triển khai", "thực hiện", "thủ tục", "", "", "hành chính", "Đo lường", "sự hài",
              "lòng của", "người dân", "tổ chức"]
    owners = row_owners(kinds, titles)
    assert owners[7] is None                      # goes on with row 3 over the page break
    assert owners[8:10] == [10, 10]               # the top half of row 10
