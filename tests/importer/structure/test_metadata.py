"""Plan metadata read from a document's opening, in the phrasings plans of any province use."""
from __future__ import annotations

import pytest

from cchc.importer.structure.metadata import read_metadata

HEAD = """ỦY BAN NHÂN DÂN
TỈNH {province_caps}
Số: {number}
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
{place}, ngày 18 tháng 12 năm {year_before}

KẾ HOẠCH
{title_caps}
"""


def _head(province_caps="QUẢNG NAM", number="3335/KH-UBND", place="Tam Kỳ", year_before=2020,
          title_caps="CẢI CÁCH HÀNH CHÍNH NĂM 2021"):
    return HEAD.format(province_caps=province_caps, number=number, place=place, year_before=year_before,
                       title_caps=title_caps)


def test_reads_an_annual_plan_heading():
    info = read_metadata(_head())
    assert info.province == "Quảng Nam"
    assert info.title == "Kế hoạch cải cách hành chính năm 2021"
    assert (info.kind, info.period_start, info.period_end) == ("annual", 2021, 2021)
    assert info.decision_number == "3335/KH-UBND"


def test_reads_a_multi_year_plan_of_a_province_named_in_its_title():
    info = read_metadata(_head(province_caps="ĐẮK LẮK",
                               title_caps="CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC TỈNH ĐẮK LẮK GIAI ĐOẠN 2021 - 2025"))
    assert info.province == "Đắk Lắk"
    assert (info.kind, info.period_start, info.period_end) == ("multi_year", 2021, 2025)


@pytest.mark.parametrize("title_caps, period", [
    # the date and number of the document a plan implements are no years of the plan's
    ("THỰC HIỆN CHỈ THỊ SỐ 27/CT-TTG NGÀY 15 THÁNG 8 NĂM 2024 CỦA THỦ TƯỚNG CHÍNH PHỦ", (None, None)),
    ("THỰC HIỆN NGHỊ ĐỊNH SỐ 61/2018/NĐ-CP VỀ MỘT CỬA NĂM 2021", (2021, 2021)),
    # "đến năm 2030": from the year the plan is dated
    ("THỰC HIỆN NGHỊ QUYẾT SỐ 48/NQ-CP NGÀY 03/4/2023 CỦA CHÍNH PHỦ ĐẾN NĂM 2030", (2020, 2030)),
    ("CẢI CÁCH HÀNH CHÍNH GIAI ĐOẠN 2021 - 2025", (2021, 2025)),
    # the year of an index whose results a plan (dated 2020) answers is not the plan's
    ("KHẮC PHỤC TỒN TẠI, HẠN CHẾ QUA KẾT QUẢ XÁC ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2019", (2020, 2020)),
    ("NÂNG CAO CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2021", (2021, 2021)),
])
def test_the_period_is_the_plans_own_years(title_caps, period):
    info = read_metadata(_head(title_caps=title_caps))
    assert (info.period_start, info.period_end) == period


@pytest.mark.parametrize("opening, province", [
    ("UBND TỈNH BÌNH PHƯỚC\nKẾ HOẠCH\nCải cách hành chính năm 2018", "Bình Phước"),
    ("ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU\n", "Bà Rịa - Vũng Tàu"),
    ("UBND THÀNH PHỐ CẦN THƠ\n", "Cần Thơ"),
    ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ KON TUM\nKẾ HOẠCH\nCải cách hành chính năm 2018", "Kon Tum"),   # nothing else named
    ("ubnd tinh kon tum\nke hoach cai cach hanh chinh", "Kon Tum"),   # marks lost
    # a commune's letterhead names no province; the basis names it across a line break
    ("ỦY BAN NHÂN DÂN XÃ BÌNH SƠN\nCăn cứ Quyết định số 1520/QĐ-UBND của Chủ tịch UBND tỉnh\nQuảng Ngãi ban hành "
     "Kế hoạch cải cách hành chính năm 2026", "Quảng Ngãi"),
])
def test_finds_the_province_after_its_marker(opening, province):
    assert read_metadata(opening).province == province


@pytest.mark.parametrize("text, province", [
    # 2026 plans of merged provinces name the provinces merged into them in the body
    ("UBND TỈNH KHÁNH HÒA\nSỞ TƯ PHÁP\nKẾ HOẠCH\nCải cách hành chính năm 2026 của Sở Tư pháp\n"
     "1. Rà soát văn bản quy phạm pháp luật của tỉnh Ninh Thuận (cũ) còn hiệu lực.", "Khánh Hòa"),
    ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\nKẾ HOẠCH\nThực hiện Chỉ thị số 27/CT-TTg\nCăn cứ Kế hoạch của "
     "UBND tỉnh Sóc Trăng; Quyết định của UBND tỉnh Hậu Giang đến năm 2025", "Cần Thơ"),
    ("KẾ HOẠCH\nCải cách hành chính năm 2026 của UBND phường Phúc Yên\nthuộc tỉnh Vĩnh Phúc (cũ), nay là "
     "tỉnh Phú Thọ", "Phú Thọ"),
    # a ward named after a province's former city, which its founding sentence names first
    ("ỦY BAN NHÂN DÂN\nPHƯỜNG KON TUM\nKẾ HOẠCH\nCải cách hành chính năm 2026\nPhường Kon Tum được thành lập "
     "trên cơ sở sắp xếp các phường của thành phố Kon Tum. Căn cứ Kế hoạch của UBND tỉnh Quảng Ngãi", "Quảng Ngãi"),
])
def test_the_province_is_the_issuers_not_one_the_body_names(text, province):
    assert read_metadata(text).province == province


def test_a_text_without_a_province_has_none():
    assert read_metadata("Báo cáo tình hình thực hiện nhiệm vụ").province is None


