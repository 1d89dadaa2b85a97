"""Tasks of plans written as prose: what an item says of who does it and by when."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cchc.importer import parse_file
from cchc.importer.document import Line
from cchc.importer.structure.outline import outline
from cchc.importer.structure.prose import prose_tasks

HEAD = "UBND TỈNH LÀO CAI\nSố: 7/KH-UBND\nKẾ HOẠCH\nCải cách hành chính năm 2025\nII. NHIỆM VỤ\n1. Cải cách thể chế\n"


def tasks(tmp_path, items: str) -> dict[str, dict]:
    path = tmp_path / "ke-hoach.txt"
    path.write_text(HEAD + items, encoding="utf-8")
    return {t["id"]: t for t in parse_file(path).to_dict()["tasks"]}


def test_labels_after_an_items_other_details_are_still_its_own(tmp_path):
    got = tasks(tmp_path, "a) Kiểm tra văn bản quy phạm pháp luật.\n"
                          "- Nội dung: kiểm tra các văn bản do cấp xã ban hành.\n"
                          "- Cơ quan chủ trì: Sở Tư pháp.\n"
                          "- Thời gian thực hiện: Quý III/2025.\n"
                          "b) Tập huấn công tác xây dựng văn bản.\n"
                          "2. Cải cách thủ tục hành chính\n"
                          "- Công bố thủ tục hành chính.\n"
                          "+ Nội dung: công bố danh mục thủ tục mới.\n"
                          "+ Cơ quan chủ trì: Văn phòng UBND tỉnh.\n"
                          "- Số hóa hồ sơ.\n")
    assert list(got) == ["1.a", "1.b", "2.1", "2.2"]   # labels and details are no items
    assert (got["1.a"]["lead"], got["1.a"]["deadline_text"]) == (["Sở Tư pháp"], "Quý III/2025")
    assert (got["1.b"]["lead"], got["1.b"]["deadline_text"]) == ([], "")   # the next item's labels stay there
    assert got["2.1"]["lead"] == ["Văn phòng UBND tỉnh"]
    assert got["2.2"]["lead"] == []


def test_the_agency_that_carries_it_out_is_the_lead(tmp_path):
    got = tasks(tmp_path, "a) Rà soát văn bản. Cơ quan thực hiện: Sở Tư pháp; thời gian: Quý II/2025.\n"
                          "b) Kiểm tra văn bản.\n- Đơn vị thực hiện: Sở Tư pháp, UBND cấp xã.\n")
    assert got["1.a"]["lead"] == ["Sở Tư pháp"]
    assert got["1.b"]["lead"] == ["Sở Tư pháp", "UBND cấp xã"]


def test_labels_that_name_several_kinds_of_unit(tmp_path):
    """"Cơ quan, đơn vị chủ trì:", a hospital's "Khoa, phòng phối hợp:", a department's "Bộ phận chủ trì:"."""
    got = tasks(tmp_path, "a) Rà soát văn bản.\n- Cơ quan, đơn vị chủ trì: Sở Tư pháp.\n"
                          "- Cơ quan, đơn vị phối hợp: Các sở, ban, ngành.\n"
                          "b) Cải tiến quy trình khám bệnh.\n- Khoa, phòng chủ trì: Phòng Kế hoạch.\n"
                          "- Khoa, phòng phối hợp: Khoa Khám bệnh.\n"
                          "c) Kiểm tra văn bản. Bộ phận chủ trì: Văn phòng Sở; thời gian: Quý II/2025.\n")
    assert [(got[k]["lead"], got[k]["coordinating"]) for k in ("1.a", "1.b", "1.c")] == [
        (["Sở Tư pháp"], ["Các sở, ban, ngành"]), (["Phòng Kế hoạch"], ["Khoa Khám bệnh"]), (["Văn phòng Sở"], [])]
    assert got["1.c"]["deadline_text"] == "Quý II/2025"


def test_words_that_only_look_like_a_responsibility_or_a_time(tmp_path):
    got = tasks(tmp_path, "a) Phòng, chống tham nhũng trong giải quyết thủ tục hành chính; tổ chức thực hiện trong "
                          "các trường hợp sau.\n"
                          "b) Rà soát quy trình nội bộ, giao đơn vị chủ trì thực hiện.\n")
    assert (got["1.a"]["lead"], got["1.a"]["deadline"]["kind"]) == ([], "none")
    assert got["1.b"]["lead"] == []   # "đơn vị" names no agency


def test_a_budget_with_its_unit(tmp_path):
    got = tasks(tmp_path, "a) Rà soát văn bản. Cơ quan chủ trì: Sở Tư pháp; kinh phí: 50 triệu đồng.\n"
                          "b) Kiểm tra văn bản.\n- Kinh phí thực hiện: 1.500.000.000 đồng.\n"
                          "c) Tập huấn.\n- Kinh phí: Từ nguồn ngân sách tỉnh.\n"
                          "d) Tuyên truyền.\n- Dự toán kinh phí: 120.000.000.\n")
    assert [got[k]["budget_million_vnd"] for k in ("1.a", "1.b", "1.c", "1.d")] == [50, 1500, None, None]


def test_words_bullet_glyphs_mark_items_and_labels(tmp_path):
    """Text copied from Word keeps its bullet glyphs, some from the Symbol font (U+F0B7)."""
    got = tasks(tmp_path, "\u25aa Rà soát văn bản quy phạm pháp luật.\n"
                          "\uf0b7 Cơ quan chủ trì: Sở Tư pháp.\n"
                          "\u27a2Thời gian hoàn thành: Quý II/2025.\n"
                          "\u25aa Kiểm tra văn bản.\n")
    assert list(got) == ["1.1", "1.2"]
    assert (got["1.1"]["lead"], got["1.1"]["deadline_text"]) == (["Sở Tư pháp"], "Quý II/2025")


def plan(tmp_path, body: str) -> dict:
    path = tmp_path / "ke-hoach.txt"
    path.write_text("UBND TỈNH NGHỆ AN\nSố: 12/KH-UBND\nKẾ HOẠCH\nTuyên truyền cải cách hành chính năm 2025\n" + body,
                    encoding="utf-8")
    return parse_file(path).to_dict()


def test_a_thematic_plans_items_are_its_tasks_in_the_area_their_titles_name(tmp_path):
    """No heading of the task part names a reform area: its numbered items are the tasks (item 1 names one,
    but has no items under it)."""
    got = plan(tmp_path, "I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức.\n"
                         "II. NỘI DUNG TRỌNG TÂM\n"
                         "1. Công khai các thủ tục hành chính trên Cổng thông tin điện tử tỉnh. "
                         "Sở Nội vụ chủ trì, hoàn thành trước ngày 30/6/2025.\n"
                         "2. Tổ chức hội thi tìm hiểu về cải cách hành chính.\n"
                         "III. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ theo dõi, đôn đốc.\n")["tasks"]
    assert [(t["id"], t["area"], t["group"]) for t in got] == [("1", "thu_tuc_hanh_chinh", None),
                                                              ("2", "chi_dao_dieu_hanh", None)]
    assert got[0]["title"] == "Công khai các thủ tục hành chính trên Cổng thông tin điện tử tỉnh"
    assert (got[0]["lead"], got[0]["deadline"]["end"]) == (["Sở Nội vụ"], "2025-06-30")
    assert got[1]["area_heading"] == "NỘI DUNG TRỌNG TÂM"


def test_a_thematic_plans_short_headings_group_their_items(tmp_path):
    got = plan(tmp_path, "II. NHIỆM VỤ\n1. Công tác thông tin\na) Đăng tin bài trên báo Nghệ An.\n"
                         "b) Phát sóng chuyên mục trên Đài Phát thanh và Truyền hình tỉnh.\n"
                         "2. Công tác thi đua\na) Phát động phong trào thi đua.\n")["tasks"]
    assert [(t["id"], t["group"]) for t in got] == [("1.a", "Công tác thông tin"), ("1.b", "Công tác thông tin"),
                                                    ("2.a", "Công tác thi đua")]


def test_numbers_alone_on_their_lines_number_the_next_line(tmp_path):
    """Legal databases' text copies set a list's numbers on lines of their own."""
    got = plan(tmp_path, "II.\nNHIỆM VỤ\n1.\nCải cách thể chế\na)\nRà soát văn bản quy phạm pháp luật.\n"
                         "2.\nCải cách thủ tục hành chính\na)\nCông bố thủ tục hành chính, trình\n"
                         "2.\nkhi có quyết định.\n")["tasks"]   # "2." before a line in lower case is a page number
    assert [(t["id"], t["area"]) for t in got] == [("1.a", "the_che"), ("2.a", "thu_tuc_hanh_chinh")]
    assert got[1]["title"].startswith("Công bố thủ tục hành chính, trình")


def test_a_part_heading_cut_after_a_word_goes_on_in_capitals(tmp_path):
    """Legal databases' text copies wrap the first line of each paragraph short: "III. NỘI" / "DUNG, HÌNH THỨC"."""
    got = plan(tmp_path, "II. MỤC\nTIÊU\n1. Mục\ntiêu tổng quát\n- Nâng cao nhận thức.\nIII. NỘI\nDUNG, HÌNH THỨC\n"
                         "1. Nội dung\n- Tuyên truyền, giáo dục, nâng cao nhận\nthức của cán bộ về giảm nghèo.\n"
                         "- Truyền thông về các tấm gương điển hình.\nIV. TỔ CHỨC\nTHỰC HIỆN\n1. Sở Tài chính\n"
                         "- Bố trí kinh phí thực hiện.\n")["tasks"]
    assert [t["title"] for t in got] == ["Tuyên truyền, giáo dục, nâng cao nhận thức của cán bộ về giảm nghèo",
                                         "Truyền thông về các tấm gương điển hình"]


