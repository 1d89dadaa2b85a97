"""Column roles come from header words in any order; rows are typed by their numbering."""
import pytest

from cchc.importer import parse_document, parse_file
from cchc.importer.document import Document, Line, Table
from cchc.importer.fields.money import parse_money
from cchc.importer.structure.columns import columns_from_header, infer_columns, is_header_row
from cchc.importer.structure.rows import is_total_row, task_tables
from cchc.importer.structure.tasks import PlanContext, tasks_from_tables

HEADER = ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Kết quả/sản phẩm", "Thời hạn hoàn thành",
          "Kinh phí (nghìn đồng)"]
SHORT_HEADER = ["STT", "Nội dung công việc", "Cơ quan chủ trì", "Thời gian hoàn thành"]


def _annual_tasks(rows: list[list[str]]):
    """The tasks of one table of a plan for 2024."""
    return tasks_from_tables(task_tables([Table(rows=rows, lineno=1)]), PlanContext(year=2024, annual=True))


def test_roles_by_header_words_not_position():
    cols = columns_from_header([HEADER])
    assert cols.roles == {"number": 0, "title": 1, "lead": 2, "coordinating": 3, "outputs": 4, "deadline": 5,
                          "budget": 6}
    assert cols.budget_scale == 0.001


@pytest.mark.parametrize("lead", ["Bộ phận thực hiện", "Người chịu trách nhiệm", "Người thực hiện",
                                  # a commune's plan: who is given the work
                                  "Phân công thực hiện", "Phân công", "Phân công trách nhiệm", "Cán bộ phụ trách"])
def test_a_departments_own_units_or_officials_as_the_lead_column(lead):
    cols = columns_from_header([["TT", "Nội dung công việc", lead, "Thời gian thực hiện", "Kết quả đầu ra"]])
    assert cols.roles == {"number": 0, "title": 1, "lead": 2, "deadline": 3, "outputs": 4}


@pytest.mark.parametrize("shortcoming", ["Nội dung còn hạn chế (tiêu chí bị trừ điểm)", "Tiêu chí, nội dung bị trừ điểm",
                                         "Nội dung tồn tại, yếu kém"])
def test_a_remediation_plans_task_column_is_the_remedy_not_the_shortcoming_before_it(shortcoming):
    cols = columns_from_header([["STT", shortcoming, "Nhiệm vụ, giải pháp khắc phục", "Cơ quan chủ trì",
                                 "Thời gian hoàn thành"]])
    assert cols.roles == {"number": 0, "title": 2, "lead": 3, "deadline": 4}
    # the first task column stays when the second one is the shortcoming
    cols = columns_from_header([["STT", "Nội dung công việc", "Nội dung hạn chế", "Cơ quan chủ trì"]])
    assert cols.roles["title"] == 1


def test_a_tasks_code_or_the_leader_directing_it_yields_its_role_to_a_later_column():
    cols = columns_from_header([["STT", "Mã nhiệm vụ", "Nội dung", "Lãnh đạo UBND tỉnh chủ trì", "Cơ quan chủ trì",
                                 "Thời gian"]])
    assert cols.roles == {"number": 0, "title": 2, "lead": 4, "deadline": 5}
    # alone, a leader's column is still the lead: nothing names it better
    alone = columns_from_header([["STT", "Nội dung", "Lãnh đạo chủ trì", "Thời gian"]])
    assert alone.roles["lead"] == 2


@pytest.mark.parametrize("first, adjusted", [
    ("Thời gian hoàn thành theo Kế hoạch số 15/KH-UBND", "Thời gian hoàn thành sau điều chỉnh"),
    ("Thời hạn theo KH", "Thời hạn điều chỉnh"), ("Thời gian đã giao", "Thời gian đề nghị điều chỉnh"),
    ("Tiến độ thực hiện đến ngày 30/6/2020", "Thời gian hoàn thành (điều chỉnh)"),
    ("Tình hình thực hiện", "Thời gian thực hiện"), ("Mức độ hoàn thành", "Thời hạn hoàn thành")])
def test_an_amending_plans_deadline_is_the_adjusted_one_not_the_first_or_the_progress_so_far(first, adjusted):
    cols = columns_from_header([["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", first, adjusted, "Lý do điều chỉnh"]])
    assert cols.roles["deadline"] == 4


def test_a_planned_time_stays_the_deadline_beside_the_time_actually_taken_or_alone():
    assert columns_from_header([["STT", "Nội dung", "Cơ quan chủ trì", "Thời gian theo kế hoạch",
                                 "Thời gian thực tế"]]).roles["deadline"] == 3
    assert columns_from_header([["STT", "Nhiệm vụ", "Cơ quan chủ trì",
                                 "Tiến độ thực hiện"]]).roles["deadline"] == 3


@pytest.mark.parametrize("result", ["Kết quả thực hiện năm 2024", "Kết quả năm 2023", "Kết quả đạt được năm trước",
                                    "Kết quả thực hiện đến 31/12/2023"])
def test_a_carried_over_plans_outputs_are_the_products_not_last_years_results(result):
    cols = columns_from_header([["TT", "Nội dung nhiệm vụ", result, "Sản phẩm", "Cơ quan chủ trì", "Thời gian"]])
    assert cols.roles["outputs"] == 3
    assert columns_from_header([["TT", "Nội dung nhiệm vụ", "Kết quả thực hiện", "Cơ quan chủ trì",
                                 "Thời gian"]]).roles["outputs"] == 2


def test_header_words_a_narrow_column_shortens():
    header = ["TT", "Nội dung", "CQ, ĐV thực hiện", "TG thực hiện", "Dự kiến sản phẩm", "KP (tr.đ)"]
    assert is_header_row(header)
    cols = columns_from_header([header])
    assert cols.roles == {"number": 0, "title": 1, "lead": 2, "deadline": 3, "outputs": 4, "budget": 5}
    assert (cols.budget_scale, cols.budget_unit_stated) == (1.0, True)


@pytest.mark.parametrize("group", ["Kết quả Chỉ số CCHC năm 2023", "Kết quả đánh giá"])
def test_an_index_plans_score_columns_are_no_product_whatever_the_cell_above_them(group):
    top = ["STT", "Tiêu chí thành phần", group, group, "Giải pháp khắc phục", "Cơ quan chủ trì", "Thời gian"]
    sub = ["", "", "Điểm tối đa", "Số điểm bị trừ", "", "", ""]
    assert columns_from_header([top, sub]).roles == {"number": 0, "title": 4, "lead": 5, "deadline": 6}
    # a product column under the same group is still one
    sub[3] = "Sản phẩm"
    assert columns_from_header([top, sub]).roles["outputs"] == 3


def test_a_number_column_that_numbers_no_row_leaves_each_full_row_a_task():
    header = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian"]
    body = [["Chỉ số thành phần 1: Chi phí gia nhập thị trường"] * 4,
            ["", "Rút ngắn thời gian đăng ký doanh nghiệp", "Sở Kế hoạch và Đầu tư", "Quý III/2013"],
            ["", "Đăng ký doanh nghiệp qua mạng", "Sở Kế hoạch và Đầu tư", "2013 - 2014"]]
    [table] = task_tables([Table([header, *body], 1)])
    assert [r.cells["title"] for r in table.rows if r.kind == "task"] == [body[1][1], body[2][1]]
    # with one row numbered, an unnumbered one that gives only some cells is the tail of the row above (a page
    # break cut it); a full one is still a task (`test_a_full_row_whose_number_was_forgotten_is_a_task...`)
    body[1][0], body[2][2] = "1", ""
    [table] = task_tables([Table([header, *body], 1)])
    assert [r.cells["title"] for r in table.rows if r.kind == "task"] == [f"{body[1][1]}\n{body[2][1]}"]


def test_two_row_header():
    top = ["TT", "Nội dung công việc", "Cơ quan thực hiện", "Cơ quan thực hiện", "Thời gian"]
    sub = ["", "", "Chủ trì", "Phối hợp", ""]
    cols = columns_from_header([top, sub])
    assert cols.roles["lead"] == 2 and cols.roles["coordinating"] == 3 and cols.roles["deadline"] == 4


def test_header_detection_rejects_a_task_row():
    assert is_header_row(HEADER)
    assert not is_header_row(["1", "Kiện toàn Ban chỉ đạo", "Sở Nội vụ", "Các sở", "Quyết định", "Quý I", ""])
    # an indicator ("Chỉ số"), results ("kết quả") and a year: the words of a targets table's header, in a task row
    row = ["Xác định Chỉ số cải cách hành chính của các sở, ban, ngành", "Báo cáo kết quả", "Sở Nội vụ",
           "Các sở, ban, ngành", "31/3/2022"]
    assert not is_header_row(["2", *row])
    assert not is_header_row(["", *row])


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
    assert t.rows[2].cells["title"] == "Kiện toàn Ban chỉ đạo của tỉnh"   # goes on in lower case
    assert t.rows[2].cells["outputs"] == "- Quyết định\n- Quy chế"
    assert "10" in t.total_text()


def test_an_agency_broken_by_a_page_break_mid_phrase_is_one_agency():
    rows = [["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp"],
            ["1", "Báo cáo kết quả chuyển đổi", "Phòng Văn hóa và Thông tin", "Các cơ quan, đơn vị thuộc"],
            ["", "số của thành phố", "", "UBND thành phố"],
            ["2", "Báo cáo kết quả của", "Phòng Nội vụ", "Các đơn vị thuộc UBND"],
            ["", "thành phố", "", "thành phố"],   # the same words in two cells: no merged heading
            ["3", "Tập huấn kỹ năng số", "Phòng Nội vụ", "Phòng Tư pháp"],
            ["", "", "", "UBND các xã, phường"]]
    tasks = tasks_from_tables(task_tables([table(rows)]), PlanContext(year=2024, annual=True))
    assert [(t.title, t.coordinating) for t in tasks] == [
        ("Báo cáo kết quả chuyển đổi số của thành phố", ["Các cơ quan, đơn vị thuộc UBND thành phố"]),
        ("Báo cáo kết quả của thành phố", ["Các đơn vị thuộc UBND thành phố"]),
        ("Tập huấn kỹ năng số", ["Phòng Tư pháp", "UBND các xã, phường"])]


def test_heading_merged_across_the_row():
    rows = [["II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH"] * 7,
            ["1", "Công bố TTHC", "Văn phòng UBND tỉnh", "", "Quyết định", "30/6/2021", ""]]
    [t] = task_tables([table(rows)])
    assert (t.rows[0].kind, t.rows[0].number, t.rows[0].title) == ("heading", "II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH")


def test_tables_without_task_columns_are_ignored():
    signature = Table(rows=[["Nơi nhận:", "TM. ỦY BAN NHÂN DÂN"], ["- Như trên;", "CHỦ TỊCH"]], lineno=1)
    assert task_tables([signature]) == []


def test_start_and_end_columns_under_one_time_header():
    top = ["STT", "Nội dung", "Cơ quan tham mưu", "Thời gian thực hiện", "Thời gian thực hiện"]
    sub = ["", "", "", "Bắt đầu", "Hoàn thành"]
    assert columns_from_header([top, sub]).roles == {"number": 0, "title": 1, "lead": 2, "start": 3, "deadline": 4}
    single = columns_from_header([["TT", "Nhiệm vụ", "Chủ trì", "Thời gian bắt đầu", "Thời gian hoàn thành"]])
    assert (single.roles["start"], single.roles["deadline"]) == (3, 4)


def test_a_start_column_opens_a_window_only_with_a_time_to_end_it():
    header = ["STT", "Nội dung", "Cơ quan chủ trì", "Thời gian bắt đầu", "Thời gian hoàn thành"]
    rows = [["1", "Rà soát văn bản", "Sở Tư pháp", "Tháng 3/2024", "Tháng 6/2024"],
            ["2", "Công khai thủ tục hành chính", "Văn phòng UBND tỉnh", "Tháng 01/2024", "Thường xuyên"],
            ["3", "Báo cáo kết quả", "Sở Nội vụ", "Tháng 01/2024", "Định kỳ hằng quý"]]
    tasks = _plan_with([header, *rows]).to_dict()["tasks"]
    assert [(t["deadline_text"], t["deadline"]["kind"], t["deadline"]["end"]) for t in tasks] == [
        ("Tháng 3/2024 - Tháng 6/2024", "period", "2024-06-30"), ("Thường xuyên", "continuous", "2024-12-31"),
        ("Định kỳ hằng quý", "recurring", None)]


def _plan_with(*tables: list[list[str]]):
    blocks = [Line("KẾ HOẠCH Cải cách hành chính tỉnh Lào Cai năm 2024", 1)]
    blocks += [Table(rows, 10 * (i + 1)) for i, rows in enumerate(tables)]
    return parse_document(Document(blocks=blocks))


