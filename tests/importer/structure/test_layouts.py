"""Tables hidden in plain text come back as rows of cells."""
from cchc.importer.document import Document, Line, Table
from cchc.importer.structure.layouts import recover_tables


def doc_of(text: str) -> Document:
    return Document([Line(t, i + 1) for i, t in enumerate(text.split("\n"))])


def test_tab_separated_rows_become_one_table_with_line_numbers():
    doc = recover_tables(doc_of("Lời mở đầu\nTT\tNội dung\tCơ quan chủ trì\tThời gian\n"
                                "1\tRà soát TTHC\tVăn phòng UBND tỉnh\tQuý I/2021\n\n"
                                "2\tTập huấn\tSở Nội vụ\tTháng 5\nKết thúc."))
    tables = doc.tables()
    assert len(tables) == 1
    assert tables[0].rows[2] == ["2", "Tập huấn", "Sở Nội vụ", "Tháng 5"]
    assert tables[0].row_linenos == [2, 3, 5]
    assert [b.text for b in doc.lines()] == ["Lời mở đầu", "Kết thúc."]


def test_one_cell_per_line_rows_with_wrapped_cells():
    text = ("\t3.\n\tTheo dõi thi hành pháp luật\n\tBáo cáo\n\tSở Tư pháp\n\tCác sở, ban, ngành\n"
            "\t- Ban hành Kế hoạch trước 31/01/2018.\n- Hoàn thành báo cáo trước 30/11/2018.\n\n"
            "\t4.\n\tRà soát văn bản\n\tBáo cáo\n\tSở Tư pháp\n\tUBND cấp huyện\n\t31/12/2018\n")
    table = recover_tables(doc_of(text)).tables()[0]
    assert len(table.rows) == 2
    assert table.rows[0][0] == "3."
    assert table.rows[0][5] == "- Ban hành Kế hoạch trước 31/01/2018.\n- Hoàn thành báo cáo trước 30/11/2018."
    assert table.rows[1][:2] == ["4.", "Rà soát văn bản"]


def test_row_whose_number_cell_is_blank_keeps_its_place():
    text = " \tBan hành Danh mục\n\tQuyết định\n\tSở Tư pháp\n\tVăn phòng UBND tỉnh\n\t31/01/2018\n\n" \
           "\t3.\n\tTheo dõi\n\tBáo cáo\n\tSở Tư pháp\n\tCác sở\n\t15/10/2018"
    table = recover_tables(doc_of(text)).tables()[0]
    assert table.rows[0][0] == "" and table.rows[0][1] == "Ban hành Danh mục"
    assert len(table.rows[0]) == len(table.rows[1]) == 6


def test_prose_after_a_cell_per_line_table_is_not_swallowed():
    text = "\t1.\n\tViệc một\n\tSở Nội vụ\n\t30/6/2018\n\nTM. ỦY BAN NHÂN DÂN"
    doc = recover_tables(doc_of(text))
    assert doc.lines()[-1].text == "TM. ỦY BAN NHÂN DÂN"


def test_pipe_separated_rows_from_legal_databases():
    text = "| TT | Nội dung | Đơn vị chủ trì | Thời hạn hoàn thành |\n| 1 | Rà soát | Sở Tư pháp | 30/6/2024 |"
    table = recover_tables(doc_of(text)).tables()[0]
    assert table.rows[1] == ["1", "Rà soát", "Sở Tư pháp", "30/6/2024"]


def test_real_tables_pass_through_untouched():
    table = Table([["a", "b"]], lineno=4)
    doc = recover_tables(Document([Line("x", 1), table]))
    assert doc.blocks[1] is table


def test_area_rows_with_fewer_tabs_stay_in_their_tab_table():
    text = ("TT\tNội dung\tCơ quan chủ trì\tThời gian\n"
            "I\tCẢI CÁCH THỂ CHẾ\n"
            "1\tRà soát văn bản\tSở Tư pháp\tQuý I\n"
            "II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH\n"
            "1\tCông bố TTHC\tVăn phòng UBND tỉnh\tQuý II\n"
            "III. TỔ CHỨC THỰC HIỆN\n"
            "Các sở thực hiện.")
    doc = recover_tables(doc_of(text))
    [table] = doc.tables()
    assert [r[0] for r in table.rows] == ["TT", "I", "1", "II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "1"]
    assert [b.text for b in doc.lines()] == ["III. TỔ CHỨC THỰC HIỆN", "Các sở thực hiện."]


def test_an_area_row_without_tab_or_dot_stays_in_the_table_above_a_group_row():
    text = ("TT\tNội dung\tCơ quan chủ trì\tThời gian\n"
            "1\tRà soát văn bản\tSở Tư pháp\tQuý I\n"
            "2\tKiểm tra văn bản\tSở Tư pháp\tQuý II\n"
            "III CẢI CÁCH THỦ TỤC HÀNH CHÍNH\n"
            "1\tKiểm soát quy định TTHC\n"
            "1.1\tBan hành kế hoạch kiểm soát\tVăn phòng UBND tỉnh\tQuý I")
    [table] = recover_tables(doc_of(text)).tables()
    assert [r[0] for r in table.rows] == ["TT", "1", "2", "III CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "1", "1.1"]


def test_a_numbered_line_with_one_tab_in_prose_is_no_table_row():
    doc = recover_tables(doc_of("Mở đầu\n1\tMột dòng có một TAB\nTiếp theo"))
    assert doc.tables() == []


def test_drawn_rules_between_pipe_rows_are_no_rows():
    text = ("| STT | Nội dung | Cơ quan chủ trì | Thời gian |\n|-----|----------|-----------------|---------|\n"
            "| 1 | Rà soát văn bản | Sở Tư pháp | Quý I |\n+-----+----------+-----------------+---------+")
    [table] = recover_tables(doc_of(text)).tables()
    assert [r[0] for r in table.rows] == ["STT", "1"]


def test_an_area_heading_above_its_own_table_becomes_its_first_row():
    header = ["STT", "Nội dung", "Cơ quan chủ trì", "Thời gian"]
    doc = Document([Line("I. CẢI CÁCH THỂ CHẾ", 1),
                    Table(rows=[header, ["1", "Rà soát văn bản", "Sở Tư pháp", "Quý I"]], lineno=2),
                    Line("Ghi chú: các nhiệm vụ khác theo kế hoạch riêng.", 4),
                    Table(rows=[header, ["1", "Công bố TTHC", "Văn phòng UBND tỉnh", "Quý II"]], lineno=5)])
    first, second = recover_tables(doc).tables()
    assert first.rows[1] == ["I. CẢI CÁCH THỂ CHẾ"] * 4 and first.row_linenos[:2] == [2, 1]
    assert second.rows[1][0] == "1"  # the line above it names no area


def test_a_table_with_its_own_area_rows_is_left_alone():
    header = ["STT", "Nội dung", "Cơ quan chủ trì", "Thời gian"]
    table = Table(rows=[header, ["I", "CẢI CÁCH THỂ CHẾ", "", ""], ["1", "Rà soát văn bản", "Sở Tư pháp", "Quý I"]],
                  lineno=2)
    [kept] = recover_tables(Document([Line("1. Cải cách thể chế", 1), table])).tables()
    assert kept.rows == table.rows
