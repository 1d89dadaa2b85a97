"""parse_deadline / parse_date: real phrasings of deadline cells, and every deadline of the gold plans."""
from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings, strategies as st

from cchc.importer.fields.deadlines import parse_date, parse_deadline


def _d(text: str, year: int | None = 2021, annual: bool = True) -> dict:
    return parse_deadline(text, year, annual).to_dict()


@pytest.mark.parametrize("text, end", [
    ("31/01/2018", "2018-01-31"),
    ("trước 30/11/2018", "2018-11-30"),
    ("30/6", "2021-06-30"),
    ("ngày 05 tháng 6 năm 2021", "2021-06-05"),
    ("Báo cáo gửi Bộ Tư pháp trước 15/10/2018", "2018-10-15"),
    ("31-01-2018", "2018-01-31"),
    ("31.01.2018", "2018-01-31"),
    ("31/01/18", "2018-01-31"),
    ("Hoàn thành trước ngày 15/12", "2021-12-15"),
    ("Đến năm 2015", "2015-12-31"),
    ("Đến hết năm 2021", "2021-12-31"),
    ("Đến tháng 6/2021", "2021-06-30"),
    ("Trước quý III/2021", "2021-06-30"),
    ("Báo cáo quý I trước 15/3", "2021-03-15"),
    ("Cuối quý III/2021", "2021-09-30"),
    ("Trước ngày 30 tháng 6 năm 2021", "2021-06-30"),
    ("Truoc 30/11/2021", "2021-11-30"),
    ("Trước tuần cuối tháng 2/2024", "2024-02-22"),   # the last week of a leap February starts on the 23rd
    ("Trước 31/01 năm sau", "2022-01-31"),
    ("Báo cáo năm: trước ngày 15/01 của năm sau", "2022-01-15"),
    ("Trước l5/l0/2021", "2021-10-15"),    # OCR: "1" read as "l"
    ("Trước 30/ 6/2021", "2021-06-30"),    # a space typed after one slash only
    ("30/6/ 2021", "2021-06-30"),
    ("Trước 30 /6/ 2021", "2021-06-30"),
    ("30/9/202 1", "2021-09-30"),          # OCR: a space inside the year
    ("Trước 15/12/20 14", "2014-12-15"),   # ... which is not the two-digit year 2020
])
def test_single_dates(text, end):
    assert _d(text) == {"kind": "date", "start": None, "end": end}