@pytest.mark.parametrize("opening, province", [
    # a district's plan that names only its district
    ("ỦY BAN NHÂN DÂN\nHUYỆN KRÔNG PẮC\nSố: 05/KH-UBND\tKrông Pắc, ngày 10 tháng 01 năm 2019\nKẾ HOẠCH\n"
     "Cải cách hành chính năm 2019\n", "Đắk Lắk"),
    # a commune's, under its district's name
    ("UBND HUYỆN NÔNG CỐNG\nỦY BAN NHÂN DÂN\nTHỊ TRẤN NÔNG CỐNG\nSố: 12/KH-UBND\nKẾ HOẠCH\n"
     "Cải cách hành chính giai đoạn 2021 - 2025\n", "Thanh Hóa"),
    # a district become a town since: "huyện Duy Tiên" is "thị xã Duy Tiên" in the list
    ("UBND HUYỆN DUY TIÊN\nSố: 20/KH-UBND\nKẾ HOẠCH\nCải cách hành chính năm 2015\n", "Hà Nam"),
    # no letterhead: the title names the district
    ("KẾ HOẠCH\nCải cách hành chính năm 2020 của huyện Lạc Dương\nCăn cứ Kế hoạch của UBND tỉnh;", "Lâm Đồng"),
    # a commune of the two-tier government, whose name no other commune bears
    ("ỦY BAN NHÂN DÂN\nXÃ KRÔNG PẮC\nSố: 03/KH-UBND\tKrông Pắc, ngày 05 tháng 01 năm 2026\nKẾ HOẠCH\n"
     "Cải cách hành chính năm 2026\n", "Đắk Lắk"),
])
def test_a_local_plan_naming_no_province_takes_its_units(opening, province):
    assert read_metadata(opening).province == province


@pytest.mark.parametrize("opening", [
    # six provinces have a "huyện Châu Thành"
    "ỦY BAN NHÂN DÂN\nHUYỆN CHÂU THÀNH\nSố: 15/KH-UBND\nKẾ HOẠCH\nCải cách hành chính năm 2020\n",
    # a commune before 2025: the communes of the list are those formed in 2025
    "ỦY BAN NHÂN DÂN\nXÃ KRÔNG PẮC\nSố: 03/KH-UBND\tngày 05 tháng 01 năm 2019\nKẾ HOẠCH\n"
    "Cải cách hành chính năm 2019\n",
])
def test_a_unit_that_does_not_tell_its_province_gives_none(opening):
    assert read_metadata(opening).province is None