TASKS = [["STT", "Nội dung", "Cơ quan chủ trì", "Thời gian", "Kinh phí (triệu đồng)"],
         ["1", "Rà soát văn bản quy phạm pháp luật", "Sở Tư pháp", "Quý II", "100"],
         ["2", "Công khai thủ tục hành chính", "Văn phòng UBND tỉnh", "Quý III", "50"],
         ["3", "Khảo sát sự hài lòng của người dân", "Sở Nội vụ", "Quý IV", "200"]]


def test_a_later_table_restating_the_tasks_with_their_money_adds_no_tasks():
    estimate = [["STT", "Nội dung", "Đơn vị thực hiện", "Dự toán (triệu đồng)"],
                *[[row[0], row[1], row[2], row[4]] for row in TASKS[1:]], ["", "Tổng cộng", "", "350"]]
    plan = _plan_with(TASKS, estimate)
    assert [t.title for t in plan.tasks] == [row[1] for row in TASKS[1:]]
    assert plan.info.total_budget_million_vnd == 350
    notices = [n.message for n in plan.notices]
    assert not any("khác tổng" in n for n in notices)
    assert any("nhắc lại các nhiệm vụ" in n for n in notices)
    # a second table of other tasks, or the same names with deadlines of their own, are tasks
    more = [TASKS[0], ["1", "Số hóa hồ sơ", "Sở Nội vụ", "Quý I", ""], ["2", TASKS[1][1], "UBND cấp huyện", "Quý II", ""]]
    assert len(_plan_with(TASKS, more).tasks) == 5


def test_a_list_that_gives_every_row_one_same_text_is_no_task_table():
    focal = [["STT", "Cơ quan, đơn vị", "Đầu mối cải cách hành chính", "Ghi chú"],
             *[[str(n), agency, "Lãnh đạo phụ trách và 01 công chức", ""]
               for n, agency in enumerate(["Sở Nội vụ", "Sở Tư pháp", "Sở Tài chính", "UBND huyện Bát Xát"], 1)]]
    assert len(_plan_with(TASKS, focal).tasks) == 3


def test_header_cells_ocr_misread_by_a_letter_still_name_their_columns():
    """A photographed header: "Cơ quan chủ tr" lost its "ì", "phối hựp" has a wrong mark."""
    header = ["TT", "Nội dung công việc", "Cơ quan chủ tr", "Cơ quan phối hựp", "Thời gian hoàn thành", "Sản phẩm"]
    assert columns_from_header([header]).roles == {"number": 0, "title": 1, "lead": 2, "coordinating": 3,
                                                   "deadline": 4, "outputs": 5}
    # two letters wrong, or a short word, is no near miss; a role a cell named as such is not taken again
    other = ["TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan chu tích", "Đơn vị tỉnh", "Thời hạn", "Thời gian"]
    assert columns_from_header([other]).roles == {"number": 0, "title": 1, "lead": 2, "deadline": 5}


def test_arabic_area_rows_over_tasks_numbered_again_from_one():
    header = ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Thời gian hoàn thành"]
    rows = [header,
            ["1", "Cải cách thể chế", "Cải cách thể chế", "Cải cách thể chế"],
            ["1", "Rà soát văn bản", "Phòng Tư pháp", "Quý I"],
            ["2", "Kiểm tra văn bản", "Phòng Tư pháp", "Quý II"],
            ["2", "Hiện đại hóa hành chính", "", ""],
            ["1", "Duy trì ISO", "Phòng Nội vụ", "Quý IV"]]
    [t] = task_tables([Table(rows=rows, lineno=1)])
    assert [(r.kind, r.number) for r in t.rows] == [("heading", "1"), ("task", "1"), ("task", "2"),
                                                    ("heading", "2"), ("task", "1")]


def test_arabic_groups_that_name_no_area_stay_groups():
    header = ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Thời gian hoàn thành"]
    rows = [header, ["1", "Kiện toàn tổ chức", "", ""], ["1.1", "Kiện toàn Ban chỉ đạo", "Sở Nội vụ", "Quý I"]]
    [t] = task_tables([Table(rows=rows, lineno=1)])
    assert [r.kind for r in t.rows] == ["group", "task"]