def test_an_area_written_as_plain_paragraphs_is_one_task(tmp_path):
    got = plan(tmp_path, "II. NHIỆM VỤ TRỌNG TÂM\n1. Cải cách thể chế\nTiếp tục rà soát, hệ thống hóa văn bản quy "
                         "phạm pháp luật của huyện. Phòng Tư pháp chủ trì thực hiện.\n"
                         "2. Cải cách thủ tục hành chính\na) Công khai thủ tục hành chính.\n"
                         "3. Tổ chức hội thi\nMột nội dung không phải lĩnh vực cải cách.\n")["tasks"]
    assert [(t["id"], t["area"], t["title"]) for t in got] == [
        ("1.1", "the_che", "Tiếp tục rà soát, hệ thống hóa văn bản quy phạm pháp luật của huyện"),
        ("2.a", "thu_tuc_hanh_chinh", "Công khai thủ tục hành chính")]
    assert got[0]["lead"] == ["Phòng Tư pháp"]


def test_an_area_written_as_a_plain_paragraph_takes_its_labelled_lines(tmp_path):
    got = plan(tmp_path, "II. NHIỆM VỤ\n1. Cải cách tổ chức bộ máy\nRà soát chức năng, nhiệm vụ của các phòng "
                         "chuyên môn thuộc UBND huyện.\n- Đơn vị chủ trì: Phòng Nội vụ.\n- Đơn vị phối hợp: Các phòng "
                         "chuyên môn.\n- Thời gian hoàn thành: Quý II/2021.\n2. Cải cách thể chế\nRà soát văn bản.\n"
                         "Thời gian thực hiện: Thường xuyên\n")["tasks"]
    assert [(t["id"], t["title"], t["lead"], t["coordinating"], t["deadline_text"]) for t in got] == [
        ("1.1", "Rà soát chức năng, nhiệm vụ của các phòng chuyên môn thuộc UBND huyện", ["Phòng Nội vụ"],
         ["Các phòng chuyên môn"], "Quý II/2021"),
        ("2.1", "Rà soát văn bản", [], [], "Thường xuyên")]


def test_an_item_opening_with_ban_hanh_names_no_board(tmp_path):
    """"Ban" opens an agency's name ("Ban Quản lý ..."), "Ban hành" a task."""
    got = tasks(tmp_path, "a) Ban hành quy chế quản lý, chia sẻ dữ liệu số trong hoạt động xây dựng.\n"
                          "b) Ban Quản lý các khu công nghiệp triển khai nền tảng số.\n")
    assert [t["lead"] for t in got.values()] == [[], ["Ban Quản lý các khu công nghiệp"]]