@pytest.mark.parametrize("letterhead, issuer", [
    ("ỦY BAN NHÂN DÂN\nHUYỆN BẢO LÂM", "UBND huyện"),
    ("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTHỊ XÃ BUÔN HỒ\tĐộc lập - Tự do - Hạnh phúc", "UBND thị xã"),
    ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ BẢO LỘC", "UBND thành phố"),
    ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", "UBND thành phố"),  # a centrally-run city, as its letterhead says
    ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ TĨNH", "UBND thành phố"),   # a province's city of the province's name
    # "TP." for "THÀNH PHỐ", with or without a space after it
    ("ỦY BAN NHÂN DÂN\nTP. HỒ CHÍ MINH", "UBND thành phố"),
    ("UBND TP.BUÔN MA THUỘT", "UBND thành phố"),
    ("UBND TỈNH AN GIANG\nSỞ KẾ HOẠCH VÀ ĐẦU TƯ", "Sở Kế hoạch và Đầu tư"),
    ("UBND TỈNH BẮC NINH\nSỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "Sở Văn hóa, Thể thao và Du lịch"),
    ("ỦY BAN NHÂN DÂN\nTỈNH AN GIANG", "UBND tỉnh"),
    ("ỦY BAN NHÂN DÂN\nPHƯỜNG HẢI CHÂU", "UBND phường"),
    ("ỦY BAN NHÂN DÂN XÃ HÒA VANG", "UBND xã"),
    # a ward or district named by its number
    ("UBND THÀNH PHỐ TÂY NINH\nỦY BAN NHÂN DÂN PHƯỜNG 3", "UBND phường"),
    ("ỦY BAN NHÂN DÂN\nQUẬN 10", "UBND quận"),
    # a commune's letterhead under its district's name: the commune issues
    ("UBND HUYỆN TÂN PHƯỚC\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nỦY BAN NHÂN DÂN\tĐộc lập - Tự do - Hạnh phúc\n"
     "XÃ MỸ PHƯỚC", "UBND xã"),
    ("UBND HUYỆN YÊN PHONG\nUBND XÃ YÊN TRUNG", "UBND xã"),
    ("UBND TỈNH HÀ NAM\nVĂN PHÒNG UBND TỈNH", "Văn phòng UBND tỉnh"),
    ("UBND TỈNH HÀ NAM\nBAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP", "Ban Quản lý các khu công nghiệp"),
    ("CÔNG AN TỈNH HÀ NAM", "Công an tỉnh Hà Nam"),
    ("UBND TỈNH HÀ NAM\nSỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "Sở Lao động - Thương binh và Xã hội"),
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN", "UBND tỉnh"),
    # a long name set on two or three lines of the narrow letterhead column
    ("UBND TỈNH NGHỆ AN\nSỞ NÔNG NGHIỆP VÀ\nPHÁT TRIỂN NÔNG THÔN", "Sở Nông nghiệp và Phát triển nông thôn"),
    ("BỘ NÔNG NGHIỆP\nVÀ\nMÔI TRƯỜNG\n-------\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM", "Bộ Nông nghiệp và Môi trường"),
    ("UBND TỈNH GIA LAI\nSỞ TÀI CHÍNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Sở Tài chính"),
    # the two columns on one line a space apart, the motto in today's spelling "HÒA"
    ("UBND TỈNH GIA LAI\nSỞ DÂN TỘC VÀ TÔN GIÁO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Sở Dân tộc và Tôn giáo"),
    # the name wraps on past the motto of its own line
    ("UBND TỈNH QUẢNG TRỊ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ KHOA HỌC VÀ CÔNG\tĐộc lập - Tự do - Hạnh phúc\n"
     "NGHỆ", "Sở Khoa học và Công nghệ"),
    # ... and past the motto set on two lines beside it
    ("UBND TỈNH QUẢNG TRỊ\nSỞ KHOA HỌC\tCỘNG HÒA XÃ HỘI\nVÀ CÔNG\tCHỦ NGHĨA VIỆT NAM\nNGHỆ", "Sở Khoa học và Công nghệ"),
    ("UBND TỈNH QUẢNG TRỊ\nSỞ KHOA HỌC VÀ CÔNG CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nNGHỆ\tĐộc lập - Tự do - Hạnh phúc",
     "Sở Khoa học và Công nghệ"),
    # a unit under its department or the province: the line above it names its parent
    ("SỞ Y TẾ PHÚ YÊN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBỆNH VIỆN ĐA KHOA TỈNH", "Bệnh viện Đa khoa tỉnh"),
    ("SỞ NÔNG NGHIỆP VÀ PTNT\nCHI CỤC KIỂM LÂM", "Chi cục Kiểm lâm"),
    ("UBND TỈNH PHÚ YÊN\nĐÀI PHÁT THANH VÀ TRUYỀN HÌNH", "Đài Phát thanh và Truyền hình"),
    ("UBND HUYỆN TÂN PHÚ\nPHÒNG TƯ PHÁP", "Phòng Tư pháp"),   # a district's division
    ("ỦY BAN NHÂN DÂN\nHUYỆN CƯ M'GAR", "UBND huyện"),
    # bodies of the state: a ministry's general department, and bodies whose name needs no more words
    ("BỘ TÀI CHÍNH\nTỔNG CỤC THUẾ", "Tổng cục Thuế"),
    ("BẢO HIỂM XÃ HỘI VIỆT NAM", "Bảo hiểm xã hội Việt Nam"),
    ("KIỂM TOÁN NHÀ NƯỚC\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Kiểm toán nhà nước"),
    ("NGÂN HÀNG NHÀ NƯỚC\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nVIỆT NAM\tĐộc lập - Tự do - Hạnh phúc",
     "Ngân hàng Nhà nước Việt Nam"),
    ("NGÂN HÀNG NHÀ NƯỚC\tCỘNG HÒA XÃ HỘI\n\tCHỦ NGHĨA\nVIỆT NAM", "Ngân hàng Nhà nước"),  # the motto's words
    # the motto cut after "CỘNG HÒA": its second line names no commune
    ("ỦY BAN NHÂN DÂN\nTỈNH LONG AN\nCỘNG HÒA\nXÃ HỘI CHỦ NGHĨA VIỆT NAM", "UBND tỉnh"),
])
def test_issuer_is_the_body_the_letterhead_names(letterhead, issuer):
    text = f"{letterhead}\nSố: 12/KH-UBND\nKẾ HOẠCH\nCải cách hành chính năm 2024\nCăn cứ Luật Tổ chức chính quyền;"
    assert read_metadata(text).issuer == issuer


@pytest.mark.parametrize("letterhead", ["ỦY BAN NHÂN DÂN\nTP. HỒ CHÍ MINH", "ỦY BAN NHÂN DÂN\nTP.HỒ CHÍ MINH",
                                        "UBND TP HỒ CHÍ MINH"])
def test_a_city_named_after_tp_is_the_plans_province(letterhead):
    text = f"{letterhead}\nSố: 12/KH-UBND\nKẾ HOẠCH\nCải cách hành chính năm 2024\n"
    assert read_metadata(text).province == "Hồ Chí Minh"


def test_the_issuer_is_written_as_the_plans_text_writes_it():
    text = ("UBND TỈNH HÀ TĨNH\nBAN QUẢN LÝ KHU KINH TẾ TỈNH\nSố: 12/KH-BQL\nKẾ HOẠCH\nCải cách hành chính năm 2025\n"
            "BAN QUẢN LÝ KHU KINH TẾ TỈNH ban hành kế hoạch. Các phòng của ban quản lý khu kinh tế tỉnh thực hiện; "
            "Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh tổng hợp.")
    assert read_metadata(text).issuer == "Ban Quản lý Khu kinh tế tỉnh"


@pytest.mark.parametrize("rule", ["––––––––––", "----------", "__________", "***"])
@pytest.mark.parametrize("title", ["Cải cách hành chính năm 2024", "CẢI CÁCH HÀNH CHÍNH NĂM 2024"])
def test_the_rule_under_the_title_is_no_part_of_it(rule, title):
    text = f"UBND HUYỆN THẠCH THÀNH\nSố: 38/KH-UBND\nKẾ HOẠCH\n{title}\n{rule}\nCăn cứ Luật Tổ chức chính quyền;"
    assert read_metadata(text).title == "Kế hoạch cải cách hành chính năm 2024"


def test_chairman_of_a_district():
    text = "ỦY BAN NHÂN DÂN\nHUYỆN A LƯỚI\nSố: 5/QĐ-UBND\nQUYẾT ĐỊNH\nCHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN A LƯỚI\n"
    assert read_metadata(text).issuer == "Chủ tịch UBND huyện"


def test_a_work_programme_of_older_years_is_titled_as_its_heading_names_it():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH THÁI BÌNH\nSố: 05/2011/QĐ-UBND\nQUYẾT ĐỊNH\nBan hành Chương trình công tác "
            "cải cách hành chính năm 2011\nCHƯƠNG TRÌNH\nCông tác cải cách hành chính năm 2011\n"
            "(Ban hành kèm theo Quyết định số 05/2011/QĐ-UBND ngày 18/01/2011 của UBND tỉnh)\n")
    info = read_metadata(text)
    assert info.title == "Chương trình công tác cải cách hành chính năm 2011"
    assert (info.kind, info.period_start, info.decision_number) == ("annual", 2011, "05/2011/QĐ-UBND")


def test_title_keeps_a_leading_acronym_and_a_short_name_in_parentheses():
    info = read_metadata("UBND TỈNH LONG AN\nKẾ HOẠCH\nNâng cao Chỉ số cải cách hành chính (PAR Index) tỉnh Long An "
                         "năm 2024\n")
    assert info.title == "Kế hoạch nâng cao Chỉ số cải cách hành chính (PAR Index) tỉnh Long An năm 2024"
    assert (info.kind, info.period_start) == ("thematic", 2024)
    assert read_metadata("KẾ HOẠCH\nCCHC nhà nước năm 2023\n").title == "Kế hoạch CCHC nhà nước năm 2023"
    caps = read_metadata("KẾ HOẠCH\nCẢI CÁCH HÀNH CHÍNH NĂM 2024\n(Ban hành kèm theo Quyết định số 5/QĐ-UBND)\n")
    assert caps.title == "Kế hoạch cải cách hành chính năm 2024"


def test_a_page_number_under_the_title_is_no_part_of_it():
    # a PDF viewer's copy keeps each page's number on a line of its own
    sentence = read_metadata("KẾ HOẠCH\nCải cách hành chính nhà nước tỉnh Hải Dương năm 2023\n2\nPhụ lục\n")
    assert sentence.title == "Kế hoạch cải cách hành chính nhà nước tỉnh Hải Dương năm 2023"
    caps = read_metadata("KẾ HOẠCH\nCẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC\n2\nPHỤ LỤC\n")
    assert caps.title == "Kế hoạch cải cách hành chính nhà nước"
    year = read_metadata("KẾ HOẠCH\nCẢI CÁCH HÀNH CHÍNH TỈNH ĐẮK NÔNG NĂM\n2023\n")   # a year is no page
    assert year.title == "Kế hoạch cải cách hành chính tỉnh Đắk Nông năm 2023"


def test_decision_named_in_a_portal_lead_paragraph():
    info = read_metadata("UBND tỉnh ban hành Kế hoạch số 12/KH-UBND ngày 08/01/2025 về cải cách hành chính.\n"
                         "KẾ HOẠCH\nCẢI CÁCH HÀNH CHÍNH TỈNH TUYÊN QUANG NĂM 2025\n")
    assert (info.decision_number, info.decision_date) == ("12/KH-UBND", "2025-01-08")
    cited = read_metadata("KẾ HOẠCH\nCẢI CÁCH HÀNH CHÍNH NĂM 2025\nCăn cứ Quyết định số 9/QĐ-UBND ngày 2/1/2025 "
                          "của UBND tỉnh ban hành Kế hoạch số 3/KH-UBND;\n")
    assert cited.decision_number is None


@pytest.mark.parametrize("cites", [
    "Điều 1. Sửa đổi, bổ sung một số nhiệm vụ tại Phụ lục kèm theo Kế hoạch số 210/KH-UBND ngày 28/12/2022.",
    "Về việc điều chỉnh Phụ lục kèm theo Kế hoạch số 210/KH-UBND ngày 28/12/2022 của UBND tỉnh"])
def test_an_amendment_is_known_by_its_own_number_not_the_plans_it_amends(cites):
    info = read_metadata("UBND TỈNH BÌNH ĐỊNH\nSố: 1045/QĐ-UBND\nBình Định, ngày 12 tháng 5 năm 2023\nQUYẾT ĐỊNH\n"
                         f"{cites}\nPHỤ LỤC\n(Kèm theo Quyết định số 1045/QĐ-UBND ngày 12/5/2023 của Chủ tịch "
                         "UBND tỉnh)\n")
    assert (info.decision_number, info.decision_date) == ("1045/QĐ-UBND", "2023-05-12")


def test_an_appendix_on_its_own_has_no_title_and_its_period_decides_the_kind():
    info = read_metadata("PHỤ LỤC NHIỆM VỤ NĂM 2022\n(Kèm theo Kế hoạch số 20/KH-UBND ngày 10/01/2022 của UBND tỉnh "
                         "Bắc Giang)\nSTT\tNhiệm vụ\tCơ quan chủ trì\n")
    assert (info.title, info.kind, info.period_start) == (None, "annual", 2022)
    assert (info.decision_number, info.province) == ("20/KH-UBND", "Bắc Giang")


def test_a_sheet_headed_by_its_appendix_label_and_the_plans_name():
    info = read_metadata("UBND TỈNH HÀ GIANG\nPHỤ LỤC: KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC TỈNH HÀ GIANG NĂM 2016\n"
                         "(Ban hành kèm theo Quyết định số 312/QĐ-UBND ngày 25/02/2016 của UBND tỉnh Hà Giang)\n")
    assert info.title == "Kế hoạch cải cách hành chính nhà nước tỉnh Hà Giang năm 2016"
    assert (info.decision_number, info.decision_date) == ("312/QĐ-UBND", "2016-02-25")


@pytest.mark.parametrize("caps, title", [
    ("CẢI CÁCH HÀNH CHÍNH NĂM 2022 CỦA SỞ KẾ HOẠCH VÀ ĐẦU TƯ",
     "Kế hoạch cải cách hành chính năm 2022 của Sở Kế hoạch và Đầu tư"),
    ("CẢI CÁCH HÀNH CHÍNH HUYỆN ĐỨC TRỌNG NĂM 2024", "Kế hoạch cải cách hành chính huyện Đức Trọng năm 2024"),
    ("CẢI CÁCH HÀNH CHÍNH NĂM 2024 CỦA PHƯỜNG HẢI CHÂU", "Kế hoạch cải cách hành chính năm 2024 của phường Hải Châu"),
    ("CẢI CÁCH HÀNH CHÍNH GẮN VỚI PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2024",
     "Kế hoạch cải cách hành chính gắn với phát triển kinh tế - xã hội năm 2024"),
    ("THANH TRA CÔNG VỤ VÀ BAN HÀNH VĂN BẢN NĂM 2021", "Kế hoạch thanh tra công vụ và ban hành văn bản năm 2021"),
    ("THỰC HIỆN NGHỊ QUYẾT SỐ 76/NQ-CP CỦA CHÍNH PHỦ VỀ CẢI CÁCH HÀNH CHÍNH NĂM 2025",
     "Kế hoạch thực hiện Nghị quyết số 76/NQ-CP của Chính phủ về cải cách hành chính năm 2025"),
    ("CẢI CÁCH HÀNH CHÍNH NĂM 2025 CỦA BỘ NỘI VỤ", "Kế hoạch cải cách hành chính năm 2025 của Bộ Nội vụ"),
    ("CẢI CÁCH HÀNH CHÍNH HUYỆN NĂM CĂN NĂM 2017", "Kế hoạch cải cách hành chính huyện Năm Căn năm 2017"),
    ("CẢI CÁCH HÀNH CHÍNH HUYỆN CƯ M'GAR NĂM 2017", "Kế hoạch cải cách hành chính huyện Cư M'gar năm 2017"),
    ("CẢI CÁCH HÀNH CHÍNH SỞ GIÁO DỤC VÀ ĐÀO TẠO NĂM 2017",
     "Kế hoạch cải cách hành chính Sở Giáo dục và Đào tạo năm 2017"),
    ("CHUYỂN ĐỔI SỐ, PHÁT TRIỂN MẠNG 5G VÀ INTERNET VẠN VẬT (IOT) NĂM 2025",
     "Kế hoạch chuyển đổi số, phát triển mạng 5G và internet vạn vật (IOT) năm 2025"),
    ("THI ĐUA CHÀO MỪNG ĐẠI HỘI LẦN THỨ XIV CỦA ĐẢNG VÀ PHÁT TRIỂN ĐẢNG VIÊN",
     "Kế hoạch thi đua chào mừng đại hội lần thứ XIV của Đảng và phát triển đảng viên"),
    ("KIỂM KÊ TÀI SẢN CÔNG THỜI ĐIỂM 0H00 NGÀY 01/01/2026 THEO QUY ĐỊNH CỦA QUỐC HỘI KHÓA XV",
     "Kế hoạch kiểm kê tài sản công thời điểm 0h00 ngày 01/01/2026 theo quy định của Quốc hội khóa XV"),
])
def test_a_title_in_capitals_gets_its_names_back(caps, title):
    assert read_metadata(f"KẾ HOẠCH\n{caps}\n").title == title


@pytest.mark.parametrize("caps", ["CẢI CÁCH HÀNH CHÍNH SỞ GIÁO DỤC VÀ ĐÀO TẠO NĂM 2017",
                                  "CẢI CÁCH HÀNH CHÍNH NĂM 2017 CỦA PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN TÂN PHÚ"])
def test_the_name_of_the_agency_whose_plan_it_is_names_no_theme(caps):
    """"Đào tạo" in the name of the department of education is no training plan."""
    assert read_metadata(f"KẾ HOẠCH\n{caps}\n").kind == "annual"


def test_a_number_line_without_colon():
    info = read_metadata("UBND TỈNH BÌNH PHƯỚC\nSố 25/KH-UBND\nBình Phước, ngày 18 tháng 01 năm 2019\nKẾ HOẠCH\n"
                         "Cải cách hành chính năm 2019\n")
    assert (info.decision_number, info.decision_date) == ("25/KH-UBND", "2019-01-18")


def test_a_number_line_in_capitals():
    info = read_metadata("UỶ BAN NHÂN DÂN\nHUYỆN KIM SƠN\nSỐ: 08/KH-UBND\nKim Sơn, ngày 10 tháng 01 năm 2012\n"
                         "KẾ HOẠCH\nCải cách hành chính năm 2012\n")
    assert (info.decision_number, info.decision_date) == ("08/KH-UBND", "2012-01-10")


_COVER_LETTER = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 310/UBND-NC\tQuảng Trị, ngày 16 tháng 01 năm 2023\n"
                 "V/v triển khai Kế hoạch cải cách hành chính năm 2023\nKính gửi: Các sở, ban, ngành.\n")