def test_area_column_opens_a_section_where_its_text_changes():
    header = ["STT", "Lĩnh vực", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"]
    rows = [header,
            ["1", "Cải cách thể chế", "Rà soát văn bản", "Sở Tư pháp", "Quý I"],
            ["2", "Cải cách thể chế", "Kiểm tra văn bản", "Sở Tư pháp", "Quý II"],
            ["3", "Cải cách tài chính công", "Giao tự chủ", "Sở Tài chính", "Quý III"]]
    [t] = task_tables([Table(rows=rows, lineno=1)])
    assert [(r.kind, r.title) for r in t.rows] == [
        ("heading", "Cải cách thể chế"), ("task", "Rà soát văn bản"), ("task", "Kiểm tra văn bản"),
        ("heading", "Cải cách tài chính công"), ("task", "Giao tự chủ")]


def test_task_ids_and_areas_under_arabic_area_rows():
    header = ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Thời gian hoàn thành"]
    rows = [header,
            ["1", "Cải cách thể chế", "Cải cách thể chế", "Cải cách thể chế"],
            ["1", "Rà soát văn bản", "Phòng Tư pháp", "Quý I"],
            ["2", "Hiện đại hóa hành chính", "", ""],
            ["2.1", "Duy trì ISO", "Phòng Nội vụ", "Quý IV"]]
    tasks = _annual_tasks(rows)
    assert [(t.id, t.area, t.area_heading) for t in tasks] == [
        ("1.1", "the_che", "Cải cách thể chế"), ("2.1", "hien_dai_hoa", "Hiện đại hóa hành chính")]


def test_one_cell_merged_across_lead_and_coordinating_is_the_leads():
    merged = "Các sở, ban, ngành tỉnh; UBND các xã, phường"
    tasks = _tasks_of([["STT", "Nội dung nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian hoàn thành"],
                       ["1", "Báo cáo định kỳ", merged, merged, "Hằng quý"],
                       ["2", "Kiểm tra cải cách hành chính", "Sở Nội vụ", "Văn phòng UBND tỉnh", "Quý I"]])
    assert [(t.lead, t.coordinating) for t in tasks] == [
        (["Các sở, ban, ngành tỉnh", "UBND các xã, phường"], []), (["Sở Nội vụ"], ["Văn phòng UBND tỉnh"])]


def test_an_index_plans_dimension_rows_are_its_area_rows():
    """PAPI's "Chỉ số nội dung N" rows head the tasks under them, in the area each names, else in the area of
    each task's own words."""
    tasks = _tasks_of([["STT", "Nội dung công việc", "Đơn vị thực hiện", "Thời gian thực hiện"],
                       ["1", "Chỉ số nội dung 2: Công khai, minh bạch", "", ""],
                       ["1.1", "Công khai thu, chi ngân sách xã", "Công chức Văn phòng - Thống kê", "Hằng quý"],
                       ["2", "Chỉ số nội dung 8: Quản trị điện tử", "", ""],
                       ["2.1", "Hướng dẫn người dân nộp hồ sơ trực tuyến", "Công chức Văn phòng - Thống kê", "Quý II"]])
    assert [(t.area, t.area_heading, t.group) for t in tasks] == [
        ("tai_chinh_cong", "Chỉ số nội dung 2: Công khai, minh bạch", None),
        ("hien_dai_hoa", "Chỉ số nội dung 8: Quản trị điện tử", None)]


@pytest.mark.parametrize("ditto", ["nt", "-nt-", "(nt)", "Như trên", "NT.", '"'])
def test_ditto_marks_repeat_the_cell_above(ditto):
    tasks = _tasks_of([["TT", "Nội dung công việc", "Đơn vị thực hiện", "Thời gian thực hiện", "Ghi chú"],
                       ["1", "Kiểm tra tại Bệnh viện Đa khoa tỉnh", "Văn phòng Sở", "Tháng 5/2012", "Kết hợp ISO"],
                       ["2", "Kiểm tra tại Trung tâm Y tế huyện", ditto, ditto, ditto],
                       ["3", "Kiểm tra tại Trung tâm Y tế thị xã", ditto, "Tháng 6/2012", ""]])
    assert [(t.lead, t.deadline.end, t.notes) for t in tasks] == [
        (["Văn phòng Sở"], "2012-05-31", "Kết hợp ISO"), (["Văn phòng Sở"], "2012-05-31", "Kết hợp ISO"),
        (["Văn phòng Sở"], "2012-06-30", None)]


def test_a_reviewers_remark_in_square_brackets_becomes_a_note():
    tasks = _annual_tasks([
        ["TT", "Nội dung", "Cơ quan chủ trì", "Thời hạn", "Ghi chú"],
        ["1", "Rà soát thủ tục hành chính [Đ/c Hùng: đề nghị xem lại phạm vi]", "Văn phòng UBND tỉnh",
         "Quý I/2024", ""],
        ["2", "Tổ chức hội nghị triển khai", "Sở Nội vụ [Sở Nội vụ đề nghị giao Văn phòng UBND tỉnh]",
         "Tháng 01/2024", "Kết hợp giao ban"],
        ["3", "Cập nhật văn bản [01] lên Cổng thông tin điện tử [tỉnh]", "Sở Tư pháp", "Quý II/2024", ""]])
    assert [(t.title, t.lead, t.notes) for t in tasks] == [
        ("Rà soát thủ tục hành chính", ["Văn phòng UBND tỉnh"], "Đ/c Hùng: đề nghị xem lại phạm vi"),
        ("Tổ chức hội nghị triển khai", ["Sở Nội vụ"], "Kết hợp giao ban; Sở Nội vụ đề nghị giao Văn phòng UBND tỉnh"),
        ("Cập nhật văn bản [01] lên Cổng thông tin điện tử [tỉnh]", ["Sở Tư pháp"], None)]


def test_a_note_in_parentheses_that_says_it_is_one_leaves_the_title_for_the_notes():
    tasks = _annual_tasks([
        ["TT", "Nội dung", "Cơ quan chủ trì", "Thời hạn", "Ghi chú"],
        ["1", "Tuyển dụng công chức cấp xã năm 2020\n(Ghi chú: theo chỉ tiêu biên chế được giao)", "Sở Nội vụ",
         "Quý III", ""],
        ["2", "Kiểm tra công vụ (Lưu ý: kết hợp kiểm tra CCHC)", "Sở Nội vụ", "Quý IV", "Đột xuất"],
        ["3", "Rà soát thủ tục hành chính (lĩnh vực đất đai)", "Sở Tư pháp", "Quý II", ""]])
    assert [(t.title, t.notes) for t in tasks] == [
        ("Tuyển dụng công chức cấp xã năm 2020", "Ghi chú: theo chỉ tiêu biên chế được giao"),
        ("Kiểm tra công vụ", "Đột xuất; Lưu ý: kết hợp kiểm tra CCHC"),
        ("Rà soát thủ tục hành chính (lĩnh vực đất đai)", None)]


@pytest.mark.parametrize("area_rows", [
    (["", "CẢI CÁCH THỂ CHẾ", "", ""], ["", "Cải cách thủ tục hành chính", "", ""]),  # title cell only
    (["A", "CẢI CÁCH THỂ CHẾ", "", ""], ["B", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "", ""]),  # lettered areas
    # in the Vietnamese alphabet's order, Đ after D
    (["D", "CẢI CÁCH THỂ CHẾ", "", ""], ["Đ", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "", ""]),
    (["D", "CẢI CÁCH THỂ CHẾ", "", ""], ["Đ. CẢI CÁCH THỦ TỤC HÀNH CHÍNH"] * 4),   # merged across
])
def test_unnumbered_or_lettered_area_rows(area_rows):
    header = ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Thời gian hoàn thành"]
    rows = [header, area_rows[0], ["1", "Rà soát văn bản", "Sở Tư pháp", "Quý I"],
            area_rows[1], ["2", "Công bố thủ tục", "Văn phòng UBND tỉnh", "Quý II"]]
    tasks = _annual_tasks(rows)
    assert [(t.title, t.area, t.group) for t in tasks] == [("Rà soát văn bản", "the_che", None),
                                                           ("Công bố thủ tục", "thu_tuc_hanh_chinh", None)]


def test_rows_numbered_with_a_slash_under_groups_numbered_with_a_dot_are_tasks_of_their_own():
    rows = [SHORT_HEADER,
            ["III", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "", ""],
            ["1", "Nhóm nhiệm vụ kiểm soát thủ tục hành chính", "", ""],
            ["1)", "Công bố thủ tục hành chính", "Văn phòng UBND tỉnh", "Thường xuyên"],
            ["IV", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", "", ""],
            ["1/", "Thực hiện quy chế văn hóa công sở", "Sở Nội vụ", "Thường xuyên"],
            ["2/", "Đánh giá, xếp loại công chức", "Sở Nội vụ", "Tháng 12/2016"]]
    tasks = _annual_tasks(rows)
    assert [(t.id, t.title) for t in tasks][1:] == [("IV.1", "Thực hiện quy chế văn hóa công sở"),
                                                    ("IV.2", "Đánh giá, xếp loại công chức")]


@pytest.mark.parametrize("part_1, part_2", [
    (["Phần 1", "CẢI CÁCH THỂ CHẾ", "", ""], ["Phần 2", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "", ""]),   # in the number cell
    (["Phần 1. CẢI CÁCH THỂ CHẾ", "", "", ""], ["Phần 2. CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "", "", ""]),   # one cell
])
def test_parts_numbered_in_arabic_are_area_rows_over_the_groups_and_tasks_under_them(part_1, part_2):
    rows = [SHORT_HEADER, part_1, ["1", "Xây dựng, ban hành văn bản quy phạm pháp luật", "", ""],
            ["a", "Rà soát văn bản quy phạm pháp luật", "Sở Tư pháp", "Quý I/2016"],
            ["2", "Theo dõi tình hình thi hành pháp luật", "Sở Tư pháp", "Tháng 11/2016"], part_2,
            ["1", "Công bố thủ tục hành chính", "Văn phòng UBND tỉnh", "Thường xuyên"]]
    tasks = _annual_tasks(rows)
    assert [(t.id, t.area_heading, t.group) for t in tasks] == [
        ("I.1.a", "CẢI CÁCH THỂ CHẾ", "Xây dựng, ban hành văn bản quy phạm pháp luật"),
        ("I.2", "CẢI CÁCH THỂ CHẾ", None), ("II.1", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", None)]


def test_a_full_row_whose_number_was_forgotten_is_a_task_and_a_page_breaks_rest_of_a_row_is_not():
    rows = [SHORT_HEADER,
            ["I", "CẢI CÁCH THỂ CHẾ", "", ""],
            ["1", "Công bố thủ tục hành chính thuộc thẩm quyền", "Văn phòng UBND tỉnh", "Thường xuyên"],
            ["", "Theo dõi tình hình thi hành pháp luật năm 2016", "Sở Tư pháp", "Tháng 11/2016"],
            ["2", "Rà soát văn bản quy phạm pháp luật của", "Sở Tư pháp, các sở,", "Quý"],
            ["", "Hội đồng nhân dân tỉnh", "ban, ngành", "III/2016"]]
    tasks = _annual_tasks(rows)
    assert [(t.title, t.lead, t.deadline_text) for t in tasks] == [
        ("Công bố thủ tục hành chính thuộc thẩm quyền", ["Văn phòng UBND tỉnh"], "Thường xuyên"),
        ("Theo dõi tình hình thi hành pháp luật năm 2016", ["Sở Tư pháp"], "Tháng 11/2016"),
        ("Rà soát văn bản quy phạm pháp luật của Hội đồng nhân dân tỉnh", ["Sở Tư pháp", "Các sở, ban, ngành"],
         "Quý III/2016")]


def test_a_page_break_piece_of_a_title_is_no_area_row():
    rows = [HEADER, ["I", "CẢI CÁCH THỂ CHẾ", "", "", "", "", ""],
            ["1", "Rà soát văn bản về", "Sở Tư pháp", "", "", "Quý I", ""],
            ["", "cải cách thủ tục hành chính", "", "", "", "", ""]]
    [t] = task_tables([table(rows)])
    assert [r.kind for r in t.rows] == ["heading", "task"]


def test_a_table_without_number_column_numbers_its_tasks_under_each_heading():
    header = ["Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]
    rows = [header, ["I. CẢI CÁCH THỂ CHẾ"] * 4,
            ["Rà soát văn bản", "Sở Tư pháp", "Các sở", "Quý I"],
            ["Kiểm tra văn bản", "Sở Tư pháp", "", "Quý II"],
            ["II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH"] * 4,
            ["Công bố thủ tục", "Văn phòng UBND tỉnh", "", "Quý III"]]
    tasks = _annual_tasks(rows)
    assert [(t.id, t.title) for t in tasks] == [("I.1", "Rà soát văn bản"), ("I.2", "Kiểm tra văn bản"),
                                                ("II.1", "Công bố thủ tục")]


@pytest.mark.parametrize("cell, lead, coordinating", [
    ("Sở Nội vụ chủ trì, phối hợp với các sở, ngành", ["Sở Nội vụ"], ["Các sở, ngành"]),
    ("Sở Nội vụ (chủ trì); Sở Tư pháp, Sở Tài chính (phối hợp)", ["Sở Nội vụ"], ["Sở Tư pháp", "Sở Tài chính"]),
    ("- Chủ trì: Văn phòng UBND tỉnh\n- Phối hợp: Các sở, ban, ngành", ["Văn phòng UBND tỉnh"],
     ["Các sở, ban, ngành"]),
    ("Sở Tư pháp", ["Sở Tư pháp"], []),
    ("Sở Nội vụ chủ trì; các sở, ngành phối hợp", ["Sở Nội vụ"], ["Các sở, ngành"]),
])
def test_one_agency_column_naming_both_roles(cell, lead, coordinating):
    rows = [["TT", "Nội dung", "Cơ quan thực hiện", "Thời gian"], ["I", "CẢI CÁCH THỂ CHẾ", "", ""],
            ["1", "Rà soát văn bản", cell, "Quý I"]]
    [task] = _annual_tasks(rows)
    assert (task.lead, task.coordinating) == (lead, coordinating)


@pytest.mark.parametrize("header, cell, lead, coordinating", [
    ("Cơ quan chủ trì/phối hợp", "Sở Nội vụ\nCác đơn vị sự nghiệp công lập", ["Sở Nội vụ"],
     ["Các đơn vị sự nghiệp công lập"]),
    ("Cơ quan chủ trì, phối hợp", "Văn phòng UBND tỉnh\n- Sở Tư pháp\n- UBND các huyện", ["Văn phòng UBND tỉnh"],
     ["Sở Tư pháp", "UBND các huyện"]),
    # one name wrapped over two lines is no list
    ("Cơ quan chủ trì/phối hợp", "Trung tâm Phục vụ\nHành chính công tỉnh", ["Trung tâm Phục vụ Hành chính công tỉnh"],
     []),
    # under a header that names one role, every line leads
    ("Cơ quan thực hiện", "Sở Nội vụ\nSở Tư pháp", ["Sở Nội vụ", "Sở Tư pháp"], []),
])
def test_one_column_headed_by_both_roles_leads_with_the_first_line_of_a_cell_without_labels(
        header, cell, lead, coordinating):
    rows = [["TT", "Nội dung", header, "Thời gian"], ["I", "CẢI CÁCH THỂ CHẾ", "", ""],
            ["1", "Rà soát văn bản", cell, "Quý I"]]
    [task] = _annual_tasks(rows)
    assert (task.lead, task.coordinating) == (lead, coordinating)


def test_a_lead_cell_naming_both_roles_beside_a_coordinating_cell_gives_its_names_to_coordinate_too():
    rows = [["TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"],
            ["I", "CẢI CÁCH THỂ CHẾ", "", "", ""],
            ["1", "Rà soát văn bản", "Sở Nội vụ chủ trì, phối hợp với Văn phòng UBND tỉnh và Sở Tư pháp",
             "UBND cấp huyện", "Quý I"]]
    [task] = _annual_tasks(rows)
    assert (task.lead, task.coordinating) == (["Sở Nội vụ"], ["Văn phòng UBND tỉnh", "Sở Tư pháp", "UBND cấp huyện"])


def test_rows_numbered_in_parentheses_are_tasks_of_their_own():
    rows = [["STT", "Nội dung", "Chủ trì", "Thời gian"], ["I", "CẢI CÁCH THỂ CHẾ", "", ""],
            ["1", "Rà soát văn bản quy phạm pháp luật", "Sở Tư pháp", "Quý II/2024"],
            ["II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "", ""],
            ["(1)", "Rà soát, đơn giản hóa thủ tục hành chính", "Văn phòng UBND tỉnh", "Tháng 9/2024"],
            ["(2)", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Các sở, ban, ngành", "Thường xuyên"]]
    tasks = _annual_tasks(rows)
    assert [(t.id, t.lead, t.deadline_text) for t in tasks] == [
        ("I.1", ["Sở Tư pháp"], "Quý II/2024"), ("II.1", ["Văn phòng UBND tỉnh"], "Tháng 9/2024"),
        ("II.2", ["Các sở, ban, ngành"], "Thường xuyên")]


def test_tables_without_area_rows_take_their_area_table_by_table():
    header = ["STT", "Nội dung", "Cơ quan chủ trì", "Thời gian"]
    first = Table(rows=[header, ["1", "Rà soát văn bản quy phạm pháp luật", "Sở Tư pháp", "Quý I"]], lineno=1)
    second = Table(rows=[header, ["1", "Cung cấp dịch vụ công trực tuyến toàn trình", "Sở Nội vụ", "Quý II"]],
                   lineno=9)
    tables = task_tables([first, second])
    guessed = tasks_from_tables(tables, PlanContext(year=2024, annual=True))
    assert [t.area for t in guessed] == ["the_che", "hien_dai_hoa"]
    headed = tasks_from_tables(tables, PlanContext(year=2024, annual=True,
                                                   area_headings=["Cải cách thể chế", "Cải cách tài chính công"]))
    assert [(t.id, t.area, t.area_heading) for t in headed] == [("1.1", "the_che", "Cải cách thể chế"),
                                                                ("2.1", "tai_chinh_cong", "Cải cách tài chính công")]


def test_part_headings_and_a_total_in_the_budget_columns_unit():
    header = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian", "Kinh phí (đồng)"]
    rows = [header, ["Phần I: CẢI CÁCH THỂ CHẾ"] * 5, ["1", "Rà soát văn bản", "Sở Tư pháp", "Quý II", "50.000.000"],
            ["", "Tổng cộng", "", "", "50.000.000"]]
    [t] = task_tables([Table(rows=rows, lineno=1)])
    assert (t.rows[0].kind, t.rows[0].number, t.rows[0].title) == ("heading", "I", "CẢI CÁCH THỂ CHẾ")
    from cchc.importer.fields.money import find_stated_total
    assert find_stated_total(t.total_text())[0] == 50


def test_merged_rows_numbered_in_arabic_are_area_headings_or_groups():
    header = ["STT", "Nội dung", "Cơ quan chủ trì", "Thời gian"]
    rows = [header, ["", "1. Cải cách thể chế", "1. Cải cách thể chế", "1. Cải cách thể chế"],
            ["1.1", "Rà soát văn bản", "Sở Tư pháp", "Quý I"],
            ["II. CẢI CÁCH TÀI CHÍNH CÔNG"] * 4,
            ["1. Kiện toàn tổ chức"] * 4,
            ["1.1", "Giao tự chủ", "Sở Tài chính", "Quý II"]]
    tasks = _annual_tasks(rows)
    assert [(t.id, t.area, t.area_heading, t.group) for t in tasks] == [
        ("1.1", "the_che", "Cải cách thể chế", None),
        ("II.1.1", "tai_chinh_cong", "CẢI CÁCH TÀI CHÍNH CÔNG", "Kiện toàn tổ chức")]


def test_a_table_without_number_column_keeps_the_numbers_written_in_its_titles():
    header = ["Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"]
    rows = [header, ["I. CẢI CÁCH THỂ CHẾ"] * 3, ["1. Rà soát văn bản", "Sở Tư pháp", "Quý I"],
            ["2. Kiểm tra văn bản", "Sở Tư pháp", "Quý II"]]
    tasks = _annual_tasks(rows)
    assert [(t.id, t.title) for t in tasks] == [("I.1", "Rà soát văn bản"), ("I.2", "Kiểm tra văn bản")]


@pytest.mark.parametrize("header", [
    ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2024", "Cơ quan theo dõi"],
    ["STT", "Nội dung chỉ tiêu", "Đơn vị tính", "Chỉ tiêu năm 2024", "Cơ quan chịu trách nhiệm"],
])
def test_a_table_of_targets_is_no_task_table(header):
    rows = [header, ["1", "Tỷ lệ hồ sơ trực tuyến", "%", "80", "Sở Nội vụ"],
            ["2", "Tỷ lệ hài lòng", "%", "90", "Văn phòng UBND tỉnh"]]
    assert task_tables([Table(rows=rows, lineno=1)]) == []
    with_deadline = [["STT", "Nội dung", "Chỉ tiêu", "Cơ quan chủ trì", "Thời gian"],
                     ["1", "Số hóa hồ sơ", "80% hồ sơ", "Sở Nội vụ", "Quý IV"]]
    assert len(task_tables([Table(rows=with_deadline, lineno=1)])) == 1


def test_a_heading_row_cut_by_a_page_break_is_joined_back():
    header = ["TT", "Nội dung", "Cơ quan chủ trì", "Thời gian"]
    rows = [header, ["II. XÂY DỰNG VÀ NÂNG CAO CHẤT LƯỢNG ĐỘI NGŨ CÁN BỘ, CÔNG"] * 4, ["CHỨC, VIÊN CHỨC"] * 4,
            ["1", "Xây dựng Đề án vị trí việc làm", "Sở Nội vụ", "Quý IV"],
            ["A. NHIỆM VỤ CHUNG"] * 4, ["CẢI CÁCH THỂ CHẾ"] * 4, ["1", "Rà soát văn bản", "Sở Tư pháp", "Quý I"]]
    [t] = task_tables([Table(rows=rows, lineno=1)])
    assert [(r.kind, r.title) for r in t.rows if r.kind != "task"] == [
        ("heading", "XÂY DỰNG VÀ NÂNG CAO CHẤT LƯỢNG ĐỘI NGŨ CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC"),
        ("letter", "NHIỆM VỤ CHUNG"), ("heading", "CẢI CÁCH THỂ CHẾ")]


def test_arabic_area_rows_written_in_the_title_cell_only():
    header = ["STT", "Nội dung", "Cơ quan chủ trì", "Thời gian"]
    rows = [header, ["", "1. Cải cách thể chế", "", ""], ["1.1", "Rà soát văn bản", "Sở Tư pháp", "Quý I"],
            ["", "2. Cải cách tài chính công", "", ""], ["2.1", "Giao tự chủ cho đơn vị", "Sở Tài chính", "Quý II"],
            ["", "sự nghiệp công lập", "", ""]]
    tasks = _annual_tasks(rows)
    assert [(t.id, t.area, t.title) for t in tasks] == [
        ("1.1", "the_che", "Rà soát văn bản"),
        ("2.1", "tai_chinh_cong", "Giao tự chủ cho đơn vị sự nghiệp công lập")]


def test_roles_inferred_with_the_products_last():
    rows = [["1.1", "Rà soát văn bản", "Phòng Tư pháp", "Công an huyện", "Tháng 3/2024", "Báo cáo kết quả rà soát"],
            ["1.2", "Kiểm tra văn bản", "Phòng Tư pháp", "Các phòng", "Quý II", "Thông báo kết luận kiểm tra"],
            ["2.1", "Số hóa hồ sơ", "UBND các xã", "Văn phòng", "Quý IV", "Hồ sơ được số hóa"]]
    assert infer_columns(rows).roles == {"number": 0, "title": 1, "lead": 2, "coordinating": 3, "deadline": 4,
                                         "outputs": 5}
    notes = [r[:5] + ["Đã có trong kế hoạch năm trước"] for r in rows]
    assert "outputs" not in infer_columns(notes).roles


def test_area_column_cells_keep_their_own_numbers():
    header = ["STT", "Lĩnh vực", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"]
    rows = [header, ["1", "I. Cải cách thể chế", "Rà soát văn bản", "Sở Tư pháp", "Quý I"],
            ["2", "I. Cải cách thể chế", "Kiểm tra văn bản", "Sở Tư pháp", "Quý II"],
            ["1", "II. Cải cách tài chính công", "Giao tự chủ", "Sở Tài chính", "Quý III"]]
    tasks = _annual_tasks(rows)
    assert [(t.id, t.area, t.area_heading) for t in tasks] == [
        ("I.1", "the_che", "Cải cách thể chế"), ("I.2", "the_che", "Cải cách thể chế"),
        ("II.1", "tai_chinh_cong", "Cải cách tài chính công")]


def test_one_column_for_lead_and_coordinating():
    rows = [["TT", "Nhiệm vụ", "Cơ quan chủ trì, phối hợp", "Thời gian"], ["I", "CẢI CÁCH THỂ CHẾ", "", ""],
            ["1", "Rà soát văn bản", "Sở Tư pháp chủ trì, phối hợp với các sở, ngành", "Quý I"]]
    [task] = _annual_tasks(rows)
    assert (task.lead, task.coordinating) == (["Sở Tư pháp"], ["Các sở, ngành"])


def test_years_marked_under_the_time_header_of_a_multi_year_plan():
    top = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian thực hiện", "Thời gian thực hiện", "Thời gian thực hiện",
           "Kinh phí (triệu đồng)", "Kinh phí (triệu đồng)"]
    sub = ["", "", "", "2021", "2022", "2023", "2021", "2022"]
    rows = [top, sub, ["I", "CẢI CÁCH THỂ CHẾ", "", "", "", "", "", ""],
            ["1", "Rà soát văn bản", "Sở Tư pháp", "x", "x", "", "100", "50"],
            ["2", "Kiểm tra văn bản", "Sở Tư pháp", "", "", "x", "", ""]]
    tables = task_tables([Table(rows=rows, lineno=1)])
    assert tables[0].columns.period_columns == {3: "2021", 4: "2022", 5: "2023"}
    tasks = tasks_from_tables(tables, PlanContext(year=2021, annual=False))
    assert [(t.deadline_text, t.deadline.start, t.deadline.end, t.budget_million_vnd) for t in tasks] == [
        ("2021 - 2022", "2021-01-01", "2022-12-31", 150), ("Năm 2023", "2023-01-01", "2023-12-31", None)]  # 100 + 50


def test_quarters_marked_under_the_time_header():
    top = ["TT", "Nội dung", "Chủ trì", "Tiến độ thực hiện", "Tiến độ thực hiện", "Tiến độ thực hiện",
           "Tiến độ thực hiện"]
    sub = ["", "", "", "Quý I", "Quý II", "Quý III", "Quý IV"]
    rows = [top, sub, ["1", "Rà soát văn bản", "Sở Tư pháp", "x", "x", "", ""],
            ["2", "Tổng kết", "Sở Nội vụ", "", "", "", "x"],
            ["3", "Báo cáo cải cách hành chính", "Sở Nội vụ", "", "x", "", "x"]]   # marks apart: milestones
    tasks = _annual_tasks(rows)
    assert [(t.deadline_text, t.deadline.kind, t.deadline.start, t.deadline.end) for t in tasks] == [
        ("Quý I - Quý II", "period", "2024-01-01", "2024-06-30"), ("Quý IV", "period", "2024-10-01", "2024-12-31"),
        ("Quý II, Quý IV", "multi", None, "2024-12-31")]
    assert [m.end for m in tasks[2].deadline.milestones] == ["2024-06-30", "2024-12-31"]


def test_months_marked_under_a_time_header_merged_over_twelve_columns():
    """The merged header's text comes in all twelve cells: it is one column name, not twelve."""
    months = [f"T{m}" for m in range(1, 13)]
    top = ["STT", "Nội dung", "Đơn vị chủ trì", "Sản phẩm"] + ["Thời gian thực hiện năm 2023"] * 12 + ["Ghi chú"]
    rows = [top, ["", "", "", ""] + months + [""],
            ["1", "Kiểm tra công tác cải cách hành chính", "Văn phòng Sở", "Thông báo"]
            + ["", "", "", "", "x", "x", "x", "", "", "", "", ""] + ["Kiểm tra 03 đơn vị"]]
    tasks = tasks_from_tables(task_tables([Table(rows=rows, lineno=1)]), PlanContext(year=2023, annual=True))
    assert [(t.id, t.deadline_text, t.deadline.start, t.deadline.end, t.notes) for t in tasks] == [
        ("1", "T5 - T7", "2023-05-01", "2023-07-31", "Kiểm tra 03 đơn vị")]


def test_a_time_header_written_once_over_its_periods_as_a_spreadsheet_copy_writes_it():
    """Copied from Excel as TAB text, a merged cell is written once, then empty; the line under it opens
    with the empty cells under the columns merged down."""
    top = ["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian thực hiện năm 2024", "", "", ""]
    rows = [top, ["", "", "", "Quý I", "Quý II", "Quý III", "Quý IV"],
            ["1", "Rà soát thủ tục hành chính nội bộ", "Văn phòng UBND tỉnh", "", "X", "", "X"]]
    tasks = _annual_tasks(rows)
    assert [(t.deadline_text, t.deadline.kind, t.deadline.end) for t in tasks] == [
        ("Quý II, Quý IV", "multi", "2024-12-31")]


def test_periods_named_by_bare_numbers_or_with_their_year_and_a_day_typed_for_a_mark():
    def deadlines(sub: list[str], marks: list[str]) -> list[tuple]:
        top = ["TT", "Nội dung", "Cơ quan chủ trì"] + ["Thời gian thực hiện năm 2024 (tháng)"] * len(sub)
        rows = [top, ["TT", "Nội dung", "Cơ quan chủ trì"] + sub, ["1", "Rà soát văn bản", "Sở Tư pháp"] + marks]
        return [(t.deadline.kind, t.deadline.start, t.deadline.end) for t in _annual_tasks(rows)]

    months = [str(m) for m in range(1, 13)]
    assert deadlines(months, ["", "", "", "✓", "✓", "✓"] + [""] * 6) == [("period", "2024-04-01", "2024-06-30")]
    assert deadlines(["Quý I/2024", "Quý II/2024", "Quý III/2024"], ["", "x", "x"]) == [
        ("period", "2024-04-01", "2024-09-30")]
    assert deadlines(months, ["", "", "15/3"] + [""] * 5 + ["20/9", "", "", ""]) == [("multi", None, "2024-09-20")]
    # a row that numbers every column is no months: the time column is the deadline
    numbering = columns_from_header([["TT", "Nội dung", "Cơ quan chủ trì", "Thời gian"], ["1", "2", "3", "4"]])
    assert (numbering.roles["deadline"], numbering.period_columns) == (3, {})


def test_a_single_year_under_the_time_header_is_the_deadline_column():
    cols = columns_from_header([["STT", "Nội dung", "Chủ trì", "Thời gian"], ["", "", "", "Năm 2024"]])
    assert (cols.roles["deadline"], cols.period_columns) == (3, {})


def test_a_tie_between_the_areas_of_a_table_without_area_rows_goes_to_its_first_row():
    """One table per area, none with area rows: each table's area is voted, a tie going to its first row
    whatever the process's string hashing (the vote once went through a set)."""
    header = ["STT", "Nội dung", "Cơ quan chủ trì", "Thời gian"]
    first = [header, ["1", "Rà soát văn bản quy phạm pháp luật", "Sở Tư pháp", "Quý I"],
             ["2", "Cung cấp dịch vụ công trực tuyến toàn trình", "Sở Nội vụ", "Quý II"]]
    second = [header, ["1", "Công khai thủ tục hành chính", "Văn phòng UBND tỉnh", "Quý I"],
              ["2", "Rà soát thủ tục hành chính", "Sở Tư pháp", "Quý III"]]
    tables = task_tables([Table(rows=first, lineno=1), Table(rows=second, lineno=10)])
    tasks = tasks_from_tables(tables, PlanContext(year=2024, annual=True))
    assert [t.area for t in tasks] == ["the_che", "the_che", "thu_tuc_hanh_chinh", "thu_tuc_hanh_chinh"]


def test_a_single_table_without_area_rows_lists_tasks_of_every_area():
    rows = [["STT", "Nội dung", "Cơ quan chủ trì", "Thời gian"],
            ["1", "Rà soát văn bản quy phạm pháp luật", "Sở Tư pháp", "Quý I"],
            ["2", "Cung cấp dịch vụ công trực tuyến toàn trình", "Sở Nội vụ", "Quý II"],
            ["3", "Bồi dưỡng kỹ năng cho công chức", "Sở Nội vụ", "Quý II"]]
    ctx = PlanContext(year=2024, annual=True)
    tasks = tasks_from_tables(task_tables([Table(rows=rows, lineno=1)]), ctx)
    assert [t.area for t in tasks] == ["the_che", "hien_dai_hoa", "cong_vu"]
    assert "theo nội dung từng nhiệm vụ" in ctx.notices[-1].message


def test_under_a_roman_area_a_merged_arabic_row_naming_an_area_is_its_group():
    """"2. Thực hiện cơ chế một cửa ..." under "I. CẢI CÁCH THỦ TỤC HÀNH CHÍNH" is a group of that area;
    under a Roman heading that names no area, Arabic rows stay the areas."""
    header = ["STT", "Nội dung", "Cơ quan chủ trì", "Thời gian"]
    rows = [header, ["I", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "", ""],
            ["1. Kiểm soát quy định TTHC"] * 4, ["1", "Ban hành kế hoạch kiểm soát", "Văn phòng UBND tỉnh", "Quý I"],
            ["2. Thực hiện cơ chế một cửa, một cửa liên thông"] * 4, ["1", "Niêm yết TTHC", "Văn phòng UBND tỉnh", "Quý II"],
            ["II", "NHIỆM VỤ CỤ THỂ", "", ""],
            ["1. Cải cách thể chế"] * 4, ["1.1", "Rà soát văn bản", "Sở Tư pháp", "Quý III"]]
    tasks = _annual_tasks(rows)
    assert [(t.id, t.area, t.group) for t in tasks] == [
        ("I.1.1", "thu_tuc_hanh_chinh", "Kiểm soát quy định TTHC"),
        ("I.2.1", "thu_tuc_hanh_chinh", "Thực hiện cơ chế một cửa, một cửa liên thông"),
        ("1.1", "the_che", None)]


def test_an_area_row_whose_numeral_ocr_misread_is_numbered_on_from_the_one_before():
    """Scans read "V" as "M" and "I" as "1": in a table of Roman area rows, a row without details whose
    title is an area heading in capitals is the next area."""
    header = ["STT", "Nội dung", "Cơ quan chủ trì", "Thời gian"]
    rows = [header, ["1", "CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH", "", ""], ["1", "Kiện toàn Ban Chỉ đạo", "Sở Nội vụ", "Quý I"],
            ["II", "CẢI CÁCH THỂ CHẾ", "", ""], ["1", "Rà soát văn bản", "Sở Tư pháp", "Quý II"],
            ["M", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", "", ""], ["1", "Xác định vị trí việc làm", "Sở Nội vụ", "Quý III"],
            ["2", "Tuyển dụng công chức", "", ""]]   # a task without details, in sentence case, stays a task
    tasks = _annual_tasks(rows)
    assert [(t.id, t.area) for t in tasks] == [("I.1", "chi_dao_dieu_hanh"), ("II.1", "the_che"), ("III.1", "cong_vu"),
                                               ("III.2", "cong_vu")]


def test_a_budget_split_over_its_sources_adds_up():
    """"Kinh phí (triệu đồng)" over "Ngân sách tỉnh | Nguồn khác": a row's budget is the sum of its figures."""
    header = [["STT", "Nội dung", "Cơ quan chủ trì", "Kinh phí (triệu đồng)", "Kinh phí (triệu đồng)"],
              ["STT", "Nội dung", "Cơ quan chủ trì", "Ngân sách tỉnh", "Nguồn khác"]]
    rows = header + [["1", "Tập huấn", "Sở Nội vụ", "6", "4"], ["2", "Khảo sát", "Sở Nội vụ", "", "80"],
                     ["3", "Kiểm tra", "Sở Nội vụ", "", ""], ["", "Tổng cộng", "", "1.006", "84"]]
    [table] = task_tables([Table(rows=rows, lineno=1)])
    tasks = tasks_from_tables([table], PlanContext(year=2024, annual=True))
    assert [t.budget_million_vnd for t in tasks] == [10, 80, None]
    assert parse_money(table.total_text().replace("Tổng cộng", "")) == 1090   # the total row adds up too


def test_a_budget_whose_total_column_stands_before_its_sources_is_that_total():
    """"Kinh phí" over "Tổng số | Ngân sách tỉnh | Nguồn khác": the sources are the total's detail."""
    header = [["STT", "Nội dung", "Cơ quan chủ trì"] + ["Kinh phí (triệu đồng)"] * 3,
              ["STT", "Nội dung", "Cơ quan chủ trì", "Tổng số", "Ngân sách tỉnh", "Nguồn khác"]]
    rows = header + [["1", "Tập huấn", "Sở Nội vụ", "100", "60", "40"], ["2", "Khảo sát", "Sở Nội vụ", "50", "50", ""],
                     ["", "Tổng cộng", "", "150", "110", "40"]]
    [table] = task_tables([Table(rows=rows, lineno=1)])
    tasks = tasks_from_tables([table], PlanContext(year=2024, annual=True))
    assert [t.budget_million_vnd for t in tasks] == [100, 50]
    assert parse_money(table.total_text().replace("Tổng cộng", "")) == 150


def test_quarters_marked_under_a_header_with_its_columns_numbered():
    """The row "(1) (2) ... (7)" under a two-row header numbers the columns: it names none of them."""
    rows = [["STT", "Nhiệm vụ", "Cơ quan chủ trì"] + ["Thời gian thực hiện"] * 4,
            ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Quý I", "Quý II", "Quý III", "Quý IV"],
            [f"({n})" for n in range(1, 8)],
            ["1", "Rà soát văn bản", "Sở Tư pháp", "", "x", "x", ""]]
    tasks = _annual_tasks(rows)
    assert [(t.deadline.kind, t.deadline.start, t.deadline.end) for t in tasks] == [
        ("period", "2024-04-01", "2024-09-30")]


def test_a_deadline_column_counted_in_months():
    rows = [["STT", "Nội dung", "Cơ quan chủ trì", "Thời gian hoàn thành (tháng)"],
            ["1", "Rà soát văn bản", "Sở Tư pháp", "6"], ["2", "Kiểm tra văn bản", "Sở Tư pháp", "Quý IV"]]
    tasks = _annual_tasks(rows)
    assert [(t.deadline.start, t.deadline.end) for t in tasks] == [("2024-06-01", "2024-06-30"),
                                                                    ("2024-10-01", "2024-12-31")]


def test_rows_marked_with_a_dash_are_tasks_numbered_under_the_row_above():
    """"1 | Xây dựng, ban hành các kế hoạch" merged across, then "- | ... | Sở Tư pháp | Quý II": the dash
    rows are tasks of that group; right under an area row they are numbered 1, 2."""
    rows = [["STT", "Nội dung", "Cơ quan chủ trì", "Thời gian"],
            ["I", "CẢI CÁCH THỂ CHẾ", "CẢI CÁCH THỂ CHẾ", "CẢI CÁCH THỂ CHẾ"],
            ["1"] + ["Xây dựng, ban hành các kế hoạch"] * 3,
            ["-", "Rà soát văn bản", "Sở Tư pháp", "Quý II"], ["-", "Kiểm tra văn bản", "Sở Tư pháp", "Quý IV"],
            ["II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "", ""],
            ["-", "Công bố thủ tục", "Văn phòng UBND tỉnh", "Quý I"],
            ["", "và công khai trên Cổng dịch vụ công", "", ""]]   # a page break's piece still continues its row
    tasks = _annual_tasks(rows)
    assert [(t.id, t.group, t.title) for t in tasks] == [
        ("I.1.1", "Xây dựng, ban hành các kế hoạch", "Rà soát văn bản"),
        ("I.1.2", "Xây dựng, ban hành các kế hoạch", "Kiểm tra văn bản"),
        ("II.1", None, "Công bố thủ tục và công khai trên Cổng dịch vụ công")]


def test_rows_lettered_in_their_title_with_their_own_lead_are_sub_tasks_of_the_row_above():
    rows = [["STT", "Nội dung", "Cơ quan chủ trì", "Thời gian"],
            ["5", "Xây dựng văn bản quy phạm pháp luật", "Sở Tư pháp", "Năm 2022"],
            ["", "a) Tham mưu ban hành Quyết định phân cấp", "Sở Nội vụ", "Quý II/2022"],
            ["", "b) Rà soát Quy chế phối hợp", "", "Quý III/2022"],
            ["", "trong quản lý nhà nước", "", ""]]   # a page break's piece still continues its row
    tasks = tasks_from_tables(task_tables([Table(rows=rows, lineno=1)]), PlanContext(year=2022, annual=True))
    assert [(t.id, t.title, t.lead) for t in tasks] == [
        ("5", "Xây dựng văn bản quy phạm pháp luật", ["Sở Tư pháp"]),
        ("5.a", "Tham mưu ban hành Quyết định phân cấp", ["Sở Nội vụ"]),
        ("5.b", "Rà soát Quy chế phối hợp trong quản lý nhà nước", [])]


def test_a_portals_list_of_documents_is_no_task_table():
    """A "Văn bản mới" table under the plan on a portal page: numbered rows with dates, but no tasks."""
    tasks = Table(rows=[["STT", "Nội dung", "Cơ quan chủ trì", "Thời gian"],
                        ["1", "Rà soát văn bản", "Sở Tư pháp", "Quý II"]], lineno=1)
    documents = Table(rows=[["STT", "Số ký hiệu", "Ngày ban hành", "Trích yếu"],
                            ["1", "100/KH-UBND", "26/03/2021", "Kế hoạch tổ chức hội nghị"],
                            ["2", "101/KH-UBND", "27/03/2021", "Kế hoạch kiểm tra"]], lineno=10)
    [table] = task_tables([tasks, documents])
    assert [r.title for r in table.rows if r.kind == "task"] == ["Rà soát văn bản"]


@pytest.mark.parametrize("area_row", [
    lambda number, text: [f"{number}. {text}"] * 5,   # merged across the table
    lambda number, text: [number, text, "", "", ""],  # number and text in their columns
])
def test_area_rows_named_lĩnh_vực_are_areas_not_a_second_header(area_row):
    """PAR Index plans: "1. Lĩnh vực công tác chỉ đạo, điều hành" under the header; the header word
    "Lĩnh vực" in it does not make it a header row of a "Lĩnh vực" column."""
    header = ["TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]
    rows = [header, area_row("1", "Lĩnh vực công tác chỉ đạo, điều hành"),
            ["1", "Ban hành kế hoạch kiểm tra CCHC", "Sở Nội vụ", "Các sở, ban, ngành", "Quý I/2022"],
            area_row("2", "Lĩnh vực 4: Cải cách thủ tục hành chính"),
            ["1", "Nâng tỷ lệ hồ sơ giải quyết đúng hạn", "Văn phòng UBND tỉnh", "", "Thường xuyên"]]
    [t] = task_tables([Table(rows=rows, lineno=1)])
    assert [(r.kind, r.number) for r in t.rows] == [("heading", "1"), ("task", "1"), ("heading", "2"),
                                                    ("task", "1")]


@pytest.mark.parametrize("misread", ["Vv", "In", "HI.", "1"])
def test_a_merged_area_row_whose_numeral_ocr_misread_is_the_next_area(misread):
    """A scan good enough to pass as undamaged still misreads a Roman numeral now and then; the row merged
    across the table is an area row all the same, not the rest of the task above it."""
    rows = [["IV", "CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC", "", "", "", "", ""],
            ["1", "Rà soát, sắp xếp các đơn vị sự nghiệp", "Sở Nội vụ", "Các sở", "Đề án", "Quý III/2019", ""],
            [misread] + ["HIỆN ĐẠI HÓA HÀNH CHÍNH"] * 6,
            ["1", "Duy trì ISO 9001:2015", "Sở Khoa học và Công nghệ", "Các sở", "Quyết định", "30/9/2019", "200"]]
    [t] = task_tables([table(rows)])
    assert [(r.kind, r.number) for r in t.rows] == [("heading", "IV"), ("task", "1"), ("heading", "V"),
                                                    ("task", "1")]
    assert t.rows[1].cells["title"] == "Rà soát, sắp xếp các đơn vị sự nghiệp"


def test_a_merged_area_row_that_ocr_cut_at_a_letters_stem_is_one_heading():
    """A letter's stem that lines up with the number column's rule cuts the merged cell in two."""
    rows = [["IV", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", "", "", "", "", ""],
            ["1", "Tuyển dụng công chức", "Sở Nội vụ", "Các sở", "Kết quả", "Quý IV/2012", ""],
            ["V. HIỆN"] + ["ĐẠI HÓA HÀNH CHÍNH"] * 6,
            ["1", "Xây dựng trang thông tin", "Sở Thông tin và Truyền thông", "Các sở", "Trang", "30/9/2012", ""]]
    [t] = task_tables([table(rows)])
    assert (t.rows[2].kind, t.rows[2].number, t.rows[2].title) == ("heading", "V", "HIỆN ĐẠI HÓA HÀNH CHÍNH")
    assert t.rows[1].cells["title"] == "Tuyển dụng công chức"


def test_a_number_column_whose_header_ocr_misread_is_found_by_its_numbers():
    header = ["SIT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn hoàn thành"]
    rows = [header, ["I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "", "", ""],
            ["1", "Xây dựng kế hoạch kiểm tra", "Sở Nội vụ", "Văn phòng UBND tỉnh", "28/02/2014"],
            ["2", "Tổ chức kiểm tra", "Sở Nội vụ", "Các sở, ban, ngành", "Tháng 5 - tháng 10"]]
    [t] = task_tables([Table(rows=rows, lineno=1)])
    assert t.columns.roles["number"] == 0
    assert [(r.kind, r.number) for r in t.rows] == [("heading", "I"), ("task", "1"), ("task", "2")]


def test_a_header_cells_last_word_wrapped_onto_its_own_line_is_no_row():
    header = ["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn"]
    rows = [header, ["", "", "", "thành"], ["1", "Rà soát văn bản", "Sở Tư pháp", "30/6/2025"]]
    [t] = task_tables([Table(rows=rows, lineno=1)])
    assert [(r.kind, r.number) for r in t.rows] == [("task", "1")]


def test_a_deadline_run_into_the_agency_cell_before_it_is_the_deadline(tmp_path):
    path = tmp_path / "ke-hoach.txt"
    path.write_text("KẾ HOẠCH\nCải cách hành chính năm 2025\n"
                    "TT\tNội dung nhiệm vụ\tSản phẩm\tCơ quan chủ trì\tThời gian hoàn thành\n"
                    "I\tCẢI CÁCH THỦ TỤC HÀNH CHÍNH\n"
                    "1\tRà soát thủ tục hành chính nội bộ\tQuyết định\tVăn phòng UBND tỉnh 30/6/2025\n"
                    "2\tCông bố thủ tục hành chính\tQuyết định\tVăn phòng UBND tỉnh\tQuý II/2025\n", encoding="utf-8")
    tasks = parse_file(path).tasks
    assert [(t.lead, t.deadline_text) for t in tasks] == [(["Văn phòng UBND tỉnh"], "30/6/2025"),
                                                          (["Văn phòng UBND tỉnh"], "Quý II/2025")]


def test_an_inspection_schedule_is_a_task_per_unit_inspected_in_the_plans_area(tmp_path):
    """"Đơn vị được kiểm tra" is what each row inspects, "Đoàn kiểm tra" the team that leads it; the
    unit's name says no reform area, the thematic plan's title does."""
    path = tmp_path / "lich-kiem-tra.txt"
    path.write_text("KẾ HOẠCH\nKiểm tra công tác cải cách hành chính năm 2012\n"
                    "TT\tĐơn vị được kiểm tra\tThời gian kiểm tra\tĐoàn kiểm tra\tGhi chú\n"
                    "1\tBệnh viện Đa khoa tỉnh\tNgày 10/5/2012\tĐoàn số 1\t\n"
                    "2\tTrung tâm Y tế huyện Gio Linh\tTháng 6/2012\tĐoàn số 2\t\n", encoding="utf-8")
    tasks = parse_file(path).tasks
    assert [(t.title, t.lead, t.deadline.end, t.area) for t in tasks] == [
        ("Bệnh viện Đa khoa tỉnh", ["Đoàn số 1"], "2012-05-10", "chi_dao_dieu_hanh"),
        ("Trung tâm Y tế huyện Gio Linh", ["Đoàn số 2"], "2012-06-30", "chi_dao_dieu_hanh")]


def test_a_table_of_targets_above_the_task_table_in_one_grid_is_cut_from_it():
    """A sheet with the targets, then the tasks: one grid to the reader, two tables to the plan."""
    from cchc.importer.structure.target_tables import table_targets
    rows = [["STT", "Chỉ tiêu", "Năm 2024", "Đơn vị tính", "Cơ quan chủ trì"],
            ["1", "Tỷ lệ hồ sơ giải quyết đúng hạn", "98", "%", "Văn phòng UBND tỉnh"],
            ["STT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian hoàn thành"],
            ["I", "CẢI CÁCH THỂ CHẾ", "", "", ""],
            ["1", "Rà soát văn bản", "Sở Tư pháp", "Các sở", "Quý II/2024"],
            ["STT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian hoàn thành"],   # the next page's header
            ["2", "Kiểm tra văn bản", "Sở Tư pháp", "Các sở", "Quý IV/2024"]]
    grid = [Table(rows=rows, lineno=1)]
    tasks = tasks_from_tables(task_tables(grid), PlanContext(year=2024, annual=True))
    assert [(t.id, t.area, t.lead) for t in tasks] == [("I.1", "the_che", ["Sở Tư pháp"]),
                                                       ("I.2", "the_che", ["Sở Tư pháp"])]
    assert [(t.text, t.value) for t in table_targets(grid, 2024)] == [("Tỷ lệ hồ sơ giải quyết đúng hạn", 98)]


@pytest.mark.parametrize("number", [["(1)", "(2)", "(3)", "(5)", "(6)"], ["1", "2", "3", "4", "5"]])
def test_a_row_numbering_the_columns_may_skip_a_hidden_columns_number(number):
    rows = [["STT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian hoàn thành"], number,
            ["1", "Rà soát văn bản", "Sở Tư pháp", "Các sở", "Quý II/2024"]]
    tasks = _annual_tasks(rows)
    assert [t.title for t in tasks] == ["Rà soát văn bản"]


def test_a_group_numbered_beneath_ends_at_the_next_plain_number():
    """"1" over "1.1", "1.2", then "2": the "2" is the area's next task, not the group's; numbers typed into
    a spreadsheet as figures read "1,1"."""
    rows = [["STT", "Nhiệm vụ", "Chủ trì", "Thời gian hoàn thành"],
            ["I", "CẢI CÁCH THỂ CHẾ", "", ""], ["1", "Rà soát văn bản", "", ""],
            ["1,1", "Rà soát văn bản của HĐND", "Sở Tư pháp", "Quý II/2024"],
            ["1,2", "Rà soát văn bản của UBND", "Sở Tư pháp", "Quý III/2024"],
            ["2", "Kiểm tra văn bản", "Sở Tư pháp", "Quý IV/2024"]]
    tasks = _annual_tasks(rows)
    assert [(t.id, t.group) for t in tasks] == [("I.1.1", "Rà soát văn bản"), ("I.1.2", "Rà soát văn bản"),
                                                ("I.2", None)]


def _tasks_of(rows: list[list[str]]):
    return tasks_from_tables(task_tables([Table(rows=rows, lineno=1)]), PlanContext(year=2016, annual=True))


def test_a_numbered_row_without_details_groups_the_rows_under_it_until_one_numbered_as_it_is():
    """"1" over "a", "b" is their group, and a "2" after them its sibling; under "3" over rows counted anew
    ("1", "2"), a "3" is the group's."""
    tasks = _tasks_of([["TT", "Nội dung công việc", "Cơ quan chủ trì", "Thời gian thực hiện"],
                       ["I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "", ""],
                       ["1", "Công tác tuyên truyền", "", ""],
                       ["a", "Xây dựng chuyên mục trên Báo Quảng Trị", "Báo Quảng Trị", "Hàng tháng"],
                       ["b", "Tổ chức Cuộc thi tìm hiểu cải cách hành chính", "Sở Nội vụ", "Quý III/2016"],
                       ["2", "Kiểm tra công tác cải cách hành chính", "Sở Nội vụ", "Quý IV/2016"],
                       ["3", "Công tác kiểm tra", "", ""],
                       ["1", "Kiểm tra các sở", "Sở Nội vụ", "Quý II/2016"],
                       ["2", "Kiểm tra các huyện", "Sở Nội vụ", "Quý III/2016"],
                       ["3", "Kiểm tra các xã", "Sở Nội vụ", "Quý IV/2016"]])
    assert [(t.id, t.group) for t in tasks] == [
        ("I.1.a", "Công tác tuyên truyền"), ("I.1.b", "Công tác tuyên truyền"), ("I.2", None),
        ("I.3.1", "Công tác kiểm tra"), ("I.3.2", "Công tác kiểm tra"), ("I.3.3", "Công tác kiểm tra")]


def test_numbered_area_rows_merged_across_over_lettered_rows_are_area_headings():
    area_one, area_two = "Cải cách thể chế", "Thực hiện cơ chế một cửa, một cửa liên thông"
    tasks = _tasks_of([["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian"],
                       ["1", area_one, area_one, area_one],
                       ["a)", "Rà soát văn bản quy phạm pháp luật", "Sở Tư pháp", "2011 - 2012"],
                       ["2", area_two, area_two, area_two],
                       ["a)", "Triển khai cơ chế một cửa liên thông tại UBND cấp huyện", "Sở Nội vụ", "2011 - 2013"],
                       ["b)", "Xây dựng Bộ phận tiếp nhận và trả kết quả hiện đại", "Sở Nội vụ", "2014 - 2015"]])
    assert [(t.id, t.area) for t in tasks] == [("1.a", "the_che"), ("2.a", "mot_cua"), ("2.b", "mot_cua")]


def test_a_roman_numeral_repeated_over_another_area_counts_on():
    """OCR reads "III" as "II"; a page's repeated heading keeps its numeral."""
    rows = [["TT", "Nội dung", "Cơ quan chủ trì", "Thời gian"],
            ["II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "", ""],
            ["1", "Công bố thủ tục hành chính", "Văn phòng UBND tỉnh", "Quý I"],
            ["II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "", ""],
            ["2", "Rà soát thủ tục hành chính", "Sở Tư pháp", "Quý II"],
            ["II", "CẢI CÁCH TỔ CHỨC BỘ MÁY", "", ""],
            ["1", "Rà soát chức năng, nhiệm vụ", "Sở Nội vụ", "Quý III"]]
    [t] = task_tables([table(rows)])
    assert [r.number for r in t.rows if r.kind == "heading"] == ["II", "II", "III"]


def test_a_header_wrapped_in_a_narrow_column_is_read_as_one():
    cols = columns_from_header([["TT", "Nội dung", "Cơ quan chủ", "Cơ quan phối", "Thời gian"],
                                ["", "", "trì", "hợp", ""]])
    assert (cols.roles["lead"], cols.roles["coordinating"], cols.roles["deadline"]) == (2, 3, 4)


@pytest.mark.parametrize("cell, total", [("Tổng cộng", True), ("TỔNG CỘNG:", True), ("Cộng", True), ("Tổng số", True),
                                         ("Tong cong", True), ("TONG", True),   # OCR'd or typed without marks
                                         ("công", False), ("Công", False), ("tổng công", False)])
def test_a_total_row_is_named_by_its_words_with_their_marks_when_it_has_marks(cell, total):
    """"công" of "công chức", wrapped into the number column of a text table, once closed the table as a
    total and its next row number became the plan's budget."""
    assert is_total_row([cell, "", "20"]) is total


def test_a_task_set_on_one_line_per_lead_agency_under_merged_cells_is_one_task():
    """Number and task merged over three lines (rowspan, Word's vertical merge), the readers repeating
    them on each: one task, each line's agency, output and deadline kept, the shared cells once, the
    budgets added up."""
    task = "Số hóa cơ sở dữ liệu chuyên ngành"
    rows = [["STT", "Nhiệm vụ", "Sản phẩm", "Chủ trì", "Phối hợp", "Thời gian", "Kinh phí (triệu đồng)"],
            ["I", "HIỆN ĐẠI HÓA HÀNH CHÍNH", "", "", "", "", ""],
            ["1", task, "Cơ sở dữ liệu đất đai", "Sở Tài nguyên và Môi trường", "Sở Thông tin và Truyền thông",
             "Tháng 6/2024", "300"],
            ["1", task, "Cơ sở dữ liệu hộ tịch", "Sở Tư pháp", "Sở Thông tin và Truyền thông", "Tháng 10/2024", "200"],
            ["2", "Công bố thủ tục hành chính", "Quyết định", "Văn phòng UBND tỉnh", "", "Quý I/2024", ""],
            ["2", "Rà soát thủ tục hành chính", "Báo cáo", "Văn phòng UBND tỉnh", "", "Quý II/2024", ""]]
    tasks = _annual_tasks(rows)
    first = tasks[0]
    assert (first.id, first.title) == ("I.1", task)
    assert first.outputs == ["Cơ sở dữ liệu đất đai", "Cơ sở dữ liệu hộ tịch"]
    assert first.lead == ["Sở Tài nguyên và Môi trường", "Sở Tư pháp"]
    assert first.coordinating == ["Sở Thông tin và Truyền thông"]
    assert [m.end for m in first.deadline.milestones] == ["2024-06-30", "2024-10-31"]
    assert first.budget_million_vnd == 500
    # two tasks numbered alike are still two tasks
    assert [t.title for t in tasks[1:]] == ["Công bố thủ tục hành chính", "Rà soát thủ tục hành chính"]


def test_a_web_page_task_with_its_number_and_text_spanning_a_line_per_lead_agency(tmp_path):
    path = tmp_path / "ke-hoach.html"
    path.write_text(
        "<html><body><p>KẾ HOẠCH</p><p>Cải cách hành chính năm 2024</p><table>"
        "<tr><td>STT</td><td>Nhiệm vụ</td><td>Sản phẩm</td><td>Cơ quan chủ trì</td><td>Thời gian</td></tr>"
        "<tr><td>I</td><td colspan='4'>CẢI CÁCH THỦ TỤC HÀNH CHÍNH</td></tr>"
        "<tr><td rowspan='2'>1</td><td rowspan='2'>Rà soát thủ tục hành chính</td><td>Báo cáo hộ tịch</td>"
        "<td>Sở Tư pháp</td><td rowspan='2'>Quý III/2024</td></tr>"
        "<tr><td>Báo cáo đất đai</td><td>Sở Tài nguyên và Môi trường</td></tr>"
        "</table></body></html>", encoding="utf-8")
    [task] = parse_file(path).tasks
    assert (task.id, task.lead, task.outputs, task.deadline.kind) == (
        "I.1", ["Sở Tư pháp", "Sở Tài nguyên và Môi trường"], ["Báo cáo hộ tịch", "Báo cáo đất đai"], "period")


def test_arabic_area_rows_whose_first_tasks_number_ocr_misread_stay_area_rows():
    """OCR read "4.1" as "41" and "7.1" as "Z1": the merged rows naming areas are still their headings."""
    header = ["TT", "Nội dung", "Cơ quan chủ trì", "Thời gian"]
    rows = [header, ["3"] + ["Cải cách thủ tục hành chính"] * 3,
            ["3.1", "Công khai thủ tục hành chính", "Văn phòng UBND phường", "Thường xuyên"],
            ["4"] + ["Cải cách tổ chức bộ máy hành chính nhà nước"] * 3,
            ["41", "Sắp xếp tổ dân phố", "Văn phòng UBND phường", "Quý II/2026"],
            ["4.2", "Xây dựng quy chế làm việc", "Văn phòng UBND phường", "Quý I/2026"],
            ["7"] + ["Xây dựng và phát triển Chính quyền số"] * 3,
            ["Z1", "Ký số văn bản đi", "Văn phòng UBND phường", "Thường xuyên"],
            ["7.2", "Kiện toàn Tổ công nghệ số cộng đồng", "Phòng Văn hóa - Xã hội", "Quý I/2026"]]
    tasks = tasks_from_tables(task_tables([Table(rows=rows, lineno=1)]), PlanContext(year=2026, annual=True))
    assert [(t.id, t.area, t.title) for t in tasks] == [
        ("3.1", "thu_tuc_hanh_chinh", "Công khai thủ tục hành chính"),
        ("4.1", "to_chuc_bo_may", "Sắp xếp tổ dân phố"), ("4.2", "to_chuc_bo_may", "Xây dựng quy chế làm việc"),
        ("7.1", "hien_dai_hoa", "Ký số văn bản đi"), ("7.2", "hien_dai_hoa", "Kiện toàn Tổ công nghệ số cộng đồng")]


def test_tasks_numbered_on_across_arabic_area_rows_keep_their_numbers():
    header = ["TT", "Nội dung", "Cơ quan chủ trì", "Thời gian"]
    rows = [header, ["4"] + ["Cải cách tổ chức bộ máy hành chính nhà nước"] * 3,
            ["41", "Sắp xếp tổ dân phố", "Văn phòng UBND phường", "Quý II/2026"],
            ["42", "Xây dựng quy chế làm việc", "Văn phòng UBND phường", "Quý I/2026"]]
    tasks = tasks_from_tables(task_tables([Table(rows=rows, lineno=1)]), PlanContext(year=2026, annual=True))
    assert [t.id for t in tasks] == ["4.41", "4.42"]


def test_section_rows_naming_agencies_in_a_table_without_a_lead_column_lead_the_tasks_under_them():
    """A "Phân công nhiệm vụ" appendix assigns its tasks agency by agency: the section row is the lead, and
    says nothing of the reform area, which each task's own words give."""
    tasks = _tasks_of([["STT", "Nhiệm vụ", "Đơn vị phối hợp", "Thời gian hoàn thành"],
                       ["I", "SỞ TÀI CHÍNH", "", ""],
                       ["1", "Tổ chức thi tuyển công chức hành chính", "Sở Nội vụ", "Quý III/2016"],
                       ["II", "VĂN PHÒNG UBND TỈNH", "", ""],
                       ["1", "Công bố danh mục thủ tục hành chính", "Các sở, ban, ngành", "Quý I/2016"],
                       ["2", "Phòng Tư pháp", "Phòng Tư pháp", "Phòng Tư pháp"],
                       ["2.1", "Rà soát văn bản quy phạm pháp luật", "", "Quý II/2016"]])
    assert [(t.id, t.lead, t.area) for t in tasks] == [
        ("I.1", ["Sở Tài chính"], "cong_vu"),   # not tai_chinh_cong, from the agency's name
        ("II.1", ["Văn phòng UBND tỉnh"], "thu_tuc_hanh_chinh"),
        ("II.2.1", ["Phòng Tư pháp"], "the_che")]


def test_section_rows_naming_areas_or_a_table_with_a_lead_column_lead_nothing():
    no_lead = _tasks_of([["STT", "Nhiệm vụ", "Đơn vị phối hợp", "Thời gian hoàn thành"],
                         ["I", "CẢI CÁCH TÀI CHÍNH CÔNG", "", ""],
                         ["1", "Hướng dẫn cơ chế tự chủ", "Sở Nội vụ", "Quý II/2016"]])
    assert [(t.lead, t.area) for t in no_lead] == [([], "tai_chinh_cong")]
    with_lead = _tasks_of([["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"],
                           ["I", "SỞ NỘI VỤ", "", ""],
                           ["1", "Hướng dẫn cơ chế tự chủ", "", "Quý II/2016"]])
    assert [t.lead for t in with_lead] == [[]]


def test_a_section_or_group_row_noting_its_lead_leads_the_tasks_whose_lead_cell_is_empty():
    tasks = _tasks_of([["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"],
                       ["I", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH (Văn phòng UBND tỉnh chủ trì)", "", ""],
                       ["1", "Công bố thủ tục hành chính", "", "Quý I/2016"],
                       ["2", "Rà soát thủ tục hành chính", "Sở Tư pháp", "Quý III/2016"],
                       ["3", "Số hóa hồ sơ (Chủ trì: Sở Thông tin và Truyền thông)", "", ""],
                       ["3.1", "Số hóa hồ sơ đất đai", "", "Quý II/2016"]])
    assert [(t.id, t.lead, t.area, t.area_heading, t.group) for t in tasks] == [
        ("I.1", ["Văn phòng UBND tỉnh"], "thu_tuc_hanh_chinh", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", None),
        ("I.2", ["Sở Tư pháp"], "thu_tuc_hanh_chinh", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", None),
        ("I.3.1", ["Sở Thông tin và Truyền thông"], "thu_tuc_hanh_chinh", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
         "Số hóa hồ sơ")]


@pytest.mark.parametrize("header", ["Kết quả thực hiện", "Kết quả đạt được (đến 30/6/2016)"])
def test_a_column_telling_each_tasks_progress_is_a_note_not_its_product(header):
    tasks = _tasks_of([["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian", header],
                       ["I", *["CẢI CÁCH THỦ TỤC HÀNH CHÍNH"] * 4],
                       ["1", "Rà soát thủ tục hành chính", "Văn phòng UBND tỉnh", "Quý III/2016", "Đang thực hiện"],
                       ["2", "Công khai thủ tục hành chính", "Văn phòng UBND tỉnh", "Thường xuyên", "Đã hoàn thành"],
                       ["3", "Số hóa hồ sơ", "Văn phòng UBND tỉnh", "Quý IV/2016", "Đạt 80%"]])
    assert [(t.outputs, t.notes) for t in tasks] == [
        ([], "Đang thực hiện"), ([], "Đã hoàn thành"), ([], "Đạt 80%")]


def test_a_result_column_naming_products_keeps_them():
    tasks = _tasks_of([["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian", "Kết quả thực hiện"],
                       ["1", "Rà soát thủ tục hành chính", "Văn phòng UBND tỉnh", "Quý III/2016", "Báo cáo rà soát"],
                       ["2", "Công khai thủ tục hành chính", "Văn phòng UBND tỉnh", "Thường xuyên", "Đã hoàn thành"],
                       ["3", "Số hóa hồ sơ", "Văn phòng UBND tỉnh", "Quý IV/2016", "Kho dữ liệu điện tử"]])
    assert [t.outputs for t in tasks] == [["Báo cáo rà soát"], ["Đã hoàn thành"], ["Kho dữ liệu điện tử"]]


_MATRIX_AGENCIES = ["Sở Nội vụ", "Sở Tư pháp", "Văn phòng UBND tỉnh", "Sở Tài chính"]


def test_a_matrix_of_agency_columns_gives_each_task_the_agencies_its_marks_name():
    """"Cơ quan thực hiện" over a column per agency: "CT" leads, "PH" coordinates; a longer cell is no mark."""
    group = "Cơ quan thực hiện (CT: chủ trì; PH: phối hợp)"
    tasks = _tasks_of([["STT", "Nhiệm vụ", group, group, group, group, "Thời gian"],
                       ["STT", "Nhiệm vụ", *_MATRIX_AGENCIES, "Thời gian"],
                       ["1", "Ban hành Kế hoạch tuyên truyền", "CT", "", "PH", "ph", "Quý I/2016"],
                       ["2", "Rà soát văn bản quy phạm pháp luật", "PH", "Chủ trì", "", "Theo Kế hoạch số 5",
                        "Quý II"]])
    assert [(t.title, t.lead, t.coordinating) for t in tasks] == [
        ("Ban hành Kế hoạch tuyên truyền", ["Sở Nội vụ"], ["Văn phòng UBND tỉnh", "Sở Tài chính"]),
        ("Rà soát văn bản quy phạm pháp luật", ["Sở Tư pháp"], ["Sở Nội vụ"])]


def test_one_agency_under_the_header_is_the_first_group_row_not_a_matrix():
    tasks = _tasks_of([["STT", "Nhiệm vụ", "Đơn vị phối hợp", "Thời gian hoàn thành"],
                       ["", "SỞ NỘI VỤ", "SỞ NỘI VỤ", "SỞ NỘI VỤ"],   # merged across
                       ["1", "Tổ chức thi tuyển công chức", "Sở Tài chính", "Quý III/2016"]])
    assert [(t.lead, t.coordinating) for t in tasks] == [(["Sở Nội vụ"], ["Sở Tài chính"])]


def test_an_agency_in_capitals_alone_in_the_task_cell_leads_the_rows_under_it():
    tasks = _annual_tasks([["STT", "Nội dung nhiệm vụ", "Sản phẩm", "Thời gian hoàn thành"],
                           ["", "SỞ NỘI VỤ", "", ""],   # not merged: the other cells are empty
                           ["1", "Kiểm tra công vụ", "Kết luận kiểm tra", "Quý II"],
                           ["", "SỞ TƯ PHÁP", "", ""],
                           ["1", "Thẩm định văn bản quy phạm pháp luật", "Báo cáo", "Quý III"],
                           ["", "Văn phòng UBND tỉnh", "", ""]])   # in running text: the title's end
    assert [(t.title, t.lead) for t in tasks] == [("Kiểm tra công vụ", ["Sở Nội vụ"]),
                                                  ("Thẩm định văn bản quy phạm pháp luật Văn phòng UBND tỉnh",
                                                   ["Sở Tư pháp"])]


def test_a_mark_in_a_matrix_takes_the_role_of_its_header_group_and_a_column_of_text_keeps_its_own():
    lead = "Cơ quan chủ trì"
    tasks = _tasks_of([["STT", "Nhiệm vụ", lead, lead, lead, lead, "Cơ quan phối hợp", "Thời gian"],
                       ["STT", "Nhiệm vụ", *_MATRIX_AGENCIES, "Cơ quan phối hợp", "Thời gian"],
                       ["1", "Rà soát thủ tục hành chính", "", "x", "x", "", "Các sở, ban, ngành", "Quý I/2016"]])
    assert [(t.lead, t.coordinating) for t in tasks] == [
        (["Sở Tư pháp", "Văn phòng UBND tỉnh"], ["Các sở, ban, ngành"])]


def test_quarters_heading_columns_of_their_own_are_the_timeline_where_no_column_names_the_time():
    tasks = _annual_tasks([
        ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Sản phẩm", "Quý I", "Quý II", "Quý III", "Quý IV"],
        ["1", "Ban hành kế hoạch cải cách hành chính", "Sở Nội vụ", "Kế hoạch", "x", "", "", ""],
        ["2", "Kiểm tra công tác cải cách hành chính", "Sở Nội vụ", "Báo cáo", "", "x", "x", ""]])
    assert [(t.deadline_text, t.deadline.end) for t in tasks] == [
        ("Quý I", "2024-03-31"), ("Quý II - Quý III", "2024-09-30")]


def test_years_heading_columns_of_their_own_are_no_timeline():
    columns = columns_from_header([["STT", "Nội dung", "Cơ quan chủ trì", "Năm 2024", "Năm 2025"]])
    assert columns.period_columns == {}


AMENDING = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành", "Ghi chú"]


def _tasks_and_notices(rows: list[list[str]]):
    ctx = PlanContext(year=2024, annual=True)
    return tasks_from_tables(task_tables([Table(rows=rows, lineno=1)]), ctx), [str(n) for n in ctx.notices]


def test_tasks_an_amending_plan_takes_out_are_no_tasks_to_follow_with_a_notice():
    tasks, notices = _tasks_and_notices([
        AMENDING, ["I", "NHIỆM VỤ BỔ SUNG", "", "", ""],
        ["1", "Rà soát, đơn giản hóa thủ tục hành chính nội bộ", "Văn phòng UBND tỉnh", "30/10/2024", ""],
        ["II", "NHIỆM VỤ ĐƯA RA KHỎI KẾ HOẠCH", "", "", ""],
        ["1", "Xây dựng Đề án thí điểm Trung tâm Phục vụ hành chính công cấp huyện", "Sở Nội vụ", "", "Sắp xếp"],
        ["2", "Tổ chức Hội thi tìm hiểu về cải cách hành chính", "Sở Nội vụ", "", "Tiết kiệm chi"],
        ["III", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", "", "", ""],
        ["1", "Tổ chức thi tuyển chức danh lãnh đạo cấp phòng", "Sở Nội vụ", "Quý IV/2024", ""]])
    assert [t.id for t in tasks] == ["I.1", "III.1"]
    assert any(n.startswith("dòng 5: 2 nhiệm vụ được đưa ra khỏi kế hoạch") for n in notices)


def test_a_part_taking_tasks_out_reaches_over_its_areas_and_a_row_may_say_it_alone():
    tasks, _ = _tasks_and_notices([
        AMENDING, ["A", "NHIỆM VỤ ĐIỀU CHỈNH THỜI GIAN", "", "", ""], ["I", "CẢI CÁCH THỂ CHẾ", "", "", ""],
        ["1", "Rà soát văn bản quy phạm pháp luật", "Sở Tư pháp", "Quý IV/2024", ""],
        ["2", "Xây dựng Đề án thí điểm Trung tâm Phục vụ hành chính công", "Sở Nội vụ", "Đưa ra khỏi Kế hoạch", ""],
        ["B", "Các nhiệm vụ không thực hiện", "", "", ""], ["I", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "", "", ""],
        ["1", "Khảo sát, học tập kinh nghiệm tại các tỉnh", "Sở Nội vụ", "", ""],
        ["II", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", "", "", ""], ["1", "Hội thi cải cách hành chính", "Sở Nội vụ", "", ""]])
    assert [t.title for t in tasks] == ["Rà soát văn bản quy phạm pháp luật"]


def test_a_table_of_tasks_taken_out_and_a_group_that_abolishes_procedures():
    assert _tasks_and_notices([["STT", "Nhiệm vụ đưa ra khỏi Kế hoạch", "Cơ quan chủ trì", "Lý do"],
                               ["1", "Tổ chức Hội thi cải cách hành chính năm 2022", "Sở Nội vụ", "Dịch bệnh"],
                               ["2", "Khảo sát, học tập kinh nghiệm", "Sở Nội vụ", "Tiết kiệm chi"]])[0] == []
    tasks, notices = _tasks_and_notices([
        AMENDING, ["I", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "", "", ""], ["1", "Rà soát, bãi bỏ thủ tục hành chính", "", "", ""],
        ["1.1", "Rà soát, đề xuất bãi bỏ thủ tục lĩnh vực đất đai", "Sở Tài nguyên và Môi trường", "Quý II/2024", ""]])
    assert [t.id for t in tasks] == ["I.1.1"] and notices == []


def test_a_heading_just_above_a_table_takes_its_tasks_out_of_the_plan():
    def titles(above: str) -> list[str]:
        head = [Line("KẾ HOẠCH", 1), Line("Điều chỉnh, bổ sung Kế hoạch cải cách hành chính tỉnh Đắk Nông năm 2021", 2)]
        kept = Table(rows=[["TT", "Nội dung", "Cơ quan chủ trì", "Thời gian"], ["1", "Tập huấn", "Sở Nội vụ", "Quý I"],
                            ["2", "Khảo sát", "Sở Nội vụ", "Quý II"]], lineno=4)
        out = Table(rows=[["TT", "Nội dung", "Cơ quan chủ trì", "Thời gian", "Ghi chú"],
                          ["1", "Tổ chức Hội thi cải cách hành chính", "Sở Nội vụ", "Quý III", "Dịch bệnh"]], lineno=8)
        plan = parse_document(Document(blocks=head + [Line("I. NHIỆM VỤ BỔ SUNG", 3), kept, Line(above, 7), out],
                                       source="x.docx"))
        return [t.title for t in plan.tasks]

    assert titles("II. NHIỆM VỤ ĐƯA RA KHỎI KẾ HOẠCH") == ["Tập huấn", "Khảo sát"]
    assert titles("II. NHIỆM VỤ ĐIỀU CHỈNH THỜI GIAN") == ["Tập huấn", "Khảo sát", "Tổ chức Hội thi cải cách hành chính"]
    # a paragraph that only tells of tasks taken out elsewhere is no heading over this table
    assert len(titles("Căn cứ tình hình thực tế, Ủy ban nhân dân tỉnh điều chỉnh thời gian thực hiện một số nhiệm vụ "
                      "và đưa ra khỏi Kế hoạch các nhiệm vụ nêu tại Phụ lục II kèm theo")) == 3


def test_an_amendment_words_the_task_anew_where_its_cell_says_so_or_the_task_is_new():
    tasks, _ = _tasks_and_notices([
        ["STT", "Nhiệm vụ theo Kế hoạch số 210/KH-UBND", "Nội dung sửa đổi, bổ sung", "Cơ quan chủ trì",
         "Thời gian hoàn thành"], ["I", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "", "", ""],
        ["1", "Tổ chức 02 lớp tập huấn", "Sửa đổi thành: Tổ chức 01 lớp tập huấn cho công chức cấp xã",
         "Văn phòng UBND tỉnh", "Quý III/2024"],
        ["2", "", "Bổ sung: Rà soát thủ tục lĩnh vực đất đai", "Sở Tài nguyên và Môi trường", "30/9/2024"],
        ["3", "Đối thoại với doanh nghiệp", "Điều chỉnh thời gian từ Quý II sang Quý IV/2024", "Văn phòng UBND tỉnh",
         "Quý IV/2024"],
        ["4", "Công khai thủ tục hành chính", "", "Văn phòng UBND tỉnh", "Thường xuyên"]])
    assert [(t.title, t.notes) for t in tasks] == [
        ("Tổ chức 01 lớp tập huấn cho công chức cấp xã", "Nội dung trước khi sửa đổi: Tổ chức 02 lớp tập huấn"),
        ("Rà soát thủ tục lĩnh vực đất đai", None),
        ("Đối thoại với doanh nghiệp", "Điều chỉnh thời gian từ Quý II sang Quý IV/2024"),
        ("Công khai thủ tục hành chính", None)]
    alone = columns_from_header([["STT", "Nội dung điều chỉnh", "Cơ quan chủ trì", "Thời gian", "Lý do điều chỉnh"]])
    assert alone.roles == {"number": 0, "title": 1, "lead": 2, "deadline": 3}


def test_a_letters_part_merged_across_the_row_is_a_part_not_a_task():
    part_a, part_b = "NHIỆM VỤ CHUYỂN TIẾP TỪ NĂM 2023", "NHIỆM VỤ MỚI NĂM 2024"
    tasks = _annual_tasks([
        ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"], ["A", part_a, part_a, part_a],
        ["I", "CẢI CÁCH THỂ CHẾ", "CẢI CÁCH THỂ CHẾ", "CẢI CÁCH THỂ CHẾ"],
        ["1", "Rà soát, sửa đổi Quyết định phân cấp quản lý cán bộ", "Sở Nội vụ", "Quý III/2024"],
        ["B", part_b, part_b, part_b], ["II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "", ""],
        ["1", "Rà soát, đơn giản hóa thủ tục hành chính nội bộ", "Văn phòng UBND tỉnh", "30/6/2024"]])
    assert [(t.id, t.group) for t in tasks] == [("A.I.1", part_a), ("B.II.1", part_b)]


def test_a_new_part_numbers_its_areas_from_one_again():
    tasks = _annual_tasks([
        ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"], ["A", "NHIỆM VỤ CHUYỂN TIẾP", "", ""],
        ["I", "CẢI CÁCH THỂ CHẾ", "", ""], ["1", "Rà soát văn bản quy phạm pháp luật", "Sở Tư pháp", "Quý III/2024"],
        ["B", "NHIỆM VỤ MỚI", "", ""], ["I", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "", ""],
        ["1", "Rà soát, đơn giản hóa thủ tục hành chính nội bộ", "Văn phòng UBND tỉnh", "30/6/2024"]])
    assert [t.id for t in tasks] == ["A.I.1", "B.I.1"]


def test_a_blank_lead_cell_under_a_lead_of_the_same_area_repeats_it_and_the_reviewer_is_told():
    header = ["STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn hoàn thành"]
    rows = [["I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "", "", ""],
            ["1", "Ban hành Kế hoạch cải cách hành chính năm 2024", "Sở Nội vụ", "Các sở, ban, ngành", "Tháng 01/2024"],
            ["2", "Kiểm tra công tác cải cách hành chính", "", "Văn phòng UBND tỉnh", "Quý III/2024"],
            ["3", "Tuyên truyền cải cách hành chính", "", "", "Thường xuyên"],   # nobody at all: left as it is
            ["II", "CẢI CÁCH THỂ CHẾ", "", "", ""],
            ["1", "Rà soát văn bản quy phạm pháp luật", "", "Sở Tư pháp", "Quý II/2024"]]   # nothing above it
    plan = _plan_with([header, *rows])
    assert [t.lead for t in plan.tasks] == [["Sở Nội vụ"], ["Sở Nội vụ"], [], []]
    assert any("để trống ô cơ quan chủ trì" in n.message for n in plan.notices)


def test_tasks_under_sections_that_name_no_reform_area_take_their_own_words_area():
    header = ["TT", "Nội dung", "Chủ trì", "Phối hợp", "Thời hạn"]
    rows = [["I", "NHIỆM VỤ TRỌNG TÂM", "", "", ""],
            ["1", "Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực đất đai", "Văn phòng UBND tỉnh", "Sở Xây dựng",
             "Quý III/2024"],
            ["2", "Đào tạo, bồi dưỡng cán bộ, công chức, viên chức", "Sở Nội vụ", "", "Năm 2024"],
            ["II", "CHỈ SỐ NĂNG LỰC CẠNH TRANH CẤP TỈNH (PCI)", "", "", ""],
            ["1", "Tổ chức Hội nghị đối thoại với doanh nghiệp", "Sở Kế hoạch và Đầu tư", "", "Quý II/2024"]]
    plan = _plan_with([header, *rows])
    assert [(t.area, t.area_heading) for t in plan.tasks] == [
        ("thu_tuc_hanh_chinh", "NHIỆM VỤ TRỌNG TÂM"), ("cong_vu", "NHIỆM VỤ TRỌNG TÂM"),
        ("other", "CHỈ SỐ NĂNG LỰC CẠNH TRANH CẤP TỈNH (PCI)")]


@pytest.mark.parametrize("part_b", ["PHẦN B. CHUYỂN ĐỔI SỐ", "CHUYỂN ĐỔI SỐ"])
def test_a_second_part_whose_words_name_an_area_is_a_part(part_b):
    header = ["TT", "Nội dung", "Chủ trì", "Thời hạn"]
    rows = [["A", "PHẦN A. CẢI CÁCH HÀNH CHÍNH", "", ""],
            ["I", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "", ""],
            ["1", "Rà soát thủ tục hành chính nội bộ", "Văn phòng UBND tỉnh", "Quý III/2024"],
            ["B", part_b, "", ""],
            ["I", "HẠ TẦNG SỐ", "", ""],
            ["1", "Nâng cấp Trung tâm tích hợp dữ liệu tỉnh", "Sở Khoa học và Công nghệ", "Quý IV/2024"]]
    plan = _plan_with([header, *rows])
    assert [t.id for t in plan.tasks] == ["A.I.1", "B.I.1"]


def _unread_column_notices(header: list[str], rows: list[list[str]]) -> list[str]:
    [table] = task_tables([Table(rows=[header, *rows], lineno=7)])
    return [str(n) for n in table.notices]


def test_a_column_no_field_takes_is_named_in_a_notice_when_it_holds_text():
    header = ["STT", "Nội dung", "Cơ quan chủ trì", "Cấp trình", "Thời gian hoàn thành"]
    notices = _unread_column_notices(header, [["1", "Xây dựng Quy chế", "Sở Nội vụ", "UBND tỉnh", "Quý II"]])
    assert len(notices) == 1 and notices[0].startswith("dòng 7: ") and '"Cấp trình"' in notices[0]
    assert _unread_column_notices(header, [["1", "Xây dựng Quy chế", "Sở Nội vụ", "", "Quý II"]]) == []


def test_columns_read_through_others_give_no_notice():
    # the sources under a budget whose total is given, a time grid's quarters
    budget = columns_from_header([["STT", "Nội dung", "Cơ quan chủ trì", "Kinh phí (triệu đồng)", "", ""],
                                  ["", "", "", "Tổng số", "Ngân sách tỉnh", "Nguồn khác"]])
    assert budget.roles["budget"] == 3 and budget.unclaimed == {}
    grid = ["TT", "Nội dung", "Cơ quan chủ trì", "Quý I", "Quý II", "Quý III", "Quý IV"]
    assert _unread_column_notices(grid, [["1", "Xây dựng Quy chế", "Sở Nội vụ", "", "x", "", ""]]) == []


def test_a_number_header_broken_in_a_narrow_column():
    cols = columns_from_header([["T T", "Nội dung", "Cơ quan chủ trì", "Thời gian hoàn thành"]])
    assert cols.roles["number"] == 0 and cols.unclaimed == {}


def test_a_header_a_narrow_column_broke_inside_its_syllables():
    # a portrait page's narrow columns, as a PDF prints them
    cols = columns_from_header([["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thờ i gia n hoà n thà nh",
                                 "Kinh phí (triệ u đồng )"]])
    assert cols.roles["deadline"] == 3 and cols.roles["budget"] == 4 and cols.budget_scale == 1.0
    # whole words of one letter are no broken syllables
    assert columns_from_header([["TT", "Nội dung", "Cơ quan chủ trì", "a b c"]]).unclaimed == {3: "a b c"}
    assert columns_from_header([["TT", "Nội dung", "Cơ quan chủ trì", "Kinh phí (đồng)"]]).budget_scale == 0.000001