@pytest.mark.parametrize("text, start, end", [
    ("Quý I/2021", "2021-01-01", "2021-03-31"),
    ("Quý I\u20442021", "2021-01-01", "2021-03-31"),   # the fraction slash OCR reads
    ("Quý \u2162/2021", "2021-07-01", "2021-09-30"),   # "Ⅲ", a Roman numeral as one character
    ("Quý III", "2021-07-01", "2021-09-30"),
    ("quý 1", "2021-01-01", "2021-03-31"),
    ("Quý 2 năm 2020", "2020-04-01", "2020-06-30"),
    ("QUÝ IV", "2021-10-01", "2021-12-31"),
    ("Quý I, II/2018", "2018-01-01", "2018-06-30"),
    ("Quý II - III/2021", "2021-04-01", "2021-09-30"),
    ("Quý IV/2021 - Quý I/2022", "2021-10-01", "2022-03-31"),
    ("Tháng 5 - tháng 11", "2021-05-01", "2021-11-30"),
    ("Tháng 01 - Tháng 3", "2021-01-01", "2021-03-31"),
    ("Tháng 5 – tháng 11", "2021-05-01", "2021-11-30"),
    ("Tháng 5 đến tháng 11", "2021-05-01", "2021-11-30"),
    # a list of months: the window from the first to the last, as for quarters
    ("Tháng 11, 12", "2021-11-01", "2021-12-31"),
    ("Tháng 11 và tháng 12 năm 2020", "2020-11-01", "2020-12-31"),
    ("Tháng 11, 2020", "2020-11-01", "2020-11-30"),
    ("Từ tháng 3 đến tháng 6 năm 2020", "2020-03-01", "2020-06-30"),
    ("tháng 3-6/2021", "2021-03-01", "2021-06-30"),
    ("Tháng 11/2021 - tháng 02/2022", "2021-11-01", "2022-02-28"),
    ("Tháng 12/2020", "2020-12-01", "2020-12-31"),
    ("trong tháng 10/2018", "2018-10-01", "2018-10-31"),
    # "trong" names the window, also after "hoàn thành"
    ("Hoàn thành trong tháng 6/2021", "2021-06-01", "2021-06-30"),
    ("hoàn thành trong Quý IV năm 2012", "2012-10-01", "2012-12-31"),
    ("Trong năm 2018", "2018-01-01", "2018-12-31"),
    ("Năm 2018", "2018-01-01", "2018-12-31"),
    ("Trong năm", "2021-01-01", "2021-12-31"),
    ("6 tháng đầu năm", "2021-01-01", "2021-06-30"),
    ("6 tháng cuối năm 2020", "2020-07-01", "2020-12-31"),
    ("9 tháng đầu năm", "2021-01-01", "2021-09-30"),
    ("Từ 01/3 đến 30/6/2021", "2021-03-01", "2021-06-30"),
    ("01/3/2021 - 30/6/2021", "2021-03-01", "2021-06-30"),
    ("Tháng 02/2021 - Trước 30/11/2021", "2021-02-01", "2021-11-30"),   # "Bắt đầu | Hoàn thành" read as one
    # a month to a day: "30" is no month, and "12/6" is a day
    ("Tháng 3 - 30/6", "2021-03-01", "2021-06-30"),
    ("Từ tháng 3 đến 12/6/2021", "2021-03-01", "2021-06-12"),
    ("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31"),
    ("Năm 2022\n- 2023", "2022-01-01", "2023-12-31"),   # a span of years wrapped before its dash: no list
    ("Tháng 01\n- tháng 12", "2021-01-01", "2021-12-31"), ("Quý II\n- Quý III/2021", "2021-04-01", "2021-09-30"),
    ("Tuần đầu tháng 12", "2021-12-01", "2021-12-07"), ("tuần thứ hai của tháng 6/2020", "2020-06-08", "2020-06-14"),
    ("Tuần đầu tiên của tháng 12", "2021-12-01", "2021-12-07"), ("Tuần cuối cùng tháng 6", "2021-06-24", "2021-06-30"),
    ("Tuần cuối tháng 6", "2021-06-24", "2021-06-30"), ("Tuan 3 thang 9", "2021-09-15", "2021-09-21"),
    ("Thang 5 - thang 11", "2021-05-01", "2021-11-30"),
    ("Tháng 5 \u2010 tháng 11", "2021-05-01", "2021-11-30"),
    ("Quý I\uff0dII/2021", "2021-01-01", "2021-06-30"),
    ("Quy lV/2021", "2021-10-01", "2021-12-31"),
    ("Quý I năm 2021", "2021-01-01", "2021-03-31"),
    ("Quý II và quý III/2021", "2021-04-01", "2021-09-30"),
    ("Tháng 3 - 4/2021", "2021-03-01", "2021-04-30"),
    ("01/2021", "2021-01-01", "2021-01-31"),
    ("Từ tháng 3", "2021-03-01", "2021-12-31"),
    ("Thời gian thực hiện: Từ 15/3/2021", "2021-03-15", "2021-12-31"),
    ("Bắt đầu từ quý III/2021", "2021-07-01", "2021-12-31"),
    ("Từ quý I đến quý III", "2021-01-01", "2021-09-30"),
    ("Tháng 01/2021 - Tháng 12/2021", "2021-01-01", "2021-12-31"),
    ("Tháng 11, 12", "2021-11-01", "2021-12-31"),    # listed one after another: one window
    ("Quý II - Quý IV/2021", "2021-04-01", "2021-12-31"),
    # quarter III as Vietnamese OCR misreads it
    ("Quý IH/2021", "2021-07-01", "2021-09-30"),
    ("Quý IIH/2021", "2021-07-01", "2021-09-30"),
    ("Quý II1/2021", "2021-07-01", "2021-09-30"),
    ("Quý JIL/2021", "2021-07-01", "2021-09-30"),
    ("Quý 1V/2021", "2021-10-01", "2021-12-31"),
    ("Quý 11/2021", "2021-04-01", "2021-06-30"),    # "II" read as "11": no quarter eleven, nor November
    ("Quý 111/2021", "2021-07-01", "2021-09-30"),
    ("Quý 11, 111/2021", "2021-04-01", "2021-09-30"),
    ("Tháng l2/2021", "2021-12-01", "2021-12-31"),    # "1" read as "l"
    ("Quý IIL2021", "2021-07-01", "2021-09-30"),      # "I/" read as one "L"
    ("Quý IU2021", "2021-04-01", "2021-06-30"),       # ... or as one "U"
    ("Quý 12021", "2021-01-01", "2021-03-31"),        # the slash lost: "I/" read as "1"
    ("Quý 112021", "2021-04-01", "2021-06-30"),
    ("T5 - T7/2021", "2021-05-01", "2021-07-31"),     # months as a Gantt chart's columns write them
    ("T3 - T5", "2021-03-01", "2021-05-31"),
    ("Quý II - Quý IIL2021", "2021-04-01", "2021-09-30"),
    # the year after the plan's
    ("Tháng 01 năm sau", "2022-01-01", "2022-01-31"),
    ("Quý I năm tiếp theo", "2022-01-01", "2022-03-31"),
])
def test_periods(text, start, end):
    assert _d(text) == {"kind": "period", "start": start, "end": end}