@pytest.mark.parametrize("plan, number, date", [
    ("Số: 15/KH-UBND\tQuảng Trị, ngày 10 tháng 01 năm 2023\nKẾ HOẠCH\n", "15/KH-UBND", "2023-01-10"),
    ("KẾ HOẠCH\nCải cách hành chính năm 2023\n", "310/UBND-NC", "2023-01-16"),  # none of its own: the letter's
])
def test_a_cover_letter_sending_the_plan_lends_it_no_number_of_its_own(plan, number, date):
    info = read_metadata(_COVER_LETTER + plan)
    assert (info.decision_number, info.decision_date) == (number, date)


@pytest.mark.parametrize("heading", ["KẾ HOẠCH\n(DỰ THẢO)", "KẾ HOẠCH\n(Dự thảo lần 2)", "KẾ HOẠCH (DỰ THẢO)",
                                     "DỰ THẢO KẾ HOẠCH", "KẾ HOẠCH\nDỰ THẢO"])
def test_a_drafts_mark_in_the_heading_is_no_part_of_the_title(heading):
    info = read_metadata(f"Số: 15/KH-UBND\n{heading}\nCải cách hành chính tỉnh Quảng Trị năm 2023\nI. CHỈ TIÊU\n")
    assert info.title == "Kế hoạch cải cách hành chính tỉnh Quảng Trị năm 2023"