def test_numbered_items_whose_one_has_lettered_details(tmp_path):
    """Letters under one "1.2." are its details; where "1.1." only heads letters, the letters are the items."""
    got = tasks(tmp_path, "1.1. Rà soát thủ tục hành chính nội bộ (Văn phòng UBND tỉnh chủ trì; thời gian: Quý II/2025).\n"
                          "1.2. Thực hiện cơ chế một cửa, một cửa liên thông, trong đó:\n"
                          "a) Niêm yết công khai thủ tục hành chính.\nb) Xin lỗi người dân khi trễ hẹn.\n"
                          "1.3. Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính.\n"
                          "2. Cải cách thủ tục hành chính\n2.1. Kiểm soát thủ tục\na) Rà soát quy định.\n"
                          "b) Công bố danh mục.\n")
    assert [(k, t["title"]) for k, t in got.items()] == [
        ("1.1", "Rà soát thủ tục hành chính nội bộ"), ("1.2", "Thực hiện cơ chế một cửa, một cửa liên thông"),
        ("1.3", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính"),
        ("2.a", "Rà soát quy định"), ("2.b", "Công bố danh mục")]
    assert (got["1.1"]["lead"], got["1.1"]["deadline_text"]) == (["Văn phòng UBND tỉnh"], "Quý II/2025")


def test_lettered_areas_under_the_specific_tasks(tmp_path):
    got = plan(tmp_path, "II. NHIỆM VỤ\n1. Nhiệm vụ chung\nTiếp tục triển khai các nội dung cải cách hành chính.\n"
                         "2. Nhiệm vụ cụ thể\na) Cải cách thể chế\n- Rà soát văn bản quy phạm pháp luật.\n"
                         "- Kiểm tra văn bản do cấp xã ban hành.\nb) Cải cách thủ tục hành chính\n"
                         "- Niêm yết công khai thủ tục hành chính.\n")["tasks"]
    assert [(t["id"], t["area"]) for t in got] == [("2.a.1", "the_che"), ("2.a.2", "the_che"),
                                                   ("2.b.1", "thu_tuc_hanh_chinh")]


def test_label_lines_without_a_bullet(tmp_path):
    got = tasks(tmp_path, "- Tiếp nhận, xử lý phản ánh, kiến nghị về quy định hành chính\n"
                          "Đơn vị thực hiện: Văn phòng HĐND và UBND xã; Phòng Kinh tế\n"
                          "Thời gian hoàn thành: Quý II/2026\n"
                          "- Công khai thủ tục hành chính tại Bộ phận Một cửa\n"
                          "Cơ quan chủ trì: Văn phòng UBND xã; thời gian hoàn thành: Thường xuyên\n"
                          "- Kiểm tra văn bản quy phạm pháp luật\nCơ quan chủ trì:\nPhòng Tư pháp.\n")
    assert [(t["title"], t["lead"], t["deadline_text"]) for t in got.values()] == [
        ("Tiếp nhận, xử lý phản ánh, kiến nghị về quy định hành chính", ["Văn phòng HĐND và UBND xã", "Phòng Kinh tế"],
         "Quý II/2026"),
        ("Công khai thủ tục hành chính tại Bộ phận Một cửa", ["Văn phòng UBND xã"], "Thường xuyên"),
        ("Kiểm tra văn bản quy phạm pháp luật", ["Phòng Tư pháp"], "")]   # a label wrapped before its value


def test_a_bullet_with_two_labels_on_one_line(tmp_path):
    got = tasks(tmp_path, "a) Rà soát, sắp xếp tổ chức bộ máy các cơ quan, đơn vị.\n"
                          "- Cơ quan chủ trì: Sở Nội vụ; cơ quan phối hợp: Các sở, ban, ngành.\n"
                          "b) Xây dựng Nền tảng tích hợp, chia sẻ dữ liệu của tỉnh.\n"
                          "- Cơ quan chủ trì: Sở Khoa học và Công nghệ; thời gian hoàn thành: Trong năm 2026.\n")
    assert [(t["lead"], t["coordinating"], t["deadline_text"]) for t in got.values()] == [
        (["Sở Nội vụ"], ["Các sở, ban, ngành"], ""), (["Sở Khoa học và Công nghệ"], [], "Trong năm 2026")]


def test_a_run_in_label_naming_a_reform_area_is_the_items_area_not_its_title(tmp_path):
    got = tasks(tmp_path, "a) Cải cách thủ tục hành chính: Rà soát, đơn giản hóa thủ tục hành chính nội bộ "
                          "(Văn phòng UBND tỉnh chủ trì, hoàn thành trong Quý III/2026).\n"
                          "b) Chính quyền số: Triển khai ký số trên thiết bị di động cho cán bộ, công chức "
                          "(Sở Khoa học và Công nghệ chủ trì, thực hiện thường xuyên).\n")
    assert [(t["title"], t["area"]) for t in got.values()] == [
        ("Rà soát, đơn giản hóa thủ tục hành chính nội bộ", "thu_tuc_hanh_chinh"),
        ("Triển khai ký số trên thiết bị di động cho cán bộ, công chức", "hien_dai_hoa")]


def test_a_full_stop_after_an_abbreviation_ends_no_sentence(tmp_path):
    got = tasks(tmp_path, "a) Công khai thủ tục hành chính tại UBND TP. Đà Lạt và TX. Buôn Hồ (Văn phòng UBND tỉnh "
                          "chủ trì). Tổng hợp kết quả.\n")
    assert got["1.a"]["title"] == "Công khai thủ tục hành chính tại UBND TP. Đà Lạt và TX. Buôn Hồ"


def test_a_thematic_plans_long_group_headings_still_group(tmp_path):
    got = plan(tmp_path, "II. NHIỆM VỤ\n1. Đối với Chỉ số hài lòng về sự phục vụ hành chính của các cơ quan "
                         "nhà nước (SIPAS)\na) Khảo sát ý kiến người dân.\n2. Đối với Chỉ số PAPI\n"
                         "a) Phổ biến kết quả Chỉ số PAPI.\n")["tasks"]
    assert [t["id"] for t in got] == ["1.a", "2.a"]


def test_a_thousands_figure_at_a_lines_start_numbers_nothing(tmp_path):
    got = tasks(tmp_path, "a) Huy động vốn ngoài ngân sách (khoảng\n12.173 tỷ đồng) cho các dự án.\n")
    assert [(k, t["title"]) for k, t in got.items()] == [
        ("1.a", "Huy động vốn ngoài ngân sách (khoảng 12.173 tỷ đồng) cho các dự án")]


def test_who_and_when_in_a_closing_parenthesis(tmp_path):
    got = tasks(tmp_path, "a) Theo dõi thi hành pháp luật trên địa bàn (Phòng Tư pháp thực hiện).\n"
                          "b) Kiểm tra văn bản do cấp xã ban hành (Phòng Tư pháp tham mưu; thời gian: tháng 10/2025).\n"
                          "c) Tiếp nhận phản ánh, kiến nghị (Văn phòng HĐND và UBND huyện; thường xuyên).\n"
                          "d) Rà soát văn bản (Phòng Tư pháp chủ trì, các cơ quan chuyên môn phối hợp; Quý II/2025).\n"
                          "đ) Thực hiện tốt cơ chế một cửa (theo Quyết định số 12/QĐ-UBND).\n")
    assert [(t["title"], t["lead"], t["coordinating"], t["deadline"]["kind"]) for t in got.values()] == [
        ("Theo dõi thi hành pháp luật trên địa bàn", ["Phòng Tư pháp"], [], "none"),
        ("Kiểm tra văn bản do cấp xã ban hành", ["Phòng Tư pháp"], [], "period"),
        ("Tiếp nhận phản ánh, kiến nghị", ["Văn phòng HĐND và UBND huyện"], [], "continuous"),
        ("Rà soát văn bản", ["Phòng Tư pháp"], ["Các cơ quan chuyên môn"], "period"),
        ("Thực hiện tốt cơ chế một cửa (theo Quyết định số 12/QĐ-UBND)", [], [], "none")]   # names nobody


def test_a_closing_parenthesis_with_empty_parts(tmp_path):
    got = tasks(tmp_path, "a) Rà soát văn bản (Phòng Tư pháp chủ trì; ).\nb) Kiểm tra (; Quý II).\n")
    assert [(t["title"], t["lead"]) for t in got.values()] == [("Rà soát văn bản", ["Phòng Tư pháp"]),
                                                              ("Kiểm tra (; Quý II)", [])]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="();:, .Phòng Tưpháchủtrìthờigian:QuýII/2025thựchiện", max_size=60))
