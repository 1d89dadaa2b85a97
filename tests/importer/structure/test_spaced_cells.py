"""Tables copied one row per line with single spaces between the cells get their cell TABs back."""
from __future__ import annotations

from cchc.importer.document import Document, Line, Table
from cchc.importer.structure import build_plan
from cchc.importer.structure.layouts import recover_tables
from cchc.importer.structure.spaced_cells import restore_spaced_cells


def lines(text: str) -> list[Line]:
    return [Line(t, n) for n, t in enumerate(text.split("\n"), 1)]


def table_rows(text: str) -> list[list[str]]:
    tables = [b for b in recover_tables(Document(lines(text), "x.txt")).blocks if isinstance(b, Table)]
    return [row for table in tables for row in table.rows]


DEPARTMENT = """KẾ HOẠCH
Cải cách hành chính năm 2026
II. NHIỆM VỤ CỤ THỂ
TT Nội dung Đơn vị chủ trì Đơn vị phối hợp Thời gian hoàn thành
I CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH
1 Xây dựng, ban hành Kế hoạch cải cách hành chính năm 2026 của Sở Văn phòng Sở Các phòng thuộc Sở Tháng 01/2026
2 Báo cáo kết quả thực hiện cải cách hành chính định kỳ Văn phòng Sở Các phòng thuộc Sở Định kỳ hằng quý
2 CẢI CÁCH THỦ TỤC HÀNH CHÍNH
1 Giải quyết thủ tục hành chính đúng hạn, trực tuyến Phòng Quản lý tôn giáo Văn phòng Sở Thường xuyên
III. TỔ CHỨC THỰC HIỆN
Văn phòng Sở theo dõi, đôn đốc các phòng thực hiện Kế hoạch."""