def test_a_page_title_stops_before_the_portals_date_line():
    info = read_metadata("Trang chủ | Tin tức\nKế hoạch cải cách hành chính tỉnh Tuyên Quang năm 2025\n"
                         "Cập nhật: 10/01/2025 08:15\nUBND tỉnh ban hành Kế hoạch số 12/KH-UBND ngày 08/01/2025.\n")
    assert info.title == "Kế hoạch cải cách hành chính tỉnh Tuyên Quang năm 2025"
    wrapped = read_metadata("KẾ HOẠCH\nCải cách hành chính nhà nước\ntỉnh Đắk Nông năm 2021\n\nCăn cứ Luật;")
    assert wrapped.title == "Kế hoạch cải cách hành chính nhà nước tỉnh Đắk Nông năm 2021"
    assert read_metadata("Kế hoạch cải cách hành chính năm 2024\nCăn cứ Luật;").title == \
        "Kế hoạch cải cách hành chính năm 2024"


def test_a_websites_banner_above_the_letterhead_is_not_the_issuer():
    text = "SỞ NỘI VỤ TỈNH QUẢNG NAM\nỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\nSố: 1/KH-UBND\nKẾ HOẠCH\nCải cách hành chính 2024\n"
    assert read_metadata(text).issuer == "UBND tỉnh"


