"""Rows of a text table whose cells are centred vertically, as Word tables often are ("căn giữa ô").

Copied as text (`pdftotext -layout`), such a row's number and its short cells stand on its middle line;
its longest cell, most often the task, runs from a few lines above to a few lines below:

             Kiểm tra,
             xử lý văn                Các sở,       Thường
     1       bản quy     Sở Tư pháp   ban, ngành     xuyên
             phạm pháp
             luật
             Xây dựng
     2       Kho dữ      Sở Thông tin ...

Read top-down, the lines over a number would go on with the row before. A table is taken as centred
when, right under its header or under its area headings, rows more often begin with lines that no
number opens than with a number. Then each stretch between headings is cut into rows so that every
number stands in the middle of its row, a row beginning rather with a capital than a lower-case word.
"""
from __future__ import annotations

HEADER, WRAP, HEADING, ROW, MORE = "header", "wrap", "heading", "row", "more"
LOWER_START = 2   # a row whose first words are lower case goes on another's text: as much as this many lines off centre


def row_owners(kinds: list[str], titles: list[str]) -> list[int | None]:
    """For each line, the index of the later `ROW` line whose row it belongs to (the table is centred
    and the line stands over that row's number), else None: it goes on with the row before it.
    `kinds` are the lines' kinds, `titles` their text in the task column."""
    owners: list[int | None] = [None] * len(kinds)
    kinds = list(kinds)   # `_stretches` marks the capitals that go on with a heading
    stretches = _stretches(kinds, titles)
    if not _is_centred(kinds, stretches):
        return owners
    for start, end in stretches:
        rows = [i for i in range(start, end) if kinds[i] == ROW]
        # under a header repeated on a new page, the first lines may end the row the page split
        split = kinds[start - 1] in (HEADER, WRAP) and ROW in kinds[:start]
        if rows:
            for top, number in zip(_row_tops(start, end, rows, titles, split), rows):
                for i in range(top, number):
                    owners[i] = number
    return owners


def _is_centred(kinds: list[str], stretches: list[tuple[int, int]]) -> bool:
    """Whether, under the header and the headings, rows begin more often with unnumbered lines than
    with a numbered one (a page break alone may leave a row's end at the top of a page)."""
    centred = top = 0
    for start, end in stretches:
        if start == 0 or kinds[start - 1] not in (HEADER, WRAP, HEADING):
            continue
        if kinds[start] == ROW:
            top += 1
        elif ROW in kinds[start:end]:
            centred += 1
    return centred > top


def _stretches(kinds: list[str], titles: list[str]) -> list[tuple[int, int]]:
    """The runs of `ROW` and `MORE` lines between headers and headings, as (start, end) indices. The
    lines right under a heading that go on with it are left out."""
    stretches, start = [], None
    for i, kind in enumerate(kinds + [HEADING]):
        if kind == MORE and start is None and i and kinds[i - 1] == HEADING and _goes_on_heading(titles[i]):
            kinds[i] = HEADING
        elif kind in (ROW, MORE):
            start = i if start is None else start
        elif start is not None:
            stretches.append((start, i))
            start = None
    return stretches


def _goes_on_heading(title: str) -> bool:
    """A line right under a heading that goes on with it: capitals ("III CẢI" / "CÁCH" in a narrow
    number column), or lower case ("Ban hành văn bản" / "chỉ đạo, điều hành"), as a row opens with a
    capital."""
    return title.isupper() or title[:1].islower()


def _row_tops(start: int, end: int, rows: list[int], titles: list[str], split: bool) -> list[int]:
    """The first line of each row, with every number as near its row's middle as can be: the cheapest
    cut by dynamic programming over where each row after the first begins (and the first one too
    where the stretch may begin with the end of a `split` row)."""
    def cost(top: int, bottom: int, number: int) -> float:
        off_centre = abs(top + bottom - 2 * number) / 2
        return off_centre + (LOWER_START if top != start and titles[top][:1].islower() else 0)

    # best[k][top]: cost of rows k.. when row k begins at `top`, with the row tops that reach it
    best: dict[int, tuple[float, list[int]]] = {end: (0.0, [])}
    for k in range(len(rows) - 1, -1, -1):
        following = best
        best = {}
        lowest = start if k == 0 else rows[k - 1] + 1
        for top in range(lowest, rows[k] + 1) if k or split else (start,):
            options = ((cost(top, nxt - 1, rows[k]) + rest, [top] + tops) for nxt, (rest, tops) in following.items()
                       if nxt > rows[k])
            best[top] = min(options, key=lambda option: option[0])
    return min(best.values(), key=lambda option: option[0])[1]
