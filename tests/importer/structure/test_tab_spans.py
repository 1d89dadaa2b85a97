"""Merged cells that a browser's TAB copy of a web table leaves out."""
from cchc.importer import parse_file
from cchc.importer.document import Line
from cchc.importer.structure.tab_spans import fill_rowspan_holes, spread_sub_headers

HEADER = ["TT", "Nội dung nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian hoàn thành", "Sản phẩm"]
ROW_1 = ["1", "Ban hành Kế hoạch tuyên truyền", "Sở Nội vụ", "Sở Thông tin và Truyền thông", "Tháng 01/2024",
         "Kế hoạch của UBND tỉnh"]


def spread(*texts: str) -> list[str]:
    return [b.text for b in spread_sub_headers([Line(t, i) for i, t in enumerate(texts, start=1)])]


def test_a_header_cells_sub_cells_go_under_the_cell_whose_kind_they_refine():
    assert spread("TT\tNội dung nhiệm vụ\tCơ quan thực hiện\tThời gian hoàn thành\tSản phẩm", "Chủ trì\tPhối hợp") == [
        "TT\tNội dung nhiệm vụ\tCơ quan thực hiện\tCơ quan thực hiện\tThời gian hoàn thành\tSản phẩm",
        "TT\tNội dung nhiệm vụ\tChủ trì\tPhối hợp\tThời gian hoàn thành\tSản phẩm"]
    # two merged cells, each over its own kind: agencies, then the start and the end
    assert spread("STT\tNhiệm vụ\tCơ quan\tThời gian\tSản phẩm", "Chủ trì\tPhối hợp\tBắt đầu\tHoàn thành")[1] == \
        "STT\tNhiệm vụ\tChủ trì\tPhối hợp\tBắt đầu\tHoàn thành\tSản phẩm"
    # quarters under "Thời gian thực hiện", funds under "Kinh phí"
    assert spread("TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian thực hiện\tKinh phí", "Quý I\tQuý II\tQuý III\tQuý IV\t"
                  "Ngân sách tỉnh\tNguồn khác")[1] == \
        "TT\tNhiệm vụ\tCơ quan chủ trì\tQuý I\tQuý II\tQuý III\tQuý IV\tNgân sách tỉnh\tNguồn khác"


def test_a_header_that_wrote_its_merged_cells_empty_slots_keeps_its_width():
    assert spread("TT\tNội dung nhiệm vụ\tCơ quan chủ trì\tThời gian thực hiện năm 2019\t\t\t",
                  "Quý I\tQuý II\tQuý III\tQuý IV")[1] == \
        "TT\tNội dung nhiệm vụ\tCơ quan chủ trì\tQuý I\tQuý II\tQuý III\tQuý IV"


def test_lines_that_are_no_short_sub_header_pass_through():
    header = "TT\tNội dung nhiệm vụ\tCơ quan thực hiện\tThời gian hoàn thành\tSản phẩm"
    for below in ("1\tBan hành Kế hoạch\tSở Nội vụ",          # the first row
                  "Chủ trì\tGhi chú",                         # a cell of no kind a merged cell names
                  "\t\tChủ trì\tPhối hợp\t\t",                # Word's copy keeps the empty cells: placed already
                  "Chủ trì\tPhối hợp\tNgân sách tỉnh\tNguồn khác"):   # no "Kinh phí" above for the funds
        assert spread(header, below) == [header, below]


def test_a_row_that_a_merged_cell_left_short_gets_the_cell_above_back():
    lead_merged = ["2", "Kiểm tra công tác cải cách hành chính", "Văn phòng UBND tỉnh", "Quý II - Quý III/2024",
                   "Thông báo kết quả kiểm tra"]
    assert fill_rowspan_holes([HEADER, ROW_1, lead_merged])[2] == [
        "2", "Kiểm tra công tác cải cách hành chính", "Sở Nội vụ", "Văn phòng UBND tỉnh", "Quý II - Quý III/2024",
        "Thông báo kết quả kiểm tra"]
    # a reform-area column merged down its tasks: the row opens with its number
    header = ["Lĩnh vực", *HEADER]
    first = ["1. Công tác chỉ đạo, điều hành", *ROW_1]
    assert fill_rowspan_holes([header, first, lead_merged[:2] + ["Sở Nội vụ"] + lead_merged[2:]])[2][:3] == \
        ["1. Công tác chỉ đạo, điều hành", "2", "Kiểm tra công tác cải cách hành chính"]