def test_without_letterhead_the_title_names_the_issuer():
    appendix = read_metadata("KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024 CỦA HUYỆN ĐỨC TRỌNG\nSTT\tNội dung\tĐơn vị chủ trì\n")
    assert (appendix.title, appendix.issuer) == ("Kế hoạch cải cách hành chính năm 2024 của huyện Đức Trọng",
                                                 "UBND huyện")
    assert read_metadata("KẾ HOẠCH\nCải cách hành chính năm 2024 của Sở Kế hoạch và Đầu tư\n").issuer == \
        "Sở Kế hoạch và Đầu tư"
    assert read_metadata("KẾ HOẠCH\nCải cách hành chính của tỉnh Kon Tum năm 2018\n").issuer == "UBND tỉnh"


def test_without_letterhead_or_title_the_appendix_caption_names_the_issuer():
    caption = "(Kèm theo Kế hoạch số 25/KH-SGTVT ngày 15/01/2024 của Sở Giao thông vận tải tỉnh Bình Định)"
    appendix = f"PHỤ LỤC II\nNHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024\n{caption}\nSTT\tNội dung nhiệm vụ\tĐơn vị chủ trì\n"
    assert read_metadata(appendix).issuer == "Sở Giao thông vận tải"
    assert read_metadata(appendix.replace("của Sở Giao thông vận tải tỉnh", "của UBND tỉnh")).issuer == "UBND tỉnh"


def test_an_appendix_heading_far_below_does_not_replace_a_sentence_case_title():
    body = "Căn cứ Luật Tổ chức chính quyền địa phương.\n" * 60
    info = read_metadata(f"UBND TỈNH A\nKế hoạch cải cách hành chính năm 2024\n{body}"
                         "PHỤ LỤC\nKẾ HOẠCH TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH NĂM 2024\n")
    assert info.title == "Kế hoạch cải cách hành chính năm 2024"


@pytest.mark.parametrize("letterhead", ["ỦY BAN NHÂN\nDÂN\nTHÀNH PHỐ HỒ CHÍ MINH", "UBND TP. HỒ CHÍ MINH"])
def test_the_largest_city_is_found_by_its_name_after_thanh_pho_or_tp(letterhead):
    info = read_metadata(f"{letterhead}\nSố: 174/KH-UBND\nKẾ HOẠCH\nCẢI CÁCH HÀNH CHÍNH TRÊN ĐỊA BÀN THÀNH PHỐ "
                         "HỒ CHÍ MINH NĂM 2026\n")
    assert info.province == "Hồ Chí Minh"
    assert info.title == "Kế hoạch cải cách hành chính trên địa bàn thành phố Hồ Chí Minh năm 2026"
    # the name alone, without "thành phố" before it, is no place ("tư tưởng Hồ Chí Minh")
    assert read_metadata("UBND TỈNH HÀ TĨNH\nKẾ HOẠCH\nHọc tập tư tưởng Hồ Chí Minh\n").province == "Hà Tĩnh"


def test_a_department_named_kế_hoạch_in_wrapped_running_text_is_no_title():
    info = read_metadata("BỘ XÂY DỰNG\nSố: 35/2025/TT-BXD\nTHÔNG TƯ\nQUY ĐỊNH GIÁ DỊCH VỤ ĐĂNG KIỂM\n"
                         "Theo đề nghị của Vụ trưởng Vụ\nKế hoạch - Tài chính và Cục trưởng Cục Đăng kiểm Việt Nam;\n")
    assert info.title is None


@pytest.mark.parametrize("text, number, date", [
    ("Số: 15/2025/QĐ-UBND\nLào Cai, ngày 26 tháng 11 năm 2025\n", "15/2025/QĐ-UBND", "2025-11-26"),
    ("Số: 15/2014/QĐ- UBND\nngày 02/7/2014\n", "15/2014/QĐ-UBND", "2014-07-02"),   # wrapped after its hyphen
    ("Kế hoạch ban hành kèm theo Quyết định số 08/2021/QĐUBND ngày 20 tháng 5 năm 2021\n", "08/2021/QĐ-UBND",
     "2021-05-20"),
    ("Số: 45/KH-UBND  -  Bình Phước\n", "45/KH-UBND", None),
])
def test_a_number_that_carries_its_year_keeps_its_kind(text, number, date):
    info = read_metadata(text)
    assert (info.decision_number, info.decision_date) == (number, date)


def test_a_decision_cited_in_a_căn_cứ_clause_is_not_the_plans_own():
    info = read_metadata("ỦY BAN NHÂN DÂN\nHUYỆN LẠC DƯƠNG\nSố: 45/KH-UBND\nLạc Dương, ngày 15 tháng 01 năm 2025\n"
                         "KẾ HOẠCH\nCải cách hành chính năm 2025 của huyện Lạc Dương\n"
                         "Căn cứ Kế hoạch cải cách hành chính năm 2025 ban hành kèm theo Quyết định số\n"
                         "100/QĐ-UBND ngày 05/01/2025 của Chủ tịch UBND tỉnh Lâm Đồng;\n")
    assert (info.decision_number, info.decision_date, info.issuer) == ("45/KH-UBND", "2025-01-15", "UBND huyện")


