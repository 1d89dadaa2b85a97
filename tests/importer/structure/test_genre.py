"""Documents that are no plan (decrees, decisions publishing procedures, notices, reports, letters) give no tasks."""
import pytest

from cchc.importer import parse_file
from cchc.importer.plan import Plan

LETTERHEAD = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
              "Độc lập - Tự do - Hạnh phúc\n")
DECISION_BODY = ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n"
                 "Căn cứ Quyết định số 1085/QĐ-TTg ngày 15/9/2022 của Thủ tướng Chính phủ ban hành Kế hoạch "
                 "rà soát, đơn giản hóa thủ tục hành chính nội bộ;\n"
                 "Theo đề nghị của Giám đốc Sở Nội vụ.\nQUYẾT ĐỊNH:\n"
                 "Điều 1. Công bố kèm theo Quyết định này 02 thủ tục hành chính.\n"
                 "1. Thủ tục thẩm định thành lập đơn vị sự nghiệp công lập.\n"
                 "2. Thủ tục thẩm định giải thể đơn vị sự nghiệp công lập.\n"
                 "Điều 2. Quyết định có hiệu lực kể từ ngày ký.\n")
ISSUED_BY = "(Ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 05/01/2026 của UBND tỉnh)\n"
PLAN_BODY = ("KẾ HOẠCH\nCải cách hành chính năm 2026\nI. MỤC TIÊU\n- 100% thủ tục hành chính được công khai.\n"
             "II. NHIỆM VỤ\n1. Cải cách thể chế\n- Rà soát văn bản quy phạm pháp luật (Sở Tư pháp chủ trì; "
             "Quý II/2026).\n2. Cải cách thủ tục hành chính\n- Công bố thủ tục hành chính (Văn phòng UBND tỉnh "
             "chủ trì; thường xuyên).\n")


def parse(tmp_path, text: str) -> Plan:
    path = tmp_path / "van-ban.txt"
    path.write_text(text, encoding="utf-8")
    return parse_file(path)


def test_a_decree_gives_no_tasks_nor_targets_and_says_why(tmp_path):
    plan = parse(tmp_path, "CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 308/2025/NĐ-CP\nNGHỊ\nĐỊNH\n"
                           "QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU CỦA LUẬT DI SẢN VĂN HÓA\n"
                           "Chương I\nNHỮNG QUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\n"
                           "1. Họ và tên người đề nghị.\n2. Địa chỉ liên hệ.\n"
                           "3. Phấn đấu 100% hồ sơ được giải quyết đúng hạn.\n")
    assert plan.tasks == [] and plan.targets == []
    assert plan.info.decision_number == "308/2025/NĐ-CP"   # what it is stays readable
    assert any("nghị định, không phải kế hoạch" in n.message for n in plan.notices)


def test_a_decision_publishing_procedures_is_no_plan_even_when_it_cites_one(tmp_path):
    plan = parse(tmp_path, LETTERHEAD + "Số: 151/QĐ-UBND\nQUYẾT ĐỊNH\nVề việc công bố thủ tục hành chính nội bộ "
                           "lĩnh vực tổ chức bộ máy\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n" + DECISION_BODY)
    assert plan.tasks == []
    assert any("quyết định, không phải kế hoạch" in n.message for n in plan.notices)


def test_a_notice_of_conclusions_gives_no_tasks(tmp_path):
    plan = parse(tmp_path, LETTERHEAD + "Số: 98/TB-UBND\nTHÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh tại buổi làm "
                           "việc với Sở Xây dựng\nI. TÌNH HÌNH THỰC HIỆN\nCác dự án cơ bản bảo đảm tiến độ.\n"
                           "II. NHIỆM VỤ TRỌNG TÂM\nYêu cầu các sở, ngành, địa phương liên quan:\n"
                           "1. Đẩy nhanh thủ tục chuẩn bị đầu tư các dự án.\n"
                           "2. Hoàn thành công tác giải phóng mặt bằng trước ngày 30/11/2025.\n")
    assert plan.tasks == []


def test_a_decision_that_issues_the_plan_keeps_its_tasks(tmp_path):
    plan = parse(tmp_path, LETTERHEAD + "Số: 12/QĐ-UBND\nQUYẾT ĐỊNH\nVề việc ban hành Kế hoạch cải cách hành chính "
                           "năm 2026\nCăn cứ Luật Tổ chức chính quyền địa phương;\nQUYẾT ĐỊNH:\n"
                           "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2026.\n"
                           + PLAN_BODY)   # the subject says it; no "(Ban hành kèm theo ...)" under the plan
    assert [t.lead for t in plan.tasks] == [["Sở Tư pháp"], ["Văn phòng UBND tỉnh"]]
    assert len(plan.targets) == 1


