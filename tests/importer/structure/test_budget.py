"""The plan's stated total budget: where plans state it, and the check against the task rows."""
from cchc.importer import parse_document
from cchc.importer.document import Document, Line, Table

HEAD = [Line("KẾ HOẠCH", 1), Line("Cải cách hành chính tỉnh Đắk Nông năm 2021", 2)]
TASKS = Table(rows=[["TT", "Nội dung", "Cơ quan chủ trì", "Thời gian", "Kinh phí (triệu đồng)"],
                    ["1", "Tập huấn", "Sở Nội vụ", "Quý I", "60"],
                    ["2", "Khảo sát", "Sở Nội vụ", "Quý II", "50"]], lineno=3)


def test_a_total_stated_only_in_a_summary_table_after_the_tasks():
    summary = Table(rows=[["STT", "Lĩnh vực", "Kinh phí (triệu đồng)"], ["1", "Công tác chỉ đạo", "110"],
                          ["", "Tổng cộng", "110"]], lineno=6)
    plan = parse_document(Document(blocks=HEAD + [TASKS, summary], source="x.docx"))
    assert plan.info.total_budget_million_vnd == 110
    assert not [n for n in plan.notices if "Tổng kinh phí" in n.message]   # the rows add up to it


def test_the_text_states_the_total_before_any_summary_table():
    summary = Table(rows=[["STT", "Lĩnh vực", "Kinh phí (triệu đồng)"], ["", "Tổng cộng", "100"]], lineno=7)
    plan = parse_document(Document(blocks=HEAD + [Line("Tổng kinh phí thực hiện: 110 triệu đồng.", 3), TASKS, summary],
                                   source="x.docx"))
    assert plan.info.total_budget_million_vnd == 110


def test_a_text_total_other_than_the_tables_total_row_is_told():
    tasks = Table(rows=TASKS.rows + [["", "Tổng cộng", "", "", "110"]], lineno=4)
    text = Line("Tổng kinh phí thực hiện Kế hoạch là 130 triệu đồng (Một trăm ba mươi triệu đồng).", 3)
    plan = parse_document(Document(blocks=HEAD + [text, tasks], source="x.docx"))
    assert plan.info.total_budget_million_vnd == 110
    [notice] = [n.message for n in plan.notices if "Tổng kinh phí" in n.message]
    assert "130 triệu đồng" in notice and "Tổng cộng của bảng (110 triệu đồng)" in notice


def budgets(header: str, above: list[str]) -> list[float]:
    table = Table(rows=[["TT", "Nội dung", "Cơ quan chủ trì", "Thời gian", header],
                        ["1", "Tập huấn", "Sở Nội vụ", "Quý I", "12.500.000"],
                        ["2", "Khảo sát", "Sở Nội vụ", "Quý II", "45.000.000"]], lineno=10)
    lines = [Line(text, 7 + i) for i, text in enumerate(above)]
    plan = parse_document(Document(blocks=HEAD + lines + [table], source="x.docx"))
    return [t.budget_million_vnd for t in plan.tasks]


def test_a_budget_unit_stated_on_a_line_above_the_table():
    assert budgets("Kinh phí", ["II. NHIỆM VỤ", "Đơn vị tính: đồng"]) == [12.5, 45]
    assert budgets("Kinh phí", ["(ĐVT: nghìn đồng)"]) == [12500, 45000]
    # the header's own unit wins; without any, the figures are million VND
    assert budgets("Kinh phí (đồng)", ["Đơn vị tính: triệu đồng"]) == [12.5, 45]
    assert budgets("Kinh phí", ["II. NHIỆM VỤ"]) == [12500000, 45000000]


def test_thousands_of_dong_written_as_a_figure():
    assert budgets("Kinh phí (1.000 đồng)", []) == [12500, 45000]
    assert budgets("Kinh phí (1.000đ)", []) == [12500, 45000]
    assert budgets("Kinh phí (tr.đ)", []) == [12500000, 45000000]


def test_a_cells_own_unit_is_not_scaled_again_by_the_columns():
    table = Table(rows=[["TT", "Nội dung", "Cơ quan chủ trì", "Thời gian", "Dự toán (đồng)"],
                        ["1", "Tập huấn", "Sở Nội vụ", "Quý I", "150 triệu"],
                        ["2", "Khảo sát", "Sở Nội vụ", "Quý II", "45.000.000"],
                        ["", "Tổng cộng", "", "", "195 triệu"]], lineno=10)
    plan = parse_document(Document(blocks=HEAD + [table], source="x.docx"))
    assert [t.budget_million_vnd for t in plan.tasks] == [150, 45]
    assert plan.info.total_budget_million_vnd == 195


def test_columns_of_each_budget_without_kinh_phi_above_them_add_up():
    table = Table(rows=[["TT", "Nội dung", "Cơ quan chủ trì", "Thời gian", "Ngân sách tỉnh", "Ngân sách Trung ương"],
                        ["1", "Tập huấn", "Sở Nội vụ", "Quý I", "180", "120"],
                        ["2", "Khảo sát", "Sở Nội vụ", "Quý II", "", ""],
                        ["", "Tổng cộng", "", "", "180", "120"]], lineno=10)
    plan = parse_document(Document(blocks=HEAD + [table], source="x.docx"))
    assert [t.budget_million_vnd for t in plan.tasks] == [300, None]
    assert plan.info.total_budget_million_vnd == 300
