"""The reporting regime a plan states: which report is due by which date."""
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
