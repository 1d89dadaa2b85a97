#!/usr/bin/env python3
"""Count how the 2025 corpus names the agencies of the registry, to check the post-2025 names.

    python scripts/build_agency_vocabulary.py [--corpus PATH] [--out cchc/importer/data/agency_corpus_counts.json]

Reads /work/shared/corpus/vn_admin_docs_2025.txt.gz and writes, for every agency of
cchc/importer/data/agencies.json, how many times its canonical name and each alias occur (exact words,
case-sensitive, line breaks read as spaces), plus the department names ("Sở ...") the corpus uses that the
registry does not know, with their counts. Only counts are stored, no corpus text. Deterministic output.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cchc.importer.fields.agency_registry import AgencyRegistry  # noqa: E402

DEFAULT_CORPUS = Path("/work/shared/corpus/vn_admin_docs_2025.txt.gz")
DEFAULT_OUT = ROOT / "cchc" / "importer" / "data" / "agency_corpus_counts.json"
# "Sở" and the words after it, up to the end of the clause (a name may hold commas: "Sở Văn hóa, Thể thao ...")
_DEPARTMENT = re.compile(r"(?<!\w)Sở (?:[^\s.;:()\"“”]+ ){0,7}[^\s.;:()\"“”]+")
_MIN_CANDIDATE = 3
_CANDIDATE_WORDS = 3


def corpus_text(path: Path) -> str:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return re.sub(r"\s+", " ", handle.read())


def occurrences(text: str, phrase: str) -> int:
    return len(re.findall(rf"(?<!\w){re.escape(phrase)}(?!\w)", text))


def registry_counts(text: str, registry: AgencyRegistry) -> dict[str, dict]:
    counts = {}
    for key, agency in sorted(registry.agencies.items()):
        counts[key] = {"name": occurrences(text, agency.name),
                       "aliases": {alias: occurrences(text, alias) for alias in agency.aliases}}
    return counts


def unknown_departments(text: str, registry: AgencyRegistry) -> list[tuple[str, int]]:
    """Departments the corpus names ("Sở" + words) that no registry name starts, most frequent first,
    as their first three words."""
    found: Counter[str] = Counter()
    for m in _DEPARTMENT.finditer(text):
        words = m.group().split()
        if not any(_known(registry, " ".join(words[:n])) for n in range(2, len(words) + 1)):
            found[" ".join(words[:_CANDIDATE_WORDS]).rstrip(",")] += 1
    return sorted(((name, n) for name, n in found.items() if n >= _MIN_CANDIDATE), key=lambda item: (-item[1], item[0]))


def _known(registry: AgencyRegistry, name: str) -> bool:
    match = registry.match(name.rstrip(","))
    return match is not None and match.score >= 95


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    text = corpus_text(args.corpus)
    registry = AgencyRegistry.default()
    data = {"source": args.corpus.name, "characters": len(text),
            "agencies": registry_counts(text, registry),
            "unknown_departments": unknown_departments(text, registry)}
    args.out.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({len(data['agencies'])} agencies, {len(data['unknown_departments'])} unknown names)")


if __name__ == "__main__":
    main()
