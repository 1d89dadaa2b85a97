"""Reading the shared corpus of 2025 official documents and the rule that holds some of them out."""
from __future__ import annotations

import gzip
import hashlib
import re
from pathlib import Path

from cchc.importer.commands import shared_dir

CORPUS_NAME = "vn_admin_docs_2025.txt.gz"
_HEADER = re.compile(r"^=== (\S+) ===$", re.M)
# One document in HOLD_OUT_MODULUS, chosen by a hash of its id, is never counted: it is evaluation text.
HOLD_OUT_MODULUS = 12


def default_corpus() -> Path:
    """The shared corpus beside the repository (or under $CCHC_SHARED)."""
    return shared_dir() / "corpus" / CORPUS_NAME


def documents(path: Path | None = None):
    """Yield (doc_id, text) for each "=== <id> ===" block of the corpus file."""
    with gzip.open(path or default_corpus(), "rt", encoding="utf-8") as fh:
        content = fh.read()
    parts = _HEADER.split(content)
    for i in range(1, len(parts) - 1, 2):
        yield parts[i], paragraphs_joined(parts[i + 1])


def paragraphs_joined(text: str) -> str:
    """Undo the documents' own line wrapping inside paragraphs so n-grams span wrapped lines."""
    blocks = re.split(r"\n\s*\n", text)
    return "\n".join(" ".join(line.strip() for line in block.splitlines() if line.strip()) for block in blocks)


def is_held_out(doc_id: str) -> bool:
    digest = hashlib.sha1(doc_id.encode("ascii")).digest()
    return digest[0] % HOLD_OUT_MODULUS == 0