def test_months_without_year_take_the_plan_year():
    assert _d("Tháng 4 - tháng 7", 2019)["start"] == "2019-04-01"
    assert _d("Tháng 4 - tháng 7", None)["kind"] == "relative"


def test_multi_with_dash_bullets_on_one_line():
    got = _d("- Ban hành Kế hoạch trước 30/4/2018 - Hoàn thành báo cáo trước 30/11/2018 "
             "- Xử lý hoặc kiến nghị xử lý (nếu có) trước 31/12/2018", 2018)
    assert got["kind"] == "multi" and got["end"] == "2018-12-31"
    assert [m["text"] for m in got["milestones"]] == [
        "Ban hành Kế hoạch trước 30/4/2018", "Hoàn thành báo cáo trước 30/11/2018",
        "Xử lý hoặc kiến nghị xử lý (nếu có) trước 31/12/2018"]


def test_multi_with_line_bullets_and_a_continuous_milestone():
    got = _d("- Ban hành Kế hoạch trước 31/01/2018.\n- Thực hiện thường xuyên trong năm 2018.", 2018)
    assert got["milestones"] == [{"text": "Ban hành Kế hoạch trước 31/01/2018", "end": "2018-01-31"},
                                 {"text": "Thực hiện thường xuyên trong năm 2018", "end": "2018-12-31"}]
    assert got["end"] == "2018-12-31"


def test_dated_lines_under_dashes_are_milestones_not_a_wrapped_span():
    assert [m["end"] for m in _d("- Tháng 6\n- tháng 12", 2018)["milestones"]] == ["2018-06-30", "2018-12-31"]
    assert [m["text"] for m in _d("Báo cáo quý\n- Quý IV/2018", 2018)["milestones"]] == ["Báo cáo quý", "Quý IV/2018"]


def test_multi_with_numbered_items_and_a_month_milestone():
    got = _d("1. Ban hành Kế hoạch trong tháng 10/2018; 2. Hoàn thành kiểm tra trước 20/12/2018.", 2018)
    assert [m["end"] for m in got["milestones"]] == ["2018-10-31", "2018-12-20"]


def test_dated_reports_are_milestones_not_a_cycle():
    got = _d("Trước 30/6/2021 (báo cáo 6 tháng), trước 30/11/2021 (báo cáo năm)")
    assert got["milestones"] == [{"text": "Trước 30/6/2021 (báo cáo 6 tháng)", "end": "2021-06-30"},
                                 {"text": "trước 30/11/2021 (báo cáo năm)", "end": "2021-11-30"}]


