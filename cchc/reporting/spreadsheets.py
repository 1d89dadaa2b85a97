"""Indicator values from an .xlsx export of another system (e.g. one-stop-shop dossier statistics).

The sheet needs a header row naming the columns; accepted names (any case, with or without marks):
"Cơ quan" / "Đơn vị", "Chỉ tiêu" / "STT chỉ tiêu", "Tử số" / "Số đạt" / "Giá trị", "Mẫu số" / "Tổng số".
"""
from __future__ import annotations

import zipfile

from openpyxl import load_workbook

from cchc.importer.text import fold_words
from cchc.tracking.actions.errors import ActionError

_COLUMNS = {
    "agency": ("co quan", "don vi"),
    "indicator": ("chi tieu", "stt chi tieu", "ma chi tieu"),
    "numerator": ("tu so", "so dat", "gia tri", "so ho so dung han"),
    "denominator": ("mau so", "tong so"),
}


def read_value_rows(upload) -> list[tuple[int, dict]]:
    """(row number, {"agency", "indicator", "numerator", "denominator"}) for every filled row."""
    try:
        book = load_workbook(upload, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError):
        raise ActionError("Tệp không phải là bảng tính Excel (.xlsx) hợp lệ.") from None
    sheet = book.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    header_at, columns = _header(rows)
    out = []
    for number, row in enumerate(rows[header_at + 1:], start=header_at + 2):
        values = {name: row[i] if i < len(row) else None for name, i in columns.items()}
        if any(v not in (None, "") for v in values.values()):
            out.append((number, values))
    return out


def _header(rows: list[tuple]) -> tuple[int, dict[str, int]]:
    for index, row in enumerate(rows[:10]):
        found = {}
        for i, cell in enumerate(row):
            words = fold_words(str(cell or ""))
            for name, keys in _COLUMNS.items():
                if name not in found and any(words == k or words.startswith(k + " ") for k in keys):
                    found[name] = i
        if {"agency", "indicator", "numerator"} <= found.keys():
            return index, found
    raise ActionError("Không tìm thấy dòng tiêu đề với các cột “Cơ quan”, “Chỉ tiêu”, “Tử số” (và “Mẫu số”).")
