"""An agency run is not cut because its words could go on with a cell that already ends in a whole name."""
from __future__ import annotations

from cchc.importer.structure.ocr_layout.cutting import split_agency_run
from cchc.importer.structure.ocr_layout.model import COORDINATING, LEAD


def test_run_is_not_cut_to_go_on_with_a_finished_cell():
    # the row above ended its coordinating cell with "UBND cấp huyện": "tỉnh; ..." opens no line of it
    context = {LEAD: "Sở Nội vụ", COORDINATING: "Sở, ban, ngành tỉnh; UBND cấp huyện"}
    assert split_agency_run("Sở, ban, ngành tỉnh; UBND cấp huyện", context) == \
        ["Sở, ban, ngành tỉnh; UBND cấp huyện"]


def test_run_is_cut_where_it_finishes_an_unfinished_name():
    context = {LEAD: "", COORDINATING: "Sở, ban, ngành"}
    assert split_agency_run("Sở Nội vụ tỉnh; UBND cấp", context) == ["Sở Nội vụ", "tỉnh; UBND cấp"]


def test_agency_run_glued_to_a_product_is_cut_before_the_product():
    from cchc.importer.structure.ocr_layout.cutting import split_agency_product

    assert split_agency_product("tỉnh; UBND cấp Báo cáo kết quả thực") == ["tỉnh; UBND cấp", "Báo cáo kết quả thực"]
    # task text that opens with other words is not an agency cell
    assert split_agency_product("Thực hiện chế độ Báo cáo định kỳ") == ["Thực hiện chế độ Báo cáo định kỳ"]
