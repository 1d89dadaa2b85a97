#!/usr/bin/env python3
"""Write the table of districts and communes that tells the province of a local plan.

    pip download --no-deps vietnamadminunits==1.0.4 -d /tmp/vau
    python scripts/build_localities.py /tmp/vau/vietnamadminunits-1.0.4-py3-none-any.whl
        [--out cchc/importer/data/localities.tsv]

A district's or a commune's plan often names only its own unit ("ỦY BAN NHÂN DÂN HUYỆN KRÔNG PẮC"), never
the province. The wheel of `vietnamadminunits` (MIT licence; the units of the General Statistics Office's
public list) holds the districts of the 63 provinces as they stood until the 2025 reorganisation and the
communes, wards and special zones of the 34 provinces after it. The table keeps the kind, the name and the
province of each: districts (huyện, quận, thị xã, thành phố) from the first list, communes (xã, phường,
đặc khu) from the second, so a kind tells its era.
"""
from __future__ import annotations

import argparse
import json
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LEGACY = "vietnamadminunits/data/parser_legacy.json"
SINCE_2025 = "vietnamadminunits/data/parser_from_2025.json"


# the list of districts is of January 2025, when Thừa Thiên Huế had just become the city of Huế; the plans
# of its districts until then name the province
PROVINCE_UNTIL_2025 = {"Huế": "Thừa Thiên Huế"}


def _rows(data: dict, units_key: str, unit: str, renamed: dict) -> list[tuple[str, str, str]]:
    """(kind, name, province) of each unit under each province of one of the package's lists."""
    rows = []
    for province_key, units in data[units_key].items():
        province = data["DICT_PROVINCE"][province_key]["provinceShort"]
        province = renamed.get(province, province)
        for entry in units.values():
            rows.append((entry[f"{unit}Type"].lower(), entry[f"{unit}Short"], province))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wheel", type=Path, help="vietnamadminunits-1.0.4-py3-none-any.whl")
    parser.add_argument("--out", type=Path, default=ROOT / "cchc/importer/data/localities.tsv")
    args = parser.parse_args()
    with zipfile.ZipFile(args.wheel) as wheel:
        legacy, current = (json.loads(wheel.read(name)) for name in (LEGACY, SINCE_2025))
    rows = _rows(legacy, "DICT_PROVINCE_DISTRICT", "district", PROVINCE_UNTIL_2025) + \
        _rows(current, "DICT_PROVINCE_WARD_NO_ACCENTED", "ward", {})
    header = (f"# Built by scripts/build_localities.py from {args.wheel.name} (MIT licence): districts before the\n"
              "# 2025 reorganisation, communes after it. kind<TAB>name<TAB>province\n")
    args.out.write_text(header + "".join("\t".join(row) + "\n" for row in sorted(set(rows))), encoding="utf-8")
    print(f"{args.out}: {len(set(rows))} units")


if __name__ == "__main__":
    main()
