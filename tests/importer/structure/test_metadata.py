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


@pytest.mark.parametrize("opening, province", [
    ("UBND TỈNH BÌNH PHƯỚC\nKẾ HOẠCH\nCải cách hành chính năm 2018", "Bình Phước"),
    ("ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU\n", "Bà Rịa - Vũng Tàu"),
    ("UBND THÀNH PHỐ CẦN THƠ\n", "Cần Thơ"),
    ("ubnd tinh kon tum\nke hoach cai cach hanh chinh", "Kon Tum"),   # marks lost
])
def test_finds_the_province_after_its_marker(opening, province):
    assert read_metadata(opening).province == province


def test_a_text_without_a_province_has_none():
    assert read_metadata("Báo cáo tình hình thực hiện nhiệm vụ").province is None
