"""A tier list ending in a bare "UBND" (its "cấp" garbled to debris) gets its level back like "UBND cấp"."""
from __future__ import annotations

from cchc.importer.structure.ocr_layout.agencies import snap_agency_fragments
from cchc.importer.structure.ocr_layout.levels import complete_levels
from cchc.importer.structure.ocr_layout.model import COORDINATING, DEADLINE, LEAD, OUTPUTS, TITLE, Piece, Row
from tests.importer.structure.ocr_layout.builders import agency_row

ORDER = [TITLE, LEAD, COORDINATING, OUTPUTS, DEADLINE]


def _complete_rows(count: int) -> list[Row]:
    return [agency_row("Sở Tư pháp", ["Sở, ban, ngành tỉnh; UBND cấp huyện"], k * 10) for k in range(count)]


def test_bare_ubnd_after_a_list_item_takes_the_level_the_table_writes_there():
    truncated = agency_row("Sở Nội vụ", ["Sở, ban, ngành", "tỉnh; UBND"], 100)
    complete_levels(_complete_rows(3) + [truncated], ORDER)
    assert snap_agency_fragments([p.text for p in truncated.cells[COORDINATING]]) == \
        "Sở, ban, ngành tỉnh; UBND cấp huyện"


def test_bare_ubnd_without_evidence_names_no_tier():
    truncated = agency_row("Sở Nội vụ", ["Sở, ban, ngành", "tỉnh; UBND"], 100)
    complete_levels([truncated], ORDER)
    assert snap_agency_fragments([p.text for p in truncated.cells[COORDINATING]]) == "Sở, ban, ngành tỉnh"


def test_a_cell_that_is_only_ubnd_is_left_alone():
    row = agency_row("UBND", ["Sở Nội vụ"], 100)
    complete_levels(_complete_rows(3) + [row], ORDER)
    assert row.text(LEAD) == "UBND"


def test_garbled_cap_after_ubnd_is_read_as_cap():
    truncated = agency_row("Sở Nội vụ", ["Sở, ban, ngành", "tỉnh; UBND có"], 100)
    complete_levels(_complete_rows(3) + [truncated], ORDER)
    assert snap_agency_fragments([p.text for p in truncated.cells[COORDINATING]]) == \
        "Sở, ban, ngành tỉnh; UBND cấp huyện"


def test_word_that_goes_on_a_tier_name_is_not_taken_for_cap():
    row = agency_row("Sở Nội vụ", ["Sở, ban, ngành", "tỉnh; UBND các"], 100)
    complete_levels(_complete_rows(3) + [row], ORDER)
    assert row.text(COORDINATING) == "Sở, ban, ngành tỉnh; UBND các"


def test_bare_ubnd_before_another_tier_is_the_other_level():
    # "UBND cấp}huyện;" lost its glued rest as junk; the cell goes on with "UBND cấp xã"
    row = Row(kind="task", number="1")
    row.add(Piece("UBND", 10, LEAD, True))
    row.add(Piece("UBND cấp xã", 11, LEAD, True))
    row.add(Piece("Sở Nội vụ; các đơn vị liên quan", 10, COORDINATING, True))
    complete_levels([row], ORDER)
    assert snap_agency_fragments([p.text for p in row.cells[LEAD]]) == "UBND cấp huyện; UBND cấp xã"


def test_ubnd_inside_a_name_is_not_a_tier():
    row = Row(kind="task", number="1")
    row.add(Piece("Sở Nội vụ; Văn phòng UBND", 10, LEAD, True))
    row.add(Piece("UBND cấp xã", 11, LEAD, True))
    complete_levels([row], ORDER)
    assert row.text(LEAD) == "Sở Nội vụ; Văn phòng UBND UBND cấp xã"