def test_any_closing_parenthesis_never_crashes(note):
    """The item's closing note is read part by part: any text there gives the task, never an error."""
    lines = [Line(text, i) for i, text in enumerate(["II. NHIỆM VỤ", "1. Cải cách thể chế",
                                                     f"a) Rà soát văn bản ({note})"], start=1)]
    [task] = prose_tasks(outline(lines), 2025, annual=True)
    assert task.id == "1.a" and task.title.startswith("Rà soát văn bản")


def test_a_task_opening_with_theo_dõi_is_no_lead_in_to_the_next_sentence(tmp_path):
    got = tasks(tmp_path, "a) Theo dõi thi hành pháp luật. Cơ quan chủ trì: Sở Tư pháp.\n")
    assert (got["1.a"]["title"], got["1.a"]["lead"]) == ("Theo dõi thi hành pháp luật", ["Sở Tư pháp"])


def test_a_closing_parenthesis_that_assigns_with_giao(tmp_path):
    got = tasks(tmp_path, "- Chấn chỉnh kỷ luật hành chính của công chức cấp xã (Giao Phòng Nội vụ chủ trì, "
                          "UBND các xã phối hợp; hoàn thành Quý III/2025).\n")
    assert (got["1.1"]["lead"], got["1.1"]["coordinating"]) == (["Phòng Nội vụ"], ["UBND các xã"])


def test_a_cycle_in_the_responsibility_sentence_is_the_deadline(tmp_path):
    got = tasks(tmp_path, "a) Đánh giá công chức trên phần mềm. Sở Nội vụ chủ trì, phối hợp với Sở Khoa học "
                          "và Công nghệ thực hiện hằng tháng.\n")
    assert got["1.a"]["deadline"] == {"kind": "recurring", "start": None, "end": None, "every": "month"}


def test_the_report_an_item_ends_with_gives_its_deadline(tmp_path):
    """Prose plans give a due date as the report to the province: "báo cáo UBND tỉnh trước ngày ..."."""
    got = tasks(tmp_path, "a) Đánh giá mô hình tổ chức. Giao Sở Nội vụ chủ trì, báo cáo UBND tỉnh trong tháng 9/2025.\n"
                          "b) Tổng kết cơ chế tự chủ. Giao Sở Tài chính chủ trì, báo cáo UBND tỉnh trước ngày 15/10/2025.\n"
                          "c) Duy trì hệ thống ISO. Giao Sở Khoa học và Công nghệ chủ trì thực hiện, định kỳ 6 tháng "
                          "báo cáo UBND tỉnh.\n"
                          "d) Xây dựng báo cáo cải cách hành chính. Giao Sở Nội vụ chủ trì tổng hợp; các sở, ngành gửi "
                          "báo cáo về Sở Nội vụ trước ngày 10 của tháng cuối quý.\n"
                          "e) Báo cáo UBND tỉnh về kết quả kiểm tra. Giao Sở Nội vụ chủ trì.\n")
    assert [(t["deadline"]["kind"], t["deadline"]["end"]) for t in got.values()] == [
        ("period", "2025-09-30"), ("date", "2025-10-15"), ("recurring", None), ("recurring", None), ("none", None)]
    assert got["1.c"]["deadline"]["every"] == "half_year"


def test_a_product_named_in_a_clause_is_the_output_and_leaves_the_title(tmp_path):
    got = tasks(tmp_path, "a) Theo dõi thi hành pháp luật. Giao Sở Tư pháp chủ trì thực hiện thường xuyên; sản phẩm là "
                          "báo cáo UBND tỉnh trước ngày 30/11/2025.\n"
                          "b) Rà soát văn bản quy phạm pháp luật; sản phẩm gồm danh mục văn bản hết hiệu lực.\n"
                          "c) Đánh giá sản phẩm là kết quả của đề tài khoa học.\n")
    assert [(t["title"], t["outputs"]) for t in got.values()] == [
        ("Theo dõi thi hành pháp luật", ["Báo cáo UBND tỉnh"]),
        ("Rà soát văn bản quy phạm pháp luật", ["Danh mục văn bản hết hiệu lực"]),
        ("Đánh giá sản phẩm là kết quả của đề tài khoa học", [])]


