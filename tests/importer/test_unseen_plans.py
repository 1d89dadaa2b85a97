"""Plans unlike the seeds, in their real formats, read end to end and compared with results written by hand.

Each document (built in `unseen_plans.py`) differs from the seeds the way real plans differ: a district's,
a department's, a town's or a ward's plan, Arabic-numbered area rows, columns in another order, a budget
column with a total row, a two-row header with "Bắt đầu | Hoàn thành", prose plans (lettered, numbered or
bulleted items, an unnumbered task part), a portal page with a "Lĩnh vực" column of rowspan cells, an older
chairman's plan whose table has no number column, one table per area. Formats: Word, PDF (through
LibreOffice and printed by reportlab), HTML, text. `assert_plan` compares only the fields written in an
expectation ("deadline_kind" compares the deadline's kind alone).
"""
from __future__ import annotations

import pytest

from cchc.importer import parse_file

from . import unseen_plans as docs


def deadline(kind: str, end: str | None = None, start: str | None = None, every: str | None = None) -> dict:
    d = {"kind": kind, "start": start, "end": end}
    if every:
        d["every"] = every
    return d


def assert_plan(path, meta: dict, tasks: list[dict]) -> None:
    plan = parse_file(path).to_dict()
    got_meta = {k: plan["plan"][k] for k in meta}
    assert got_meta == meta
    got = plan["tasks"]
    assert [t["id"] for t in got] == [t["id"] for t in tasks]
    for actual, wanted in zip(got, tasks):
        actual = dict(actual, deadline_kind=actual["deadline"]["kind"])
        assert {k: actual[k] for k in wanted} == wanted, actual["id"]


# --- 1. District plan (.docx) -----------------------------------------------------------------

DISTRICT_META = {"province": "Lâm Đồng", "title": "Kế hoạch cải cách hành chính năm 2024 của huyện Đức Trọng",
                 "kind": "annual", "period_start": 2024, "period_end": 2024, "decision_number": "45/KH-UBND",
                 "decision_date": "2024-01-12", "issuer": "UBND huyện", "total_budget_million_vnd": None}
DISTRICT_TASKS = [
    {"id": "1.1", "area": "the_che", "area_heading": "Cải cách thể chế", "group": None,
     "title": "Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND huyện ban hành",
     "lead": ["Phòng Tư pháp"], "coordinating": ["Các cơ quan, đơn vị thuộc UBND huyện"],
     "outputs": ["Báo cáo kết quả rà soát"], "deadline_text": "Tháng 3/2024",
     "deadline": deadline("period", "2024-03-31", "2024-03-01")},
    {"id": "1.2", "area": "the_che", "lead": ["Phòng Tư pháp"], "coordinating": ["Công an huyện"],
     "deadline": deadline("date", "2024-06-30")},
    {"id": "2.1", "area": "thu_tuc_hanh_chinh", "area_heading": "Cải cách thủ tục hành chính",
     "coordinating": ["UBND các xã, thị trấn"], "outputs": ["Thủ tục được công khai"],
     "deadline": deadline("continuous", "2024-12-31", "2024-01-01")},
    {"id": "2.2", "area": "thu_tuc_hanh_chinh", "lead": ["UBND các xã, thị trấn"],
     "deadline": deadline("period", "2024-12-31", "2024-10-01")},
    {"id": "3.1", "area": "hien_dai_hoa", "area_heading": "Hiện đại hóa hành chính",
     "title": "Duy trì, cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015",
     "lead": ["Phòng Nội vụ"], "outputs": ["Quyết định công bố"], "deadline": deadline("date", "2024-12-31"),
     "budget_million_vnd": None},
]


@pytest.mark.parametrize("build", [docs.district_docx, docs.as_pdf(docs.district_docx)], ids=["docx", "pdf"])
def test_district_plan_with_arabic_area_rows(build, tmp_path):
    assert_plan(build(tmp_path), DISTRICT_META, DISTRICT_TASKS)


# --- 2. Department plan (.pdf through LibreOffice) ----------------------------------------------

DEPARTMENT_META = {"province": "Quảng Ngãi", "title": "Kế hoạch cải cách hành chính năm 2022 của Sở Tài chính",
                   "kind": "annual", "period_start": 2022, "period_end": 2022,
                   "decision_number": "215/KH-STC", "decision_date": "2022-02-20", "issuer": "Sở Tài chính"}
