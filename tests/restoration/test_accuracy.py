"""Accuracy on text the model never saw: stripped of its marks, then restored."""
from __future__ import annotations

from itertools import islice

from cchc.restoration import restore_line
from cchc.restoration.corpus import CORPUS_NAME, documents, is_held_out
from cchc.restoration.evaluation import stripped_accuracy

from .shared_paths import SHARED, seed

CORPUS = SHARED / "corpus" / CORPUS_NAME


def test_held_out_corpus_paragraphs_are_restored_accurately():
    held_out = islice((text for doc_id, text in documents(CORPUS) if is_held_out(doc_id)), 3)
    sample = "\n".join(text[:4000] for text in held_out)
    score = stripped_accuracy(sample, restore_line)
    assert score.total > 1500
    assert score.accuracy >= 0.95


def test_clean_seed_plan_stripped_and_restored_reaches_acceptance():
    text = seed("002").read_text(encoding="utf-8")
    score = stripped_accuracy(text, restore_line)
    assert score.accuracy >= 0.97


def test_held_out_documents_are_not_in_the_counts():
    """Trigrams seen twice or more only in held-out documents must be missing from the shipped counts."""
    from cchc.restoration import load_restorer
    from cchc.restoration.ngram import load_counts

    docs = list(documents(CORPUS))
    build = _build_script()
    _, _, held_tri = build.count_ngrams(text for doc_id, text in docs if is_held_out(doc_id))
    _, _, train_tri = build.count_ngrams(text for doc_id, text in docs if not is_held_out(doc_id))
    only_held_out = [t for t, c in held_tri.items() if c >= 2 and t not in train_tri]
    assert len(only_held_out) > 100
    shipped = load_counts()
    assert not any(shipped.trigram_count(*t) for t in only_held_out)
    assert load_restorer() is load_restorer()   # loaded once per process


def _build_script():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "scripts" / "build_restoration_model.py"
    spec = importlib.util.spec_from_file_location("build_restoration_model", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_gold_span_scoring_separates_letters_from_marks():
    from cchc.importer.text import fold
    from cchc.restoration.evaluation import span_accuracy

    text = "- Tăng cường phối hợp; 3. Sở Nội vu: chủ trì"
    assert span_accuracy("Sở Nội vụ", text, fold(text)) == (2, 3, 3)
    assert span_accuracy("Sở Tư pháp", text, fold(text))[0] < 3
