from hypothesis import example, given, settings
from hypothesis import strategies as st

from cchc.importer.document import Line, Table
from cchc.importer.structure.grid_text import grid_tables


def lines(text: str) -> list[Line]:
    return [Line(t, i + 1) for i, t in enumerate(text.split("\n"))]


def only_table(blocks) -> Table:
    tables = [b for b in blocks if isinstance(b, Table)]
    assert len(tables) == 1
    return tables[0]


RULED = """Phụ lục
+----+----------------------+--------------+
| TT | Nội dung             | Chủ trì      |
+====+======================+==============+
| I. CẢI CÁCH THỂ CHẾ                              |
+----+----------------------+--------------+
| 1  | Rà soát văn bản quy  | Sở Tư pháp   |
|    | phạm pháp luật       |              |
+----+----------------------+--------------+
|    | - Báo cáo quý        | Sở Nội vụ;   |
|    | - Báo cáo năm        | Sở Tài chính |
+----+----------------------+--------------+
Nơi nhận:"""


def test_lines_between_rules_are_one_row_and_wrapped_cells_are_joined():
    blocks = grid_tables(lines(RULED))
    table = only_table(blocks)
    assert table.rows == [["TT", "Nội dung", "Chủ trì"],
                          ["I. CẢI CÁCH THỂ CHẾ"] * 3,   # one cell across the row: a merged heading
                          ["1", "Rà soát văn bản quy phạm pháp luật", "Sở Tư pháp"],
                          ["", "- Báo cáo quý\n- Báo cáo năm", "Sở Nội vụ; Sở Tài chính"]]
    assert table.row_linenos == [3, 5, 7, 10]
    assert [b.text for b in blocks if isinstance(b, Line)] == ["Phụ lục", "Nơi nhận:"]


def test_without_rules_between_rows_a_row_number_opens_a_row():
    text = """| TT | Nội dung          | Cơ quan    | Thời gian   |
|    |                   | chủ trì    | hoàn thành  |
|----|-------------------|------------|-------------|
| I  | CẢI CÁCH THỂ CHẾ                                |
| 1  | Rà soát văn bản   | Sở Tư pháp | Quý II/2025 |
|    | quy phạm pháp luật|            |             |

| 2  | Kiểm tra văn bản  | Sở Tư pháp | Tháng 6     |"""
    table = only_table(grid_tables(lines(text)))
    assert table.rows == [["TT", "Nội dung", "Cơ quan chủ trì", "Thời gian hoàn thành"],
                          ["I", "CẢI CÁCH THỂ CHẾ", "", ""],
                          ["1", "Rà soát văn bản quy phạm pháp luật", "Sở Tư pháp", "Quý II/2025"],
                          ["2", "Kiểm tra văn bản", "Sở Tư pháp", "Tháng 6"]]   # past the blank line


def test_an_area_heading_without_bars_in_a_drawing_is_a_row():
    text = """| TT | Nội dung         | Chủ trì     |
|----|------------------|-------------|
| 1  | Rà soát văn bản  | Sở Tư pháp  |
II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH
|    | Công bố thủ tục  | Văn phòng   |"""
    table = only_table(grid_tables(lines(text)))
    assert table.rows[1:] == [["1", "Rà soát văn bản", "Sở Tư pháp"],
                              ["II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH"] * 3,
                              ["", "Công bố thủ tục", "Văn phòng"]]


def test_box_drawing_characters():
    text = """│ STT │ Nhiệm vụ         │ Chủ trì     │
├─────┼──────────────────┼─────────────┤
│ 1   │ Công bố thủ tục  │ Văn phòng   │
│     │ hành chính       │ UBND tỉnh   │
├─────┼──────────────────┼─────────────┤
│ 2   │ Số hóa hồ sơ     │ Sở Nội vụ   │"""
    table = only_table(grid_tables(lines(text)))
    assert table.rows[1:] == [["1", "Công bố thủ tục hành chính", "Văn phòng UBND tỉnh"],
                              ["2", "Số hóa hồ sơ", "Sở Nội vụ"]]