def test_standing_work_whose_named_product_has_a_date_gets_both_as_milestones(tmp_path):
    got = tasks(tmp_path, "a) Theo dõi thi hành pháp luật. Giao Sở Tư pháp chủ trì thực hiện thường xuyên; sản phẩm là "
                          "báo cáo UBND tỉnh trước ngày 30/11/2025.\n"
                          "b) Rà soát văn bản. Giao Sở Tư pháp chủ trì, hoàn thành trước ngày 30/6/2025; sản phẩm là "
                          "báo cáo UBND tỉnh trước ngày 30/6/2025.\n")
    first, second = got.values()
    assert first["deadline"]["kind"] == "multi"
    assert [m["end"] for m in first["deadline"]["milestones"]] == ["2025-12-31", "2025-11-30"]
    assert second["deadline"] == {"kind": "date", "start": None, "end": "2025-06-30"}


def test_agencies_opening_the_clause_after_the_lead_coordinate(tmp_path):
    got = tasks(tmp_path, "a) Xây dựng Đề án vị trí việc làm. Giao Sở Nội vụ chủ trì hướng dẫn; các sở, ban, ngành, "
                          "UBND các huyện xây dựng Đề án, hoàn thành trước ngày 31/8/2025.\n"
                          "b) Xây dựng báo cáo định kỳ. Giao Sở Nội vụ chủ trì tổng hợp; Phòng Nội vụ các huyện gửi báo "
                          "cáo về Sở Nội vụ trước ngày 10 của tháng cuối quý.\n"
                          "c) Rà soát thủ tục hành chính. Giao Sở Tư pháp chủ trì; thời gian thực hiện: Quý II/2025.\n")
    assert [(t["lead"], t["coordinating"]) for t in got.values()] == [
        (["Sở Nội vụ"], ["Các sở, ban, ngành", "UBND các huyện"]),
        (["Sở Nội vụ"], ["Phòng Nội vụ các huyện"]),
        (["Sở Tư pháp"], [])]


def test_items_lettered_anew_under_unnumbered_subheadings_keep_ids_of_their_own(tmp_path):
    got = tasks(tmp_path, "Tiêu chí thành phần 1.1: Kế hoạch cải cách hành chính\n"
                          "a) Ban hành Kế hoạch cải cách hành chính năm 2025 (Văn phòng Sở chủ trì).\n"
                          "Tiêu chí thành phần 1.2: Báo cáo cải cách hành chính\n"
                          "a) Xây dựng báo cáo cải cách hành chính (Văn phòng Sở chủ trì).\n")
    assert list(got) == ["1.a", "1.a-2"]


def test_a_label_after_a_semicolon_closes_the_title(tmp_path):
    got = tasks(tmp_path, "a) Rà soát văn bản quy phạm pháp luật; thời gian thực hiện: Quý III/2025.\n"
                          "b) Kiểm tra văn bản quy phạm pháp luật; cơ quan chủ trì: Sở Tư pháp.\n")
    assert [(t["title"], t["lead"], t["deadline_text"]) for t in got.values()] == [
        ("Rà soát văn bản quy phạm pháp luật", [], "Quý III/2025"),
        ("Kiểm tra văn bản quy phạm pháp luật", ["Sở Tư pháp"], "")]


def test_a_time_closing_the_title_is_its_deadline_not_its_name(tmp_path):
    got = tasks(tmp_path, "a) Sở Tư pháp chủ trì rà soát văn bản, hoàn thành trước ngày 15/3/2025.\n"
                          "b) Sở Tư pháp chủ trì kiểm tra văn bản, định kỳ hằng quý.\n"
                          "c) Sở Tư pháp chủ trì theo dõi thi hành pháp luật, trước hết ở cấp xã.\n"
                          "d) Sở Tư pháp chủ trì tuyên truyền pháp luật; hoàn thành trong Quý I/2025.\n"
                          "e) Sở Tư pháp chủ trì hướng dẫn nghiệp vụ; thực hiện thường xuyên.\n")
    assert [(t["title"], t["deadline"]["kind"]) for t in got.values()] == [
        ("Sở Tư pháp chủ trì rà soát văn bản", "date"), ("Sở Tư pháp chủ trì kiểm tra văn bản", "recurring"),
        ("Sở Tư pháp chủ trì theo dõi thi hành pháp luật, trước hết ở cấp xã", "none"),
        ("Sở Tư pháp chủ trì tuyên truyền pháp luật", "period"),
        ("Sở Tư pháp chủ trì hướng dẫn nghiệp vụ", "continuous")]


def test_a_lettered_part_ends_at_the_next_letters_implementation_part(tmp_path):
    """"B. NHIỆM VỤ" runs up to "C. TỔ CHỨC THỰC HIỆN", whose numbered duties are no tasks."""
    got = plan(tmp_path, "A. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nĐẩy mạnh cải cách hành chính.\n"
                         "B. NHIỆM VỤ\nI. CẢI CÁCH THỂ CHẾ\n1. Rà soát văn bản quy phạm pháp luật.\n"
                         "II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH\n1. Công khai thủ tục hành chính.\n"
                         "C. TỔ CHỨC THỰC HIỆN\n1. Các sở, ban, ngành xây dựng kế hoạch của đơn vị.\n"
                         "2. Sở Nội vụ theo dõi, đôn đốc.\n")["tasks"]
    assert [(t["id"], t["area"]) for t in got] == [("I.1", "the_che"), ("II.1", "thu_tuc_hanh_chinh")]


def test_parenthesised_numbers_under_numbered_areas_are_its_items(tmp_path):
    got = plan(tmp_path, "II. NHIỆM VỤ\n1. Cải cách thể chế\n"
                         "1) Rà soát văn bản quy phạm pháp luật; Phòng Tư pháp chủ trì.\n"
                         "2) Kiểm tra việc thực hiện văn bản tại các xã.\n"
                         "2. Cải cách thủ tục hành chính\n1) Niêm yết công khai thủ tục hành chính.\n")["tasks"]
    assert [(t["id"], t["area"]) for t in got] == [("1.1", "the_che"), ("1.2", "the_che"),
                                                  ("2.1", "thu_tuc_hanh_chinh")]
    assert got[0]["lead"] == ["Phòng Tư pháp"]


def test_parenthesised_numbers_that_open_a_part_are_its_numbers(tmp_path):
    got = plan(tmp_path, "I. MỤC ĐÍCH\n1. Nâng cao nhận thức.\nII. NHIỆM VỤ\n1) Cải cách thể chế\n"
                         "a) Rà soát văn bản quy phạm pháp luật.\n2) Cải cách thủ tục hành chính\n"
                         "a) Niêm yết công khai thủ tục hành chính.\n")["tasks"]
    assert [(t["id"], t["area"]) for t in got] == [("1.a", "the_che"), ("2.a", "thu_tuc_hanh_chinh")]


