"""Task text placed around row numbers: cells are centred vertically in their row."""
from __future__ import annotations

from .vocabulary import _may_be_task_text, _opens_sentence, _task_text


_CENTRING_SLACK = 1
_AGENCY_CELL_WIDTH = 15  # agency columns are narrow: longer runs of agency words are task text


def title_ranges(lines: list[tuple[int, list[str]]],
                 open_edges: tuple[bool, bool] = (False, False)) -> dict[int, str]:
    """Lines whose first segment is task text, around each row number ("top" for the first of each).

    Cells are centred vertically in their row and so is the row number: the task text spans about
    as many lines above the number as below it. It grows from the number's line up and down over
    first segments that read as task text, up to a line opening a sentence. A page break or a
    blank line cuts a row anywhere, so a row at the edge of a block is not held centred.
    """
    ranges: dict[int, str] = {}
    anchors = [i for i, (anchor, _) in enumerate(lines) if anchor]
    for n, a in enumerate(anchors):
        low = anchors[n - 1] + 1 if n else 0
        high = anchors[n + 1] - 1 if n + 1 < len(anchors) else len(lines) - 1
        up = 0
        while a - up - 1 >= low and a - up - 1 not in ranges and _task_text(lines[a - up - 1][1]):
            up += 1
            if _opens_sentence(lines[a - up][1][0]):
                break
        down = 0
        while a + down + 1 <= high and _task_text(lines[a + down + 1][1]) and \
                not _opens_sentence(lines[a + down + 1][1][0]):
            down += 1
        # centring: below as many lines as above, even of agency words when the run is wider than an
        # agency cell's line
        while down < up and a + down + 1 <= high and _may_be_task_text(lines[a + down + 1][1]) and \
                len(lines[a + down + 1][1][0]) >= _AGENCY_CELL_WIDTH:
            down += 1
        cut = (a - up <= 1 and open_edges[0]) or (a + down >= len(lines) - 2 and open_edges[1])
        if not cut:  # a row not cut by the block's edges: keep its task text centred
            up, down = min(up, down + _CENTRING_SLACK), min(down, up + _CENTRING_SLACK)
        for i in range(a - up, a + down + 1):
            ranges[i] = "inside"
        ranges[a - up] = "top"
    return ranges
