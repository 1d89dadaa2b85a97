"""An agency item left as "tỉnh" (its first line lost) gets the name the table writes there, if any."""
from __future__ import annotations

from cchc.importer.structure.ocr_layout.agencies import snap_agency_fragments
from cchc.importer.structure.ocr_layout.heads import complete_heads
from cchc.importer.structure.ocr_layout.model import COORDINATING, LEAD, Piece, Row


def _row(lead: str, coordinating: list[str], line: int = 10) -> Row:
    row = Row(kind="task", number="1")
    row.add(Piece(lead, line, LEAD, True))
    for k, text in enumerate(coordinating):
        row.add(Piece(text, line + k, COORDINATING, True))
    return row


def _complete_rows(count: int, cell: str = "Sở, ban, ngành tỉnh; UBND cấp huyện") -> list[Row]:
    return [_row("Sở Tư pháp", [cell], line=k * 10) for k in range(count)]


def _coordinating(row: Row) -> str:
    return snap_agency_fragments([p.text for p in row.cells[COORDINATING]])


def test_bare_tail_gets_the_name_the_table_writes_before_the_same_agency():
    orphan = _row("Sở Tài chính", ["tỉnh; UBND cấp", "huyện"], line=100)
    complete_heads(_complete_rows(3) + [orphan])
    assert _coordinating(orphan) == "Sở, ban, ngành tỉnh; UBND cấp huyện"


def test_garbled_head_over_several_lines_is_replaced():
    orphan = _row("Sở Nội vụ", ["Sở, ban, nguồn", "số", "tỉnh; UBND cấp huyện"], line=100)
    complete_heads(_complete_rows(4) + [orphan])
    assert _coordinating(orphan) == "Sở, ban, ngành tỉnh; UBND cấp huyện"


def test_other_name_ending_in_tinh_is_left_alone():
    orphan = _row("Sở Nội vụ", ["Hội Nông dân tỉnh; UBND cấp huyện"], line=100)
    complete_heads(_complete_rows(4) + [orphan])
    assert orphan.text(COORDINATING) == "Hội Nông dân tỉnh; UBND cấp huyện"


def test_without_enough_table_evidence_nothing_is_added():
    orphan = _row("Sở Tài chính", ["tỉnh; UBND cấp huyện"], line=100)
    rows = _complete_rows(2) + _complete_rows(1, "Các cơ quan chuyên môn cấp tỉnh; UBND cấp huyện") + [orphan]
    complete_heads(rows)
    assert orphan.text(COORDINATING) == "tỉnh; UBND cấp huyện"