def test_one_label_naming_both_roles_gives_the_lead_and_the_coordinating_agencies(tmp_path):
    """"Cơ quan thực hiện: X chủ trì, phối hợp với Y" (2010s prose plans): Y coordinates, it does not lead."""
    got = tasks(tmp_path, "a) Kiểm tra văn bản quy phạm pháp luật.\n"
                          "Cơ quan thực hiện: Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ; thời gian hoàn thành: Quý II.\n"
                          "b) Triển khai cơ chế một cửa liên thông đăng ký kinh doanh.\n"
                          "Cơ quan thực hiện: Sở Kế hoạch và Đầu tư chủ trì, Cục Thuế tỉnh và Công an tỉnh phối hợp.\n")
    assert (got["1.a"]["lead"], got["1.a"]["coordinating"], got["1.a"]["deadline_text"]) == (
        ["Sở Tư pháp"], ["Sở Nội vụ"], "Quý II")
    assert (got["1.b"]["lead"], got["1.b"]["coordinating"]) == (["Sở Kế hoạch và Đầu tư"], ["Cục Thuế tỉnh", "Công an tỉnh"])


def test_symbols_a_web_page_or_chat_post_sets_before_the_items_and_labels(tmp_path):
    """"➢ 1.1." and "👉 1.2." are items 1.1 and 1.2; "🔹 Cơ quan chủ trì:" is a label line like "- Cơ quan chủ trì:"."""
    got = tasks(tmp_path, "➢ 1.1. Rà soát văn bản quy phạm pháp luật.\n"
                          "🔹 Cơ quan chủ trì: Sở Tư pháp.\n"
                          "🔹 Kết quả/sản phẩm: Báo cáo rà soát.\n"
                          "👉 1.2. Kiểm tra văn bản do cấp xã ban hành.\n"
                          "✅\ufe0f Cơ quan chủ trì: Sở Tư pháp.\n"
                          "- Sản phẩm/kết quả: Kết luận kiểm tra.\n"
                          "1.3. Tập huấn công tác xây dựng văn bản.\n")
    assert [(i, t["title"], t["lead"], t["outputs"]) for i, t in got.items()] == [
        ("1.1", "Rà soát văn bản quy phạm pháp luật", ["Sở Tư pháp"], ["Báo cáo rà soát"]),
        ("1.2", "Kiểm tra văn bản do cấp xã ban hành", ["Sở Tư pháp"], ["Kết luận kiểm tra"]),
        ("1.3", "Tập huấn công tác xây dựng văn bản", [], [])]


def test_posts_desks_inspectorates_and_collectives_that_open_the_sentence_lead(tmp_path):
    """Commune and department plans give work to posts and units, not only to departments."""
    got = tasks(tmp_path, "a) Rà soát văn bản. Công chức Tư pháp - Hộ tịch thực hiện thường xuyên.\n"
                          "b) Rà soát văn bản. Giao công chức Văn phòng - Thống kê chủ trì thực hiện.\n"
                          "c) Niêm yết thủ tục. Bộ phận tiếp nhận và trả kết quả thực hiện.\n"
                          "d) Kiểm tra công vụ. Thanh tra Sở thực hiện định kỳ hằng quý.\n"
                          "e) Đánh giá cán bộ. Các phòng, đơn vị thuộc Sở thực hiện.\n"
                          "g) Tự chủ tài chính. Phòng Tài chính - Kế hoạch hướng dẫn, kiểm tra thường xuyên.\n"
                          "h) Sử dụng hộp thư công vụ. Cán bộ, công chức xã thực hiện thường xuyên.\n"
                          "i) Thực hiện nghiêm kỷ luật. Cán bộ, công chức thực hiện thường xuyên.\n")
    assert [t["lead"] for t in got.values()] == [
        ["Công chức Tư pháp - Hộ tịch"], ["Công chức Văn phòng - Thống kê"], ["Bộ phận tiếp nhận và trả kết quả"],
        ["Thanh tra Sở"], ["Các phòng, đơn vị thuộc Sở"], ["Phòng Tài chính - Kế hoạch"], ["Cán bộ, công chức xã"],
        []]   # officials in general are whom the rule binds, no unit that leads
    assert got["1.g"]["deadline"]["kind"] == "continuous"


def test_a_window_a_submission_and_a_report_to_any_department_give_the_deadline(tmp_path):
    got = tasks(tmp_path, "a) Rà soát văn bản. Phòng Tư pháp chủ trì thực hiện từ Quý II/2025.\n"
                          "b) Rà soát văn bản. Phòng Tư pháp chủ trì thực hiện từ tháng 3 đến tháng 6/2025.\n"
                          "c) Xây dựng Kế hoạch năm 2026, trình UBND tỉnh trước ngày 15/12/2025. Giao Sở Nội vụ chủ trì.\n"
                          "d) Theo dõi thi hành pháp luật; báo cáo kết quả về Sở Tư pháp trước ngày 30/11/2025.\n"
                          "e) Theo dõi thi hành pháp luật, báo cáo UBND tỉnh (qua Sở Tư pháp) trước ngày 30/11/2025.\n"
                          "g) Báo cáo kết quả gửi Sở Nội vụ trước ngày 20 của tháng cuối quý. Văn phòng Sở thực hiện.\n"
                          "h) Lấy ý kiến sự hài lòng của người dân, định kỳ 6 tháng một lần. Giao Sở Nội vụ thực hiện.\n"
                          "i) Triển khai phần mềm quản lý văn bản, hoàn thành trong Quý IV/2025.\n")
    assert [(t["deadline"]["kind"], t["deadline"]["end"]) for t in got.values()] == [
        ("period", "2025-12-31"), ("period", "2025-06-30"), ("date", "2025-12-15"), ("date", "2025-11-30"),
        ("date", "2025-11-30"), ("recurring", None), ("recurring", None), ("period", "2025-12-31")]
    # the time leaves the title; the report and its addressee stay
    assert got["1.e"]["title"] == "Theo dõi thi hành pháp luật, báo cáo UBND tỉnh (qua Sở Tư pháp)"
    assert got["1.g"]["title"] == "Báo cáo kết quả gửi Sở Nội vụ"
    assert got["1.h"]["title"] == "Lấy ý kiến sự hài lòng của người dân"
    assert got["1.i"]["title"] == "Triển khai phần mềm quản lý văn bản"