def test_rows_are_cut_where_their_cells_read_best():
    rows = table_rows(DEPARTMENT)
    assert rows[0] == ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"]
    assert rows[1][:2] == ["I", "CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH"]
    # the task text keeps its own "của Sở"; "Văn phòng Sở" / "Các phòng thuộc Sở" are two cells
    assert rows[2] == ["1", "Xây dựng, ban hành Kế hoạch cải cách hành chính năm 2026 của Sở", "Văn phòng Sở",
                       "Các phòng thuộc Sở", "Tháng 01/2026"]
    assert rows[3][4] == "Định kỳ hằng quý"
    assert rows[4][:2] == ["2", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH"]
    assert rows[5][2:] == ["Phòng Quản lý tôn giáo", "Văn phòng Sở", "Thường xuyên"]
    assert not any("TỔ CHỨC THỰC HIỆN" in cell for row in rows for cell in row)


def test_the_plan_gets_its_tasks_with_agencies_and_deadlines():
    plan = build_plan(Document(lines(DEPARTMENT), "x.txt"))
    assert [(t.title[:20], t.lead, t.coordinating, t.area) for t in plan.tasks] == [
        ("Xây dựng, ban hành K", ["Văn phòng Sở"], ["Các phòng thuộc Sở"], "chi_dao_dieu_hanh"),
        ("Báo cáo kết quả thực", ["Văn phòng Sở"], ["Các phòng thuộc Sở"], "chi_dao_dieu_hanh"),
        ("Giải quyết thủ tục h", ["Phòng Quản lý tôn giáo"], ["Văn phòng Sở"], "thu_tuc_hanh_chinh")]
    assert [t.deadline.kind for t in plan.tasks] == ["period", "recurring", "continuous"]


def test_two_names_side_by_side_are_the_lead_and_the_coordinating_cell_and_a_product_is_cut_off_its_date():
    text = "\n".join([
        "TT Nội dung nhiệm vụ Cơ quan chủ trì Cơ quan phối hợp Sản phẩm Thời gian hoàn thành",
        "1 Kiểm tra công tác cải cách hành chính Sở Nội vụ Sở Tư pháp Báo cáo kết quả 30/11/2026",
        "2 Tuyên truyền về cải cách hành chính Sở Nội vụ Sở Tư pháp Tin bài tuyên truyền Trong năm 2026",
        "3 Rà soát văn bản quy phạm pháp luật Sở Tư pháp Các sở, ban, ngành; UBND cấp xã Báo cáo rà soát Quý IV/2026"])
    rows = table_rows(text)
    assert rows[1][2:] == ["Sở Nội vụ", "Sở Tư pháp", "Báo cáo kết quả", "30/11/2026"]
    assert rows[2][2:] == ["Sở Nội vụ", "Sở Tư pháp", "Tin bài tuyên truyền", "Trong năm 2026"]
    assert rows[3][2:] == ["Sở Tư pháp", "Các sở, ban, ngành; UBND cấp xã", "Báo cáo rà soát", "Quý IV/2026"]


def test_numbered_lines_that_hold_no_agency_and_deadline_cells_stay_text():
    text = "\n".join([
        "TT Nội dung Cơ quan chủ trì Cơ quan phối hợp Thời gian",
        "1 Tiếp tục đẩy mạnh cải cách hành chính gắn với chuyển đổi số",
        "2 Nâng cao chất lượng phục vụ người dân và doanh nghiệp",
        "3 Tăng cường kỷ luật, kỷ cương hành chính"])
    blocks = lines(text)
    assert restore_spaced_cells(blocks) == blocks


def test_a_sentence_that_names_the_columns_is_no_header():
    text = "\n".join([
        "Các nhiệm vụ ghi rõ TT, nội dung, cơ quan chủ trì, cơ quan phối hợp và thời gian hoàn thành để các cơ quan, "
        "đơn vị chủ động triển khai thực hiện trong năm theo đúng kế hoạch đã được phê duyệt",
        *DEPARTMENT.split("\n")[4:9]])
    blocks = lines(text)
    assert restore_spaced_cells(blocks) == blocks


WRAPPED = """KẾ HOẠCH
Cải cách hành chính tỉnh Thái Nguyên năm 2012
PHỤ LỤC
TT Nội dung nhiệm vụ Cơ quan chủ trì Cơ quan phối hợp Sản phẩm Thời gian hoàn
thành
I CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH
1 Quán triệt, triển khai Kế hoạch cải cách Sở Nội vụ Các sở, ban, ngành; Kế hoạch triển khai 15/02/2012
hành chính năm 2012 của tỉnh đến các cơ UBND các huyện, thị thực hiện
quan, đơn vị xã, thành phố
2 Thực hiện chế độ báo cáo cải cách hành Sở Thông tin và Các sở, ban, ngành; Báo cáo của UBND Hàng quý
chính định kỳ Truyền thông UBND các huyện, thị
xã, thành phố
Il CẢI CÁCH THỂ CHẾ
1 Rà soát, hệ thống hóa văn bản quy phạm Sở Tư pháp Các sở, ban, ngành; Quyết định công bố Trong năm 2012
pháp luật do cấp tỉnh ban UBND các huyện, thị -kết quả rà soát
hành xã, thành phố
4
2 Đánh giá, xếp loại chất lượng cán bộ, Các sở, ban, ngành; Sở Nội vụ Báo cáo kết quả đánh Quý IV/2012
công chức, viên chức năm 2012 UBND các huyện, giá, xếp loại
thị xã, thành phố
Nơi nhận:
- Như trên;"""


def test_a_rows_cells_wrapped_over_the_lines_under_it_go_on_in_their_columns():
    plan = build_plan(Document(lines(WRAPPED), "x.txt"))
    assert [t.title for t in plan.tasks] == [
        "Quán triệt, triển khai Kế hoạch cải cách hành chính năm 2012 của tỉnh đến các cơ quan, đơn vị",
        "Thực hiện chế độ báo cáo cải cách hành chính định kỳ",
        "Rà soát, hệ thống hóa văn bản quy phạm pháp luật do cấp tỉnh ban hành",
        "Đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức năm 2012"]
    assert [(t.lead, t.coordinating) for t in plan.tasks] == [
        (["Sở Nội vụ"], ["Các sở, ban, ngành", "UBND các huyện, thị xã, thành phố"]),
        (["Sở Thông tin và Truyền thông"], ["Các sở, ban, ngành", "UBND các huyện, thị xã, thành phố"]),
        (["Sở Tư pháp"], ["Các sở, ban, ngành", "UBND các huyện, thị xã, thành phố"]),
        (["Các sở, ban, ngành", "UBND các huyện, thị xã, thành phố"], ["Sở Nội vụ"])]
    assert plan.tasks[0].outputs == ["Kế hoạch triển khai thực hiện"]
    assert [(t.deadline.kind, t.deadline.end) for t in plan.tasks] == [
        ("date", "2012-02-15"), ("recurring", None), ("period", "2012-12-31"), ("period", "2012-12-31")]
    assert [t.area for t in plan.tasks] == ["chi_dao_dieu_hanh"] * 2 + ["the_che"] * 2