def test_the_issuing_decisions_date_wrapped_onto_the_next_line():
    info = read_metadata("KẾ HOẠCH\nCẢI CÁCH HÀNH CHÍNH TỈNH ĐỒNG THÁP GIAI ĐOẠN 2026 - 2030\n"
                         "(Ban hành kèm theo Quyết định số 45/QĐ-UBND\nngày 15/01/2026 của Chủ tịch UBND tỉnh Đồng Tháp)\n")
    assert (info.decision_number, info.decision_date, info.issuer) == ("45/QĐ-UBND", "2026-01-15", "Chủ tịch UBND tỉnh")


def test_a_title_in_capitals_ends_before_the_first_part_of_the_plan():
    info = read_metadata("KẾ HOẠCH\nCẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC TỈNH AN GIANG NĂM 2025\nI. MỤC ĐÍCH, YÊU CẦU\n"
                         "1. Mục đích\n")
    assert info.title == "Kế hoạch cải cách hành chính nhà nước tỉnh An Giang năm 2025"


def test_a_portal_lead_that_dates_the_plan_before_its_number_and_names_the_district():
    info = read_metadata("UBND huyện Lạc Dương ban hành Kế hoạch cải cách hành chính năm 2025\n"
                         "Ngày 15/01/2025, UBND huyện Lạc Dương ban hành Kế hoạch số 45/KH-UBND về cải cách hành "
                         "chính năm 2025 trên địa bàn huyện.\n")
    assert (info.decision_number, info.decision_date, info.issuer) == ("45/KH-UBND", "2025-01-15", "UBND huyện")


def test_an_appendix_caption_naming_the_plan_keeps_the_plans_own_date():
    info = read_metadata("UBND TỈNH LÀO CAI\nSố: 18/KH-UBND\nLào Cai, ngày 15 tháng 01 năm 2019\nKẾ HOẠCH\n"
                         "Cải cách hành chính tỉnh Lào Cai năm 2019\nI. MỤC ĐÍCH, YÊU CẦU\nPHỤ LỤC\n"
                         "(Kèm theo Kế hoạch số 18/KH-UBND của UBND tỉnh Lào Cai)\n")
    assert (info.decision_number, info.decision_date) == ("18/KH-UBND", "2019-01-15")


def test_a_portal_lead_dates_the_plan_not_the_plan_its_clause_cites():
    info = read_metadata("Ngày 12/01/2026, UBND phường Hạc Thành ban hành Kế hoạch số 08/KH-UBND về cải cách "
                         "hành chính năm 2026.\nỦY BAN NHÂN DÂN PHƯỜNG HẠC THÀNH\nSố: 08/KH-UBND\nKẾ HOẠCH\n"
                         "Cải cách hành chính năm 2026 của phường Hạc Thành\nCăn cứ Kế hoạch số 12/KH-UBND ngày "
                         "06/01/2026 của UBND tỉnh Thanh Hóa về cải cách hành chính năm 2026;\n")
    assert (info.decision_number, info.decision_date) == ("08/KH-UBND", "2026-01-12")


@pytest.mark.parametrize("heading", ["KE HOẠCH", "KẾ HOACH"])
def test_a_heading_that_lost_a_mark_to_ocr_still_heads_the_title(heading):
    info = read_metadata(f"UBND TỈNH BẾN TRE\nBến Tre, ngày 26 tháng 12 năm 2022\n{heading}\n"
                         "Cải cách hành chính tỉnh Bến Tre năm 2023\nI. MỤC ĐÍCH, YÊU CẦU\n")
    assert info.title == "Kế hoạch cải cách hành chính tỉnh Bến Tre năm 2023"
    assert (info.period_start, info.period_end) == (2023, 2023)   # not the letterhead's year


@pytest.mark.parametrize("letterhead, issuer", [
    ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTHÀNH PHỐ BẢO LỘC | Độc lập - Tự do - Hạnh phúc",
     "UBND thành phố"),
    ("UBND TỈNH HÀ NAM | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ TƯ PHÁP | Độc lập - Tự do - Hạnh phúc",
     "Sở Tư pháp"),
    # an OCR that read both columns as one line
    ("UỶ BAN NHÂN DÂN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN QUỲNH LƯU Độc lập - Tự do - Hạnh phúc", "UBND huyện"),
])
def test_a_letterhead_whose_columns_a_text_copy_joined_with_bars(letterhead, issuer):
    assert read_metadata(letterhead + "\nSố: 33/KH-UBND\nKẾ HOẠCH\nCải cách hành chính năm 2023\n").issuer == issuer


def test_an_appendix_on_its_own_takes_its_title_from_the_plan_it_is_attached_to():
    info = read_metadata("UBND TỈNH PHÚ YÊN\nNHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024\n(Kèm theo Kế hoạch cải cách hành "
                         "chính năm 2024 của tỉnh Phú Yên ban hành kèm theo Quyết định số 2001/QĐ-UBND ngày "
                         "28/12/2023 của UBND tỉnh)\nSTT\tNhiệm vụ\tChủ trì\n")
    assert info.title == "Kế hoạch cải cách hành chính năm 2024 của tỉnh Phú Yên"
    assert info.decision_number == "2001/QĐ-UBND"
    assert read_metadata("PHỤ LỤC\n(Kèm theo Kế hoạch số 125/KH-UBND ngày 20/12/2023 của UBND tỉnh)\n").title is None


@pytest.mark.parametrize("heading, title", [
    ("PHỤ LỤC\nNHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC TỈNH QUẢNG NGÃI NĂM 2021\n(Kèm theo Quyết định số 1920/QĐ-UBND "
     "ngày 29/12/2020 của Chủ tịch UBND tỉnh Quảng Ngãi)",
     "Kế hoạch cải cách hành chính nhà nước tỉnh Quảng Ngãi năm 2021"),
    ("UBND HUYỆN BẢO LÂM\nPHỤ LỤC 01\nDANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH\nNĂM 2024",
     "Kế hoạch cải cách hành chính năm 2024"),
    ("PHỤ LỤC\nDANH MỤC VĂN BẢN DỰ KIẾN BAN HÀNH NĂM 2024", None),
])
def test_an_appendix_on_its_own_names_its_plan_in_its_heading(heading, title):
    assert read_metadata(heading + "\nSTT\tNội dung\tChủ trì\n1\tRà soát\tSở Nội vụ\n").title == title


