"""The province of a district or a commune, from the table of units built from the statistics office's list."""
from __future__ import annotations

from importlib import resources

import pytest

from cchc.importer.fields.localities import province_of


@pytest.mark.parametrize("kind, name, year, province", [
    ("HUYỆN", "KRÔNG PẮC", 2019, "Đắk Lắk"),
    ("huyện", "Krông-Pắc", 2019, "Đắk Lắk"),           # marks, case and hyphens do not tell names apart
    ("thành phố", "Buôn Ma Thuột", 2012, "Đắk Lắk"),
    ("quận", "Hải Châu", 2020, "Đà Nẵng"),
    ("huyện", "A Lưới", 2018, "Thừa Thiên Huế"),       # the province's name until it became a city
    ("thị xã", "Phong Điền", 2023, "Thừa Thiên Huế"),  # the other one is "huyện Phong Điền" of Cần Thơ
    ("huyện", "Phong Điền", 2018, None),                # and Huế's was a "huyện" until 2025
    ("huyện", "Châu Thành", 2020, None),               # six provinces have one
    ("phường", "Phong Điền", 2026, None),               # in Cần Thơ and in Huế
    ("xã", "Krông Pắc", 2026, "Đắk Lắk"),
    ("xã", "Krông Pắc", 2024, None),                    # the communes listed are those of 2025
    ("thị trấn", "Phước An", 2019, None),               # no kind of commune the list holds
    ("huyện", "Không Có Tên Này", 2019, None),
])
def test_province_of_a_unit(kind, name, year, province):
    assert province_of(kind, name, year) == province


def test_the_units_provinces_are_written_as_the_importer_writes_provinces():
    def names(file: str, column: int) -> set[str]:
        text = resources.files("cchc.importer.data").joinpath(file).read_text(encoding="utf-8")
        return {line.split("\t")[column] for line in text.splitlines() if line and not line.startswith("#")}

    assert names("localities.tsv", 2) <= names("provinces.txt", 0)
