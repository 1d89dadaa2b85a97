"""A cell's line that goes on a sentence ("với các nhiệm vụ") is not a repeated header line, though it
holds a header word."""
from __future__ import annotations

from cchc.importer.structure.ocr_layout.header import is_header_line


def test_line_going_on_a_sentence_is_cell_text():
    assert not is_header_line("với các nhiệm vụ")
    assert not is_header_line("của các nhiệm vụ")


def test_header_cells_are_still_header_lines():
    assert is_header_line("Nhiệm vụ")
    assert is_header_line("Đơn vị phối hợp/thực hiện")
    assert is_header_line("Thời gian hoàn thành")
    assert is_header_line("các nhiệm vụ")  # no sentence word: a garbled header cell may read so
