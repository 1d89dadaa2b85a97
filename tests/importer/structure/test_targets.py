"""Targets of the running text: under "Mục tiêu" / "Chỉ tiêu", and the figures the objectives commit to."""
import pytest

from cchc.importer.document import Line
from cchc.importer.fields.targets import parse_targets
from cchc.importer.structure.outline import outline
from cchc.importer.structure.targets import find_targets


def targets(text: str) -> list[tuple]:
    lines = [Line(t, i + 1) for i, t in enumerate(text.split("\n"))]
    return [(t.text, t.value, t.unit) for t in find_targets(outline(lines), 2024)]


def test_a_paragraph_right_under_the_heading_in_capitals_is_its_own_target():
    """A Word paragraph opening with a figure does not go on the heading above it."""
    assert targets("I. MỤC TIÊU\n100% thủ tục hành chính được công khai trên Cổng dịch vụ công.\nII. NHIỆM VỤ") == \
        [("100% thủ tục hành chính được công khai trên Cổng dịch vụ công", 100, "%")]


def test_a_heading_in_capitals_still_takes_its_wrapped_year():
    [p] = [p for p in outline([Line("KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM", 1), Line("2024", 2)])]
    assert p.text == "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024"


def test_a_line_cut_after_a_word_no_sentence_ends_on_goes_on_before_a_name():
    """A PDF's line wrapped before a name in capitals ("... công khai tại" / "Trung tâm ..."); a line that
    ends a sentence without its full stop does not take the next one."""
    assert targets("2. Chỉ tiêu\na) 100% thủ tục hành chính của Sở được công khai tại\n"
                   "Trung tâm Hành chính công tỉnh;\nb) 100% hồ sơ được tiếp nhận trực tuyến\n"
                   "Tổ chức 02 hội nghị tập huấn.\nII. NHIỆM VỤ") == \
        [("100% thủ tục hành chính của Sở được công khai tại Trung tâm Hành chính công tỉnh", 100, "%"),
         ("100% hồ sơ được tiếp nhận trực tuyến", 100, "%"), ("Tổ chức 02 hội nghị tập huấn", 2, "count")]


def test_a_target_written_after_its_label():
    assert targets("I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích: Đẩy mạnh cải cách hành chính.\n"
                   "2. Chỉ tiêu: 100% xã, thị trấn thực hiện cơ chế một cửa liên thông.\nII. NHIỆM VỤ") == \
        [("100% xã, thị trấn thực hiện cơ chế một cửa liên thông", 100, "%")]


def test_the_objectives_part_states_figures_without_a_word_of_commitment():
    assert targets("I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao chất lượng văn bản.\n"
                   "2. 100% văn bản quy phạm pháp luật được thẩm định đúng thời hạn.\nII. NHIỆM VỤ\n"
                   "1. 100% cán bộ được tập huấn nghiệp vụ.") == \
        [("100% văn bản quy phạm pháp luật được thẩm định đúng thời hạn", 100, "%")]   # not a task's figure


def test_a_bullet_of_the_objectives_labelled_as_a_requirement():
    assert targets("I. MỤC ĐÍCH, YÊU CẦU\n2. Yêu cầu\n"
                   "- Yêu cầu: 100% cơ quan cấp tỉnh ban hành kế hoạch cải cách hành chính năm 2024.\n"
                   "- Tỷ lệ hồ sơ trực tuyến: 80% trở lên.\nII. NHIỆM VỤ") == \
        [("100% cơ quan cấp tỉnh ban hành kế hoạch cải cách hành chính năm 2024", 100, "%"),
         ("Tỷ lệ hồ sơ trực tuyến: 80% trở lên", 80, "%")]   # a subject before the colon stays


@pytest.mark.parametrize("heading", ["2. Yêu cầu và chỉ tiêu", "2. Mục tiêu, chỉ tiêu", "II. MỤC ĐÍCH, YÊU CẦU, CHỈ TIÊU"])
def test_counts_under_a_heading_that_names_targets_with_the_objectives(heading):
    assert targets(f"I. CĂN CỨ\n{heading}\n- Các cơ quan xác định cải cách hành chính là nhiệm vụ trọng tâm.\n"
                   "- Tổ chức 02 hội nghị tập huấn nghiệp vụ cải cách hành chính.\n"
                   "- Kiểm tra tại ít nhất 10 cơ quan, đơn vị.\nIII. NHIỆM VỤ") == \
        [("Tổ chức 02 hội nghị tập huấn nghiệp vụ cải cách hành chính", 2, "count"),
         ("Kiểm tra tại ít nhất 10 cơ quan, đơn vị", 10, "count")]


def test_targets_numbered_in_parentheses_under_headings_that_announce_them():
    """2025 plans: "a) Mục tiêu chung (6 mục tiêu)" / "(1) ...", and a section "với các mục tiêu" beside another."""
    assert targets("II. MỤC TIÊU\n1. Phát triển kinh tế số đến năm 2030\n- Kinh tế số chiếm 45% GRDP tỉnh.\n"
                   "2. Phát triển xã hội số đến năm 2030 với các mục tiêu (2 mục tiêu)\n"
                   "(1) Tỷ lệ dân số từ 15 tuổi trở lên có tài khoản giao dịch tại ngân hàng đạt 95%;\n"
                   "(2) Tỷ lệ hộ gia đình được tiếp cận mạng Internet băng rộng cáp quang đạt 100%.\n"
                   "III. NHIỆM VỤ") == [
        ("Kinh tế số chiếm 45% GRDP tỉnh", 45, "%"),
        ("Tỷ lệ dân số từ 15 tuổi trở lên có tài khoản giao dịch tại ngân hàng đạt 95%", 95, "%"),
        ("Tỷ lệ hộ gia đình được tiếp cận mạng Internet băng rộng cáp quang đạt 100%", 100, "%")]


