"""TAB-less one-cell-per-line tables get their cell marks back; running text never does."""
from __future__ import annotations

from cchc.importer.document import Document, Line, Table
from cchc.importer.structure.layouts import recover_tables
from cchc.importer.structure.stacked_cells import restore_cell_tabs


def lines(text: str) -> list[Line]:
    return [Line(t, n) for n, t in enumerate(text.split("\n"), 1)]


ROW = "{n}.\nKiểm tra công tác cải cách hành chính đợt {n}\nBáo cáo kết quả\nSở Nội vụ\nCác sở, ban, ngành\nQuý {q}/2025"


def test_rows_of_lines_become_the_tab_layout():
    text = "\n\n".join(ROW.format(n=n, q=q) for n, q in ((1, "I"), (2, "II"), (3, "III")))
    out = restore_cell_tabs(lines(text))
    assert all(b.text.startswith("\t") for b in out if b.text.strip())
    tables = [b for b in recover_tables(Document(out, "x.txt")).blocks if isinstance(b, Table)]
    assert [r[:2] for r in tables[0].rows] == [["1.", "Kiểm tra công tác cải cách hành chính đợt 1"],
                                               ["2.", "Kiểm tra công tác cải cách hành chính đợt 2"],
                                               ["3.", "Kiểm tra công tác cải cách hành chính đợt 3"]]
    assert tables[0].rows[1][5] == "Quý II/2025"


def test_an_area_row_copied_as_one_line_stays_in_the_table():
    """The merged area cell comes out as one line, its numeral in front: "II. CẢI CÁCH THỂ CHẾ"."""
    rows = [ROW.format(n=n, q=q) for n, q in ((1, "I"), (2, "II"), (1, "III"), (2, "IV"))]
    text = "\n\n".join(["I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", *rows[:2], "II. CẢI CÁCH THỂ CHẾ", *rows[2:]])
    tables = [b for b in recover_tables(Document(restore_cell_tabs(lines(text)), "x.txt")).blocks
              if isinstance(b, Table)]
    assert [r[0] for r in tables[0].rows] == ["I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "1.", "2.",
                                              "II. CẢI CÁCH THỂ CHẾ", "1.", "2."]


def test_bullets_after_a_bullet_stay_in_one_cell():
    row = "1.\nTổ chức kiểm tra\nKết luận\nSở Nội vụ\nUBND cấp xã\n- Ban hành kế hoạch trước 31/3\n- Hoàn thành trước 30/11"
    text = "\n\n".join([row, row.replace("1.", "2.", 1), row.replace("1.", "3.", 1)])
    out = restore_cell_tabs(lines(text))
    assert [b.text for b in out[5:7]] == ["\t- Ban hành kế hoạch trước 31/3", "- Hoàn thành trước 30/11"]


def test_two_numbered_rows_are_a_list_not_a_table():
    text = "\n\n".join(ROW.format(n=n, q="I") for n in (1, 2))
    assert restore_cell_tabs(lines(text)) == lines(text)


def test_numbered_paragraphs_of_running_text_are_left_alone():
    text = ("1. Mục đích\n\nĐẩy mạnh cải cách hành chính.\n\n2. Yêu cầu\n\nBám sát chỉ đạo của Chính phủ.\n\n"
            "3. Nội dung\n\nKiểm tra, đánh giá định kỳ.\n\n1.\n\nMột dòng.\n\n2.\n\nHai dòng.\n\n3.\n\nBa dòng.")
    assert restore_cell_tabs(lines(text)) == lines(text)


def test_paragraph_cells_end_at_the_addressees():
    cells = ["Kiểm tra đợt {n}", "Báo cáo", "Sở Nội vụ", "UBND cấp xã", "Quý I/2025"]
    rows = "\n\n".join(f"{n}.\n\n" + "\n\n".join(c.format(n=n) for c in cells) for n in (1, 2, 3))
    text = rows + "\n\nNơi nhận:\n- Bộ Nội vụ;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN"
    out = restore_cell_tabs(lines(text))
    tabbed = [b.text for b in out if b.text.startswith("\t")]
    assert tabbed[:6] == ["\t1.", "\tKiểm tra đợt 1", "\tBáo cáo", "\tSở Nội vụ", "\tUBND cấp xã", "\tQuý I/2025"]
    assert len(tabbed) == 18 and out[-1].text == "TM. ỦY BAN NHÂN DÂN"


