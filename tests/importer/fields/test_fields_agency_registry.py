"""AgencyRegistry: aliases, abbreviations, fuzzy matches, succession, and the 2025 names in the corpus counts."""
from __future__ import annotations

import json
from importlib import resources

import pytest
from hypothesis import given, strategies as st

from cchc.importer.fields.agencies import AgencyRegistry


@pytest.fixture(scope="module")
def registry() -> AgencyRegistry:
    return AgencyRegistry.default()


@pytest.mark.parametrize("name, key", [
    ("VP UBND tỉnh", "van_phong_ubnd_tinh"), ("Văn phòng Ủy ban nhân dân tỉnh", "van_phong_ubnd_tinh"),
    ("VPUBND tỉnh", "van_phong_ubnd_tinh"), ("Sở TT&TT", "so_thong_tin_truyen_thong"),
    ("Sở TTTT", "so_thong_tin_truyen_thong"), ("Sở KH&CN", "so_khoa_hoc_cong_nghe"),
    ("Sở KHCN", "so_khoa_hoc_cong_nghe"), ("Sở KH&ĐT", "so_ke_hoach_dau_tu"),
    ("Sở LĐ-TB&XH", "so_lao_dong_thuong_binh_xa_hoi"), ("Sở Lao động, Thương binh và Xã hội",
                                                     "so_lao_dong_thuong_binh_xa_hoi"),
    ("Sở GD&ĐT", "so_giao_duc_dao_tao"), ("Sở TN&MT", "so_tai_nguyen_moi_truong"),
    ("Sở NN&PTNT", "so_nong_nghiep_phat_trien_nong_thon"), ("Đài PTTH tỉnh", "dai_phat_thanh_truyen_hinh"),
    ("UBND cấp huyện", "ubnd_cap_huyen"), ("Ủy ban nhân dân các huyện, thành phố", "ubnd_cap_huyen"),
    ("UBND các huyện, thị xã, thành phố", "ubnd_cap_huyen"), ("UBND cấp xã", "ubnd_cap_xa"),
    ("UBND các xã, phường, thị trấn", "ubnd_cap_xa"), ("Các Sở, Ban, ngành", "cac_so_ban_nganh"),
    ("Sở, ban, ngành tỉnh", "cac_so_ban_nganh"), ("Trung tâm HCC tỉnh", "trung_tam_hanh_chinh_cong"),
    ("Trung tâm Phục vụ hành chính công tỉnh", "trung_tam_phuc_vu_hanh_chinh_cong"),
    ("BCĐ CCHC", "ban_chi_dao_cchc"), ("Ban Chỉ đạo CCHC tỉnh", "ban_chi_dao_cchc"),
    ("Công an tỉnh", "cong_an_tinh"), ("Ban Dân tộc", "ban_dan_toc"), ("Thanh tra tỉnh", "thanh_tra_tinh"),
    ("Sở Tư pháp tỉnh Kon Tum", "so_tu_phap"), ("SO NOI VU", "so_noi_vu"), ("Sở Văn hoá, Thể thao và Du lịch",
                                                                            "so_van_hoa_the_thao_du_lich"),
    ("Sở Khoa học và Công ngệ", "so_khoa_hoc_cong_nghe"), ("Báo Gia Lai", "bao_tinh"),
    ("Các cơ quan, đơn vị có liên quan", "cac_co_quan_don_vi_lien_quan"),
    ("Sở Nông nghiệp và Môi trường", "so_nong_nghiep_moi_truong"), ("Sở Dân tộc và Tôn giáo", "so_dan_toc_ton_giao"),
    ("Văn phòng HĐND - UBND cấp xã", "van_phong_hdnd_ubnd_cap_xa"), ("Công an xã", "cong_an_cap_xa"),
    ("Hội đồng nhân dân tỉnh Kon Tum", "hdnd_tinh"), ("Văn phòng UBND tỉnh Đắk Nông", "van_phong_ubnd_tinh"),
])
def test_match(registry, name, key):
    match = registry.match(name)
    assert match is not None and match.key == key


