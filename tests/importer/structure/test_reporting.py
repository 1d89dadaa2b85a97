"""The reporting regime a plan states: which report is due by which date."""
import pytest

from cchc.importer import parse_file
from cchc.importer.structure.reporting import find_reporting


def dues(text: str) -> list[tuple]:
    return [(d.period, d.level, d.day, d.month) for d in find_reporting(text)]


def test_cycles_each_with_its_date_in_brackets():
    text = ("Các phòng, ban, đơn vị và UBND các xã, thị trấn báo cáo kết quả thực hiện định kỳ hằng quý (trước "
            "ngày 10 của tháng cuối quý), 6 tháng (trước ngày 10/6) và năm (trước ngày 10/11) về Phòng Nội vụ.")
    assert dues(text) == [("quarter", "agency", 10, None), ("half_year", "agency", 10, 6), ("year", "agency", 10, 11)]


def test_a_cycle_whose_bracket_goes_on_after_the_date():
    text = ("Định kỳ hàng tháng (trước ngày 16 hàng tháng), 6 tháng (trước ngày 16/6), tổng kết năm (trước ngày "
            "20/11 hàng năm) hoặc khi có yêu cầu báo cáo tình hình thực hiện Kế hoạch.")
    assert dues(text) == [("half_year", "agency", 16, 6), ("year", "agency", 20, 11)]


def test_dates_first_and_reports_first_still_read():
    assert dues("hoàn thành trước ngày 5/3 (báo cáo quý I), ngày 5/6 (báo cáo 6 tháng).") == [
        ("quarter_1", "agency", 5, 3), ("half_year", "agency", 5, 6)]
    assert dues("BC 6 tháng gửi trước ngày 05/6; BC năm gửi trước ngày 25/11.") == [
        ("half_year", "agency", 5, 6), ("year", "agency", 25, 11)]


def test_a_year_in_brackets_is_no_due_date():
    assert dues("Báo cáo kết quả thực hiện năm 2024 (trước ngày 10/11 năm 2024 theo Kế hoạch).") == []


TASKS = ("KẾ HOẠCH\nCải cách hành chính năm 2015 của tỉnh Ninh Thuận\nPHỤ LỤC I\n"
         "STT\tNội dung công việc\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian thực hiện\n"
         "I\tCẢI CÁCH THỂ CHẾ\t\t\t\n"
         "1\tKiểm tra việc thi hành văn bản quy phạm pháp luật\tSở Tư pháp\tUBND các huyện\tQuý III/2015\n"
         "2\tBáo cáo kết quả rà soát văn bản quy phạm pháp luật\tSở Tư pháp\tCác sở, ban, ngành\tQuý IV/2015\n\n")


def parse(tmp_path, text: str):
    path = tmp_path / "ke-hoach.txt"
    path.write_text(text, encoding="utf-8")
    return parse_file(path)


@pytest.mark.parametrize("header", ["Nội dung báo cáo", "Tên báo cáo"])
def test_a_table_of_the_reports_agencies_owe_is_the_reporting_regime_not_tasks(tmp_path, header):
    schedule = ("PHỤ LỤC II\nDANH MỤC BÁO CÁO ĐỊNH KỲ\n"
                f"STT\t{header}\tCơ quan thực hiện\tNơi nhận\tThời hạn\n"
                "1\tBáo cáo cải cách hành chính quý I\tCác sở, ban, ngành\tSở Nội vụ\tTrước ngày 10/3/2015\n"
                "2\tBáo cáo cải cách hành chính 6 tháng\tCác sở, ban, ngành\tSở Nội vụ\tTrước ngày 10 tháng 6\n"
                "3\tBáo cáo cải cách hành chính năm 2015\tSở Nội vụ\tUBND tỉnh\tTrước ngày 25/11/2015\n")
    plan = parse(tmp_path, TASKS + schedule)
    # the task table's own report row stays a task
    assert [t.id for t in plan.tasks] == ["I.1", "I.2"]
    assert [(d.period, d.level, d.day, d.month) for d in plan.reporting] == [
        ("quarter_1", "agency", 10, 3), ("half_year", "agency", 10, 6), ("year", "department", 25, 11)]


def test_a_table_of_who_follows_up_each_area_gives_no_tasks(tmp_path):
    follow_up = ("PHỤ LỤC II\nBẢNG PHÂN CÔNG THEO DÕI, ĐÔN ĐỐC THỰC HIỆN KẾ HOẠCH\n"
                 "STT\tLĩnh vực, nội dung theo dõi\tCơ quan chủ trì theo dõi\tThời gian báo cáo\n"
                 "1\tCải cách thể chế\tSở Tư pháp\tTrước ngày 05 của tháng cuối quý\n"
                 "2\tCải cách thủ tục hành chính\tVăn phòng UBND tỉnh\tTrước ngày 05 của tháng cuối quý\n")
    plan = parse(tmp_path, TASKS + follow_up)
    assert [t.title for t in plan.tasks] == ["Kiểm tra việc thi hành văn bản quy phạm pháp luật",
                                             "Báo cáo kết quả rà soát văn bản quy phạm pháp luật"]
