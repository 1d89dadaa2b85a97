"""The shipped counts are exactly what the build script derives from the shared corpus."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from cchc.restoration.ngram import DATA_FILE, load_counts

from .shared_paths import SHARED

ROOT = Path(__file__).resolve().parents[2]


def test_build_script_reproduces_the_shipped_counts(tmp_path):
    out = tmp_path / "ngrams.tsv.gz"
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_restoration_model.py"),
         "--corpus", str(SHARED / "corpus" / "vn_admin_docs_2025.txt.gz"), "--out", str(out)],
        check=True, capture_output=True,
    )
    assert out.read_bytes() == DATA_FILE.read_bytes()


def test_shipped_counts_are_compact_and_loadable():
    assert DATA_FILE.stat().st_size < 3 * 1024 * 1024
    model = load_counts()
    assert model.count("hành") > 1000 and model.count("chính") > 1000
    assert model.logp("cải", "cách", "hành") > model.logp("cải", "cách", "hạnh")