def test_match_fields(registry):
    match = registry.match("Sở KH&CN")
    assert (match.name, match.kind, match.score) == ("Sở Khoa học và Công nghệ", "department", 100.0)
    assert registry.match("UBND cấp huyện").kind == "district"
    assert registry.match("UBND cấp xã").kind == "commune"
    assert registry.match("Các Sở, Ban, ngành").kind == "collective"
    assert registry.match("VP UBND tỉnh").kind == "office"


@pytest.mark.parametrize("name", ["", "Hội đồng kiểm tra", "Sở Tài nguyên", "xyz", "Tổ trưởng Tổ kiểm tra",
                                  "UBND huyện Đắk Mil", "Ban Chỉ đạo"])
def test_no_match(registry, name):
    assert registry.match(name) is None


def test_levels_are_never_confused(registry):
    assert registry.match("Ủy ban nhân dân cấp huyệ").key == "ubnd_cap_huyen"
    assert registry.match("Ủy ban nhân dân cấp xa").key == "ubnd_cap_xa"


def test_every_written_form_matches_its_own_agency(registry):
    for agency in registry.agencies.values():
        for written in (agency.name, *agency.aliases):
            assert registry.match(written).key == agency.key, written


def test_succession_of_2025(registry):
    assert registry.current("so_thong_tin_truyen_thong", 2025).name == "Sở Khoa học và Công nghệ"
    assert registry.current("so_thong_tin_truyen_thong", 2024).name == "Sở Thông tin và Truyền thông"
    assert registry.current("so_ke_hoach_dau_tu", 2026).key == "so_tai_chinh"
    assert registry.current("so_lao_dong_thuong_binh_xa_hoi", 2025).key == "so_noi_vu"
    assert registry.agencies["so_lao_dong_thuong_binh_xa_hoi"].successor_also == ("so_y_te", "so_giao_duc_dao_tao")
    assert registry.current("so_tai_nguyen_moi_truong", 2025).key == "so_nong_nghiep_moi_truong"
    assert registry.current("so_nong_nghiep_phat_trien_nong_thon", 2025).key == "so_nong_nghiep_moi_truong"
    assert registry.current("so_giao_thong_van_tai", 2025).key == "so_xay_dung"
    assert registry.current("ubnd_cap_huyen", 2025).key == "ubnd_cap_xa"
    assert registry.current("so_noi_vu", 2030).key == "so_noi_vu"
    assert registry.current("cuc_thue_tinh", 2025).name == "Thuế tỉnh"
    assert registry.current("van_phong_hdnd_tinh", 2025).key == "van_phong_doan_dbqh_hdnd_tinh"
    assert registry.current("trung_tam_hanh_chinh_cong", 2025).name == "Trung tâm Phục vụ hành chính công tỉnh"


def test_successors_exist(registry):
    for agency in registry.agencies.values():
        for key in filter(None, (agency.successor, *agency.successor_also)):
            assert key in registry.agencies, (agency.key, key)


def test_2025_names_are_the_ones_the_2025_corpus_uses(registry):
    """From the counts scripts/build_agency_vocabulary.py derived from the 2025 corpus: every agency merged
    away in 2025 is named less often than its successor, and every current department occurs."""
    counts = json.loads(resources.files("cchc.importer.data").joinpath("agency_corpus_counts.json").read_text())
    mentions = {key: entry["name"] + sum(entry["aliases"].values()) for key, entry in counts["agencies"].items()}
    for agency in registry.agencies.values():
        if agency.successor_year == 2025:
            assert mentions[agency.key] < mentions[agency.successor], agency.key
        elif agency.kind == "department" and not agency.successor:
            assert mentions[agency.key] > 0, agency.key
    assert set(mentions) == set(registry.agencies)


@given(st.text(max_size=80))
def test_never_raises(text):
    match = AgencyRegistry.default().match(text)
    assert match is None or 0 < match.score <= 100