DEPARTMENT_TASKS = [
    {"id": "I.1", "area": "chi_dao_dieu_hanh", "area_heading": "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH",
     "title": "Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2022 của Sở", "outputs": ["Kế hoạch"],
     "lead": ["Văn phòng Sở"], "coordinating": ["Các phòng thuộc Sở"], "deadline_text": "Trước ngày 15/6",
     "deadline": deadline("date", "2022-06-15")},
    {"id": "I.2", "outputs": ["Báo cáo"], "deadline": deadline("recurring", every="quarter")},
    {"id": "II.1", "area": "tai_chinh_cong", "area_heading": "CẢI CÁCH TÀI CHÍNH CÔNG",
     "outputs": ["Văn bản hướng dẫn"], "lead": ["Phòng Tài chính hành chính sự nghiệp"],
     "coordinating": ["Phòng Quản lý ngân sách"], "deadline": deadline("period", "2022-09-30", "2022-07-01")},
    {"id": "II.2", "area": "tai_chinh_cong", "lead": ["Thanh tra Sở"], "deadline_text": "Cả năm",
     "deadline": deadline("period", "2022-12-31", "2022-01-01")},
]


def test_department_plan_exported_to_pdf(tmp_path):
    assert_plan(docs.department_pdf(tmp_path), DEPARTMENT_META, DEPARTMENT_TASKS)


# --- 3. 2023-2025 plan with the 2021-2030 programme's areas and budgets (.docx) -----------------

PERIOD_META = {"province": "Hà Giang",
               "title": "Kế hoạch cải cách hành chính nhà nước tỉnh Hà Giang giai đoạn 2023 - 2025",
               "kind": "multi_year", "period_start": 2023, "period_end": 2025, "decision_number": "1234/QĐ-UBND",
               "decision_date": "2023-03-15", "issuer": "UBND tỉnh", "total_budget_million_vnd": 2550.5}
PERIOD_TASKS = [
    {"id": "I.1", "area": "cong_vu", "area_heading": "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", "lead": ["Sở Nội vụ"],
     "coordinating": ["Các sở, ban, ngành", "UBND các huyện, thành phố"],
     "deadline": deadline("period", "2025-12-31", "2023-01-01"), "budget_million_vnd": 1200},
    {"id": "I.2", "area": "cong_vu", "deadline": deadline("recurring", every="year"), "budget_million_vnd": 350.5},
    {"id": "II.1", "area": "hien_dai_hoa",
     "area_heading": "XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ",
     "lead": ["Sở Thông tin và Truyền thông"], "deadline": deadline("period", "2024-12-31", "2024-01-01"),
     "budget_million_vnd": 1000},
    {"id": "II.2", "area": "hien_dai_hoa", "deadline": deadline("period", "2023-06-30", "2023-04-01"),
     "budget_million_vnd": None},
    {"id": "III.1", "area": "tai_chinh_cong", "area_heading": "CẢI CÁCH TÀI CHÍNH CÔNG", "lead": ["Sở Tài chính"],
     "deadline": deadline("date", "2025-12-31")},
]


def test_multi_year_plan_with_programme_areas_and_budget_total(tmp_path):
    assert_plan(docs.period_docx(tmp_path), PERIOD_META, PERIOD_TASKS)


# --- 4. Two-row header: "Thời gian thực hiện" over "Bắt đầu | Hoàn thành" (.docx and .pdf) -----

TWO_ROW_META = {"province": "Ninh Thuận", "title": "Kế hoạch cải cách hành chính nhà nước tỉnh Ninh Thuận năm 2021",
                "kind": "annual", "period_start": 2021, "period_end": 2021, "decision_number": "5012/KH-UBND",
                "decision_date": "2020-12-30", "issuer": "UBND tỉnh"}
TWO_ROW_TASKS = [
    {"id": "I.1", "area": "the_che", "lead": ["Sở Tư pháp"], "coordinating": ["Các sở, ban, ngành"],
     "deadline_text": "Tháng 01/2021 - Tháng 6/2021", "deadline": deadline("period", "2021-06-30", "2021-01-01"),
     "notes": None},
    {"id": "I.2", "lead": ["Sở Tư pháp"], "coordinating": ["UBND các huyện, thành phố"],
     "deadline_text": "01/3/2021 - 30/9/2021", "deadline": deadline("period", "2021-09-30", "2021-03-01"),
     "notes": "Báo cáo Bộ Tư pháp"},
    {"id": "II.1", "area": "thu_tuc_hanh_chinh", "lead": ["Văn phòng UBND tỉnh"], "coordinating": ["Bưu điện tỉnh"],
     "deadline_text": "31/12/2021", "deadline": deadline("date", "2021-12-31")},
    {"id": "II.2", "title": "Rà soát, đơn giản hóa thủ tục hành chính nội bộ",
     "deadline": deadline("period", "2021-12-31", "2021-01-01")},
]


@pytest.mark.parametrize("build", [docs.two_row_header_docx, docs.two_row_header_pdf,
                                   docs.two_row_header_reportlab_pdf], ids=["docx", "pdf", "reportlab-pdf"])
def test_two_row_header_with_start_and_end_columns(build, tmp_path):
    assert_plan(build(tmp_path), TWO_ROW_META, TWO_ROW_TASKS)


# --- 5. Prose plan: lettered items under numbered areas (.txt) ------------------------------------