@pytest.mark.parametrize("text", ["Quý II/2020: trình thẩm định\nQuý IV/2020: phê duyệt",
                                  "Quý II/2020: trình thẩm định; Quý IV/2020: phê duyệt"])
def test_what_is_due_after_a_milestones_colon_is_that_milestones(text):
    assert _d(text)["milestones"] == [{"text": "Quý II/2020: trình thẩm định", "end": "2020-06-30"},
                                      {"text": "Quý IV/2020: phê duyệt", "end": "2020-12-31"}]


@pytest.mark.parametrize("text, ends", [
    ("Tháng 6 và tháng 12", ["2021-06-30", "2021-12-31"]),
    ("Tháng 6, 12/2021", ["2021-06-30", "2021-12-31"]),
    ("Quý II và Quý IV/2021", ["2021-06-30", "2021-12-31"]),
    ("Quý I, III", ["2021-03-31", "2021-09-30"]),
])
def test_months_or_quarters_listed_apart_are_milestones_not_one_window(text, ends):
    got = _d(text)
    assert got["kind"] == "multi" and [m["end"] for m in got["milestones"]] == ends


def test_a_window_and_a_day_in_clauses_of_their_own_are_milestones_not_the_days_due_date():
    got = _d("Ban hành kế hoạch trong tháng 3/2021; báo cáo kết quả trước 15/11/2021")
    assert got["milestones"] == [{"text": "Ban hành kế hoạch trong tháng 3/2021", "end": "2021-03-31"},
                                 {"text": "báo cáo kết quả trước 15/11/2021", "end": "2021-11-15"}]
    assert _d("Quý IV/2021 (trước 15/12)") == {"kind": "date", "start": None, "end": "2021-12-15"}


def test_standing_work_beside_a_dated_product_is_two_milestones_ending_on_the_later():
    got = _d("Thường xuyên; báo cáo UBND tỉnh trước ngày 30/11/2021")
    assert got == {"kind": "multi", "start": None, "end": "2021-12-31",
                   "milestones": [{"text": "Thường xuyên", "end": "2021-12-31"},
                                  {"text": "báo cáo UBND tỉnh trước ngày 30/11/2021", "end": "2021-11-30"}]}
    assert _d("Thường xuyên; định kỳ báo cáo 6 tháng")["kind"] == "continuous"


def test_two_dates_in_one_sentence_are_milestones():
    got = _d("30/6/2021 và 30/11/2021")
    assert got["kind"] == "multi"
    assert got["milestones"] == [{"text": "30/6/2021", "end": "2021-06-30"},
                                 {"text": "30/11/2021", "end": "2021-11-30"}]


@pytest.mark.parametrize("text", ["Ngày 08-09/5/2016", "Ngày 8, 9/5/2016", "ngày 08 và 09/5", "Ngày 08 - 09/5/2016"])
def test_days_of_one_month_are_a_window(text):
    assert _d(text, 2016) == {"kind": "period", "start": "2016-05-08", "end": "2016-05-09"}


@pytest.mark.parametrize("text, every", [
    ("Định kỳ hàng tháng", "month"),
    ("Định kỳ hàng tuần", "week"),
    ("hằng tuần", "week"),
    ("Mỗi quý", "quarter"),
    ("định kỳ 6 tháng", "half_year"),
    ("Hàng năm", "year"),
    ("Hàng tháng (trước ngày 20)", "month"),
    ("Hàng năm trước ngày 31/12", "year"),
    ("Trước ngày 15 của tháng cuối quý", "quarter"),
    ("Dinh ky hang thang", "month"),
    ("Hàng quý, 6 tháng và năm hoặc đột xuất", ["quarter", "half_year", "year"]),
    ("định kỳ 6 tháng và cuối năm báo cáo kết quả về Sở Nội vụ", ["half_year", "year"]),
    ("Báo cáo kết quả theo chế độ báo cáo CCHC định kỳ.", ["quarter", "half_year", "year"]),
    ("1. Kế hoạch ban hành trong quý IV của năm trước liền kề năm thực hiện kế hoạch; "
     "2. Báo cáo kết quả theo chế độ báo cáo CCHC định kỳ.", "year"),
    ("- Các sở gửi Báo cáo: BC quý gửi trước ngày 05 tháng cuối quý; BC 6 tháng gửi trước ngày 05/6; "
     "BC năm gửi trước ngày 25/11.", ["quarter", "half_year", "year"]),
    # a frequency: every N months, or N times a period
    ("06 tháng/lần", "half_year"),
    ("3 tháng một lần", "quarter"),
    ("01 lần/quý", "quarter"),
    ("02 kỳ/tháng", "month"),
    ("Mỗi năm 01 lần", "year"),
])
def test_recurring(text, every):
    assert _d(text, 2016, annual=False) == {"kind": "recurring", "start": None, "end": None, "every": every}


