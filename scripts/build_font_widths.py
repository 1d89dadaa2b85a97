#!/usr/bin/env python3
"""Measure the advance widths the Word reader places TAB-aligned text with.

    python scripts/build_font_widths.py [--out cchc/importer/data/font_widths.json]

Vietnamese official documents are set in Times New Roman (Nghị định 30/2020/NĐ-CP), some in Arial. The
Liberation fonts share those fonts' advance widths, so this measures Liberation Serif and Liberation Sans,
regular and bold, in thousandths of an em: the printable ASCII letters and the Vietnamese letters whose
width is not their base letter's (đ, ơ, ư). Needs fonts-liberation2 (or fonts-liberation) and Pillow.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from PIL import ImageFont

ROOT = Path(__file__).resolve().parent.parent
FONT_DIRS = [Path("/usr/share/fonts/truetype/liberation2"), Path("/usr/share/fonts/truetype/liberation")]
FACES = {"serif": "LiberationSerif-{}.ttf", "sans": "LiberationSans-{}.ttf"}
CHARACTERS = "".join(chr(c) for c in range(32, 127)) + "đĐơƠưƯ“”‘’–—…•"
EM = 1000


def measure(file_name: str) -> dict[str, int]:
    path = next(d / file_name for d in FONT_DIRS if (d / file_name).exists())
    font = ImageFont.truetype(str(path), EM)
    return {c: round(font.getlength(c)) for c in CHARACTERS}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "cchc/importer/data/font_widths.json")
    args = parser.parse_args()
    widths = {f"{family} {weight.lower()}": measure(pattern.format(weight))
              for family, pattern in FACES.items() for weight in ("Regular", "Bold")}
    lines = ",\n".join(f"{json.dumps(face)}: {json.dumps(w, ensure_ascii=False)}" for face, w in widths.items())
    args.out.write_text(f"{{\n{lines}\n}}\n", encoding="utf-8")
    print(f"{args.out}: {sum(len(w) for w in widths.values())} widths")


if __name__ == "__main__":
    main()