def test_rows_that_read_right_as_they_are_stay_short():
    rows = [HEADER, ROW_1,
            ["I", "CẢI CÁCH THỂ CHẾ"],                                                       # an area row
            ["2", "Rà soát văn bản", "Sở Tư pháp", "Các sở, ban, ngành", "Quý II/2024"],     # no product
            ["", "năm 2024", "Văn phòng"]]                                                   # a wrapped line
    assert fill_rowspan_holes(rows) == rows
    # without a header the columns are unknown
    assert fill_rowspan_holes(rows[1:]) == rows[1:]


def test_a_browser_copy_of_a_table_with_merged_cells(tmp_path):
    path = tmp_path / "ke-hoach.txt"
    path.write_text(
        "ỦY BAN NHÂN DÂN\nTỈNH HÒA BÌNH\nSố: 145/KH-UBND\nHòa Bình, ngày 27 tháng 12 năm 2023\nKẾ HOẠCH\n"
        "Cải cách hành chính nhà nước tỉnh Hòa Bình năm 2024\n"
        "Lĩnh vực\tTT\tNội dung nhiệm vụ\tCơ quan thực hiện\tThời gian hoàn thành\tSản phẩm\n"
        "Chủ trì\tPhối hợp\n"
        "1. Công tác chỉ đạo, điều hành\t1\tBan hành Kế hoạch tuyên truyền\tSở Nội vụ\tSở Thông tin và Truyền thông\n"
        "Báo Hòa Bình\tTháng 01/2024\tKế hoạch của UBND tỉnh\n"
        "2\tKiểm tra công tác cải cách hành chính\tVăn phòng UBND tỉnh\tQuý II - Quý III/2024\t"
        "Thông báo kết quả kiểm tra\n"
        "2. Cải cách thể chế\t3\tRà soát văn bản quy phạm pháp luật\tSở Tư pháp\tCác sở, ban, ngành\t"
        "Trước 31/01/2024\t- Danh mục văn bản\n- Quyết định công bố\n"
        "4\tTheo dõi thi hành pháp luật\tSở Tư pháp\tQuý IV/2024\tBáo cáo\n", encoding="utf-8")
    tasks = parse_file(path).tasks
    assert [(t.title, t.lead, t.coordinating, t.deadline_text, t.outputs) for t in tasks] == [
        ("Ban hành Kế hoạch tuyên truyền", ["Sở Nội vụ"], ["Sở Thông tin và Truyền thông", "Báo Hòa Bình"],
         "Tháng 01/2024", ["Kế hoạch của UBND tỉnh"]),
        ("Kiểm tra công tác cải cách hành chính", ["Sở Nội vụ"], ["Văn phòng UBND tỉnh"], "Quý II - Quý III/2024",
         ["Thông báo kết quả kiểm tra"]),
        ("Rà soát văn bản quy phạm pháp luật", ["Sở Tư pháp"], ["Các sở, ban, ngành"], "Trước 31/01/2024",
         ["Danh mục văn bản", "Quyết định công bố"]),
        ("Theo dõi thi hành pháp luật", ["Sở Tư pháp"], ["Các sở, ban, ngành"], "Quý IV/2024", ["Báo cáo"])]
    assert [t.area for t in tasks] == ["chi_dao_dieu_hanh", "chi_dao_dieu_hanh", "the_che", "the_che"]
    # the same copy whose TABs became runs of spaces reads the same
    spaced = tmp_path / "ke-hoach-cach.txt"
    spaced.write_text(path.read_text(encoding="utf-8").replace("\t", "    "), encoding="utf-8")
    assert [(t.title, t.lead, t.coordinating, t.outputs) for t in parse_file(spaced).tasks] == \
        [(t.title, t.lead, t.coordinating, t.outputs) for t in tasks]