def test_a_row_short_of_a_cell_keeps_its_agencies_in_the_agency_columns():
    full = ["Kiểm tra đợt {n}", "Báo cáo", "Sở Nội vụ", "UBND cấp xã", "Quý I/2025"]
    short = ["Kiểm tra đợt {n}", "Sở Nội vụ", "UBND cấp xã", "Quý I/2025"]   # no product printed
    rows = [(1, full), (2, short), (3, full), (4, full)]
    text = "\n\n".join(f"{n}.\n\n" + "\n\n".join(c.format(n=n) for c in cells) for n, cells in rows)
    [table] = [b for b in recover_tables(Document(restore_cell_tabs(lines(text)), "x.txt")).blocks
               if isinstance(b, Table)]
    assert table.rows[1] == ["2.", "Kiểm tra đợt 2", "", "Sở Nội vụ", "UBND cấp xã", "Quý I/2025"]
    assert table.rows[2][3] == "Sở Nội vụ"


def test_a_product_and_a_deadline_run_on_to_the_cells_before_them_are_cut_off():
    full = ["Kiểm tra đợt {n}", "Báo cáo", "Sở Nội vụ", "UBND cấp xã", "Quý I/2025"]
    rows = [(1, full), (3, full), (4, full)]
    text = "\n\n".join(f"{n}.\n\n" + "\n\n".join(c.format(n=n) for c in cells) for n, cells in rows)
    # row 2: OCR printed the task text and its product as one paragraph, the agencies and the date too
    text += "\n\n5.\n\nXây dựng Kiến trúc chính quyền số\nQuyết định phê duyệt Kiến trúc\n\nSở Nội vụ\n\n" \
            "Các sở, ban, ngành\n30/11/2025"
    [table] = [b for b in recover_tables(Document(restore_cell_tabs(lines(text)), "x.txt")).blocks
               if isinstance(b, Table)]
    assert table.rows[3] == ["5.", "Xây dựng Kiến trúc chính quyền số", "Quyết định phê duyệt Kiến trúc",
                             "Sở Nội vụ", "Các sở, ban, ngành", "30/11/2025"]


def test_a_budget_figure_out_of_the_rows_sequence_is_a_cell_and_portal_links_end_the_table():
    """A page dumped as text ("lynx -dump"): the budget "10" stands alone as the row numbers do."""
    cells = ["Kiểm tra đợt {n}", "Báo cáo", "Sở Nội vụ", "UBND cấp xã", "Quý I/2025"]
    rows = "\n\n".join(f"{n}\n\n" + "\n\n".join(c.format(n=n) for c in cells) + ("\n\n10" if n == 2 else "")
                       for n in (1, 2, 3))
    blocks = recover_tables(Document(restore_cell_tabs(lines(rows + "\n\nTin liên quan\n\nKế hoạch năm trước")),
                                     "x.txt")).blocks
    [table] = [b for b in blocks if isinstance(b, Table)]
    assert [row[0] for row in table.rows] == ["1", "2", "3"]
    assert table.rows[1][1:] == ["Kiểm tra đợt 2", "Báo cáo", "Sở Nội vụ", "UBND cấp xã", "Quý I/2025", "10"]
    assert [b.text for b in blocks if isinstance(b, Line) and b.text] == ["Tin liên quan", "Kế hoạch năm trước"]


# --- rows run together, as a PDF viewer copies them ---------------------------------------------