def test_without_a_number_column_a_capital_opens_a_row():
    text = """| Nội dung            | Chủ trì    |
|---------------------|------------|
| Rà soát văn bản quy | Sở Tư pháp |
| phạm pháp luật      |            |
| Kiểm tra văn bản    | Sở Tư pháp |"""
    table = only_table(grid_tables(lines(text)))
    assert [r[0] for r in table.rows] == ["Nội dung", "Rà soát văn bản quy phạm pháp luật", "Kiểm tra văn bản"]


def test_a_lone_pipe_line_is_left_as_it_is():
    """OCR text has stray bars ("| |nhigm vu ... | 1an ddu"): one such line is no drawing."""
    text = "Mục tiêu\n| |nhigm vu CCHC cla tinh trong| “naro b % | 1an ddu\n----\nnội dung tiếp"
    blocks = grid_tables(lines(text))
    assert all(isinstance(b, Line) for b in blocks)
    assert [b.text for b in blocks] == text.split("\n")


def test_bars_only_between_cells_under_a_header():
    """A legal database's export: "cell | cell |"; an area row without bars stays in the table."""
    text = """Phụ lục
TT | Nội dung | Cơ quan chủ trì | Thời gian |
I. CẢI CÁCH THỂ CHẾ
1 | Rà soát văn bản | Sở Tư pháp | Quý II |
 | quy phạm pháp luật |  |  |
2 | Kiểm tra văn bản | Sở Tư pháp |  |
Nơi nhận:"""
    blocks = grid_tables(lines(text))
    table = only_table(blocks)
    assert [r[:4] for r in table.rows] == [["TT", "Nội dung", "Cơ quan chủ trì", "Thời gian"],
                                           ["I. CẢI CÁCH THỂ CHẾ"] * 4,
                                           ["1", "Rà soát văn bản quy phạm pháp luật", "Sở Tư pháp", "Quý II"],
                                           ["2", "Kiểm tra văn bản", "Sở Tư pháp", ""]]
    assert [b.text for b in blocks if isinstance(b, Line)] == ["Phụ lục", "Nơi nhận:"]


def test_rows_that_a_text_copy_hard_wrapped_are_joined_back():
    """A legal database's text copy wrapped at 90 columns: a row's bars run on over the next lines, and a
    header cell's last word stands alone."""
    text = """STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản
phẩm
I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
1 | Xây dựng Kế hoạch tuyên truyền cải cách hành chính năm 2012 | Sở Nội vụ |
Sở Văn hóa, Thể thao và Du lịch | Quý I/2012 | Kế hoạch
2 | Kiểm tra công tác cải cách hành chính | Sở Nội vụ | Các sở,
ban, ngành | Tháng 6 và tháng 12 | Thông báo"""
    table = only_table(grid_tables(lines(text)))
    assert table.rows[2] == ["1", "Xây dựng Kế hoạch tuyên truyền cải cách hành chính năm 2012", "Sở Nội vụ",
                             "Sở Văn hóa, Thể thao và Du lịch", "Quý I/2012", "Kế hoạch"]
    assert table.rows[3][3] == "Các sở, ban, ngành"


