#!/usr/bin/env python3
"""Derive the OCR channel table (OCR token -> syllable counts) from the shared corpus.

    python scripts/build_ocr_confusions.py [--chars 600000] [--out cchc/restoration/data/ocr_confusions.tsv.gz]

Takes documents of the corpus that are not held out (cchc.restoration.corpus.is_held_out), in id order,
up to --chars characters; renders them as pages at 200 dpi (LibreOffice), reads them back with Tesseract's
English data (the damage of seed 004: "S& Noi vu", "cia", "dugc") and aligns the tokens with the words
rendered. Writes how often each syllable was read as each token: pairs seen at least MIN_PAIR times, and
every syllable's number of aligned readings. No corpus text is stored, only counts. Needs LibreOffice
and tesseract-ocr-eng; takes about 2 s of CPU per page.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cchc.restoration.confusions import DEFAULT_PATH, table_key, write_table  # noqa: E402
from cchc.restoration.corpus import documents, is_held_out  # noqa: E402
from cchc.restoration.ocr_pairs import aligned_words, chunks, english_ocr, words  # noqa: E402


def training_text(limit: int) -> str:
    texts, total = [], 0
    for doc_id, text in sorted(documents()):
        if is_held_out(doc_id):
            continue
        texts.append(text)
        total += len(text)
        if total >= limit:
            break
    return "\n".join(texts)[:limit]


def count_chunk(job: tuple[int, str]) -> Counter:
    seed, text = job
    pairs = aligned_words(words(text), words(english_ocr(text, seed)))
    return Counter((table_key(ocr), table_key(word)) for word, ocr in pairs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=600_000)
    parser.add_argument("--out", type=Path, default=DEFAULT_PATH)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    jobs = list(enumerate(chunks(training_text(args.chars))))
    pairs: Counter = Counter()
    with ProcessPoolExecutor(args.jobs) as pool:
        for i, counted in enumerate(pool.map(count_chunk, jobs), 1):
            pairs.update(counted)
            print(f"\r{i}/{len(jobs)} đoạn, {sum(pairs.values())} cặp", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    write_table(args.out, pairs)
    print(f"{args.out}: {sum(pairs.values())} cặp, {len(pairs)} dạng")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