HEADER = "TT\nNội dung, nhiệm vụ\nSản phẩm\nCơ quan chủ trì\nCơ quan phối hợp\nThời gian thực hiện\nKinh phí (triệu đồng)"
LINES_ROW = "{n}\nKiểm tra công tác cải cách hành chính đợt {n}\nBáo cáo kết quả\nSở Nội vụ\nCác sở, ban, ngành\nQuý {q}/2025"


def table_rows(text: str) -> list[list[str]]:
    tables = [b for b in recover_tables(Document(restore_cell_tabs(lines(text)), "x.txt")).blocks
              if isinstance(b, Table)]
    return [row for table in tables for row in table.rows]


def test_rows_without_blank_lines_are_found_by_their_numbers_in_sequence():
    rows = [LINES_ROW.format(n=n, q=q) for n, q in (("1.1", "I"), ("1.2", "II"), ("1.3", "III"), ("2.1", "IV"))]
    text = "\n".join(["PHỤ LỤC", HEADER, "I", "CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH", "1", "Kiện toàn tổ chức",
                      rows[0], rows[1] + "\n10", rows[2] + "\n5", "II. CẢI CÁCH THỂ CHẾ", "2",
                      "Rà soát văn bản", rows[3], "Tổng cộng", "15"])
    got = table_rows(text)
    numbered = [row for row in got if row[0] in ("1.1", "1.2", "1.3", "2.1")]
    assert [row[0] for row in numbered] == ["1.1", "1.2", "1.3", "2.1"]   # "10" and "5" are budgets, not rows
    assert numbered[1][3] == "Sở Nội vụ" and numbered[1][5] == "Quý II/2025" and numbered[1][6] == "10"
    assert any(row[0].startswith("II. CẢI CÁCH THỂ CHẾ") for row in got)
    assert not any("Tổng cộng" in cell for row in numbered for cell in row)


