"""The province of a district or a commune, for the local plans that name only their own unit.

"ỦY BAN NHÂN DÂN HUYỆN KRÔNG PẮC" is in Đắk Lắk; "huyện Châu Thành" is in six provinces and tells none.
`data/localities.tsv` (built by `scripts/build_localities.py`) lists the districts as they stood until
the 2025 reorganisation and the communes after it; a commune of an earlier plan is not looked up, since
the 2025 communes took names that other communes had borne elsewhere.
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from importlib import resources

from ..text import fold

DISTRICT_KINDS = ("huyện", "quận", "thị xã", "thành phố")
COMMUNE_KINDS = ("xã", "phường", "đặc khu")
COMMUNES_SINCE = 2025


def province_of(kind: str, name: str, year: int | None) -> str | None:
    """The province of the unit `kind` `name` ("huyện", "KRÔNG PẮC") in a plan of `year`, when the units
    of its level that bear the name all lie in one province. Else a unit of the same kind decides, unless
    it is a "huyện": the list is of 2025, and a "huyện Phong Điền" of 2018 in Huế is a "thị xã" there."""
    kind = kind.lower()
    level = DISTRICT_KINDS if kind in DISTRICT_KINDS else COMMUNE_KINDS if kind in COMMUNE_KINDS else ()
    if not level or (level is COMMUNE_KINDS and (year or 0) < COMMUNES_SINCE):
        return None
    units = [unit for unit in _units().get(_key(name), ()) if unit[0] in level]
    same_kind = [unit for unit in units if unit[0] == kind] if kind != "huyện" else []
    for candidates in (units, same_kind):
        provinces = {province for _, province in candidates}
        if len(provinces) == 1:
            return provinces.pop()
    return None


def _key(name: str) -> str:
    """"KRÔNG PẮC", "Krông-Pắc" -> "krongpac": case, marks, spaces and hyphens do not tell names apart."""
    return re.sub(r"[\s\-'’]+", "", fold(name))


@lru_cache(maxsize=1)
def _units() -> dict[str, list[tuple[str, str]]]:
    """Folded name -> [(kind, province)]."""
    units: dict[str, list[tuple[str, str]]] = defaultdict(list)
    data = resources.files("cchc.importer.data").joinpath("localities.tsv").read_text(encoding="utf-8")
    for line in data.splitlines():
        if line and not line.startswith("#"):
            kind, name, province = line.split("\t")
            units[_key(name)].append((kind, province))
    return units