def test_bullets_under_an_unnumbered_targets_label():
    assert targets("KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024\nChỉ tiêu năm 2024:\n"
                   "- 100% thủ tục hành chính được công khai trên Cổng Dịch vụ công quốc gia.\n"
                   "- Ít nhất 05 bệnh viện tuyến tỉnh triển khai bệnh án điện tử.\n"
                   "Nhiệm vụ:\n- Tổ chức 02 hội nghị tập huấn.") == [
        ("100% thủ tục hành chính được công khai trên Cổng Dịch vụ công quốc gia", 100, "%"),
        ("Ít nhất 05 bệnh viện tuyến tỉnh triển khai bệnh án điện tử", 5, "count")]


def test_a_requirement_alone_names_no_targets():
    assert targets("I. MỤC ĐÍCH, YÊU CẦU\n2. Yêu cầu\n- Tổ chức 02 hội nghị tập huấn.\nII. NHIỆM VỤ") == []


@pytest.mark.parametrize("sentence, value, unit", [
    ("Chỉ số CCHC năm 2024 của tỉnh đạt trên 85,5 điểm", 85.5, "count"),
    ("Mức độ hài lòng tăng ít nhất 2,5 điểm phần trăm so với năm 2023", 2.5, "%"),
])
def test_scores_with_a_decimal_comma(sentence, value, unit):
    assert [(t.value, t.unit) for t in parse_targets(sentence, 2024)] == [(value, unit)]


def test_a_thousands_point_is_no_decimal():
    assert all(t.value != 1.2 for t in parse_targets("Phấn đấu giảm 1.200 hồ sơ trễ hạn", 2024))


def test_a_figure_with_its_own_subject_leads_no_figures_after_it():
    got = [t.text for t in parse_targets("Phấn đấu tổng tỷ suất sinh đạt 2,1 con/phụ nữ; 90% trẻ sơ sinh được "
                                         "tầm soát ít nhất 5 bệnh bẩm sinh", 2024)]
    assert got[-1] == "90% trẻ sơ sinh được tầm soát ít nhất 5 bệnh bẩm sinh"


def test_a_target_that_mentions_a_requirement_is_no_requirements_heading():
    """"có yêu cầu nghĩa vụ tài chính" names no "Yêu cầu" part of the objectives."""
    assert targets("II. CHỈ TIÊU CHỦ YẾU\n1. 100% văn bản được ban hành đúng thẩm quyền.\n"
                   "2. 80% thủ tục hành chính có yêu cầu nghĩa vụ tài chính được thanh toán trực tuyến.\n"
                   "III. NHIỆM VỤ\n1. Cải cách thể chế\n1.1. Rà soát văn bản.") == [
        ("100% văn bản được ban hành đúng thẩm quyền", 100, "%"),
        ("80% thủ tục hành chính có yêu cầu nghĩa vụ tài chính được thanh toán trực tuyến", 80, "%")]


def test_a_bound_in_a_task_commits_only_where_the_plan_lists_no_targets():
    tasks = ("III. NHIỆM VỤ\n1. Cải cách thể chế\n"
             "1.1. Kiểm tra công tác cải cách hành chính đối với ít nhất 30% cơ quan, đơn vị.\n"
             "1.2. Đưa tỷ lệ hồ sơ trực tuyến lên tối thiểu 60% tổng số hồ sơ.\n")
    listed = targets("II. CHỈ TIÊU\n1. 100% văn bản được ban hành đúng thẩm quyền.\n" + tasks)
    assert [value for _, value, _ in listed] == [100, 60]
    assert [value for _, value, _ in targets(tasks)] == [30, 60]


def test_targets_under_an_area_sub_heading_of_the_targets_part_are_in_its_area():
    text = ("I. MỤC TIÊU\n2. Chỉ tiêu cụ thể\na) Cải cách thể chế\n"
            "- 100% văn bản quy phạm pháp luật được ban hành đúng thẩm quyền, trình tự, thủ tục.\n"
            "b) Xây dựng và phát triển chính quyền số\n"
            "- 100% cơ quan cấp tỉnh, cấp xã kết nối, chia sẻ dữ liệu qua nền tảng của tỉnh.\n"
            "c) Chỉ số CCHC của tỉnh đạt trên 90 điểm.\n"
            "II. NHIỆM VỤ")
    lines = [Line(t, i + 1) for i, t in enumerate(text.split("\n"))]
    got = [(t.value, t.area) for t in find_targets(outline(lines), 2026)]
    # the index target under no area heading keeps what its own words say
    assert got == [(100, "the_che"), (100, "hien_dai_hoa"), (90, "chi_dao_dieu_hanh")]