@pytest.mark.parametrize("text", ["Thường xuyên", "Thường xuyên trong năm", "thuong xuyen",
                                  "1. Thực hiện thường xuyên hằng năm; 2. Báo cáo kết quả theo định kỳ hằng năm."])
def test_continuous_in_an_annual_plan_spans_the_plan_year(text):
    assert _d(text, 2021) == {"kind": "continuous", "start": "2021-01-01", "end": "2021-12-31"}


def test_continuous_window():
    assert _d("Thường xuyên từ 01/3/2021 đến 30/6/2021") == {"kind": "continuous", "start": "2021-03-01",
                                                             "end": "2021-06-30"}
    # a lone day (a document date that slipped into the cell) is no window
    assert _d("Thường xuyên ngày 01/12/2015", 2018)["start"] == "2018-01-01"


def test_a_range_inside_a_bulleted_milestone_stays_in_it():
    got = _d("- Ban hành kế hoạch trước 31/3/2026 - Kiểm tra Quý II - Quý III/2026", 2026)
    assert [(m["text"], m["end"]) for m in got["milestones"]] == [
        ("Ban hành kế hoạch trước 31/3/2026", "2026-03-31"), ("Kiểm tra Quý II - Quý III/2026", "2026-09-30")]


def test_report_bullets_name_their_cycle_and_their_date():
    got = _d("- Báo cáo 6 tháng: trước 15/6;\n- Báo cáo năm: trước 15/01 năm sau", 2018)
    assert got["kind"] == "multi" and [m["end"] for m in got["milestones"]] == ["2018-06-15", "2019-01-15"]


def test_continuous_in_a_multi_year_plan_has_no_dates_unless_the_cell_names_the_year():
    assert _d("Thường xuyên", 2016, annual=False) == {"kind": "continuous", "start": None, "end": None}
    assert _d("Thường xuyên trong năm 2018", 2016, annual=False)["end"] == "2018-12-31"


@pytest.mark.parametrize("text", [
    "Chậm nhất 05 ngày làm việc sau khi nhận được văn bản",
    "Chậm nhất 01 tháng sau khi Chỉ số cải cách hành chính được công bố",
    "Theo Kế hoạch của Bộ Nội vụ", "Theo quy định", "Theo lộ trình", "Theo kế hoạch",
    "Khi có văn bản của Bộ Nội vụ", "Ngay sau khi có văn bản", "Đột xuất", "Theo yêu cầu",
    "Định kỳ", "Định kỳ trong năm", "Định kỳ hoặc đột xuất",
    "Theo quy định của Luật Ban hành văn bản QPPL năm 2015 và Nghị định số 34/2016/NĐ-CP",
    "Triển khai theo Quyết định số 45/2016/QĐ-TTg ngày 19/10/2016",
    "Thực hiện theo thời hạn được giao trong văn bản hoặc chậm nhất sau 30 ngày làm việc kể từ ngày "
    "văn bản quy phạm pháp luật có hiệu lực thi hành",
    "Kỳ họp giữa năm 2026", "Trình HĐND tỉnh tại kỳ họp cuối năm 2026",   # the council sets the session's date
    "Trong vòng 01 năm sau khi Luật có hiệu lực",    # a delay of one year, not the year after
    "Quý xyz/2018",   # a date OCR garbled: not the whole year its year names
    "2 tháng/lần",    # no reporting cycle
])
def test_relative(text):
    assert _d(text) == {"kind": "relative", "start": None, "end": None}


