"""The learned OCR channel: counts of how an OCR without Vietnamese data read each syllable."""
from __future__ import annotations

import math
from collections import Counter

from cchc.restoration.confusions import DEFAULT_PATH, MIN_PAIR, ConfusionTable, write_table
from cchc.restoration.ngram import load_counts
from cchc.restoration.restorer import Restorer


def test_a_reading_costs_the_negative_log_of_its_share_of_the_syllable():
    table = ConfusionTable({"cia": {"của": 30, "cửa": 1}}, {"của": 100, "cửa": 4})
    costs = table.costs("Cia")   # case does not matter
    assert math.isclose(costs["của"], -math.log(0.3))
    assert math.isclose(costs["cửa"], -math.log(0.25))
    assert table.costs("xyz") == {}


def test_written_table_loads_back_without_rare_pairs(tmp_path):
    pairs = Counter({("cia", "của"): 7, ("cua", "của"): 12, ("cda", "của"): MIN_PAIR - 1})
    path = tmp_path / "table.tsv.gz"
    write_table(path, pairs)
    table = ConfusionTable.load(path)
    assert set(table.costs("cia")) == {"của"}
    assert table.costs("cda") == {}   # seen too rarely to tell from a misalignment
    # ... but it still counts among the readings of "của": 7 of 7 + 12 + (MIN_PAIR - 1)
    assert math.isclose(table.costs("cia")["của"], -math.log(7 / (19 + MIN_PAIR - 1)))
    write_table(tmp_path / "again.tsv.gz", pairs)
    assert (tmp_path / "again.tsv.gz").read_bytes() == path.read_bytes()


def test_shipped_table_knows_the_common_damage_and_stays_small():
    assert DEFAULT_PATH.stat().st_size < 1024 * 1024
    table = ConfusionTable.load()
    assert "của" in table.costs("cia")
    assert "được" in table.costs("dugc")
    assert "hiện" in table.costs("hién")
    # a reading seen more often costs less
    assert table.costs("cua")["của"] < table.costs("cia")["của"]


def test_the_restorer_takes_readings_that_no_repair_reaches():
    model = load_counts()
    plain = Restorer(model)
    # "qx" is nothing the hand-written repairs could make "của" of; the learned table says it was
    learned = Restorer(model, ConfusionTable({"qx": {"của": 50}}, {"của": 100}))
    line = "Quyết định qx Ủy ban nhân dân tỉnh"
    assert "của" not in plain.restore_line(line, ocr=True)
    assert "Quyết định của Ủy ban nhân dân tỉnh" == learned.restore_line(line, ocr=True)


def test_a_single_letter_takes_no_readings_from_the_table():
    model = load_counts()
    learned = Restorer(model, ConfusionTable({"q": {"của": 50}, "qx": {"của": 50}}, {"của": 100}))
    assert "của" not in learned.restore_line("Quyết định q Ủy ban nhân dân tỉnh", ocr=True)