PROSE_META = {"province": "Bình Phước", "title": "Kế hoạch cải cách hành chính nhà nước tỉnh Bình Phước năm 2019",
              "kind": "annual", "period_start": 2019, "period_end": 2019, "decision_number": "25/KH-UBND",
              "decision_date": "2019-01-18", "issuer": "UBND tỉnh"}
PROSE_TASKS = [
    {"id": "1.a", "area": "the_che", "area_heading": "Cải cách thể chế",
     "title": "Rà soát, hệ thống hóa văn bản quy phạm pháp luật của HĐND, UBND tỉnh kỳ 2014 - 2018",
     "lead": ["Sở Tư pháp"], "coordinating": ["Các sở, ban, ngành"], "deadline_text": "Quý II/2019",
     "deadline": deadline("period", "2019-06-30", "2019-04-01")},
    {"id": "1.b", "area": "the_che", "lead": [], "coordinating": [], "deadline": deadline("none")},
    {"id": "2.a", "area": "thu_tuc_hanh_chinh",
     "title": "Công bố, công khai đầy đủ, kịp thời thủ tục hành chính thuộc thẩm quyền giải quyết của các cấp "
              "chính quyền trên địa bàn tỉnh",
     "lead": ["Văn phòng UBND tỉnh"], "deadline_text": "thường xuyên",
     "deadline": deadline("continuous", "2019-12-31", "2019-01-01")},   # the annual plan's year
    {"id": "2.b", "lead": ["Văn phòng UBND tỉnh"], "deadline_text": "trước ngày 30/9/2019",
     "deadline": deadline("date", "2019-09-30")},
    {"id": "3.a", "area": "hien_dai_hoa", "lead": ["Sở Thông tin và Truyền thông"],
     "coordinating": ["Văn phòng UBND tỉnh", "UBND các huyện, thị xã"], "deadline_text": "Tháng 12/2019",
     "deadline": deadline("period", "2019-12-31", "2019-12-01")},
]


@pytest.mark.parametrize("build", [docs.prose_txt, docs.prose_pdf], ids=["txt", "pdf"])
def test_prose_plan_with_lettered_items(build, tmp_path):
    path = build(tmp_path)
    assert_plan(path, PROSE_META, PROSE_TASKS)
    targets = [(t["value"], t["unit"], t["comparator"], t["year"]) for t in parse_file(path).to_dict()["targets"]]
    assert targets == [(100, "%", "=", 2019), (30, "%", ">=", 2019)]


# --- 6. Province portal page: nested divs, "Lĩnh vực" column of rowspan cells (.html) ------------

PORTAL_META = {"province": "Tuyên Quang", "title": "Kế hoạch cải cách hành chính nhà nước tỉnh Tuyên Quang năm 2025",
               "kind": "annual", "period_start": 2025, "period_end": 2025, "decision_number": "12/KH-UBND",
               "decision_date": "2025-01-08", "issuer": "UBND tỉnh"}
PORTAL_TASKS = [
    {"id": "1", "area": "to_chuc_bo_may", "area_heading": "Cải cách tổ chức bộ máy hành chính nhà nước",
     "title": "Sắp xếp tổ chức bên trong các cơ quan chuyên môn thuộc UBND tỉnh", "lead": ["Sở Nội vụ"],
     "deadline": deadline("period", "2025-06-30", "2025-04-01")},
    {"id": "2", "area": "to_chuc_bo_may", "lead": ["UBND các huyện, thành phố"], "coordinating": ["Sở Nội vụ"],
     "deadline": deadline("date", "2025-06-30")},
    {"id": "3", "area": "thu_tuc_hanh_chinh", "area_heading": "Cải cách thủ tục hành chính",
     "coordinating": ["Trung tâm Phục vụ hành chính công tỉnh"],
     "deadline": deadline("continuous", "2025-12-31", "2025-01-01")},
    {"id": "4", "area": "thu_tuc_hanh_chinh", "deadline": deadline("recurring", every="quarter")},
    {"id": "5", "area": "tai_chinh_cong", "area_heading": "Cải cách tài chính công", "lead": ["Sở Tài chính"],
     "deadline": deadline("period", "2025-09-30", "2025-09-01")},
]


@pytest.mark.parametrize("build", [docs.portal_html, docs.portal_in_layout_table_html], ids=["divs", "layout-table"])
def test_portal_page_with_area_column(build, tmp_path):
    assert_plan(build(tmp_path), PORTAL_META, PORTAL_TASKS)


# --- 7. Older plan by the chairman's decision, no number column (.docx) --------------------------

OLDER_META = {"province": "Phú Yên", "title": "Kế hoạch cải cách hành chính nhà nước tỉnh Phú Yên năm 2012",
              "kind": "annual", "period_start": 2012, "period_end": 2012, "decision_number": "215/QĐ-UBND",
              "decision_date": "2012-02-14", "issuer": "Chủ tịch UBND tỉnh"}