def test_a_wrapped_header_cell_and_last_cells_wrapped_without_bars():
    """The same copy where the wrap cut a header cell before its bar ("Kinh" / "phí ... | Ghi chú") and
    pushed a row's last cell, or its last words, onto a line without bars."""
    text = """STT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành | Kinh
phí (nghìn đồng) | Ghi chú
I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
1 | Tuyên truyền cải cách hành chính trên Trang thông tin điện tử Sở Tư pháp | Phòng Phổ
biến, giáo dục pháp luật | Phòng Hành chính – Tổng hợp | 6 tháng đầu năm | 5.000 |
2 | Công bố danh mục thủ tục hành chính sửa đổi, bổ sung | Văn phòng Sở |  | Quý II |  |
Lồng ghép kinh phí
3 | Cấp chứng chỉ hành nghề khám bệnh, chữa bệnh trực tuyến |  | Văn phòng Sở | Thường
xuyên | 12.500 | Lồng ghép kinh phí
Sở Tư pháp tổng hợp, báo cáo kết quả thực hiện."""
    blocks = grid_tables(lines(text))
    table = only_table(blocks)
    assert table.rows[0][5:] == ["Kinh phí (nghìn đồng)", "Ghi chú"]
    assert table.rows[2][2:6] == ["Phòng Phổ biến, giáo dục pháp luật", "Phòng Hành chính – Tổng hợp",
                                  "6 tháng đầu năm", "5.000"]
    assert table.rows[3][4:] == ["Quý II", "", "Lồng ghép kinh phí"]
    assert table.rows[4][4:] == ["Thường xuyên", "12.500", "Lồng ghép kinh phí"]
    # a line the wrap did not make (the row above ends well before the width) stays a line of its own
    assert blocks[-1].text == "Sở Tư pháp tổng hợp, báo cáo kết quả thực hiện."


def test_a_site_line_the_copy_did_not_wrap_leaves_the_wrap_width_alone():
    """A legal database's own line, longer than the wrap width, above the wrapped plan."""
    text = """Bạn Chưa Đăng Nhập Thành Viên! Vì chưa Đăng Nhập nên Bạn chỉ xem được Thuộc tính của văn bản. Bạn chưa xem được Hiệu lực của Văn bản.
STT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành | Kinh
phí (nghìn đồng) | Ghi chú
1 | Tuyên truyền cải cách hành chính trên Trang thông tin điện tử Sở Tư pháp | Phòng Phổ
biến, giáo dục pháp luật | Phòng Hành chính – Tổng hợp | 6 tháng đầu năm | 5.000 |
2 | Công bố danh mục thủ tục hành chính sửa đổi, bổ sung | Văn phòng Sở |  | Quý II |  |
Lồng ghép kinh phí
3 | Cấp chứng chỉ hành nghề khám bệnh, chữa bệnh trực tuyến |  | Văn phòng Sở | Thường
xuyên | 12.500 | Lồng ghép kinh phí"""
    table = only_table(grid_tables(lines(text)))
    assert [row[0] for row in table.rows[1:]] == ["1", "2", "3"]
    assert table.rows[2][4:] == ["Quý II", "", "Lồng ghép kinh phí"]


def test_an_area_row_with_one_bar_is_not_completed_by_the_wrapped_row_under_it():
    text = """STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản
phẩm
V | XÂY DỰNG VÀ NÂNG CAO CHẤT LƯỢNG ĐỘI NGŨ CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC
1 | Tổ chức thi tuyển công chức hành chính năm 2012 | Sở Nội vụ | Các sở, ban, ngành | Quý
III/2012 | Quyết định công nhận kết quả
2 | Đào tạo, bồi dưỡng kiến thức quản lý nhà nước cho cán bộ, công chức cấp xã | Sở Nội vụ
| UBND các huyện, thành phố | Cả năm | Các lớp bồi dưỡng"""
    rows = only_table(grid_tables(lines(text))).rows
    assert [r[0] for r in rows] == ["STT", "V", "1", "2"]
    assert rows[2][4:] == ["Quý III/2012", "Quyết định công nhận kết quả"]


