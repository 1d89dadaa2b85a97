"""Targets written as a table of indicators: end to end in Word, HTML and text, and the module's rules.

The documents are made up but written the way provinces write such appendices ("Phụ lục: Chỉ tiêu cải cách
hành chính năm ..."), each in its real format; the expected targets are written by hand from them.
"""
from __future__ import annotations

import docx
import pytest

from cchc.importer import parse_file
from cchc.importer.document import Table
from cchc.importer.plan import Target
from cchc.importer.structure.rows import task_tables
from cchc.importer.structure.target_tables import indicator_text, table_targets
from cchc.importer.structure.targets import merge_targets


def target(text, value, unit, comparator, year, area, lead=(), monitor=()) -> dict:
    return {"text": text, "value": value, "unit": unit, "comparator": comparator, "year": year, "area": area,
            "lead": list(lead), "monitor": list(monitor)}


# --- 1. Annual plan (.docx): targets in the text and in an appendix table under merged area rows ----------

PROVINCE_BODY = [
    "ỦY BAN NHÂN DÂN", "TỈNH BÌNH PHƯỚC", "Số: 45/KH-UBND", "Bình Phước, ngày 10 tháng 01 năm 2024",
    "KẾ HOẠCH", "Cải cách hành chính nhà nước tỉnh Bình Phước năm 2024",
    "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích",
    "Đẩy mạnh cải cách hành chính, nâng cao chỉ số hài lòng của người dân.",
    "II. MỤC TIÊU", "1. Chỉ tiêu cụ thể",
    "- Phấn đấu 98% hồ sơ TTHC được giải quyết đúng hạn.",
    "- 100% văn bản QPPL được rà soát, hệ thống hóa đúng quy định.",
    "Các chỉ tiêu cụ thể khác tại Phụ lục kèm theo Kế hoạch này.",
    "III. TỔ CHỨC THỰC HIỆN",
    "Sở Nội vụ theo dõi, đôn đốc việc thực hiện Kế hoạch.",
    "PHỤ LỤC: CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH NĂM 2024",
]
PROVINCE_TABLE = [
    ["STT", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu năm 2024", "Cơ quan chủ trì", "Cơ quan theo dõi"],
    ["I. CẢI CÁCH THỦ TỤC HÀNH CHÍNH"] * 6,
    ["1", "Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn", "%", "≥ 98", "Các sở, ban, ngành; UBND cấp huyện",
     "Văn phòng UBND tỉnh"],
    ["2", "Số dịch vụ công trực tuyến toàn trình", "dịch vụ", "150", "Sở Thông tin và Truyền thông",
     "Văn phòng UBND tỉnh"],
    ["3", "Tỷ lệ hồ sơ giải quyết trễ hạn", "%", "Không quá 2", "Các sở, ban, ngành", "Văn phòng UBND tỉnh"],
    ["II. CẢI CÁCH CHẾ ĐỘ CÔNG VỤ"] * 6,
    ["1", "Tỷ lệ cán bộ, công chức cấp xã đạt chuẩn", "%", "Tối thiểu 95", "UBND cấp huyện", "Sở Nội vụ"],
    ["2", "Đánh giá, xếp loại cán bộ theo kết quả công việc", "", "Hoàn thành", "Sở Nội vụ", ""],
]
PROVINCE_TASK_TABLE = [
    ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
    ["I", "CẢI CÁCH THỂ CHẾ", "", "", ""],
    ["1", "Rà soát văn bản QPPL do HĐND, UBND tỉnh ban hành", "Sở Tư pháp", "Các sở, ban, ngành", "Quý II"],
]

PROVINCE_TARGETS = [
    target("Phấn đấu 98% hồ sơ TTHC được giải quyết đúng hạn", 98, "%", ">=", 2024, "thu_tuc_hanh_chinh",
           lead=["Các sở, ban, ngành", "UBND cấp huyện"], monitor=["Văn phòng UBND tỉnh"]),
    target("100% văn bản QPPL được rà soát, hệ thống hóa đúng quy định", 100, "%", "=", 2024, "the_che"),
    target("Số dịch vụ công trực tuyến toàn trình", 150, "count", "=", 2024, "thu_tuc_hanh_chinh",
           lead=["Sở Thông tin và Truyền thông"], monitor=["Văn phòng UBND tỉnh"]),
    target("Tỷ lệ hồ sơ giải quyết trễ hạn", 2, "%", "<=", 2024, "thu_tuc_hanh_chinh",
           lead=["Các sở, ban, ngành"], monitor=["Văn phòng UBND tỉnh"]),
    target("Tỷ lệ cán bộ, công chức cấp xã đạt chuẩn", 95, "%", ">=", 2024, "cong_vu",
           lead=["UBND cấp huyện"], monitor=["Sở Nội vụ"]),
]


def _word_plan(path, paragraphs: list[str], *tables: list[list[str]]):
    """Paragraphs, then each table under its own appendix title; a row of one repeated text is merged across."""
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    for number, rows in enumerate(tables, start=1):
        if number > 1:
            document.add_paragraph(f"PHỤ LỤC {number}: NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024")
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        table.style = "Table Grid"
        for i, row in enumerate(rows):
            if len(set(row)) == 1:
                table.cell(i, 0).merge(table.cell(i, len(row) - 1)).text = row[0]
                continue
            for j, text in enumerate(row):
                table.cell(i, j).text = text
    document.save(str(path))
    return path


def test_word_plan_with_an_appendix_table_of_targets(tmp_path):
    path = _word_plan(tmp_path / "ke-hoach-2024.docx", PROVINCE_BODY, PROVINCE_TABLE, PROVINCE_TASK_TABLE)
    plan = parse_file(path)
    assert [t.to_dict() for t in plan.targets] == PROVINCE_TARGETS
    # the table of targets gives no task; the task table after it still does
    assert [(t.id, t.area, t.lead) for t in plan.tasks] == [("I.1", "the_che", ["Sở Tư pháp"])]


# --- 2. Portal page (HTML): a two-row header with a result column and two target years ----------------------

PORTAL_PAGE = """<html><head><meta charset="utf-8"><title>Kế hoạch CCHC giai đoạn 2024 - 2025</title></head><body>
<p>ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG</p>
<p>KẾ HOẠCH Cải cách hành chính nhà nước tỉnh Lâm Đồng giai đoạn 2024 - 2025</p>
<p>Các chỉ tiêu cải cách hành chính giai đoạn 2024 - 2025 như sau:</p>
<table border="1">
<tr><th rowspan="2">TT</th><th rowspan="2">Nội dung chỉ tiêu</th><th rowspan="2">ĐVT</th>
<th rowspan="2">Kết quả thực hiện năm 2023</th><th colspan="2">Mục tiêu phấn đấu</th>
<th rowspan="2">Cơ quan thực hiện</th></tr>
<tr><th>Năm 2024</th><th>Năm 2025</th></tr>
<tr><td>1</td><td colspan="6"><b>Xây dựng và phát triển Chính quyền điện tử, chính quyền số</b></td></tr>
<tr><td>1.1</td><td>Tỷ lệ hồ sơ TTHC được số hóa</td><td>%</td><td>45</td><td>&gt;= 60</td><td>&gt;= 80</td>
<td>Sở Thông tin và Truyền thông</td></tr>
<tr><td>1.2</td><td>Tỷ lệ văn bản điện tử có ký số</td><td>%</td><td>92</td><td>100</td><td>100</td>
<td>Các sở, ban, ngành, UBND các huyện, thành phố</td></tr>
<tr><td>2</td><td colspan="6"><b>Cải cách tài chính công</b></td></tr>
<tr><td>2.1</td><td>Số đơn vị sự nghiệp công lập tự chủ chi thường xuyên</td><td>đơn vị</td><td>12</td>
<td>15</td><td>trên 20</td><td>Sở Tài chính</td></tr>
</table>
<p>Giao Sở Nội vụ theo dõi, đôn đốc, tổng hợp kết quả thực hiện.</p>
</body></html>
"""

PORTAL_TARGETS = [
    target("Tỷ lệ hồ sơ TTHC được số hóa", 60, "%", ">=", 2024, "hien_dai_hoa", lead=["Sở Thông tin và Truyền thông"]),
    target("Tỷ lệ hồ sơ TTHC được số hóa", 80, "%", ">=", 2025, "hien_dai_hoa", lead=["Sở Thông tin và Truyền thông"]),
    target("Tỷ lệ văn bản điện tử có ký số", 100, "%", "=", 2024, "hien_dai_hoa",
           lead=["Các sở, ban, ngành", "UBND các huyện, thành phố"]),
    target("Tỷ lệ văn bản điện tử có ký số", 100, "%", "=", 2025, "hien_dai_hoa",
           lead=["Các sở, ban, ngành", "UBND các huyện, thành phố"]),
    target("Số đơn vị sự nghiệp công lập tự chủ chi thường xuyên", 15, "count", "=", 2024, "tai_chinh_cong",
           lead=["Sở Tài chính"]),
    target("Số đơn vị sự nghiệp công lập tự chủ chi thường xuyên", 20, "count", ">=", 2025, "tai_chinh_cong",
           lead=["Sở Tài chính"]),
]


def test_portal_page_with_target_years_under_one_header(tmp_path):
    path = tmp_path / "chi-tieu.html"
    path.write_text(PORTAL_PAGE, encoding="utf-8")
    assert [t.to_dict() for t in parse_file(path).targets] == PORTAL_TARGETS


# --- 3. District plan saved as text: TAB rows, area rows that kept one TAB, figures in the indicator ---------

DISTRICT_TEXT = "\n".join([
    "ỦY BAN NHÂN DÂN HUYỆN ĐỨC TRỌNG",
    "KẾ HOẠCH",
    "Cải cách hành chính năm 2025 của UBND huyện Đức Trọng",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Triển khai đồng bộ các nhiệm vụ cải cách hành chính trên địa bàn huyện.",
    "II. CHỈ TIÊU",
    "STT\tChỉ tiêu\tĐơn vị tính\tKế hoạch\tCơ quan thực hiện\tCơ quan theo dõi, đôn đốc",
    "I\tCải cách thủ tục hành chính",
    "1\tTỷ lệ TTHC được công khai trên Cổng dịch vụ công\t%\t100%\tVăn phòng HĐND và UBND huyện\tPhòng Nội vụ",
    "2\tThời gian giải quyết TTHC được cắt giảm\t%\ttối thiểu 30\tCác phòng, ban chuyên môn thuộc UBND huyện"
    "\tVăn phòng HĐND và UBND huyện",
    "3\tSố thủ tục được cung cấp dịch vụ công trực tuyến toàn trình\tthủ tục\t120\tVăn phòng HĐND và UBND huyện\t",
    "II\tXây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức",
    "1\tSố lớp bồi dưỡng kỹ năng cho công chức cấp xã\tlớp\t≥ 4\tPhòng Nội vụ\t",
    "2\tTỷ lệ công chức được đánh giá, xếp loại\t\t100\tPhòng Nội vụ\t",
    "",
    "III. TỔ CHỨC THỰC HIỆN",
    "Phòng Nội vụ chủ trì, theo dõi việc thực hiện Kế hoạch này.",
])

DISTRICT_TARGETS = [
    target("Tỷ lệ TTHC được công khai trên Cổng dịch vụ công", 100, "%", "=", 2025, "thu_tuc_hanh_chinh",
           lead=["Văn phòng HĐND và UBND huyện"], monitor=["Phòng Nội vụ"]),
    target("Thời gian giải quyết TTHC được cắt giảm", 30, "%", ">=", 2025, "thu_tuc_hanh_chinh",
           lead=["Các phòng, ban chuyên môn thuộc UBND huyện"], monitor=["Văn phòng HĐND và UBND huyện"]),
    target("Số thủ tục được cung cấp dịch vụ công trực tuyến toàn trình", 120, "count", "=", 2025,
           "thu_tuc_hanh_chinh", lead=["Văn phòng HĐND và UBND huyện"]),
    target("Số lớp bồi dưỡng kỹ năng cho công chức cấp xã", 4, "count", ">=", 2025, "cong_vu", lead=["Phòng Nội vụ"]),
    target("Tỷ lệ công chức được đánh giá, xếp loại", 100, "%", "=", 2025, "cong_vu", lead=["Phòng Nội vụ"]),
]


@pytest.mark.parametrize("area_rows", ["one TAB", "no TAB"])
def test_text_plan_with_tab_separated_table_of_targets(tmp_path, area_rows):
    text = DISTRICT_TEXT
    if area_rows == "no TAB":  # the merged area cell saved as a line of its own: "II. Xây dựng ..."
        text = text.replace("\nI\tCải cách", "\nI. Cải cách").replace("\nII\tXây dựng", "\nII. Xây dựng")
    path = tmp_path / "ke-hoach.txt"
    path.write_text(text, encoding="utf-8")
    assert [t.to_dict() for t in parse_file(path).targets] == DISTRICT_TARGETS


# --- The module's rules, on tables as the readers yield them ------------------------------------------------

HEADER = ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2024", "Cơ quan chủ trì", "Cơ quan theo dõi"]


def _targets(*tables: list[list[str]], year: int | None = 2024) -> list[tuple]:
    found = table_targets([Table(rows=rows, lineno=1) for rows in tables], year)
    return [(t.text, t.value, t.unit, t.comparator, t.year, t.area) for t in found]


def test_a_table_continued_on_the_next_page_without_header():
    first = [HEADER, ["1", "Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn", "%", "≥ 98", "Sở Nội vụ", ""]]
    second = [["2", "Tỷ lệ TTHC được công khai", "%", "100", "Văn phòng UBND tỉnh", "Sở Nội vụ"]]
    assert _targets(first, second) == [
        ("Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn", 98, "%", ">=", 2024, "thu_tuc_hanh_chinh"),
        ("Tỷ lệ TTHC được công khai", 100, "%", "=", 2024, "thu_tuc_hanh_chinh")]
    tables = [Table(rows=first, lineno=1), Table(rows=second, lineno=5)]
    assert task_tables(tables) == []  # the next page is no task table either


@pytest.mark.parametrize("indicator", ["Nội dung chỉ tiêu", "Chỉ tiêu"])  # the second names no task column either
def test_figures_written_inside_the_indicator_cell(indicator):
    rows = [["STT", indicator, "Cơ quan chủ trì", "Cơ quan theo dõi"],
            ["1", "100% cơ quan hành chính cấp tỉnh sử dụng hộp thư điện tử công vụ", "Sở Thông tin và Truyền thông",
             "Văn phòng UBND tỉnh"],
            ["2", "Tối thiểu 30% đơn vị sự nghiệp tự chủ chi thường xuyên", "Sở Tài chính", ""]]
    found = table_targets([Table(rows=rows, lineno=1)], 2023)
    assert [(t.value, t.comparator, t.year, t.area, t.lead, t.monitor) for t in found] == [
        (100, "=", 2023, "hien_dai_hoa", ["Sở Thông tin và Truyền thông"], ["Văn phòng UBND tỉnh"]),
        (30, ">=", 2023, "tai_chinh_cong", ["Sở Tài chính"], [])]
    assert found[1].text == "Tối thiểu 30% đơn vị sự nghiệp tự chủ chi thường xuyên"


def test_short_sub_indicators_read_after_their_group_and_years_from_the_header():
    rows = [["STT", "Chỉ tiêu", "ĐVT", "Thực hiện năm 2022", "Năm 2023", "Năm 2024"],
            ["1", "Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến", "", "", "", ""],
            ["1.1", "Mức độ 3", "%", "40", "50", "60"],
            ["2", "Số cơ quan áp dụng ISO điện tử", "cơ quan", "10", "25", "Đạt"]]
    assert _targets(rows, year=2025) == [
        ("Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến: Mức độ 3", 50, "%", "=", 2023, "hien_dai_hoa"),
        ("Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến: Mức độ 3", 60, "%", "=", 2024, "hien_dai_hoa"),
        ("Số cơ quan áp dụng ISO điện tử", 25, "count", "=", 2023, "hien_dai_hoa")]


def test_a_rate_without_unit_cell_is_a_percentage_and_the_plan_year_applies():
    rows = [["TT", "Chỉ tiêu", "Mục tiêu", "Cơ quan thực hiện"],
            ["1", "Tỷ lệ văn bản điện tử có chữ ký số", "95", "Các sở, ban, ngành"],
            ["2", "Số hồ sơ trực tuyến", "1.500", "UBND cấp huyện"]]
    assert _targets(rows, year=2026) == [("Tỷ lệ văn bản điện tử có chữ ký số", 95, "%", "=", 2026, "hien_dai_hoa"),
                                         ("Số hồ sơ trực tuyến", 1500, "count", "=", 2026, "thu_tuc_hanh_chinh")]


def test_a_figure_column_header_may_give_the_unit():
    rows = [["STT", "Chỉ tiêu", "Kế hoạch năm 2025 (%)", "Cơ quan chủ trì"],
            ["1", "Hồ sơ TTHC được số hóa", "≥ 80", "Sở Nội vụ"],
            ["2", "Cơ quan có Cổng thông tin điện tử", "100", "Sở Thông tin và Truyền thông"]]
    assert [(t.text, t.value, t.unit, t.comparator, t.year) for t in table_targets([Table(rows=rows, lineno=1)], 2025)] \
        == [("Hồ sơ TTHC được số hóa", 80, "%", ">=", 2025), ("Cơ quan có Cổng thông tin điện tử", 100, "%", "=", 2025)]


def test_task_tables_and_plain_tables_give_no_targets():
    tasks = [["STT", "Nội dung", "Chỉ tiêu", "Cơ quan chủ trì", "Thời gian hoàn thành"],
             ["1", "Số hóa hồ sơ", "80% hồ sơ", "Sở Nội vụ", "Quý IV"]]
    staff = [["STT", "Họ và tên", "Chức vụ", "Đơn vị công tác"], ["1", "Nguyễn Văn A", "Giám đốc", "Sở Nội vụ"]]
    assert _targets(tasks) == [] and _targets(staff) == []
    assert len(task_tables([Table(rows=tasks, lineno=1)])) == 1


def test_indicator_text_is_one_line_without_closing_marks():
    assert indicator_text("  Tỷ lệ hồ sơ TTHC\nđược giải quyết đúng hạn; ") == \
        "Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn"


def _target(text: str, value: float, year: int = 2024, lead=(), monitor=()) -> Target:
    return Target(text=text, value=value, unit="%", comparator=">=", year=year, lead=list(lead),
                  monitor=list(monitor))


def test_merge_keeps_the_text_target_a_table_row_restates_and_gives_it_the_agencies():
    text = [_target("Phấn đấu 98% hồ sơ TTHC được giải quyết đúng hạn", 98)]
    table = [_target("Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn", 98, lead=["Sở Nội vụ"], monitor=["VP UBND tỉnh"]),
             _target("Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn", 98, year=2025)]
    merged = merge_targets(text, table)
    assert [(t.text, t.year, t.lead, t.monitor) for t in merged] == [
        ("Phấn đấu 98% hồ sơ TTHC được giải quyết đúng hạn", 2024, ["Sở Nội vụ"], ["VP UBND tỉnh"]),
        ("Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn", 2025, [], [])]


def test_merge_keeps_table_rows_that_differ_in_a_word_and_drops_a_repeated_row():
    text = [_target("100% cán bộ, công chức cấp huyện đạt chuẩn", 100)]
    table = [_target("Tỷ lệ cán bộ, công chức cấp xã đạt chuẩn", 100),
             _target("Tỷ lệ cán bộ, công chức cấp xã đạt chuẩn và được bồi dưỡng", 100),
             _target("Tỷ lệ cán bộ, công chức cấp xã đạt chuẩn", 100)]
    assert [t.text for t in merge_targets(text, table)] == [
        "100% cán bộ, công chức cấp huyện đạt chuẩn", "Tỷ lệ cán bộ, công chức cấp xã đạt chuẩn",
        "Tỷ lệ cán bộ, công chức cấp xã đạt chuẩn và được bồi dưỡng"]


@pytest.mark.parametrize("value_header, indicator, year", [
    ("Chỉ tiêu năm 2025", "Tỷ lệ hài lòng của người dân", 2025),
    ("Kế hoạch", "Tỷ lệ hài lòng của người dân", 2024),
    ("Chỉ tiêu phấn đấu đến năm 2026", "Tỷ lệ hài lòng của người dân", 2026),
    ("Kế hoạch", "Tỷ lệ hài lòng của người dân đến năm 2025", 2025),
    ("Kế hoạch", "Tỷ lệ hài lòng tăng so với năm 2020", 2024),
])
def test_year_from_the_figure_column_header_else_the_indicator_else_the_plan(value_header, indicator, year):
    rows = [["STT", "Tên chỉ tiêu", "Đơn vị tính", value_header], ["1", indicator, "%", "Trên 90"]]
    assert [t[4] for t in _targets(rows)] == [year]


def test_years_under_a_time_or_budget_header_make_no_table_of_targets():
    from cchc.importer.structure.columns import target_columns

    top = ["STT", "Nội dung", "Đơn vị tính", "Thời gian thực hiện", "Thời gian thực hiện", "Kinh phí", "Kinh phí"]
    sub = ["", "", "", "2024", "2025", "2024", "2025"]
    assert target_columns([top, sub]) is None
    figures = ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Kế hoạch", "Kinh phí", "Kinh phí"]
    columns = target_columns([figures, sub])
    assert columns is not None and sorted(columns.value_years.values()) == [2024, 2025]


def test_years_beside_a_budget_column_split_the_money_and_set_no_targets():
    from cchc.importer.structure.columns import target_columns

    assert target_columns([["STT", "Nội dung", "Tổng kinh phí (triệu đồng)", "Năm 2021", "Năm 2022"]]) is None
    # an indicator's figures by year still are targets, with or without money beside them
    assert target_columns([["STT", "Nội dung", "Năm 2021", "Năm 2022"]]) is not None
    assert target_columns([["STT", "Chỉ tiêu", "Năm 2021", "Năm 2022", "Kinh phí"]]) is not None


def test_a_table_without_number_column_reads_each_row_with_a_figure():
    rows = [["Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu năm 2024", "Cơ quan theo dõi"],
            ["CẢI CÁCH TÀI CHÍNH CÔNG"] * 4,
            ["Tỷ lệ giải ngân vốn đầu tư công", "%", "≥ 95", "Sở Tài chính"],
            ["Số đơn vị sự nghiệp tự chủ tài chính", "đơn vị", "> 10", "Sở Tài chính"]]
    assert _targets(rows) == [("Tỷ lệ giải ngân vốn đầu tư công", 95, "%", ">=", 2024, "tai_chinh_cong"),
                              ("Số đơn vị sự nghiệp tự chủ tài chính", 10, "count", ">=", 2024, "tai_chinh_cong")]


@pytest.mark.parametrize("cell", ["Chủ trì: Sở Nội vụ; Phối hợp: Sở Tài chính",
                                  "Sở Nội vụ (chủ trì); Sở Tài chính (phối hợp)",
                                  "Sở Nội vụ chủ trì, phối hợp với Sở Tài chính"])
def test_an_agency_cell_naming_both_roles_gives_only_the_lead(cell):
    rows = [["STT", "Chỉ tiêu", "Kế hoạch năm 2025", "Cơ quan thực hiện"],
            ["1", "Tỷ lệ hồ sơ TTHC được số hóa", "80", cell]]
    [found] = table_targets([Table(rows=rows, lineno=1)], 2025)
    assert (found.lead, found.monitor) == (["Sở Nội vụ"], [])


def text_plan_targets(tmp_path, body: str) -> list[dict]:
    path = tmp_path / "ke-hoach.txt"
    path.write_text("KẾ HOẠCH\nCải cách hành chính năm 2025 của huyện Lạc Dương\nII. NHIỆM VỤ\n" + body, encoding="utf-8")
    return parse_file(path).to_dict()["targets"]


def test_a_figure_under_a_heading_that_names_no_area_takes_none_from_the_one_before(tmp_path):
    """Targets stated in the body take the area of their section; a later section as high that names no
    reform area ends that area."""
    got = text_plan_targets(tmp_path, "1. Cải cách thủ tục hành chính\n"
                                      "a) Phấn đấu 100% thủ tục hành chính được công khai đúng hạn.\n"
                                      "2. Phát triển hạ tầng nghề cá\n"
                                      "a) Phấn đấu đến năm 2025, 100% cảng cá được nâng cấp.\n")
    assert [(t["value"], t["area"]) for t in got] == [(100, "thu_tuc_hanh_chinh"), (100, None)]


def test_a_figure_in_an_agencys_duties_under_the_implementation_part_is_no_target(tmp_path):
    got = text_plan_targets(tmp_path, "1. Cải cách thủ tục hành chính\n"
                                      "a) Phấn đấu 100% thủ tục hành chính được công khai đúng hạn.\n"
                                      "III. TỔ CHỨC THỰC HIỆN\n1. Văn phòng HĐND và UBND huyện\n"
                                      "Chủ trì triển khai các nhiệm vụ; phấn đấu 100% hồ sơ được số hóa.\n")
    assert [t["text"] for t in got] == ["Phấn đấu 100% thủ tục hành chính được công khai đúng hạn"]
