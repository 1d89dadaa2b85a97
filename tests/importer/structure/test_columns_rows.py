"""Column roles come from header words in any order; rows are typed by their numbering."""
from cchc.importer.document import Table
from cchc.importer.structure.columns import columns_from_header, infer_columns, is_header_row
from cchc.importer.structure.rows import task_tables

HEADER = ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Kết quả/sản phẩm", "Thời hạn hoàn thành",
          "Kinh phí (nghìn đồng)"]


def test_roles_by_header_words_not_position():
    cols = columns_from_header([HEADER])
    assert cols.roles == {"number": 0, "title": 1, "lead": 2, "coordinating": 3, "outputs": 4, "deadline": 5,
                          "budget": 6}
    assert cols.budget_scale == 0.001


def test_two_row_header():
    top = ["TT", "Nội dung công việc", "Cơ quan thực hiện", "Cơ quan thực hiện", "Thời gian"]
    sub = ["", "", "Chủ trì", "Phối hợp", ""]
    cols = columns_from_header([top, sub])
    assert cols.roles["lead"] == 2 and cols.roles["coordinating"] == 3 and cols.roles["deadline"] == 4


def test_header_detection_rejects_a_task_row():
    assert is_header_row(HEADER)
    assert not is_header_row(["1", "Kiện toàn Ban chỉ đạo", "Sở Nội vụ", "Các sở", "Quyết định", "Quý I", ""])


def test_roles_inferred_when_the_header_is_cut_off():
    rows = [["3.", "Theo dõi thi hành pháp luật", "Kế hoạch, báo cáo", "Sở Tư pháp", "Các sở, ban, ngành",
             "trước 15/10/2018"],
            ["4.", "Rà soát văn bản", "Báo cáo", "Sở Tư pháp", "UBND cấp huyện", "31/12/2018"],
            ["5.", "Kiểm tra văn bản", "Báo cáo", "Sở Nội vụ", "Các cơ quan, đơn vị liên quan", "Quý III"]]
    cols = infer_columns(rows)
    assert cols.roles == {"number": 0, "lead": 3, "coordinating": 4, "deadline": 5, "title": 1, "outputs": 2}


def table(rows):
    return Table(rows=[HEADER] + rows, lineno=1)


def test_headings_groups_tasks_and_page_break_continuations():
    rows = [["I", "CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH", "", "", "", "", ""],
            ["1", "Kiện toàn tổ chức", "", "", "", "", ""],
            ["1.1", "Kiện toàn Ban chỉ đạo", "Sở Nội vụ", "Các sở", "- Quyết định", "Quý I/2021", "10"],
            HEADER,
            ["", "của tỉnh", "", "", "- Quy chế", "", ""],
            ["II", "CẢI CÁCH THỂ CHẾ", "", "", "", "", ""],
            ["1", "Rà soát văn bản", "Sở Tư pháp", "", "Báo cáo", "Thường xuyên", ""],
            ["Tổng cộng", "", "", "", "", "", "10"]]
    [t] = task_tables([table(rows)])
    kinds = [(r.kind, r.number) for r in t.rows]
    assert kinds == [("heading", "I"), ("group", "1"), ("task", "1.1"), ("heading", "II"), ("task", "1"),
                     ("total", "")]
    assert t.rows[2].cells["title"] == "Kiện toàn Ban chỉ đạo\ncủa tỉnh"
    assert t.rows[2].cells["outputs"] == "- Quyết định\n- Quy chế"
    assert "10" in t.total_text()


def test_heading_merged_across_the_row():
    rows = [["II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH"] * 7,
            ["1", "Công bố TTHC", "Văn phòng UBND tỉnh", "", "Quyết định", "30/6/2021", ""]]
    [t] = task_tables([table(rows)])
    assert (t.rows[0].kind, t.rows[0].number, t.rows[0].title) == ("heading", "II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH")


def test_tables_without_task_columns_are_ignored():
    signature = Table(rows=[["Nơi nhận:", "TM. ỦY BAN NHÂN DÂN"], ["- Như trên;", "CHỦ TỊCH"]], lineno=1)
    assert task_tables([signature]) == []
