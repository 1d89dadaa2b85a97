"""Parallel text for the OCR channel: pages rendered, read back by Tesseract's English data, aligned."""
from __future__ import annotations

from cchc.restoration.ocr_pairs import aligned_words, chunks, english_ocr, words
from cchc.restoration.tokens import has_marks


def test_damaged_words_pair_up_between_anchors():
    source = "Sở Nội vụ chủ trì phối hợp với các cơ quan".split()
    read = "S& N6i vu chi tri phéi hop véi cac co quan".split()
    assert aligned_words(source, read) == list(zip(source, read))


def test_stretches_that_do_not_correspond_one_to_one_are_left_out():
    source = "Sở Nội vụ chủ trì báo cáo".split()
    read = "S&Noivu chu tri bao cao".split()   # three words glued into one token
    pairs = aligned_words(source, read)
    assert ("chủ", "chu") in pairs and ("cáo", "cao") in pairs
    assert all(word not in {"Sở", "Nội", "vụ"} for word, _ in pairs)


def test_chunks_cut_at_paragraph_ends_and_lose_nothing():
    text = "\n".join(f"Đoạn {i}: " + "cải cách hành chính " * 20 for i in range(30))
    pieces = chunks(text, size=1000)
    assert len(pieces) > 3
    assert "\n".join(pieces) == text
    assert all(piece.startswith("Đoạn") for piece in pieces)


def test_english_ocr_of_a_rendered_page_loses_the_marks_but_keeps_the_words():
    text = ("Sở Nội vụ chủ trì, phối hợp với các sở, ban, ngành tỉnh và Ủy ban nhân dân cấp huyện "
            "tổ chức thực hiện kế hoạch cải cách hành chính năm 2026; báo cáo kết quả thực hiện định kỳ.")
    source = words(text)
    read = words(english_ocr(text))
    pairs = aligned_words(source, read)
    assert len(pairs) >= 0.8 * len(source)
    marked = sum(has_marks(word) for word, _ in pairs)
    kept = sum(has_marks(word) and word == token for word, token in pairs)
    assert marked > 20 and kept < 0.5 * marked   # most marked syllables come back damaged


def test_restoration_of_english_ocr_is_scored_before_and_after():
    from cchc.restoration import restore_text
    from cchc.restoration.evaluation import english_ocr_scores

    text = ("Ủy ban nhân dân tỉnh giao Sở Nội vụ chủ trì, phối hợp với các cơ quan, đơn vị liên quan theo dõi, "
            "đôn đốc việc thực hiện kế hoạch; tổng hợp báo cáo kết quả thực hiện về Bộ Nội vụ theo quy định.")
    before, after = english_ocr_scores(restore_text, text).values()
    assert before.total == after.total == len(words(text))
    assert after.accuracy > before.accuracy + 0.3