def test_bars_only_between_cells_without_a_header_need_numbered_rows():
    numbered = "3. | Theo dõi thi hành pháp luật | Sở Tư pháp | Quý IV |\n" \
               "4. | Rà soát văn bản | Sở Tư pháp | Tháng 6 |\n" \
               "5. | Kiểm tra văn bản | Sở Tư pháp | Thường xuyên |"
    assert [r[0] for r in only_table(grid_tables(lines(numbered))).rows] == ["3.", "4.", "5."]
    # OCR'd lines whose bars agree by chance, without row numbers (seed 004)
    ocr = "Cong khai TTHC (100% co quan| S&, ban, nganh A ; ; g T 3 &\n" \
          "A r o . S& Tuphdp don | 1. Bang niém yét| 1. Thyuc hién thudng xuyén\n" \
          "3 chugén mén cip :llnh, U]?ND cap | tinh; UBND | dbe th]uc | hang nim;"
    assert all(isinstance(b, Line) for b in grid_tables(lines(ocr)))
    # a section heading after the last row is no row of the table
    after = numbered + "\nII. CẢI CÁCH THỦ TỤC HÀNH CHÍNH\nNăm 2025, tỉnh tiếp tục ..."
    assert [b.text for b in grid_tables(lines(after)) if isinstance(b, Line)] == after.split("\n")[3:]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="|│+-=─┼ aB1.\t", max_size=30), max_size=12))
@example(["", "||1", "||1"])   # a blank line before a drawing was taken into it
@example(["===", "||1", "||1"])   # a rule above the first row belongs to the table
def test_any_bars_and_dashes_never_crash_and_keep_every_line(texts):
    """Every line stays a line or falls inside one table, in order: a table spans the lines from its
    first line up to the next block."""
    blocks = grid_tables([Line(t, i + 1) for i, t in enumerate(texts)])
    starts = [b.lineno for b in blocks]
    assert starts == sorted(set(starts)) and starts[:1] == ([1] if texts else [])
    for block, end in zip(blocks, starts[1:] + [len(texts) + 1]):
        if isinstance(block, Line):
            assert end == block.lineno + 1 and block.text == texts[block.lineno - 1]
        else:
            assert all(block.lineno <= n < end for n in block.row_linenos)


def test_a_markdown_table_whose_area_rows_kept_one_bar():
    """html2text writes a merged area row with the bar after its numeral only."""
    text = """TT| Nội dung| Cơ quan chủ trì| Thời gian
---|---|---|---
I| CẢI CÁCH THỂ CHẾ
1| Rà soát văn bản| Sở Tư pháp| Quý II
II| CẢI CÁCH THỦ TỤC HÀNH CHÍNH
1| Công bố thủ tục| Văn phòng UBND tỉnh| Quý III"""
    table = only_table(grid_tables(lines(text)))
    assert [r[:3] for r in table.rows] == [["TT", "Nội dung", "Cơ quan chủ trì"], ["I", "CẢI CÁCH THỂ CHẾ", ""],
                                           ["1", "Rà soát văn bản", "Sở Tư pháp"],
                                           ["II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", ""],
                                           ["1", "Công bố thủ tục", "Văn phòng UBND tỉnh"]]


