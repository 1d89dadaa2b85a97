"""Lines of an OCR'd ruled table whose rules did not all come out as bars.

OCR reads most of a table's ruling lines as "|", but some as another glyph ("l", "I", "!", "[", "]"),
some not at all (a faint rule, or the two around an empty cell), and the frame's outer rules on some
lines only. Under a header of n bar-separated cells, a line cut into another number of cells is cut
again into n where they read best: each cell under its column (agencies under "Cơ quan chủ trì", a
deadline under "Thời gian"), and a line that carries on the row above going on from the cells it reads
on from. A glyph standing alone is a likely rule, the rules of an empty cell are often lost, and a rule
lost between two words is the least likely.
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations, combinations_with_replacement, product
from math import comb

from ..text import ends_on_hanging_word
from .column_fit import cell_fit, reads_on
from .columns import BUDGET, COORDINATING, DEADLINE, LEAD, NOTES, NUMBER, OUTPUTS, TITLE, is_number_cell

RULE_GLYPHS = ("l", "I", "!", "[", "]")
COST_GLYPH = 0.5
COST_ROMAN_GLYPH = 1.0   # "I" is as often the numeral ("Quý I")
COST_EMPTY = 0.5         # a rule lost next to another one, or at the line's end: an empty cell
COST_GAP = 1.5           # a rule lost between two words
MAX_GAPS = 1             # rules lost between words, in one line
_MAX_CUTS = 3000         # ways to cut a line; a line beyond it is left as it is
# how likely a column is to be empty in a row: a task always has a title and a lead
_EMPTY_FIT = {NUMBER: -3.0, TITLE: -2.0, LEAD: -1.5, DEADLINE: -1.0, OUTPUTS: -1.0, COORDINATING: -0.5,
              BUDGET: 0.0, NOTES: 0.0, None: 0.0}
_CONTINUES_EMPTY = -2.0  # a line goes on from a cell that is empty above it


@dataclass(frozen=True)
class _Rule:
    """A rule between words `start` and `end` of the line: a bar read (end == start), a glyph read for
    one (it takes the word at `start`), or one to put back (end == start)."""
    start: int
    end: int
    cost: float


def refitted_cells(cells: list[str], roles: list[str | None], above: list[str] | None) -> list[str] | None:
    """`cells` (a line cut at its bars) cut into one cell per role, or None where no cut fits.

    `above`: the cells of the row line above, for a line that does not open a row with its number."""
    best = _best_cut(cells, roles, above)
    return best[0] if best else None


def reads_better_alone(cells: list[str], joined: list[str], roles: list[str | None]) -> bool:
    """A row line with too few bars reads better cut on its own (its rules misread or lost) than joined
    with the lines under it into `joined`, as a row that a text copy hard-wrapped would be."""
    best = _best_cut(cells, roles, None)
    return best is not None and len(joined) == len(roles) and best[1] > _row_fit(joined, roles)


def _best_cut(cells: list[str], roles: list[str | None], above: list[str] | None) -> tuple[list[str], float] | None:
    width = len(roles)
    cells = _without_frame(cells, width)
    if len(cells) >= width:
        return (cells, _row_fit(cells, roles)) if len(cells) == width else None
    words = [cell.split() for cell in cells]
    flat = [w for ws in words for w in ws]
    row = bool(flat) and roles[0] == NUMBER and is_number_cell(flat[0])
    if not row and above is None:
        return None
    best = None
    for rules in _cuts(flat, _read_rules(words), width - len(cells)):
        texts = _texts(flat, rules)
        fit = _row_fit(texts, roles) if row else _carry_fit(texts, roles, above)
        if not row and fit <= 0:
            continue   # reads on from nothing above it: the table has ended ("Nơi nhận: | KT. CHỦ TỊCH")
        score = fit - sum(r.cost for r in rules)
        if best is None or score > best[1]:
            best = texts, score
    return best


def _without_frame(cells: list[str], width: int) -> list[str]:
    """The line without the frame's outer rules, where OCR read them on this line only."""
    extra = len(cells) - width
    if extra == 2 and not cells[0] and not cells[-1]:
        return cells[1:-1]
    if extra == 1 and not cells[-1]:
        return cells[:-1]
    if extra == 1 and not cells[0]:
        return cells[1:]
    return cells


def _read_rules(words: list[list[str]]) -> list[_Rule]:
    """The bars the line was cut at, as rules between its words."""
    rules, position = [], 0
    for cell in words[:-1]:
        position += len(cell)
        rules.append(_Rule(position, position, 0.0))
    return rules


def _cuts(flat: list[str], read: list[_Rule], missing: int):
    """Sets of rules: the bars read, and `missing` more from glyphs, empty cells and gaps between words."""
    glyphs = [_Rule(i, i + 1, COST_ROMAN_GLYPH if w == "I" else COST_GLYPH)
              for i, w in enumerate(flat) if w in RULE_GLYPHS]
    edges = sorted({0, len(flat), *(r.start for r in read)})
    inner = [p for p in range(1, len(flat)) if p not in edges]
    # how many of the missing rules are glyphs and how many empty cells; the rest (at most MAX_GAPS) gaps
    shapes = [(g, e) for g in range(min(missing, len(glyphs)) + 1)
              for e in range(max(0, missing - g - MAX_GAPS), missing - g + 1)]
    if sum(comb(len(glyphs), g) * comb(len(edges) + e - 1, e) * (len(inner) if missing - g - e else 1)
           for g, e in shapes) > _MAX_CUTS:
        return
    gaps = [_Rule(p, p, _gap_cost(flat, p)) for p in inner]
    for g, e in shapes:
        lost = gaps if missing - g - e else [None]
        for chosen, at, gap in product(combinations(glyphs, g), combinations_with_replacement(edges, e), lost):
            more = [*chosen, *(_Rule(p, p, COST_EMPTY) for p in at), *([gap] if gap else [])]
            rules = sorted([*read, *more], key=lambda r: (r.start, r.end))
            if all(a.end <= b.start for a, b in zip(rules, rules[1:])):
                yield rules


def _gap_cost(flat: list[str], position: int) -> float:
    """A rule lost between two words is the less likely where the phrase reads on across it ("cải cách
    hành" / "chính") or stops short before it ("tại", "và")."""
    before, after = flat[position - 1], flat[position]
    return COST_GAP + max(0.0, reads_on(before, after)) + (1.0 if ends_on_hanging_word(before) else 0.0)


def _texts(flat: list[str], rules: list[_Rule]) -> list[str]:
    texts, position = [], 0
    for rule in rules:
        texts.append(" ".join(flat[position:rule.start]))
        position = rule.end
    texts.append(" ".join(flat[position:]))
    return texts


def _row_fit(texts: list[str], roles: list[str | None]) -> float:
    score = 0.0
    for role, text in zip(roles, texts):
        if not text:
            score += _EMPTY_FIT.get(role, 0.0)
        elif role == NUMBER:
            score += 1.0 if is_number_cell(text) else -3.0
        else:
            score += cell_fit(role, text)
    return score


def _carry_fit(texts: list[str], roles: list[str | None], above: list[str]) -> float:
    """How well each part goes on from the cell above it."""
    score = 0.0
    for role, text, cell in zip(roles, texts, above + [""] * (len(roles) - len(above))):
        if not text:
            continue
        if role == NUMBER:
            return float("-inf")   # a row's number never wraps
        if not cell:
            score += _CONTINUES_EMPTY
            continue
        score += cell_fit(role, f"{cell} {text}") - cell_fit(role, cell) + reads_on(cell, text)
    return score
