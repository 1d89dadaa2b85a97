#!/usr/bin/env python3
"""Derive the syllable n-gram counts behind diacritic restoration from the shared corpus.

    python scripts/build_restoration_model.py [--corpus PATH] [--out cchc/restoration/data/ngrams.tsv.gz]

Reads shared/corpus/vn_admin_docs_2025.txt.gz (beside the repository) (one document per "=== <id> ===" block), leaves out the
held-out documents (see cchc.restoration.corpus.is_held_out), and writes pruned unigram/bigram/trigram counts
of lower-case syllables with the follower-type counts that Witten-Bell smoothing needs. Deterministic: the
same corpus gives a byte-identical file (sorted rows, gzip mtime 0). No corpus text is stored, only counts.
"""
from __future__ import annotations

import argparse
import gzip
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cchc.restoration.corpus import default_corpus, documents, is_held_out  # noqa: E402
from cchc.restoration.ngram import BOS, EOS, MIN_BIGRAM, MIN_TRIGRAM  # noqa: E402
from cchc.restoration.tokens import lm_sequences  # noqa: E402

DEFAULT_OUT = ROOT / "cchc" / "restoration" / "data" / "ngrams.tsv.gz"


def count_ngrams(texts):
    uni, bi, tri = Counter(), Counter(), Counter()
    for text in texts:
        for seq in (s for line in text.splitlines() for s in lm_sequences(line)):
            padded = [BOS, BOS, *seq, EOS]
            uni.update(padded[2:])
            uni[BOS] += 1
            bi.update(zip(padded[1:], padded[2:]))
            tri.update(zip(padded, padded[1:], padded[2:]))
    return uni, bi, tri


def follower_types(counter, order):
    types = Counter()
    for gram in counter:
        types[gram[:order]] += 1
    return types


def write_model(out: Path, uni, bi, tri) -> None:
    uni_followers = follower_types(bi, 1)
    bi_followers = follower_types(tri, 2)
    rows = ["\\unigrams"]
    rows += [f"{w}\t{c}\t{uni_followers[(w,)]}" for w, c in sorted(uni.items())]
    rows.append("\\bigrams")
    rows += [f"{u}\t{v}\t{c}\t{bi_followers[(u, v)]}" for (u, v), c in sorted(bi.items()) if c >= MIN_BIGRAM]
    rows.append("\\trigrams")
    rows += [f"{u}\t{v}\t{w}\t{c}" for (u, v, w), c in sorted(tri.items()) if c >= MIN_TRIGRAM]
    payload = ("\n".join(rows) + "\n").encode("utf-8")
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, compresslevel=9) as gz:
        gz.write(payload)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=None, help="default: shared/corpus beside the repository")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    args.corpus = args.corpus or default_corpus()
    if not args.corpus.exists():
        print(f"Không tìm thấy kho văn bản: {args.corpus}", file=sys.stderr)
        return 1
    docs = list(documents(args.corpus))
    training = [text for doc_id, text in docs if not is_held_out(doc_id)]
    held_out = [doc_id for doc_id, _ in docs if is_held_out(doc_id)]
    uni, bi, tri = count_ngrams(training)
    write_model(args.out, uni, bi, tri)
    print(f"{len(training)} văn bản dùng để huấn luyện, {len(held_out)} văn bản giữ lại: {', '.join(held_out)}")
    print(f"{len(uni)} âm tiết, {sum(uni.values())} lượt; ghi {args.out} ({args.out.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