def test_a_time_of_two_milestones_in_a_sentence_is_the_deadline_whole(tmp_path):
    got = tasks(tmp_path, "a) Tổ chức hội nghị đối thoại. Giao Văn phòng UBND xã thực hiện, hoàn thành trong Quý II và "
                          "Quý IV/2026.\n"
                          "b) Tổ chức hội nghị đối thoại. Giao Văn phòng UBND xã thực hiện, hoàn thành trong tháng 6, "
                          "tháng 12/2026.\n"
                          "c) Kiểm tra công vụ. Giao Phòng Nội vụ thực hiện trong Quý III và báo cáo UBND xã.\n")
    assert [(t["deadline"]["kind"], t["deadline"]["end"]) for t in got.values()] == [
        ("multi", "2026-12-31"), ("multi", "2026-12-31"), ("period", "2025-09-30")]
    assert got["1.a"]["title"] == "Tổ chức hội nghị đối thoại"


def test_partners_a_budget_in_a_sentence_and_a_lead_after_a_full_stop(tmp_path):
    got = tasks(tmp_path, "a) Rà soát văn bản. Phòng Tư pháp phối hợp với Phòng Nội vụ thực hiện thường xuyên.\n"
                          "b) Tuyên truyền trên Đài Truyền thanh; kinh phí dự kiến 20 triệu đồng. Đài Truyền thanh huyện "
                          "thực hiện hằng tháng.\n"
                          "c) Xây dựng Kế hoạch năm 2025; Kế hoạch kiểm tra năm 2025. Giao Phòng Nội vụ chủ trì tham mưu.\n"
                          "d) Tuyên truyền tại các cuộc họp ấp. Giao Đài Truyền thanh xã phối hợp với Trưởng các ấp thực "
                          "hiện thường xuyên.\n"
                          "e) Tìm kiếm, phối hợp với các cơ quan, đơn vị trong nước để điều tra tài nguyên.\n")
    assert (got["1.a"]["lead"], got["1.a"]["coordinating"]) == (["Phòng Tư pháp"], ["Phòng Nội vụ"])
    assert got["1.b"]["budget_million_vnd"] == 20 and got["1.b"]["title"] == "Tuyên truyền trên Đài Truyền thanh"
    assert got["1.c"]["lead"] == ["Phòng Nội vụ"]
    assert got["1.d"]["coordinating"] == ["Trưởng các ấp"]
    assert got["1.e"]["coordinating"] == []   # no agency opens the sentence: the partners of nobody named


def test_a_numbered_heading_among_items_yields_the_lettered_items_it_heads(tmp_path):
    got = tasks(tmp_path, "1.1. Công bố, công khai thủ tục hành chính.\n- Cơ quan chủ trì: Văn phòng UBND tỉnh.\n"
                          "1.2. Thực hiện cơ chế một cửa, một cửa liên thông\n"
                          "a) Kiện toàn Bộ phận Một cửa cấp xã.\n- Cơ quan chủ trì: UBND các xã.\n"
                          "b) Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính.\n- Cơ quan chủ trì: Sở Khoa học"
                          " và Công nghệ.\n- Thời gian hoàn thành: Quý II/2025.\n"
                          "1.3. Tiếp nhận, xử lý phản ánh, kiến nghị.\n- Cơ quan chủ trì: Văn phòng UBND tỉnh.\n")
    assert [(i, t["lead"], t["group"]) for i, t in got.items()] == [
        ("1.1", ["Văn phòng UBND tỉnh"], None),
        ("1.2.a", ["UBND các xã"], "Thực hiện cơ chế một cửa, một cửa liên thông"),
        ("1.2.b", ["Sở Khoa học và Công nghệ"], "Thực hiện cơ chế một cửa, một cửa liên thông"),
        ("1.3", ["Văn phòng UBND tỉnh"], None)]
    assert got["1.2.b"]["deadline_text"] == "Quý II/2025"


def test_labels_after_an_items_lettered_details_are_its_own(tmp_path):
    got = tasks(tmp_path, "1.1. Thực hiện tinh giản biên chế theo Nghị định số 29/2023/NĐ-CP.\n"
                          "a) Rà soát, lập danh sách đối tượng tinh giản biên chế;\n"
                          "b) Thẩm định, giải quyết chế độ cho đối tượng tinh giản.\n"
                          "- Cơ quan chủ trì: Sở Nội vụ.\n- Thời gian hoàn thành: Quý II/2025.\n"
                          "1.2. Tuyển dụng công chức năm 2025.\n- Cơ quan chủ trì: Sở Nội vụ.\n")
    assert list(got) == ["1.1", "1.2"]
    assert (got["1.1"]["lead"], got["1.1"]["deadline_text"]) == (["Sở Nội vụ"], "Quý II/2025")


def test_activities_each_with_their_own_labels_under_an_item_are_the_tasks(tmp_path):
    got = tasks(tmp_path, "1.1. Nâng cao nhận thức của cán bộ, công chức về cải cách hành chính.\n"
                          "a) Hoạt động 1\n- Nội dung: Tổ chức hội nghị tập huấn nghiệp vụ.\n"
                          "- Cơ quan thực hiện: Sở Nội vụ.\n"
                          "b) Hoạt động 2\n- Nội dung:\n+ Biên soạn tài liệu;\n+ Phát hành tài liệu.\n"
                          "- Cơ quan thực hiện: Sở Tư pháp.\n")
    assert [(i, t["title"], t["lead"]) for i, t in got.items()] == [
        ("1.1.a", "Tổ chức hội nghị tập huấn nghiệp vụ", ["Sở Nội vụ"]),
        ("1.1.b", "Hoạt động 2", ["Sở Tư pháp"])]


def test_a_decimal_number_typed_with_a_doubled_dot_still_numbers_its_item():
    [item] = outline([Line("3.2.. Thực hiện cơ chế một cửa, một cửa liên thông", 1)])
    assert (item.kind, item.marker, item.text) == ("decimal", "3.2", "Thực hiện cơ chế một cửa, một cửa liên thông")


