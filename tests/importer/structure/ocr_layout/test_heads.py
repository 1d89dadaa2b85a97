"""An agency item left as "tỉnh" (its first line lost) gets the name the table writes there, if any."""
from __future__ import annotations

from cchc.importer.structure.ocr_layout.agencies import snap_agency_fragments
from cchc.importer.structure.ocr_layout.heads import complete_heads
from cchc.importer.structure.ocr_layout.model import COORDINATING, Row
from tests.importer.structure.ocr_layout.builders import agency_row


def _complete_rows(count: int, cell: str = "Sở, ban, ngành tỉnh; UBND cấp huyện") -> list[Row]:
    return [agency_row("Sở Tư pháp", [cell], k * 10) for k in range(count)]


def _coordinating(row: Row) -> str:
    return snap_agency_fragments([p.text for p in row.cells[COORDINATING]])


def test_bare_tail_gets_the_name_the_table_writes_before_the_same_agency():
    orphan = agency_row("Sở Tài chính", ["tỉnh; UBND cấp", "huyện"], 100)
    complete_heads(_complete_rows(3) + [orphan])
    assert _coordinating(orphan) == "Sở, ban, ngành tỉnh; UBND cấp huyện"


def test_garbled_head_over_several_lines_is_replaced():
    orphan = agency_row("Sở Nội vụ", ["Sở, ban, nguồn", "số", "tỉnh; UBND cấp huyện"], 100)
    complete_heads(_complete_rows(4) + [orphan])
    assert _coordinating(orphan) == "Sở, ban, ngành tỉnh; UBND cấp huyện"


def test_other_name_ending_in_tinh_is_left_alone():
    orphan = agency_row("Sở Nội vụ", ["Hội Nông dân tỉnh; UBND cấp huyện"], 100)
    complete_heads(_complete_rows(4) + [orphan])
    assert orphan.text(COORDINATING) == "Hội Nông dân tỉnh; UBND cấp huyện"


def test_without_enough_table_evidence_nothing_is_added():
    orphan = agency_row("Sở Tài chính", ["tỉnh; UBND cấp huyện"], 100)
    rows = _complete_rows(2) + _complete_rows(1, "Các cơ quan chuyên môn cấp tỉnh; UBND cấp huyện") + [orphan]
    complete_heads(rows)
    assert orphan.text(COORDINATING) == "tỉnh; UBND cấp huyện"