OLDER_TASKS = [
    {"id": "I.1", "area": "the_che", "area_heading": "CẢI CÁCH THỂ CHẾ",
     "title": "Xây dựng Quy chế phối hợp kiểm tra, xử lý văn bản quy phạm pháp luật", "lead": ["Sở Tư pháp"],
     "coordinating": ["Các sở, ngành"], "outputs": ["Quyết định của UBND tỉnh"], "deadline_text": "Quí II",
     "deadline": deadline("period", "2012-06-30", "2012-04-01")},
    {"id": "I.2", "area": "the_che", "outputs": ["Báo cáo"],
     "deadline": deadline("period", "2012-09-30", "2012-07-01")},
    {"id": "II.1", "area": "cong_vu", "lead": ["Sở Nội vụ"], "coordinating": ["Các sở, ngành", "UBND cấp huyện"],
     "outputs": ["Đề án"], "deadline": deadline("period", "2012-10-31", "2012-10-01")},
    {"id": "II.2", "area": "cong_vu", "coordinating": [],
     "deadline": {"kind": "recurring", "start": None, "end": None, "every": ["half_year", "year"]}},
]


@pytest.mark.parametrize("build", [docs.older_docx, docs.as_pdf(docs.older_docx)], ids=["docx", "pdf"])
def test_older_plan_without_number_column(build, tmp_path):
    # in the PDF its long second area row is cut by the page break
    assert_plan(build(tmp_path), OLDER_META, OLDER_TASKS)


# --- 8. Town plan saved as text: TAB rows, area rows with fewer TABs (.txt) ----------------------

TOWN_META = {"province": "Đắk Lắk", "title": "Kế hoạch cải cách hành chính năm 2017", "kind": "annual",
             "period_start": 2017, "period_end": 2017, "decision_number": "18/KH-UBND",
             "decision_date": "2017-01-20", "issuer": "UBND thị xã"}
TOWN_TASKS = [
    {"id": "I.1", "area": "chi_dao_dieu_hanh", "area_heading": "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH",
     "lead": ["Phòng Nội vụ"], "outputs": ["Kế hoạch"], "deadline": deadline("period", "2017-01-31", "2017-01-01")},
    {"id": "I.2", "area": "chi_dao_dieu_hanh", "deadline": deadline("period", "2017-09-30", "2017-07-01")},
    {"id": "II.1", "area": "hien_dai_hoa", "area_heading": "HIỆN ĐẠI HÓA HÀNH CHÍNH",
     "title": "Duy trì hệ thống quản lý văn bản và điều hành", "outputs": ["Hệ thống vận hành"],
     "deadline": deadline("continuous", "2017-12-31", "2017-01-01")},
    {"id": "II.2", "area": "hien_dai_hoa", "coordinating": ["UBND các xã, phường"],
     "deadline": deadline("period", "2017-06-30", "2017-01-01")},
]


def test_town_plan_saved_as_text_with_tab_rows(tmp_path):
    assert_plan(docs.town_txt(tmp_path), TOWN_META, TOWN_TASKS)


# --- 9. Ward plan 2026 printed by reportlab: a long ruled table over pages (.pdf) ----------------

WARD_META = {"province": "Đà Nẵng", "title": "Kế hoạch cải cách hành chính năm 2026 của phường Hải Châu",
             "kind": "annual", "period_start": 2026, "period_end": 2026, "decision_number": "09/KH-UBND",
             "decision_date": "2026-01-06", "issuer": "UBND phường"}