def test_a_plan_appended_to_a_decision_of_another_wording_keeps_its_tasks(tmp_path):
    plan = parse(tmp_path, LETTERHEAD + "Số: 12/QĐ-UBND\nQUYẾT ĐỊNH\nVề công tác cải cách hành chính năm 2026\n"
                           "QUYẾT ĐỊNH:\nĐiều 1. Nay ban hành kèm theo văn bản dưới đây.\n"
                           + PLAN_BODY.replace("\n", "\n" + ISSUED_BY, 2).replace(ISSUED_BY, "", 1))
    assert len(plan.tasks) == 2


def test_a_portal_menu_in_capitals_does_not_hide_the_plan_under_it(tmp_path):
    plan = parse(tmp_path, "TRANG CHỦ\nTHÔNG BÁO\nVĂN BẢN PHÁP LUẬT\n" + LETTERHEAD + "Số: 7/KH-UBND\n" + PLAN_BODY)
    assert len(plan.tasks) == 2


def test_a_decision_amending_a_plans_appendix_gives_the_tasks_it_appends(tmp_path):
    plan = parse(tmp_path, LETTERHEAD + "Số: 1045/QĐ-UBND\nQUYẾT ĐỊNH\nVề việc sửa đổi, bổ sung Phụ lục kèm theo Kế "
                 "hoạch số 210/KH-UBND ngày 28/12/2022 của UBND tỉnh về cải cách hành chính năm 2023\n"
                 "QUYẾT ĐỊNH:\nĐiều 1. Sửa đổi, bổ sung một số nhiệm vụ (chi tiết tại Phụ lục kèm theo).\n"
                 "PHỤ LỤC\nSTT\tNội dung nhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành\n"
                 "I\tCẢI CÁCH THỦ TỤC HÀNH CHÍNH\t\t\n"
                 "1\tTổ chức 01 lớp tập huấn kiểm soát thủ tục hành chính\tVăn phòng UBND tỉnh\tQuý III/2023\n")
    assert [(t.id, t.lead) for t in plan.tasks] == [("I.1", ["Văn phòng UBND tỉnh"])]


REPORT_TABLE = ("STT\tNhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành\tTình hình thực hiện\n"
                "1\tRà soát thủ tục hành chính năm 2023\tVăn phòng UBND tỉnh\tTrước 30/10/2023\tĐang thực hiện\n"
                "2\tBan hành Kế hoạch tuyên truyền\tSở Nội vụ\tTháng 01/2023\tĐã hoàn thành\n")


@pytest.mark.parametrize("heading, genre", [
    # the subject ends at "Kính gửi": the sentence after it names the plan the report is about
    ("Số: 145/BC-UBND\nBÁO CÁO\nKết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2023\n"
     "Kính gửi: Bộ Nội vụ.\nTriển khai Quyết định số 2345/QĐ-UBND ban hành Kế hoạch cải cách hành chính năm 2023, "
     "UBND tỉnh báo cáo như sau:\n", "báo cáo"),
    # a line opening "Kế hoạch ..." names no plan of the report's own
    ("Số: 145/BC-UBND\nBÁO CÁO\nKết quả thực hiện công tác cải cách hành chính năm 2023\n"
     "Kế hoạch cải cách hành chính năm 2023 được ban hành đúng thời hạn.\n", "báo cáo"),
    # a công văn has no genre heading: its subject line "V/v ..." tells what it is
    ("Số: 5678/UBND-NC\nV/v đôn đốc thực hiện các nhiệm vụ cải cách hành chính còn chậm tiến độ\n"
     "Kính gửi: Các sở, ban, ngành.\nTheo Kế hoạch số 8123/KH-UBND, còn các nhiệm vụ quá hạn (danh mục kèm theo).\n",
     "công văn"),
])
def test_a_report_or_a_letter_about_a_plans_tasks_gives_none_and_says_why(tmp_path, heading, genre):
    plan = parse(tmp_path, LETTERHEAD + heading + REPORT_TABLE)
    assert (plan.tasks, plan.info.title) == ([], None)
    assert any(f"{genre}, không phải kế hoạch" in n.message for n in plan.notices)


def test_a_plan_without_its_heading_is_no_letter(tmp_path):
    plan = parse(tmp_path, LETTERHEAD + "Số: 7/KH-UBND\n" + PLAN_BODY.removeprefix("KẾ HOẠCH\n"))
    assert len(plan.tasks) == 2