def test_rows_whose_header_was_lost_take_the_area_heading_above_them():
    """OCR lost the header line's bars, and the first area's row kept one bar after its numeral: too few to
    open the run of rows, it is still their first area."""
    text = """TT Nội dung Cơ quan chủ trì Thời gian
I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
1 | Kiểm tra công tác cải cách hành chính | Sở Nội vụ | 30/11/2019
2 | Tuyên truyền về cải cách hành chính | Sở Nội vụ | Trong năm 2019
II | CẢI CÁCH THỂ CHẾ
1 | Rà soát văn bản | Sở Tư pháp | Quý II/2019"""
    blocks = grid_tables(lines(text))
    assert isinstance(blocks[0], Line) and [r[0] for r in blocks[1].rows] == ["I", "1", "2", "II", "1"]
    assert blocks[1].rows[0] == ["I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "", ""]


MARKDOWN_TOTAL = """| TT | Nội dung nhiệm vụ | Cơ quan phối hợp | Kinh phí |
| --- | --- | --- | --- |
| I | CẢI CÁCH THỂ CHẾ | | |
| 1 | Rà soát văn bản quy phạm pháp luật | Văn phòng UBND tỉnh<br>Sở Nội vụ | 120 |
| 2 | Kiểm tra văn bản | UBND các xã, phường | 80 |
| | Tổng cộng | | 200 |"""


def test_each_line_of_a_markdown_pipe_table_is_a_row():
    """A pipe table's cells cannot wrap: a line whose first cell is empty is a row of its own (a total),
    and "<br>" is a line break inside a cell."""
    table = only_table(grid_tables(lines(MARKDOWN_TOTAL)))
    assert table.rows[2:] == [["1", "Rà soát văn bản quy phạm pháp luật", "Văn phòng UBND tỉnh\nSở Nội vụ", "120"],
                              ["2", "Kiểm tra văn bản", "UBND các xã, phường", "80"], ["", "Tổng cộng", "", "200"]]


def test_an_html2text_table_without_outer_bars_has_a_row_per_line():
    text = """TT | Nội dung | Cơ quan chủ trì | Kinh phí
---|---|---|---
1 | Rà soát văn bản | Sở Tư pháp | 120
2 | Kiểm tra văn bản | Sở Tư pháp | 80
 | Tổng cộng | | 200"""
    table = only_table(grid_tables(lines(text)))
    assert table.rows[-2:] == [["2", "Kiểm tra văn bản", "Sở Tư pháp", "80"], ["", "Tổng cộng", "", "200"]]


def test_rows_of_an_ocr_table_whose_rules_were_misread_or_lost_stay_in_the_table():
    """OCR read one rule as "l", lost one between two agencies, read the frame on one line and lost the
    rules of a wrapped line's empty cells: every row stays, each cell under its column."""
    text = """TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm
I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
1 | Xây dựng Kế hoạch cải cách hành chính năm 2019 | Phòng Nội vụ l Các phòng, ban | Tháng 01/2019 | Kế hoạch
2 | Kiểm tra công tác cải cách hành chính tại các phòng, | Phòng Nội vụ Phòng Tư pháp | Quý III/2019 | Thông báo
ban và UBND các xã, thị trấn | kết quả
| 3 | Niêm yết công khai thủ tục hành chính | Văn phòng HĐND và UBND huyện | UBND các xã | Thường xuyên | Bộ thủ tục |
4 | Đánh giá, xếp loại công chức năm 2019 | Phòng Nội vụ | Các phòng, ban | Tháng 12/2019 | Báo cáo
Nơi nhận:"""
    table = only_table(grid_tables(lines(text)))
    assert table.rows[2:] == [
        ["1", "Xây dựng Kế hoạch cải cách hành chính năm 2019", "Phòng Nội vụ", "Các phòng, ban", "Tháng 01/2019",
         "Kế hoạch"],
        ["2", "Kiểm tra công tác cải cách hành chính tại các phòng, ban và UBND các xã, thị trấn", "Phòng Nội vụ",
         "Phòng Tư pháp", "Quý III/2019", "Thông báo kết quả"],
        ["3", "Niêm yết công khai thủ tục hành chính", "Văn phòng HĐND và UBND huyện", "UBND các xã", "Thường xuyên",
         "Bộ thủ tục"],
        ["4", "Đánh giá, xếp loại công chức năm 2019", "Phòng Nội vụ", "Các phòng, ban", "Tháng 12/2019", "Báo cáo"]]


def test_a_total_row_with_its_number_cell_empty_is_a_row_of_its_own():
    """Bars only between cells, no rules between rows: " | Tổng cộng | ... | 245" does not go on with row 2."""
    text = """TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành | Kinh phí (triệu đồng)
1 | Xây dựng Kế hoạch cải cách hành chính năm 2019 | Phòng Nội vụ | Tháng 01/2019 | 40
2 | Đánh giá, xếp loại cán bộ, công chức năm 2019 | Phòng Nội vụ | Tháng 12/2019 | 180
 | Tổng cộng |  |  | 220"""
    table = only_table(grid_tables(lines(text)))
    assert table.rows[2] == ["2", "Đánh giá, xếp loại cán bộ, công chức năm 2019", "Phòng Nội vụ", "Tháng 12/2019", "180"]
    assert table.rows[3] == ["", "Tổng cộng", "", "", "220"]