def test_ward_plan_with_a_long_table_over_pages(tmp_path):
    plan = parse_file(docs.ward_pdf(tmp_path)).to_dict()
    assert {k: plan["plan"][k] for k in WARD_META} == WARD_META
    tasks = {t["id"]: t for t in plan["tasks"]}
    assert list(tasks) == [f"I.{n}" for n in range(1, 13)] + [f"II.{n}" for n in range(1, 13)]
    last_of_first_area = tasks["I.12"]
    assert last_of_first_area["title"] == ("Công bố, niêm yết thủ tục hành chính nhóm 12 tại Trung tâm phục vụ "
                                           "hành chính công phường")
    assert (last_of_first_area["area"], last_of_first_area["outputs"]) == ("thu_tuc_hanh_chinh",
                                                                          ["Thủ tục được niêm yết"])
    assert last_of_first_area["deadline"] == deadline("period", "2026-12-31", "2026-10-01")
    second_area = tasks["II.2"]
    assert (second_area["area"], second_area["area_heading"]) == ("cong_vu", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ")
    assert second_area["coordinating"] == ["UBND các tổ dân phố"]
    assert second_area["deadline"] == deadline("period", "2026-02-28", "2026-02-01")


def test_joint_office_and_hyphenated_department_are_one_agency_each(tmp_path):
    tasks = {t["id"]: t for t in parse_file(docs.ward_pdf(tmp_path)).to_dict()["tasks"]}
    assert tasks["I.1"]["lead"] == ["Văn phòng HĐND và UBND phường"]
    assert tasks["II.1"]["lead"] == ["Phòng Văn hóa - Xã hội"]


# --- 10. Prose plan in Word: "B. NHIỆM VỤ CỤ THỂ", Roman areas, auto-numbered items, bullets (.docx) --

AUTO_META = {"province": "Hậu Giang", "title": "Kế hoạch cải cách hành chính nhà nước tỉnh Hậu Giang năm 2015",
             "kind": "annual", "period_start": 2015, "decision_number": "77/KH-UBND", "decision_date": "2015-02-10"}
AUTO_TASKS = [
    {"id": "I.1", "area": "the_che", "area_heading": "CẢI CÁCH THỂ CHẾ",
     "title": "Rà soát, hệ thống hóa văn bản quy phạm pháp luật của tỉnh", "lead": ["Sở Tư pháp"],
     "deadline_text": "Quý III/2015", "deadline": deadline("period", "2015-09-30", "2015-07-01")},
    {"id": "I.2", "area": "the_che", "lead": [], "deadline": deadline("none")},
    {"id": "II.1", "area": "hien_dai_hoa", "area_heading": "HIỆN ĐẠI HÓA HÀNH CHÍNH",
     "title": "Triển khai phần mềm quản lý văn bản tại UBND cấp xã", "lead": ["Sở Thông tin và Truyền thông"],
     "deadline": deadline("period", "2015-09-30", "2015-09-01")},
    {"id": "II.2", "area": "hien_dai_hoa",
     "title": "Duy trì áp dụng Hệ thống quản lý chất lượng theo TCVN ISO 9001:2008"},
]


def test_prose_plan_with_unnumbered_task_part_and_word_numbering(tmp_path):
    assert_plan(docs.auto_numbered_prose_docx(tmp_path), AUTO_META, AUTO_TASKS)


# --- 11. One table per area under numbered headings, caption row inside the first table (.docx) ---

PER_AREA_META = {"province": "Khánh Hòa", "title": "Kế hoạch cải cách hành chính nhà nước tỉnh Khánh Hòa năm 2019",
                 "kind": "annual", "period_start": 2019, "decision_number": "10/KH-UBND",
                 "decision_date": "2019-01-08", "issuer": "UBND tỉnh"}
PER_AREA_TASKS = [
    {"id": "1.1", "area": "the_che", "area_heading": "Cải cách thể chế",
     "title": "Rà soát văn bản quy phạm pháp luật do tỉnh ban hành", "lead": ["Sở Tư pháp"],
     "coordinating": ["Các sở, ban, ngành"], "deadline": deadline("period", "2019-06-30", "2019-04-01")},
    {"id": "1.2", "area": "the_che", "coordinating": [], "deadline": deadline("period", "2019-09-30", "2019-07-01")},
    {"id": "2.1", "area": "to_chuc_bo_may", "area_heading": "Cải cách tổ chức bộ máy hành chính nhà nước",
     "lead": ["Sở Nội vụ"], "deadline": deadline("continuous", "2019-12-31", "2019-01-01")},
]


def test_one_table_per_area_under_numbered_headings(tmp_path):
    assert_plan(docs.per_area_tables_docx(tmp_path), PER_AREA_META, PER_AREA_TASKS)


def test_prose_items_of_an_annual_plan_span_its_year_when_continuous():
    from cchc.importer.document import Line
    from cchc.importer.structure.outline import outline
    from cchc.importer.structure.prose import prose_tasks

    paragraphs = outline([Line(text, i) for i, text in enumerate(docs.PROSE_TEXT.splitlines(), start=1)])
    continuous = {t.id: t.deadline.to_dict() for t in prose_tasks(paragraphs, 2019, annual=True)}["2.a"]
    assert continuous == deadline("continuous", "2019-12-31", "2019-01-01")
    multi_year = {t.id: t.deadline.to_dict() for t in prose_tasks(paragraphs, 2019)}["2.a"]
    assert multi_year == deadline("continuous")


def test_prose_items_numbered_beneath_their_area():
    from cchc.importer.document import Line
    from cchc.importer.structure.outline import outline
    from cchc.importer.structure.prose import prose_tasks

    text = ("II. NHIỆM VỤ TRỌNG TÂM\n1. Cải cách thể chế\n1.1. Rà soát văn bản quy phạm pháp luật.\n"
            "1.2. Kiểm tra văn bản (Sở Tư pháp chủ trì; thời gian hoàn thành: Quý III/2020).\n"
            "2. Cải cách tài chính công\n- Giao quyền tự chủ cho đơn vị sự nghiệp.\nIII. TỔ CHỨC THỰC HIỆN\n")
    tasks = prose_tasks(outline([Line(t, i) for i, t in enumerate(text.splitlines(), start=1)]), 2020, annual=True)
    assert [(t.id, t.area, t.title, t.lead) for t in tasks] == [
        ("1.1", "the_che", "Rà soát văn bản quy phạm pháp luật", []),
        ("1.2", "the_che", "Kiểm tra văn bản", ["Sở Tư pháp"]),
        ("2.1", "tai_chinh_cong", "Giao quyền tự chủ cho đơn vị sự nghiệp", [])]
    assert tasks[1].deadline.to_dict() == deadline("period", "2020-09-30", "2020-07-01")


def test_prose_bullet_items_keep_their_sub_bullets():
    from cchc.importer.document import Line
    from cchc.importer.structure.outline import outline
    from cchc.importer.structure.prose import prose_tasks

    text = ("II. NHIỆM VỤ\n1. Cải cách thể chế\n- Rà soát văn bản quy phạm pháp luật:\n+ Văn bản của HĐND tỉnh;\n"
            "+ Văn bản của UBND tỉnh.\n- Kiểm tra việc thi hành pháp luật.\nIII. TỔ CHỨC THỰC HIỆN\n")
    tasks = prose_tasks(outline([Line(t, i) for i, t in enumerate(text.splitlines(), start=1)]), 2020)
    assert [(t.id, t.title) for t in tasks] == [("1.1", "Rà soát văn bản quy phạm pháp luật"),
                                                ("1.2", "Kiểm tra việc thi hành pháp luật")]


def test_prose_task_part_named_otherwise_is_the_part_that_lists_reform_areas():
    from cchc.importer.document import Line
    from cchc.importer.structure.outline import outline
    from cchc.importer.structure.prose import prose_tasks

    text = ("I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\na) Nâng cao hiệu quả.\nII. GIẢI PHÁP THỰC HIỆN\n"
            "1. Cải cách thể chế\na) Rà soát văn bản.\n2. Hiện đại hóa hành chính\na) Duy trì ISO.\n"
            "III. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ\na) Theo dõi, đôn đốc.\n")
    tasks = prose_tasks(outline([Line(t, i) for i, t in enumerate(text.splitlines(), start=1)]), 2020)
    assert [(t.id, t.area, t.title) for t in tasks] == [("1.a", "the_che", "Rà soát văn bản"),
                                                        ("2.a", "hien_dai_hoa", "Duy trì ISO")]


def test_prose_item_with_labelled_products():
    from cchc.importer.document import Line
    from cchc.importer.structure.outline import outline
    from cchc.importer.structure.prose import prose_tasks

    text = ("II. NHIỆM VỤ\n1. Cải cách thể chế\na) Rà soát văn bản. Cơ quan chủ trì: Sở Tư pháp; sản phẩm: Báo cáo "
            "kết quả rà soát; thời gian hoàn thành: Quý II/2020.\nb) Tổ chức thực hiện kết quả rà soát.\n")
    tasks = prose_tasks(outline([Line(t, i) for i, t in enumerate(text.splitlines(), start=1)]), 2020)
    assert [(t.id, t.lead, t.outputs) for t in tasks] == [("1.a", ["Sở Tư pháp"], ["Báo cáo kết quả rà soát"]),
                                                          ("1.b", [], [])]


def test_one_table_per_area_under_lettered_headings(tmp_path):
    lettered = [dict(task, id=task["id"].replace("1.", "A.", 1).replace("2.", "B.", 1)) for task in PER_AREA_TASKS]
    lettered[0]["area_heading"], lettered[2]["area_heading"] = ("CẢI CÁCH THỂ CHẾ",
                                                                "CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC")
    assert [t["id"] for t in lettered] == ["A.1", "A.2", "B.1"]
    assert_plan(docs.per_area_tables_lettered_docx(tmp_path), PER_AREA_META, lettered)


# --- 13. Five-year plan whose time columns are the years, marked "x" per task (.docx, .pdf) -------

FIVE_YEAR_META = {"province": "Thái Bình",
                  "title": "Kế hoạch cải cách hành chính nhà nước tỉnh Thái Bình giai đoạn 2021 - 2025",
                  "kind": "multi_year", "period_start": 2021, "period_end": 2025, "decision_number": "88/QĐ-UBND",
                  "decision_date": "2021-01-12", "issuer": "UBND tỉnh"}
FIVE_YEAR_TASKS = [
    {"id": "I.1", "area": "thu_tuc_hanh_chinh", "lead": ["Văn phòng UBND tỉnh"],
     "deadline": deadline("period", "2023-12-31", "2021-01-01")},
    {"id": "I.2", "deadline": deadline("period", "2025-12-31", "2023-01-01")},
    {"id": "II.1", "area": "to_chuc_bo_may", "lead": ["Sở Nội vụ"],
     "deadline": deadline("period", "2022-12-31", "2022-01-01")},
]


@pytest.mark.parametrize("build", [docs.five_year_docx, docs.as_pdf(docs.five_year_docx)], ids=["docx", "pdf"])
def test_five_year_plan_with_years_marked_per_task(build, tmp_path):
    assert_plan(build(tmp_path), FIVE_YEAR_META, FIVE_YEAR_TASKS)


# --- 14, 15. A table whose cells lost their TABs: one per line, or one paragraph each (.txt) --------

STACKED_META = {"province": "Hà Tĩnh", "title": "Kế hoạch cải cách hành chính năm 2025", "kind": "annual",
                "period_start": 2025, "period_end": 2025, "decision_number": "12/KH-UBND",
                "decision_date": "2025-01-08", "issuer": "UBND tỉnh"}
STACKED_TASKS = [
    {"id": "I.1", "area": "the_che", "title": "Rà soát văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành",
     "outputs": ["Báo cáo kết quả rà soát"], "lead": ["Sở Tư pháp"], "coordinating": ["Các sở, ban, ngành"],
     "deadline": deadline("period", "2025-06-30", "2025-04-01")},
    {"id": "I.2", "lead": ["Sở Tư pháp"], "coordinating": ["UBND cấp xã"], "deadline_kind": "multi"},
    {"id": "II.1", "area": "thu_tuc_hanh_chinh", "outputs": ["Quyết định công bố"], "lead": ["Văn phòng UBND tỉnh"],
     "deadline_kind": "continuous"},
    {"id": "II.2", "title": "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
     "lead": ["Sở Khoa học và Công nghệ"], "coordinating": ["UBND cấp xã"],
     "deadline": deadline("period", "2025-12-31", "2025-12-01")},
    {"id": "II.3", "outputs": ["Báo cáo kết quả đo lường"], "lead": ["Sở Nội vụ"],
     "coordinating": ["Các sở, ban, ngành", "UBND cấp xã"], "deadline": deadline("date", "2025-10-30")},
]


@pytest.mark.parametrize("build", [docs.stacked_cells_txt, docs.paragraph_cells_txt], ids=["lines", "paragraphs"])
def test_table_whose_cells_lost_their_tabs(build, tmp_path):
    assert_plan(build(tmp_path), STACKED_META, STACKED_TASKS)


# --- 16. A table without rules in a PDF: columns from the words' places ---------------------------

def test_unruled_table_in_a_pdf(tmp_path):
    wanted = [dict((k, task[k]) for k in ("id", "area", "lead", "coordinating") if k in task)
              for task in DISTRICT_TASKS]
    plan = parse_file(docs.borderless_pdf(tmp_path)).to_dict()
    got = [{k: t[k] for k in w} for t, w in zip(plan["tasks"], wanted)]
    assert [t["id"] for t in plan["tasks"]] == [t["id"] for t in DISTRICT_TASKS]
    # one word of a wrapped task text may fall on the column next to it; most cells come out whole
    assert sum(g == w for g, w in zip(got, wanted)) >= len(wanted) - 2
    assert plan["tasks"][0]["title"] == DISTRICT_TASKS[0]["title"]


def test_unruled_table_in_smaller_print_than_the_text_above_it(tmp_path):
    """Columns are counted in the table's own print: words set at 9 pt under a 12 pt text stay in their
    columns instead of running into the next ("Văn phòng phục HĐND")."""
    tasks = {t["id"]: t for t in parse_file(docs.unruled_ward_pdf(tmp_path)).to_dict()["tasks"]}
    assert list(tasks) == [f"I.{n}" for n in range(1, 13)] + [f"II.{n}" for n in range(1, 13)]
    assert {tuple(t["lead"]) for t in tasks.values()} == {("Văn phòng HĐND và UBND phường",), ("Phòng Văn hóa - Xã hội",)}
    assert tasks["I.12"]["title"] == ("Công bố, niêm yết thủ tục hành chính nhóm 12 tại Trung tâm phục vụ "
                                      "hành chính công phường")
    assert tasks["II.2"]["deadline"] == deadline("period", "2026-02-28", "2026-02-01")


@pytest.mark.parametrize("make", [docs.tight_unruled_pdf, docs.centred_header_unruled_pdf,
                                  docs.bottom_header_unruled_pdf, docs.tall_label_unruled_pdf],
                         ids=["cells-nearly-touch", "header-centred-vertically", "header-at-the-bottom",
                              "one-label-taller"])
def test_unruled_table_read_by_its_columns(make, tmp_path):
    """A space is narrower than a letter and a cell's last word ends a few points before the next cell:
    every word stays in its own cell ("... trực tuyến và" | "Cổng dịch vụ công ..."). A header centred
    vertically or set at the bottom in narrow columns, its short labels between or under its wrapped
    ones, or one label starting lines above the others, still gives every column."""
    plan = parse_file(make(tmp_path)).to_dict()
    got = [(t["title"], t["outputs"], t["lead"], t["coordinating"], t["deadline_text"]) for t in plan["tasks"]]
    assert got == [(title, [item.lstrip("- ") for item in outputs.split("<br/>")], [lead], [coordinating], due)
                   for number, title, outputs, lead, coordinating, due in docs.TIGHT_ROWS if number.isdigit()]


# --- 17. The same table drawn with characters: bars between cells, dashes between rows ----------------

@pytest.mark.parametrize("style", sorted(docs.GRID_STYLES))
def test_table_drawn_with_characters(style, tmp_path):
    assert_plan(docs.grid_txt(tmp_path, style), STACKED_META, STACKED_TASKS)


@pytest.mark.parametrize("wrapped", [False, True], ids=["one-line", "wrapped"])
def test_table_with_bars_only_after_its_cells(wrapped, tmp_path):
    assert_plan(docs.bar_rows_txt(tmp_path, wrapped), STACKED_META, STACKED_TASKS)


# --- 18. A prose plan with its items' responsibilities on labelled lines, or in a sentence -----------

LABELLED_PROSE_TASKS = [
    {"id": "1.a", "area": "the_che", "title": "Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành",
     "lead": ["Sở Tư pháp"], "coordinating": ["Các sở, ban, ngành", "UBND cấp xã"],
     "outputs": ["Báo cáo kết quả rà soát"], "deadline_text": "Quý II/2025",
     "deadline": deadline("period", "2025-06-30", "2025-04-01")},
    {"id": "1.b", "lead": ["Sở Tư pháp"], "coordinating": [], "deadline_text": "Tháng 11/2025"},
    {"id": "2.1", "area": "thu_tuc_hanh_chinh", "lead": ["Văn phòng UBND tỉnh"], "deadline_kind": "continuous",
     "budget_million_vnd": None,
     "title": "Công bố danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của tỉnh"},
    {"id": "2.2", "lead": ["Sở Khoa học và Công nghệ"], "deadline_text": "", "outputs": [], "budget_million_vnd": 200},
    {"id": "3.a", "area": "to_chuc_bo_may", "title": "Rà soát chức năng, nhiệm vụ của các cơ quan chuyên môn",
     "lead": ["Sở Nội vụ"], "coordinating": ["Các sở, ban, ngành"], "deadline_text": "Trước ngày 30/9/2025",
     "deadline": deadline("date", "2025-09-30")},
    {"id": "3.b", "title": "Sắp xếp các đơn vị sự nghiệp công lập", "lead": ["Sở Nội vụ"],
     "coordinating": ["Sở Tài chính"], "deadline_text": "Trong Quý IV/2025"},
    {"id": "3.c", "title": "Kiện toàn tổ chức bộ máy cấp xã", "lead": ["UBND cấp xã"], "coordinating": [],
     "deadline_kind": "continuous"},
]


def test_prose_plan_with_responsibilities_on_labelled_lines_or_in_a_sentence(tmp_path):
    meta = {"province": "Quảng Trị", "title": "Kế hoạch cải cách hành chính năm 2025", "decision_number": "25/KH-UBND"}
    assert_plan(docs.labelled_prose_txt(tmp_path), meta, LABELLED_PROSE_TASKS)


# --- 19. A district prose plan with areas under capital letters ---------------------------------------

LETTERED_AREAS_TASKS = [
    {"id": "A.1", "area": "the_che", "area_heading": "CẢI CÁCH THỂ CHẾ", "lead": ["Phòng Tư pháp"],
     "title": "Rà soát văn bản quy phạm pháp luật do HĐND, UBND huyện ban hành", "deadline_text": "Trong Quý II/2025",
     "deadline": deadline("period", "2025-06-30", "2025-04-01")},
    {"id": "A.2", "area": "the_che", "lead": ["Phòng Tư pháp"], "deadline_kind": "period"},
    {"id": "B.1", "area": "thu_tuc_hanh_chinh", "lead": ["Văn phòng HĐND và UBND huyện"], "deadline_kind": "none"},
    {"id": "B.2", "area": "thu_tuc_hanh_chinh", "lead": ["UBND các xã, thị trấn"], "deadline_kind": "continuous",
     "title": "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính"},
    {"id": "C.1", "area": "hien_dai_hoa", "lead": ["Phòng Nội vụ"], "coordinating": ["Các cơ quan chuyên môn"],
     "deadline": deadline("date", "2025-11-30")},
]


def test_district_prose_plan_with_areas_under_capital_letters(tmp_path):
    meta = {"title": "Kế hoạch cải cách hành chính năm 2025", "issuer": "UBND huyện", "decision_number": "45/KH-UBND"}
    assert_plan(docs.lettered_areas_txt(tmp_path), meta, LETTERED_AREAS_TASKS)


# --- 20. A portal page whose table is a grid of <div>s ------------------------------------------------

def test_table_laid_out_with_divs_on_a_portal_page(tmp_path):
    assert_plan(docs.div_grid_html(tmp_path), STACKED_META, STACKED_TASKS)
