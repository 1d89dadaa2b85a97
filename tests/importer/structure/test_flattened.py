"""Task tables flattened by PDF-to-text come back as rows of cells."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from cchc.importer.structure.flattened import (FlatRow, find_flattened_table, recover_flattened_rows,
                                               recover_flattened_table)
from cchc.importer.text import fold

SHARED = Path(__file__).resolve().parents[4] / "shared"
SEED = "001_cc0ea7f46a772b8e"


# --------------------------------------------------------------------------- evaluation helper

def _folded(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", fold(text)))


def _contains(cell: str, wanted: str) -> bool:
    """`wanted` occurs in `cell`, ignoring accents, punctuation and small spelling noise."""
    return fuzz.partial_ratio(_folded(wanted), _folded(cell)) >= 90


def _cell_matches(cell: str, agencies: list[str]) -> bool:
    """Every gold agency is in the cell, and the cell holds little besides them."""
    if not agencies:
        return not cell.strip()
    if not all(_contains(cell, a) or _contains(cell, re.sub(r"^UBND ", "", a)) for a in agencies):
        return False
    gold_words = set(_folded(" ".join(agencies)).split()) | {"va", "cac", "tham", "dinh", "tong", "hop"}
    words = _folded(cell).split()
    return sum(w in gold_words for w in words) >= 0.8 * len(words)


@dataclass
class Score:
    task_f1: float
    title: float  # mean title similarity (0-100) over matched tasks
    lead: float
    coordinating: float
    deadline: float


def score_rows(rows: list[FlatRow], gold_tasks: list[dict]) -> Score:
    """Compare recovered rows with gold tasks by id (Roman heading + row number)."""
    recovered: dict[str, FlatRow] = {}
    area = ""
    for row in rows:
        if row.kind == "heading":
            area = row.number
        else:
            recovered[f"{area}.{row.number}" if area else row.number] = row
    matched = [(t, recovered[t["id"]]) for t in gold_tasks if t["id"] in recovered]
    good = [(t, r) for t, r in matched if fuzz.ratio(_folded(t["title"]), _folded(r.title)) >= 60]
    precision = len(good) / len(recovered) if recovered else 0.0
    recall = len(good) / len(gold_tasks)
    f1 = 2 * precision * recall / (precision + recall) if good else 0.0
    n = len(gold_tasks)
    return Score(
        task_f1=f1,
        title=sum(fuzz.ratio(_folded(t["title"]), _folded(r.title)) for t, r in matched) / max(1, len(matched)),
        lead=sum(_cell_matches(r.lead, t["lead"]) for t, r in matched) / n,
        coordinating=sum(_cell_matches(r.coordinating, t["coordinating"]) for t, r in matched) / n,
        deadline=sum(_contains(r.deadline, t["deadline_text"]) and
                     len(_folded(r.deadline)) <= len(_folded(t["deadline_text"])) + 6
                     for t, r in matched) / n,
    )


def _seed_lines() -> list[str]:
    return (SHARED / "seeds" / f"{SEED}.txt").read_text(encoding="utf-8").split("\n")


def _gold_tasks() -> list[dict]:
    return json.loads((SHARED / "gold" / f"{SEED}.json").read_text(encoding="utf-8"))["tasks"]


# --------------------------------------------------------------------------- the scraped seed

@pytest.fixture(scope="module")
def seed_rows() -> list[FlatRow]:
    if not (SHARED / "seeds" / f"{SEED}.txt").exists():
        pytest.skip("shared seeds not available")
    return recover_flattened_table(_seed_lines())


def test_seed_table_is_found_at_its_header_line():
    lines = _seed_lines()
    index = find_flattened_table(lines)
    assert index is not None
    assert "STT" in lines[index] and "phối" in lines[index]


def test_seed_rows_reach_the_acceptance_levels(seed_rows):
    score = score_rows(seed_rows, _gold_tasks())
    print(score)
    assert score.task_f1 >= 0.95
    assert score.deadline >= 0.9
    assert score.lead >= 0.85
    assert score.coordinating >= 0.85
    assert score.title >= 85


def test_seed_headings_and_line_numbers(seed_rows):
    headings = [r for r in seed_rows if r.kind == "heading"]
    assert [h.number for h in headings] == ["I", "II", "III", "IV", "V", "VI", "VII"]
    assert fold(headings[0].title) == "cai cach the che"
    lines = _seed_lines()
    for row in seed_rows:
        assert row.number in lines[row.lineno - 1].replace("\xa0", " ")
    # Page-number prefixes ("  11. ") and scraping junk never reach a cell.
    for row in seed_rows:
        for cell in (row.title, row.lead, row.coordinating, row.deadline, row.notes):
            assert "ADSENSE" not in cell and not re.search(r"(^|\s)1[0-6]\.\s", cell)