def test_a_title_merged_across_a_letterhead_table_is_read_once():
    from cchc.importer.document import Document, Table

    title = "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024 TỈNH PHÚ YÊN"
    doc = Document(blocks=[Table(rows=[["UBND TỈNH PHÚ YÊN"] * 3, [title] * 3,
                                       ["STT", "Nhiệm vụ", "Chủ trì"]], lineno=1)])
    assert read_metadata(doc.text()).title == "Kế hoạch cải cách hành chính năm 2024 tỉnh Phú Yên"


@pytest.mark.parametrize("wrapped, province", [("tỉnh Bà Rịa\n- Vũng Tàu", "Bà Rịa - Vũng Tàu"),
                                               ("tỉnh Thừa Thiên\nHuế", "Thừa Thiên Huế"), ("tỉnh Đắk\nLắk", "Đắk Lắk")])
def test_a_province_name_cut_by_a_line_break(wrapped, province):
    info = read_metadata("KẾ HOẠCH\nCải cách hành chính năm 2021 của thành phố\nThực hiện Kế hoạch số 55/KH-UBND "
                         f"của UBND {wrapped} về cải cách hành chính nhà nước năm 2021;\n")
    assert info.province == province


def test_a_legal_databases_page_title_above_the_letterhead_is_no_part_of_the_plan():
    """Its number and issue year follow the kind; the plan it issues is for the year after."""
    body = ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "HUYỆN GIO LINH | Độc lập - Tự do - Hạnh phúc\n"
            "Số: 125/KH-UBND | Gio Linh, ngày 26 tháng 12 năm 2013\n\n"
            "KẾ HOẠCH\nCẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC HUYỆN GIO LINH NĂM 2014\n\n"
            "Căn cứ Quyết định số 2705/QĐ-UBND ngày 27/12/2013 của UBND tỉnh Quảng Trị;\n")
    info = read_metadata("KẾ HOẠCH 125/KH-UBND NĂM 2013 VỀ CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC HUYỆN GIO LINH\n\n" + body)
    assert (info.title, info.issuer, info.period_start, info.period_end, info.decision_number) == (
        "Kế hoạch cải cách hành chính nhà nước huyện Gio Linh năm 2014", "UBND huyện", 2014, 2014, "125/KH-UBND")


@pytest.mark.parametrize("title, kind", [
    ("Cải cách hành chính năm 2024 của Sở Giáo dục và Đào tạo", "annual"),   # a name, no theme
    ("Đào tạo, bồi dưỡng về cải cách hành chính năm 2024 của Sở Nội vụ", "thematic"),
    ("Thông tin, truyền thông về cải cách hành chính nhà nước năm 2024", "thematic"),
    ("Cải cách hành chính năm 2024 của Sở Thông tin và Truyền thông", "annual"),
    ("Cải cách hành chính năm 2024 của Bộ Giáo dục và Đào tạo", "annual"),
    # the yearly plan of the reform and digital transformation together; digital transformation alone is a theme
    ("Cải cách hành chính và chuyển đổi số năm 2024", "annual"),
    ("Kiểm tra cải cách hành chính và chuyển đổi số năm 2024", "thematic"),
    ("Chuyển đổi số trong cải cách hành chính năm 2024", "thematic"),
])
def test_the_kind_is_read_from_the_subject_not_the_name_of_the_agency_whose_plan_it_is(title, kind):
    assert read_metadata(f"UBND TỈNH KON TUM\nSố: 45/KH-SGDĐT\nKẾ HOẠCH\n{title}\nI. MỤC ĐÍCH\n").kind == kind


@pytest.mark.parametrize("title, kind, area", [
    ("Kế hoạch rà soát, đánh giá thủ tục hành chính năm 2023", "thematic", "thu_tuc_hanh_chinh"),
    # the owner's name is no theme: "Sở Tài chính" is not public finance
    ("Kế hoạch nâng cao Chỉ số cải cách hành chính năm 2022 của Sở Tài chính", "thematic", "chi_dao_dieu_hanh"),
    ("Kế hoạch cải cách hành chính năm 2024", "annual", None),
])
def test_a_thematic_plans_title_names_its_area(title, kind, area):
    from cchc.importer.plan import PlanInfo
    from cchc.importer.structure.metadata import theme_area

    assert theme_area(PlanInfo(title=title, kind=kind)) == area


@pytest.mark.parametrize("letterhead", ["BỘ TƯ PHÁP", "BỘ TÀI CHÍNH\nTỔNG CỤC THUẾ", "BẢO HIỂM XÃ HỘI VIỆT NAM"])
def test_a_plan_of_a_body_of_the_state_belongs_to_no_province_its_tasks_name(letterhead):
    text = (f"{letterhead}\nSố: 12/KH-BTP\nKẾ HOẠCH\nCẢI CÁCH HÀNH CHÍNH NĂM 2024 CỦA NGÂN HÀNG NHÀ NƯỚC VIỆT NAM\n"
            "I. NHIỆM VỤ\n1. Tổ chức hội nghị tập huấn tại thành phố Đà Nẵng\n")
    info = read_metadata(text)
    assert info.province is None
    assert info.title == "Kế hoạch cải cách hành chính năm 2024 của Ngân hàng Nhà nước Việt Nam"


def test_a_department_under_a_province_takes_the_province_its_body_names():
    text = ("SỞ TƯ PHÁP\nSố: 12/KH-STP\nKẾ HOẠCH\nCải cách hành chính năm 2024\nI. NHIỆM VỤ\n"
            "Triển khai tại tỉnh Gia Lai\n")
    assert read_metadata(text).province == "Gia Lai"
