"""Columns of runs: line by line for interleaved cells, one column for a paragraph cell."""
from __future__ import annotations

from .agencies import reads_more_together
from .folding import fold_words
from .model import AGENCY_COLUMNS, COORDINATING, DEADLINE, LEAD, OUTPUTS, TITLE
from .vocabulary import _AGENCY_START, _TERMINAL, column_scores, continues, repeats_item, starts_lower


_SAME_COLUMN_COST = 2.0  # two segments of one line in one column: a stray mark inside a cell
_SKIP_COST = 0.2  # a column left empty on a line
_FINISHED_NAME_BONUS = 1.5  # as strong as a likely syllable bigram
_UNFINISHED = (" va", " cua")
_FINISHED_TEXT_COST = 1.0  # folded last words a name cannot end with


def assign_line(parts: list[str], order: list[str], previous: dict[str, str], title: str = "free") -> list[str]:
    """Columns of one line's segments, left to right, by content and continuation (monotone).

    `title` says what is known of the task-text column on this line: "yes" (its first segment is
    task text), "weak" (the line lies outside the task text placed by row numbers, it may still
    hold the text of a row whose number was lost), "loose" (the line after such a text), "no" or
    "free" (no row numbers: decide by content).
    """
    scores = []
    for k, part in enumerate(parts):
        base = column_scores(part)
        row = []
        for j, col in enumerate(order):
            s = base.get(col, 0.0) + continues(previous.get(col, ""), part)
            if col in AGENCY_COLUMNS and _finishes_name(previous.get(col, ""), part):
                s += _FINISHED_NAME_BONUS
            if k == 0 and col == TITLE:
                s += {"yes": 10.0, "loose": 2.0, "weak": 0.0, "no": -10.0}.get(title, 1.5)
                if title == "loose" and previous.get(TITLE, "").rstrip().endswith("."):
                    s -= _FINISHED_TEXT_COST  # the task text above ended its sentence
            if col == TITLE and k > 0:
                s -= 10.0 if title == "yes" else 2.0
            if col == COORDINATING and LEAD in order and not previous.get(LEAD) and k == 0:
                s -= 0.5
            row.append(s)
        scores.append(row)
    return [order[j] for j in _monotone_path(scores)]


def _finishes_name(cell: str, part: str) -> bool:
    """A capitalised run that finishes the name an agency cell left unfinished ("Sở Thông tin và" +
    "Truyền thông"): together the registry reads more names' words (bigrams see no capitals)."""
    if not part[:1].isupper() or not fold_words(cell).endswith(_UNFINISHED):
        return False
    last, first = cell.rsplit(";", 1)[-1].strip(), part.split(";", 1)[0].strip()
    return reads_more_together(last, first)


def _monotone_path(scores: list[list[float]]) -> list[int]:
    """Column index per segment, never going left, maximising the summed scores (Viterbi).

    Skipping a column costs a little (an empty cell on that line); staying in the same column
    costs more (two runs of one cell on one line happen only around stray marks).
    """
    n, m = len(scores), len(scores[0])
    best = [[float("-inf")] * m for _ in range(n)]
    back = [[-1] * m for _ in range(n)]
    for j in range(m):
        best[0][j] = scores[0][j] - _SKIP_COST * j
    for k in range(1, n):
        for j in range(m):
            for i in range(j + 1):
                step = _SAME_COLUMN_COST if i == j else _SKIP_COST * (j - i - 1)
                value = best[k - 1][i] + scores[k][j] - step
                if value > best[k][j]:
                    best[k][j], back[k][j] = value, i
    j = max(range(m), key=lambda c: best[n - 1][c])
    path = []
    for k in range(n - 1, -1, -1):
        path.append(j)
        j = back[k][j]
    return path[::-1]


_MISSING_CELL_COST = 0.7


def assign_block(text: str, order: list[str], previous: dict[str, str], last_column: str) -> str:
    """Column of a cell printed as its own paragraph: after the last one, unless it reads otherwise.

    A new row (task text after other cells) is less likely while the row still lacks the columns
    to the right of the last one, since rows of such tables fill every column.
    """
    scores = column_scores(text)
    best, best_score = TITLE, float("-inf")
    last = order.index(last_column) if last_column in order else -1
    missing = sum(1 for col in order[last + 1:] if col in (LEAD, COORDINATING, OUTPUTS, DEADLINE)
                  and not previous.get(col)) if last_column not in ("", TITLE) else 0
    goes_on = starts_lower(text) and last >= 0 and not _TERMINAL.search(previous.get(last_column, ".")) \
        and not _AGENCY_START.match(fold_words(text))
    for j, col in enumerate(order):
        s = scores.get(col, 0.0)
        if not repeats_item(previous.get(col, ""), text):
            s += 1.5 * continues(previous.get(col, ""), text)
        if j == last + 1:
            s += 1.0
        elif j == last and goes_on:
            s += 1.5  # lower case after an unfinished paragraph: the same cell goes on
        elif j <= last and col != TITLE:
            s -= 1.5
        if col == TITLE:
            s -= _MISSING_CELL_COST * missing
        if s > best_score:
            best, best_score = col, s
    return best
