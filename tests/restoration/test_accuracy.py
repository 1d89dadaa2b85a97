"""Accuracy on text the model never saw: stripped of its marks, then restored."""
from __future__ import annotations

from itertools import islice

from cchc.restoration import restore_line
from cchc.restoration.corpus import DEFAULT_CORPUS, documents, is_held_out
from cchc.restoration.evaluation import stripped_accuracy

from .shared_paths import SHARED, seed

CORPUS = SHARED / "corpus" / DEFAULT_CORPUS.name


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
    """The build script must skip held-out documents: a held-out-only syllable sequence is not counted."""
    from cchc.restoration import load_restorer

    assert any(is_held_out(doc_id) for doc_id, _ in documents(CORPUS))
    assert load_restorer().model.total < 0.98 * sum(
        len(text.split()) for _, text in documents(CORPUS)
    )
