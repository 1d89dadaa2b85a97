"""The learned OCR channel: how often an OCR without Vietnamese support reads a syllable as a token.

Built by `scripts/build_ocr_confusions.py` from corpus pages rendered and read back with Tesseract's
English data (see `ocr_pairs`). For a damaged token the table gives the syllables it was seen for, with
the channel cost -log P(token | syllable): "cia" was "của" in a good share of the readings of "của", so
"của" costs little; the hand-written repairs in `candidates` still cover tokens the table never saw.
"""
from __future__ import annotations

import gzip
import math
from collections import Counter
from pathlib import Path

from cchc.importer.text import nfc

from .tokens import normalize_tone_placement

DEFAULT_PATH = Path(__file__).parent / "data" / "ocr_confusions.tsv.gz"
MIN_PAIR = 2   # a pair seen once is as likely a misalignment as a confusion


def table_key(text: str) -> str:
    """The form both sides are counted under: NFC, lower case, one tone placement."""
    return normalize_tone_placement(nfc(text.lower()))


class ConfusionTable:
    def __init__(self, pairs: dict[str, dict[str, int]], totals: dict[str, int]):
        self.readings = {
            token: {syllable: -math.log(n / totals[syllable]) for syllable, n in seen.items()}
            for token, seen in pairs.items()
        }

    def costs(self, token: str) -> dict[str, float]:
        """Syllables `token` was read for, with -log P(token | syllable); empty when never seen."""
        return self.readings.get(table_key(token), {})

    @classmethod
    def load(cls, path: Path = DEFAULT_PATH) -> "ConfusionTable":
        pairs: dict[str, dict[str, int]] = {}
        totals: dict[str, int] = {}
        section = None
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                line = line.rstrip("\n")
                if line.startswith("\\"):
                    section = line
                elif section == "\\pairs":
                    token, syllable, n = line.split("\t")
                    pairs.setdefault(token, {})[syllable] = int(n)
                elif section == "\\syllables":
                    syllable, n = line.split("\t")
                    totals[syllable] = int(n)
        return cls(pairs, totals)


def write_table(path: Path, pairs: Counter) -> None:
    """Write (token, syllable) counts: pairs seen `MIN_PAIR` times or more, and every syllable's total.
    Deterministic: the same counts give a byte-identical file (sorted rows; no name, no time in the gzip
    header)."""
    totals: Counter = Counter()
    for (_, syllable), n in pairs.items():
        totals[syllable] += n
    rows = ["\\pairs"]
    rows += [f"{token}\t{syllable}\t{n}" for (token, syllable), n in sorted(pairs.items()) if n >= MIN_PAIR]
    rows.append("\\syllables")
    rows += [f"{syllable}\t{n}" for syllable, n in sorted(totals.items())]
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as raw, gzip.GzipFile("", "wb", 9, raw, mtime=0) as gz:
        gz.write(("\n".join(rows) + "\n").encode("utf-8"))