@pytest.mark.parametrize("text", ["", "   ", "-", "..."])
def test_empty_cells(text):
    assert _d(text) == {"kind": "none", "start": None, "end": None}


def test_parse_date():
    assert parse_date("ngày 05 tháng 6 năm 2021", None) == date(2021, 6, 5)
    assert parse_date("30/6", 2020) == date(2020, 6, 30)
    assert parse_date("Quyết định số 12/2020/QĐ-UBND", 2020) is None
    assert parse_date("32/13/2020", 2020) is None
    assert parse_date("Quý I", 2020) is None


def _as_list(value):
    return value if isinstance(value, list) else [value]


def _comparable(deadline: dict) -> dict:
    """Gold writes a single `every` both as "month" and as ["year"]; compare lists."""
    if "every" in deadline:
        return {**deadline, "every": _as_list(deadline["every"])}
    return deadline


def test_every_gold_deadline(gold_plans):
    pairs = [(task["deadline_text"], task["deadline"], plan["plan"]) for plan in gold_plans for task in plan["tasks"]]
    misses = []
    for text, expected, info in pairs:
        got = parse_deadline(text, info["period_start"], info["kind"] == "annual").to_dict()
        if _comparable(got) != _comparable(expected):
            misses.append((text, got, expected))
    print(f"gold deadlines: {len(pairs) - len(misses)}/{len(pairs)} parsed as the gold")
    assert not misses, misses[:5]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789/.-–, ;\nQuýIVXháng nămđếntừtrướcThườngxuyênĐịnhkỳ1.2.")),
               max_size=60), st.one_of(st.none(), st.integers(1990, 2030)), st.booleans())
def test_never_raises_on_date_like_noise(text, year, annual):
    deadline = parse_deadline(text, year, annual)
    _assert_consistent(deadline)
    parse_date(text, year)


def _assert_consistent(deadline):
    assert deadline.kind in {"date", "period", "multi", "recurring", "continuous", "relative", "none"}
    if deadline.start and deadline.end:
        assert deadline.start <= deadline.end
    if deadline.kind in ("date", "period"):
        assert deadline.end is not None
    if deadline.kind == "multi":
        ends = [m.end for m in deadline.milestones if m.end]
        assert len(deadline.milestones) >= 1 and deadline.end == max(ends)
    if deadline.kind == "recurring":
        assert deadline.every and set(deadline.every) <= {"week", "month", "quarter", "half_year", "year"}
    if deadline.kind in ("recurring", "relative", "none"):
        assert deadline.start is None and deadline.end is None


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80), st.one_of(st.none(), st.integers(1, 9999)))
def test_never_raises_on_any_text(text, year):
    _assert_consistent(parse_deadline(text, year))


@pytest.mark.parametrize("text, expected", [
    ("Quí III", {"kind": "period", "start": "2021-07-01", "end": "2021-09-30"}),  # the old spelling
    ("Hàng quí", {"kind": "recurring", "start": None, "end": None, "every": "quarter"}),
    ("6 tháng, năm", {"kind": "recurring", "start": None, "end": None, "every": ["half_year", "year"]}),
    ("Quý, 6 tháng và năm", {"kind": "recurring", "start": None, "end": None,
                             "every": ["quarter", "half_year", "year"]}),
    ("6 tháng và hằng năm", {"kind": "recurring", "start": None, "end": None, "every": ["half_year", "year"]}),
    ("Năm 2025 (trước 30/9)", {"kind": "date", "start": None, "end": "2025-09-30"}),
    ("6 tháng đầu năm", {"kind": "period", "start": "2021-01-01", "end": "2021-06-30"}),
])
def test_phrasings_of_other_provinces_and_years(text, expected):
    assert _d(text) == expected


def test_a_day_without_year_takes_the_year_its_cell_names_in_a_multi_year_plan():
    assert _d("Quý IV/2024 (trước 15/12)", 2023, annual=False)["end"] == "2024-12-15"
    assert _d("Trước 15/12", 2023, annual=False)["end"] == "2023-12-15"