def test_parts_numbered_with_keycaps_as_chat_posts_number_them(tmp_path):
    path = tmp_path / "ke-hoach.txt"
    path.write_text("UBND XÃ QUẢNG PHÚ\nKẾ HOẠCH\nCải cách hành chính năm 2024\nII. NHIỆM VỤ\n"
                    "1\ufe0f\u20e3 CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH\n• a) Ban hành Kế hoạch tuyên truyền CCHC năm 2024.\n"
                    "• b) Lồng ghép tuyên truyền CCHC trong các buổi họp thôn.\n"
                    "2\u20e3 CẢI CÁCH THỦ TỤC HÀNH CHÍNH\n• a) Niêm yết công khai thủ tục hành chính.\n"
                    "III. TỔ CHỨC THỰC HIỆN\nCông chức Văn phòng - Thống kê theo dõi.\n", encoding="utf-8")
    got = [(t.id, t.area, t.title) for t in parse_file(path).tasks]
    assert got == [("1.a", "chi_dao_dieu_hanh", "Ban hành Kế hoạch tuyên truyền CCHC năm 2024"),
                   ("1.b", "chi_dao_dieu_hanh", "Lồng ghép tuyên truyền CCHC trong các buổi họp thôn"),
                   ("2.a", "thu_tuc_hanh_chinh", "Niêm yết công khai thủ tục hành chính")]


def test_items_a_chat_app_joined_on_one_line_are_items_again(tmp_path):
    got = tasks(tmp_path, "• a) Ban hành kế hoạch kiểm tra năm 2025. • b) Tổ chức tuyên truyền trên Đài Truyền thanh.\n"
                          "• c) Rà soát văn bản: trước 30/6/2025 • d) còn một câu.\n")
    assert [(i, t["title"]) for i, t in got.items()] == [
        ("1.a", "Ban hành kế hoạch kiểm tra năm 2025"), ("1.b", "Tổ chức tuyên truyền trên Đài Truyền thanh"),
        ("1.c", "Rà soát văn bản: trước 30/6/2025 • d) còn một câu")]


def test_items_under_headings_that_name_agencies_are_theirs_whatever_their_area(tmp_path):
    """"2. Sở Tài chính:" heads the items that department leads; it names no area of reform."""
    path = tmp_path / "phan-cong.txt"
    path.write_text("KẾ HOẠCH\nCải cách hành chính tỉnh Hà Tĩnh năm 2017\nII. NHIỆM VỤ VÀ PHÂN CÔNG TRÁCH NHIỆM\n"
                    "1. Sở Nội vụ:\n- Chủ trì tham mưu UBND tỉnh ban hành Kế hoạch kiểm tra công tác cải cách hành chính.\n"
                    "- Chủ trì, phối hợp với các sở, ban, ngành triển khai Đề án vị trí việc làm.\n"
                    "2. Sở Tài chính:\n- Phối hợp với Sở Nội vụ thẩm định kinh phí thực hiện Đề án.\n"
                    "3. Sở Tư pháp:\nChủ trì thẩm định dự thảo văn bản quy phạm pháp luật của UBND tỉnh.\n"
                    "III. TỔ CHỨC THỰC HIỆN\nCác cơ quan báo cáo định kỳ về Sở Nội vụ.\n", encoding="utf-8")
    assert [(t.id, t.lead, t.coordinating, t.area) for t in parse_file(path).tasks] == [
        ("1.1", ["Sở Nội vụ"], [], "chi_dao_dieu_hanh"), ("1.2", ["Sở Nội vụ"], ["Các sở, ban, ngành"], "cong_vu"),
        ("2.1", ["Sở Nội vụ"], ["Sở Tài chính"], "tai_chinh_cong"), ("3.1", ["Sở Tư pháp"], [], "the_che")]


def test_the_tasks_are_in_the_first_part_that_holds_items(tmp_path):
    """"II. NHIỆM VỤ TRỌNG TÂM" may be one orienting paragraph; "III. PHÂN CÔNG NHIỆM VỤ CỤ THỂ" lists the
    duties, up to the letter's list of recipients. A sentence "Phân công nhiệm vụ ..." opens no part."""
    got = plan(tmp_path, "I. MỤC ĐÍCH, YÊU CẦU\nPhân công nhiệm vụ cụ thể cho từng cơ quan, đơn vị.\n"
                         "II. NHIỆM VỤ TRỌNG TÂM\nTập trung cải cách thủ tục hành chính.\n"
                         "III. PHÂN CÔNG NHIỆM VỤ CỤ THỂ\n1. Phòng Nội vụ:\n"
                         "- Chủ trì kiểm tra công tác cải cách hành chính.\n"
                         "2. Phòng Tư pháp:\n- Chủ trì rà soát văn bản quy phạm pháp luật.\n"
                         "Nơi nhận:\n- Sở Nội vụ;\n- Lưu: VT.\n")["tasks"]
    assert [(t["id"], t["lead"], t["title"]) for t in got] == [
        ("1.1", ["Phòng Nội vụ"], "Chủ trì kiểm tra công tác cải cách hành chính"),
        ("2.1", ["Phòng Tư pháp"], "Chủ trì rà soát văn bản quy phạm pháp luật")]


@pytest.mark.parametrize("opening, found", [("PHẦN II. NHIỆM VỤ", True), ("Phân công nhiệm vụ cho các phòng:", False)])
def test_a_part_named_by_phan_is_no_sentence_that_assigns(opening, found):
    """"phần" and "phân" fold alike."""
    lines = [opening, "1. Phòng Nội vụ:", "- Chủ trì kiểm tra công tác cải cách hành chính."]
    got = prose_tasks(outline([Line(text, i) for i, text in enumerate(lines, 1)]), 2025)
    assert [t.lead for t in got] == ([["Phòng Nội vụ"]] if found else [])


def test_an_area_headings_note_on_who_leads_is_the_lead_of_items_naming_none(tmp_path):
    got = plan(tmp_path, "II. NHIỆM VỤ\n1. Cải cách thể chế (Sở Tư pháp chủ trì)\n"
                         "a) Rà soát văn bản quy phạm pháp luật.\n"
                         "b) Phòng Tư pháp các huyện kiểm tra văn bản.\n2. Cải cách thủ tục hành chính\n"
                         "a) Công khai thủ tục hành chính.\n")["tasks"]
    assert [(t["id"], t["lead"], t["area"], t["area_heading"]) for t in got] == [
        ("1.a", ["Sở Tư pháp"], "the_che", "Cải cách thể chế"),
        ("1.b", ["Phòng Tư pháp các huyện"], "the_che", "Cải cách thể chế"),
        ("2.a", [], "thu_tuc_hanh_chinh", "Cải cách thủ tục hành chính")]
