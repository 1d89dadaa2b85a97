#!/usr/bin/env python3
"""How the importer does on the seeds as other tools would hand them over, scored against the gold.

    python scripts/measure_text_variants.py [--seeds 000 002] [--no-ocr]

Each clean seed is turned into the text other tools make of the same plan, then parsed and scored
with the gold (the columns of `cchc eval`):
- "tab-less": the TABs that open or separate cells removed (a table copied out of a web page);
- "drawn": the table drawn with bars and dashes, cells wrapped within their columns (a text export);
- "bars after cells": each row on a line, "cell | cell |", as a legal database's text export writes it;
- "pdftotext -layout" and "pdftotext": the seed printed to PDF by LibreOffice and turned back into
  text by poppler, columns lined up with spaces or dumped column by column;
- "OCR eng --psm 3/6": the PDF's pages at 200 dpi read by Tesseract without Vietnamese data (the
  damage of seed 004), as an OCR that found the columns (3) or read line by line (6).
Needs LibreOffice, poppler-utils and tesseract-ocr-eng; about a minute per seed with OCR.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cchc.importer import parse_file, read_document  # noqa: E402
from cchc.importer.document import Table  # noqa: E402
from cchc.importer.structure.layouts import recover_tables  # noqa: E402
from cchc.importer.commands import shared_dir  # noqa: E402
from cchc.importer.evaluation import format_table, score_plan  # noqa: E402
from cchc.ocr import rendering  # noqa: E402
from cchc.restoration.ocr_pairs import DPI, english_text  # noqa: E402


def tab_less(text: str) -> str:
    return "\n".join(re.sub(r"\s*\t\s*", "  ", line).strip() for line in text.split("\n"))


def drawn(seed: Path, rules: bool = True) -> str:
    """The seed's tables (as the importer recovers them from the clean text) drawn with characters:
    bars around every cell and dashes between the rows, or (`rules` False) as a legal database's
    export writes them, "cell | cell |", each row on one line."""
    out = []
    for block in recover_tables(read_document(seed)).blocks:
        if not isinstance(block, Table):
            out.append(block.text)
            continue
        if not rules:
            out += [" | ".join(cell.replace("\n", " ") for cell in row) + " |" for row in block.rows]
            continue
        width = len(block.rows[0])
        columns = [6] + [max(10, 96 // max(1, width - 1))] * (width - 1)
        rule = "+" + "+".join("-" * (w + 2) for w in columns) + "+"
        out.append(rule)
        for row in block.rows:
            wrapped = [textwrap.wrap(cell, w) or [""] for cell, w in zip(row, columns)]
            for k in range(max(map(len, wrapped))):
                out.append("| " + " | ".join((c[k] if k < len(c) else "").ljust(w)
                                             for c, w in zip(wrapped, columns)) + " |")
            out.append(rule)
    return "\n".join(out)


def variants(seed: Path, workdir: Path, ocr: bool) -> dict[str, str]:
    text = seed.read_text(encoding="utf-8")
    out = {"tab-less": tab_less(text), "drawn": drawn(seed), "bars after cells": drawn(seed, rules=False)}
    pdf = rendering.convert_to_pdf(rendering.build_docx(text, workdir / "plan.docx"), workdir)
    for label, flags in (("pdftotext -layout", ["-layout"]), ("pdftotext", [])):
        target = workdir / "plan.txt"
        subprocess.run(["pdftotext", *flags, str(pdf), str(target)], check=True)
        out[label] = target.read_text(encoding="utf-8")
    if ocr:
        pages = rendering.rasterise(pdf, dpi=DPI)
        for psm in (3, 6):
            out[f"OCR eng --psm {psm}"] = "\n".join(english_text(page, psm) for page in pages)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", nargs="+", default=["000", "002", "003"])
    parser.add_argument("--no-ocr", action="store_true")
    args = parser.parse_args()
    rows = []
    for prefix in args.seeds:
        seed = next((shared_dir() / "seeds").glob(f"{prefix}_*.txt"))
        gold = json.loads(next((shared_dir() / "gold").glob(f"{prefix}_*.json")).read_text(encoding="utf-8"))
        with tempfile.TemporaryDirectory(prefix="cchc-variants-") as tmp:
            for label, text in variants(seed, Path(tmp), not args.no_ocr).items():
                path = Path(tmp) / f"{prefix}-variant.txt"
                path.write_text(text, encoding="utf-8")
                rows.append((f"{prefix} {label}", score_plan(parse_file(path).to_dict(), gold)))
    print(format_table(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