def test_areas_numbered_in_figures_start_the_numbering_of_their_rows_again():
    """"1" / "CÔNG TÁC CHỈ ĐẠO ..." is an area row: the rows under it count from 1, as under "I"."""
    rows = [LINES_ROW.format(n=n, q=q) for n, q in (("1", "I"), ("2", "II"), ("1", "III"))]
    text = "\n".join(["PHỤ LỤC", HEADER, "1", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", rows[0], rows[1],
                      "2", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", rows[2]])
    got = table_rows(text)
    assert [row[:2] for row in got[1:]] == [["1", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"],
                                            ["1", "Kiểm tra công tác cải cách hành chính đợt 1"],
                                            ["2", "Kiểm tra công tác cải cách hành chính đợt 2"],
                                            ["2", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ"],
                                            ["1", "Kiểm tra công tác cải cách hành chính đợt 1"]]
    assert got[5][3:6] == ["Sở Nội vụ", "Các sở, ban, ngành", "Quý III/2025"]


def test_rows_lettered_a_b_under_each_area_are_rows():
    rows = [LINES_ROW.format(n=n, q=q) for n, q in (("a)", "I"), ("b)", "II"), ("a)", "III"))]
    text = "\n".join(["PHỤ LỤC", HEADER, "I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", rows[0], rows[1],
                      "II", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", rows[2]])
    got = table_rows(text)
    assert [row[0] for row in got[1:]] == ["I", "a)", "b)", "II", "a)"]
    assert got[3][1:6] == ["Kiểm tra công tác cải cách hành chính đợt b)", "Báo cáo kết quả", "Sở Nội vụ",
                           "Các sở, ban, ngành", "Quý II/2025"]


def test_a_budget_equal_to_the_next_row_number_is_the_budget():
    rows = [LINES_ROW.format(n=n, q="I") + "\n" + budget for n, budget in (("3", "4"), ("4", "20"), ("5", "6"))]
    got = table_rows("\n".join([HEADER, *rows]))
    assert [(row[0], row[-1]) for row in got if row[0].isdigit()] == [("3", "4"), ("4", "20"), ("5", "6")]


def test_cells_wrapped_in_a_narrow_column_are_read_whole():
    row = ("{n}\nTổ chức hội nghị tập huấn nghiệp vụ\ncải cách hành chính cho công chức\nKế hoạch;\n"
           "báo cáo kết quả\nSở Nội vụ\nVăn phòng UBND tỉnh; UBND cấp\nhuyện\nQuý IV/2025")
    got = table_rows("\n".join([HEADER.replace("\nKinh phí (triệu đồng)", ""), *(row.format(n=n) for n in (1, 2, 3))]))
    assert [" ".join(cell.split()) for cell in got[1][1:]] == ["Tổ chức hội nghị tập huấn nghiệp vụ cải cách hành chính cho công chức",
                          "Kế hoạch; báo cáo kết quả", "Sở Nội vụ", "Văn phòng UBND tỉnh; UBND cấp huyện",
                          "Quý IV/2025"]


def test_numbered_paragraphs_without_blank_lines_stay_running_text():
    text = "\n".join(f"{n}.\nĐẩy mạnh cải cách hành chính.\nNâng cao chất lượng phục vụ.\nTăng cường kiểm tra."
                     for n in (1, 2, 3, 4))
    assert restore_cell_tabs(lines(text)) == lines(text)


# A PDF viewer's copy: every cell wrapped at its column's width, the header repeated at the top of each
# page, the page's number alone on its line.
PDF_HEADER = "STT\nNội dung nhiệm vụ\nCơ quan chủ trì\nCơ quan phối hợp\nThời gian hoàn\nthành\nSản phẩm"
PDF_ROWS = {
    "1": "Ban hành Kế hoạch cải cách hành chính năm 2023\nSở Nội vụ\nSở Tư pháp; Văn phòng\nUBND tỉnh; Sở Thông tin\n"
         "và Truyền thông\nTháng 01/2023\nKế hoạch của UBND tỉnh",
    "2": "Kiểm tra công tác cải cách hành chính tại các sở\nSở Nội vụ\nCác sở, ban, ngành tỉnh;\n"
         "UBND các huyện, thị xã,\nthành phố\nQuý II - Quý\nIII/2023\nThông báo kết luận kiểm\ntra",
    "3": "Giao quyền tự chủ tài chính theo Nghị định số\n60/2021/NĐ-CP của Chính phủ\nSở Tài chính\n"
         "Các sở, ban, ngành tỉnh\nTrước ngày\n30/6/2023\nQuyết định giao quyền tự\nchủ",
}
PDF_CELLS = {
    "1": ["Ban hành Kế hoạch cải cách hành chính năm 2023", "Sở Nội vụ",
          "Sở Tư pháp; Văn phòng UBND tỉnh; Sở Thông tin và Truyền thông", "Tháng 01/2023", "Kế hoạch của UBND tỉnh"],
    "2": ["Kiểm tra công tác cải cách hành chính tại các sở", "Sở Nội vụ",
          "Các sở, ban, ngành tỉnh; UBND các huyện, thị xã, thành phố", "Quý II - Quý III/2023",
          "Thông báo kết luận kiểm tra"],
    "3": ["Giao quyền tự chủ tài chính theo Nghị định số 60/2021/NĐ-CP của Chính phủ", "Sở Tài chính",
          "Các sở, ban, ngành tỉnh", "Trước ngày 30/6/2023", "Quyết định giao quyền tự chủ"],
}


def pdf_copy_rows(*parts: str) -> dict[str, list[str]]:
    got = table_rows("\n".join(["Phụ lục", "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2023", *parts]))
    return {row[0]: [" ".join(cell.split()) for cell in row[1:]] for row in got if row[0].isdigit()}


def test_cells_wrapped_before_a_capital_a_figure_or_a_numeral_are_cut_as_the_header_has_columns():
    got = pdf_copy_rows(PDF_HEADER, *(f"{n}\n{row}" for n, row in PDF_ROWS.items()))
    assert got == PDF_CELLS


def test_page_numbers_between_the_rows_and_above_a_repeated_header_are_no_rows_and_no_cells():
    # "3" above the caption, "2" above the header repeated on the next page (the next row's number too)
    got = table_rows("\n".join(["3", "Phụ lục", "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2023", PDF_HEADER,
                                "1", PDF_ROWS["1"], "2", PDF_HEADER, "2", PDF_ROWS["2"], "Trang 7", "3", PDF_ROWS["3"]]))
    numbered = {row[0]: [" ".join(cell.split()) for cell in row[1:]] for row in got if row[0].isdigit()}
    assert numbered == PDF_CELLS


def test_a_row_cut_by_a_page_break_gets_its_lines_from_below_the_repeated_header():
    first, rest = ("Rà soát, hệ thống hóa văn bản quy phạm pháp luật của\nHĐND, UBND tỉnh; công bố danh mục văn\n"
                   "Sở Tư pháp\nCác sở, ban, ngành tỉnh;\nUBND các huyện, thị xã,\nQuý I/2023\nQuyết định công bố danh\n"
                   "mục văn bản"), "bản hết hiệu lực toàn bộ hoặc một phần\nthành phố"
    got = pdf_copy_rows(PDF_HEADER, "1", PDF_ROWS["1"], "2", first, "4", PDF_HEADER, rest, "3", PDF_ROWS["3"])
    assert got["2"] == ["Rà soát, hệ thống hóa văn bản quy phạm pháp luật của HĐND, UBND tỉnh; công bố danh mục văn "
                        "bản hết hiệu lực toàn bộ hoặc một phần", "Sở Tư pháp",
                        "Các sở, ban, ngành tỉnh; UBND các huyện, thị xã, thành phố", "Quý I/2023",
                        "Quyết định công bố danh mục văn bản"]
    assert got["1"] == PDF_CELLS["1"] and got["3"] == PDF_CELLS["3"]


# A PDF viewer's copy of a district plan: "Phối hợp" and "Sản phẩm" cells are often empty and print no line.
DISTRICT_HEADER = "TT\nNhiệm vụ\nCơ quan chủ trì\nCơ quan phối hợp\nThời gian thực hiện\nSản phẩm"
DISTRICT_ROWS = {
    "1": "Xây dựng kế hoạch cải cách hành chính năm 2024\nPhòng Nội vụ\nVăn phòng HĐND và UBND huyện\nTháng 01/2024\n"
         "Kế hoạch của UBND huyện",
    "2": "Kiểm tra công tác cải cách hành chính tại các cơ quan\nPhòng Nội vụ\nQuý III/2024\nThông báo kết quả kiểm tra",
    "3": "Tuyên truyền cải cách hành chính trên Đài Truyền thanh huyện\nTrung tâm Văn hóa, Thông tin, Thể thao huyện\n"
         "Phòng Văn hóa và Thông tin\nUBND các xã, thị trấn\nThường xuyên",
    "4": "Theo dõi thi hành pháp luật trên địa bàn huyện\nPhòng Tư pháp\nPhòng Nội vụ\nCác cơ quan chuyên môn\n"
         "Hằng quý\nBáo cáo theo dõi thi hành pháp luật",
    "5": "Thực hiện cơ chế tự chủ tài chính của các đơn vị sự nghiệp công lập\nPhòng Tài chính - Kế hoạch\nPhòng Nội vụ\n"
         "Các đơn vị sự nghiệp công lập\n2021 - 2025\nQuyết định giao quyền tự chủ",
}


def district_rows(*parts: str) -> dict[str, list[str]]:
    got = table_rows("\n".join(["I. NHIỆM VỤ CỤ THỂ", DISTRICT_HEADER, *parts]))
    return {row[0]: [" ".join(cell.split(" ")) for cell in row[1:]] for row in got if row[0].isdigit()}


def test_an_empty_cell_inside_a_row_is_put_back_where_the_rows_cells_read_right():
    got = district_rows(*(f"{n}\n{row}" for n, row in DISTRICT_ROWS.items()))
    # no coordinating agency: the date stays under "Thời gian", the product under "Sản phẩm"
    assert got["2"] == ["Kiểm tra công tác cải cách hành chính tại các cơ quan", "Phòng Nội vụ", "", "Quý III/2024",
                        "Thông báo kết quả kiểm tra"]
    assert got["1"][2:4] == ["Văn phòng HĐND và UBND huyện", "Tháng 01/2024"]


def test_names_one_a_line_make_one_lead_and_a_list_of_coordinating_agencies():
    got = district_rows(*(f"{n}\n{row}" for n, row in DISTRICT_ROWS.items()))
    # no product: the standing task's last line is its deadline, and the two names after the lead coordinate
    assert got["3"] == ["Tuyên truyền cải cách hành chính trên Đài Truyền thanh huyện",
                        "Trung tâm Văn hóa, Thông tin, Thể thao huyện", "Phòng Văn hóa và Thông tin\nUBND các xã, thị trấn",
                        "Thường xuyên", ""]
    assert got["4"][1:3] == ["Phòng Tư pháp", "Phòng Nội vụ\nCác cơ quan chuyên môn"]
    # a name alone on its line after the task's complete words is the lead, not the task's last words
    assert got["5"][:3] == ["Thực hiện cơ chế tự chủ tài chính của các đơn vị sự nghiệp công lập",
                            "Phòng Tài chính - Kế hoạch", "Phòng Nội vụ\nCác đơn vị sự nghiệp công lập"]


def test_the_plans_next_part_right_after_the_last_row_ends_the_table():
    got = table_rows("\n".join(["I. NHIỆM VỤ CỤ THỂ", DISTRICT_HEADER, *(f"{n}\n{row}" for n, row in DISTRICT_ROWS.items()),
                                "II. KINH PHÍ THỰC HIỆN", "Kinh phí bố trí trong dự toán năm 2024.",
                                "III. TỔ CHỨC THỰC HIỆN", "Phòng Nội vụ theo dõi, đôn đốc."]))
    last = [row for row in got if row[0] == "5"][0]
    assert [cell.strip() for cell in last[-2:]] == ["2021 - 2025", "Quyết định giao quyền tự chủ"]
    assert not any("KINH PHÍ" in cell for row in got for cell in row)


RUN_HEADER = "TT\nNội dung\nCơ quan chủ trì\nCơ quan phối hợp\nThời gian\nKết quả/sản phẩm\nKinh phí (triệu đồng)"
RUN_ROWS = [["1", "Ban hành Kế hoạch cải cách hành chính năm 2018", "Phòng Nội vụ", "Các cơ quan, đơn vị thuộc thị xã",
             "Quý I/2018", "Kế hoạch của UBND thị xã", "5"],
            ["2", "Kiểm tra công tác cải cách hành chính tại các xã", "Phòng Nội vụ", "Phòng Tư pháp",
             "Quý III/2018", "Thông báo kết quả kiểm tra", "15"],
            ["3", "Tuyên truyền cải cách hành chính trên hệ thống truyền thanh", "Phòng Văn hóa và Thông tin",
             "Phòng Nội vụ", "Thường xuyên", "Chuyên mục cải cách hành chính", "20"]]


def _run_together(rows: list[list[str]]) -> list[list[str]]:
    """The rows copied one cell a line with no blank line between them, an empty cell as an empty line."""
    text = "\n".join([RUN_HEADER, "I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", *("\n".join(row) for row in rows)])
    [table] = [b for b in recover_tables(Document(restore_cell_tabs(lines(text)), "x.txt")).blocks
               if isinstance(b, Table)]
    return [row for row in table.rows if row[0].strip().isdigit()]


def test_an_empty_cell_among_rows_run_together_is_no_rows_end():
    no_budget = [RUN_ROWS[0][:6] + [""], *RUN_ROWS[1:]]
    assert _run_together(no_budget) == no_budget
    no_helpers = [RUN_ROWS[0][:3] + [""] + RUN_ROWS[0][4:], *RUN_ROWS[1:]]
    assert _run_together(no_helpers) == no_helpers
    assert _run_together(RUN_ROWS) == RUN_ROWS
